// The bundled Action on push (drift against the committed snapshot), with a config of several servers, and with a named check run.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import { FakeGitHub } from '../github/fake-github.js';
import { useTempDirs } from '../helpers/temp.js';
import { REPO_ROOT } from '../helpers/cli.js';
import {
  CATALOG_SERVER,
  git,
  makeRepo,
  pullRequestPayload,
  runAction,
  SERVER_COMMAND,
  SERVER_SOURCE,
  snapshotOf,
  weather,
} from './harness.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';

describe('the Action outside pull requests and with several servers', () => {
  const tempDir = useTempDirs('mcpc-action2-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;
  let v11Snapshot: string;

  beforeAll(async () => {
    await gh.start();
    [v1Snapshot, v11Snapshot] = await Promise.all([snapshotOf(weather('1.0.0')), snapshotOf(weather('1.1.0'))]);
  });
  afterAll(() => gh.stop());

  const pushEvent = {
    ref: 'refs/heads/main',
    repository: { name: 'weather', full_name: 'acme/weather', owner: { login: 'acme' }, default_branch: 'main' },
  };

  it('on push, passes when the committed snapshot matches the live server and publishes its hash', async () => {
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot },
      { 'catalog.json': weather('1.1.0'), [SNAPSHOT]: v11Snapshot },
    );
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: pushEvent,
      sha: repo.headSha,
      inputs: { command: SERVER_COMMAND, 'github-token': 't' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['catalog-hash']).toBe(parseSnapshotText(v11Snapshot, 'snapshot').hashes.catalog);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('on push, fails on drift with the command that refreshes the snapshot', async () => {
    const parent = tempDir();
    // The head changed the server (safe changes, version bumped) but did not refresh the snapshot.
    const repo = makeRepo(parent, { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot }, { 'catalog.json': weather('1.1.0') });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: pushEvent,
      sha: repo.headSha,
      inputs: { command: SERVER_COMMAND, 'github-token': 't' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['catalog-hash']).toBe(parseSnapshotText(v11Snapshot, 'snapshot').hashes.catalog);
    const failure = result.commands.find((c) => c.command === 'error' && !c.props.file);
    expect(failure?.message).toContain(`npx mcp-contract snapshot --out ${SNAPSHOT} -- node ${CATALOG_SERVER} catalog.json`);
  });

  it('runs in working-directory (monorepo package) and keys the comment by the package snapshot path', async () => {
    const parent = tempDir();
    const pkg = 'packages/weather';
    const breaking = weather('2.0.0', '1.1.0');
    const repo = makeRepo(
      parent,
      { [`${pkg}/catalog.json`]: weather('1.0.0'), [`${pkg}/${SNAPSHOT}`]: v1Snapshot, [`${pkg}/src/server.ts`]: SERVER_SOURCE },
      { [`${pkg}/catalog.json`]: breaking, [`${pkg}/${SNAPSHOT}`]: await snapshotOf(breaking) },
    );
    gh.files.set(`${repo.baseSha}:${pkg}/${SNAPSHOT}`, v1Snapshot);
    const event = pullRequestPayload({ number: 22, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: { 'working-directory': pkg, command: SERVER_COMMAND, 'github-token': 't' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(gh.comments.filter((c) => c.issue === 22).map((c) => c.body.split('\n')[0])).toEqual([commentMarker(`${pkg}/${SNAPSHOT}`)]);
    const renamed = result.commands.find((c) => c.command === 'error' && c.props.title?.includes('tool-renamed'));
    expect(renamed?.props).toMatchObject({ file: `${pkg}/src/server.ts`, line: '5' });
  });

  it('refuses bad inputs with the message and hint, without a stack trace', async () => {
    const parent = tempDir();
    const repo = makeRepo(parent, { 'a.txt': 'a' }, { 'a.txt': 'b' });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: pushEvent,
      sha: repo.headSha,
      inputs: { command: 'node server.js | tee log' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code).toBe(1);
    const failure = result.commands.find((c) => c.command === 'error');
    expect(failure?.message).toMatch(/^error: the `command` input contains the shell operator `\|`/);
    expect(failure?.message).toContain('hint:');
    expect(failure?.message).not.toMatch(/\n\s+at /);

    const debug = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: pushEvent,
      sha: repo.headSha,
      inputs: { command: 'node server.js | tee log' },
      scratch: path.join(parent, 's2'),
      extraEnv: { RUNNER_DEBUG: '1' },
    });
    expect(debug.commands.find((c) => c.command === 'error')?.message).toMatch(/\n\s+at /);
  });

  it('with base-setup and several servers, sets the base up once and captures each server from it', async () => {
    const parent = tempDir();
    const counter = path.join(parent, 'setup-runs.txt');
    const config = {
      servers: [
        { name: 'one', command: ['node', CATALOG_SERVER, 'build/one.json'], snapshot: 'one.snapshot.json' },
        { name: 'two', command: ['node', CATALOG_SERVER, 'build/two.json'], snapshot: 'two.snapshot.json' },
      ],
    };
    const breaking = weather('2.0.0', '1.1.0');
    const repo = makeRepo(
      parent,
      { 'src/one.json': weather('1.0.0'), 'src/two.json': weather('1.0.0'), 'mcp-contract.config.json': JSON.stringify(config) },
      { 'src/two.json': breaking, 'build/one.json': weather('1.0.0'), 'build/two.json': breaking },
    );
    const event = pullRequestPayload({ number: 23, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: {
        config: 'mcp-contract.config.json',
        'base-setup': `echo run >> ${counter} && mkdir -p build && cp src/*.json build/`,
        comment: 'false',
      },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const reports = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(reports.map((r: { label: string; verdict: string }) => [r.label, r.verdict])).toEqual([
      ['one', 'pass'],
      ['two', 'fail'],
    ]);
    expect(readFileSync(counter, 'utf8')).toBe('run\n');
    expect(git(repo.dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  it('reports a server that crashes on start with its stderr and a hint', async () => {
    const parent = tempDir();
    const repo = makeRepo(parent, { 'a.txt': 'a' }, { 'a.txt': 'b' });
    const crash = path.join(REPO_ROOT, 'fixtures', 'faulty', 'crash-on-start.mjs');
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: pushEvent,
      sha: repo.headSha,
      inputs: { command: `node ${crash}` },
      scratch: path.join(parent, 's'),
    });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBeUndefined();
    const failure = result.commands.find((c) => c.command === 'error');
    expect(failure?.message).toMatch(/^error: the server crashed on start/);
    expect(failure?.message).toContain('hint:');
  });

  it('checks every server of a config, one comment each, and a check run per server with all annotations', async () => {
    const parent = tempDir();
    const pr = 21;
    const breaking = weather('2.0.0', '1.1.0');
    const config = {
      servers: [
        { name: 'stable', command: ['node', CATALOG_SERVER, 'stable.json'], snapshot: 'snapshots/stable.json' },
        { name: 'moving', command: ['node', CATALOG_SERVER, 'moving.json'], snapshot: 'snapshots/moving.json' },
      ],
    };
    const breakingSnapshot = await snapshotOf(breaking);
    const repo = makeRepo(
      parent,
      {
        'stable.json': weather('1.0.0'),
        'moving.json': weather('1.0.0'),
        'snapshots/stable.json': v1Snapshot,
        'snapshots/moving.json': v1Snapshot,
        'mcp-contract.config.json': JSON.stringify(config),
        'src/server.ts': SERVER_SOURCE,
      },
      { 'moving.json': breaking, 'snapshots/moving.json': breakingSnapshot },
    );
    const event = pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha });
    const run = () =>
      runAction({
        workspace: repo.dir,
        apiUrl: gh.url,
        eventName: 'pull_request',
        event,
        sha: repo.headSha,
        inputs: { config: 'mcp-contract.config.json', 'github-token': 't', 'check-name': 'MCP contract', sarif: 'results.sarif' },
        scratch: path.join(parent, 's'),
      });
    const result = await run();
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(JSON.parse(result.outputs['catalog-hash']!)).toEqual({
      stable: parseSnapshotText(v1Snapshot, 'snapshot').hashes.catalog,
      moving: parseSnapshotText(breakingSnapshot, 'snapshot').hashes.catalog,
    });
    const reports = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(reports.map((r: { label: string; verdict: string }) => [r.label, r.verdict])).toEqual([
      ['stable', 'pass'],
      ['moving', 'fail'],
    ]);
    // The unchanged server has nothing to say: no new comment for it; the moving one gets its own.
    expect(gh.comments.filter((c) => c.issue === pr).map((c) => c.body.split('\n')[0])).toEqual([commentMarker('moving')]);
    expect(result.summary).toMatch(/2 servers, 1 failing/);

    const runs = gh.checkRuns.filter((r) => r.head_sha === repo.headSha);
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([
      ['MCP contract (stable)', 'success'],
      ['MCP contract (moving)', 'failure'],
    ]);
    expect(runs[1]!.annotations.some((a) => a.path === 'src/server.ts' && a.start_line === 5 && a.annotation_level === 'failure')).toBe(
      true,
    );

    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs.flatMap((r: { results: unknown[] }) => r.results);
    expect(results.some((r: any) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'src/server.ts')).toBe(true);

    // Second run: the same comment is updated.
    await run();
    expect(gh.comments.filter((c) => c.issue === pr)).toHaveLength(1);
  });
});
