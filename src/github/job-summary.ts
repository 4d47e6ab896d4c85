// The job summary: every server's report inside GitHub's 1 MiB per step, counted in UTF-8 bytes over the whole text; what does not fit is folded with a pointer.
import { cutMarkdown, sizeOf } from '../report/cut.js';
import { inlineCode } from '../report/escape.js';
import { labelOf, reportMarkdown, verdictOf, type ServerOutcome } from './outcome.js';

/** GitHub refuses a step's summary over 1 MiB. */
export const SUMMARY_BYTE_LIMIT = 1024 * 1024;
/** What the Action writes at most: a margin under the limit for the runner's own bytes. */
export const SUMMARY_BYTE_BUDGET = 1_000_000;
/** A server's report is not cut below this many bytes; past that, servers get one line each. */
const MIN_SHARE = 4096;
/** The most bytes a one-line entry for a server takes (its label is capped at 100 code points, 4 bytes each at most). */
const LINE_BYTES = 600;

export interface JobSummaryOptions {
  /** Trusted Markdown saying where the whole report is (the `report` output file). */
  pointer: string;
  budget?: number;
  /** Each server's whole report, rendered once (the check runs carry it too). */
  markdown: readonly string[];
}

function heading(outcomes: readonly ServerOutcome[]): string {
  if (outcomes.length < 2) return '';
  const failed = outcomes.filter((o) => verdictOf(o) === 'fail').length;
  return `<h2>mcp-contract: ${outcomes.length} servers, ${failed === 0 ? 'all pass' : `${failed} failing`}</h2>\n\n`;
}

/**
 * Shares of `budget` for texts of these sizes: each gets what it needs when that is under an equal split of what is
 * left, and the larger ones split the rest evenly (water-filling), so a small report is never cut for a large one.
 */
export function fairShares(sizes: readonly number[], budget: number): number[] {
  const shares = new Array<number>(sizes.length).fill(0);
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
  let left = budget;
  order.forEach((i, k) => {
    const even = Math.floor(left / (order.length - k));
    shares[i] = Math.min(sizes[i]!, even);
    left -= shares[i]!;
  });
  return shares;
}

/** A report re-rendered (whole blocks kept, its own "not shown" line) until its UTF-8 size fits `bytes`; cut at a line as a last resort. */
function fitted(o: ServerOutcome, whole: string, bytes: number, pointer: string): string {
  const tail = `\n\n> ✂️ Cut to fit the job summary. ${pointer}\n`;
  let text = whole;
  if (o.kind === 'checked') {
    // Characters per byte of the whole text, so the first re-render usually fits; at most three renders.
    let maxLength = Math.floor((bytes * whole.length * 0.97) / Math.max(1, sizeOf(whole, 'bytes')));
    for (let attempt = 0; attempt < 3 && sizeOf(text, 'bytes') > bytes; attempt++) {
      text = reportMarkdown(o, maxLength);
      maxLength = Math.floor((maxLength * bytes * 0.95) / Math.max(1, sizeOf(text, 'bytes')));
    }
  }
  return cutMarkdown(text, bytes, tail, { unit: 'bytes' });
}

/** The whole summary text: a heading over several servers, each server's report (cut to its share when they do not all fit), then one line per server left out. */
export function jobSummary(outcomes: readonly ServerOutcome[], opts: JobSummaryOptions): string {
  const budget = opts.budget ?? SUMMARY_BYTE_BUDGET;
  const head = heading(outcomes);
  const full = opts.markdown.map((text) => `${text}\n\n`);
  const sizes = full.map((t) => sizeOf(t, 'bytes'));
  if (sizeOf(head, 'bytes') + sizes.reduce((a, b) => a + b, 0) <= budget) return head + full.join('');

  const foldNote = `\n> ✂️ The reports above were cut to keep the job summary under GitHub's 1 MiB. ${opts.pointer}\n`;
  let avail = budget - sizeOf(head, 'bytes') - sizeOf(foldNote, 'bytes');
  let shown = outcomes.length;
  if (shown * MIN_SHARE > avail) shown = Math.max(0, Math.floor((avail - outcomes.length * LINE_BYTES) / MIN_SHARE));
  // The left-out servers: one line each, under a heading.
  if (shown < outcomes.length) avail -= (outcomes.length - shown) * LINE_BYTES + 80;
  // Each shown report keeps two bytes of its share for the blank line after it.
  const shares = fairShares(sizes.slice(0, shown), avail);
  const parts = [head];
  for (let i = 0; i < shown; i++)
    parts.push(sizes[i]! <= shares[i]! ? full[i]! : `${fitted(outcomes[i]!, opts.markdown[i]!, shares[i]! - 2, opts.pointer)}\n\n`);
  const rest = outcomes.slice(shown);
  if (rest.length) {
    parts.push(`#### ${rest.length} more server${rest.length === 1 ? '' : 's'} (not shown)\n\n`);
    for (const o of rest)
      parts.push(`- ${verdictOf(o) === 'fail' ? '❌' : '✅'} ${inlineCode(labelOf(o), { maxLength: 100 })}: ${verdictOf(o)}\n`);
  }
  parts.push(foldNote);
  return parts.join('');
}
