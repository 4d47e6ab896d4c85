// Files the Action writes (SARIF, the report file) never follow a symlink a pull request or an earlier step planted: the file it points to stays unchanged.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs-atomic.js';
import { git, makeRepo, pullRequestPayload, runAction, SERVER_COMMAND, snapshotOf, weather } from '../action/harness.js';
import { FakeGitHub } from '../github/fake-github.js';
import { useTempDirs } from '../helpers/temp.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';
const VICTIM_TEXT = 'secret configuration, not to be overwritten\n';

describe('the Action writes through no symlink', () => {
  const tempDir = useTempDirs('mcpc-symlink-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;

  beforeAll(async () => {
    await gh.start();
    v1Snapshot = await snapshotOf(weather('1.0.0'));
  });
  afterAll(() => gh.stop());

  /** A pull request that commits `links` (repository path → target outside the workspace) and changes nothing else. */
  function hostileRepo(links: Record<string, string>) {
    const parent = tempDir();
    const outside = path.join(parent, 'outside');
    mkdirSync(outside);
    const repo = makeRepo(parent, { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot }, { 'notes.txt': 'head' });
    for (const [rel, target] of Object.entries(links)) symlinkSync(path.join(outside, target), path.join(repo.dir, rel));
    if (Object.keys(links).length) {
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-q', '-m', 'links');
    }
    const headSha = git(repo.dir, 'rev-parse', 'HEAD');
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    return { repo, headSha, outside, parent };
  }

  async function act(r: ReturnType<typeof hostileRepo>, sarif: string, extraEnv: NodeJS.ProcessEnv = {}) {
    return runAction({
      workspace: r.repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event: pullRequestPayload({ number: 90, baseSha: r.repo.baseSha, headSha: r.headSha }),
      sha: r.headSha,
      inputs: { command: SERVER_COMMAND, 'github-token': 'ghs_test', sarif },
      scratch: path.join(r.parent, 'scratch'),
      extraEnv,
    });
  }

  it('`sarif: results.sarif` committed as a symlink to a file outside: the link is replaced by the SARIF file, the outside file is unchanged', async () => {
    const r = hostileRepo({ 'results.sarif': 'victim.txt' });
    writeFileSync(path.join(r.outside, 'victim.txt'), VICTIM_TEXT);
    const result = await act(r, 'results.sarif');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(path.join(r.outside, 'victim.txt'), 'utf8')).toBe(VICTIM_TEXT);
    const written = path.join(r.repo.dir, 'results.sarif');
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(written, 'utf8')).version).toBe('2.1.0');
    expect(result.outputs.verdict).toBe('pass');
  });

  it('a committed folder symlink leading out of the workspace is refused for SARIF: nothing lands outside, the outputs are set, the step says why', async () => {
    const r = hostileRepo({ reports: '.' });
    const result = await act(r, 'reports/results.sarif');
    expect(readdirSync(r.outside)).toEqual([]);
    expect(result.outputs.verdict).toBe('pass');
    expect(existsSync(result.outputs.report!)).toBe(true);
    expect(result.code).toBe(1);
    const error = result.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(/could not write the SARIF file .*outside .*Check the `sarif` input/);
  });

  it('the report file in RUNNER_TEMP: a symlink planted at its name by an earlier step is replaced, not followed', async () => {
    const r = hostileRepo({});
    const runnerTemp = path.join(r.parent, 'runner-temp');
    mkdirSync(path.join(runnerTemp, 'mcp-contract'), { recursive: true });
    writeFileSync(path.join(r.outside, 'victim.txt'), VICTIM_TEXT);
    symlinkSync(path.join(r.outside, 'victim.txt'), path.join(runnerTemp, 'mcp-contract', 'report-contract.json'));
    const result = await act(r, '', { RUNNER_TEMP: runnerTemp });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.report).toBe(path.join(runnerTemp, 'mcp-contract', 'report-contract.json'));
    expect(lstatSync(result.outputs.report!).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(result.outputs.report!, 'utf8')).verdict).toBe('pass');
    expect(readFileSync(path.join(r.outside, 'victim.txt'), 'utf8')).toBe(VICTIM_TEXT);
  });
});

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs('mcpc-atomic-');

  it('replaces a symlink at the target, refuses a parent folder that leads out of `confineTo`, and leaves no temp file behind', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim'), VICTIM_TEXT);
    symlinkSync(path.join(outside, 'victim'), path.join(root, 'out.json'));
    await writeFileAtomic(path.join(root, 'out.json'), '{}\n', { confineTo: root });
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe(VICTIM_TEXT);
    expect(readFileSync(path.join(root, 'out.json'), 'utf8')).toBe('{}\n');

    symlinkSync(outside, path.join(root, 'dir'));
    await expect(writeFileAtomic(path.join(root, 'dir', 'x.json'), '{}', { confineTo: root })).rejects.toThrow(/outside/);
    expect(readdirSync(outside)).toEqual(['victim']);
    // Without confinement (a path the workflow chose, e.g. under runner.temp) a real folder is fine.
    await writeFileAtomic(path.join(outside, 'new', 'y.json'), '{}');
    expect(readdirSync(root).sort()).toEqual(['dir', 'out.json']);
  });
});
