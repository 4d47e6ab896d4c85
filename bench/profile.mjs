#!/usr/bin/env node
// Profiles one `mcp-contract diff` on a generated catalog pair with --cpu-prof and prints the hot functions (self and inclusive time).
//
// Usage: node bench/profile.mjs [--tools 10000] [--seed 42] [--top 25] [--keep]
//        node bench/profile.mjs FILE.cpuprofile        (summarise an existing profile)
// Run `npm run build` first (the profile is taken of dist/cli.js; esbuild keeps function names, and the
// chunk file:line points into the bundle, whose `// src/...` comments name the source file).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedPair } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Maps a line of a bundled chunk back to the `// src/...` file comment esbuild writes above each module. */
function sourceFileResolver() {
  const cache = new Map();
  return (url, line) => {
    if (!url.startsWith('file://')) return url || '(native)';
    const file = fileURLToPath(url);
    if (!cache.has(file)) {
      let marks = [];
      try {
        marks = readFileSync(file, 'utf8')
          .split('\n')
          .map((text, i) => [i, /^\/\/ ((?:src|node_modules)\/\S+)/.exec(text)?.[1]])
          .filter(([, m]) => m);
      } catch {
        /* not readable: keep the bundle path */
      }
      cache.set(file, marks);
    }
    const marks = cache.get(file);
    let source = path.relative(root, file);
    for (const [i, m] of marks) {
      if (i <= line) source = m;
      else break;
    }
    return source;
  };
}

/** Self and inclusive time per function (name + source file + line) from a V8 .cpuprofile. */
export function summarizeProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const resolve = sourceFileResolver();
  const keyOf = (n) => {
    const f = n.callFrame;
    const source = resolve(f.url, f.lineNumber);
    // For bundled code the line is the bundle's (dist/…); the file is the source module esbuild named above it.
    return `${f.functionName || '(anonymous)'}  ${source}${f.url ? ` [${path.basename(fileURLToPath(f.url.startsWith('file://') ? f.url : 'file:///x'))}:${f.lineNumber + 1}]` : ''}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, ms] of dt) {
    const node = byId.get(id);
    total += ms;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    // Inclusive: count each function once per sample even when it recurses.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, self: sorted(self), inclusive: sorted(inclusive) };
}

function print(summary, top) {
  const line = ([k, ms]) => `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${k}`;
  process.stdout.write(`total sampled: ${summary.totalMs.toFixed(0)} ms\n\nself time (top ${top}):\n`);
  process.stdout.write(summary.self.slice(0, top).map(line).join('\n') + '\n');
  const skip = /^\((root|program|idle|garbage collector)\)|^\(anonymous\) {2}\(native\)/;
  process.stdout.write(`\ninclusive time (top ${top}):\n`);
  process.stdout.write(
    summary.inclusive
      .filter(([k]) => !skip.test(k))
      .slice(0, top)
      .map(line)
      .join('\n') + '\n',
  );
}

function main() {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i === -1 ? dflt : argv[i + 1];
  };
  const top = Number(opt('--top', 25));
  const existing = argv.find((a) => a.endsWith('.cpuprofile'));
  if (existing) return print(summarizeProfile(JSON.parse(readFileSync(existing, 'utf8'))), top);

  if (!existsSync(path.join(root, 'dist/cli.js'))) {
    process.stderr.write('error: dist/cli.js is missing\nhint: run `npm run build` first.\n');
    process.exit(2);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'mcpc-profile-'));
  try {
    // Profile a private copy of dist/, so its chunks still exist when the profile is read (others may rebuild meanwhile).
    cpSync(path.join(root, 'dist'), path.join(work, 'dist'), { recursive: true });
    const cli = path.join(work, 'dist/cli.js');
    writeGeneratedPair(work, { tools: Number(opt('--tools', 10000)), seed: Number(opt('--seed', 42)) });
    const profDir = path.join(work, 'prof');
    try {
      execFileSync(
        process.execPath,
        [
          '--cpu-prof',
          `--cpu-prof-dir=${profDir}`,
          cli,
          'diff',
          path.join(work, 'base.json'),
          path.join(work, 'head.json'),
          '--format',
          'json',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    } catch (err) {
      if (err.status !== 1) throw err; // 1 = breaking changes found, expected here
    }
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    // The main thread's profile is the largest; oracle worker threads write their own.
    const profiles = files.map((f) => JSON.parse(readFileSync(path.join(profDir, f), 'utf8')));
    profiles.sort((a, b) => b.samples.length - a.samples.length);
    print(summarizeProfile(profiles[0]), top);
    // Each worker thread (the set-theoretic oracle) writes its own profile: more than one file means the oracle ran.
    process.stdout.write(`\noracle worker threads started: ${profiles.length - 1}\n`);
    if (argv.includes('--keep')) process.stdout.write(`\nprofiles kept in ${profDir}\n`);
  } finally {
    if (!argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
