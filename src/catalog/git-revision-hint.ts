// Says how to get a `git:REF:PATH` source that git could not show: the fetch command that works for that kind of revision
// (a remote-tracking branch, a commit SHA, a branch or tag name), shallow-clone advice, or that the path is what is missing.
import { execGit } from '../git-exec.js';

/** What the repository in `cwd` says about itself, read with three cheap local git calls (no network). */
interface RepoFacts {
  remotes: string[];
  shallow: boolean;
  /** Whether the revision names a commit that is here. */
  revisionExists: boolean;
  /** The fetch refspecs configured per remote (a `--single-branch` clone maps only one branch). */
  refspecs: Map<string, string[]>;
}

async function gitOut(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await execGit(args, { cwd, maxBuffer: 1024 * 1024, timeout: 10_000 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

async function repoFacts(ref: string, cwd: string): Promise<RepoFacts> {
  const [remotes, shallow, resolved, fetchConfig] = await Promise.all([
    gitOut(['remote'], cwd),
    gitOut(['rev-parse', '--is-shallow-repository'], cwd),
    gitOut(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd),
    gitOut(['config', '--get-regexp', '^remote\\..*\\.fetch$'], cwd),
  ]);
  const refspecs = new Map<string, string[]>();
  for (const line of (fetchConfig ?? '').split('\n')) {
    const m = /^remote\.(.+)\.fetch (.+)$/.exec(line);
    if (m) refspecs.set(m[1], [...(refspecs.get(m[1]) ?? []), m[2]]);
  }
  return {
    remotes: (remotes ?? '').split('\n').filter(Boolean),
    shallow: shallow === 'true',
    revisionExists: Boolean(resolved),
    refspecs,
  };
}

/** The remote a revision like `origin/dev` or `refs/remotes/origin/dev` belongs to, and the branch on that remote. */
function remoteTrackingParts(ref: string, remotes: readonly string[]): { remote: string; branch: string } | undefined {
  const name = ref.startsWith('refs/remotes/') ? ref.slice('refs/remotes/'.length) : ref;
  // The longest remote name first: a remote called "origin/x" beats "origin".
  for (const remote of [...remotes].sort((a, b) => b.length - a.length)) {
    if (name.startsWith(`${remote}/`) && name.length > remote.length + 1) return { remote, branch: name.slice(remote.length + 1) };
  }
  return undefined;
}

/**
 * The command that fetches `branch` of `remote` into its remote-tracking ref. `git fetch origin dev` does that only
 * when the remote's refspec maps every branch (a default clone, actions/checkout); otherwise the refspec is spelled out.
 */
function fetchBranchCommand(facts: RepoFacts, remote: string, branch: string): string {
  const depth = facts.shallow ? '--depth=1 ' : '';
  const mapsAll = (facts.refspecs.get(remote) ?? []).some((spec) => spec.replace(/^\+/, '') === `refs/heads/*:refs/remotes/${remote}/*`);
  return `git fetch ${depth}${remote} ${mapsAll ? branch : `${branch}:refs/remotes/${remote}/${branch}`}`;
}

const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;

/**
 * The hint for a `git show REF:FILE` that failed with `stderr`: what to check first and the command that fixes it.
 * Never throws (a failing git call only makes the hint less specific).
 */
export async function gitRevisionHint(ref: string, file: string, stderr: string, cwd: string): Promise<string> {
  if (/not a git repository/i.test(stderr)) {
    return `git: sources are read from the repository around the working directory, and ${cwd} is not inside one; run mcp-contract from the repository, or give the snapshot as a file path.`;
  }
  const facts = await repoFacts(ref, cwd);
  if (facts.revisionExists) {
    return `the revision ${ref} is here but has no ${file}: the path in git:REF:PATH is relative to the repository root (start it with ./ for the current directory); list what the revision holds with \`git ls-tree -r --name-only ${ref}\`.`;
  }
  const shallowNote = facts.shallow
    ? ' This is a shallow clone (`git rev-parse --is-shallow-repository` says true): only the commits fetched so far are here; `git fetch --unshallow` fetches the whole history, and in GitHub Actions `actions/checkout` with `fetch-depth: 0` does.'
    : '';
  const depth = facts.shallow ? '--depth=1 ' : '';
  const tracking = remoteTrackingParts(ref, facts.remotes);
  if (tracking) {
    return `the remote-tracking branch ${ref} is not here yet; fetch it with \`${fetchBranchCommand(facts, tracking.remote, tracking.branch)}\` (the branch name as the remote knows it, without "${tracking.remote}/").${shallowNote}`;
  }
  const remote = facts.remotes.includes('origin') ? 'origin' : facts.remotes[0];
  if (remote === undefined) {
    return `no commit, branch or tag ${ref} is here, and this repository has no remote to fetch it from; check the name with \`git branch -a\` and \`git tag\`, or give a commit SHA.`;
  }
  if (FULL_SHA.test(ref)) {
    return `the commit ${ref} is not here; fetch it with \`git fetch ${depth}${remote} ${ref}\`.${shallowNote}`;
  }
  if (SHORT_SHA.test(ref)) {
    return `if ${ref} is an abbreviated commit SHA, its commit is not here: fetch the history that has it (\`git fetch ${facts.shallow ? '--unshallow ' : ''}${remote}\`) or give the full 40-character SHA.${shallowNote}`;
  }
  return `no commit, branch or tag ${ref} is here. A branch of the remote is read through its remote-tracking name: \`${fetchBranchCommand(facts, remote, ref)}\`, then git:${remote}/${ref}:${file}; a tag: \`git fetch ${depth}${remote} tag ${ref}\`. Check the name with \`git ls-remote ${remote} ${ref}\`.${shallowNote}`;
}
