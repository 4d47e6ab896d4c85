import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  writeLock
} from "./chunk-2A2J7XWN.js";
import {
  TARGET_OPTIONS,
  TARGET_USAGE,
  hasTargetArgs,
  splitAtDoubleDash,
  targetFromArgs
} from "./chunk-HHVDZ62E.js";
import {
  parseFlags
} from "./chunk-H2NRQG2R.js";
import "./chunk-TXYC3PRH.js";
import "./chunk-35HQT3CQ.js";
import "./chunk-3XHGYLPM.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-DEY5WHHG.js";
import "./chunk-LLRBDKEF.js";
import "./chunk-D2AULK6V.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import {
  EXIT,
  UserError,
  oneLine
} from "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";

// src/commands/lock.ts
import * as path from "node:path";
var LOCK_USAGE = `Usage: mcp-contract lock [--usage-root DIR] [--usage-refs GLOB ...] [--out FILE] [-- <server command> | --url URL]

In an agent's repository: captures every server its MCP client config names (.mcp.json, .cursor/mcp.json,
.vscode/mcp.json at the root; stdio commands, or remote URLs with headers whose \${VAR} secrets come from the
environment) and writes a lock of the tools the repository references, with the files and lines that reference them.
Commit the lock; \`mcp-contract check --lock FILE\` (in CI and on a schedule) then fails when a referenced tool or
parameter breaks, naming the prompt, agent or code file to update, and passes on changes nobody references.

Options:
  --usage-root DIR   the repository (default: the current directory)
  --usage-refs GLOB  which files to read references from (repeatable; default: prompts, agent/skill files, client configs, code)
  --out FILE         the lock to write (default: mcp-contract.lock.json)
  --help             show this help

${TARGET_USAGE}
(A server given on the command line is locked instead of the client config's; \`check --lock\` then needs it again.)`;
var OPTIONS = {
  ...TARGET_OPTIONS,
  "usage-root": { type: "string" },
  "usage-refs": { type: "string", multiple: true },
  out: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function run(argv) {
  const { flags, command } = splitAtDoubleDash(argv);
  const { values, positionals } = parseFlags(flags, OPTIONS, { command: "lock", serverAfterDoubleDash: true });
  if (positionals.length) {
    throw new UserError(`unexpected argument "${oneLine(positionals[0], 80)}" for mcp-contract lock`, {
      hint: "put a server command after --, e.g. `mcp-contract lock -- node server.js`."
    });
  }
  if (values.help) {
    process.stdout.write(LOCK_USAGE + "\n");
    return EXIT.ok;
  }
  const root = path.resolve(values["usage-root"] ?? ".");
  const out = path.resolve(values.out ?? "mcp-contract.lock.json");
  const lock = await writeLock({
    root,
    out,
    ...values["usage-refs"] ? { refs: values["usage-refs"] } : {},
    ...hasTargetArgs(values, command) ? { target: targetFromArgs(values, command) } : {},
    log: (line) => process.stderr.write(`${oneLine(line, 300)}
`)
  });
  for (const s of lock.servers) {
    process.stdout.write(
      `locked ${oneLine(s.name, 80)} ${oneLine(s.serverInfo.version ?? "", 40)}: ${s.tools.length} referenced tool${s.tools.length === 1 ? "" : "s"} (${s.references.length} reference${s.references.length === 1 ? "" : "s"})
`
    );
  }
  process.stdout.write(`wrote ${path.relative(process.cwd(), out) || out}
`);
  return EXIT.ok;
}
export {
  LOCK_USAGE,
  run
};
