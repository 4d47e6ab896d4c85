// Checks one server of the plan: captures the head, finds the baseline at the base commit (or builds the base), runs the check.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { captureCatalog } from '../capture/index.js';
import { serializeSnapshot, toSnapshot } from '../catalog/canonical.js';
import { loadSnapshot } from '../catalog/snapshot-file.js';
import { formatError, UserError } from '../errors.js';
import { runCheck } from '../run/check.js';
import { httpStatus, type GitHubApi } from './api.js';
import { resolveBaseline, type Baseline } from './baseline.js';
import type { RunContext } from './event.js';
import { addWorktree, ensureCommit, type Worktree } from './git.js';
import type { ActionInputs } from './inputs.js';
import type { ServerOutcome } from './outcome.js';
import type { ActionPlan, ServerJob } from './plan.js';
import type { ActionSurface } from './surface.js';

/** What every server's check of one run shares: the plan, the approval, a scratch directory, the base worktree. */
export interface CheckSession {
  plan: ActionPlan;
  inputs: Pick<ActionInputs, 'baseline' | 'baseSetup'>;
  ctx: RunContext;
  api?: GitHubApi;
  /** Set when the pull request carries the approve label. */
  approved?: { by: string };
  /** Scratch files of this run (fetched and captured base snapshots); removed by closeCheckSession. */
  tempDir: string;
  surface: Pick<ActionSurface, 'group' | 'isDebug'>;
  /** The step's environment (`base-setup` gets it minus the inputs and the runner's tokens). */
  env: NodeJS.ProcessEnv;
  /** The base commit checked out and set up, built on first need. */
  baseWorktree?: Promise<Worktree>;
}

export async function openCheckSession(session: Omit<CheckSession, 'tempDir' | 'baseWorktree'>): Promise<CheckSession> {
  return { ...session, tempDir: await fs.mkdtemp(path.join(session.ctx.runnerTemp, 'mcp-contract-')) };
}

/** Removes the base worktree (when one was built) and the scratch directory. */
export async function closeCheckSession(session: CheckSession): Promise<void> {
  await session.baseWorktree?.then(
    (w) => w.remove(),
    () => undefined,
  );
  await fs.rm(session.tempDir, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Whether the pull request carries `label`: the event's labels, re-read from the API when the label is
 * missing there (it may have been added after the event that started this run).
 */
export async function readApproval(
  ctx: RunContext,
  api: GitHubApi | undefined,
  label: string,
  log: Pick<ActionSurface, 'info'>,
): Promise<{ by: string } | undefined> {
  // A merge group carries no labels: the queued pull request's are read from the API.
  const number = ctx.gateBase?.approvalPull;
  if (number === undefined) return undefined;
  const labels = new Set(ctx.pullRequest?.labels ?? []);
  if (api && !labels.has(label)) {
    try {
      for (const l of await api.listIssueLabels(number)) labels.add(l);
    } catch (err) {
      log.info(`could not re-read the pull request's labels (${httpStatus(err) ?? (err as Error).message}); using the event's labels`);
    }
  }
  return labels.has(label) ? { by: `the "${label}" label` } : undefined;
}

/** Runs `command` through bash in `cwd`, its output going to the log; a non-zero exit is a UserError. */
function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) =>
      reject(new UserError(`could not run ${what}: ${err.message}`, { hint: 'bash must be on PATH (it is on GitHub-hosted runners).' })),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new UserError(`${what} failed (${signal ?? `exit code ${code}`}) in ${cwd}`, {
            hint: `its output is in the log above; run \`${command}\` on a checkout of the base commit to reproduce, or fix the \`base-setup\` input.`,
          }),
        );
    });
  });
}

/** Like a `run:` step's environment, minus what only this step should see: the inputs (the token) and the runner's own tokens. */
function baseSetupEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^(INPUT_|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_)/.test(k)));
}

/**
 * The base commit checked out beside the workspace and set up with `base-setup`, once per run
 * (every server of a config shares it); removed by closeCheckSession.
 */
function baseTree(session: CheckSession, baseSha: string): Promise<Worktree> {
  const { root, workDir } = session.plan;
  session.baseWorktree ??= (async () => {
    if (!(await ensureCommit(root, baseSha))) {
      throw new UserError(`could not fetch the base commit ${baseSha.slice(0, 12)} to run \`base-setup\``, {
        hint: 'use `actions/checkout` (the `origin` remote must be readable), or `fetch-depth: 0`.',
      });
    }
    const worktree = await addWorktree(root, baseSha, session.ctx.runnerTemp);
    try {
      const baseWorkDir = path.join(worktree.dir, path.relative(root, workDir));
      await session.surface.group(`mcp-contract: base-setup at ${baseSha.slice(0, 7)}`, () =>
        runShell(session.inputs.baseSetup!, baseWorkDir, baseSetupEnv(session.env), '`base-setup`'),
      );
    } catch (err) {
      await worktree.remove();
      throw err;
    }
    return worktree;
  })();
  return session.baseWorktree;
}

/** No snapshot at the base: boot the server from the set-up base worktree (same command, same relative cwd) and capture it. */
async function captureBase(session: CheckSession, job: ServerJob, baseSha: string): Promise<Baseline> {
  const { root, workDir } = session.plan;
  const worktree = await baseTree(session, baseSha);
  const target = { ...job.target, cwd: path.join(worktree.dir, path.relative(root, job.target.cwd ?? workDir)) };
  const base = toSnapshot(await captureCatalog(target));
  const file = path.join(session.tempDir, `base-${job.key.replace(/[^A-Za-z0-9._-]/g, '_')}.captured.snapshot.json`);
  await fs.writeFile(file, serializeSnapshot(base), 'utf8');
  return { kind: 'file', source: file, description: `the server at the base commit ${baseSha.slice(0, 7)} (built with base-setup)` };
}

async function checkOrThrow(session: CheckSession, job: ServerJob): Promise<ServerOutcome> {
  const { plan, ctx } = session;
  let baseline = await resolveBaseline({
    ctx,
    baseline: session.inputs.baseline,
    api: session.api,
    root: plan.root || undefined,
    snapshotAbs: job.snapshotAbs,
    snapshotRel: job.snapshotRel,
    cwd: plan.workDir,
    tempDir: session.tempDir,
    key: job.key,
    ...(job.baseSnapshotRel ? { baseSnapshotRel: job.baseSnapshotRel } : {}),
    ...(job.unclaimedBaseSnapshots ? { unclaimedBaseSnapshots: job.unclaimedBaseSnapshots } : {}),
  });
  if (baseline.kind === 'none' && session.inputs.baseSetup && baseline.baseSha && plan.root) {
    baseline = await captureBase(session, job, baseline.baseSha);
  }

  if (baseline.kind === 'none') {
    const head = toSnapshot(await captureCatalog(job.target));
    const committedDrift =
      existsSync(job.snapshotAbs) && (await loadSnapshot(job.snapshotAbs).catch(() => undefined))?.hashes.catalog !== head.hashes.catalog;
    return { kind: 'no-baseline', job, reason: baseline.reason, head, committedDrift };
  }

  const { report, head } = await runCheck({
    ...(job.name ? { label: job.name } : {}),
    target: job.target,
    baseline: baseline.source,
    // The head must carry an up-to-date snapshot when there is one (or the base had one: deleting it fails too).
    // Relative to the working directory, so the refresh command it prints is runnable from there.
    ...(existsSync(job.snapshotAbs) || baseline.fromSnapshot
      ? { snapshotFile: path.relative(plan.workDir, job.snapshotAbs) || job.snapshotAbs }
      : {}),
    ...(plan.policy ? { policy: plan.policy } : {}),
    ...(session.approved ? { approved: session.approved } : {}),
    ...(plan.approvalHint ? { approvalHint: plan.approvalHint } : {}),
    ...(job.policyFindings ? { policyFindings: job.policyFindings } : {}),
    cwd: plan.workDir,
  });
  report.base.source = baseline.description;
  return { kind: 'checked', job, report, catalogHash: head.hashes.catalog };
}

/** Checks one server; never throws: a failure to check is an `error` outcome (the run reports it beside the others). */
export async function checkServer(session: CheckSession, job: ServerJob): Promise<ServerOutcome> {
  try {
    return await checkOrThrow(session, job);
  } catch (error) {
    return { kind: 'error', job, error, text: formatError(error, session.surface.isDebug(), 'action') };
  }
}
