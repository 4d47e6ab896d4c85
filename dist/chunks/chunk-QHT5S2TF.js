import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  REPORT_FORMATS,
  parseFormat,
  renderReport
} from "./chunk-7LNQ2JRB.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/commands/output.ts
var OUTPUT_OPTIONS = {
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
};
var OUTPUT_USAGE = `Output:
  --format FMT            ${REPORT_FORMATS.join(", ")} (default text); githubactions prints workflow-command
                          annotations, so \`run: npx mcp-contract …\` annotates a pull request without the Action
  --quiet, -q             print no report; the exit code is the verdict (errors still go to stderr)
  --color, --no-color     force ANSI colour in the text report on or off (default: on when stdout is a terminal;
                          FORCE_COLOR=1 turns it on, NO_COLOR=1 off)`;
function useColor(values, env, isTTY) {
  if (values.color && values["no-color"]) {
    throw new UserError("--color and --no-color contradict each other", { hint: "give one of them (or neither)." });
  }
  if (values.color) return true;
  if (values["no-color"]) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return !/^(0|false)$/i.test(force);
  if (env.NO_COLOR) return false;
  return isTTY;
}
function outputSettings(values, env = process.env) {
  const format = parseFormat(values.format);
  return { format, quiet: values.quiet === true, color: format === "text" && useColor(values, env, process.stdout.isTTY === true) };
}
function printReport(report, settings, opts = {}) {
  if (settings.quiet) return;
  const out = renderReport(report, settings.format, { ...opts, color: settings.color });
  process.stdout.write(out.endsWith("\n") ? out : out + "\n");
}

// src/commands/quality-args.ts
var QUALITY_OPTIONS = {
  "no-lint": { type: "boolean" },
  lint: { type: "string" },
  "no-footprint": { type: "boolean" }
};
var QUALITY_USAGE = `  --no-lint               skip the catalog lint (descriptions, names, parameters, schema validity)
  --lint MODE             count (default): lint findings already in the base are counted per rule; all: also listed
  --no-footprint          skip the token count of the tools (o200k_base estimate)`;

// src/commands/usage-args.ts
var USAGE_OPTIONS = {
  "usage-root": { type: "string" },
  "usage-refs": { type: "string", multiple: true },
  "usage-calls": { type: "string", multiple: true },
  "demote-unused": { type: "boolean" }
};
var USAGE_HELP = `Usage evidence (docs/usage.md): label every breaking finding broken / potentially affected / unaffected:
  --usage-root DIR        read references (prompts, agent and skill files, client configs, code) under DIR
  --usage-refs GLOB       which files under the root to read (repeatable; default: the usual prompt, agent, config and code files)
  --usage-calls FILE      recorded calls: an OTLP JSON trace export or JSONL of {tool, arguments, result?} (repeatable)
  --demote-unused         a breaking finding nothing uses becomes a warning (with no evidence at all, nothing is demoted)`;
function usageSettings(values, config) {
  const refs = values["usage-refs"] ?? config?.refs;
  const root = values["usage-root"] ?? config?.root ?? (values["usage-refs"] ? "." : void 0);
  const calls = values["usage-calls"] ?? config?.calls;
  const demoteUnused = values["demote-unused"] ?? config?.demoteUnused;
  if (root === void 0 && !refs?.length && !calls?.length) return void 0;
  return {
    ...root !== void 0 ? { root } : {},
    ...refs?.length ? { refs } : {},
    ...calls?.length ? { calls } : {},
    ...demoteUnused ? { demoteUnused } : {}
  };
}

export {
  OUTPUT_OPTIONS,
  OUTPUT_USAGE,
  outputSettings,
  printReport,
  QUALITY_OPTIONS,
  QUALITY_USAGE,
  USAGE_OPTIONS,
  USAGE_HELP,
  usageSettings
};
