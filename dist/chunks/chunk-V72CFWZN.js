import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  OUTPUT_OPTIONS,
  OUTPUT_USAGE,
  QUALITY_OPTIONS,
  QUALITY_USAGE,
  USAGE_HELP,
  USAGE_OPTIONS,
  outputSettings,
  printReport,
  usageSettings
} from "./chunk-QHT5S2TF.js";
import {
  parseFlags
} from "./chunk-H2NRQG2R.js";
import {
  loadCatalogPair
} from "./chunk-JIIKWVSW.js";
import {
  analyze,
  buildReport,
  prepareQuality
} from "./chunk-3XHGYLPM.js";
import {
  FAIL_ON,
  isFailOn,
  parseLintReportFlag,
  policyForRun
} from "./chunk-DEY5WHHG.js";
import {
  atOrAbove,
  toSnapshot
} from "./chunk-D2AULK6V.js";
import {
  EXIT,
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/commands/diff.ts
var DIFF_USAGE = `Usage: mcp-contract diff BASE HEAD [options]

Diffs two MCP catalogs and classifies every change by rule (see \`mcp-contract rules\`).
BASE and HEAD are each one of:
  a snapshot file written by \`mcp-contract snapshot\`
  a raw tools/list result, e.g. {"tools": [...]} (optionally with serverInfo, prompts, resources, resourceTemplates)
  git:REF:PATH   the file as it is at a git revision, e.g. git:origin/main:mcp-contract.snapshot.json
  -              standard input (one of the two at most)

Options:
  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL: breaking (default), warning or safe
                          (oasdiff's --fail-on; \`check --fail-on\` gates on the version bump instead)
  --no-oracle             skip the set-theoretic schema check (faster; undecided schema changes are reported as inconclusive)
${QUALITY_USAGE}
  --help                  show this help

${OUTPUT_USAGE}

${USAGE_HELP}

The required bump is read on the base's version line (its serverInfo.version), the rule \`check\` gates with:
under 1.0.0 a breaking change needs a minor bump and a safe one a patch; without a base version, or from 1.0.0,
breaking → major, safe → minor, warning/info → patch. \`diff\` compares no versions: \`check\` does.

Exit codes: 0 no finding at the --fail-on level, 1 at least one (by default: a breaking change), 2 bad input or usage.`;
var OPTIONS = {
  ...OUTPUT_OPTIONS,
  ...USAGE_OPTIONS,
  "fail-on": { type: "string" },
  "no-oracle": { type: "boolean" },
  ...QUALITY_OPTIONS,
  help: { type: "boolean", short: "h" }
};
function usageError(message) {
  return new UserError(message, {
    hint: "run `mcp-contract diff --help` for the usage, e.g. `mcp-contract diff git:origin/main:mcp-contract.snapshot.json mcp-contract.snapshot.json`."
  });
}
function parseDiffArgs(argv, env = process.env) {
  const { values, positionals } = parseFlags(argv, OPTIONS, { command: "diff" });
  if (values.help) return "help";
  if (positionals.length !== 2) throw usageError(`diff needs exactly two catalogs (BASE and HEAD), got ${positionals.length}`);
  if (positionals[0] === "-" && positionals[1] === "-") throw usageError('only one of BASE and HEAD can be "-" (standard input)');
  const failOn = values["fail-on"] ?? "breaking";
  if (!isFailOn(failOn)) throw usageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  const usage = usageSettings(values, void 0);
  return {
    base: positionals[0],
    head: positionals[1],
    output: outputSettings(values, env),
    failOn,
    oracle: !values["no-oracle"],
    lint: !values["no-lint"],
    ...values.lint !== void 0 ? { lintReport: parseLintReportFlag(values.lint) } : {},
    footprint: !values["no-footprint"],
    ...usage ? { usage } : {}
  };
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
async function diffReport(base, head, opts) {
  const options = {
    policy: policyForRun(void 0, {
      lint: opts.lint,
      footprint: opts.footprint,
      ...opts.lintReport ? { lintReport: opts.lintReport } : {}
    }),
    oracle: opts.oracle
  };
  if (opts.footprint) prepareQuality({ lint: false, footprint: true });
  const { baseSnap, headSnap, baseSource, headSource } = await loadSnapshots(base, head);
  const analysis = await analyze(baseSnap, headSnap, options);
  const weighed = opts.usage ? await (await import("./usage-R6QHNK7R.js")).weighRun(analysis.findings, baseSnap, headSnap, opts.usage) : void 0;
  const findings = weighed?.findings ?? analysis.findings;
  const report = buildReport({
    label: headSnap.server.name ?? baseSnap.server.name ?? "mcp server",
    base: baseSnap,
    head: headSnap,
    baseSource,
    headSource,
    findings,
    // Demoted findings change the bump: then it is computed from the weighed findings.
    ...weighed ? {} : { requiredBump: analysis.requiredBump },
    ...analysis.footprint ? { footprint: analysis.footprint } : {},
    ...analysis.existing ? { lintExisting: analysis.existing } : {},
    ...weighed ? { usage: weighed.section } : {}
  });
  return { report, findings };
}
async function run(argv) {
  const args = parseDiffArgs(argv);
  if (args === "help") {
    process.stdout.write(DIFF_USAGE + "\n");
    return EXIT.ok;
  }
  const { report, findings } = await diffReport(args.base, args.head, args);
  if (args.failOn !== "breaking") report.failOn = args.failOn;
  printReport(report, args.output);
  return findings.some((f) => atOrAbove(f.severity, args.failOn)) ? EXIT.violated : EXIT.ok;
}

export {
  DIFF_USAGE,
  parseDiffArgs,
  diffReport,
  run
};
