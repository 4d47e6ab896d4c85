import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  BUMP_FOR_SEVERITY,
  RULES
} from "./chunk-ESZQCZIQ.js";
import "./chunk-4CB2JE25.js";
import {
  EXIT,
  UserError
} from "./chunk-GBM6N2PC.js";
import "./chunk-LMG6EXSG.js";
import "./chunk-Z4MBAWV5.js";
import "./chunk-4RHPIJC2.js";
import "./chunk-PX3FAVRE.js";
import "./chunk-LCCZKSB2.js";
import "./chunk-LA6EIE7J.js";
import "./chunk-6VTGLM4T.js";
import "./chunk-PAFTTTTQ.js";

// src/commands/rules.ts
var FORMATS = ["text", "json", "markdown"];
var RULES_USAGE = `Usage: mcp-contract rules [--format text|json|markdown]

Lists every rule id the diff can emit with its default severity, the bump it requires, the direction it
reads (input: what callers send; output: what callers read), what it is about and the file that emits it.
Rule ids are stable: use them in waivers and severity overrides.`;
var SUBJECT_HEADINGS = {
  tool: "Tools",
  catalog: "Catalog",
  prompt: "Prompts",
  resource: "Resources",
  resourceTemplate: "Resource templates",
  server: "Server"
};
function groups(rules) {
  const out = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const heading = r.family === "quality" ? "Catalog quality (lint and token footprint; see docs/quality.md)" : r.family === "policy" ? "Policy (the config a pull request changes; see docs/action.md)" : r.direction === "input" ? "Input schema (what callers send)" : r.direction === "output" ? "Output schema (what callers read)" : r.id.startsWith("annotation-") ? "Annotations (effective values)" : SUBJECT_HEADINGS[r.subject];
    (out.get(heading) ?? out.set(heading, []).get(heading)).push(r);
  }
  return [...out];
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\n/g, " ");
}
function rulesMarkdown(rules = RULES) {
  const lines = [];
  for (const [heading, list] of groups(rules)) {
    lines.push(`### ${heading}`, "", "| id | severity | bump | meaning | emitted by |", "|---|---|---|---|---|");
    for (const r of list)
      lines.push(
        `| \`${r.id}\` | ${r.severity} | ${r.family === "policy" ? "approval" : BUMP_FOR_SEVERITY[r.severity]} | ${cell(r.description)} | \`${r.emittedBy}\` |`
      );
    lines.push("");
  }
  return lines.join("\n");
}
function rulesText(rules = RULES) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = [];
  for (const [heading, list] of groups(rules)) {
    lines.push(heading);
    for (const r of list) lines.push(`  ${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}`);
    lines.push("");
  }
  lines.push(
    `${rules.length} rules. Severity is the default; some rules escalate (e.g. input-property-removed is breaking when the object forbids extra properties).`
  );
  return lines.join("\n");
}
function rulesJson(rules = RULES) {
  return JSON.stringify(
    rules.map((r) => ({ ...r, bump: BUMP_FOR_SEVERITY[r.severity] })),
    null,
    2
  );
}
async function run(argv) {
  let format = "text";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(RULES_USAGE + "\n");
      return EXIT.ok;
    }
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? argv[++i] : arg.slice("--format=".length);
      if (!FORMATS.includes(value)) {
        throw new UserError(
          `--format must be one of ${FORMATS.join(", ")}, got ${value === void 0 ? "nothing" : JSON.stringify(value)}`,
          { hint: "run `mcp-contract rules --format json`." }
        );
      }
      format = value;
      continue;
    }
    throw new UserError(`unexpected argument ${JSON.stringify(arg)} for rules`, { hint: "run `mcp-contract rules --help`." });
  }
  const out = format === "json" ? rulesJson() : format === "markdown" ? rulesMarkdown() : rulesText();
  process.stdout.write(out + "\n");
  return EXIT.ok;
}
export {
  RULES_USAGE,
  rulesJson,
  rulesMarkdown,
  rulesText,
  run
};
