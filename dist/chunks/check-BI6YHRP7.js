import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  CONFIG_OPTIONS,
  CONFIG_USAGE,
  loadCommandConfig
} from "./chunk-SWWO6TXL.js";
import {
  checkLock
} from "./chunk-2A2J7XWN.js";
import {
  TARGET_OPTIONS,
  TARGET_USAGE,
  hasTargetArgs,
  mergeTargets,
  splitAtDoubleDash,
  targetFromArgs
} from "./chunk-HHVDZ62E.js";
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
  runCheck
} from "./chunk-BD5RAKUT.js";
import "./chunk-UFM5R4RP.js";
import "./chunk-TXYC3PRH.js";
import "./chunk-35HQT3CQ.js";
import {
  renderReport
} from "./chunk-7LNQ2JRB.js";
import "./chunk-JIIKWVSW.js";
import "./chunk-3XHGYLPM.js";
import "./chunk-ZDAMOFGY.js";
import {
  FAIL_ON,
  isFailOn,
  parseLintReportFlag,
  policyForRun,
  writeFileAtomic
} from "./chunk-DEY5WHHG.js";
import "./chunk-LLRBDKEF.js";
import {
  usageOf
} from "./chunk-D2AULK6V.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import {
  EXIT,
  UserError,
  oneLine
} from "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";

// src/commands/check.ts
var CHECK_USAGE = `Usage: mcp-contract check --baseline <FILE|git:REF:PATH> [options] -- <server command> [args...]
       mcp-contract check --baseline <FILE|git:REF:PATH> --head FILE [options]
       mcp-contract check --lock FILE [--server NAME] [--format FMT]   (in an agent's repository, see \`mcp-contract lock\`)

Captures the server, diffs its catalog against the baseline and gates the version bump:
breaking changes need a major bump (a minor one under 1.0.0), unless waived in the policy or approved.

Options:
  --baseline SRC          the base contract: a snapshot file or git:REF:PATH (e.g. git:origin/main:mcp-contract.snapshot.json)
  --head FILE             gate this catalog file instead of capturing a server
  --lock FILE             consumer check: fail when a tool or parameter the lock's repository references broke
  --snapshot FILE         also fail when the committed snapshot FILE no longer matches the live catalog
${CONFIG_USAGE}
  --server NAME           which server of the config to check (needed when it lists several)
  --out-report FILE       also write the report to FILE (format from the extension: .md, .sarif, .txt, .xml
                          for JUnit; else JSON)
  --fail-on LEVEL         the lowest severity the version bump must cover: breaking (default), warning or safe.
                          A change at or above LEVEL fails unless the version moved enough for it (breaking: major,
                          or minor under 1.0.0; safe: minor; warning: patch), a waiver or --approve-breaking covers
                          it; changes below LEVEL are reported and still raise the required bump, but never fail.
                          Overrides policy.failOn. (\`diff --fail-on\` has no versions: any finding at LEVEL fails.)
  --approve-breaking      let breaking changes pass without the major bump; the report records the approval
  --now YYYY-MM-DD        the date used for waiver expiry and deprecation sunsets (default: today)
${QUALITY_USAGE}
  --help                  show this help

${OUTPUT_USAGE}

${USAGE_HELP}

${TARGET_USAGE}

Exit codes: 0 pass, 1 the contract is violated, 2 usage/config/input error, 3 the server could not be captured.`;
var OPTIONS = {
  ...TARGET_OPTIONS,
  ...OUTPUT_OPTIONS,
  ...CONFIG_OPTIONS,
  ...USAGE_OPTIONS,
  baseline: { type: "string" },
  lock: { type: "string" },
  head: { type: "string" },
  snapshot: { type: "string" },
  server: { type: "string" },
  "out-report": { type: "string" },
  "fail-on": { type: "string" },
  "approve-breaking": { type: "boolean" },
  now: { type: "string" },
  ...QUALITY_OPTIONS,
  help: { type: "boolean", short: "h" }
};
function usageError(message, hint = "run `mcp-contract check --help` for the usage.") {
  return new UserError(message, { hint });
}
function parseNow(value) {
  if (value === void 0) return void 0;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? /* @__PURE__ */ new Date(`${value}T12:00:00Z`) : /* @__PURE__ */ new Date(NaN);
  if (Number.isNaN(date.getTime())) throw usageError(`--now must be a date like 2026-03-01, got "${value}"`);
  return date;
}
function formatForFile(file) {
  if (/\.(md|markdown)$/i.test(file)) return "markdown";
  if (/\.sarif(\.json)?$/i.test(file)) return "sarif";
  if (/\.txt$/i.test(file)) return "text";
  if (/\.xml$/i.test(file)) return "junit";
  return "json";
}
function configuredServer(loaded, name) {
  const servers = loaded?.config.servers ?? [];
  const names = servers.map((s) => oneLine(s.name ?? "(unnamed)", 80)).join(", ");
  const file = loaded?.shownAs ?? "the config";
  if (name !== void 0) {
    const found = servers.find((s) => s.name === name);
    if (!found) throw usageError(`no server named "${oneLine(name, 80)}" in ${file}`, `${file} lists: ${names || "no servers"}.`);
    return found;
  }
  if (servers.length > 1)
    throw usageError(
      `${file} lists ${servers.length} servers; choose one with --server NAME`,
      `names: ${names} (or --no-config to check only the server given on the command line).`
    );
  return servers[0];
}
async function run(argv) {
  const { flags, command } = splitAtDoubleDash(argv);
  const { values, positionals } = parseFlags(flags, OPTIONS, { command: "check", serverAfterDoubleDash: true });
  if (values.help) {
    process.stdout.write(CHECK_USAGE + "\n");
    return EXIT.ok;
  }
  if (values.lock !== void 0) return runLockCheck(values.lock, values, command, outputSettings(values));
  if (!values.baseline) {
    throw usageError(
      "check needs --baseline (the base contract)",
      "e.g. --baseline git:origin/main:mcp-contract.snapshot.json, or a snapshot file written by `mcp-contract snapshot`."
    );
  }
  if (positionals.length) {
    throw usageError(
      `unexpected argument "${oneLine(positionals[0], 80)}" for mcp-contract check`,
      `put the server command after --: \`mcp-contract check --baseline ${oneLine(values.baseline, 80)} -- ${oneLine(positionals.join(" "), 120)}\`.`
    );
  }
  const output = outputSettings(values);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !isFailOn(failOn)) {
    throw usageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  }
  const now = parseNow(values.now);
  const lintReport = values.lint !== void 0 ? parseLintReportFlag(values.lint) : void 0;
  const loaded = await loadCommandConfig(values, {
    discover: true,
    say: output.quiet ? void 0 : (line) => process.stderr.write(line + "\n")
  });
  const config = loaded?.config;
  const usage = usageSettings(values, config?.usage);
  const policy = policyForRun(config?.policy, {
    ...failOn !== void 0 ? { failOn } : {},
    ...values["no-lint"] ? { lint: false } : {},
    ...values["no-footprint"] ? { footprint: false } : {},
    ...lintReport ? { lintReport } : {}
  });
  let target;
  let refreshCommand;
  if (values.head === void 0) {
    const fromFlags = targetFromArgs(values, command);
    const fromConfig = configuredServer(loaded, values.server);
    const flagged = hasTargetArgs(values, command);
    target = fromConfig ? flagged ? mergeTargets(fromConfig, fromFlags) : fromConfig : flagged ? fromFlags : void 0;
    if (fromConfig && !flagged && values.snapshot !== void 0) {
      refreshCommand = (config?.servers?.length ?? 0) > 1 ? `npx mcp-contract snapshot --config ${loaded?.shownAs}` : `npx mcp-contract snapshot --config ${loaded?.shownAs} --out ${values.snapshot}`;
    }
  } else if (hasTargetArgs(values, command)) {
    throw usageError(
      "give either a server to capture or --head FILE, not both",
      "drop `--head` to check the live server, or drop the server command to gate two files."
    );
  }
  const result = await runCheck({
    ...target ? { target } : {},
    ...values.head !== void 0 ? { headFile: values.head } : {},
    baseline: values.baseline,
    ...values.snapshot !== void 0 ? { snapshotFile: values.snapshot } : {},
    ...refreshCommand ? { refreshCommand } : {},
    policy,
    ...values["approve-breaking"] ? { approved: { by: "the --approve-breaking flag" } } : {},
    ...now ? { now } : {},
    ...usage ? { usage } : {}
  });
  printReport(result.report, output, values.snapshot ? { snapshotUri: values.snapshot } : {});
  const reportFile = values["out-report"];
  if (reportFile !== void 0) {
    try {
      await writeFileAtomic(
        reportFile,
        renderReport(result.report, formatForFile(reportFile), values.snapshot ? { snapshotUri: values.snapshot } : {})
      );
    } catch (err) {
      throw new UserError(`could not write the report to ${reportFile}: ${err.message}`, {
        hint: "check that the directory exists and is writable.",
        cause: err
      });
    }
  }
  return result.exitCode;
}
async function runLockCheck(file, values, command, output) {
  const checks = await checkLock(file, {
    ...hasTargetArgs(values, command) ? { target: targetFromArgs(values, command) } : {},
    ...values.server !== void 0 ? { server: values.server } : {}
  });
  let failed = false;
  for (const c of checks) {
    printReport(c.report, output);
    if (c.failing.length === 0) {
      if (output.format === "text" && !output.quiet)
        process.stdout.write(
          `✓ lock ${oneLine(file, 200)}: no tool or parameter this repository references broke on ${oneLine(c.server, 80)}
`
        );
      continue;
    }
    failed = true;
    const files = [...new Set(c.failing.flatMap((f) => usageOf(f)?.references ?? []).map((r) => `${r.file}:${r.line}`))];
    process.stderr.write(
      `✗ lock ${oneLine(file, 200)}: ${c.failing.length} breaking change${c.failing.length === 1 ? "" : "s"} on ${oneLine(c.server, 80)} reach${c.failing.length === 1 ? "es" : ""} this repository${files.length ? `; update ${files.slice(0, 10).map((f) => oneLine(f, 200)).join(", ")}${files.length > 10 ? ", …" : ""}` : ""}, then refresh the lock with \`mcp-contract lock\`
`
    );
  }
  return failed ? EXIT.violated : EXIT.ok;
}
export {
  CHECK_USAGE,
  run
};
