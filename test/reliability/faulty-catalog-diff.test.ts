// Faulty catalogs are captured as they are (see faulty-stdio.test.ts); the diff must then not hide their changes.
// Base and head are snapshotted through the CLI and diffed through the CLI.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectSnapshot, snapshotFaulty, timeoutFlags, type FaultRun } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-faulty-diff-');

/** Snapshots `script` twice (plain, and with `headArgs`), checks both captures, and diffs them through the CLI as JSON. */
async function captureAndDiff(script: string, headArgs: string[]) {
  const [base, head]: FaultRun[] = await Promise.all([
    snapshotFaulty({ dir: tempDir(), script, flags: () => timeoutFlags({}) }),
    snapshotFaulty({ dir: tempDir(), script, args: headArgs, flags: () => timeoutFlags({}) }),
  ]);
  const [baseSnapshot, headSnapshot] = [await expectSnapshot(base), await expectSnapshot(head)];
  expect(headSnapshot.hashes.catalog).not.toBe(baseSnapshot.hashes.catalog);
  const diff = await runCli(['diff', base.out, head.out, '--format', 'json'], { cwd: path.dirname(base.out) });
  return { diff, baseSnapshot, headSnapshot };
}

describe('faulty catalogs and the diff', () => {
  // Guards a fixed bug: diffTools() compared only the first definition of a name, so when both sides list "search"
  // twice, a breaking change to the second was never compared and `diff` printed "no changes" (exit 0).
  it('a required parameter added to the second of two "search" tools is a breaking change (exit 1), not "no changes"', async () => {
    const { diff } = await captureAndDiff('duplicate-tools.mjs', ['--break']);
    expect(diff.code, diff.stdout + diff.stderr).toBe(EXIT.violated);
    expect(diff.stdout).toMatch(/"search"/);
    expect(diff.stdout).toMatch(/region/);
  });

  // Guards a fixed bug: a change inside an inputSchema that is not valid JSON Schema ({"type": 42} → 43, "string" →
  // "number", "required": "q" → "zz") yielded no finding at all. Each such tool needs at least input-schema-inconclusive.
  it('a change inside an invalid inputSchema is reported for that tool (at least inconclusive), never silently dropped', async () => {
    const { diff } = await captureAndDiff('invalid-input-schema.mjs', ['--changed']);
    expect([EXIT.ok, EXIT.violated], diff.stderr).toContain(diff.code);
    const findings = (JSON.parse(diff.stdout) as { findings: Array<{ subject: string; rule: string }> }).findings;
    const reported = new Set(findings.map((f) => f.subject));
    for (const tool of ['type-is-number', 'schema-is-string', 'misspelt-type'])
      expect([...reported], `a finding for ${tool}`).toContain(tool);
    // Tools whose definitions did not change get no finding.
    for (const tool of ['no-schema', 'schema-is-null', 'healthy']) expect([...reported]).not.toContain(tool);
  });
});
