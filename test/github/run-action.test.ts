// The Action in-process: runAction with a recording surface, the fake GitHub REST server, real fixture servers and real git repositories.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { runAction } from '../../src/github/run-action.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import { toJsonReport } from '../../src/report/json.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import {
  CATALOG_SERVER,
  git,
  makeRepo,
  prepareRunner,
  pullRequestPayload,
  SERVER_COMMAND,
  SERVER_SOURCE,
  snapshotOf,
  weather,
  type TwoCommitRepo,
} from '../action/harness.js';
import { FakeGitHub } from './fake-github.js';
import { RecordingSurface } from './recording-surface.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';
const hashOf = (snapshotText: string): string => parseSnapshotText(snapshotText, 'snapshot').hashes.catalog;

describe('runAction in-process', () => {
  const tempDir = useTempDirs('mcpc-run-action-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;
  let v11Snapshot: string;
  /** 2.0.0's breaking changes, but the server still says 1.1.0: a break without its major bump. */
  let breakingCatalog: string;
  let breakingSnapshot: string;

  beforeAll(async () => {
    await gh.start();
    breakingCatalog = weather('2.0.0', '1.1.0');
    [v1Snapshot, v11Snapshot, breakingSnapshot] = await Promise.all([
      snapshotOf(weather('1.0.0')),
      snapshotOf(weather('1.1.0')),
      snapshotOf(breakingCatalog),
    ]);
  });
  afterAll(() => gh.stop());

  /** Runs the Action in this process on a pull request of `repo`, returning the surface and what the fake GitHub saw during the run. */
  async function onPullRequest(repo: TwoCommitRepo, pr: number, inputs: Record<string, string>, labels: string[] = []) {
    const surface = new RecordingSurface(inputs);
    const { env } = prepareRunner({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      sha: repo.headSha,
      inputs: {},
      scratch: path.join(path.dirname(repo.dir), `scratch-${gh.requests.length}`),
      event: pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha, labels }),
    });
    const seen = gh.requests.length;
    const result = await runAction(surface, env);
    const calls = gh.requests.slice(seen).map((r) => `${r.method} ${r.path}`);
    return { surface, result, calls };
  }

  it('passes a pull request whose changes are safe and bumped: outputs, summary, one new comment, a successful check run', async () => {
    const pr = 41;
    const repo = makeRepo(
      tempDir(),
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot },
      { 'catalog.json': weather('1.1.0'), [SNAPSHOT]: v11Snapshot },
    );
    const { surface, result, calls } = await onPullRequest(repo, pr, {
      command: SERVER_COMMAND,
      'github-token': 'ghs_pass',
      'check-name': 'MCP contract',
    });

    expect(surface.failures).toEqual([]);
    expect(surface.outputs).toEqual({
      verdict: 'pass',
      'required-bump': 'minor',
      'breaking-count': '0',
      'catalog-hash': hashOf(v11Snapshot),
      report: result!.reportPath,
    });
    expect(surface.tokens).toEqual(['ghs_pass']);
    expect(surface.summary).toMatch(/^### ✅ mcp-contract: `weather` — contract check passed/);
    expect(surface.summary).toContain('get_alerts');
    expect(surface.lines('error')).toEqual([]);
    // A passing run's log says what the server came to, not only where the SARIF went.
    expect(surface.lines('info').map((l) => l.message)).toEqual([
      'mcp-contract: weather: PASS, contract check passed: 2 safe changes and 1 info, required bump minor; version 1.0.0 → 1.1.0 (minor)',
      'mcp-contract: created the pull request comment for weather (id 1000)',
    ]);

    // The event's labels lack the approve label, so they are re-read; the base snapshot comes from git (the commit is local).
    expect(calls).toEqual([
      `GET /repos/acme/weather/issues/${pr}/labels`,
      `GET /repos/acme/weather/issues/${pr}/comments`,
      `POST /repos/acme/weather/issues/${pr}/comments`,
      'POST /repos/acme/weather/check-runs',
    ]);
    const comment = gh.comments.find((c) => c.issue === pr)!;
    expect(comment.body.startsWith(`${commentMarker(SNAPSHOT)}\n### ✅`)).toBe(true);
    const run = gh.checkRuns.find((r) => r.head_sha === repo.headSha)!;
    expect(run).toMatchObject({ name: 'MCP contract', conclusion: 'success', output: { title: 'weather: contract kept' } });
    expect(run.output.summary).toBe(surface.summary.replace(/\n\n$/, ''));
  });

  it('fails a break without its bump: the Report object in the outcome, annotations at the source line, SARIF, a comment created then updated', async () => {
    const pr = 42;
    const repo = makeRepo(
      tempDir(),
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot, 'src/server.ts': SERVER_SOURCE },
      { 'catalog.json': breakingCatalog, [SNAPSHOT]: breakingSnapshot },
    );
    const inputs = { command: SERVER_COMMAND, 'github-token': 'ghs_fail', 'check-name': 'MCP contract', sarif: 'out/results.sarif' };
    const first = await onPullRequest(repo, pr, inputs);

    const outcome = first.result!.outcomes[0]!;
    expect(outcome.kind).toBe('checked');
    if (outcome.kind !== 'checked') return;
    expect(outcome.report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['tool-renamed', 'input-property-added-required']));
    expect(first.surface.outputs).toMatchObject({
      verdict: 'fail',
      'required-bump': 'major',
      'breaking-count': String(outcome.report.counts.breaking),
      'catalog-hash': hashOf(breakingSnapshot),
    });
    expect(outcome.report.counts.breaking).toBeGreaterThanOrEqual(2);
    // The report file is the JSON report of that object, byte for byte as the CLI's --format json writes it.
    expect(readFileSync(first.surface.outputs.report!, 'utf8')).toBe(JSON.stringify(toJsonReport(outcome.report), null, 2) + '\n');

    expect(first.surface.failures).toHaveLength(1);
    expect(first.surface.failures[0]).toMatch(
      /^mcp-contract: weather violates its contract: .*get_current_conditions.*\(details in the job summary and the pull request comment\)$/,
    );
    const renamed = first.surface.lines('error').find((l) => l.place?.title?.includes('tool-renamed'));
    expect(renamed?.place).toMatchObject({ file: 'src/server.ts', startLine: 5 });
    expect(first.surface.summary).toContain('get_conditions');
    expect(first.surface.summary).toContain('add the `breaking-change-approved` label');

    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out', 'results.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    const sarifRenamed = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'tool-renamed');
    expect(sarifRenamed.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'src/server.ts' }, region: { startLine: 5 } });
    expect(first.surface.log).toContainEqual({
      level: 'info',
      message: `mcp-contract: wrote SARIF to ${path.join(repo.dir, 'out', 'results.sarif')}`,
    });

    const runs = gh.checkRuns.filter((r) => r.head_sha === repo.headSha);
    expect(runs.map((r) => [r.name, r.conclusion, r.output.title])).toEqual([['MCP contract', 'failure', 'weather: contract violated']]);
    expect(runs[0]!.annotations).toContainEqual(
      expect.objectContaining({ path: 'src/server.ts', start_line: 5, annotation_level: 'failure' }),
    );

    const second = await onPullRequest(repo, pr, inputs);
    const ours = gh.comments.filter((c) => c.issue === pr);
    expect(ours).toHaveLength(1);
    expect(first.calls).toEqual([
      `GET /repos/acme/weather/issues/${pr}/labels`,
      `GET /repos/acme/weather/issues/${pr}/comments`,
      `POST /repos/acme/weather/issues/${pr}/comments`,
      'POST /repos/acme/weather/check-runs',
    ]);
    expect(second.calls).toEqual([
      `GET /repos/acme/weather/issues/${pr}/labels`,
      `GET /repos/acme/weather/issues/${pr}/comments`,
      // A comment carries the marker: is it the token's own? (GitHub does not say for the GITHUB_TOKEN: 403.)
      'GET /user',
      `PATCH /repos/acme/weather/issues/comments/${ours[0]!.id}`,
      'POST /repos/acme/weather/check-runs',
    ]);
    expect(second.surface.log).toContainEqual({
      level: 'info',
      message: `mcp-contract: updated the pull request comment for weather (id ${ours[0]!.id})`,
    });
    expect(ours[0]!.body).toContain('get_conditions');
    expect(gh.requests.filter((r) => r.path.includes(`/issues/${pr}/`)).every((r) => r.authorization === 'token ghs_fail')).toBe(true);
  });

  it('passes with "no baseline yet" in a working-directory, without changing the process directory', async () => {
    const pr = 43;
    const pkg = 'packages/weather';
    const repo = makeRepo(tempDir(), { [`${pkg}/catalog.json`]: weather('1.0.0') }, { [`${pkg}/catalog.json`]: weather('1.1.0') });
    const cwd = process.cwd();
    const { surface, result, calls } = await onPullRequest(repo, pr, {
      'working-directory': pkg,
      command: SERVER_COMMAND,
      'github-token': 't',
    });
    expect(process.cwd()).toBe(cwd);

    expect(surface.failures).toEqual([]);
    expect(surface.outputs).toEqual({
      verdict: 'pass',
      'required-bump': 'none',
      'breaking-count': '0',
      'catalog-hash': hashOf(v11Snapshot),
      report: result!.reportPath,
    });
    expect(surface.summary).toContain(`### ✅ mcp-contract: weather — no baseline yet`);
    expect(surface.summary).toContain(`there is no ${pkg}/${SNAPSHOT} at the base commit ${repo.baseSha.slice(0, 7)}`);
    // The refresh command runs from the repository root.
    expect(surface.summary).toContain(`cd ${pkg} && npx mcp-contract snapshot --out ${SNAPSHOT} -- ${SERVER_COMMAND}`);
    expect(JSON.parse(readFileSync(result!.reportPath, 'utf8'))).toEqual({
      label: 'weather',
      verdict: 'pass',
      baseline: null,
      reason: `there is no ${pkg}/${SNAPSHOT} at the base commit ${repo.baseSha.slice(0, 7)}`,
      head: { name: 'weather', version: '1.1.0', hash: hashOf(v11Snapshot), toolCount: 4 },
    });
    expect(surface.log.filter((l) => l.level !== 'info')).toEqual([]);
    // No baseline is worth a comment, keyed by the package's snapshot path.
    expect(calls).toContain(`POST /repos/acme/weather/issues/${pr}/comments`);
    expect(
      gh.comments
        .find((c) => c.issue === pr)!
        .body.startsWith(`${commentMarker(`${pkg}/${SNAPSHOT}`)}\n### ✅ mcp-contract: weather — no baseline yet`),
    ).toBe(true);
  });

  it('checks every server of a config: base-setup once in a log group, a server that cannot be checked reported beside the others', async () => {
    const pr = 45;
    const crash = path.join(REPO_ROOT, 'fixtures', 'faulty', 'crash-on-start.mjs');
    const config = {
      servers: [
        { name: 'one', command: ['node', CATALOG_SERVER, 'build/one.json'], snapshot: 'one.snapshot.json' },
        { name: 'broken', command: ['node', crash], snapshot: 'broken.snapshot.json' },
      ],
    };
    // Neither server has a snapshot at the base: base-setup builds the base, and the base server is captured from it.
    const repo = makeRepo(
      tempDir(),
      { 'src/one.json': weather('1.0.0'), 'mcp-contract.config.json': JSON.stringify(config) },
      { 'src/one.json': weather('1.1.0'), 'build/one.json': weather('1.1.0') },
    );
    const { surface, result } = await onPullRequest(repo, pr, {
      config: 'mcp-contract.config.json',
      'base-setup': 'mkdir -p build && cp src/*.json build/',
      comment: 'false',
    });

    expect(result!.outcomes.map((o) => [o.job.key, o.kind])).toEqual([
      ['one', 'checked'],
      ['broken', 'error'],
    ]);
    expect(surface.groups).toEqual([`mcp-contract: base-setup at ${repo.baseSha.slice(0, 7)}`]);
    expect(surface.summary.startsWith('<h2>mcp-contract: 2 servers, 1 failing</h2>\n\n### ✅ mcp-contract: `one`')).toBe(true);
    expect(surface.summary).toContain(`the server at the base commit ${repo.baseSha.slice(0, 7)} (built with base-setup)`);
    expect(surface.summary).toContain('### ❌ mcp-contract: `broken` — could not be checked');
    expect(surface.outputs).toMatchObject({ verdict: 'fail', 'required-bump': 'minor', 'breaking-count': '0' });
    expect(JSON.parse(surface.outputs['catalog-hash']!)).toEqual({ one: hashOf(v11Snapshot), broken: null });
    expect(surface.failures).toEqual([expect.stringMatching(/^broken: error: the server crashed on start/)]);
    expect(
      JSON.parse(readFileSync(result!.reportPath, 'utf8')).map((r: { label: string; verdict: string }) => [r.label, r.verdict]),
    ).toEqual([
      ['one', 'pass'],
      ['broken', 'fail'],
    ]);
    // The base worktree is gone again.
    expect(git(repo.dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  it('fails the step with the message and hint when the setup is wrong, and sets no outputs', async () => {
    const repo = makeRepo(tempDir(), { 'a.txt': 'a' }, { 'a.txt': 'b' });
    const bad = await onPullRequest(repo, 44, { command: 'node server.js | tee log' });
    expect(bad.result).toBeUndefined();
    expect(bad.surface.outputs).toEqual({});
    expect(bad.surface.failures).toHaveLength(1);
    expect(bad.surface.failures[0]).toMatch(/^error: the `command` input contains the shell operator `\|`/);
    expect(bad.surface.failures[0]).toContain('hint:');
    expect(bad.calls).toEqual([]);

    const crash = path.join(REPO_ROOT, 'fixtures', 'faulty', 'crash-on-start.mjs');
    const crashed = await onPullRequest(repo, 44, { command: `node ${crash}` });
    expect(crashed.surface.outputs).toEqual({});
    expect(crashed.surface.failures).toHaveLength(1);
    expect(crashed.surface.failures[0]).toMatch(/^error: the server crashed on start/);
    expect(existsSync(path.join(repo.dir, SNAPSHOT))).toBe(false);

    // A key the server asks for is in the step's environment but not passed: the Action names its own input for it.
    const needsKey = path.join(REPO_ROOT, 'fixtures', 'servers', 'faulty', 'needs-api-key.mjs');
    process.env.BRAVE_API_KEY = 'in-the-step-env';
    try {
      const noKey = await onPullRequest(repo, 44, { command: `node ${needsKey}` });
      expect(noKey.surface.failures[0]).toContain(
        'BRAVE_API_KEY is set in this step\'s environment but not passed to the server; add it to the `pass-env` input (pass-env: BRAVE_API_KEY) or to "passEnv" in the config.',
      );
      expect(noKey.surface.failures[0]).not.toContain('--pass-env');
    } finally {
      delete process.env.BRAVE_API_KEY;
    }
  });

  it('masks the headers input before anything else, and puts the stack in the failure only in debug runs', async () => {
    const repo = makeRepo(tempDir(), { 'a.txt': 'a' }, { 'a.txt': 'b' });
    const surface = new RecordingSurface({
      url: 'http://127.0.0.1:9/mcp',
      headers: 'Authorization: Bearer s3cret',
      'working-directory': 'missing',
    });
    surface.debug = true;
    const { env } = prepareRunner({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: {},
      scratch: path.join(path.dirname(repo.dir), 's'),
    });
    expect(await runAction(surface, env)).toBeUndefined();
    expect(surface.secrets).toEqual(['Bearer s3cret']);
    expect(surface.failures[0]).toMatch(/^error: working-directory missing does not exist in /);
    expect(surface.failures[0]).toMatch(/\n\s+at /);
  });
});
