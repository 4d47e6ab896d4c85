// The gate with usage evidence (runCheck, as `check` and the Action run it): a demoted unused break needs no major bump; without evidence nothing is demoted.
import { writeFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/run/check.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const notes = path.join(REPO_ROOT, 'fixtures/usage/notes');

describe('check with usage evidence', () => {
  const tempDir = useTempDirs('mcpc-usage-gate-');

  /** A head at 1.5.0 (a minor bump) whose only change is the narrowed enum of archive_note, which nothing uses. */
  function unusedBreak(): string {
    const dir = tempDir();
    const head = JSON.parse(readFileSync(path.join(notes, 'base.json'), 'utf8'));
    head.serverInfo.version = '1.5.0';
    head.tools.find((t: { name: string }) => t.name === 'archive_note').inputSchema.properties.shelf.enum = ['cold'];
    writeFileSync(path.join(dir, 'head.json'), JSON.stringify(head));
    return dir;
  }

  const check = (dir: string, usage?: Parameters<typeof runCheck>[0]['usage']) =>
    runCheck({
      baseline: path.join(notes, 'base.json'),
      headFile: path.join(dir, 'head.json'),
      cwd: dir,
      policy: { quality: { lint: false, footprint: false } },
      ...(usage ? { usage } : {}),
    });

  it('fails without the policy, passes with --demote-unused on the evidence of the repository and the calls', async () => {
    const dir = unusedBreak();
    const evidence = { root: path.join(notes, 'repo'), calls: [path.join(notes, 'calls.jsonl')] };
    const strict = await check(dir, evidence);
    expect([strict.exitCode, strict.report.verdict?.requiredBump]).toEqual([1, 'major']);
    const demoted = await check(dir, { ...evidence, demoteUnused: true });
    expect([demoted.exitCode, demoted.report.verdict?.verdict, demoted.report.verdict?.requiredBump]).toEqual([0, 'pass', 'patch']);
    expect(demoted.report.findings.map((f) => [f.rule, f.severity, f.originalSeverity])).toEqual([
      ['input-enum-value-removed', 'warning', 'breaking'],
    ]);
    expect(demoted.report.usage).toMatchObject({
      demoteUnused: true,
      demoted: 1,
      labels: { broken: 0, 'potentially-affected': 0, unaffected: 1 },
    });
  });

  it('fails closed: the policy with evidence that reads nothing demotes nothing', async () => {
    const dir = unusedBreak();
    const r = await check(dir, { root: dir, refs: ['**/*.prompt'], demoteUnused: true });
    expect([r.exitCode, r.report.verdict?.requiredBump]).toEqual([1, 'major']);
    expect(r.report.usage).toMatchObject({ empty: true, demoted: 0 });
  });

  it("the policy's overrides reach the usage rule: off drops it, a severity re-grades it", async () => {
    const dir = path.join(REPO_ROOT, 'fixtures/usage/rules/recorded-output-schema-mismatch');
    const gate = (overrides: Record<string, 'off' | 'warning'>) =>
      runCheck({
        baseline: path.join(dir, 'base.json'),
        headFile: path.join(dir, 'head.json'),
        cwd: dir,
        policy: { overrides, quality: { lint: false, footprint: false } },
        usage: { calls: [path.join(dir, 'calls.jsonl')] },
      });
    const rules = async (overrides: Record<string, 'off' | 'warning'>) =>
      (await gate(overrides)).report.findings.map((f) => [f.rule, f.severity, f.originalSeverity ?? null]);
    expect(await rules({})).toEqual([
      ['recorded-output-schema-mismatch', 'breaking', null],
      ['output-type-narrowed', 'safe', null],
    ]);
    expect(await rules({ 'recorded-output-schema-mismatch': 'off' })).toEqual([['output-type-narrowed', 'safe', null]]);
    expect(await rules({ 'recorded-output-schema-mismatch': 'warning' })).toEqual([
      ['recorded-output-schema-mismatch', 'warning', 'breaking'],
      ['output-type-narrowed', 'safe', null],
    ]);
  });
});
