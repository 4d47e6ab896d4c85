// Escapes untrusted catalog text for Markdown and HTML: no raw HTML or HTML comments, mentions, issue links, fence breakouts or hidden characters.
import { breakWorkflowCommand, DEFAULT_TEXT_LIMIT, oneLine, revealHidden, truncateText } from '../text.js';

export { DEFAULT_TEXT_LIMIT, revealHidden, truncateText };

const ZWJ = '\u200D';

/** Breaks @mentions (@user, @org/team) and issue/PR references (#123, GH-123, owner/repo#123) with a zero-width joiner. */
function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}

/**
 * Breaks every `<!--` and `-->` (or `--!>`) with a zero-width joiner. Code spans and blocks show their text as it is,
 * so there the HTML-comment delimiters are broken instead of escaped: catalog text can never open, close or imitate
 * an HTML comment such as the sticky comment's marker.
 */
export function breakHtmlComments(text: string): string {
  return text.replace(/<!--/g, `<!-${ZWJ}-`).replace(/--(?=!?>)/g, `-${ZWJ}-`);
}

function htmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Catalog text as inert Markdown inline text, safe in a paragraph, list item or table cell: hidden
 * characters shown, truncated to `maxLength` with an ellipsis, HTML as entities, Markdown punctuation
 * backslash-escaped (including table pipes), newlines as <br>, mentions and issue references broken.
 */
export function escapeMarkdownText(text: string, maxLength = DEFAULT_TEXT_LIMIT): string {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/\t/g, ' ');
  const escaped = htmlEntities(shown)
    .replace(/[\\`*_[\]{}#|~!$]/g, '\\$&')
    // A list marker or thematic break at the very start (the only line start: newlines become <br>).
    .replace(/^(\s*)([-+=]|\d{1,9}[.)])(?=\s|$|[-=])/, (_m, sp: string, mark: string) => `${sp}${mark.replace(/([-+=.)])$/, '\\$1')}`);
  return neutraliseReferences(escaped).replace(/\n/g, '<br>');
}

/** Catalog text inside our own HTML (e.g. <summary>): entities only, hidden characters shown, references broken. */
export function escapeHtmlText(text: string, maxLength = DEFAULT_TEXT_LIMIT): string {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/[\t\n]/g, ' ');
  // Backticks as an entity too: if a renderer ever reads the line as Markdown, no code span can start here.
  return neutraliseReferences(htmlEntities(shown).replace(/`/g, '&#96;'));
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  for (const m of text.matchAll(new RegExp(`\\${ch}+`, 'g'))) best = Math.max(best, m[0].length);
  return best;
}

/**
 * Catalog text as a Markdown code span, whatever backticks it holds: the fence is one backtick longer
 * than the longest run inside, padded with a space when the text starts or ends with a backtick.
 * Newlines become ⏎, hidden characters are shown, HTML-comment delimiters broken. In a table cell pass `inTable` so pipes are escaped
 * (GFM splits cells on pipes even inside code spans).
 */
export function inlineCode(text: string, opts: { maxLength?: number; inTable?: boolean } = {}): string {
  let body = breakHtmlComments(oneLine(text, opts.maxLength ?? DEFAULT_TEXT_LIMIT).replace(/\t/g, ' '));
  if (opts.inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = /^[`\s]|[`\s]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Catalog text as a fenced code block: the fence is longer than any backtick run inside (at least 3),
 * hidden characters are shown, HTML-comment delimiters broken, each line is cut at `maxLineLength`, and blank lines surround the block
 * so it also works inside an HTML block such as <details>.
 */
export function codeBlock(text: string, lang = '', opts: { maxLineLength?: number } = {}): string {
  const lines = revealHidden(String(text))
    .split('\n')
    .map((l) => breakHtmlComments(breakWorkflowCommand(truncateText(l, opts.maxLineLength ?? 500))));
  const body = lines.join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  const info = lang.replace(/[^\w+-]/g, '');
  return `\n${fence}${info}\n${body}\n${fence}\n`;
}
