#!/usr/bin/env node
// The least any canonical diff of two catalog files must do, as a process to time beside `mcp-contract diff`: read both, parse both, and (with --hash) give every tool its canonical sha256.
//
// Usage: node bench/scale-floor.mjs BASE HEAD [--hash]
//   without --hash: read both files and JSON.parse them (the floor for anything that looks inside them)
//   --hash:         also sort each tool's keys, serialise it and sha256 it, on both sides (what "skip unchanged tools
//                   by hash" needs before it can skip anything; key order must not matter, so the text cannot be hashed as is)
// Plain Node, no mcp-contract code: it measures the runtime, not our implementation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [baseFile, headFile, flag] = process.argv.slice(2);
if (!baseFile || !headFile) {
  process.stderr.write('usage: node bench/scale-floor.mjs BASE HEAD [--hash]\n');
  process.exit(2);
}

function sortKeys(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortKeys);
  const out = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}

let tools = 0;
for (const file of [baseFile, headFile]) {
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  tools += catalog.tools.length;
  if (flag === '--hash')
    for (const tool of catalog.tools)
      createHash('sha256')
        .update(JSON.stringify(sortKeys(tool)))
        .digest('hex');
}
process.stdout.write(`${tools}\n`);
