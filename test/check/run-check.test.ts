// runCheck in process (the Action's entry to the pipeline): paths relative to cwd, drift messages, approval hint.
import { copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { refreshCommand, runCheck } from '../../src/run/check.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const GATE = path.join(REPO_ROOT, 'fixtures/gate');
const tempDir = useTempDirs('mcpc-runcheck-');
let dir: string;
beforeAll(() => {
  dir = tempDir();
  for (const f of ['v1.json', 'rename-minor.json', 'rename-major.json']) copyFileSync(path.join(GATE, f), path.join(dir, f));
});

describe('runCheck', () => {
  it('reads baseline, head and snapshot relative to cwd and gates them', async () => {
    const r = await runCheck({ baseline: 'v1.json', headFile: 'rename-major.json', cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.report.base.source).toBe('v1.json');
    expect(r.report.verdict).toMatchObject({ verdict: 'pass', actualBump: 'major', baseVersion: '1.4.2', headVersion: '2.0.0' });
    expect(r.head.tools.map((t) => t.name)).toContain('search_items_v2');
  });
  it("fails with the caller's approval hint and a drift reason naming the refresh command", async () => {
    const r = await runCheck({
      baseline: 'v1.json',
      headFile: 'rename-minor.json',
      snapshotFile: 'v1.json',
      cwd: dir,
      approvalHint: 'add the label `breaking-change-approved`',
      refreshCommand: 'npm run snapshot',
    });
    expect(r.exitCode).toBe(1);
    const reasons = r.report.verdict!.reasons;
    expect(reasons.map((x) => x.code)).toEqual(['bump-too-small', 'rename-needs-bump', 'snapshot-drift', 'snapshot-version-drift']);
    expect(reasons[0]!.message).toContain('approve the break (add the label `breaking-change-approved`)');
    expect(reasons[2]!.message).toBe(
      'the committed snapshot v1.json no longer matches the live catalog (tools that differ: `search_items`, `search_items_v2`). Refresh it and commit the change, so the contract change is visible in review: `npm run snapshot`',
    );
  });
  it('a missing committed snapshot is a blocking reason telling how to create it', async () => {
    const r = await runCheck({ baseline: 'v1.json', headFile: 'v1.json', snapshotFile: 'nope.json', cwd: dir, target: undefined });
    expect(r.report.verdict!.reasons.map((x) => [x.code, x.blocking])).toEqual([['snapshot-missing', true]]);
  });
  it('a base version supplied by the caller wins over the snapshot', async () => {
    const r = await runCheck({
      baseline: 'v1.json',
      headFile: 'rename-minor.json',
      cwd: dir,
      baseVersion: { version: '1.0.0', source: 'package.json at abc123' },
    });
    expect(r.report.verdict).toMatchObject({ baseVersion: '1.0.0', suggestedVersion: '2.0.0' });
  });
  it('no server and no head file is a usage error', async () => {
    await expect(runCheck({ baseline: 'v1.json', cwd: dir })).rejects.toBeInstanceOf(UserError);
  });
  it('refreshCommand quotes words a shell would split', () => {
    expect(refreshCommand('snap.json', { command: ['node', 'my server.js', "it's"] })).toBe(
      `npx mcp-contract snapshot --out snap.json -- node 'my server.js' 'it'\\''s'`,
    );
    expect(refreshCommand('s.json', { url: 'http://127.0.0.1:3000/mcp', start: 'npm start' })).toBe(
      `npx mcp-contract snapshot --out s.json --url http://127.0.0.1:3000/mcp --start 'npm start'`,
    );
  });
});
