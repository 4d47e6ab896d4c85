// Plans one Action run: from the inputs, the config and the event, the servers to check and how (no I/O in planJobs itself).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { policyForRun, resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import type { Policy, ServerTarget } from '../config/types.js';
import { UserError } from '../errors.js';
import { refreshCommand } from '../run/check.js';
import { runUrl, type RunContext } from './event.js';
import { repoRoot } from './git.js';
import type { ActionInputs } from './inputs.js';

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
}

export interface ActionPlan extends Workspace {
  jobs: ServerJob[];
  /** The config's policy with the `fail-on` input applied. */
  policy?: Policy;
  /** How to approve a break, named in a failing verdict (pull requests only: the label). */
  approvalHint?: string;
  /** The sentence that sends a reader of a shortened report (the PR comment) to the job summary. */
  summaryPointer: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

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
  return inputs.config ? resolveConfig(inputs.config, { cwd: workDir }) : undefined;
}

/** The servers of the config, each merged with the Action's env, pass-env and headers inputs. */
function configJobs(
  inputs: ActionInputs,
  config: ResolvedConfig,
  workDir: string,
  snapshotAt: (file: string) => Pick<ServerJob, 'snapshotAbs' | 'snapshotRel'>,
): Omit<ServerJob, 'refreshCommand'>[] {
  const configFile = inputs.config!;
  const configPath = config.file;
  const servers = config.servers;
  if (servers.length === 0) {
    throw new UserError(`${configFile} lists no servers`, {
      hint: 'add a "servers" array, e.g. [{"name": "api", "command": ["node", "server.js"], "snapshot": "api.snapshot.json"}].',
    });
  }
  const seen = new Set<string>();
  return servers.map((s, i) => {
    const name = s.name ?? `server-${i + 1}`;
    // resolveConfig made `snapshot` and `cwd` absolute (relative to the config file); the default snapshot sits beside the config.
    const snapshot = s.snapshot ?? path.resolve(path.dirname(configPath), servers.length === 1 ? inputs.snapshot : `${name}.snapshot.json`);
    const job = {
      key: name,
      name,
      target: {
        ...s,
        name,
        cwd: path.resolve(workDir, s.cwd ?? '.'),
        env: { ...inputs.env, ...s.env },
        ...(inputs.passEnv.length || s.passEnv ? { passEnv: [...new Set([...inputs.passEnv, ...(s.passEnv ?? [])])] } : {}),
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
    ...(Object.keys(inputs.headers).length ? { headers: inputs.headers } : {}),
    ...(inputs.command ? { command: inputs.command } : {}),
    ...(inputs.url ? { url: inputs.url } : {}),
    ...(inputs.start ? { start: inputs.start } : {}),
  };
  const snapshot = snapshotAt(inputs.snapshot);
  return { key: snapshot.snapshotRel, target, ...snapshot };
}

/**
 * The run's plan: every server to check (from the config, else from the `command`/`url` input), the
 * policy, and the wording that depends on the event. Pure: the config is read before (loadActionConfig).
 */
export function planJobs(inputs: ActionInputs, config: ResolvedConfig | undefined, ctx: RunContext, workspace: Workspace): ActionPlan {
  const { workDir, root } = workspace;
  // Paths in the inputs and the config are relative to the working directory, as in a `run:` step with it.
  const snapshotAt = (file: string) => {
    const snapshotAbs = path.resolve(workDir, file);
    return { snapshotAbs, snapshotRel: toPosix(path.relative(root, snapshotAbs)) };
  };
  if (inputs.config && !config) throw new Error(`planJobs: the config ${inputs.config} was not loaded`);
  const workDirRel = toPosix(path.relative(root, workDir)) || '.';
  const jobs = (config ? configJobs(inputs, config, workDir, snapshotAt) : [inputJob(inputs, workDir, snapshotAt)]).map((job) => {
    const inWorkDir = workDirRel !== '.';
    const out = inWorkDir ? path.posix.relative(workDirRel, job.snapshotRel) : job.snapshotRel;
    return { ...job, refreshCommand: `${inWorkDir ? `cd ${workDirRel} && ` : ''}${refreshCommand(out, job.target)}` };
  });
  const policy = config || inputs.failOn ? policyForRun(config?.policy, inputs.failOn ? { failOn: inputs.failOn } : {}) : undefined;
  const url = runUrl(ctx);
  return {
    workDir,
    root,
    jobs,
    ...(policy ? { policy } : {}),
    ...(ctx.pullRequest
      ? { approvalHint: `add the \`${inputs.approveLabel.replace(/`/g, '')}\` label to this pull request and re-run the job` }
      : {}),
    summaryPointer: url ? `The full report is in the [job summary](${url}).` : 'The full report is in the job summary.',
  };
}
