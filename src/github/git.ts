// The git plumbing the Action needs: repository root, fetching one commit, a file at a commit, a throwaway worktree.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { execGit } from '../git-exec.js';

export async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await execGit(args, { cwd, maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

function stderrOf(err: unknown): string {
  return (
    String((err as { stderr?: string }).stderr ?? (err as Error).message)
      .trim()
      .split('\n')[0] ?? ''
  );
}

/** The top of the git work tree containing `dir`, or undefined outside a repository. */
export async function repoRoot(dir: string): Promise<string | undefined> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], dir)).trim();
  } catch {
    return undefined;
  }
}

/** Whether the commit is in the local object store (no fetch). */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`], root);
    return true;
  } catch {
    return false;
  }
}

/** Makes `sha` available locally (actions/checkout clones one commit deep); false when it cannot be had. */
export async function ensureCommit(root: string, sha: string): Promise<boolean> {
  if (await hasCommit(root, sha)) return true;
  try {
    await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], root);
  } catch {
    return false;
  }
  return hasCommit(root, sha);
}

/** The text of `file` (relative to the repository root) at commit `sha`, or null when it does not exist there. */
export async function fileAtCommit(root: string, sha: string, file: string): Promise<string | null> {
  try {
    await git(['cat-file', '-e', `${sha}:${file}`], root);
  } catch {
    return null;
  }
  return git(['show', '--end-of-options', `${sha}:${file}`], root);
}

export interface Worktree {
  dir: string;
  remove(): Promise<void>;
}

/** Checks `sha` out into a new temporary worktree (detached) under `tempRoot`; `remove()` deletes it and its registration. */
export async function addWorktree(root: string, sha: string, tempRoot: string): Promise<Worktree> {
  const parent = await fs.mkdtemp(path.join(tempRoot, 'mcp-contract-base-'));
  const dir = path.join(parent, 'base');
  try {
    await git(['worktree', 'add', '--detach', dir, sha], root);
  } catch (err) {
    await fs.rm(parent, { recursive: true, force: true });
    throw new UserError(`could not check out the base commit ${sha.slice(0, 12)} into a worktree: ${stderrOf(err)}`, {
      hint: 'the base commit must be reachable: use `actions/checkout` with `fetch-depth: 0`, or let the Action fetch it (the `origin` remote must be readable).',
      cause: err,
    });
  }
  return {
    dir,
    async remove() {
      await git(['worktree', 'remove', '--force', dir], root).catch(() => undefined);
      await fs.rm(parent, { recursive: true, force: true });
      await git(['worktree', 'prune'], root).catch(() => undefined);
    },
  };
}
