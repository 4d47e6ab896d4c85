// Reads what the workflow run is about from the environment GitHub sets: repository, event, pull request.
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { UserError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  /** The head branch lives in another repository: the token is read-only, comments and check runs fail. */
  isFork: boolean;
  /** Label names in the event payload (may be stale: labels added after the event are fetched separately). */
  labels: string[];
}

/**
 * The commit a change is gated against: a pull request's base commit, or a merge queue group's base (the target
 * branch with the pull requests queued ahead of this one). Undefined on push, schedule and dispatch, which check
 * the committed snapshot instead.
 */
export interface GateBase {
  sha: string;
  ref?: string;
  /** For messages: "the base of #7", "the merge queue's base of refs/heads/main". */
  describe: string;
  /** The pull request whose labels can approve a break (a merge group names it in its head ref). */
  approvalPull?: number;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the run is for (GITHUB_SHA; the PR head for pull requests). */
  sha?: string;
  ref?: string;
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
  gateBase?: GateBase;
  apiUrl: string;
  serverUrl: string;
  runId?: string;
  runAttempt?: string;
  workspace: string;
  /** The runner's scratch directory (RUNNER_TEMP; the system temp directory outside a runner). */
  runnerTemp: string;
  /** This step's id (GITHUB_ACTION): a job may run the Action more than once, each step keeps its own files. */
  stepId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the event payload is GitHub's JSON, read field by field with checks
type Payload = Record<string, any>;

function readPayload(file: string | undefined): Payload {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Payload;
  } catch (err) {
    throw new UserError(`could not read the event payload ${file}: ${(err as Error).message}`, {
      hint: 'GITHUB_EVENT_PATH is set by the runner; outside GitHub Actions unset it or point it at a valid event JSON file.',
    });
  }
}

/** Builds the RunContext from `env` (process.env in the Action). */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (
    env.GITHUB_REPOSITORY ?? `${payload.repository?.owner?.login ?? ''}/${payload.repository?.name ?? ''}`
  ).split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pr = payload.pull_request;
  let pullRequest: PullRequestInfo | undefined;
  if (pr && typeof pr === 'object' && pr.base?.sha && pr.head?.sha) {
    const baseRepo = pr.base.repo?.full_name;
    const headRepo = pr.head.repo?.full_name;
    pullRequest = {
      number: Number(pr.number ?? payload.number),
      baseSha: String(pr.base.sha),
      headSha: String(pr.head.sha),
      baseRef: pr.base.ref,
      isFork:
        Boolean(pr.head.repo?.fork) || (baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo) || pr.head.repo === null,
      labels: Array.isArray(pr.labels) ? pr.labels.map((l: { name?: string }) => String(l?.name ?? '')).filter(Boolean) : [],
    };
  }
  const group = eventName === 'merge_group' ? mergeGroupOf(payload) : undefined;
  const gateBase: GateBase | undefined = pullRequest
    ? {
        sha: pullRequest.baseSha,
        ...(pullRequest.baseRef ? { ref: pullRequest.baseRef } : {}),
        describe: `the base of #${pullRequest.number}`,
        approvalPull: pullRequest.number,
      }
    : group?.base;
  return {
    eventName,
    owner,
    repo,
    sha: pullRequest?.headSha ?? group?.headSha ?? env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    defaultBranch: payload.repository?.default_branch,
    pullRequest,
    ...(gateBase ? { gateBase } : {}),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    stepId: env.GITHUB_ACTION || 'mcp-contract',
  };
}

/**
 * A merge_group event (merge queue): the group's head is checked against its base. The queue names the pull request
 * in the head ref (`refs/heads/gh-readonly-queue/main/pr-123-<sha>`), so its labels can approve a break there too.
 */
function mergeGroupOf(payload: Payload): { base: GateBase; headSha?: string } | undefined {
  const group = payload.merge_group;
  if (!group || typeof group !== 'object' || typeof group.base_sha !== 'string' || !group.base_sha) {
    throw new UserError('the merge_group event payload has no merge_group.base_sha', {
      hint: 'GitHub sets it for `on: merge_group`; outside GitHub Actions point GITHUB_EVENT_PATH at a payload with merge_group.base_sha and head_sha.',
    });
  }
  const baseRef = typeof group.base_ref === 'string' ? group.base_ref : undefined;
  const pull = /\/pr-(\d+)-[0-9a-f]+$/.exec(typeof group.head_ref === 'string' ? group.head_ref : '')?.[1];
  return {
    base: {
      sha: group.base_sha,
      ...(baseRef ? { ref: baseRef } : {}),
      describe: `the merge queue's base${baseRef ? ` on ${baseRef.replace(/^refs\/heads\//, '')}` : ''}${pull ? `, queued #${pull}` : ''}`,
      ...(pull ? { approvalPull: Number(pull) } : {}),
    },
    ...(typeof group.head_sha === 'string' && group.head_sha ? { headSha: group.head_sha } : {}),
  };
}

/** Link to this run's page, where the job summary is shown; undefined outside a run. */
export function runUrl(ctx: RunContext): string | undefined {
  if (!ctx.runId || !ctx.owner) return undefined;
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}${attempt}`;
}
