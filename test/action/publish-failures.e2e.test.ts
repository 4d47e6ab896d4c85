// The bundled Action when GitHub's API fails (500, 403, a reset connection): a warning, while the verdict, outputs, SARIF and summary stand and the step's status is the verdict's.
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { useTempDirs } from '../helpers/temp.js';
import { makeRepo, pullRequestPayload, runAction, SERVER_COMMAND, snapshotOf, weather } from './harness.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';

describe('the Action when publishing to GitHub fails', () => {
  const tempDir = useTempDirs('mcpc-publish-fail-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;
  let v11Snapshot: string;
  let breakingSnapshot: string;

  beforeAll(async () => {
    await gh.start();
    [v1Snapshot, v11Snapshot, breakingSnapshot] = await Promise.all([
      snapshotOf(weather('1.0.0')),
      snapshotOf(weather('1.1.0')),
      snapshotOf(weather('2.0.0', '1.1.0')),
    ]);
  });
  afterAll(() => gh.stop());

  /** A pull request from v1 to `head` (with its refreshed snapshot), run with comments, a check run and SARIF while `failures` hold. */
  async function run(head: 'safe' | 'breaking', failures: Record<string, number | 'reset'>, pr: number) {
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot },
      head === 'safe'
        ? { 'catalog.json': weather('1.1.0'), [SNAPSHOT]: v11Snapshot }
        : { 'catalog.json': weather('2.0.0', '1.1.0'), [SNAPSHOT]: breakingSnapshot },
    );
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    for (const [key, status] of Object.entries(failures)) gh.failures.set(key, status);
    const from = gh.requests.length;
    try {
      const result = await runAction({
        workspace: repo.dir,
        apiUrl: gh.url,
        eventName: 'pull_request',
        event: pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha }),
        sha: repo.headSha,
        inputs: { command: SERVER_COMMAND, 'github-token': 'ghs_test', 'check-name': 'MCP contract', sarif: 'out/results.sarif' },
        scratch: path.join(parent, 'scratch'),
      });
      return { result, repo, requests: gh.requests.slice(from) };
    } finally {
      gh.failures.clear();
    }
  }

  it.each([
    ['HTTP 500 on listing comments and creating the check run', { listComments: 500, createCheckRun: 500 }],
    ['HTTP 403 on creating the comment and the check run', { createComment: 403, createCheckRun: 403 }],
    ['a connection reset on listing comments and creating the check run', { listComments: 'reset', createCheckRun: 'reset' }],
  ] as const)('a passing check passes with %s: warnings, and every output, the SARIF and the summary written', async (_what, failures) => {
    const { result, repo, requests } = await run('safe', failures, 80);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['required-bump']).toBe('minor');
    expect(result.outputs['catalog-hash']).toBe(parseSnapshotText(v11Snapshot, 'snapshot').hashes.catalog);
    expect(JSON.parse(readFileSync(result.outputs.report!, 'utf8')).verdict).toBe('pass');
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'out', 'results.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(result.summary).toContain('contract check passed');
    // The API was really asked (and refused): the comment list or post, and the check run.
    expect(requests.some((r) => r.path.endsWith('/issues/80/comments'))).toBe(true);
    expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toBe(true);
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(
      warnings.some((w) => /could not (comment|update the pull request comment)/.test(w)),
      warnings.join('\n'),
    ).toBe(true);
    expect(
      warnings.some((w) => /could not create the check run/.test(w)),
      warnings.join('\n'),
    ).toBe(true);
    // The warning says what failed: GitHub's status, or a network failure when nothing answered.
    const expected = Object.values(failures).includes('reset') ? /network failure/ : /HTTP (500|403)/;
    expect(
      warnings.some((w) => expected.test(w)),
      warnings.join('\n'),
    ).toBe(true);
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('a failing check fails for its verdict alone when comments and check runs answer 500: outputs, SARIF and summary are there', async () => {
    const { result, repo } = await run('breaking', { listComments: 500, createCheckRun: 500 }, 81);
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['required-bump']).toBe('major');
    expect(existsSync(result.outputs.report!)).toBe(true);
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out', 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(result.summary).toContain('contract check failed');
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    // The step fails with the contract's message, not with the API's.
    expect(errors.some((e) => e.includes('violates its contract'))).toBe(true);
    expect(
      errors.some((e) => /HTTP 500|failure 500|unexpected failure/.test(e)),
      errors.join('\n'),
    ).toBe(false);
  });
});
