// The usage-evidence flags `check` and `diff` share (--usage-root, --usage-refs, --usage-calls, --demote-unused), merged over the config's `usage`.
import type { UsageConfig } from '../config/types.js';
import type { UsageSettings } from '../usage/index.js';

export const USAGE_OPTIONS = {
  'usage-root': { type: 'string' },
  'usage-refs': { type: 'string', multiple: true },
  'usage-calls': { type: 'string', multiple: true },
  'demote-unused': { type: 'boolean' },
} as const;

export const USAGE_HELP = `Usage evidence (docs/usage.md): label every breaking finding broken / potentially affected / unaffected:
  --usage-root DIR        read references (prompts, agent and skill files, client configs, code) under DIR
  --usage-refs GLOB       which files under the root to read (repeatable; default: the usual prompt, agent, config and code files)
  --usage-calls FILE      recorded calls: an OTLP JSON trace export or JSONL of {tool, arguments, result?} (repeatable)
  --demote-unused         a breaking finding nothing uses becomes a warning (with no evidence at all, nothing is demoted)`;

export interface UsageFlagValues {
  'usage-root'?: string;
  'usage-refs'?: string[];
  'usage-calls'?: string[];
  'demote-unused'?: boolean;
}

/** The run's usage settings: the flags over the config's section (whose paths are already absolute). */
export function usageSettings(values: UsageFlagValues, config: UsageConfig | undefined): UsageSettings | undefined {
  const refs = values['usage-refs'] ?? config?.refs;
  const root = values['usage-root'] ?? config?.root ?? (values['usage-refs'] ? '.' : undefined);
  const calls = values['usage-calls'] ?? config?.calls;
  const demoteUnused = values['demote-unused'] ?? config?.demoteUnused;
  if (root === undefined && !refs?.length && !calls?.length) return undefined;
  return {
    ...(root !== undefined ? { root } : {}),
    ...(refs?.length ? { refs } : {}),
    ...(calls?.length ? { calls } : {}),
    ...(demoteUnused ? { demoteUnused } : {}),
  };
}
