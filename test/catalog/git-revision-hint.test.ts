// A git:REF:PATH that git cannot show: the hint names the fetch command that works for that kind of revision, and running
// that very command (in a real clone of a real repository) makes the same source readable.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/snapshot-file.js';
import { UserError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-gitref-');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function hintFor(source: string, cwd: string): Promise<string> {
  const err = await loadCatalog(source, cwd).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return (err as UserError).hint!;
}

/** Runs a hint's command (the text between the first pair of backticks) as git argv. */
function runQuotedCommand(hint: string, cwd: string): void {
  const command = /`git ([^`]+)`/.exec(hint)![1];
  git(cwd, ...command.split(' '));
}

describe('the hint for a git revision that is not here', () => {
  let upstream: string;
  let devSha: string;
  beforeAll(() => {
    upstream = tempDir();
    git(upstream, 'init', '-q', '-b', 'main');
    git(upstream, 'config', 'user.email', 't@example.com');
    git(upstream, 'config', 'user.name', 't');
    writeFileSync(path.join(upstream, 'snap.json'), JSON.stringify({ tools: [] }));
    git(upstream, 'add', '.');
    git(upstream, 'commit', '-qm', 'main');
    git(upstream, 'checkout', '-qb', 'dev');
    writeFileSync(path.join(upstream, 'snap.json'), JSON.stringify({ tools: [{ name: 'on_dev', inputSchema: { type: 'object' } }] }));
    git(upstream, 'commit', '-qam', 'dev');
    git(upstream, 'tag', 'v1.0.0');
    devSha = git(upstream, 'rev-parse', 'HEAD');
    git(upstream, 'checkout', '-q', 'main');
  });

  /** A clone as actions/checkout makes one: every branch mapped to origin/*, but only main fetched, one commit deep. */
  function actionsCheckout(): string {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'remote', 'add', 'origin', `file://${upstream}`);
    git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/heads/main:refs/remotes/origin/main');
    git(dir, 'checkout', '-q', '-b', 'main', 'origin/main');
    return dir;
  }

  it('origin/dev on a shallow checkout: `git fetch --depth=1 origin dev`, not `origin origin/dev`, and that command works', async () => {
    const dir = actionsCheckout();
    const hint = await hintFor('git:origin/dev:snap.json', dir);
    expect(hint).toBe(
      'the remote-tracking branch origin/dev is not here yet; fetch it with `git fetch --depth=1 origin dev` (the branch name as the remote knows it, without "origin/"). This is a shallow clone (`git rev-parse --is-shallow-repository` says true): only the commits fetched so far are here; `git fetch --unshallow` fetches the whole history, and in GitHub Actions `actions/checkout` with `fetch-depth: 0` does.',
    );
    runQuotedCommand(hint, dir);
    expect((await loadCatalog('git:origin/dev:snap.json', dir)).catalog.tools.map((t) => t.name)).toEqual(['on_dev']);
  });

  it('a full clone gets no --depth; a --single-branch clone gets the refspec spelled out, and both commands work', async () => {
    const full = tempDir();
    git(full, 'clone', '-q', '--single-branch', `file://${upstream}`, '.');
    const hint = await hintFor('git:origin/dev:snap.json', full);
    expect(hint).toBe(
      'the remote-tracking branch origin/dev is not here yet; fetch it with `git fetch origin dev:refs/remotes/origin/dev` (the branch name as the remote knows it, without "origin/").',
    );
    runQuotedCommand(hint, full);
    expect((await loadCatalog('git:origin/dev:snap.json', full)).catalog.tools.map((t) => t.name)).toEqual(['on_dev']);
  });

  it('a bare branch name: fetch it and read it as origin/NAME; a tag: `git fetch origin tag NAME`', async () => {
    const dir = actionsCheckout();
    const hint = await hintFor('git:dev:snap.json', dir);
    expect(hint).toBe(
      'no commit, branch or tag dev is here. A branch of the remote is read through its remote-tracking name: `git fetch --depth=1 origin dev`, then git:origin/dev:snap.json; a tag: `git fetch --depth=1 origin tag dev`. Check the name with `git ls-remote origin dev`. This is a shallow clone (`git rev-parse --is-shallow-repository` says true): only the commits fetched so far are here; `git fetch --unshallow` fetches the whole history, and in GitHub Actions `actions/checkout` with `fetch-depth: 0` does.',
    );
    runQuotedCommand(hint, dir);
    expect((await loadCatalog('git:origin/dev:snap.json', dir)).catalog.tools).toHaveLength(1);

    const tagHint = await hintFor('git:v1.0.0:snap.json', dir);
    git(dir, ...'fetch --depth=1 origin tag v1.0.0'.split(' '));
    expect(tagHint).toContain('a tag: `git fetch --depth=1 origin tag v1.0.0`');
    expect((await loadCatalog('git:v1.0.0:snap.json', dir)).catalog.tools).toHaveLength(1);
  });

  it('a full commit SHA: `git fetch --depth=1 origin SHA`, and that command works', async () => {
    const dir = actionsCheckout();
    const hint = await hintFor(`git:${devSha}:snap.json`, dir);
    expect(hint.startsWith(`the commit ${devSha} is not here; fetch it with \`git fetch --depth=1 origin ${devSha}\`.`)).toBe(true);
    runQuotedCommand(hint, dir);
    expect((await loadCatalog(`git:${devSha}:snap.json`, dir)).catalog.tools).toHaveLength(1);
  });

  it('the revision is here but the path is not: says so and how to list the files', async () => {
    const dir = actionsCheckout();
    expect(await hintFor('git:HEAD:missing.json', dir)).toBe(
      'the revision HEAD is here but has no missing.json: the path in git:REF:PATH is relative to the repository root (start it with ./ for the current directory); list what the revision holds with `git ls-tree -r --name-only HEAD`.',
    );
  });

  it('no remote, and no repository at all', async () => {
    const lonely = tempDir();
    git(lonely, 'init', '-q', '-b', 'main');
    expect(await hintFor('git:dev:snap.json', lonely)).toBe(
      'no commit, branch or tag dev is here, and this repository has no remote to fetch it from; check the name with `git branch -a` and `git tag`, or give a commit SHA.',
    );
    const notRepo = tempDir();
    expect(await hintFor('git:main:snap.json', notRepo)).toBe(
      `git: sources are read from the repository around the working directory, and ${notRepo} is not inside one; run mcp-contract from the repository, or give the snapshot as a file path.`,
    );
  });
});
