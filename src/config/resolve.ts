// The one config resolver for the CLI and the Action: load + validate a config file, make every path in it absolute, merge a run's settings.
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { readConfigFile } from './load.js';
import {
  isLintReportMode,
  LINT_REPORT_MODES,
  type ContractConfig,
  type FailOn,
  type LintReportMode,
  type Policy,
  type ServerTarget,
  type VersionSource,
} from './types.js';

/**
 * A config with every relative path resolved against the folder holding the config file (one rule, wherever the
 * command runs): each server's `cwd` (default: that folder) and `snapshot`, and each file version source's `path`
 * (default: the file its type names, in that folder). A `serverInfo` source has no path.
 */
export interface ResolvedConfig extends ContractConfig {
  /** The config file, absolute. */
  file: string;
  /** The folder every relative path of the config is resolved against. */
  dir: string;
  servers: ServerTarget[];
  policy: Policy;
}

export interface ResolveOptions {
  /**
   * The directory a relative config path is read from: the CLI's current directory, the Action's
   * `working-directory`. Only the config file's own path depends on it; the paths inside do not.
   */
  cwd?: string;
}

/** A version source with its file made absolute against `dir` (serverInfo unchanged). */
function resolveVersionSource(source: VersionSource, dir: string): VersionSource {
  if (source.type === 'serverInfo') return source;
  return { ...source, path: path.resolve(dir, source.path ?? source.type) };
}

/** Loads, validates and resolves the config file `file` (see ResolvedConfig for the path rule). */
export async function resolveConfig(file: string, opts: ResolveOptions = {}): Promise<ResolvedConfig> {
  const cwd = opts.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  return resolvePaths(await readConfigFile(absolute, file, opts.cwd === undefined ? 'the current directory' : cwd), absolute);
}

/**
 * Loads and validates the config text held in `file` (e.g. a copy of the file at another commit, named `shownAs`
 * in messages) and resolves its paths as if it were the file at `as`: the same rule, for a config read elsewhere.
 */
export async function resolveConfigCopy(file: string, shownAs: string, as: string): Promise<ResolvedConfig> {
  return resolvePaths(await readConfigFile(file, shownAs), as);
}

function resolvePaths(config: ContractConfig, absolute: string): ResolvedConfig {
  const dir = path.dirname(absolute);
  const servers = (config.servers ?? []).map((server) => ({
    ...server,
    cwd: path.resolve(dir, server.cwd ?? '.'),
    ...(server.snapshot !== undefined ? { snapshot: path.resolve(dir, server.snapshot) } : {}),
  }));
  const policy: Policy = { ...config.policy };
  if (policy.versionSources) policy.versionSources = policy.versionSources.map((s) => resolveVersionSource(s, dir));
  const usage = config.usage
    ? {
        ...config.usage,
        ...(config.usage.root !== undefined || config.usage.refs?.length ? { root: path.resolve(dir, config.usage.root ?? '.') } : {}),
        ...(config.usage.calls ? { calls: config.usage.calls.map((c) => path.resolve(dir, c)) } : {}),
      }
    : undefined;
  return { ...config, file: absolute, dir, servers, policy, ...(usage ? { usage } : {}) };
}

/** What one run sets on top of the config's policy: `--fail-on` / the `fail-on` input, `--no-lint`, `--no-footprint`, `--lint`. */
export interface RunSettings {
  failOn?: FailOn;
  /** false turns the lint off for this run (true or unset: the policy decides, default on). */
  lint?: boolean;
  /** false turns the token count off for this run (true or unset: the policy decides, default on). */
  footprint?: boolean;
  /** `--lint all|count`: how this run's report shows the lint findings already in the base (unset: the policy decides). */
  lintReport?: LintReportMode;
}

/** Validates a `--lint` value (`diff` and `check` share it): a UserError naming the choices and the config key. */
export function parseLintReportFlag(value: string | undefined): LintReportMode {
  if (value !== undefined && isLintReportMode(value)) return value;
  throw new UserError(`--lint takes ${LINT_REPORT_MODES.join(' or ')}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`, {
    hint: 'use `--lint all` to list the lint findings already in the base (the default, `count`, counts them per rule); `--no-lint` turns the lint off; policy.quality.lintReport sets it for every run.',
  });
}

/**
 * The policy a run applies: the config's, with the run's own settings on top. The one place the CLI and the Action
 * merge them; a setting the run leaves unset keeps the config's value.
 */
export function policyForRun(policy: Policy | undefined, run: RunSettings): Policy {
  const out: Policy = { ...policy };
  if (run.failOn !== undefined) out.failOn = run.failOn;
  if (run.lint === false || run.footprint === false || run.lintReport !== undefined) {
    out.quality = {
      ...out.quality,
      ...(run.lint === false ? { lint: false } : {}),
      ...(run.footprint === false ? { footprint: false } : {}),
      ...(run.lintReport !== undefined ? { lintReport: run.lintReport } : {}),
    };
  }
  return out;
}
