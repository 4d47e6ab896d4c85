import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  parseFlags
} from "./chunk-H2NRQG2R.js";
import {
  RULES
} from "./chunk-LLRBDKEF.js";
import {
  BUMP_FOR_SEVERITY
} from "./chunk-D2AULK6V.js";
import "./chunk-IZD4RIUM.js";
import {
  EXIT,
  UserError
} from "./chunk-MG3LNJ7Q.js";
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
  const { values, positionals } = parseFlags(
    argv,
    { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    { command: "rules" }
  );
  if (values.help) {
    process.stdout.write(RULES_USAGE + "\n");
    return EXIT.ok;
  }
  if (positionals.length) {
    throw new UserError(`unexpected argument ${JSON.stringify(positionals[0])} for mcp-contract rules`, {
      hint: "run `mcp-contract rules --help`."
    });
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`, {
      hint: "run `mcp-contract rules --format json`."
    });
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
