// The error type every user-facing failure is thrown as: what went wrong, what to check, and the exit code.
import { neutraliseLogText } from './text.js';

/** Exit codes shared by the CLI and the Action (documented in the README). */
export const EXIT = {
  ok: 0,
  /** The contract is violated (a breaking change without its bump, waiver or approval). */
  violated: 1,
  /** Usage, configuration or input error (bad flag, unreadable/invalid file, unknown format version). */
  usage: 2,
  /** The server could not be captured (failed to start, timed out, spoke garbage). */
  capture: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error meant for the person (or model) reading the output. `message` says what probably went
 * wrong; `hint` says what to check first and names the command or setting that fixes it; `details`
 * carries supporting lines (e.g. the last lines of the server's stderr). Printed without a stack
 * trace unless debug output is on.
 */
export class UserError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  readonly details?: string;

  constructor(message: string, opts: { exitCode?: ExitCode; hint?: string; details?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.exitCode = opts.exitCode ?? EXIT.usage;
    this.hint = opts.hint;
    this.details = opts.details;
  }
}

/** A failure to boot or read the server under test (exit code 3). */
export class CaptureError extends UserError {
  constructor(message: string, opts: { hint?: string; details?: string; cause?: unknown } = {}) {
    super(message, { ...opts, exitCode: EXIT.capture });
    this.name = 'CaptureError';
  }
}

/**
 * Renders any thrown value for a terminal or a CI log: message, hint and details; the stack only when debug is on.
 * Messages quote server text (a JSON-RPC error message, result keys, stderr lines), so the whole text is neutralised:
 * no line of it can run as a workflow command, and control characters (ANSI escapes, CR) are shown, not obeyed.
 */
export function formatError(err: unknown, debug = false): string {
  return neutraliseLogText(describeError(err, debug));
}

function describeError(err: unknown, debug: boolean): string {
  if (err instanceof UserError) {
    const lines = [`error: ${err.message}`];
    if (err.details) lines.push('', err.details.replace(/\s+$/, ''));
    if (err.hint) lines.push('', `hint: ${err.hint}`);
    if (debug && err.stack) lines.push('', err.stack);
    return lines.join('\n');
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const lines = [
    `error: unexpected failure: ${e.message}`,
    '',
    'hint: this is probably a bug in mcp-contract. Re-run with --debug (or MCP_CONTRACT_DEBUG=1) for the stack trace and report it.',
  ];
  if (debug && e.stack) lines.push('', e.stack);
  return lines.join('\n');
}

export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof UserError ? err.exitCode : EXIT.usage;
}
