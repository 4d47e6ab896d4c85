// Makes untrusted text (catalog strings, a server's stderr) safe to show in a terminal or log: hidden characters visible, length capped.

/** Default cap on one piece of catalog text in a report (a line of a code block, a table cell, a name). */
export const DEFAULT_TEXT_LIMIT = 300;

/** Bidi embeddings/overrides/isolates and marks, zero-width characters: shown as [U+XXXX] so a reviewer sees them. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** C0 controls except newline and tab, DEL and C1 controls: shown as Control Pictures (␀…␟, ␡) or [U+XXXX]. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

function codePointLabel(ch: string): string {
  return `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Makes hidden characters visible: controls become Control Pictures (U+2400 + code) or [U+XXXX],
 * bidi overrides/isolates and zero-width characters become [U+202E] etc., CR becomes ␍ unless part of CRLF.
 */
export function revealHidden(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(INVISIBLE, codePointLabel)
    .replace(CONTROL, (ch) => {
      const c = ch.charCodeAt(0);
      if (c < 0x20) return String.fromCharCode(0x2400 + c);
      if (c === 0x7f) return '\u2421';
      return codePointLabel(ch);
    });
}

/** Cuts text to `max` code points with an ellipsis (never splits a surrogate pair). */
export function truncateText(text: string, max = DEFAULT_TEXT_LIMIT): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Untrusted text as one visible line for a log or a title: hidden characters shown, newlines as ⏎, capped. */
export function oneLine(text: string, max = DEFAULT_TEXT_LIMIT): string {
  return truncateText(revealHidden(String(text)), max).replace(/\n/g, '⏎');
}

const ZWJ = '\u200D';

/**
 * A line that starts with `::` (after optional whitespace) would run as a GitHub Actions workflow command
 * (`::add-mask::`, `::stop-commands::`, `::error::`) when it reaches a job log; a zero-width joiner between the two
 * colons keeps it readable and inert.
 */
export function breakWorkflowCommand(line: string): string {
  return line.replace(/^(\s*):(?=:)/, `$1:${ZWJ}`);
}

/**
 * Untrusted text (a server's error message, method name, result keys, stderr) for a terminal or a CI job log:
 * hidden characters shown (ANSI escapes, a lone CR, which the runner also splits lines on, bidi controls), and no
 * line can start a workflow command. Newlines stay newlines. Apply it once, to the text as it is written.
 */
export function neutraliseLogText(text: string): string {
  return revealHidden(String(text)).split('\n').map(breakWorkflowCommand).join('\n');
}
