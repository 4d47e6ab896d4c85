// Bad input to the real CLI process: corrupted or future snapshots, invalid config, unparsable versions, missing git revisions, unreadable paths. Each ends with a clear message and leaves every file on disk as it was.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, pullRequestPayload, runAction, SERVER_COMMAND, snapshotOf, weather } from '../action/harness.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const WEATHER = (v: string) => readFileSync(path.join(REPO_ROOT, 'fixtures', 'servers', 'weather', `${v}.json`), 'utf8');
const CATALOG_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'catalog-server.mjs');

/** sha256 of every file under `dir` (relative path → hash), so a run can be proven to have written nothing. */
function treeHashes(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(out, treeHashes(dir, rel));
    else if (entry.isFile()) {
      try {
        out[rel] = createHash('sha256')
          .update(readFileSync(path.join(dir, rel)))
          .digest('hex');
      } catch {
        out[rel] = `unreadable, mode ${statSync(path.join(dir, rel)).mode.toString(8)}`;
      }
    }
  }
  return out;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.test',
    },
  }).trim();

describe('bad input to the CLI: exit 2, a clear message, nothing on disk modified', () => {
  const tempDir = useTempDirs('mcpc-bad-');
  let dir: string;
  let validSnapshot: string;

  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'v1.json'), WEATHER('1.0.0'));
    writeFileSync(path.join(dir, 'v2.json'), WEATHER('2.0.0'));
    const snap = await runCli(['snapshot', '--out', 'mcp-contract.snapshot.json', '--', 'node', CATALOG_SERVER, 'v1.json'], { cwd: dir });
    expect(snap.code, snap.stderr).toBe(0);
    validSnapshot = readFileSync(path.join(dir, 'mcp-contract.snapshot.json'), 'utf8');
    writeFileSync(path.join(dir, 'report.md'), 'an earlier report\n');
    writeFileSync(path.join(dir, 'truncated.snapshot.json'), validSnapshot.slice(0, Math.floor(validSnapshot.length / 2)));
    const future = JSON.parse(validSnapshot);
    future.formatVersion = 99;
    writeFileSync(path.join(dir, 'future.snapshot.json'), JSON.stringify(future, null, 2));
    writeFileSync(path.join(dir, 'string-version.snapshot.json'), JSON.stringify({ ...future, formatVersion: '1' }, null, 2));
    writeFileSync(path.join(dir, 'not-a-catalog.json'), JSON.stringify({ name: 'weather', version: '1.0.0' }));
    writeFileSync(path.join(dir, 'tools-not-a-list.json'), JSON.stringify({ tools: { name: 'x' } }));
    writeFileSync(path.join(dir, 'bad-fail-on.config.json'), JSON.stringify({ policy: { failOn: 'sometimes' } }));
    writeFileSync(
      path.join(dir, 'bad-timeout.config.json'),
      JSON.stringify({ servers: [{ name: 'w', command: ['node', CATALOG_SERVER, 'v1.json'], timeouts: { startMs: -5 } }] }),
    );
    writeFileSync(
      path.join(dir, 'bad-waiver.config.json'),
      JSON.stringify({ policy: { waivers: [{ rule: 'tool-removed', tool: 'x', reason: 'r', expires: 42 }] } }),
    );
    writeFileSync(path.join(dir, 'unknown-key.config.json'), JSON.stringify({ policy: { failOnn: 'breaking' } }));
    writeFileSync(path.join(dir, 'syntax.config.json'), '{"policy": {"failOn": "breaking",}}');
    mkdirSync(path.join(dir, 'a-directory.json'));
    // The temp dir is a repository, so git:REF:PATH reaches a real `git show`.
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', 'mcp-contract.snapshot.json');
    git(dir, 'commit', '-q', '-m', 'snapshot');
  });

  /** Runs the CLI in the temp dir and asserts exit 2, the message words, and an untouched tree. */
  async function expectRefused(args: string[], words: RegExp[]): Promise<CliResult> {
    const before = treeHashes(dir);
    const r = await runCli(args, { cwd: dir });
    expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(/\nhint: /);
    expect(r.stderr).not.toMatch(/unexpected failure|\n\s+at \S+ \(/); // no bare stack trace
    for (const w of words) expect(r.stderr).toMatch(w);
    expect(treeHashes(dir)).toEqual(before);
    expect(readFileSync(path.join(dir, 'mcp-contract.snapshot.json'), 'utf8')).toBe(validSnapshot);
    return r;
  }

  it('a truncated snapshot (diff and check): names the file, line and column, says it looks truncated', async () => {
    await expectRefused(
      ['diff', 'truncated.snapshot.json', 'v2.json'],
      [/truncated\.snapshot\.json is not valid JSON at line \d+, column \d+/, /truncated/],
    );
    await expectRefused(
      ['check', '--baseline', 'truncated.snapshot.json', '--head', 'v2.json', '--out-report', 'report.md'],
      [/truncated\.snapshot\.json is not valid JSON/],
    );
    await expectRefused(
      [
        'check',
        '--baseline',
        'mcp-contract.snapshot.json',
        '--snapshot',
        'truncated.snapshot.json',
        '--',
        'node',
        CATALOG_SERVER,
        'v1.json',
      ],
      [/truncated\.snapshot\.json is not valid JSON/],
    );
  });

  it('a snapshot of an unknown format version: names the version and says to upgrade', async () => {
    await expectRefused(['diff', 'future.snapshot.json', 'v2.json'], [/format version 99/, /reads formats? 1/, /upgrade/]);
    await expectRefused(
      ['check', '--baseline', 'future.snapshot.json', '--head', 'v2.json', '--out-report', 'report.md'],
      [/format version 99/],
    );
    await expectRefused(['diff', 'string-version.snapshot.json', 'v2.json'], [/"formatVersion" must be an integer/]);
  });

  it('a file that is not a catalog: says what is missing', async () => {
    await expectRefused(['diff', 'not-a-catalog.json', 'v2.json'], [/not-a-catalog\.json is not a catalog/, /"tools"/]);
    await expectRefused(
      ['diff', 'tools-not-a-list.json', 'v2.json'],
      [/tools-not-a-list\.json is not a catalog: "tools" is object, expected an array/],
    );
  });

  it('an invalid config: names the config file and the JSON path of the bad field', async () => {
    await expectRefused(
      ['check', '--config', 'bad-fail-on.config.json', '--baseline', 'mcp-contract.snapshot.json', '--head', 'v1.json'],
      [/bad-fail-on\.config\.json is invalid/, /policy\.failOn must be one of "breaking", "warning", "safe"/],
    );
    await expectRefused(
      ['check', '--config', 'bad-timeout.config.json', '--baseline', 'mcp-contract.snapshot.json'],
      [/servers\[0\]\.timeouts\.startMs must be >= 1/],
    );
    await expectRefused(
      ['check', '--config', 'bad-waiver.config.json', '--baseline', 'mcp-contract.snapshot.json', '--head', 'v1.json'],
      [/policy\.waivers\[0\]\.expires/],
    );
    await expectRefused(
      ['check', '--config', 'unknown-key.config.json', '--baseline', 'mcp-contract.snapshot.json', '--head', 'v1.json'],
      [/failOnn/],
    );
    await expectRefused(
      ['check', '--config', 'syntax.config.json', '--baseline', 'mcp-contract.snapshot.json', '--head', 'v1.json'],
      [/syntax\.config\.json is not valid JSON/],
    );
    // snapshot --config with an existing --out: the existing snapshot stays byte-identical (checked by expectRefused).
    await expectRefused(['snapshot', '--config', 'bad-timeout.config.json'], [/servers\[0\]\.timeouts\.startMs/]);
  });

  it('a missing git revision or path in git:REF:PATH: names the revision and how to fetch it', async () => {
    await expectRefused(
      ['check', '--baseline', 'git:no-such-branch:mcp-contract.snapshot.json', '--head', 'v2.json', '--out-report', 'report.md'],
      [/could not read mcp-contract\.snapshot\.json at git revision no-such-branch/, /this repository has no remote to fetch it from/],
    );
    await expectRefused(
      ['diff', 'git:0123456789abcdef0123456789abcdef01234567:mcp-contract.snapshot.json', 'v2.json'],
      [/at git revision 0123456789abcdef/],
    );
    await expectRefused(
      ['diff', 'git:HEAD:missing.snapshot.json', 'v2.json'],
      [/could not read missing\.snapshot\.json at git revision HEAD/],
    );
  });

  it('a git revision that looks like an option is not passed to git as one (git show --output=FILE would write FILE)', async () => {
    await expectRefused(['diff', 'git:--output=written-by-git:mcp-contract.snapshot.json', 'v2.json'], [/--output=written-by-git/]);
    await expectRefused(['check', '--baseline', 'git:-p:mcp-contract.snapshot.json', '--head', 'v2.json'], [/-p/]);
  });

  it('an unreadable path (a directory where a file is expected, a missing file): says so', async () => {
    await expectRefused(['diff', 'a-directory.json', 'v2.json'], [/could not read a-directory\.json/]);
    await expectRefused(
      ['check', '--baseline', 'a-directory.json', '--head', 'v2.json', '--out-report', 'report.md'],
      [/could not read a-directory\.json/],
    );
    await expectRefused(
      ['diff', 'no-such-file.json', 'v2.json'],
      [/could not read no-such-file\.json: no such file/, /mcp-contract snapshot/],
    );
  });

  // As root (CI containers, this machine) a chmod 000 file is still readable, so the case only means something for other users.
  it.skipIf(process.getuid?.() === 0)('a file without read permission: says so', async () => {
    writeFileSync(path.join(dir, 'locked.json'), validSnapshot);
    chmodSync(path.join(dir, 'locked.json'), 0o000);
    try {
      await expectRefused(['diff', 'locked.json', 'v2.json'], [/could not read locked\.json/, /permission/]);
    } finally {
      chmodSync(path.join(dir, 'locked.json'), 0o644);
    }
  });

  it('an unparsable version when a bump is needed: the check fails as bad input (exit 2), still prints the report, and names the version and where it was read', async () => {
    const bad = JSON.parse(WEATHER('2.0.0'));
    bad.serverInfo.version = 'banana';
    writeFileSync(path.join(dir, 'banana.json'), JSON.stringify(bad));
    const before = treeHashes(dir);
    const r = await runCli(
      ['check', '--baseline', 'mcp-contract.snapshot.json', '--head', 'banana.json', '--out-report', 'banana-report.json'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toMatch(/"banana" read from serverInfo\.version in banana\.json is not semver/);
    // Only the asked-for report was written.
    const after = treeHashes(dir);
    expect(Object.keys(after).filter((k) => !(k in before))).toEqual(['banana-report.json']);
    delete after['banana-report.json'];
    expect(after).toEqual(before);
  });
});

describe('bad input to the Action: the step fails with the message, never a pass', () => {
  const tempDir = useTempDirs('mcpc-bad-action-');
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('a corrupted snapshot at the base commit: the step fails naming the file, and no verdict output says pass', async () => {
    const good = await snapshotOf(weather('1.0.0'));
    const corrupted = good.slice(0, 200);
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': corrupted },
      { 'catalog.json': weather('1.1.0'), 'mcp-contract.snapshot.json': await snapshotOf(weather('1.1.0')) },
    );
    gh.files.set(`${repo.baseSha}:mcp-contract.snapshot.json`, corrupted);
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      sha: repo.headSha,
      scratch: path.join(parent, 'scratch'),
      event: pullRequestPayload({ number: 9, baseSha: repo.baseSha, headSha: repo.headSha }),
      inputs: { command: SERVER_COMMAND, 'github-token': 'ghs_test' },
    });
    expect(result.code).not.toBe(0);
    expect(result.outputs.verdict).not.toBe('pass');
    const error = result.commands.find((c) => c.command === 'error');
    expect(error?.message, result.stdout).toMatch(/mcp-contract\.snapshot\.json.*not valid JSON/s);
    expect(gh.comments.filter((c) => c.issue === 9 && /contract check passed|✅/.test(c.body))).toEqual([]);
  });
});
