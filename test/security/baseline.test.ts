// The baseline comes from the base commit: a pull request that rewrites the committed snapshot to match its own break still fails.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, makeRepo, snapshotOf, weather, type TwoCommitRepo } from '../action/harness.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';
const SERVER = ['node', path.join(REPO_ROOT, 'fixtures', 'servers', 'catalog-server.mjs'), 'catalog.json'];

describe('check --baseline git:<base>:snapshot reads the base commit, never the PR head', () => {
  const tempDir = useTempDirs('mcpc-baseline-');
  let repo: TwoCommitRepo;

  beforeAll(async () => {
    // 2.0.0's breaking changes served as 1.1.0: a break without its major bump.
    const breaking = weather('2.0.0', '1.1.0');
    const [v1Snapshot, breakingSnapshot] = await Promise.all([snapshotOf(weather('1.0.0')), snapshotOf(breaking)]);
    // The head commit edits the committed snapshot to match its own break.
    repo = makeRepo(
      tempDir(),
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot },
      { 'catalog.json': breaking, [SNAPSHOT]: breakingSnapshot },
    );
    expect(readFileSync(path.join(repo.dir, SNAPSHOT), 'utf8')).toBe(breakingSnapshot);
  });

  const check = (baseline: string, ...extra: string[]) =>
    runCli(['check', '--baseline', baseline, '--format', 'json', ...extra, '--', ...SERVER], { cwd: repo.dir });

  it("control: against the head's own (edited) snapshot the break is invisible, so the source of the baseline is what matters", async () => {
    const r = await check(SNAPSHOT);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  for (const [name, ref] of [
    ['the base SHA', () => repo.baseSha],
    ['the base branch', () => 'main'],
    ['the remote base branch', () => 'origin/main'],
  ] as const) {
    it(`git:<${name}>:${SNAPSHOT} still fails the break`, async () => {
      git(repo.dir, 'fetch', '-q', 'origin');
      const r = await check(`git:${ref()}:${SNAPSHOT}`);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.verdict).toBe('fail');
      expect(report.findings.some((f: { severity: string }) => f.severity === 'breaking')).toBe(true);
      expect(report.base.source).toBe(`git:${ref()}:${SNAPSHOT}`);
    });
  }

  it('with --snapshot (drift check) too: the edited snapshot matches the head, the base still decides', async () => {
    const r = await check(`git:${repo.baseSha}:${SNAPSHOT}`, '--snapshot', SNAPSHOT);
    expect(r.code, r.stdout + r.stderr).toBe(1);
  });

  it('check leaves the repository as it found it (no snapshot rewritten, nothing staged)', async () => {
    const r = await check(`git:${repo.baseSha}:${SNAPSHOT}`, '--snapshot', SNAPSHOT);
    expect(r.code).toBe(1);
    expect(git(repo.dir, 'status', '--porcelain')).toBe('');
  });
});
