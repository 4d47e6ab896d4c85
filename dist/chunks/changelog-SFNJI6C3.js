import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  diffReport
} from "./chunk-V72CFWZN.js";
import "./chunk-QHT5S2TF.js";
import {
  parseFlags
} from "./chunk-H2NRQG2R.js";
import {
  ICON,
  KIND_LABEL,
  bumpLabel,
  escapeMarkdownText,
  inlineCode
} from "./chunk-7LNQ2JRB.js";
import {
  DEFAULT_SNAPSHOT_PATH
} from "./chunk-JIIKWVSW.js";
import "./chunk-3XHGYLPM.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-DEY5WHHG.js";
import "./chunk-LLRBDKEF.js";
import {
  SEVERITIES
} from "./chunk-D2AULK6V.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import {
  EXIT,
  UserError,
  oneLine
} from "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";

// src/report/changelog.ts
var CHANGELOG_FORMATS = ["markdown", "text", "json"];
var CHANGELOG_HEADING = {
  breaking: "Breaking changes",
  warning: "Changes to review",
  safe: "Additions and compatible changes",
  info: "Other changes"
};
function groups(report) {
  return SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s)]).filter(
    ([, list]) => list.length > 0
  );
}
function title(report, show) {
  return `${show(report.label)} ${show(report.base.version ?? "?")} → ${show(report.head.version ?? "?")}`;
}
function bumpSentence(report) {
  return report.findings.length === 0 ? "No contract changes." : `Requires a ${bumpLabel(report.requiredBump)} version bump.`;
}
function renderMarkdown(report) {
  const lines = [`## ${title(report, (t) => escapeMarkdownText(t, 100))}`, "", bumpSentence(report)];
  for (const [severity, list] of groups(report)) {
    lines.push("", `### ${ICON[severity]} ${CHANGELOG_HEADING[severity]} (${list.length})`, "");
    for (const f of list) {
      lines.push(
        `- ${KIND_LABEL[f.kind]} ${inlineCode(f.subject, { maxLength: 100 })}: ${escapeMarkdownText(f.message, 600)} (${inlineCode(f.rule)})`
      );
    }
  }
  return lines.join("\n") + "\n";
}
function renderText(report) {
  const lines = [title(report, (t) => oneLine(t, 100)), bumpSentence(report)];
  for (const [severity, list] of groups(report)) {
    lines.push("", `${CHANGELOG_HEADING[severity]} (${list.length})`);
    for (const f of list) lines.push(`  - ${KIND_LABEL[f.kind]} ${oneLine(f.subject, 100)}: ${oneLine(f.message, 600)} [${f.rule}]`);
  }
  return lines.join("\n") + "\n";
}
function renderJson(report) {
  const side = (r) => ({ ...r.name ? { name: r.name } : {}, ...r.version ? { version: r.version } : {}, hash: r.hash });
  const changes = Object.fromEntries(
    SEVERITIES.map((s) => [
      s,
      report.findings.filter((f) => f.severity === s).map((f) => ({ rule: f.rule, kind: f.kind, subject: f.subject, path: f.path, message: f.message }))
    ])
  );
  return JSON.stringify({ base: side(report.base), head: side(report.head), requiredBump: report.requiredBump, changes }, null, 2) + "\n";
}
function renderChangelog(report, format) {
  return format === "json" ? renderJson(report) : format === "text" ? renderText(report) : renderMarkdown(report);
}

// src/commands/changelog.ts
var CHANGELOG_USAGE = `Usage: mcp-contract changelog BASE HEAD [--path FILE] [--format markdown|text|json] [--no-oracle]

Release notes of the contract between two versions: every change, grouped by severity (breaking changes,
changes to review, additions and compatible changes, other changes), and the version bump they require.
BASE and HEAD are each one of:
  a catalog file (a name ending in .json): a snapshot or a raw tools/list result
  git:REF:PATH   the file as it is at a git revision
  REF            a git branch, tag or commit: the snapshot file (--path) as it is there, e.g. v1.2.0
  -              standard input (one of the two at most)

Options:
  --path FILE    the snapshot file read at each REF (default ${DEFAULT_SNAPSHOT_PATH}, relative to the repository root)
  --format FMT   markdown (default), text or json
  --no-oracle    skip the set-theoretic schema check (faster; undecided schema changes are reported as inconclusive)
  --help         show this help

Example: mcp-contract changelog v1.2.0 HEAD > release-notes.md

Exit codes: 0 written (whatever changed), 2 bad input or usage.`;
var OPTIONS = {
  path: { type: "string" },
  format: { type: "string" },
  "no-oracle": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function usageError(message) {
  return new UserError(message, { hint: "run `mcp-contract changelog --help`, e.g. `mcp-contract changelog v1.2.0 HEAD`." });
}
function changelogSource(arg, file) {
  if (arg === "-" || arg.startsWith("git:") || /\.json$/i.test(arg)) return arg;
  return `git:${arg}:${file}`;
}
async function run(argv) {
  const { values, positionals } = parseFlags(argv, OPTIONS, { command: "changelog" });
  if (values.help) {
    process.stdout.write(CHANGELOG_USAGE + "\n");
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw usageError(`changelog needs two versions (BASE and HEAD), got ${positionals.length}`);
  if (positionals[0] === "-" && positionals[1] === "-") throw usageError('only one of BASE and HEAD can be "-" (standard input)');
  const format = values.format ?? "markdown";
  if (!CHANGELOG_FORMATS.includes(format)) {
    throw usageError(`--format must be one of ${CHANGELOG_FORMATS.join(", ")}, got "${oneLine(format, 40)}"`);
  }
  const file = values.path ?? DEFAULT_SNAPSHOT_PATH;
  const { report } = await diffReport(changelogSource(positionals[0], file), changelogSource(positionals[1], file), {
    oracle: !values["no-oracle"],
    lint: false,
    footprint: false
  });
  process.stdout.write(renderChangelog(report, format));
  return EXIT.ok;
}
export {
  CHANGELOG_USAGE,
  changelogSource,
  run
};
