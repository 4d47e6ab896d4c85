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

/** Who reads a hint: a CLI user (flags, --debug) or an Action log (inputs, ACTIONS_STEP_DEBUG). */
export type HintAudience = 'cli' | 'action';

/**
 * Advice whose wording depends on where the error is read, rendered by formatError for its audience: re-running with
 * the stack trace, or passing variables of the caller's environment to the server by name.
 */
export type Advice = { kind: 'debug' } | { kind: 'env' } | { kind: 'pass-env'; names: readonly string[] };

function renderAdvice(advice: Advice, audience: HintAudience): string {
  if (advice.kind === 'debug') {
    return audience === 'action'
      ? 'Re-run the job with debug logging (Re-run jobs → "Enable debug logging", or the repository variable ACTIONS_STEP_DEBUG=true) for the stack trace.'
      : 'Re-run with --debug (or MCP_CONTRACT_DEBUG=1) for the stack trace.';
  }
  if (advice.kind === 'env') {
    return audience === 'action'
      ? "Only allowlisted variables reach the server: set others with the `env` input, or pass the step's own with the `pass-env` input."
      : 'Only allowlisted variables reach the server: set others with --env KEY=VALUE, or pass your own with --pass-env NAME.';
  }
  const names = advice.names;
  const list = names.join(', ');
  const are = names.length === 1 ? 'is' : 'are';
  return audience === 'action'
    ? `${list} ${are} set in this step's environment but not passed to the server; add ${names.length === 1 ? 'it' : 'them'} to the \`pass-env\` input (pass-env: ${names.join(' ')}) or to "passEnv" in the config.`
    : `${list} ${are} set here but not passed to the server; add ${names.map((n) => `--pass-env ${n}`).join(' ')} (or "passEnv" in the config).`;
}

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
  /** Advice worded for the reader's audience, printed after the hint. */
  readonly advice?: readonly Advice[];

  constructor(message: string, opts: UserErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.exitCode = opts.exitCode ?? EXIT.usage;
    this.hint = opts.hint;
    this.details = opts.details;
    if (opts.advice?.length) this.advice = opts.advice;
  }
}

export interface UserErrorOptions {
  exitCode?: ExitCode;
  hint?: string;
  details?: string;
  advice?: readonly Advice[];
  cause?: unknown;
}

/** A failure to boot or read the server under test (exit code 3). */
export class CaptureError extends UserError {
  constructor(message: string, opts: Omit<UserErrorOptions, 'exitCode'> = {}) {
    super(message, { ...opts, exitCode: EXIT.capture });
    this.name = 'CaptureError';
  }
}

/**
 * Renders any thrown value for a terminal or a CI log: message, hint and details; the stack only when debug is on. The
 * advice is worded for `audience` (the Action names its inputs and ACTIONS_STEP_DEBUG, the CLI its flags).
 * Messages quote server text (a JSON-RPC error message, result keys, stderr lines), so the whole text is neutralised:
 * no line of it can run as a workflow command, and control characters (ANSI escapes, CR) are shown, not obeyed.
 */
export function formatError(err: unknown, debug = false, audience: HintAudience = 'cli'): string {
  return neutraliseLogText(describeError(err, debug, audience));
}

function describeError(err: unknown, debug: boolean, audience: HintAudience): string {
  if (err instanceof UserError) {
    const lines = [`error: ${err.message}`];
    if (err.details) lines.push('', err.details.replace(/\s+$/, ''));
    // The debug advice is moot when the stack is printed already; the general env advice when variables are named.
    const named = err.advice?.some((a) => a.kind === 'pass-env') ?? false;
    const advice = (err.advice ?? [])
      .filter((a) => !(debug && a.kind === 'debug') && !(named && a.kind === 'env'))
      .map((a) => renderAdvice(a, audience));
    const hint = [err.hint, ...advice].filter(Boolean).join(' ');
    if (hint) lines.push('', `hint: ${hint}`);
    if (debug && err.stack) lines.push('', err.stack);
    return lines.join('\n');
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const lines = [
    `error: unexpected failure: ${e.message}`,
    '',
    `hint: this is probably a bug in mcp-contract; report it${debug ? ' with the stack trace below' : ''}.${debug ? '' : ` ${renderAdvice({ kind: 'debug' }, audience)}`}`,
  ];
  if (debug && e.stack) lines.push('', e.stack);
  return lines.join('\n');
}

export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof UserError ? err.exitCode : EXIT.usage;
}
