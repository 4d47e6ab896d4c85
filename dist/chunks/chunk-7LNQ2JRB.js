import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  describeCounts
} from "./chunk-3XHGYLPM.js";
import {
  FOOTPRINT_CAVEAT,
  RULES,
  describeFootprint,
  formatCount,
  signed
} from "./chunk-LLRBDKEF.js";
import {
  BUMP_ORDER,
  SEVERITIES,
  atOrAbove,
  stableJson,
  usageOf
} from "./chunk-D2AULK6V.js";
import {
  VERSION
} from "./chunk-BPB3YESS.js";
import {
  DEFAULT_TEXT_LIMIT,
  UserError,
  breakWorkflowCommand,
  oneLine,
  revealHidden,
  truncateText
} from "./chunk-MG3LNJ7Q.js";

// src/report/summary.ts
var SEVERITY_LABEL = { breaking: "Breaking", warning: "Warning", safe: "Safe", info: "Info" };
function describeVersions(report) {
  const v = report.verdict;
  const from = v?.baseVersion ?? report.base.version ?? "?";
  const to = v?.headVersion ?? report.head.version ?? "?";
  return v ? `${from} → ${to} (${v.actualBump === "none" ? "no bump" : v.actualBump})` : `${from} → ${to}`;
}
function bumpLabel(bump) {
  return bump === "none" ? "none" : bump;
}
function headline(report) {
  const v = report.verdict;
  const counts = describeCounts(report.counts);
  if (v) {
    const actions = v.reasons.filter((r) => r.blocking);
    const notes = v.reasons.filter((r) => !r.blocking);
    if (v.verdict === "fail") {
      const what = v.suggestedVersion ? `; bump to ${v.suggestedVersion}` : "";
      return { status: "fail", title: `contract check failed: ${counts}${what}`, actions, notes };
    }
    const approved = report.findings.some((f) => f.approved);
    const waived = report.findings.filter((f) => f.waived).length;
    const title = report.findings.length === 0 ? "contract check passed: no changes" : `contract check passed${approved ? " (breaking changes approved)" : ""}: ${counts}${waived ? ` (${waived} waived)` : ""}, required bump ${bumpLabel(v.requiredBump)}`;
    return { status: "pass", title, actions, notes };
  }
  if (report.counts.breaking > 0) {
    return { status: "breaking", title: `${counts}: requires a ${report.requiredBump} bump`, actions: [], notes: [] };
  }
  if (report.failOn && report.findings.some((f) => atOrAbove(f.severity, report.failOn))) {
    const title = `${counts}: requires a ${bumpLabel(report.requiredBump)} bump; fails because --fail-on is ${report.failOn}`;
    return { status: "fail", title, actions: [], notes: [] };
  }
  return {
    status: "clean",
    title: report.findings.length ? `${counts}: requires a ${bumpLabel(report.requiredBump)} bump` : "no changes",
    actions: [],
    notes: []
  };
}

// src/report/githubactions.ts
var MAX_WORKFLOW_ANNOTATIONS = 50;
function annotationLevel(f, verdictFails) {
  if (f.severity === "info") return void 0;
  if (f.severity === "breaking") return verdictFails && !f.waived && !f.approved ? "error" : "warning";
  if (f.severity === "warning") return "warning";
  return "notice";
}
function coveredNote(f) {
  return f.approved ? ` (approved by ${f.approved.by})` : f.waived ? ` (waived: ${f.waived.reason})` : "";
}
function annotationTitle(label, f) {
  return oneLine(`mcp-contract ${label}: ${f.rule} (${f.severity})`);
}
function reportFails(report) {
  return report.verdict ? report.verdict.verdict === "fail" : report.findings.some((f) => atOrAbove(f.severity, report.failOn ?? "breaking"));
}
function escapeCommandData(text) {
  return revealHidden(String(text)).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  const props = [
    ...a.file ? [`file=${escapeCommandProperty(a.file)}`] : [],
    ...a.file && a.line ? [`line=${a.line}`] : [],
    `title=${escapeCommandProperty(a.title)}`
  ];
  return `::${a.level} ${props.join(",")}::${escapeCommandData(a.message)}`;
}
function reportAnnotations(report, opts = {}) {
  const fails = reportFails(report);
  const label = oneLine(report.label, 100);
  const file = opts.snapshotUri ? { file: opts.snapshotUri } : {};
  const out = [];
  for (const f of report.findings) {
    const level = annotationLevel(f, fails);
    if (!level) continue;
    out.push({
      level,
      title: annotationTitle(label, f),
      message: truncateText(`${f.message}${coveredNote(f)}`, 4e3),
      ...file
    });
  }
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    out.push({ level: "error", title: `mcp-contract ${label}: gate (${r.code})`, message: truncateText(r.message, 4e3), ...file });
  }
  const order = { error: 0, warning: 1, notice: 2 };
  return out.sort((a, b) => order[a.level] - order[b.level]);
}
function renderGithubActions(report, opts = {}) {
  const h = headline(report);
  const lines = [`mcp-contract ${oneLine(report.label, 100)}: ${h.title}`];
  const annotations = reportAnnotations(report, opts);
  lines.push(...annotations.slice(0, MAX_WORKFLOW_ANNOTATIONS).map(workflowCommand));
  if (annotations.length > MAX_WORKFLOW_ANNOTATIONS) {
    lines.push(
      `mcp-contract: ${annotations.length - MAX_WORKFLOW_ANNOTATIONS} more findings are not annotated; \`--format json\` lists them all.`
    );
  }
  return lines.join("\n") + "\n";
}

// src/report/json.ts
function witnessExtra(f) {
  const e = f.extra;
  if (!e) return void 0;
  if (e.witness !== void 0) return { witness: e.witness };
  if (typeof e.witnessNote === "string") return { witnessNote: e.witnessNote };
  return void 0;
}
function refJson(ref) {
  return {
    name: ref.name ?? null,
    version: ref.version ?? null,
    hash: ref.hash,
    source: ref.source ?? null,
    toolCount: ref.toolCount
  };
}
function jsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    kind: f.kind,
    subject: f.subject,
    tool: f.kind === "tool" ? f.tool ?? f.subject : null,
    path: f.path,
    ...f.before !== void 0 ? { before: f.before } : {},
    ...f.after !== void 0 ? { after: f.after } : {},
    message: f.message,
    ...f.originalSeverity ? { originalSeverity: f.originalSeverity } : {},
    ...f.waived ? { waived: f.waived } : {},
    ...f.approved ? { approved: f.approved } : {},
    ...witnessExtra(f) ? { extra: witnessExtra(f) } : {},
    ...usageOf(f) ? { usage: usageOf(f) } : {}
  };
}
function toJsonReport(report) {
  const out = {
    label: report.label,
    base: refJson(report.base),
    head: refJson(report.head),
    requiredBump: report.requiredBump,
    counts: report.counts,
    findings: report.findings.map(jsonFinding)
  };
  const v = report.verdict;
  if (v) {
    out.verdict = v.verdict;
    out.actualBump = v.actualBump;
    out.baseVersion = v.baseVersion ?? null;
    out.headVersion = v.headVersion ?? null;
    out.suggestedVersion = v.suggestedVersion ?? null;
    out.reasons = v.reasons;
  }
  if (report.footprint) out.footprint = report.footprint;
  if (report.lint) {
    const { count, byRule, findings } = report.lint.existing;
    out.lint = {
      new: report.lint.new.map(jsonFinding),
      existing: { count, byRule, ...findings ? { findings: findings.map(jsonFinding) } : {} }
    };
  }
  if (report.usage) out.usage = report.usage;
  return out;
}
function renderJson(report) {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}

// src/report/junit.ts
var NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
function escapeXml(text) {
  return revealHidden(String(text)).replace(NOT_XML, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;");
}
function failsOn(f, report, fails) {
  return report.verdict ? annotationLevel(f, fails) === "error" : atOrAbove(f.severity, report.failOn ?? "breaking");
}
function findingCase(f, report, fails) {
  const outcome = f.waived || f.approved ? "skipped" : failsOn(f, report, fails) ? "failure" : "passed";
  return {
    classname: oneLine(`${f.kind}.${f.subject}`),
    name: oneLine(`${f.rule}${f.path ? ` ${f.path}` : ""} (${f.severity})`),
    outcome,
    message: truncateText(`${f.message}${coveredNote(f)}`, 4e3)
  };
}
function caseXml(c) {
  const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}"`;
  if (c.outcome === "passed") return `${open}>
      <system-out>${escapeXml(c.message)}</system-out>
    </testcase>`;
  const tag = c.outcome === "failure" ? `<failure type="${escapeXml(c.name.split(" ")[0])}" message="${escapeXml(c.message)}"/>` : `<skipped message="${escapeXml(c.message)}"/>`;
  return `${open}>
      ${tag}
    </testcase>`;
}
function renderJunit(report) {
  const fails = reportFails(report);
  const label = oneLine(report.label, 100);
  const cases = report.findings.map((f) => findingCase(f, report, fails));
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    cases.push({ classname: "gate", name: `gate/${r.code}`, outcome: "failure", message: truncateText(r.message, 4e3) });
  }
  if (cases.length === 0) cases.push({ classname: "gate", name: "contract", outcome: "passed", message: headline(report).title });
  const failures = cases.filter((c) => c.outcome === "failure").length;
  const skipped = cases.filter((c) => c.outcome === "skipped").length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mcp-contract" ${counts}>`,
    `  <testsuite name="${escapeXml(`mcp-contract ${label}`)}" ${counts}>`,
    ...cases.map(caseXml),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/escape.ts
var ZWJ = "‍";
function neutraliseReferences(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}
function breakHtmlComments(text) {
  return text.replace(/<!--/g, `<!-${ZWJ}-`).replace(/--(?=!?>)/g, `-${ZWJ}-`);
}
function htmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeMarkdownText(text, maxLength = DEFAULT_TEXT_LIMIT) {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/\t/g, " ");
  const escaped = htmlEntities(shown).replace(/[\\`*_[\]{}#|~!$]/g, "\\$&").replace(/^(\s*)([-+=]|\d{1,9}[.)])(?=\s|$|[-=])/, (_m, sp, mark) => `${sp}${mark.replace(/([-+=.)])$/, "\\$1")}`);
  return neutraliseReferences(escaped).replace(/\n/g, "<br>");
}
function escapeHtmlText(text, maxLength = DEFAULT_TEXT_LIMIT) {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/[\t\n]/g, " ");
  return neutraliseReferences(htmlEntities(shown).replace(/`/g, "&#96;"));
}
function longestRun(text, ch) {
  let best = 0;
  for (const m of text.matchAll(new RegExp(`\\${ch}+`, "g"))) best = Math.max(best, m[0].length);
  return best;
}
function inlineCode(text, opts = {}) {
  let body = breakHtmlComments(oneLine(text, opts.maxLength ?? DEFAULT_TEXT_LIMIT).replace(/\t/g, " "));
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body === "") return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = /^[`\s]|[`\s]$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, lang = "", opts = {}) {
  const lines = revealHidden(String(text)).split("\n").map((l) => breakHtmlComments(breakWorkflowCommand(truncateText(l, opts.maxLineLength ?? 500))));
  const body = lines.join("\n");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  const info = lang.replace(/[^\w+-]/g, "");
  return `
${fence}${info}
${body}
${fence}
`;
}

// src/report/fold.ts
var FOLD_AFTER = 5;
var FOLD_SHOWN = 3;
var KIND_LABEL = {
  tool: "tool",
  prompt: "prompt",
  resource: "resource",
  resourceTemplate: "resource template",
  server: "server",
  catalog: "catalog"
};
var KIND_PLURAL = {
  tool: "tools",
  prompt: "prompts",
  resource: "resources",
  resourceTemplate: "resource templates",
  server: "servers",
  catalog: "catalogs"
};
var foldKey = (f) => `${f.severity}\0${f.kind}\0${f.rule}`;
var plain = (f) => (f.kind === "resource" || f.kind === "resourceTemplate") && !f.waived && !f.approved && !f.originalSeverity;
function foldRepeats(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) if (plain(f)) counts.set(foldKey(f), (counts.get(foldKey(f)) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  const foldedBy = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = foldKey(f);
    if (!plain(f) || (counts.get(key) ?? 0) <= FOLD_AFTER) {
      out.push({ finding: f });
      continue;
    }
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= FOLD_SHOWN) out.push({ finding: f });
    else if (n === FOLD_SHOWN + 1) {
      const rest = [f];
      foldedBy.set(key, rest);
      out.push({ folded: rest });
    } else foldedBy.get(key).push(f);
  }
  return out;
}

// src/report/witness.ts
var WITNESS_SHOWN = 200;
function witnessSentence(f, code, text) {
  const extra = f.extra;
  if (!extra) return void 0;
  if (extra.witness !== void 0) {
    const instance = code(stableJson(extra.witness));
    return f.rule.startsWith("output-") ? `the server may now return ${instance}, which the old schema rejected` : `this call was valid and is now rejected: ${instance}`;
  }
  if (typeof extra.witnessNote === "string") return `no witness found within the search budget (${text(extra.witnessNote)})`;
  return void 0;
}

// src/report/usage.ts
var REFERENCES_SHOWN = 5;
var EXAMPLE_SHOWN = 160;
var USAGE_LABEL_TEXT = {
  broken: "broken",
  "potentially-affected": "potentially affected",
  unaffected: "unaffected"
};
function usageSentence(f, w) {
  const u = usageOf(f);
  if (!u) return void 0;
  const parts = [
    `usage: ${w.strong(USAGE_LABEL_TEXT[u.label])}${u.demoted ? " (demoted to a warning: nothing uses it)" : ""} — ${w.text(u.reason, 300)}`
  ];
  if (u.references.length) {
    const shown = u.references.slice(0, REFERENCES_SHOWN).map((r) => w.location(r.file, r.line));
    parts.push(`in ${shown.join(", ")}${u.referenceCount > shown.length ? ` and ${u.referenceCount - shown.length} more` : ""}`);
  }
  const ex = u.calls?.example;
  if (ex) parts.push(`e.g. ${w.code(stableJson(ex.arguments), EXAMPLE_SHOWN)} (${w.text(ex.source, 120)}: ${w.text(ex.error, 120)})`);
  return parts.join("; ");
}
function usageEvidenceLines(section, w) {
  const lines = [];
  if (section.empty)
    lines.push("No usage evidence was read (no file matched, no call recorded): no finding is called unused, nothing is demoted.");
  for (const s of section.sources) {
    const what = s.kind === "references" ? `${s.count} file${s.count === 1 ? "" : "s"} scanned for references (${w.text(s.origin, 300)})` : `${s.count} recorded call${s.count === 1 ? "" : "s"} from ${w.text(s.origin, 200)}`;
    const age = s.oldest ? `, recorded ${w.text(s.oldest, 30)} to ${w.text(s.newest ?? s.oldest, 30)}` : s.kind === "calls" ? ", without times" : "";
    lines.push(`${what}${age}${s.notes.length ? ` (${w.text(s.notes.join("; "), 300)})` : ""}`);
  }
  const l = section.labels;
  if (section.demoteUnused && section.sources.some((s) => s.incomplete)) {
    lines.push("Nothing was demoted: a limit left some evidence unread (see above), and an unread file may hold the one use.");
  }
  lines.push(
    `Breaking findings: ${l.broken} broken, ${l["potentially-affected"]} potentially affected, ${l.unaffected} unaffected${section.demoteUnused ? `; ${section.demoted} demoted to warnings (demote-unused)` : ""}.`
  );
  return lines;
}

// src/report/markdown.ts
var DEFAULT_MAX_MARKDOWN = 65e3;
var DEFAULT_SUMMARY_POINTER = "The report was cut to fit a comment: the full report is in the job summary.";
function markdownUsageWriter(linkBase, inTable) {
  return {
    code: (text, maxLength) => inlineCode(text, { inTable, maxLength }),
    text: (text, maxLength) => escapeMarkdownText(text, maxLength),
    strong: (text) => `**${text}**`,
    location: (file, line) => {
      const shown = inlineCode(`${file}:${line}`, { inTable, maxLength: 120 });
      return linkBase ? `[${shown}](${linkBase}${file.split("/").map(encodeURIComponent).join("/")}#L${line})` : shown;
    }
  };
}
function usageSection(report) {
  if (!report.usage) return "";
  const w = markdownUsageWriter(void 0, false);
  return ["", "#### Usage evidence", "", ...usageEvidenceLines(report.usage, w).map((l) => `- ${l}`), ""].join("\n") + "\n";
}
var ICON = { breaking: "🛑", warning: "⚠️", safe: "✅", info: "ℹ️" };
function richText(message, opts = {}) {
  const max = opts.maxLength ?? 1e3;
  const parts = message.split("`");
  if (parts.length % 2 === 0) return escapeMarkdownText(message, max);
  return parts.map((p, i) => i % 2 === 1 ? inlineCode(p, { inTable: opts.inTable, maxLength: 160 }) : escapeMarkdownText(p, max)).join("");
}
function cellJson(value) {
  if (value === void 0) return "";
  return inlineCode(stableJson(value), { inTable: true, maxLength: 120 });
}
function findingBadges(f) {
  const badges = [];
  if (f.waived)
    badges.push(
      `waived: ${escapeMarkdownText(f.waived.reason, 120)}${f.waived.expires ? ` (until ${escapeMarkdownText(f.waived.expires, 20)})` : ""}`
    );
  if (f.approved) badges.push(`approved by ${escapeMarkdownText(f.approved.by, 80)}`);
  if (f.originalSeverity) badges.push(`was ${f.originalSeverity}`);
  return badges.length ? ` _(${badges.join("; ")})_` : "";
}
var MAX_REASONS = 15;
function reasonLines(reasons) {
  const lines = reasons.slice(0, MAX_REASONS).map((r) => `- ${richText(r.message)}`);
  if (reasons.length > MAX_REASONS) lines.push(`- … and ${reasons.length - MAX_REASONS} more like these (see the findings below).`);
  return lines;
}
function tools(n) {
  return `${n} tool${n === 1 ? "" : "s"}`;
}
function subjectKey(f) {
  return `${f.kind}\0${f.subject}`;
}
function detailsBlock(findings) {
  const first = findings[0];
  const counts = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const summary = ["breaking", "warning", "safe", "info"].filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(", ");
  const open = findings.some((f) => f.severity === "breaking" && !f.waived && !f.approved) ? " open" : "";
  const lines = [
    `<details${open}><summary>${ICON[first.severity]} ${KIND_LABEL[first.kind]} <code>${escapeHtmlText(first.subject, 120)}</code>: ${summary}</summary>`,
    "",
    "| Rule | Path | Before | After |",
    "|---|---|---|---|",
    ...findings.map(
      (f) => `| ${ICON[f.severity]} ${inlineCode(f.rule, { inTable: true })} | ${f.path ? inlineCode(f.path, { inTable: true, maxLength: 160 }) : ""} | ${cellJson(f.before)} | ${cellJson(f.after)} |`
    )
  ];
  for (const f of findings) {
    const segments = f.extra?.wordDiffSegments;
    if (Array.isArray(segments)) {
      const text = segments.map((s) => {
        const seg = s;
        return seg.op === "delete" ? `[-${seg.text}-]` : seg.op === "insert" ? `{+${seg.text}+}` : String(seg.text ?? "");
      }).join("");
      lines.push("", `Word diff of ${inlineCode(f.path || "/description")} (\`[-removed-]\` \`{+added+}\`):`, codeBlock(text, "text"));
    }
  }
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function foldedDetailsBlock(findings) {
  const f = findings[0];
  return [
    `<details><summary>${ICON[f.severity]} ${findings.length} more ${KIND_PLURAL[f.kind]}: <code>${escapeHtmlText(f.rule, 80)}</code></summary>`,
    "",
    "| Subject | Path | Before | After |",
    "|---|---|---|---|",
    ...findings.map(
      (x) => `| ${inlineCode(x.subject, { inTable: true, maxLength: 120 })} | ${x.path ? inlineCode(x.path, { inTable: true, maxLength: 160 }) : ""} | ${cellJson(x.before)} | ${cellJson(x.after)} |`
    ),
    "",
    "</details>",
    ""
  ].join("\n");
}
var MAX_EXISTING_LINT_SHOWN = 20;
function qualitySections(report) {
  const out = [];
  const f = report.footprint;
  if (f) {
    out.push(
      "#### Token footprint",
      "",
      `The tools cost about **${describeFootprint(f)}** of model context on every request (${f.tokenizer}; ${FOOTPRINT_CAVEAT}).`,
      ""
    );
    if (f.perTool.length) {
      out.push("| Tool | Base | Head | Change |", "|---|---:|---:|---:|");
      for (const t of f.perTool)
        out.push(
          `| ${inlineCode(t.tool, { inTable: true, maxLength: 80 })} | ${formatCount(t.base)} | ${formatCount(t.head)} | ${signed(t.delta)} |`
        );
      out.push("");
    }
  }
  const lint = report.lint;
  if (lint) {
    const n = lint.new.length, { count: e, byRule, findings } = lint.existing;
    out.push("#### Catalog quality", "");
    if (n + e === 0) out.push("No lint findings.", "");
    else {
      out.push(
        `**${n} new** lint finding${n === 1 ? "" : "s"} in this change${n ? " (in the table above; they count toward the gate)" : ""}; **${formatCount(e)} already there** (in the base too; not gated).`,
        ""
      );
      if (e) {
        out.push(
          `<details><summary>${formatCount(e)} lint finding${e === 1 ? "" : "s"} already in the base, by rule</summary>`,
          "",
          "| Rule | Findings |",
          "|---|---:|",
          ...Object.entries(byRule).map(([rule, k]) => `| ${inlineCode(rule, { inTable: true })} | ${formatCount(k)} |`),
          ""
        );
        if (findings?.length) {
          out.push("| Rule | Subject | Finding |", "|---|---|---|");
          for (const x of findings.slice(0, MAX_EXISTING_LINT_SHOWN)) {
            out.push(
              `| ${ICON[x.severity]} ${inlineCode(x.rule, { inTable: true })} | ${KIND_LABEL[x.kind]} ${inlineCode(x.subject, { inTable: true, maxLength: 80 })} | ${richText(x.message, { maxLength: 160, inTable: true })} |`
            );
          }
          if (findings.length > MAX_EXISTING_LINT_SHOWN)
            out.push(`| | | … and ${findings.length - MAX_EXISTING_LINT_SHOWN} more (all are in the JSON report) |`);
          out.push("");
        } else out.push('Listed one by one with `--lint all` (or `policy.quality.lintReport: "all"`).', "");
        out.push("</details>", "");
      }
    }
  }
  return out.length ? "\n" + out.join("\n") : "";
}
function markdownBlocks(report, opts = {}) {
  const h = headline(report);
  const v = report.verdict;
  const icon = h.status === "fail" ? "❌" : h.status === "pass" ? "✅" : h.status === "breaking" ? "🛑" : "✅";
  const head = [`### ${icon} mcp-contract: ${inlineCode(report.label, { maxLength: 100 })} — ${h.title}`, ""];
  if (h.actions.length) head.push("**What to do:**", "", ...reasonLines(h.actions), "");
  if (h.notes.length) head.push("**Notes:**", "", ...reasonLines(h.notes), "");
  const c = report.counts;
  head.push(
    `| ${ICON.breaking} Breaking | ${ICON.warning} Warning | ${ICON.safe} Safe | ${ICON.info} Info | Required bump | Version |`,
    "|---:|---:|---:|---:|---|---|",
    `| ${c.breaking} | ${c.warning} | ${c.safe} | ${c.info} | **${bumpLabel(report.requiredBump)}** | ${escapeMarkdownText(describeVersions(report), 120)}${v?.suggestedVersion ? ` → needs **${escapeMarkdownText(v.suggestedVersion, 40)}**` : ""} |`,
    "",
    `Base ${inlineCode(report.base.hash.slice(0, 19))} (${tools(report.base.toolCount)}${report.base.source ? `, ${inlineCode(report.base.source, { maxLength: 120 })}` : ""}) → head ${inlineCode(report.head.hash.slice(0, 19))} (${tools(report.head.toolCount)}${report.head.source ? `, ${inlineCode(report.head.source, { maxLength: 120 })}` : ""})`,
    ""
  );
  const rows = [];
  const items = foldRepeats(report.findings);
  if (report.findings.length) {
    head.push("| Severity | Rule | Subject | Change |", "|---|---|---|---|");
    for (const item of items) {
      if ("folded" in item) {
        const f2 = item.folded[0];
        const names = item.folded.slice(0, 10).map((x) => inlineCode(x.subject, { inTable: true, maxLength: 60 })).join(", ");
        rows.push(
          `| ${ICON[f2.severity]} ${SEVERITY_LABEL[f2.severity]} | ${inlineCode(f2.rule, { inTable: true })} | ${item.folded.length} more ${KIND_PLURAL[f2.kind]} | The same change for ${names}${item.folded.length > 10 ? ", …" : ""} (each in the details below and in the JSON report) |`
        );
        continue;
      }
      const f = item.finding;
      const witness = witnessSentence(
        f,
        (instance) => inlineCode(instance, { inTable: true, maxLength: WITNESS_SHOWN }),
        (note) => escapeMarkdownText(note, 300)
      );
      const usage = usageSentence(f, markdownUsageWriter(opts.usageLinkBase ?? report.usage?.linkBase, true));
      rows.push(
        `| ${ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${inlineCode(f.rule, { inTable: true })} | ${KIND_LABEL[f.kind]} ${inlineCode(f.subject, { inTable: true, maxLength: 80 })} | ${richText(f.message, { maxLength: 400, inTable: true })}${findingBadges(f)}${witness ? `<br>${witness}` : ""}${usage ? `<br>${usage}` : ""} |`
      );
    }
  }
  const folded = new Set(items.flatMap((i) => "folded" in i ? i.folded : []));
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (folded.has(f)) continue;
    const key = subjectKey(f);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const details = [...groups.values()].map(detailsBlock);
  for (const item of items) if ("folded" in item) details.push(foldedDetailsBlock(item.folded));
  return { head, rows, details };
}
function renderMarkdown(report, opts = {}) {
  const max = opts.maxLength ?? DEFAULT_MAX_MARKDOWN;
  const { head, rows, details } = markdownBlocks(report, opts);
  const headText = head.join("\n") + "\n";
  const rowsText = rows.map((r) => r + "\n");
  let quality = usageSection(report) + qualitySections(report);
  const detailsText = details.length ? ["\n#### Details\n\n", ...details] : [];
  const full = headText + rowsText.join("") + quality + detailsText.join("");
  if (full.length <= max) return full;
  const omittedNote = (rowsLeft, sectionsLeft) => {
    const parts = [];
    if (rowsLeft) parts.push(`${rowsLeft} more finding${rowsLeft === 1 ? "" : "s"}`);
    if (sectionsLeft) parts.push(`${sectionsLeft} detail section${sectionsLeft === 1 ? "" : "s"}`);
    return `
> ✂️ ${parts.join(" and ")} not shown. ${opts.summaryPointer ?? DEFAULT_SUMMARY_POINTER}
`;
  };
  const note = omittedNote(rows.length, details.length).length;
  if (headText.length + quality.length + note > max) quality = "";
  const reserve = note + quality.length;
  let out = headText;
  if (out.length + reserve > max) {
    const h = headline(report);
    return `### mcp-contract — ${h.title}
` + omittedNote(rows.length, details.length);
  }
  let shownRows = 0;
  for (const r of rowsText) {
    if (out.length + r.length + reserve > max) break;
    out += r;
    shownRows++;
  }
  out += quality;
  let shownDetails = 0;
  if (shownRows === rows.length && detailsText.length) {
    const [title, ...sections] = detailsText;
    if (out.length + title.length + (sections[0]?.length ?? 0) + note <= max) {
      out += title;
      for (const s of sections) {
        if (out.length + s.length + note > max) break;
        out += s;
        shownDetails++;
      }
    }
  }
  return out + omittedNote(rows.length - shownRows, details.length - shownDetails);
}

// src/report/sarif.ts
var LEVEL = { breaking: "error", warning: "warning", safe: "note", info: "note" };
function pascal(id) {
  return id.split(/[-/]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function toSarifLog(report, opts = {}) {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { severity: r.severity, direction: r.direction, subject: r.subject }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id, level, description) => {
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, name: pascal(id), shortDescription: { text: description }, defaultConfiguration: { level }, properties: {} });
    }
    return index.get(id);
  };
  const snapshotUri = opts.snapshotUri ?? "mcp-contract.snapshot.json";
  const results = report.findings.map((f) => {
    const loc = opts.locate?.(f);
    const suppressed = f.waived ? [
      {
        kind: "external",
        status: "accepted",
        justification: `waived: ${f.waived.reason}${f.waived.expires ? ` (until ${f.waived.expires})` : ""}`
      }
    ] : f.approved ? [{ kind: "external", status: "accepted", justification: `approved by ${f.approved.by}` }] : void 0;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex(f.rule, LEVEL[f.severity], f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: loc?.uri ?? snapshotUri },
            ...loc?.line ? { region: { startLine: loc.line } } : {}
          },
          logicalLocations: [
            { name: f.subject, fullyQualifiedName: `${f.kind}:${f.subject}${f.path}`, kind: f.kind === "tool" ? "function" : "object" }
          ]
        }
      ],
      partialFingerprints: { "mcpContract/v1": `${f.rule}|${f.kind}|${f.subject}|${f.path}` },
      properties: { severity: f.severity, path: f.path, ...f.originalSeverity ? { originalSeverity: f.originalSeverity } : {} },
      ...suppressed ? { suppressions: suppressed } : {}
    };
  });
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    const id = `gate/${r.code}`;
    results.push({
      ruleId: id,
      ruleIndex: ruleIndex(id, "error", `The version gate failed: ${r.code}`),
      level: "error",
      message: { text: r.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: snapshotUri } } }]
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "mcp-contract", version: VERSION, rules } },
        automationDetails: { id: `mcp-contract/${report.label}` },
        results
      }
    ]
  };
}
function renderSarif(report, opts = {}) {
  return JSON.stringify(toSarifLog(report, opts), null, 2) + "\n";
}

// src/report/text.ts
var TEXT_USAGE_WRITER = {
  code: (text, max) => oneLine(text, max),
  text: (text, max) => oneLine(text, max),
  strong: (text) => text.toUpperCase(),
  location: (file, line) => `${oneLine(file, 160)}:${line}`
};
var ANSI = { red: "31", yellow: "33", green: "32", dim: "2", bold: "1", cyan: "36" };
var SEVERITY_COLOR = { breaking: "red", warning: "yellow", safe: "green", info: "dim" };
function json(value) {
  return value === void 0 ? "—" : oneLine(stableJson(value), 100);
}
function renderText(report, opts = {}) {
  const paint = (color, s) => opts.color ? `\x1B[${ANSI[color]}m${s}\x1B[0m` : s;
  const h = headline(report);
  const mark = h.status === "fail" ? paint("red", "✗ FAIL") : h.status === "pass" ? paint("green", "✓ PASS") : h.status === "breaking" ? paint("red", "✗ BREAKING") : paint("green", "✓ OK");
  const lines = [`${mark}  ${oneLine(report.label, 100)}: ${h.title}`];
  lines.push(
    `  version ${oneLine(describeVersions(report), 120)}; required bump: ${report.requiredBump}${report.verdict?.suggestedVersion ? `; needs ${oneLine(report.verdict.suggestedVersion, 40)}` : ""}${whyItPasses(report)}`
  );
  lines.push(
    paint(
      "dim",
      `  base ${report.base.hash.slice(0, 19)} (${report.base.toolCount} tool${report.base.toolCount === 1 ? "" : "s"}${report.base.source ? `, ${oneLine(report.base.source, 120)}` : ""}) → head ${report.head.hash.slice(0, 19)} (${report.head.toolCount} tool${report.head.toolCount === 1 ? "" : "s"}${report.head.source ? `, ${oneLine(report.head.source, 120)}` : ""})`
    )
  );
  if (h.actions.length) {
    lines.push("", paint("bold", "What to do:"));
    for (const r of h.actions) lines.push(`  - ${oneLine(r.message, 1e3)}`);
  }
  if (h.notes.length) {
    lines.push("");
    for (const r of h.notes) lines.push(paint("dim", `  note: ${oneLine(r.message, 1e3)}`));
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push("", paint(SEVERITY_COLOR[severity], paint("bold", `${SEVERITY_LABEL[severity].toUpperCase()} (${group.length})`)));
    for (const item of foldRepeats(group)) {
      if ("finding" in item) lines.push(...findingLines(item.finding, paint));
      else {
        const names = item.folded.slice(0, 8).map((x) => oneLine(x.subject, 60)).join(", ");
        lines.push(
          `  ${paint("cyan", item.folded[0].rule)}  … and ${item.folded.length} more ${KIND_PLURAL[item.folded[0].kind]} with the same change: ${names}${item.folded.length > 8 ? ", …" : ""} (all in --format json)`
        );
      }
    }
  }
  if (report.usage)
    lines.push("", paint("bold", "USAGE EVIDENCE"), ...usageEvidenceLines(report.usage, TEXT_USAGE_WRITER).map((l) => `  ${l}`));
  lines.push(...qualityLines(report, paint));
  return lines.join("\n") + "\n";
}
function whyItPasses(report) {
  const v = report.verdict;
  if (!v || v.verdict !== "pass" || v.requiredBump === "none") return "";
  const actual = v.actualBump;
  if (actual !== "downgrade" && actual !== "unknown" && BUMP_ORDER.indexOf(actual) >= BUMP_ORDER.indexOf(v.requiredBump)) {
    return " (the version bump covers it)";
  }
  if (v.findings.some((f) => f.approved)) return ` (it passes: the changes that need the ${v.requiredBump} bump are approved)`;
  if (v.findings.some((f) => f.waived)) {
    return ` (it passes: what would fail it is waived, the rest is below policy.failOn, so the ${v.requiredBump} bump is advice)`;
  }
  return ` (it passes: no finding is severe enough to fail this check, so the ${v.requiredBump} bump is advice; policy.failOn sets the severity that fails)`;
}
function qualityLines(report, paint) {
  const lines = [];
  const f = report.footprint;
  if (f) {
    const totalShown = report.findings.some((x) => x.rule === "catalog-footprint-grew");
    const header = totalShown ? `by tool (the total is in catalog-footprint-grew above; ${f.tokenizer}, an estimate)` : `${describeFootprint(f)} per request (${f.tokenizer}; ${FOOTPRINT_CAVEAT})`;
    if (!totalShown || f.perTool.length) lines.push("", `${paint("bold", "TOKEN FOOTPRINT")}  ${header}`);
    const width = Math.max(0, ...f.perTool.map((t) => signed(t.delta).length));
    for (const t of f.perTool)
      lines.push(`  ${signed(t.delta).padStart(width)}  ${oneLine(t.tool, 100)} (${formatCount(t.base)} → ${formatCount(t.head)})`);
  }
  const lint = report.lint;
  if (lint) {
    const { count: e, byRule, findings } = lint.existing;
    const n = lint.new.length;
    const unchanged = report.base.hash === report.head.hash && report.findings.length === 0;
    const fresh = n === 0 ? "nothing new in this change" : `${n} new in this change (listed above with the other findings; they count toward the gate)`;
    const old = e === 0 ? "none the base already had" : `${formatCount(e)} the base already had (not gated${findings ? "" : "; `--lint all` lists them"})${unchanged ? "" : ":"}`;
    lines.push("", `${paint("bold", "LINT")}  ${fresh}; ${old}`);
    if (unchanged) return lines;
    for (const [rule, k] of Object.entries(byRule)) lines.push(paint("dim", `  ${formatCount(k).padStart(7)}  ${rule}`));
    for (const x of findings ?? [])
      lines.push(paint("dim", `  ${x.rule}  ${x.kind} ${oneLine(x.subject, 100)}: ${oneLine(x.message, 300)}`));
  }
  return lines;
}
function quotes(message, value) {
  const word = (c) => c !== void 0 && /[\w]/.test(c);
  for (let at = message.indexOf(value); at >= 0; at = message.indexOf(value, at + 1)) {
    const before = message[at - 1], after = message[at + value.length];
    const decimal = after === "." && /\d/.test(message[at + value.length + 1] ?? "");
    if (!word(before) && before !== "." && !word(after) && !decimal) return true;
  }
  return false;
}
function valueLine(f) {
  if (f.before === void 0 && f.after === void 0) return void 0;
  const shown = [f.before, f.after].filter((v) => v !== void 0).map((v) => json(v));
  if (shown.every((text) => quotes(f.message, text))) return void 0;
  if (f.before === void 0) return `added: ${json(f.after)}`;
  if (f.after === void 0) return `removed: ${json(f.before)}`;
  return `${json(f.before)} → ${json(f.after)}`;
}
function findingLines(f, paint) {
  const tags = [
    f.waived ? `waived: ${oneLine(f.waived.reason, 120)}${f.waived.expires ? ` (until ${oneLine(f.waived.expires, 20)})` : ""}` : "",
    f.approved ? `approved by ${oneLine(f.approved.by, 80)}` : "",
    f.originalSeverity ? `was ${f.originalSeverity}` : ""
  ].filter(Boolean);
  const out = [
    `  ${paint("cyan", f.rule)}  ${f.kind} ${oneLine(f.subject, 100)}${f.path ? ` ${oneLine(f.path, 160)}` : ""}${tags.length ? paint("dim", `  [${tags.join("; ")}]`) : ""}`
  ];
  out.push(`    ${oneLine(f.message, 600)}`);
  const values = valueLine(f);
  if (values) out.push(paint("dim", `    ${values}`));
  const witness = witnessSentence(
    f,
    (instance) => oneLine(instance, WITNESS_SHOWN),
    (note) => oneLine(note, 300)
  );
  if (witness) out.push(`    ${witness}`);
  const usage = usageSentence(f, TEXT_USAGE_WRITER);
  if (usage) out.push(`    ${usage}`);
  return out;
}

// src/report/render.ts
var REPORT_FORMATS = ["text", "markdown", "json", "sarif", "githubactions", "junit"];
function renderReport(report, format, opts = {}) {
  switch (format) {
    case "text":
      return renderText(report, opts);
    case "markdown":
      return renderMarkdown(report, opts);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, opts);
    case "githubactions":
      return renderGithubActions(report, opts);
    case "junit":
      return renderJunit(report);
  }
}
function parseFormat(value, fallback = "text") {
  if (value === void 0) return fallback;
  if (REPORT_FORMATS.includes(value)) return value;
  throw new UserError(`unknown --format "${value}"`, { hint: `use one of: ${REPORT_FORMATS.join(", ")}.` });
}

export {
  escapeMarkdownText,
  inlineCode,
  codeBlock,
  SARIF_SCHEMA,
  toSarifLog,
  describeVersions,
  bumpLabel,
  headline,
  MAX_WORKFLOW_ANNOTATIONS,
  annotationLevel,
  coveredNote,
  annotationTitle,
  toJsonReport,
  KIND_LABEL,
  ICON,
  REPORT_FORMATS,
  renderReport,
  parseFormat
};
