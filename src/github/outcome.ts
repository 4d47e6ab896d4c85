// What checking one server came to (a Report, no baseline yet, or an error) and the facts every publisher reads off it.
import type { Snapshot } from '../catalog/types.js';
import type { Bump } from '../findings/finding.js';
import { BUMP_ORDER } from '../findings/finding.js';
import { formatError } from '../errors.js';
import { codeBlock, inlineCode } from '../report/escape.js';
import { toJsonReport } from '../report/json.js';
import { renderReport } from '../report/render.js';
import { describeVersions, headline } from '../report/summary.js';
import type { Report } from '../report/types.js';
import { oneLine } from '../text.js';
import { renderNoBaseline } from './no-baseline.js';
import type { ServerJob } from './plan.js';
import { COMMENT_LIMIT, commentMarker } from './sticky-comment.js';

export type ServerOutcome =
  | { kind: 'checked'; job: ServerJob; report: Report; catalogHash: string }
  | {
      kind: 'no-baseline';
      job: ServerJob;
      /** Why there is nothing to compare against. */
      reason: string;
      head: Snapshot;
      /** A committed snapshot exists and no longer matches the live server. */
      committedDrift: boolean;
    }
  | {
      kind: 'error';
      job: ServerJob;
      error: unknown;
      /** The error as shown to the reader (message, hint, and the stack in debug runs). */
      text: string;
    };

export type Verdict = 'pass' | 'fail';

/** The name the reader knows the server by. */
export function labelOf(o: ServerOutcome): string {
  if (o.kind === 'checked') return o.report.label;
  if (o.kind === 'no-baseline') return o.job.name ?? o.head.server.name ?? o.job.key;
  return o.job.name ?? o.job.key;
}

export function verdictOf(o: ServerOutcome): Verdict {
  if (o.kind === 'checked') return o.report.verdict?.verdict ?? 'pass';
  return o.kind === 'error' ? 'fail' : 'pass';
}

export function catalogHashOf(o: ServerOutcome): string | undefined {
  return o.kind === 'checked' ? o.catalogHash : o.kind === 'no-baseline' ? o.head.hashes.catalog : undefined;
}

/** Whether there is anything to say (findings, a failure, or no baseline): a clean pass does not open a new comment. */
export function isNoteworthy(o: ServerOutcome): boolean {
  if (o.kind !== 'checked') return true;
  return verdictOf(o) === 'fail' || o.report.findings.length > 0 || (o.report.verdict?.reasons.length ?? 0) > 0;
}

/** The outcome's entry in the `report` output file: the JSON report, or a short object when there is no report. */
export function outcomeJson(o: ServerOutcome): object {
  const label = labelOf(o);
  if (o.kind === 'checked') return toJsonReport(o.report);
  if (o.kind === 'error') return { label, verdict: 'fail', error: o.text };
  const { head } = o;
  return {
    label,
    verdict: 'pass',
    baseline: null,
    reason: o.reason,
    head: { name: head.server.name, version: head.server.version, hash: head.hashes.catalog, toolCount: head.tools.length },
  };
}

/** The Markdown for a server that has no Report: no baseline yet (the catalog), or the error that stopped the check. */
function reportlessMarkdown(o: Exclude<ServerOutcome, { kind: 'checked' }>): string {
  if (o.kind === 'no-baseline') {
    return renderNoBaseline({
      label: labelOf(o),
      reason: o.reason,
      head: o.head,
      snapshotRel: o.job.snapshotRel,
      refreshCommand: o.job.refreshCommand,
      committedDrift: o.committedDrift,
    });
  }
  // The error carries the server's stderr: untrusted, so it goes through the shared escaping (fence, hidden characters).
  return [`### ❌ mcp-contract: ${inlineCode(o.job.key)} — could not be checked`, codeBlock(o.text, 'text')].join('\n');
}

/** The report in Markdown, a Report cut (whole blocks kept) to `maxLength` characters. */
export function reportMarkdown(o: ServerOutcome, maxLength: number): string {
  return o.kind === 'checked' ? renderReport(o.report, 'markdown', { maxLength }) : reportlessMarkdown(o);
}

/** The whole report in Markdown, for the job summary and the check run. */
export function summaryMarkdown(o: ServerOutcome): string {
  return reportMarkdown(o, 900_000);
}

/** The report sized for a pull-request comment, pointing to the job summary when it had to be cut. */
export function commentMarkdown(o: ServerOutcome, summaryPointer: string): string {
  if (o.kind !== 'checked') return reportlessMarkdown(o);
  return renderReport(o.report, 'markdown', { maxLength: COMMENT_LIMIT - commentMarker(o.job.key).length - 200, summaryPointer });
}

function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** What the whole run comes to, over every server: the step's outputs and its failure message. */
export interface RunTotals {
  verdict: Verdict;
  requiredBump: Bump;
  breakingCount: number;
  /** The catalog hash (one server) or a JSON object label → hash (several). */
  catalogHash: string;
  /** The message for setFailed when the verdict is fail. */
  failureMessage?: string;
}

/**
 * The verdict of one server in one log line, passing or not, e.g. `mcp-contract: weather: PASS, contract check passed:
 * 1 safe change, required bump minor; version 1.0.0 → 1.1.0 (minor)` (the label is catalog text, made one visible line).
 */
export function verdictLine(o: ServerOutcome): string {
  const label = oneLine(labelOf(o), 100);
  if (o.kind === 'error')
    return `mcp-contract: ${label}: FAIL, it could not be checked (the error is in the failure message and the job summary)`;
  if (o.kind === 'no-baseline') return `mcp-contract: ${label}: PASS, nothing to compare against yet: ${oneLine(o.reason, 300)}`;
  const h = headline(o.report);
  return `mcp-contract: ${label}: ${verdictOf(o) === 'fail' ? 'FAIL' : 'PASS'}, ${h.title}; version ${oneLine(describeVersions(o.report), 120)}`;
}

/** A failing server in one visible line: its blocking reasons (catalog text made visible), or its error. */
function failureLine(o: ServerOutcome, onPullRequest: boolean): string {
  if (o.kind === 'error') return `${oneLine(labelOf(o))}: ${formatError(o.error, false, 'action')}`;
  const reasons =
    o.kind === 'checked' ? (o.report.verdict?.reasons.filter((r) => r.blocking).map((r) => oneLine(r.message, 1000)) ?? []) : [];
  return `mcp-contract: ${oneLine(labelOf(o))} violates its contract${reasons.length ? `: ${reasons.join(' ')}` : ''} (details in the job summary${onPullRequest ? ' and the pull request comment' : ''})`;
}

/** Totals over the outcomes (a failure message names the pull request comment only on pull requests). */
export function totalsOf(outcomes: readonly ServerOutcome[], onPullRequest: boolean): RunTotals {
  const failed = outcomes.filter((o) => verdictOf(o) === 'fail');
  return {
    verdict: failed.length > 0 ? 'fail' : 'pass',
    requiredBump: outcomes.reduce<Bump>((b, o) => (o.kind === 'checked' ? maxBump(b, o.report.requiredBump) : b), 'none'),
    breakingCount: outcomes.reduce((n, o) => n + (o.kind === 'checked' ? o.report.counts.breaking : 0), 0),
    catalogHash:
      outcomes.length === 1
        ? (catalogHashOf(outcomes[0]!) ?? '')
        : JSON.stringify(Object.fromEntries(outcomes.map((o) => [labelOf(o), catalogHashOf(o) ?? null]))),
    ...(failed.length ? { failureMessage: failed.map((o) => failureLine(o, onPullRequest)).join('\n') } : {}),
  };
}
