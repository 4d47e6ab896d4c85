import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  analyze,
  buildReport,
  parseFormat,
  prepareQuality,
  renderReport
} from "./chunk-TJHMT5UZ.js";
import {
  loadCatalogPair,
  policyForRun
} from "./chunk-2ITGPQYB.js";
import "./chunk-ESZQCZIQ.js";
import {
  toSnapshot
} from "./chunk-4CB2JE25.js";
import "./chunk-BPB3YESS.js";
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

// src/commands/diff.ts
var DIFF_USAGE = `Usage: mcp-contract diff BASE HEAD [--format text|markdown|json|sarif] [--no-oracle] [--no-lint] [--no-footprint]

Diffs two MCP catalogs and classifies every change by rule (see \`mcp-contract rules\`).
BASE and HEAD are each one of:
  a snapshot file written by \`mcp-contract snapshot\`
  a raw tools/list result, e.g. {"tools": [...]} (optionally with serverInfo, prompts, resources, resourceTemplates)
  git:REF:PATH   the file as it is at a git revision, e.g. git:origin/main:mcp-contract.snapshot.json

Options:
  --format FMT   text (default), markdown, json or sarif
  --no-oracle    skip the set-theoretic schema check (faster; undecided schema changes are reported as inconclusive)
  --no-lint      skip the catalog lint (descriptions, names, parameters, schema validity)
  --no-footprint skip the token count of the tools (o200k_base estimate)
  --help         show this help

The required bump is read on the base's version line (its serverInfo.version), the rule \`check\` gates with:
under 1.0.0 a breaking change needs a minor bump and a safe one a patch; without a base version, or from 1.0.0,
breaking → major, safe → minor, warning/info → patch. \`diff\` compares no versions: \`check\` does.

Exit codes: 0 no breaking change, 1 at least one breaking change, 2 bad input or usage.`;
function usageError(message) {
  return new UserError(message, {
    hint: "run `mcp-contract diff --help` for the usage, e.g. `mcp-contract diff git:origin/main:mcp-contract.snapshot.json mcp-contract.snapshot.json`."
  });
}
function parseDiffArgs(argv) {
  const positional = [];
  let format = "text";
  let oracle = true, lint = true, footprint = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--no-oracle") {
      oracle = false;
      continue;
    }
    if (arg === "--no-lint") {
      lint = false;
      continue;
    }
    if (arg === "--no-footprint") {
      footprint = false;
      continue;
    }
    if (arg === "--format" || arg.startsWith("--format=")) {
      format = parseFormat(arg === "--format" ? argv[++i] ?? "" : arg.slice("--format=".length));
      continue;
    }
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") throw usageError(`unknown option ${arg} for diff`);
    positional.push(arg);
  }
  if (positional.length !== 2) throw usageError(`diff needs exactly two catalogs (BASE and HEAD), got ${positional.length}`);
  return { base: positional[0], head: positional[1], format, oracle, lint, footprint };
}
async function loadSnapshots(baseSource, headSource) {
  const [base, head] = await loadCatalogPair(baseSource, headSource);
  return {
    baseSnap: toSnapshot(base.catalog),
    headSnap: toSnapshot(head.catalog, base.catalog),
    baseSource: base.source,
    headSource: head.source
  };
}
async function run(argv) {
  const args = parseDiffArgs(argv);
  if (args === "help") {
    process.stdout.write(DIFF_USAGE + "\n");
    return EXIT.ok;
  }
  const options = { policy: policyForRun(void 0, { lint: args.lint, footprint: args.footprint }), oracle: args.oracle };
  if (args.footprint) prepareQuality({ lint: false, footprint: true });
  const { baseSnap, headSnap, baseSource, headSource } = await loadSnapshots(args.base, args.head);
  const analysis = await analyze(baseSnap, headSnap, options);
  const report = buildReport({
    label: headSnap.server.name ?? baseSnap.server.name ?? "mcp server",
    base: baseSnap,
    head: headSnap,
    baseSource,
    headSource,
    findings: analysis.findings,
    requiredBump: analysis.requiredBump,
    ...analysis.footprint ? { footprint: analysis.footprint } : {},
    ...analysis.existing ? { lintExisting: analysis.existing } : {}
  });
  const out = renderReport(report, args.format, {
    color: args.format === "text" && process.stdout.isTTY === true && !process.env.NO_COLOR
  });
  process.stdout.write(out.endsWith("\n") ? out : out + "\n");
  return analysis.findings.some((f) => f.severity === "breaking") ? EXIT.violated : EXIT.ok;
}
export {
  DIFF_USAGE,
  parseDiffArgs,
  run
};
