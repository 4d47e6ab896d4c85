#!/usr/bin/env node
import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-BPB3YESS.js";
import {
  closestName
} from "./chunks/chunk-IZD4RIUM.js";
import {
  EXIT,
  UserError,
  exitCodeOf,
  formatError,
  oneLine
} from "./chunks/chunk-MG3LNJ7Q.js";
import "./chunks/chunk-PAFTTTTQ.js";

// src/cli.ts
var COMMANDS = {
  snapshot: { summary: "capture a server and write its canonical, hashed snapshot", load: () => import("./chunks/snapshot-DHOKKSWR.js") },
  diff: { summary: "diff two catalogs (snapshot files, tools/list JSON or git:REF:PATH)", load: () => import("./chunks/diff-27I7HSS2.js") },
  check: { summary: "capture a server, diff it against a baseline and gate the version bump", load: () => import("./chunks/check-BI6YHRP7.js") },
  lock: {
    summary: "in an agent's repository: lock the tools it references (check them with `check --lock`)",
    load: () => import("./chunks/lock-6AAYI2ER.js")
  },
  changelog: {
    summary: "release notes between two snapshots or git refs, grouped by severity",
    load: () => import("./chunks/changelog-SFNJI6C3.js")
  },
  rules: { summary: "list every rule id with its severity and meaning", load: () => import("./chunks/rules-ZJZDGONO.js") }
};
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `mcp-contract ${VERSION} — contract checks for MCP servers`,
    "",
    "Usage: mcp-contract <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `mcp-contract <command> --help` for the options of one command.",
    "Global: --debug (or MCP_CONTRACT_DEBUG=1) prints stack traces; --version; --help."
  ].join("\n");
}
function isDebug(argv2) {
  return argv2.includes("--debug") || /^(1|true|yes)$/i.test(process.env.MCP_CONTRACT_DEBUG ?? "");
}
async function main(argv2) {
  const [command, ...rest] = argv2;
  if (command === "--version" || command === "-v") {
    process.stdout.write(VERSION + "\n");
    return EXIT.ok;
  }
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(usage() + "\n");
    return command === void 0 ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    const near = closestName(command, Object.keys(COMMANDS));
    throw new UserError(`unknown command "${oneLine(command, 80)}"`, {
      hint: `${near ? `did you mean ${near}? ` : ""}Use one of: ${Object.keys(COMMANDS).join(", ")} (see \`mcp-contract --help\`).`
    });
  }
  return (await entry.load()).run(rest.filter((a) => a !== "--debug"));
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
function exitWhenFlushed(code) {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
var argv = process.argv.slice(2);
main(argv).then(exitWhenFlushed, (err) => {
  process.stderr.write(formatError(err, isDebug(argv)) + "\n");
  exitWhenFlushed(exitCodeOf(err));
});
export {
  isDebug
};
