// A server with duplicate tool names, captured as it is (see faulty-stdio.test.ts), must not hide a breaking change
// from the diff: snapshot base and head through the CLI, then diff them through the CLI.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectSnapshot, snapshotFaulty, timeoutFlags } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-faulty-dupes-');

describe('duplicate tool names and the diff', () => {
  // KNOWN DIFF BUG (reported): src/diff/tools.ts byName() keeps only the first definition per name (canonical order)
  // and diffTools() warns about duplicates only when the base had none, so when both sides list "search" twice, a
  // breaking change to the second definition is never compared: `diff` prints "no changes" (exit 0) although the
  // catalog hashes differ. Every definition must be compared (or the diff must say it could not), never "no changes".
  it('a required parameter added to the second of two "search" tools is a breaking change (exit 1), not "no changes"', async () => {
    const [base, head] = await Promise.all([
      snapshotFaulty({ dir: tempDir(), script: 'duplicate-tools.mjs', flags: () => timeoutFlags({}) }),
      snapshotFaulty({ dir: tempDir(), script: 'duplicate-tools.mjs', args: ['--break'], flags: () => timeoutFlags({}) }),
    ]);
    const [baseSnapshot, headSnapshot] = [await expectSnapshot(base), await expectSnapshot(head)];
    expect(headSnapshot.hashes.catalog).not.toBe(baseSnapshot.hashes.catalog);

    const diff = await runCli(['diff', base.out, head.out, '--format', 'json'], { cwd: path.dirname(base.out) });
    expect(diff.code, diff.stdout + diff.stderr).toBe(EXIT.violated);
    expect(diff.stdout).toMatch(/"search"/);
    expect(diff.stdout).toMatch(/region/);
  });
});
