import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/errors.ts
var EXIT = {
  ok: 0,
  /** The contract is violated (a breaking change without its bump, waiver or approval). */
  violated: 1,
  /** Usage, configuration or input error (bad flag, unreadable/invalid file, unknown format version). */
  usage: 2,
  /** The server could not be captured (failed to start, timed out, spoke garbage). */
  capture: 3
};
var UserError = class extends Error {
  exitCode;
  hint;
  details;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "UserError";
    this.exitCode = opts.exitCode ?? EXIT.usage;
    this.hint = opts.hint;
    this.details = opts.details;
  }
};
var CaptureError = class extends UserError {
  constructor(message, opts = {}) {
    super(message, { ...opts, exitCode: EXIT.capture });
    this.name = "CaptureError";
  }
};
function formatError(err, debug = false) {
  if (err instanceof UserError) {
    const lines2 = [`error: ${err.message}`];
    if (err.details) lines2.push("", err.details.replace(/\s+$/, ""));
    if (err.hint) lines2.push("", `hint: ${err.hint}`);
    if (debug && err.stack) lines2.push("", err.stack);
    return lines2.join("\n");
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const lines = [
    `error: unexpected failure: ${e.message}`,
    "",
    "hint: this is probably a bug in mcp-contract. Re-run with --debug (or MCP_CONTRACT_DEBUG=1) for the stack trace and report it."
  ];
  if (debug && e.stack) lines.push("", e.stack);
  return lines.join("\n");
}
function exitCodeOf(err) {
  return err instanceof UserError ? err.exitCode : EXIT.usage;
}

export {
  EXIT,
  UserError,
  CaptureError,
  formatError,
  exitCodeOf
};
