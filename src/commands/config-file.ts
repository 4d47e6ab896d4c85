// The config file of a command: --config FILE, else the one found in the working directory (said on stderr), else none.
import { discoverConfig } from '../config/discover.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { UserError } from '../errors.js';
import { assertKnownRuleIds } from '../rules/policy-rule-ids.js';
import type { FlagSpec } from './flags.js';

export const CONFIG_OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
} as const satisfies FlagSpec;

export const CONFIG_USAGE = `  --config FILE, -c FILE  config file, JSON or YAML (policy: failOn, overrides, waivers, versionSources; servers);
                          the paths inside it are relative to the config file. Default: mcp-contract.config.json,
                          .yaml or .yml in the current directory, when there is one
  --no-config             use no config file, even when one is in the current directory`;

export interface ConfigValues {
  config?: string;
  'no-config'?: boolean;
}

export interface CommandConfig {
  config: ResolvedConfig;
  /** The config file as the user would name it (the flag's value, or the name found). */
  shownAs: string;
}

/**
 * Loads the command's config, validated, its paths resolved and every rule id it names checked against the registry.
 * `discover: false` skips the search (e.g. `snapshot` given a server to capture needs no config).
 */
export async function loadCommandConfig(
  values: ConfigValues,
  opts: { discover: boolean; say?: (line: string) => void },
): Promise<CommandConfig | undefined> {
  if (values.config !== undefined && values['no-config']) {
    throw new UserError('--config and --no-config contradict each other', { hint: 'give one of them.' });
  }
  let file = values.config;
  if (file === undefined && opts.discover && !values['no-config']) {
    file = await discoverConfig();
    if (file !== undefined) opts.say?.(`mcp-contract: using ${file} (found in the current directory; --no-config ignores it)`);
  }
  if (file === undefined) return undefined;
  const config = await resolveConfig(file);
  assertKnownRuleIds(config.policy, file);
  return { config, shownAs: file };
}
