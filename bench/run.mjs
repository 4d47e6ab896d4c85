#!/usr/bin/env node
// `npm run bench`: measures mcp-contract against in-run baselines (side by side, interleaved) and checks every performance budget.
//
// Usage: node bench/run.mjs [--quick] [--json] [--no-fail] [--no-build] [--only ROW,ROW] [--max-tools N] [--keep] [--wait-quiet SECONDS]
//   --quick       fewer runs (CI smoke); the budgets still apply but the medians are noisier
//   --json        print the results as JSON instead of a table
//   --no-fail     exit 0 even when a budget fails (report only)
//   --no-build    measure dist/ as it is (default: build it from src/ first)
//   --only        run a subset: cold,capture,scale,worst,oracle,check
//   --max-tools   largest generated catalog of the scale section: 100, 1000 or 10000 (default; smaller is a smoke run)
//   --keep        keep the generated catalogs and snapshots (their directory is printed)
//   --wait-quiet  wait up to SECONDS for the 1-minute load average to drop below half the cores before starting
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NULLABLE_CHANGED_PROPERTY, NULLABLE_TOOL, ORACLE_SLOW_TOOL, writeGeneratedPair, writeWorstCases } from './generate.mjs';
import { RSS_METHOD, runMeasured, summarize } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT_CLI = path.join(root, 'dist/cli.js');
/** The CLI measured: a private copy of dist/ (made in main), so a rebuild by someone else mid-run cannot swap chunks under it. */
let CLI = BUILT_CLI;
const FLOOR = path.join(root, 'bench/floor.mjs');
const SCALE_FLOOR = path.join(root, 'bench/scale-floor.mjs');
const EVERYTHING = path.join(root, 'node_modules/everything-2026.8.31/dist/index.js');
const CATALOG_SERVER = path.join(root, 'fixtures/servers/catalog-server.mjs');
const WEATHER = (v) => path.join(root, `fixtures/servers/weather/${v}.json`);
const NODE = process.execPath;
const MB = 1024 * 1024;
const ALL_SECTIONS = ['cold', 'capture', 'scale', 'worst', 'oracle', 'check'];
/** Generated catalog sizes of the scale section (tools per side). */
const SCALE_SIZES = [100, 1000, 10000];

/**
 * The budgets (issue 16). Each is a ratio against a floor measured in the same interleaved run, because absolute
 * times on shared machines drift; only memory and output sizes are absolute.
 */
export const BUDGETS = {
  /** `--version` / `node -e 0`. */
  coldStart: 1.2,
  /** `mcp-contract snapshot` / the SDK connect + tools/list floor. */
  capture: 1.15,
  /** `diff` of 100 tools / `--version`. */
  diff100: 1.5,
  /** `diff` of two raw tools/list files (1,000 and 10,000 tools) / read + JSON.parse of both files. */
  diffRaw: 2.2,
  /** `diff` of two format-2 snapshots (10,000 tools) / read + JSON.parse of both snapshot files. */
  diffSnapshot: 1.5,
  /** Peak RSS of the 10,000-tool diff, MB. */
  rss10000Mb: 160,
  /** Time growth per 10× tools. */
  growth: 10,
  /** The JSON report of the 10,000-tool diff, bytes. */
  jsonReport10000Bytes: 3 * 1024 * 1024,
  /** The Markdown report of the 10,000-tool diff (the PR comment), characters: GitHub's cap less the sticky marker. */
  prComment10000Chars: 65_000,
  /** The nullable-anyOf worst case: its cost over the one-tool diff, ms. */
  nullableToolMs: 100,
  /** `check` end to end / the SDK floor listing the same server. */
  check: 1.3,
};

function parseArgs(argv) {
  const opts = { quick: false, json: false, fail: true, keep: false, build: true, only: ALL_SECTIONS, waitQuietS: 0, maxTools: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--no-fail') opts.fail = false;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--wait-quiet') {
      opts.waitQuietS = Number(argv[++i]);
      if (!Number.isFinite(opts.waitQuietS) || opts.waitQuietS < 0) usageError('--wait-quiet takes a number of seconds');
    } else if (a === '--max-tools') {
      opts.maxTools = Number(argv[++i]);
      if (!SCALE_SIZES.includes(opts.maxTools)) usageError(`--max-tools takes one of ${SCALE_SIZES.join(', ')}`);
    } else if (a === '--only') {
      opts.only = String(argv[++i] ?? '')
        .split(',')
        .filter(Boolean);
      const bad = opts.only.filter((s) => !ALL_SECTIONS.includes(s));
      if (bad.length || !opts.only.length) usageError(`--only takes a comma-separated subset of ${ALL_SECTIONS.join(',')}`);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(3, 12)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n') + '\n',
      );
      process.exit(0);
    } else usageError(`unknown argument ${a}`);
  }
  return opts;
}

function usageError(message) {
  process.stderr.write(`error: ${message}\nhint: see \`node bench/run.mjs --help\`.\n`);
  process.exit(2);
}

const log = (opts, line) => {
  if (!opts.json) process.stderr.write(line + '\n');
};

/**
 * Builds dist/ from the working tree before measuring (a few seconds), unless `--no-build`. Comparing modification times
 * is not enough: `git checkout -- dist` makes a dist/ built from other sources look newer than src/.
 */
function ensureFreshDist(opts) {
  if (!opts.build && existsSync(BUILT_CLI)) return;
  log(
    opts,
    existsSync(BUILT_CLI)
      ? 'building dist/ from src/ (node scripts/build.mjs)…'
      : 'dist/cli.js is missing: building (node scripts/build.mjs)…',
  );
  try {
    execFileSync(NODE, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const why = String(err.stderr ?? err.message)
      .trim()
      .split('\n')
      .slice(0, 5)
      .join('\n');
    if (!existsSync(BUILT_CLI)) {
      process.stderr.write(
        `error: could not build dist/cli.js:\n${why}\nhint: fix the build (\`npm run build\`) and rerun \`npm run bench\`.\n`,
      );
      process.exit(2);
    }
    log(opts, `warning: the build failed, measuring the existing dist/ (may be stale):\n${why}`);
  }
}

/** Waits (up to `seconds`) until the 1-minute load average is below half the cores; returns the load it saw last. */
async function waitQuiet(opts, seconds) {
  const quiet = os.cpus().length * 0.5;
  const deadline = Date.now() + seconds * 1000;
  while (os.loadavg()[0] >= quiet && Date.now() < deadline) {
    log(opts, `waiting for a quiet machine: load ${os.loadavg()[0].toFixed(2)} (want < ${quiet})…`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return os.loadavg()[0];
}

/** Runs a command and fails loudly (with its stderr) if it exits with a code outside `okCodes`. */
async function run(label, command, args, { okCodes = [0], timeoutMs } = {}) {
  const r = await runMeasured(command, args, { cwd: root, timeoutMs });
  if (r.timedOut) throw new Error(`${label}: timed out after ${timeoutMs} ms`);
  if (!okCodes.includes(r.code)) {
    throw new Error(
      `${label}: exited with ${r.code ?? r.signal} (expected ${okCodes.join(' or ')})\n${(r.stderr || r.stdout).trim().split('\n').slice(-8).join('\n')}`,
    );
  }
  return r;
}

/**
 * Runs each variant `runs` times, interleaved (A B C, A B C, …) so machine drift hits all of them alike,
 * after one untimed warm-up each (file cache, lazy OS work). `once` resolves with a runMeasured result.
 * Returns { name: { ms: number[], rssMb: number[] } }.
 */
async function interleaved(variants, runs) {
  const samples = Object.fromEntries(variants.map((v) => [v.name, { ms: [], rssMb: [] }]));
  for (const v of variants) await v.once();
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {
      const r = await v.once();
      samples[v.name].ms.push(r.ms);
      samples[v.name].rssMb.push(r.rssBytes / MB);
    }
  }
  return samples;
}

/**
 * Parses `diff --format json` output (the Report: { findings: [...], lint?: { new: [...] } }) into the contract
 * findings and the catalog-quality lint findings, which the report also lists under `findings`; the bench judges
 * the contract verdict on the former and only counts the latter.
 */
function findingsOf(stdout, label) {
  let doc;
  try {
    doc = JSON.parse(stdout);
  } catch {
    throw new Error(`${label}: output is not JSON: ${stdout.slice(0, 200)}`);
  }
  const all = doc.findings ?? doc.report?.findings;
  if (!Array.isArray(all)) throw new Error(`${label}: no findings array in the JSON output`);
  return splitLint(all, Array.isArray(doc.lint?.new) ? doc.lint.new : []);
}

/** Separates lint findings (listed in report.lint.new) from contract findings. */
export function splitLint(findings, lintFindings) {
  const key = (f) => `${f.rule}\u0000${f.subject}\u0000${f.path}`;
  const lintKeys = new Set(lintFindings.map(key));
  const contract = findings.filter((f) => !lintKeys.has(key(f)));
  return { contract, lint: findings.length - contract.length };
}

/** A result row for the table. `unit` is ms or MB; `ratio` is against the in-run baseline; `margin` is judge()'s. */
function row(fields) {
  return { baseline: null, ratio: null, budget: null, pass: null, margin: null, note: '', ...fields };
}

/**
 * A measured value against its upper limit: PASS when within it (and `ok`, e.g. the findings were right), and the
 * margin, how far under (+) or over (−) the limit the value is, in percent of the limit.
 */
export function judge(value, limit, ok = true) {
  return { pass: value <= limit && ok, margin: ((limit - value) / limit) * 100 };
}

// ---------------------------------------------------------------------------------------------------------------------

async function coldStart(opts, n) {
  const samples = await interleaved(
    [
      { name: 'node', once: () => run('node -e 0', NODE, ['-e', '0']) },
      { name: 'cli', once: () => run('mcp-contract --version', NODE, [CLI, '--version']) },
    ],
    n,
  );
  const cli = summarize(samples.cli.ms);
  const node = summarize(samples.node.ms);
  return [
    row({ id: 'cold-node', name: 'node -e 0 (node floor)', unit: 'ms', ...node }),
    row({
      id: 'cold-start',
      name: 'mcp-contract --version',
      unit: 'ms',
      ...cli,
      baseline: 'node -e 0',
      ratio: cli.median / node.median,
      budget: `≤ ${BUDGETS.coldStart}× node -e 0`,
      ...judge(cli.median / node.median, BUDGETS.coldStart),
    }),
  ];
}

async function captureOverhead(opts, n, work) {
  const out = path.join(work, 'everything.snapshot.json');
  // The floor declares the client capabilities mcp-contract declares, so both see the same catalog.
  await run('mcp-contract snapshot', NODE, [CLI, 'snapshot', '--out', out, '--', NODE, EVERYTHING]);
  const capabilities = JSON.stringify(JSON.parse(readFileSync(out, 'utf8')).clientCapabilities ?? {});
  let floorCount = 0;
  const samples = await interleaved(
    [
      {
        name: 'floor',
        once: async () => {
          const r = await run('floor (SDK list tools)', NODE, [FLOOR, '--capabilities', capabilities, '--', NODE, EVERYTHING]);
          floorCount = Number(r.stdout.trim());
          return r;
        },
      },
      { name: 'snapshot', once: () => run('mcp-contract snapshot', NODE, [CLI, 'snapshot', '--out', out, '--', NODE, EVERYTHING]) },
    ],
    n,
  );
  const snap = JSON.parse(readFileSync(out, 'utf8'));
  const captured = Array.isArray(snap.tools) ? snap.tools.length : -1;
  const floor = summarize(samples.floor.ms);
  const cli = summarize(samples.snapshot.ms);
  const ratio = cli.median / floor.median;
  const sameCount = captured === floorCount;
  return [
    row({
      id: 'capture-floor',
      name: 'SDK connect + tools/list (floor), server-everything',
      unit: 'ms',
      ...floor,
      note: `${floorCount} tools`,
    }),
    row({
      id: 'capture',
      name: 'mcp-contract snapshot, server-everything',
      unit: 'ms',
      ...cli,
      baseline: 'floor',
      ratio,
      budget: `≤ ${BUDGETS.capture}× floor`,
      ...judge(ratio, BUDGETS.capture, sameCount),
      note: sameCount ? `${captured} tools captured` : `captured ${captured} tools, the floor listed ${floorCount}`,
    }),
  ];
}

/** Writes format-2 snapshots of a generated pair: the catalog server serves each file, `mcp-contract snapshot` captures it (untimed). */
async function writeSnapshotPair(dir) {
  const out = {};
  for (const side of ['base', 'head']) {
    out[side] = path.join(dir, `${side}.snapshot.json`);
    await run(
      `snapshot of ${side}.json`,
      NODE,
      [CLI, 'snapshot', '--out', out[side], '--', NODE, CATALOG_SERVER, path.join(dir, `${side}.json`)],
      {
        timeoutMs: 300_000,
      },
    );
  }
  return [out.base, out.head];
}

/** What one scale row needs: the command's samples plus the right findings and output size it produced. */
function diffVariant(name, label, files, checks, expectedRules) {
  return {
    name,
    once: async () => {
      const r = await run(label, NODE, [CLI, 'diff', ...files, '--format', 'json'], { okCodes: [0, 1] });
      const { contract, lint } = findingsOf(r.stdout, label);
      checks[name] = {
        contract: contract.length,
        lint,
        bytes: Buffer.byteLength(r.stdout),
        mismatch: compareRuleCounts(
          expectedRules,
          contract.map((f) => f.rule),
        ),
      };
      return r;
    },
  };
}

const tools = (n) => `${n.toLocaleString('en-US')} tools`;

async function diffScale(opts, n, work) {
  const sizes = SCALE_SIZES.filter((size) => size <= opts.maxTools);
  const largest = sizes[sizes.length - 1];
  const dirs = {};
  const expected = {};
  for (const size of sizes) {
    dirs[size] = path.join(work, `scale-${size}`);
    expected[size] = writeGeneratedPair(dirs[size], { tools: size, seed: 42 }).changes.map((c) => c.rule);
  }
  const pair = (size) => [path.join(dirs[size], 'base.json'), path.join(dirs[size], 'head.json')];
  log(opts, `  writing format-2 snapshots of the ${tools(largest)} pair…`);
  const snapshots = await writeSnapshotPair(dirs[largest]);
  const checks = {};
  // Floors beside the diffs (plain node, no mcp-contract code): reading and JSON.parse of both files (the floor every
  // budget is a ratio of), and that plus a canonical sha256 of every tool (what "skip unchanged tools by hash" costs).
  const floorSizes = sizes.filter((size) => size >= 1000);
  const samples = await interleaved(
    [
      { name: 'version', once: () => run('mcp-contract --version', NODE, [CLI, '--version']) },
      ...sizes.map((size) => diffVariant(String(size), `diff ${tools(size)}`, pair(size), checks, expected[size])),
      diffVariant('snapshot', `diff of two format-2 snapshots, ${tools(largest)}`, snapshots, checks, expected[largest]),
      ...floorSizes.flatMap((size) => [
        { name: `parse-${size}`, once: () => run(`parse floor ${size}`, NODE, [SCALE_FLOOR, ...pair(size)]) },
        { name: `hash-${size}`, once: () => run(`hash floor ${size}`, NODE, [SCALE_FLOOR, ...pair(size), '--hash']) },
      ]),
      { name: 'parse-snapshot', once: () => run('parse floor, snapshots', NODE, [SCALE_FLOOR, ...snapshots]) },
    ],
    n,
  );
  const time = (name) => summarize(samples[name].ms);
  const version = time('version');
  const findingsNote = (name) =>
    (checks[name].mismatch ? `WRONG findings: ${checks[name].mismatch}` : `${checks[name].contract} findings, as expected`) +
    (checks[name].lint ? ` (+${checks[name].lint} lint)` : '');
  const rows = [row({ id: 'scale-version', name: 'mcp-contract --version (this section)', unit: 'ms', ...version })];
  for (const size of sizes) {
    const ms = time(String(size));
    const rss = summarize(samples[String(size)].rssMb);
    const right = !checks[String(size)].mismatch;
    if (floorSizes.includes(size)) {
      rows.push(
        row({
          id: `floor-parse-${size}`,
          name: `floor: read + JSON.parse both, ${tools(size)}`,
          unit: 'ms',
          ...time(`parse-${size}`),
          note: 'plain node (bench/scale-floor.mjs)',
        }),
        row({
          id: `floor-hash-${size}`,
          name: 'floor: + canonical sha256 of every tool',
          unit: 'ms',
          ...time(`hash-${size}`),
          note: 'plain node, keys sorted, both sides',
        }),
      );
    }
    const [baseline, limit] = size === 100 ? ['--version', BUDGETS.diff100] : ['parse floor', BUDGETS.diffRaw];
    const ratio = ms.median / (size === 100 ? version.median : time(`parse-${size}`).median);
    rows.push(
      row({
        id: `diff-${size}`,
        name: `diff ${tools(size)}, raw tools/list files`,
        unit: 'ms',
        ...ms,
        baseline,
        ratio,
        budget: `≤ ${limit}× ${baseline}, right findings`,
        ...judge(ratio, limit, right),
        note: findingsNote(String(size)),
      }),
      row({
        id: `diff-${size}-rss`,
        name: `  peak RSS, ${tools(size)}`,
        unit: 'MB',
        ...rss,
        ...(size === 10000 ? { budget: `max ≤ ${BUDGETS.rss10000Mb} MB`, ...judge(rss.max, BUDGETS.rss10000Mb) } : {}),
      }),
    );
  }
  const snapshotMs = time('snapshot'),
    snapshotFloor = time('parse-snapshot');
  rows.push(
    row({
      id: 'floor-parse-snapshot',
      name: `floor: read + JSON.parse both snapshots, ${tools(largest)}`,
      unit: 'ms',
      ...snapshotFloor,
      note: 'format 2, as `mcp-contract snapshot` writes them',
    }),
    row({
      id: 'diff-snapshot',
      name: `diff ${tools(largest)}, two format-2 snapshots`,
      unit: 'ms',
      ...snapshotMs,
      baseline: 'snapshot floor',
      ratio: snapshotMs.median / snapshotFloor.median,
      budget: `≤ ${BUDGETS.diffSnapshot}× snapshot floor, right findings`,
      ...judge(snapshotMs.median / snapshotFloor.median, BUDGETS.diffSnapshot, !checks.snapshot.mismatch),
      note: findingsNote('snapshot'),
    }),
    row({ id: 'diff-snapshot-rss', name: `  peak RSS, snapshots of ${tools(largest)}`, unit: 'MB', ...summarize(samples.snapshot.rssMb) }),
  );
  for (let i = 1; i < sizes.length; i++) {
    const [small, large] = [sizes[i - 1], sizes[i]];
    const ratio = time(String(large)).median / time(String(small)).median;
    rows.push(
      row({
        id: `diff-growth-${large}`,
        name: `time growth ${small.toLocaleString('en-US')} → ${tools(large)} (10× tools)`,
        unit: '×',
        min: null,
        median: ratio,
        max: null,
        n: null,
        budget: `≤ ${BUDGETS.growth}×`,
        ...judge(ratio, BUDGETS.growth),
      }),
    );
  }
  if (largest === 10000) rows.push(...(await reportSizes(checks['10000'].bytes, pair(10000))));
  return rows;
}

/** The JSON report's size (from the timed runs) and the Markdown report's (the PR comment, one untimed run) at 10,000 tools. */
async function reportSizes(jsonBytes, files) {
  const md = await run('diff 10,000 tools --format markdown', NODE, [CLI, 'diff', ...files, '--format', 'markdown'], { okCodes: [0, 1] });
  const chars = md.stdout.replace(/\n$/, '').length;
  const one = (id, name, unit, value, limit, budget) =>
    row({ id, name, unit, min: null, median: value, max: null, n: 1, budget, ...judge(value, limit) });
  return [
    one('report-json-10000', 'JSON report size, 10,000 tools', 'bytes', jsonBytes, BUDGETS.jsonReport10000Bytes, '≤ 3 MB'),
    one(
      'report-markdown-10000',
      'Markdown report (PR comment), 10,000 tools',
      'chars',
      chars,
      BUDGETS.prComment10000Chars,
      '≤ 65,000 characters',
    ),
  ];
}

/** Compares the rules found with the rules expected (one per applied change); undefined when they match, else what differs. */
export function compareRuleCounts(expectedRules, foundRules) {
  const tally = new Map();
  for (const r of expectedRules) tally.set(r, (tally.get(r) ?? 0) + 1);
  for (const r of foundRules) tally.set(r, (tally.get(r) ?? 0) - 1);
  const off = [...tally].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!off.length) return undefined;
  return off.map(([rule, n]) => (n > 0 ? `missing ${n}× ${rule}` : `extra ${-n}× ${rule}`)).join(', ');
}

/** A one-tool pair with a trivial change (an optional parameter added): what a one-tool diff costs (node, modules, I/O, report). */
function writeTrivialPair(dir) {
  writeGeneratedPair(dir, { tools: 1, seed: 7 });
}

async function worstNullable(opts, n, work) {
  const worst = path.join(work, 'worst');
  writeWorstCases(worst);
  const trivial = path.join(work, 'trivial');
  writeTrivialPair(trivial);
  let verdict = { ok: false, why: 'not run' };
  const samples = await interleaved(
    [
      {
        name: 'trivial',
        once: () =>
          run(
            'diff 1 trivial tool',
            NODE,
            [CLI, 'diff', path.join(trivial, 'base.json'), path.join(trivial, 'head.json'), '--format', 'json'],
            { okCodes: [0, 1] },
          ),
      },
      {
        name: 'nullable',
        once: async () => {
          const r = await run(
            'diff nullable-wide tool',
            NODE,
            [CLI, 'diff', path.join(worst, 'nullable-base.json'), path.join(worst, 'nullable-head.json'), '--format', 'json'],
            { okCodes: [0, 1] },
          );
          verdict = checkNullableVerdict(findingsOf(r.stdout, 'diff nullable-wide tool').contract);
          return r;
        },
      },
    ],
    n,
  );
  const trivialS = summarize(samples.trivial.ms);
  const nullableS = summarize(samples.nullable.ms);
  const toolMs = nullableS.median - trivialS.median;
  return [
    row({ id: 'worst-floor', name: 'diff of 1 small tool (one-tool floor)', unit: 'ms', ...trivialS }),
    row({
      id: 'worst-nullable',
      name: '48 nullable anyOf properties, one changed',
      unit: 'ms',
      ...nullableS,
      baseline: 'one-tool floor',
      ratio: nullableS.median / trivialS.median,
      budget: `tool cost ≤ ${BUDGETS.nullableToolMs} ms, right verdict`,
      ...judge(toolMs, BUDGETS.nullableToolMs, verdict.ok),
      note: `tool cost ${toolMs.toFixed(1)} ms; ${verdict.why}`,
    }),
  ];
}

/** The right verdict: exactly one breaking finding, the tightened maximum of field_17, and nothing inconclusive. */
export function checkNullableVerdict(findings) {
  const breaking = findings.filter((f) => f.severity === 'breaking');
  const tightened = breaking.filter(
    (f) =>
      f.rule === 'input-constraint-tightened' &&
      String(f.path).includes(NULLABLE_CHANGED_PROPERTY) &&
      (f.subject === NULLABLE_TOOL || f.tool === NULLABLE_TOOL),
  );
  const inconclusive = findings.filter((f) => /inconclusive/.test(f.rule));
  if (tightened.length === 1 && breaking.length === 1 && inconclusive.length === 0)
    return { ok: true, why: 'verdict right (input-constraint-tightened)' };
  return { ok: false, why: `WRONG verdict: ${findings.map((f) => `${f.rule}@${f.path}`).join(', ') || 'no findings'}` };
}

async function oracleSlow(opts, n, work) {
  const worst = path.join(work, 'worst');
  writeWorstCases(worst);
  const times = [];
  let verdict = { ok: false, why: 'not run', budgetMs: null };
  for (let i = 0; i < n; i++) {
    const r = await run(
      'diff oracle-slow pair',
      NODE,
      [CLI, 'diff', path.join(worst, 'oracle-slow-base.json'), path.join(worst, 'oracle-slow-head.json'), '--format', 'json'],
      { okCodes: [0, 1], timeoutMs: 60_000 },
    );
    verdict = checkOracleSlowVerdict(findingsOf(r.stdout, 'diff oracle-slow pair').contract);
    times.push(r.ms);
  }
  const s = summarize(times);
  // json-schema-diff alone runs for minutes on this pair: the run must end within the per-pair budget plus start-up.
  const limitMs = (verdict.budgetMs ?? 5000) + 3000;
  return [
    row({
      id: 'worst-oracle',
      name: 'oracle-slow pair (a property renamed under `not` over 10 nullable properties)',
      unit: 'ms',
      ...s,
      budget: 'ends at the per-pair budget, inconclusive',
      pass: verdict.ok && s.max < limitMs,
      note: `${verdict.why}; limit ${limitMs} ms`,
    }),
  ];
}

/** The right outcome: an input-schema-inconclusive finding on the tool that says the time budget ran out. */
export function checkOracleSlowVerdict(findings) {
  const hit = findings.find(
    (f) => f.rule === 'input-schema-inconclusive' && (f.subject === ORACLE_SLOW_TOOL || f.tool === ORACLE_SLOW_TOOL),
  );
  if (!hit)
    return { ok: false, why: `NO inconclusive finding: ${findings.map((f) => f.rule).join(', ') || 'no findings'}`, budgetMs: null };
  const budget = /within (\d+) ?ms/.exec(String(hit.message));
  if (!budget) return { ok: false, why: `inconclusive, but not for the time budget: ${String(hit.message).slice(0, 80)}`, budgetMs: null };
  return { ok: true, why: `inconclusive, "no answer within ${budget[1]} ms"`, budgetMs: Number(budget[1]) };
}

async function endToEndCheck(opts, n, work) {
  const baseline = path.join(work, 'weather-1.0.0.snapshot.json');
  await run('snapshot weather 1.0.0', NODE, [CLI, 'snapshot', '--out', baseline, '--', NODE, CATALOG_SERVER, WEATHER('1.0.0')]);
  const capabilities = JSON.stringify(JSON.parse(readFileSync(baseline, 'utf8')).clientCapabilities ?? {});
  const samples = await interleaved(
    [
      {
        name: 'floor',
        once: () =>
          run('floor (SDK list tools) weather 1.1.0', NODE, [
            FLOOR,
            '--capabilities',
            capabilities,
            '--',
            NODE,
            CATALOG_SERVER,
            WEATHER('1.1.0'),
          ]),
      },
      {
        name: 'check',
        once: () =>
          run(
            'mcp-contract check weather 1.1.0',
            NODE,
            [CLI, 'check', '--baseline', baseline, '--', NODE, CATALOG_SERVER, WEATHER('1.1.0')],
            { okCodes: [0, 1] },
          ),
      },
    ],
    n,
  );
  const floor = summarize(samples.floor.ms);
  const check = summarize(samples.check.ms);
  const ratio = check.median / floor.median;
  return [
    row({ id: 'check-floor', name: 'SDK connect + tools/list (floor), weather 1.1.0', unit: 'ms', ...floor }),
    row({
      id: 'check',
      name: 'mcp-contract check vs weather 1.0.0 baseline',
      unit: 'ms',
      ...check,
      baseline: 'floor',
      ratio,
      budget: `≤ ${BUDGETS.check}× floor`,
      ...judge(ratio, BUDGETS.check),
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------------------------

function fmt(v, unit) {
  if (v === null || v === undefined || Number.isNaN(v)) return '';
  if (unit === '×') return `${v.toFixed(2)}×`;
  if (unit === 'MB') return `${v.toFixed(0)} MB`;
  if (unit === 'bytes') return v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(2)} MB` : `${(v / 1024).toFixed(0)} KB`;
  if (unit === 'chars') return `${v.toLocaleString('en-US')} chars`;
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;
}

/** The results as a Markdown table (readable in a terminal, pasteable into docs). */
export function renderTable(rows) {
  const header = ['measurement', 'runs', 'min', 'median', 'max', 'ratio', 'budget', 'result', 'margin', 'note'];
  const lines = rows.map((r) =>
    [
      r.name,
      r.n ?? '',
      fmt(r.min, r.unit),
      fmt(r.median, r.unit),
      fmt(r.max, r.unit),
      r.ratio !== null ? `${r.ratio.toFixed(2)}× ${r.baseline}` : '',
      r.budget ?? '',
      r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
      r.margin === null || r.margin === undefined ? '' : `${r.margin >= 0 ? '+' : '−'}${Math.abs(r.margin).toFixed(0)}%`,
      r.note ?? '',
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}

/** The commit measured, with "+dirty" when src/ has uncommitted changes. */
function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  ensureFreshDist(opts);
  const work = mkdtempSync(path.join(os.tmpdir(), 'mcpc-bench-'));
  // The bundle is self-contained (dependencies included, oracle-worker.js beside cli.js), so a copy runs as is.
  cpSync(path.join(root, 'dist'), path.join(work, 'dist'), { recursive: true });
  CLI = path.join(work, 'dist/cli.js');
  const cleanup = () => {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const runs = opts.quick
    ? { cold: 5, capture: 4, scale: 3, worst: 3, oracle: 1, check: 4 }
    : { cold: 20, capture: 12, scale: 9, worst: 9, oracle: 3, check: 12 };
  const loadBefore = opts.waitQuietS ? await waitQuiet(opts, opts.waitQuietS) : os.loadavg()[0];
  const started = Date.now();
  const rows = [];
  const errors = [];
  const section = async (name, fn) => {
    if (!opts.only.includes(name)) return;
    log(opts, `… ${name}`);
    try {
      rows.push(...(await fn()));
    } catch (err) {
      errors.push({ section: name, message: err.message });
      rows.push(
        row({
          id: `${name}-error`,
          name: `${name}: could not run`,
          unit: 'ms',
          min: null,
          median: null,
          max: null,
          n: null,
          pass: false,
          note: err.message.split('\n')[0],
        }),
      );
    }
  };
  try {
    await section('cold', () => coldStart(opts, runs.cold));
    await section('capture', () => captureOverhead(opts, runs.capture, work));
    await section('scale', () => diffScale(opts, runs.scale, work));
    await section('worst', () => worstNullable(opts, runs.worst, work));
    await section('oracle', () => oracleSlow(opts, runs.oracle, work));
    await section('check', () => endToEndCheck(opts, runs.check, work));
  } finally {
    cleanup();
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageBefore: Number(loadBefore.toFixed(2)),
    loadAverageAfter: Number(os.loadavg()[0].toFixed(2)),
    rssMethod: RSS_METHOD,
    durationS: Math.round((Date.now() - started) / 1000),
    quick: opts.quick,
    commit: gitCommit(),
  };
  const failed = rows.filter((r) => r.pass === false);
  if (opts.json) {
    process.stdout.write(JSON.stringify({ machine, rows, errors, pass: failed.length === 0 }, null, 2) + '\n');
  } else {
    process.stdout.write(
      `\nmcp-contract bench (commit ${machine.commit}) — ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverageBefore} → ${machine.loadAverageAfter}, ${machine.durationS} s${opts.quick ? ', --quick' : ''}\n`,
    );
    process.stdout.write(`peak RSS via ${RSS_METHOD}; runs are interleaved; ratios compare medians measured in this run\n\n`);
    process.stdout.write(renderTable(rows) + '\n');
    for (const e of errors) process.stdout.write(`\n${e.section}: ${e.message}\n`);
    process.stdout.write(
      `\n${failed.length === 0 ? 'all budgets hold' : `${failed.length} budget(s) failed: ${failed.map((r) => r.id).join(', ')}`}\n`,
    );
    if (machine.loadAverageBefore > machine.cpus * 0.5)
      process.stdout.write(
        `note: the machine was busy (load ${machine.loadAverageBefore} on ${machine.cpus} cores); absolute times are inflated, ratios less so.\n`,
      );
    if (opts.keep) process.stdout.write(`generated files kept in ${work}\n`);
  }
  process.exitCode = failed.length && opts.fail ? 1 : 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await main();
