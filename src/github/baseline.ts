// Decides where the base contract comes from: the snapshot at the PR's base commit (API, then git), an explicit file, or none.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { resolveConfigCopy, type ResolvedConfig } from '../config/resolve.js';
import { UserError } from '../errors.js';
import { assertResolvesInside } from './repo-paths.js';
import { httpStatus, type GitHubApi } from './api.js';
import type { GateBase, RunContext } from './event.js';
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
  /** Where the base commit's config puts the snapshot (relative to the root); default `snapshotRel`. */
  baseSnapshotRel?: string;
  /** Snapshots of the base's config no head server claims (see ServerJob.unclaimedBaseSnapshots). */
  unclaimedBaseSnapshots?: string[];
}

const short = (sha: string) => sha.slice(0, 7);

async function keep(req: BaselineRequest, text: string, description: string): Promise<Baseline> {
  const file = path.join(req.tempDir, `base-${req.key.replace(/[^A-Za-z0-9._-]/g, '_')}.snapshot.json`);
  await fs.mkdir(req.tempDir, { recursive: true });
  await fs.writeFile(file, text, 'utf8');
  return { kind: 'file', source: file, description, fromSnapshot: true };
}

/** A file at the base commit: from git (`local`: readable as git:SHA:PATH), or its text from the API; null when it is not there. */
type AtBase = { local: true } | { local: false; text: string } | null;

/**
 * Reads `rel` at the base commit, never the head's copy. Git answers first when the commit is already local; then the
 * API (no clone needed); then git again after fetching the one commit (shallow checkouts). A 404 from the API is
 * trusted only when git cannot answer: a token without contents access gets 404 too.
 */
async function readAtBase(
  root: string | undefined,
  api: GitHubApi | undefined,
  baseSha: string,
  rel: string,
  what: string,
): Promise<AtBase> {
  const fromGit = async (): Promise<AtBase> => ((await fileAtCommit(root!, baseSha, rel)) === null ? null : { local: true });
  if (root && (await hasCommit(root, baseSha))) return fromGit();
  let apiSaidMissing = false;
  let apiError: string | undefined;
  if (api) {
    try {
      const text = await api.getFileAtRef(rel, baseSha);
      if (text !== null) return { local: false, text };
      apiSaidMissing = true;
    } catch (err) {
      apiError = `${httpStatus(err) ?? 'network error'}: ${(err as Error).message}`;
    }
  }
  if (root && (await ensureCommit(root, baseSha))) return fromGit();
  if (apiSaidMissing) return null;
  throw new UserError(
    `could not read ${what} ${rel} at the base commit ${short(baseSha)}${apiError ? ` (GitHub API ${apiError})` : ''}, and git could not fetch that commit`,
    {
      hint: 'give the job `permissions: contents: read` (and pull-requests: write for the comment), or check out with `actions/checkout` so git can fetch the base commit; or set the `baseline` input to a file or git:REF:PATH.',
    },
  );
}

/**
 * The snapshot file as it is at the gate's base commit, at the path the base commit's config gives it: a pull request
 * can neither hide its own break by editing the snapshot nor by moving it. When the commit is local the baseline is
 * git:SHA:PATH, so version sources are read at that commit too.
 */
async function snapshotAtBase(req: BaselineRequest, base: GateBase): Promise<Baseline> {
  const baseSha = base.sha;
  const rel = req.baseSnapshotRel ?? req.snapshotRel;
  const where = `${rel} at ${short(baseSha)} (${base.describe})`;
  const found = await readAtBase(req.root, req.api, baseSha, rel, 'the snapshot');
  if (found?.local) return { kind: 'file', source: `git:${baseSha}:${rel}`, description: where, fromSnapshot: true };
  if (found) return keep(req, found.text, where);
  for (const other of req.unclaimedBaseSnapshots ?? []) {
    if ((await readAtBase(req.root, req.api, baseSha, other, 'the snapshot')) === null) continue;
    throw new UserError(
      `no baseline for ${req.key}: there is no ${rel} at the base commit ${short(baseSha)}, but the base commit's config had a server with the snapshot ${other}, which the head's config no longer names`,
      {
        hint: `a pull request that renames a server and moves its snapshot at once would check it against nothing. Keep the server's name (or its snapshot path) in this pull request and change the other in a later one, so the baseline ${other} is found; or set the \`baseline\` input to git:${short(baseSha)}:${other} for this run.`,
      },
    );
  }
  return { kind: 'none', reason: `there is no ${rel} at the base commit ${short(baseSha)}`, baseSha };
}

/**
 * The config file as it is at the gate's base commit, resolved as if it stood where the head's does (`as`), or
 * undefined when the base commit has none (the pull request adds it). Its servers locate the baselines and its policy
 * is what the head's is compared with (policy/policy-diff.ts).
 */
export async function loadBaseConfig(args: {
  ctx: RunContext;
  root: string;
  api?: GitHubApi;
  /** The head's config file, absolute. */
  as: string;
  tempDir: string;
}): Promise<ResolvedConfig | undefined> {
  const base = args.ctx.gateBase;
  if (!base) return undefined;
  const rel = path.relative(args.root, args.as).split(path.sep).join('/');
  const found = await readAtBase(args.root, args.api, base.sha, rel, 'the config');
  if (found === null) return undefined;
  const text = found.local ? ((await fileAtCommit(args.root, base.sha, rel)) ?? '') : found.text;
  const dir = await fs.mkdtemp(path.join(args.tempDir, 'mcp-contract-base-config-'));
  try {
    const copy = path.join(dir, path.basename(rel));
    await fs.writeFile(copy, text, { encoding: 'utf8', flag: 'wx' });
    return await resolveConfigCopy(copy, `${rel} at the base commit ${short(base.sha)}`, args.as);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
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
  // The head's copy is read for the drift check (and written by no one): it must not lead out of the repository.
  if (req.root) await assertResolvesInside(req.root, req.snapshotAbs, 'the snapshot', req.snapshotRel);
  if (req.ctx.gateBase) return snapshotAtBase(req, req.ctx.gateBase);
  // Not a pull request (push, schedule, dispatch): the committed snapshot must match the live server.
  if (existsSync(req.snapshotAbs)) {
    return { kind: 'file', source: req.snapshotAbs, description: `${req.snapshotRel} (committed)`, fromSnapshot: true };
  }
  return { kind: 'none', reason: `there is no committed ${req.snapshotRel}` };
}
