import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  CONFIG_OPTIONS,
  loadCommandConfig
} from "./chunk-SWWO6TXL.js";
import {
  TARGET_OPTIONS,
  TARGET_USAGE,
  hasTargetArgs,
  mergeTargets,
  splitAtDoubleDash,
  targetFromArgs
} from "./chunk-HHVDZ62E.js";
import {
  parseFlags
} from "./chunk-H2NRQG2R.js";
import "./chunk-UFM5R4RP.js";
import {
  captureCatalog
} from "./chunk-35HQT3CQ.js";
import {
  DEFAULT_SNAPSHOT_PATH,
  snapshotFileText,
  writeSnapshotFile
} from "./chunk-JIIKWVSW.js";
import "./chunk-DEY5WHHG.js";
import {
  tokenCounterForSnapshots
} from "./chunk-LLRBDKEF.js";
import {
  toSnapshot
} from "./chunk-D2AULK6V.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import {
  CaptureError,
  EXIT,
  UserError,
  neutraliseLogText
} from "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";

// src/commands/snapshot.ts
import * as path from "node:path";
var USAGE = `Usage: mcp-contract snapshot [--out FILE] [--print] [server flags] -- <command> [args...]
       mcp-contract snapshot --url URL [--start "<command>"] [--header "K: V"] [--out FILE]
       mcp-contract snapshot [--config mcp-contract.config.json]

Boots the server, reads its whole catalog (tools, prompts, resources, templates) and writes a canonical,
hashed snapshot: keys and lists sorted, volatile fields dropped, so the same server gives the same bytes.

Options:
  --out FILE        where to write the snapshot (default ${DEFAULT_SNAPSHOT_PATH}; with --config, each server's "snapshot")
  --print           print the snapshot to stdout (the file is then written only when --out is given too)
  --config FILE     capture every server of a config file, JSON or YAML (concurrently), each to its own snapshot
                    path. Default, when no server is given: mcp-contract.config.json, .yaml or .yml in the
                    current directory, when there is one
  --no-config       use no config file, even when one is in the current directory
  --verbose         progress lines on stderr (what was started, negotiated, read)
  --help            this text

${TARGET_USAGE}

Exit codes: 0 written; 2 usage or config error; 3 the server could not be captured.`;
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(snapshot, destination) {
  const name = [snapshot.server.name ?? "unnamed server", snapshot.server.version].filter(Boolean).join(" ");
  const counts = [
    plural(snapshot.tools.length, "tool"),
    plural(snapshot.prompts.length, "prompt"),
    plural(snapshot.resources.length, "resource"),
    plural(snapshot.resourceTemplates.length, "template")
  ].join(", ");
  return `${name} (protocol ${snapshot.protocolVersion ?? "unknown"}): ${counts}; catalog ${snapshot.hashes.catalog} → ${destination}`;
}
async function planJobs(values, command) {
  const flagTarget = targetFromArgs(values, command);
  const out = values.out;
  const loaded = await loadCommandConfig(values, {
    discover: !hasTargetArgs(values, command),
    say: (line) => process.stderr.write(line + "\n")
  });
  if (loaded === void 0) {
    if (!hasTargetArgs(values, command)) {
      throw new UserError("no server to snapshot", {
        hint: "put the server command after --, e.g. `mcp-contract snapshot -- node server.js`, or use --url, --config FILE or a mcp-contract.config.json in this directory (see `mcp-contract snapshot --help`)."
      });
    }
    return [
      { label: flagTarget.url ?? command.join(" "), target: flagTarget, out: out ?? (values.print ? void 0 : DEFAULT_SNAPSHOT_PATH) }
    ];
  }
  const configFile = loaded.shownAs;
  const config = loaded.config;
  const servers = config.servers;
  if (servers.length === 0) {
    throw new UserError(`the config file ${configFile} lists no servers`, {
      hint: 'add a "servers" entry, e.g. {"servers": [{"command": ["node", "server.js"]}]}.'
    });
  }
  if (hasTargetArgs(values, command) && servers.length > 1) {
    throw new UserError(`server flags apply to one server, but ${configFile} lists ${servers.length}`, {
      hint: "put those settings in the config file, or use a config with one server."
    });
  }
  if ((out !== void 0 || values.print) && servers.length > 1) {
    throw new UserError(`--out and --print take one server, but ${configFile} lists ${servers.length}`, {
      hint: `set each server's "snapshot" path in the config instead.`
    });
  }
  const jobs = servers.map((server, i) => {
    const target = hasTargetArgs(values, command) ? mergeTargets(server, flagTarget) : server;
    const configured = server.snapshot ?? path.join(config.dir, DEFAULT_SNAPSHOT_PATH);
    return {
      label: server.name ?? server.url ?? server.command?.join(" ") ?? `servers[${i}]`,
      target,
      out: out ?? (values.print ? void 0 : configured)
    };
  });
  const seen = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    if (job.out === void 0) continue;
    const key = path.resolve(job.out);
    const other = seen.get(key);
    if (other) {
      throw new UserError(`servers "${other}" and "${job.label}" would both write ${key}`, {
        hint: 'give each server its own "snapshot" path in the config.'
      });
    }
    seen.set(key, job.label);
  }
  return jobs;
}
async function run(argv) {
  const { flags, command } = splitAtDoubleDash(argv);
  const { values, positionals } = parseFlags(
    flags,
    {
      ...TARGET_OPTIONS,
      ...CONFIG_OPTIONS,
      out: { type: "string", short: "o" },
      print: { type: "boolean" },
      verbose: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" }
    },
    { command: "snapshot", serverAfterDoubleDash: true }
  );
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  if (positionals.length) {
    throw new UserError(`snapshot: unexpected argument "${positionals[0]}"`, {
      hint: `put the server command after --: \`mcp-contract snapshot -- ${positionals.join(" ")}\`.`
    });
  }
  const jobs = await planJobs(values, command);
  const log = values.verbose ? (label) => (line) => process.stderr.write(`[${label}] ${line}
`) : () => void 0;
  const countTokens = tokenCounterForSnapshots();
  countTokens.catch(() => void 0);
  const results = await Promise.allSettled(
    jobs.map(async (job) => {
      const snapshot = toSnapshot(await captureCatalog(job.target, { log: log(job.label) }));
      if (job.out !== void 0) await writeSnapshotFile(job.out, snapshot, await countTokens);
      if (values.print) process.stdout.write(snapshotFileText(snapshot, await countTokens));
      process.stderr.write(neutraliseLogText(summaryLine(snapshot, job.out ?? "stdout")) + "\n");
    })
  );
  const failures = results.flatMap((r, i) => r.status === "rejected" ? [{ job: jobs[i], error: r.reason }] : []);
  if (failures.length === 0) return EXIT.ok;
  if (jobs.length === 1) throw failures[0].error;
  const lines = failures.map(({ job, error }) => {
    const msg = error instanceof UserError ? `${error.message}${error.hint ? `
    hint: ${error.hint}` : ""}${error.details ? `
${error.details.replace(/^/gm, "    ")}` : ""}` : String(error);
    return `${job.label}: ${msg}`;
  });
  const anyUsage = failures.some(({ error }) => !(error instanceof CaptureError));
  const message = `${failures.length} of ${jobs.length} servers could not be snapshotted`;
  const hint = "fix the servers named above; the others were written.";
  throw anyUsage ? new UserError(message, { hint, details: lines.join("\n") }) : new CaptureError(message, { hint, details: lines.join("\n") });
}
export {
  USAGE,
  run,
  summaryLine
};
