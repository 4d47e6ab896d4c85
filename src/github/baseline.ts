// Decides where the base contract comes from: the snapshot at the PR's base commit (API, then git), an explicit file, or none.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { httpStatus, type GitHubApi } from './api.js';
import type { RunContext } from './event.js';
import { ensureCommit, fileAtCommit, hasCommit } from './git.js';

export type Baseline =
  | {
      kind: 'file';
      /** What runCheck reads: an absolute file path or git:REF:PATH. */
      source: string;
      /** For the report: where the base contract really came from. */
      description: string;
      /** The baseline is a committed snapshot (at the base commit, or in the checkout): the head must keep one too. */
      fromSnapshot?: boolean;
    }
  | { kind: 'none'; reason: string; baseSha?: string };

export interface BaselineRequest {
  ctx: RunContext;
  /** "auto", a file path (relative to `cwd`), or git:REF:PATH. */
  baseline: string;
  api?: GitHubApi;
  /** Repository root (undefined outside git). */
  root?: string;
  /** The snapshot file, absolute, and relative to the repository root with forward slashes. */
  snapshotAbs: string;
  snapshotRel: string;
  cwd: string;
  /** Directory for the fetched base snapshot. */
  tempDir: string;
  /** Server key, to keep temp files of several servers apart. */
  key: string;
}

const short = (sha: string) => sha.slice(0, 7);

async function keep(req: BaselineRequest, text: string, description: string): Promise<Baseline> {
  const file = path.join(req.tempDir, `base-${req.key.replace(/[^A-Za-z0-9._-]/g, '_')}.snapshot.json`);
  await fs.mkdir(req.tempDir, { recursive: true });
  await fs.writeFile(file, text, 'utf8');
  return { kind: 'file', source: file, description, fromSnapshot: true };
}

/**
 * The snapshot file as it is at the pull request's base commit, never the head's copy: a pull
 * request cannot hide its own break by editing the snapshot. Git answers first when the commit is
 * already local (the baseline is then git:SHA:PATH, so version sources are read at that commit too);
 * then the API (no clone needed); then git again after fetching the one commit (shallow checkouts).
 * A 404 from the API is trusted only when git cannot answer: a token without contents access gets 404 too.
 */
async function snapshotAtBase(req: BaselineRequest, baseSha: string): Promise<Baseline> {
  const where = `${req.snapshotRel} at ${short(baseSha)} (the base of #${req.ctx.pullRequest!.number})`;
  const missing: Baseline = { kind: 'none', reason: `there is no ${req.snapshotRel} at the base commit ${short(baseSha)}`, baseSha };
  const fromGit = async (): Promise<Baseline> =>
    (await fileAtCommit(req.root!, baseSha, req.snapshotRel)) === null
      ? missing
      : { kind: 'file', source: `git:${baseSha}:${req.snapshotRel}`, description: where, fromSnapshot: true };

  if (req.root && (await hasCommit(req.root, baseSha))) return fromGit();
  let apiSaidMissing = false;
  let apiError: string | undefined;
  if (req.api) {
    try {
      const text = await req.api.getFileAtRef(req.snapshotRel, baseSha);
      if (text !== null) return keep(req, text, where);
      apiSaidMissing = true;
    } catch (err) {
      apiError = `${httpStatus(err) ?? 'network error'}: ${(err as Error).message}`;
    }
  }
  if (req.root && (await ensureCommit(req.root, baseSha))) return fromGit();
  if (apiSaidMissing) return missing;
  throw new UserError(
    `could not read ${req.snapshotRel} at the base commit ${short(baseSha)}${apiError ? ` (GitHub API ${apiError})` : ''}, and git could not fetch that commit`,
    {
      hint: 'give the job `permissions: contents: read` (and pull-requests: write for the comment), or check out with `actions/checkout` so git can fetch the base commit; or set the `baseline` input to a file or git:REF:PATH.',
    },
  );
}

export async function resolveBaseline(req: BaselineRequest): Promise<Baseline> {
  const explicit = req.baseline.trim();
  if (explicit && explicit !== 'auto') {
    if (explicit.startsWith('git:')) return { kind: 'file', source: explicit, description: explicit };
    const abs = path.resolve(req.cwd, explicit);
    if (!existsSync(abs)) {
      throw new UserError(`the \`baseline\` input names ${explicit}, which does not exist (looked in ${req.cwd})`, {
        hint: 'give a path relative to `working-directory`, a git:REF:PATH such as git:origin/main:mcp-contract.snapshot.json, or `auto` (the snapshot at the pull request base).',
      });
    }
    return { kind: 'file', source: abs, description: explicit };
  }
  const pr = req.ctx.pullRequest;
  if (pr) return snapshotAtBase(req, pr.baseSha);
  // Not a pull request (push, schedule, dispatch): the committed snapshot must match the live server.
  if (existsSync(req.snapshotAbs)) {
    return { kind: 'file', source: req.snapshotAbs, description: `${req.snapshotRel} (committed)`, fromSnapshot: true };
  }
  return { kind: 'none', reason: `there is no committed ${req.snapshotRel}` };
}
