// Plans one Action run: from the inputs, the config and the event, the servers to check and how (no I/O in planJobs itself).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { policyForRun, resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { assertKnownRuleIds } from '../rules/policy-rule-ids.js';
import type { Policy, ServerTarget } from '../config/types.js';
import { UserError } from '../errors.js';
import { refreshCommand } from '../run/check.js';
import { runUrl, type RunContext } from './event.js';
import { repoRoot } from './git.js';
import type { ActionInputs } from './inputs.js';
import { diffPolicies } from '../policy/policy-diff.js';
import { getRule } from '../rules/registry.js';
import type { Finding } from '../findings/finding.js';
import { assertNamedInside } from './repo-paths.js';
import type { UsageSettings } from '../usage/index.js';

/** Where the run happens: the working directory (absolute) and the repository root holding it. */
export interface Workspace {
  workDir: string;
  /** The git work tree's top, or the workspace outside git. Every repository-relative path is relative to it. */
  root: string;
}

export interface ServerJob {
  /** Stable identity of the server in this repository: its config name, else its snapshot path. Keys the sticky comment. */
  key: string;
  /** Config name, when there is one (else the report uses the server's own name). */
  name?: string;
  target: ServerTarget;
  snapshotAbs: string;
  /** Relative to the repository root, forward slashes. */
  snapshotRel: string;
  /** The CLI command that (re)writes this server's snapshot, runnable from the repository root. */
  refreshCommand: string;
  /**
   * Where the baseline is at the gate's base commit, relative to the repository root: the base commit's config
   * names it (a pull request that moves the snapshot cannot move the baseline). Unset: at `snapshotRel`.
   */
  baseSnapshotRel?: string;
  /** Snapshots of the base commit's config that no head server claims: a job without a baseline fails when one exists. */
  unclaimedBaseSnapshots?: string[];
  /** What the head's config loosens in the base's policy (policy/policy-diff.ts); carried by the first job only. */
  policyFindings?: Finding[];
}

export interface ActionPlan extends Workspace {
  jobs: ServerJob[];
  /** The config's policy with the `fail-on` input applied. */
  policy?: Policy;
  /** How to approve a break, named in a failing verdict (pull requests only: the label). */
  approvalHint?: string;
  /** The sentence that sends a reader of a shortened report (the PR comment) to the job summary. */
  summaryPointer: string;
  /** Usage evidence (the `usage-*` inputs over the config's `usage`), paths absolute and inside the repository. */
  usage?: UsageSettings;
  /** Where usage references link in the comment: the blob of the checked commit at the usage root. */
  usageLinkBase?: string;
}

/** The run's usage settings: the inputs (relative to the working directory) over the config's section (relative to the config file). */
function actionUsage(inputs: ActionInputs, config: ResolvedConfig | undefined, workDir: string, root: string): UsageSettings | undefined {
  const fromConfig = config?.usage;
  const usageRoot =
    inputs.usageRoot !== undefined
      ? path.resolve(workDir, inputs.usageRoot)
      : (fromConfig?.root ?? (inputs.usageRefs.length ? workDir : undefined));
  const calls = inputs.usageCalls.length ? inputs.usageCalls.map((c) => path.resolve(workDir, c)) : fromConfig?.calls;
  const refs = inputs.usageRefs.length ? inputs.usageRefs : fromConfig?.refs;
  if (usageRoot === undefined && !calls?.length) return undefined;
  if (usageRoot !== undefined) assertNamedInside(root, usageRoot, 'the usage root', shownFrom(root, usageRoot));
  for (const c of calls ?? []) assertNamedInside(root, c, 'the usage calls file', shownFrom(root, c));
  return {
    ...(usageRoot !== undefined ? { root: usageRoot } : {}),
    ...(refs?.length ? { refs } : {}),
    ...(calls?.length ? { calls } : {}),
    ...(inputs.demoteUnused || fromConfig?.demoteUnused ? { demoteUnused: true } : {}),
  };
}

const toPosix = (p: string) => p.split(path.sep).join('/');
/** A path for a message: relative to the repository root, with the absolute form beside it when it climbs out. */
const shownFrom = (root: string, abs: string) => {
  const rel = toPosix(path.relative(root, abs));
  return rel.startsWith('..') ? `${rel} (${abs})` : rel;
};

/** Resolves `working-directory` in the workspace and finds the repository root; the directory must exist. */
export async function locateWorkspace(
  inputs: Pick<ActionInputs, 'workingDirectory'>,
  ctx: Pick<RunContext, 'workspace'>,
): Promise<Workspace> {
  const workDir = path.resolve(ctx.workspace, inputs.workingDirectory);
  if (!existsSync(workDir)) {
    throw new UserError(`working-directory ${inputs.workingDirectory} does not exist in ${ctx.workspace}`, {
      hint: 'give a path relative to the repository root, and check out the repository first (actions/checkout).',
    });
  }
  return { workDir, root: (await repoRoot(workDir)) ?? ctx.workspace };
}

/**
 * The Action's one read of configuration: the `config` input's file (relative to the working directory), or none,
 * through the resolver the CLI uses too (every path inside resolved against the config file's folder).
 */
export async function loadActionConfig(inputs: Pick<ActionInputs, 'config'>, workDir: string): Promise<ResolvedConfig | undefined> {
  if (!inputs.config) return undefined;
  const config = await resolveConfig(inputs.config, { cwd: workDir });
  // An override or waiver naming no rule would silently do nothing: the head's config must name real rules.
  assertKnownRuleIds(config.policy, inputs.config);
  return config;
}

/** A config server's name: its own, else its place in the list. */
const serverName = (config: ResolvedConfig, i: number): string => config.servers[i]!.name ?? `server-${i + 1}`;

/** A config server's snapshot, absolute: resolveConfig made `snapshot` absolute (relative to the config file); the default sits beside the config. */
function snapshotOf(config: ResolvedConfig, i: number, inputs: Pick<ActionInputs, 'snapshot'>): string {
  return (
    config.servers[i]!.snapshot ??
    path.resolve(path.dirname(config.file), config.servers.length === 1 ? inputs.snapshot : `${serverName(config, i)}.snapshot.json`)
  );
}

/** The servers of the config, each merged with the Action's env, pass-env, tolerate and headers inputs. */
function configJobs(
  inputs: ActionInputs,
  config: ResolvedConfig,
  workDir: string,
  snapshotAt: (file: string) => Pick<ServerJob, 'snapshotAbs' | 'snapshotRel'>,
): Omit<ServerJob, 'refreshCommand'>[] {
  const configFile = inputs.config!;
  const servers = config.servers;
  if (servers.length === 0) {
    throw new UserError(`${configFile} lists no servers`, {
      hint: 'add a "servers" array, e.g. [{"name": "api", "command": ["node", "server.js"], "snapshot": "api.snapshot.json"}].',
    });
  }
  const seen = new Set<string>();
  return servers.map((s, i) => {
    const name = serverName(config, i);
    const snapshot = snapshotOf(config, i, inputs);
    const job = {
      key: name,
      name,
      target: {
        ...s,
        name,
        cwd: path.resolve(workDir, s.cwd ?? '.'),
        env: { ...inputs.env, ...s.env },
        ...(inputs.passEnv.length || s.passEnv ? { passEnv: [...new Set([...inputs.passEnv, ...(s.passEnv ?? [])])] } : {}),
        ...(inputs.tolerate.length || s.tolerate ? { tolerate: [...new Set([...inputs.tolerate, ...(s.tolerate ?? [])])] } : {}),
        // The Action's headers go to every HTTP server of the config; a server's own headers win.
        ...(s.url && (Object.keys(inputs.headers).length || s.headers) ? { headers: { ...inputs.headers, ...s.headers } } : {}),
      },
      ...snapshotAt(snapshot),
    };
    if (seen.has(job.snapshotRel)) {
      throw new UserError(`two servers in ${configFile} share the snapshot ${job.snapshotRel}`, {
        hint: 'give each server its own "snapshot" path.',
      });
    }
    seen.add(job.snapshotRel);
    return job;
  });
}

/** The one server the `command` or `url` input names. */
function inputJob(
  inputs: ActionInputs,
  workDir: string,
  snapshotAt: (file: string) => Pick<ServerJob, 'snapshotAbs' | 'snapshotRel'>,
): Omit<ServerJob, 'refreshCommand'> {
  const target: ServerTarget = {
    cwd: workDir,
    env: inputs.env,
    ...(inputs.passEnv.length ? { passEnv: inputs.passEnv } : {}),
    ...(inputs.tolerate.length ? { tolerate: inputs.tolerate } : {}),
    ...(Object.keys(inputs.headers).length ? { headers: inputs.headers } : {}),
    ...(inputs.command ? { command: inputs.command } : {}),
    ...(inputs.url ? { url: inputs.url } : {}),
    ...(inputs.start ? { start: inputs.start } : {}),
  };
  const snapshot = snapshotAt(inputs.snapshot);
  return { key: snapshot.snapshotRel, target, ...snapshot };
}

/**
 * Pairs each head server with the base commit's (same name, else same snapshot): its baseline is where the base's
 * config puts it, so a pull request that moves the snapshot path cannot move the baseline. Base servers the head no
 * longer lists, and every loosening of the base's policy, become policy findings on the first job.
 */
function pairWithBase(
  jobs: ServerJob[],
  config: ResolvedConfig,
  baseConfig: ResolvedConfig,
  inputs: ActionInputs,
  root: string,
  snapshotAt: (file: string) => Pick<ServerJob, 'snapshotAbs' | 'snapshotRel'>,
): ServerJob[] {
  const base = baseConfig.servers.map((_, i) => ({
    name: serverName(baseConfig, i),
    snapshot: snapshotAt(snapshotOf(baseConfig, i, inputs)).snapshotRel,
  }));
  const claimed = new Set<number>();
  const paired = jobs.map((job) => {
    let i = base.findIndex((b, k) => !claimed.has(k) && b.name === job.name);
    if (i < 0) i = base.findIndex((b, k) => !claimed.has(k) && b.snapshot === job.snapshotRel);
    if (i < 0) return job;
    claimed.add(i);
    return { ...job, baseSnapshotRel: base[i]!.snapshot };
  });
  const unclaimed = base.filter((_, k) => !claimed.has(k));
  const policyFindings = diffPolicies({
    configRel: toPosix(path.relative(root, config.file)),
    base: baseConfig.policy,
    head: config.policy,
    dir: config.dir,
    defaultSeverity: (rule) => getRule(rule)?.severity,
    removedServers: unclaimed,
  });
  return paired.map((job, i) => ({
    ...job,
    ...(unclaimed.length && !job.baseSnapshotRel ? { unclaimedBaseSnapshots: unclaimed.map((b) => b.snapshot) } : {}),
    ...(i === 0 && policyFindings.length ? { policyFindings } : {}),
  }));
}

/** How a failing verdict says to approve a break: the label, on the pull request or on the one the merge queue holds. */
function approvalHintFor(ctx: RunContext, approveLabel: string): Pick<ActionPlan, 'approvalHint'> {
  const label = `\`${approveLabel.replace(/`/g, '')}\``;
  if (ctx.pullRequest) return { approvalHint: `add the ${label} label to this pull request and re-run the job` };
  const pull = ctx.gateBase?.approvalPull;
  return pull !== undefined ? { approvalHint: `add the ${label} label to pull request #${pull} and queue it again` } : {};
}

/**
 * The run's plan: every server to check (from the config, else from the `command`/`url` input), the
 * policy, and the wording that depends on the event. Pure: the config is read before (loadActionConfig).
 */
export function planJobs(
  inputs: ActionInputs,
  config: ResolvedConfig | undefined,
  ctx: RunContext,
  workspace: Workspace,
  baseConfig?: ResolvedConfig,
): ActionPlan {
  const { workDir, root } = workspace;
  // Paths in the inputs and the config are relative to the working directory, as in a `run:` step with it; none may leave the repository.
  const snapshotAt = (file: string) => {
    const snapshotAbs = path.resolve(workDir, file);
    assertNamedInside(root, snapshotAbs, 'the snapshot', shownFrom(root, snapshotAbs));
    return { snapshotAbs, snapshotRel: toPosix(path.relative(root, snapshotAbs)) };
  };
  if (inputs.config && !config) throw new Error(`planJobs: the config ${inputs.config} was not loaded`);
  for (const source of config?.policy.versionSources ?? []) {
    if (source.type !== 'serverInfo' && source.path)
      assertNamedInside(root, source.path, 'the version source', shownFrom(root, source.path));
  }
  const workDirRel = toPosix(path.relative(root, workDir)) || '.';
  const planned = (config ? configJobs(inputs, config, workDir, snapshotAt) : [inputJob(inputs, workDir, snapshotAt)]).map((job) => {
    const inWorkDir = workDirRel !== '.';
    const out = inWorkDir ? path.posix.relative(workDirRel, job.snapshotRel) : job.snapshotRel;
    return { ...job, refreshCommand: `${inWorkDir ? `cd ${workDirRel} && ` : ''}${refreshCommand(out, job.target)}` };
  });
  const jobs = config && baseConfig ? pairWithBase(planned, config, baseConfig, inputs, root, snapshotAt) : planned;
  const policy = config || inputs.failOn ? policyForRun(config?.policy, inputs.failOn ? { failOn: inputs.failOn } : {}) : undefined;
  const url = runUrl(ctx);
  const usage = actionUsage(inputs, config, workDir, root);
  const usageRootRel = usage?.root !== undefined ? toPosix(path.relative(root, usage.root)) : '';
  return {
    workDir,
    root,
    jobs,
    ...(usage ? { usage } : {}),
    ...(usage?.root !== undefined && ctx.sha
      ? { usageLinkBase: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}/${usageRootRel ? `${usageRootRel}/` : ''}` }
      : {}),
    ...(policy ? { policy } : {}),
    ...approvalHintFor(ctx, inputs.approveLabel),
    summaryPointer: url ? `The full report is in the [job summary](${url}).` : 'The full report is in the job summary.',
  };
}
