import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  TARGET_OPTIONS,
  TARGET_USAGE,
  hasTargetArgs,
  mergeTargets,
  splitAtDoubleDash,
  targetFromArgs
} from "./chunk-VRK55TT4.js";
import {
  FAIL_ON,
  isFailOn,
  runCheck
} from "./chunk-CCYA7P4C.js";
import "./chunk-OLMY2JW7.js";
import {
  parseFormat,
  renderReport
} from "./chunk-TJHMT5UZ.js";
import {
  policyForRun,
  resolveConfig,
  writeFileAtomic
} from "./chunk-2ITGPQYB.js";
import "./chunk-ESZQCZIQ.js";
import "./chunk-4CB2JE25.js";
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

// src/commands/check.ts
import { parseArgs } from "node:util";
var CHECK_USAGE = `Usage: mcp-contract check --baseline <FILE|git:REF:PATH> [options] -- <server command> [args...]
       mcp-contract check --baseline <FILE|git:REF:PATH> --head FILE [options]

Captures the server, diffs its catalog against the baseline and gates the version bump:
breaking changes need a major bump (a minor one under 1.0.0), unless waived in the policy or approved.

Options:
  --baseline SRC          the base contract: a snapshot file or git:REF:PATH (e.g. git:origin/main:mcp-contract.snapshot.json)
  --head FILE             gate this catalog file instead of capturing a server
  --snapshot FILE         also fail when the committed snapshot FILE no longer matches the live catalog
  --config FILE           config file (policy: failOn, overrides, waivers, versionSources; servers);
                          the paths inside it are relative to the config file
  --server NAME           which server of the config to check (needed when it lists several)
  --format FMT            text (default), markdown, json or sarif
  --out-report FILE       also write the report to FILE (format from the extension: .md, .sarif, .txt; else JSON)
  --fail-on LEVEL         breaking (default), warning or safe: the lowest severity that needs its bump
  --approve-breaking      let breaking changes pass without the major bump; the report records the approval
  --now YYYY-MM-DD        the date used for waiver expiry and deprecation sunsets (default: today)
  --no-lint               skip the catalog lint (descriptions, names, parameters, schema validity)
  --no-footprint          skip the token count of the tools (o200k_base estimate)
  --help                  show this help

${TARGET_USAGE}

Exit codes: 0 pass, 1 the contract is violated, 2 usage/config/input error, 3 the server could not be captured.`;
var OPTIONS = {
  ...TARGET_OPTIONS,
  baseline: { type: "string" },
  head: { type: "string" },
  snapshot: { type: "string" },
  config: { type: "string" },
  server: { type: "string" },
  format: { type: "string" },
  "out-report": { type: "string" },
  "fail-on": { type: "string" },
  "approve-breaking": { type: "boolean" },
  now: { type: "string" },
  "no-lint": { type: "boolean" },
  "no-footprint": { type: "boolean" },
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
  return "json";
}
function configuredServer(config, name) {
  const servers = config?.servers ?? [];
  if (name !== void 0) {
    const found = servers.find((s) => s.name === name);
    if (!found)
      throw usageError(
        `no server named "${name}" in the config`,
        `the config lists: ${servers.map((s) => s.name ?? "(unnamed)").join(", ") || "no servers"}.`
      );
    return found;
  }
  if (servers.length > 1)
    throw usageError(
      `the config lists ${servers.length} servers; choose one with --server NAME`,
      `names: ${servers.map((s) => s.name ?? "(unnamed)").join(", ")}.`
    );
  return servers[0];
}
async function run(argv) {
  const { flags, command } = splitAtDoubleDash(argv);
  let values;
  try {
    ({ values } = parseArgs({ args: flags, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw usageError(
      `${err.message.split("\n")[0]}`,
      "run `mcp-contract check --help` for the options; the server command goes after `--`."
    );
  }
  if (values.help) {
    process.stdout.write(CHECK_USAGE + "\n");
    return EXIT.ok;
  }
  if (!values.baseline) {
    throw usageError(
      "check needs --baseline (the base contract)",
      "e.g. --baseline git:origin/main:mcp-contract.snapshot.json, or a snapshot file written by `mcp-contract snapshot`."
    );
  }
  const format = parseFormat(values.format);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !isFailOn(failOn)) {
    throw usageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  }
  const now = parseNow(values.now);
  const config = values.config !== void 0 ? await resolveConfig(values.config) : void 0;
  const policy = policyForRun(config?.policy, {
    ...failOn !== void 0 ? { failOn } : {},
    ...values["no-lint"] ? { lint: false } : {},
    ...values["no-footprint"] ? { footprint: false } : {}
  });
  let target;
  let refreshCommand;
  if (values.head === void 0) {
    const fromFlags = targetFromArgs(values, command);
    const fromConfig = configuredServer(config, values.server);
    const flagged = hasTargetArgs(values, command);
    target = fromConfig ? flagged ? mergeTargets(fromConfig, fromFlags) : fromConfig : flagged ? fromFlags : void 0;
    if (fromConfig && !flagged && values.snapshot !== void 0) {
      refreshCommand = (config?.servers?.length ?? 0) > 1 ? `npx mcp-contract snapshot --config ${values.config}` : `npx mcp-contract snapshot --config ${values.config} --out ${values.snapshot}`;
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
    ...now ? { now } : {}
  });
  const color = format === "text" && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const out = renderReport(result.report, format, { color, ...values.snapshot ? { snapshotUri: values.snapshot } : {} });
  process.stdout.write(out.endsWith("\n") ? out : out + "\n");
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
export {
  CHECK_USAGE,
  run
};
