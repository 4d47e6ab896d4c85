// One Action run through an injected surface: read the inputs, plan the servers, check each, publish; a bad setup fails the step.
import { formatError } from '../errors.js';
import { loadBaseConfig } from './baseline.js';
import { readRunContext } from './event.js';
import { assertVersionSourcesInside } from './repo-paths.js';
import { parseInputs } from './inputs.js';
import type { ServerOutcome } from './outcome.js';
import { loadActionConfig, locateWorkspace, planJobs } from './plan.js';
import { publishAll, type PublishedRun } from './publish.js';
import { checkServer, closeCheckSession, openCheckSession, readApproval } from './server-check.js';
import type { ActionSurface } from './surface.js';

/** At most this many servers are booted at once. */
const CONCURRENCY = 2;

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface ActionRunResult extends PublishedRun {
  outcomes: ServerOutcome[];
}

async function run(surface: ActionSurface, env: NodeJS.ProcessEnv): Promise<ActionRunResult> {
  const inputs = parseInputs((name) => surface.getInput(name));
  // Header values are credentials as a rule; ones typed in literally (not from secrets) are masked in the log too.
  for (const value of Object.values(inputs.headers)) if (value) surface.setSecret(value);
  const ctx = readRunContext(env);
  const workspace = await locateWorkspace(inputs, ctx);
  const api = inputs.githubToken && ctx.owner && ctx.repo ? surface.github(inputs.githubToken, ctx) : undefined;
  const config = await loadActionConfig(inputs, workspace.workDir);
  // The base commit's config locates the baselines and is the policy the head's is compared with (pull requests, merge queues).
  const baseConfig = config
    ? await loadBaseConfig({ ctx, root: workspace.root, ...(api ? { api } : {}), as: config.file, tempDir: ctx.runnerTemp })
    : undefined;
  const plan = planJobs(inputs, config, ctx, workspace, baseConfig);
  await assertVersionSourcesInside(workspace.root, plan.policy?.versionSources);
  const approved = await readApproval(ctx, api, inputs.approveLabel, surface);

  const session = await openCheckSession({ plan, inputs, ctx, ...(api ? { api } : {}), ...(approved ? { approved } : {}), surface, env });
  let outcomes: ServerOutcome[];
  try {
    outcomes = await mapLimit(plan.jobs, CONCURRENCY, (job) => checkServer(session, job));
  } finally {
    await closeCheckSession(session);
  }
  // A single server that could not be checked is the step's error; among several, it is one failing report.
  const only = outcomes.length === 1 ? outcomes[0]! : undefined;
  if (only?.kind === 'error') throw only.error;
  return { ...(await publishAll({ surface, ctx, inputs, ...(api ? { api } : {}), plan, outcomes })), outcomes };
}

/**
 * Runs the Action: `env` is the step's environment (the event, the runner's paths), `surface` what it
 * reads and writes. Never throws: a setup error or a server that cannot be checked fails the step
 * with its message and hint (and its stack in debug runs); undefined then.
 */
export async function runAction(surface: ActionSurface, env: NodeJS.ProcessEnv): Promise<ActionRunResult | undefined> {
  try {
    return await run(surface, env);
  } catch (err) {
    surface.setFailed(formatError(err, surface.isDebug(), 'action'));
    return undefined;
  }
}
