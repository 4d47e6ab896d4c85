// Runs `mcp-contract snapshot` (the bundled CLI, a real process) against a faulty fixture and checks the aftermath:
// exit code, time, message, the process table (by marker and by process group) and the --out directory.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { KILL_GRACE_MS } from '../../src/capture/process-group.js';
import type { Snapshot } from '../../src/catalog/types.js';
import { EXIT } from '../../src/errors.js';
import { REPO_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { assertNoProcessLeft, killMatching } from '../helpers/processes.js';

export const FAULTY_DIR = path.join(REPO_ROOT, 'fixtures/faulty');
export const faulty = (script: string): string => path.join(FAULTY_DIR, script);

/** What a run may take beyond its governing timeout: booting node (the CLI and the server) on a busy machine, teardown. */
export const SLACK_MS = 4000;
/** Extra for a server whose processes ignore SIGTERM: the grace period before SIGKILL. */
export const SIGTERM_IGNORED_MS = KILL_GRACE_MS;

/** Content of a pre-existing snapshot that a failed run must leave byte-for-byte alone. */
export const SENTINEL = '{ "sentinel": "a snapshot from an earlier, good run" }\n';
const OUT_NAME = 'mcp-contract.snapshot.json';

export interface FaultRunSpec {
  /** Directory to run in and write --out into (fresh per run). */
  dir: string;
  /** Server flags before `--` (timeouts, --url, --start ...); the marker is available to build them. */
  flags?: (marker: string) => string[];
  /** stdio fixture script (fixtures/faulty/<script>) and its arguments; the marker is appended. */
  script?: string;
  args?: string[];
  /** Put a snapshot at --out before the run (it must survive a failure untouched). */
  existingSnapshot?: boolean;
  /** Pass `--out <dir>/mcp-contract.snapshot.json` (default); false when a config names the snapshot paths. */
  passOut?: boolean;
  /** Runs alongside the CLI once it is spawned (e.g. to signal it mid-capture); awaited before returning. */
  whileRunning?: (cliPid: number, marker: string) => Promise<void>;
}

export interface FaultRun extends CliResult {
  /** Unique string in the argv of every process of this run (fixtures pass it on to what they spawn). */
  marker: string;
  out: string;
  /** Process groups the CLI reported starting (from --verbose), for a check that catches unmarked grandchildren too. */
  pgids: number[];
  existingSnapshot: boolean;
}

/** Runs the CLI once against a fixture; never throws on a failing run, and always kills leftovers afterwards. */
export async function snapshotFaulty(spec: FaultRunSpec): Promise<FaultRun> {
  const marker = `mcpc-fault-${randomUUID()}`;
  const out = path.join(spec.dir, OUT_NAME);
  if (spec.existingSnapshot) writeFileSync(out, SENTINEL);
  const command = spec.script ? ['--', process.execPath, faulty(spec.script), ...(spec.args ?? []), `--marker=${marker}`] : [];
  const args = ['snapshot', '--verbose', ...(spec.passOut === false ? [] : ['--out', out]), ...(spec.flags?.(marker) ?? []), ...command];
  let alongside: Promise<void> | undefined;
  const result = await runCli(args, {
    cwd: spec.dir,
    timeoutMs: 90_000,
    onSpawn: (pid) => {
      alongside = spec.whileRunning?.(pid, marker);
    },
  });
  await alongside;
  const pgids = [...result.stderr.matchAll(/\(pid (\d+), own process group\)/g)].map((m) => Number(m[1]));
  return { ...result, marker, out, pgids, existingSnapshot: Boolean(spec.existingSnapshot) };
}

/** No process of the run is alive: none carrying its marker, none in a process group it started. */
export async function expectNoProcessLeft(run: FaultRun): Promise<void> {
  try {
    // The CLI has exited: whatever is still alive after a short settling window was left behind.
    await assertNoProcessLeft({ marker: run.marker }, { withinMs: 1000 });
    for (const pgid of run.pgids) await assertNoProcessLeft({ pgid }, { withinMs: 1000 });
  } finally {
    killMatching(run.marker);
  }
}

/** The --out directory holds exactly what it held before: the untouched snapshot, or nothing (no temp file either). */
export function expectOutUntouched(run: FaultRun): void {
  const dir = path.dirname(run.out);
  if (run.existingSnapshot) {
    expect(readdirSync(dir)).toEqual([OUT_NAME]);
    expect(readFileSync(run.out, 'utf8')).toBe(SENTINEL);
  } else {
    expect(readdirSync(dir)).toEqual([]);
  }
}

/** The error block of the CLI's stderr (what follows the progress lines): message, stderr tail, hint. */
export function errorText(run: FaultRun): string {
  const at = run.stderr.indexOf('error: ');
  return at < 0 ? '' : run.stderr.slice(at);
}

export interface FailureExpectation {
  /** The run must end within this budget plus SLACK_MS (its governing timeout, or a bound for instant faults). */
  withinMs: number;
  /** Some process of the server ignores SIGTERM, so teardown waits out the grace period too. */
  ignoresSigterm?: boolean;
  /** Each must match the error block. */
  says: RegExp[];
}

/**
 * A clean capture failure: exit 3, within the budget, an error block that names the fault and what to check,
 * nothing left running, nothing written.
 */
export async function expectCleanFailure(run: FaultRun, expected: FailureExpectation): Promise<void> {
  try {
    const text = errorText(run);
    expect(run.code, `exit code; stderr:\n${run.stderr.slice(-3000)}`).toBe(EXIT.capture);
    expect(text, 'an error block on stderr').toMatch(/^error: /);
    expect(text, 'a hint saying what to check').toMatch(/\nhint: \S/);
    expect(text).not.toMatch(/unexpected failure|at \S+ \(\S+:\d+:\d+\)/); // no bug banner, no stack trace
    for (const pattern of expected.says) expect(text).toMatch(pattern);
    const budget = expected.withinMs + SLACK_MS + (expected.ignoresSigterm ? SIGTERM_IGNORED_MS : 0);
    expect(run.durationMs, 'wall time of the run').toBeLessThan(budget);
    expect(run.stdout, 'nothing on stdout (no partial snapshot printed)').toBe('');
    expectOutUntouched(run);
  } finally {
    await expectNoProcessLeft(run);
  }
}

/** A successful capture: exit 0, nothing left running; returns the written snapshot. */
export async function expectSnapshot(run: FaultRun): Promise<Snapshot> {
  try {
    expect(run.code, `exit code; stderr:\n${run.stderr.slice(-3000)}`).toBe(EXIT.ok);
    expect(existsSync(run.out)).toBe(true);
    expect(readdirSync(path.dirname(run.out))).toEqual([OUT_NAME]); // no temp file left beside it
    return parseSnapshotText(readFileSync(run.out, 'utf8'), run.out);
  } finally {
    await expectNoProcessLeft(run);
  }
}

/** Timeout flags: tight where a fault is expected, generous where the server is healthy. */
export function timeoutFlags(t: { startMs?: number; requestMs?: number; totalMs?: number }): string[] {
  return [
    '--timeout-start',
    String(t.startMs ?? 15_000),
    '--timeout-request',
    String(t.requestMs ?? 15_000),
    '--timeout-total',
    String(t.totalMs ?? 30_000),
  ];
}
