// Test helper: asserts that rendered Markdown or log output shows untrusted catalog text inert (no HTML, mentions, references, breakouts, hidden characters, workflow commands).
import { expect } from 'vitest';
import { stripCode } from '../report/markdown-structure.js';

/** Controls (C0 but tab/newline, DEL, C1), bidi embeddings/overrides/isolates/marks and zero-width characters other than the ZWJ the escaper uses. */
export const HIDDEN_CHAR = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
/** The only HTML the report template writes itself. */
const TEMPLATE_TAG = /<\/?(details|summary|code|br)( open)?>/g;
/** Lines of the template that start with HTML. */
const TEMPLATE_HTML_LINE = /^(<details( open)?><summary>.*<\/summary>|<\/details>)$/;

/** Lines as the GitHub runner reads a log: it splits on CR as well as LF. */
export function logLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Fenced code blocks of a Markdown text: each must close, with a fence longer than any backtick run inside. */
export function fencedBlocks(md: string): { fence: string; body: string[] }[] {
  const blocks: { fence: string; body: string[] }[] = [];
  let open: { fence: string; body: string[] } | undefined;
  for (const line of md.split('\n')) {
    if (open) {
      const close = /^(`{3,})\s*$/.exec(line);
      if (close && close[1]!.length >= open.fence.length) {
        blocks.push(open);
        open = undefined;
      } else open.body.push(line);
      continue;
    }
    const start = /^(`{3,})[^`]*$/.exec(line);
    if (start) open = { fence: start[1]!, body: [] };
  }
  expect(open, `a code fence ${open?.fence} never closes: the rest of the report would render as code`).toBeUndefined();
  return blocks;
}

export interface InertOptions {
  /** The fewest <details> sections the template writes: one per subject with findings (it may add its own, e.g. for lint). */
  sections?: number;
  /** Longest line allowed (a 100 KB catalog line must have been cut). */
  maxLineLength?: number;
}

/** Every protection of the Markdown report, checked on the rendered text. */
export function expectInertMarkdown(md: string, opts: InertOptions = {}): void {
  const hidden = HIDDEN_CHAR.exec(md);
  expect(hidden, `raw hidden character U+${hidden?.[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${hidden?.index}`).toBeNull();

  for (const block of fencedBlocks(md)) {
    const longestInside = Math.max(0, ...block.body.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
    expect(block.fence.length).toBeGreaterThan(longestInside);
  }

  const outside = stripCode(md);
  // Code spans close where they should: no stray backtick is left in the text Markdown interprets.
  expect(outside.replace(/\\`/g, '')).not.toContain('`');
  // No raw HTML from the catalog: only the template's own tags, and no comment that could hide the rest.
  const stray = /<[^\s]/.exec(outside.replace(TEMPLATE_TAG, ''));
  expect(stray, `raw HTML outside code: ${outside.slice(Math.max(0, (stray?.index ?? 0) - 80), (stray?.index ?? 0) + 80)}`).toBeNull();
  expect(outside).not.toContain('<!--');
  const htmlLines = outside.split('\n').filter((l) => l.startsWith('<'));
  for (const line of htmlLines) expect(line).toMatch(TEMPLATE_HTML_LINE);
  // <details> balance, and only as many as the template writes.
  const opens = outside.match(/<details( open)?>/g) ?? [];
  const closes = outside.match(/<\/details>/g) ?? [];
  expect(opens.length).toBe(closes.length);
  expect((outside.match(/<summary>/g) ?? []).length).toBe(opens.length);
  expect((outside.match(/<\/summary>/g) ?? []).length).toBe(opens.length);
  if (opens.length) expect(htmlLines.filter((l) => l.startsWith('<details')).length).toBe(opens.length);
  if (opens.length) expect(htmlLines.filter((l) => l === '</details>').length).toBe(opens.length);
  if (opens.length) expect(outside.match(/<\/?details/g)!.join(' ')).toMatch(/^(<details <\/details ?)+$/);
  if (opts.sections !== undefined) expect(opens.length).toBeGreaterThanOrEqual(opts.sections);
  // Every subject section is a template line: `<details[ open]><summary>ICON kind <code>…</code>: counts</summary>`.
  if (opts.sections !== undefined)
    expect(htmlLines.filter((l) => /^<details( open)?><summary>\S+ [a-z ]+ <code>[^<]*<\/code>: [\w ,]+<\/summary>$/u.test(l)).length).toBe(
      opts.sections,
    );
  // No live mention (@user, @org/team) and no issue reference (#123, GH-9, owner/repo#7).
  expect(outside).not.toMatch(/@[A-Za-z0-9_-]/);
  expect(outside).not.toMatch(/#\d/);
  expect(outside).not.toMatch(/\bGH-\d/i);
  // No live link or image from catalog text.
  expect(outside).not.toMatch(/(?<!\\)\]\(http:\/\/evil/);

  const longest = Math.max(...md.split('\n').map((l) => l.length));
  expect(longest).toBeLessThanOrEqual(opts.maxLineLength ?? 6000);
}

/** Readable, not just dropped: the hostile text is still visible (escaped, with hidden characters named). */
export function expectReadable(md: string): void {
  expect(md).toContain('onerror=alert(1)');
  expect(md).toMatch(/octocat/);
  expect(md).toContain('[U+202E]');
  expect(md).toContain('\u2407'); // BEL as its Control Picture
}

/**
 * Log output (the runner reads workflow commands from a step's stdout and stderr): no line that catalog text
 * starts may be a workflow command. `allowed` lists the commands the tool itself emits (e.g. error, warning).
 */
export function expectNoInjectedCommands(log: string, allowed: readonly string[] = []): void {
  const lines = logLines(log);
  let stopToken: string | undefined;
  for (const [i, line] of lines.entries()) {
    // Between ::stop-commands::TOKEN and ::TOKEN:: the runner processes no command (a valid way to print untrusted text).
    if (stopToken !== undefined) {
      if (line.trimStart() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1]!;
      continue;
    }
    const m = /^::([A-Za-z-]+)/.exec(line.trimStart());
    if (!m) continue;
    const context = lines
      .slice(Math.max(0, i - 3), i + 1)
      .map((l) => l.slice(0, 160))
      .join('\n');
    expect(allowed, `workflow command injected into the log:\n${context}`).toContain(m[1]);
    expect(line, 'a workflow command must start at the line start').toBe(line.trimStart());
  }
}
