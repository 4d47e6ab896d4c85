import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/text.ts
var DEFAULT_TEXT_LIMIT = 300;
var INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
function codePointLabel(ch) {
  return `[U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}]`;
}
function revealHidden(text) {
  return text.replace(/\r\n/g, "\n").replace(INVISIBLE, codePointLabel).replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 32) return String.fromCharCode(9216 + c);
    if (c === 127) return "␡";
    return codePointLabel(ch);
  });
}
function truncateText(text, max = DEFAULT_TEXT_LIMIT) {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join("") + "…";
}
function oneLine(text, max = DEFAULT_TEXT_LIMIT) {
  return truncateText(revealHidden(String(text)), max).replace(/\n/g, "⏎");
}
var ZWJ = "‍";
function breakWorkflowCommand(line) {
  return line.replace(/^(\s*):(?=:)/, `$1:${ZWJ}`);
}
function neutraliseLogText(text) {
  return revealHidden(String(text)).split("\n").map(breakWorkflowCommand).join("\n");
}

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
function renderAdvice(advice, audience) {
  if (advice.kind === "debug") {
    return audience === "action" ? 'Re-run the job with debug logging (Re-run jobs → "Enable debug logging", or the repository variable ACTIONS_STEP_DEBUG=true) for the stack trace.' : "Re-run with --debug (or MCP_CONTRACT_DEBUG=1) for the stack trace.";
  }
  if (advice.kind === "env") {
    return audience === "action" ? "Only allowlisted variables reach the server: set others with the `env` input, or pass the step's own with the `pass-env` input." : "Only allowlisted variables reach the server: set others with --env KEY=VALUE, or pass your own with --pass-env NAME.";
  }
  const names = advice.names;
  const list = names.join(", ");
  const are = names.length === 1 ? "is" : "are";
  return audience === "action" ? `${list} ${are} set in this step's environment but not passed to the server; add ${names.length === 1 ? "it" : "them"} to the \`pass-env\` input (pass-env: ${names.join(" ")}) or to "passEnv" in the config.` : `${list} ${are} set here but not passed to the server; add ${names.map((n) => `--pass-env ${n}`).join(" ")} (or "passEnv" in the config).`;
}
var UserError = class extends Error {
  exitCode;
  hint;
  details;
  /** Advice worded for the reader's audience, printed after the hint. */
  advice;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "UserError";
    this.exitCode = opts.exitCode ?? EXIT.usage;
    this.hint = opts.hint;
    this.details = opts.details;
    if (opts.advice?.length) this.advice = opts.advice;
  }
};
var CaptureError = class extends UserError {
  constructor(message, opts = {}) {
    super(message, { ...opts, exitCode: EXIT.capture });
    this.name = "CaptureError";
  }
};
function formatError(err, debug = false, audience = "cli") {
  return neutraliseLogText(describeError(err, debug, audience));
}
function describeError(err, debug, audience) {
  if (err instanceof UserError) {
    const lines2 = [`error: ${err.message}`];
    if (err.details) lines2.push("", err.details.replace(/\s+$/, ""));
    const named = err.advice?.some((a) => a.kind === "pass-env") ?? false;
    const advice = (err.advice ?? []).filter((a) => !(debug && a.kind === "debug") && !(named && a.kind === "env")).map((a) => renderAdvice(a, audience));
    const hint = [err.hint, ...advice].filter(Boolean).join(" ");
    if (hint) lines2.push("", `hint: ${hint}`);
    if (debug && err.stack) lines2.push("", err.stack);
    return lines2.join("\n");
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const lines = [
    `error: unexpected failure: ${e.message}`,
    "",
    `hint: this is probably a bug in mcp-contract; report it${debug ? " with the stack trace below" : ""}.${debug ? "" : ` ${renderAdvice({ kind: "debug" }, audience)}`}`
  ];
  if (debug && e.stack) lines.push("", e.stack);
  return lines.join("\n");
}
function exitCodeOf(err) {
  return err instanceof UserError ? err.exitCode : EXIT.usage;
}

export {
  DEFAULT_TEXT_LIMIT,
  revealHidden,
  truncateText,
  oneLine,
  breakWorkflowCommand,
  neutraliseLogText,
  EXIT,
  UserError,
  CaptureError,
  formatError,
  exitCodeOf
};
