// Publishes the outcomes of a run through the surface: annotations, job summary, sticky comments, check runs, SARIF, outputs, status.
import * as path from 'node:path';
import { writeFileAtomic } from '../fs-atomic.js';
import { inlineCode } from '../report/escape.js';
import { SARIF_SCHEMA, toSarifLog, type SarifLog } from '../report/sarif.js';
import { oneLine } from '../text.js';
import { emitAnnotations, locateAnnotations, toCheckAnnotations, type LocatedAnnotation } from './annotations.js';
import { httpStatus, type GitHubApi } from './api.js';
import { publishCheckRun } from './check-run.js';
import { runUrl, type RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { jobSummary } from './job-summary.js';
import { indexSources, type SourceIndex } from './locate.js';
import {
  commentMarkdown,
  isNoteworthy,
  labelOf,
  outcomeJson,
  summaryMarkdown,
  totalsOf,
  verdictLine,
  verdictOf,
  type RunTotals,
  type ServerOutcome,
} from './outcome.js';
import type { ActionPlan } from './plan.js';
import { commentBody, upsertStickyComment } from './sticky-comment.js';
import type { ActionSurface } from './surface.js';

/** Everything the publishers read: the run, its plan, the outcomes, and the surface they write to. */
export interface Publication {
  surface: ActionSurface;
  ctx: RunContext;
  inputs: Pick<ActionInputs, 'comment' | 'checkName' | 'sarif'>;
  api?: GitHubApi;
  plan: ActionPlan;
  outcomes: readonly ServerOutcome[];
}

/** What the run published: the totals behind the outputs and the path of the JSON report file. */
export interface PublishedRun extends RunTotals {
  reportPath: string;
}

/** The repository's tool registrations, indexed at most once per run (annotations and SARIF share it). */
function sourceIndexOnce(pub: Publication): () => Promise<SourceIndex> {
  let index: Promise<SourceIndex> | undefined;
  return () => (index ??= indexSources({ root: pub.plan.root, exclude: pub.plan.jobs.map((j) => j.snapshotRel) }));
}

/** Emits each server's findings as workflow-command annotations at their source lines; returns them by server key for the check runs. */
export async function publishAnnotations(pub: Publication, sources: () => Promise<SourceIndex>): Promise<Map<string, LocatedAnnotation[]>> {
  const byKey = new Map<string, LocatedAnnotation[]>();
  if (!pub.outcomes.some((o) => o.kind === 'checked' && o.report.findings.length > 0)) return byKey;
  const index = await sources();
  for (const o of pub.outcomes) {
    if (o.kind !== 'checked') continue;
    const list = locateAnnotations(o.report.findings, verdictOf(o) === 'fail', index.locator(o.job.snapshotRel), labelOf(o));
    byKey.set(o.job.key, list);
    emitAnnotations(list, pub.surface);
  }
  return byKey;
}

/** Where the whole report is when the job summary had to be cut: the `report` output's JSON file. */
export function reportPointer(reportPath: string): string {
  return `Every finding of every server is in the step's \`report\` output, the JSON file ${inlineCode(reportPath, { maxLength: 400 })} (keep it with actions/upload-artifact).`;
}

/** The job summary: every server's report, the whole text within GitHub's 1 MiB (in bytes), the rest folded with a pointer to the report file. */
export async function publishSummary(pub: Publication, markdown: readonly string[], reportPath: string): Promise<void> {
  const { surface } = pub;
  if (!surface.writeSummary) return;
  try {
    await surface.writeSummary(jobSummary(pub.outcomes, { markdown, pointer: reportPointer(reportPath) }));
  } catch (err) {
    surface.warning(
      `mcp-contract could not write the job summary: ${oneLine((err as Error).message)}; the report is in the \`report\` output file.`,
    );
  }
}

/** An API failure in one line: the HTTP status and GitHub's message, or the network failure (reset, refused, timeout). */
export function describeApiFailure(err: unknown): string {
  const status = httpStatus(err);
  const message = oneLine(String((err as Error)?.message ?? err), 200);
  // Octokit reports a request that got no answer at all as status 500 without a response.
  const answered = status !== undefined && (err as { response?: unknown }).response !== undefined;
  return answered ? `HTTP ${status}: ${message}` : `network failure: ${message}`;
}

/** One sticky comment per server on the pull request; a clean pass only updates a comment that is already there. */
export async function publishComments(pub: Publication): Promise<void> {
  const { surface, api } = pub;
  const pr = pub.ctx.pullRequest;
  if (!pr || !pub.inputs.comment) return;
  if (!api) {
    surface.warning('mcp-contract: no `github-token`, so no pull request comment; the report is in the job summary.');
    return;
  }
  for (const o of pub.outcomes) {
    const body = commentBody(o.job.key, commentMarkdown(o, pub.plan.summaryPointer));
    let result;
    try {
      result = await upsertStickyComment(api, pr.number, o.job.key, body, { createIfMissing: isNoteworthy(o) });
    } catch (err) {
      // Best effort: the verdict, outputs and job summary are already written; the next server still gets its comment.
      surface.warning(
        `mcp-contract could not update the pull request comment for ${oneLine(labelOf(o), 80)} (${describeApiFailure(err)}); the full report is in the job summary. The step's status is the contract check's; re-run the job to retry the comment.`,
      );
      continue;
    }
    if (result.action === 'forbidden') {
      surface.warning(
        `mcp-contract could not comment on pull request #${pr.number} (HTTP ${result.status}${pr.isFork ? ', a pull request from a fork gets a read-only token' : ''}); the full report is in the job summary. ${pr.isFork ? '' : 'Give the job `permissions: pull-requests: write`.'}`.trim(),
      );
      return;
    }
    if (result.action !== 'skipped')
      surface.info(`mcp-contract: ${result.action} the pull request comment for ${oneLine(labelOf(o))} (id ${result.id})`);
  }
}

/** With `check-name`: one completed check run per server (named after the server when there are several), with all its annotations. */
export async function publishCheckRuns(
  pub: Publication,
  markdown: readonly string[],
  annotations: Map<string, LocatedAnnotation[]>,
): Promise<void> {
  const { api, outcomes } = pub;
  const name = pub.inputs.checkName;
  const sha = pub.ctx.sha;
  if (!name || !api || !sha) return;
  for (const [i, o] of outcomes.entries()) {
    const label = oneLine(labelOf(o), 80);
    const passed = verdictOf(o) === 'pass';
    try {
      await publishCheckRun(api, {
        name: outcomes.length > 1 ? `${name} (${label})` : name,
        headSha: sha,
        passed,
        title: passed ? `${label}: contract kept` : `${label}: contract violated`,
        summary: markdown[i]!,
        annotations: toCheckAnnotations(annotations.get(o.job.key) ?? []),
        detailsUrl: runUrl(pub.ctx),
      });
    } catch (err) {
      const status = httpStatus(err);
      if (status === 403 || status === 404) {
        pub.surface.warning(
          `mcp-contract could not create the check run "${name}" (HTTP ${status}); give the job \`permissions: checks: write\` (not available to pull requests from forks). The step's own status still gates the merge.`,
        );
        return;
      }
      // Best effort, as comments: a 5xx or a network failure is a warning and the next server still gets its check run.
      pub.surface.warning(
        `mcp-contract could not create the check run "${oneLine(name, 80)}" for ${label} (${describeApiFailure(err)}); the step's own status still gates the merge. Re-run the job to retry.`,
      );
    }
  }
}

/** One SARIF log over every checked server: the first server's log with the runs of all of them. */
export function mergedSarif(pub: Publication, index: SourceIndex): SarifLog {
  const logs = pub.outcomes.flatMap((o) =>
    o.kind === 'checked' ? [toSarifLog(o.report, { locate: index.locator(o.job.snapshotRel), snapshotUri: o.job.snapshotRel })] : [],
  );
  if (logs.length === 0) return { version: '2.1.0', $schema: SARIF_SCHEMA, runs: [] };
  return { ...logs[0]!, runs: logs.flatMap((l) => l.runs) };
}

/**
 * With `sarif`: writes the merged SARIF log to that path (relative to the working directory), atomically and never
 * through a symlink: a committed `results.sarif` link is replaced, not followed, and a path inside the repository may
 * not reach out of it through a symlinked folder. Returns the error message when the file could not be written.
 */
export async function publishSarif(pub: Publication, sources: () => Promise<SourceIndex>): Promise<string | undefined> {
  if (!pub.inputs.sarif) return undefined;
  const file = path.resolve(pub.plan.workDir, pub.inputs.sarif);
  const rel = path.relative(pub.plan.root, file);
  const inRepository = !rel.startsWith('..') && !path.isAbsolute(rel);
  try {
    const doc = mergedSarif(pub, await sources());
    await writeFileAtomic(file, JSON.stringify(doc, null, 2) + '\n', inRepository ? { confineTo: pub.plan.root } : {});
  } catch (err) {
    return `mcp-contract could not write the SARIF file ${oneLine(file)}: ${oneLine((err as Error).message)}. Check the \`sarif\` input: a path in the workspace whose folder is a real directory (not a symlink out of it), or a path under \${{ runner.temp }}.`;
  }
  pub.surface.info(`mcp-contract: wrote SARIF to ${oneLine(file)}`);
  return undefined;
}

/** Writes the `report` output file in RUNNER_TEMP: one server's JSON report, or an array of them; returns its path. */
export async function writeReportFile(pub: Publication): Promise<string> {
  // One file per step: a job may run the Action more than once.
  const file = path.join(pub.ctx.runnerTemp, 'mcp-contract', `report-${pub.ctx.stepId.replace(/[^\w.-]/g, '_')}.json`);
  const json = pub.outcomes.length === 1 ? outcomeJson(pub.outcomes[0]!) : pub.outcomes.map(outcomeJson);
  await writeFileAtomic(file, JSON.stringify(json, null, 2) + '\n');
  return file;
}

/** The step's outputs (action.yml `outputs`). */
export function publishOutputs(surface: Pick<ActionSurface, 'setOutput'>, run: PublishedRun): void {
  surface.setOutput('verdict', run.verdict);
  surface.setOutput('required-bump', run.requiredBump);
  surface.setOutput('breaking-count', String(run.breakingCount));
  surface.setOutput('catalog-hash', run.catalogHash);
  surface.setOutput('report', run.reportPath);
}

/** Fails the step when the contract is violated, naming each failing server. */
export function publishStatus(surface: Pick<ActionSurface, 'setFailed'>, run: PublishedRun): void {
  if (run.verdict === 'fail') surface.setFailed(run.failureMessage ?? 'mcp-contract: the contract is violated');
}

/** Runs one publisher whose failure must not change the verdict (annotations, comments, check runs): an error is a warning. */
async function bestEffort(surface: ActionSurface, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    surface.warning(
      `mcp-contract could not publish ${what} (${describeApiFailure(err)}); the verdict, outputs and job summary are unaffected.`,
    );
  }
}

/**
 * Every publisher. What the run's result lives in is written first, from the runner alone: the report file, the
 * outputs, SARIF and the job summary. Then what needs GitHub's API (annotations' source lines aside): comments and
 * check runs, best effort, each failure a warning. Last the status, which is the verdict's (or a SARIF file that
 * could not be written, which a later upload step would miss).
 */
export async function publishAll(pub: Publication): Promise<PublishedRun> {
  const sources = sourceIndexOnce(pub);
  // The whole report in Markdown, rendered once: the job summary and the check runs both carry it.
  const markdown = pub.outcomes.map(summaryMarkdown);
  const run = { ...totalsOf(pub.outcomes, pub.ctx.pullRequest !== undefined), reportPath: await writeReportFile(pub) };
  // The log says what each server came to, passing or not, before any publisher speaks.
  for (const o of pub.outcomes) pub.surface.info(verdictLine(o));
  publishOutputs(pub.surface, run);
  const sarifError = await publishSarif(pub, sources);
  await publishSummary(pub, markdown, run.reportPath);
  let annotations = new Map<string, LocatedAnnotation[]>();
  await bestEffort(pub.surface, 'the annotations', async () => void (annotations = await publishAnnotations(pub, sources)));
  await bestEffort(pub.surface, 'the pull request comments', () => publishComments(pub));
  await bestEffort(pub.surface, 'the check runs', () => publishCheckRuns(pub, markdown, annotations));
  publishStatus(pub.surface, run);
  if (sarifError) pub.surface.setFailed(sarifError);
  return run;
}
