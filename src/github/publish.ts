// Publishes the outcomes of a run through the surface: annotations, job summary, sticky comments, check runs, SARIF, outputs, status.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SARIF_SCHEMA, toSarifLog, type SarifLog } from '../report/sarif.js';
import { oneLine } from '../text.js';
import { emitAnnotations, locateAnnotations, toCheckAnnotations, type LocatedAnnotation } from './annotations.js';
import { httpStatus, type GitHubApi } from './api.js';
import { publishCheckRun } from './check-run.js';
import { runUrl, type RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { indexSources, type SourceIndex } from './locate.js';
import {
  commentMarkdown,
  isNoteworthy,
  labelOf,
  outcomeJson,
  summaryMarkdown,
  totalsOf,
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

/** The job summary: a heading over several servers, then each server's whole report. */
export function summaryText(outcomes: readonly ServerOutcome[], markdown: readonly string[]): string {
  const parts: string[] = [];
  if (outcomes.length > 1) {
    const failed = outcomes.filter((o) => verdictOf(o) === 'fail').length;
    parts.push(`<h2>mcp-contract: ${outcomes.length} servers, ${failed === 0 ? 'all pass' : `${failed} failing`}</h2>\n`);
  }
  for (const text of markdown) parts.push(`${text}\n\n`);
  return parts.join('');
}

export async function publishSummary(pub: Publication, markdown: readonly string[]): Promise<void> {
  const { surface } = pub;
  if (!surface.writeSummary) return;
  try {
    await surface.writeSummary(summaryText(pub.outcomes, markdown));
  } catch (err) {
    surface.warning(`could not write the job summary: ${(err as Error).message}`);
  }
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
    const result = await upsertStickyComment(api, pr.number, o.job.key, body, { createIfMissing: isNoteworthy(o) });
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
      throw err;
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

/** With `sarif`: writes the merged SARIF log to that path (relative to the working directory). */
export async function publishSarif(pub: Publication, sources: () => Promise<SourceIndex>): Promise<void> {
  if (!pub.inputs.sarif) return;
  const doc = mergedSarif(pub, await sources());
  const file = path.resolve(pub.plan.workDir, pub.inputs.sarif);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(doc, null, 2) + '\n', 'utf8');
  pub.surface.info(`mcp-contract: wrote SARIF to ${file}`);
}

/** Writes the `report` output file in RUNNER_TEMP: one server's JSON report, or an array of them; returns its path. */
export async function writeReportFile(pub: Publication): Promise<string> {
  const dir = path.join(pub.ctx.runnerTemp, 'mcp-contract');
  await fs.mkdir(dir, { recursive: true });
  // One file per step: a job may run the Action more than once.
  const file = path.join(dir, `report-${pub.ctx.stepId.replace(/[^\w.-]/g, '_')}.json`);
  const json = pub.outcomes.length === 1 ? outcomeJson(pub.outcomes[0]!) : pub.outcomes.map(outcomeJson);
  await fs.writeFile(file, JSON.stringify(json, null, 2) + '\n', 'utf8');
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

/** Every publisher, in the order a reader meets them: annotations, summary, comments, check runs, SARIF, report file, outputs, status. */
export async function publishAll(pub: Publication): Promise<PublishedRun> {
  const sources = sourceIndexOnce(pub);
  // The whole report in Markdown, rendered once: the job summary and the check runs both carry it.
  const markdown = pub.outcomes.map(summaryMarkdown);
  const annotations = await publishAnnotations(pub, sources);
  await publishSummary(pub, markdown);
  await publishComments(pub);
  await publishCheckRuns(pub, markdown, annotations);
  await publishSarif(pub, sources);
  const run = { ...totalsOf(pub.outcomes, pub.ctx.pullRequest !== undefined), reportPath: await writeReportFile(pub) };
  publishOutputs(pub.surface, run);
  publishStatus(pub.surface, run);
  return run;
}
