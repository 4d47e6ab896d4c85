#!/usr/bin/env node
import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-BPB3YESS.js";
import {
  EXIT,
  UserError,
  exitCodeOf,
  formatError
} from "./chunks/chunk-GBM6N2PC.js";
import "./chunks/chunk-PAFTTTTQ.js";

// src/cli.ts
var COMMANDS = {
  snapshot: { summary: "capture a server and write its canonical, hashed snapshot", load: () => import("./chunks/snapshot-GGRB6HEN.js") },
  diff: { summary: "diff two catalogs (snapshot files, tools/list JSON or git:REF:PATH)", load: () => import("./chunks/diff-BCIX4REQ.js") },
  check: { summary: "capture a server, diff it against a baseline and gate the version bump", load: () => import("./chunks/check-EDR5HBY6.js") },
  rules: { summary: "list every rule id with its severity and meaning", load: () => import("./chunks/rules-AHQEUM2Q.js") }
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
    throw new UserError(`unknown command "${command}"`, {
      hint: `use one of: ${Object.keys(COMMANDS).join(", ")} (see \`mcp-contract --help\`).`
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
var argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(formatError(err, isDebug(argv)) + "\n");
    process.exitCode = exitCodeOf(err);
  }
);
export {
  isDebug
};
