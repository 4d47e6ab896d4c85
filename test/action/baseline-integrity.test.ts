// The Action under a hostile pull request: the baseline cannot be moved, paths cannot leave the repository, policy loosening is a finding; merge queues gate.
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/github/run-action.js';
import { useTempDirs } from '../helpers/temp.js';
import { FakeGitHub } from '../github/fake-github.js';
import { RecordingSurface } from '../github/recording-surface.js';
import { CATALOG_SERVER, git, makeRepo, prepareRunner, pullRequestPayload, snapshotOf, weather, type TwoCommitRepo } from './harness.js';

const CONFIG = 'mcp-contract.config.json';

/** The weather catalog at 1.0.0 without one tool, still saying 1.0.0: a break without its bump. */
function withoutTool(tool: string): string {
  const catalog = JSON.parse(weather('1.0.0'));
  catalog.tools = catalog.tools.filter((t: { name: string }) => t.name !== tool);
  return JSON.stringify(catalog, null, 2) + '\n';
}

/** A config of one server served from catalog.json, with its snapshot at `snapshot` and an optional policy. */
function config(snapshot: string, policy?: unknown, name = 'weather'): string {
  return JSON.stringify({
    servers: [{ name, command: ['node', CATALOG_SERVER, 'catalog.json'], snapshot }],
    ...(policy ? { policy } : {}),
  });
}

describe('the Action against a hostile pull request, and in a merge queue', () => {
  const tempDir = useTempDirs('mcpc-baseline-integrity-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;
  let removedSnapshot: string;
  const removed = withoutTool('save_favorite_city');

  beforeAll(async () => {
    await gh.start();
    [v1Snapshot, removedSnapshot] = await Promise.all([snapshotOf(weather('1.0.0')), snapshotOf(removed)]);
  });
  afterAll(() => gh.stop());

  async function run(repo: TwoCommitRepo, eventName: string, event: unknown, inputs: Record<string, string>) {
    const surface = new RecordingSurface({ comment: 'false', ...inputs });
    const { env } = prepareRunner({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName,
      sha: repo.headSha,
      inputs: {},
      scratch: path.join(path.dirname(repo.dir), `scratch-${gh.requests.length}`),
      event,
    });
    const result = await runAction(surface, env);
    const outcome = result?.outcomes[0];
    const report = outcome?.kind === 'checked' ? outcome.report : undefined;
    return { surface, result, report, rules: report?.findings.map((f) => f.rule) ?? [] };
  }
  const onPullRequest = (repo: TwoCommitRepo, inputs: Record<string, string>, labels: string[] = []) =>
    run(repo, 'pull_request', pullRequestPayload({ number: 7, baseSha: repo.baseSha, headSha: repo.headSha, labels }), inputs);
  const base = () => ({ 'catalog.json': weather('1.0.0'), 'a.snapshot.json': v1Snapshot, [CONFIG]: config('a.snapshot.json') });

  it('a pull request that moves the snapshot path and removes a tool fails: the baseline is where the base commit says', async () => {
    const repo = makeRepo(tempDir(), base(), {
      'catalog.json': removed,
      'a.snapshot.json': null,
      'moved/a.snapshot.json': removedSnapshot,
      [CONFIG]: config('moved/a.snapshot.json'),
    });
    const { surface, report, rules } = await onPullRequest(repo, { config: CONFIG });
    expect(surface.outputs.verdict).toBe('fail');
    expect(rules).toContain('tool-removed');
    expect(report?.base.source).toMatch(/^a\.snapshot\.json at [0-9a-f]{7} \(the base of #7\)$/);
    // The head's own snapshot is still held to the live server (drift) at its new path: no finding for the move itself.
    expect(report?.verdict?.reasons.map((r) => r.code)).not.toContain('snapshot-drift');
  });

  it('renaming the server while moving its snapshot finds no pair: it fails naming both paths', async () => {
    const repo = makeRepo(tempDir(), base(), {
      'catalog.json': removed,
      'a.snapshot.json': null,
      'b.snapshot.json': removedSnapshot,
      [CONFIG]: config('b.snapshot.json', undefined, 'weather2'),
    });
    const { surface } = await onPullRequest(repo, { config: CONFIG });
    expect(surface.outputs.verdict).toBeUndefined();
    expect(surface.failures).toHaveLength(1);
    expect(surface.failures[0]).toMatch(
      /there is no b\.snapshot\.json at the base commit [0-9a-f]{7}, but the base commit's config had a server with the snapshot a\.snapshot\.json/,
    );
    expect(surface.failures[0]).toMatch(/hint: .*Keep the server's name/);
  });

  it.each([
    ['../outside.snapshot.json', /the snapshot \.\.\/outside\.snapshot\.json \(\/.*\/outside\.snapshot\.json\) is outside the repository/],
    [
      '/tmp/mcpc-absolute.snapshot.json',
      /the snapshot (\.\.\/)+[^ ]*mcpc-absolute\.snapshot\.json \(\/tmp\/mcpc-absolute\.snapshot\.json\) is outside the repository/,
    ],
  ])('a snapshot path that leaves the repository (%s) is refused with a clear error', async (snapshot, message) => {
    const repo = makeRepo(tempDir(), base(), { 'catalog.json': removed, [CONFIG]: config(snapshot) });
    const { surface } = await onPullRequest(repo, { config: CONFIG });
    expect(surface.outputs.verdict).toBeUndefined();
    expect(surface.failures[0]).toMatch(message);
    expect(surface.failures[0]).toContain('hint: a pull request can edit the config');
  });

  it('a snapshot reached through a symlink that points out of the repository is refused', async () => {
    const parent = tempDir();
    // The link points at the folder holding the repository, where a snapshot the pull request controls could sit.
    writeFileSync(path.join(parent, 'a.snapshot.json'), removedSnapshot);
    const repo = makeRepo(parent, base(), { 'catalog.json': removed, [CONFIG]: config('link/a.snapshot.json') });
    symlinkSync(parent, path.join(repo.dir, 'link'));
    git(repo.dir, 'add', 'link');
    git(repo.dir, 'commit', '-q', '-m', 'link');
    const { surface } = await onPullRequest({ ...repo, headSha: git(repo.dir, 'rev-parse', 'HEAD') }, { config: CONFIG });
    expect(surface.outputs.verdict).toBeUndefined();
    expect(surface.failures[0]).toMatch(/the snapshot link\/a\.snapshot\.json leads \(through a symlink\) to .*outside/);
  });

  it('a version source outside the repository, by name or through a committed symlink, is refused before anything is read', async () => {
    const parent = tempDir();
    const secret = path.join(parent, 'secret.txt');
    writeFileSync(secret, 'version = 9.9.9-token\n');
    const byName = makeRepo(tempDir(), base(), {
      [CONFIG]: config('a.snapshot.json', { versionSources: [{ type: 'file', path: secret, regex: 'version = (\\S+)' }] }),
    });
    const named = await onPullRequest(byName, { config: CONFIG });
    expect(named.surface.outputs.verdict).toBeUndefined();
    expect(named.surface.failures[0]).toMatch(/the version source .*secret\.txt.* is outside the repository/);

    const linked = makeRepo(tempDir(), base(), {
      [CONFIG]: config('a.snapshot.json', { versionSources: [{ type: 'file', path: 'VERSION', regex: 'version = (\\S+)' }] }),
    });
    symlinkSync(secret, path.join(linked.dir, 'VERSION'));
    git(linked.dir, 'add', 'VERSION');
    git(linked.dir, 'commit', '-q', '-m', 'link');
    const viaLink = await onPullRequest({ ...linked, headSha: git(linked.dir, 'rev-parse', 'HEAD') }, { config: CONFIG });
    expect(viaLink.surface.outputs.verdict).toBeUndefined();
    expect(viaLink.surface.failures[0]).toMatch(
      /the version source VERSION leads \(through a symlink\) to .*secret\.txt, outside the repository/,
    );
    expect(viaLink.surface.failures.join('\n') + viaLink.surface.summary).not.toContain('9.9.9-token');
  });

  it('a waiver the pull request adds for its own break is itself a breaking finding; the approval label lets both through', async () => {
    const waiver = { rule: 'tool-removed', tool: 'save_favorite_city', reason: 'nobody uses it' };
    const repo = makeRepo(tempDir(), base(), {
      'catalog.json': removed,
      'a.snapshot.json': removedSnapshot,
      [CONFIG]: config('a.snapshot.json', { waivers: [waiver] }),
    });
    const failing = await onPullRequest(repo, { config: CONFIG });
    expect(failing.surface.outputs.verdict).toBe('fail');
    expect(failing.rules).toEqual(expect.arrayContaining(['tool-removed', 'policy-waiver-added']));
    const added = failing.report!.findings.find((f) => f.rule === 'policy-waiver-added')!;
    expect(added).toMatchObject({ severity: 'breaking', subject: CONFIG, path: '/policy/waivers/0' });
    expect(failing.report!.verdict!.reasons.find((r) => r.code === 'policy-loosened')).toMatchObject({ blocking: true });

    const approved = await onPullRequest(repo, { config: CONFIG }, ['breaking-change-approved']);
    expect(approved.surface.outputs.verdict).toBe('pass');
    expect(approved.report!.findings.find((f) => f.rule === 'policy-waiver-added')?.approved).toBeDefined();
  });

  it('turning the rule off, raising failOn and relaxing the 0.x bump are findings, and the head cannot waive or override them away', async () => {
    const loosened = {
      failOn: 'breaking',
      overrides: { 'tool-removed': 'off', 'policy-override-loosened': 'off', 'policy-fail-on-raised': 'info' },
      waivers: [{ rule: 'policy-fail-on-raised', tool: '*', reason: 'trust me' }],
      zeroMajorBreakingBump: 'minor',
    };
    const repo = makeRepo(
      tempDir(),
      { ...base(), [CONFIG]: config('a.snapshot.json', { failOn: 'warning', zeroMajorBreakingBump: 'major' }) },
      { 'catalog.json': removed, 'a.snapshot.json': removedSnapshot, [CONFIG]: config('a.snapshot.json', loosened) },
    );
    const { surface, rules, report } = await onPullRequest(repo, { config: CONFIG });
    expect(surface.outputs.verdict).toBe('fail');
    expect(rules).not.toContain('tool-removed');
    expect([...new Set(rules.filter((r) => r.startsWith('policy-')))].sort()).toEqual([
      'policy-bump-loosened',
      'policy-fail-on-raised',
      'policy-override-loosened',
      'policy-waiver-added',
    ]);
    const off = report!.findings.find((f) => f.rule === 'policy-override-loosened' && f.path === '/policy/overrides/tool-removed')!;
    expect(off).toMatchObject({ severity: 'breaking', before: 'breaking', after: 'off' });
    expect(report!.findings.filter((f) => f.rule.startsWith('policy-')).every((f) => f.severity === 'breaking' && !f.waived)).toBe(true);
  });

  it('a pull request that changes nothing of the policy gets no policy finding', async () => {
    const repo = makeRepo(tempDir(), { ...base(), [CONFIG]: config('a.snapshot.json', { waivers: [] }) }, { 'README.md': 'hi' });
    const { surface, rules } = await onPullRequest(repo, { config: CONFIG });
    expect(surface.outputs.verdict).toBe('pass');
    expect(rules).toEqual([]);
  });

  // Merge queues (merge_group events).
  /** A merge_group event payload as GitHub sends it for `on: merge_group`. */
  const mergeGroupPayload = (repo: TwoCommitRepo, pull: number) => ({
    action: 'checks_requested',
    merge_group: {
      head_sha: repo.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${pull}-${repo.baseSha}`,
      base_sha: repo.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: { id: repo.headSha, message: 'Merge pull request' },
    },
    repository: { name: 'weather', full_name: 'acme/weather', owner: { login: 'acme' }, default_branch: 'main' },
    sender: { login: 'github-merge-queue[bot]' },
  });

  async function inQueue(repo: TwoCommitRepo, pull: number) {
    const surface = new RecordingSurface({ command: `node ${CATALOG_SERVER} catalog.json`, 'github-token': 't' });
    const { env } = prepareRunner({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'merge_group',
      sha: repo.headSha,
      inputs: {},
      scratch: path.join(path.dirname(repo.dir), `scratch-${gh.requests.length}`),
      event: mergeGroupPayload(repo, pull),
    });
    const result = await runAction(surface, env);
    const outcome = result?.outcomes[0];
    return { surface, report: outcome?.kind === 'checked' ? outcome.report : undefined };
  }

  it('gates the queued change against merge_group.base_sha: a removed tool with its snapshot refreshed fails', async () => {
    const repo = makeRepo(
      tempDir(),
      { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': v1Snapshot },
      { 'catalog.json': removed, 'mcp-contract.snapshot.json': removedSnapshot },
    );
    const { surface, report } = await inQueue(repo, 31);
    expect(surface.outputs.verdict).toBe('fail');
    expect(report?.findings.map((f) => f.rule)).toContain('tool-removed');
    expect(report?.base.source).toMatch(/^mcp-contract\.snapshot\.json at [0-9a-f]{7} \(the merge queue's base on main, queued #31\)$/);
    // The summary escapes `#` (no issue autolink from report text).
    expect(surface.summary).toMatch(/add the `breaking-change-approved` label to pull request \\#\u200d?31 and queue it again/);
    // No comment on a merge group: there is no pull request event to answer.
    expect(gh.requestsTo('POST', /\/comments$/)).toHaveLength(0);
  });

  it("the queued pull request's approval label (read from the API) approves the break in the queue too", async () => {
    const repo = makeRepo(
      tempDir(),
      { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': v1Snapshot },
      { 'catalog.json': removed, 'mcp-contract.snapshot.json': removedSnapshot },
    );
    gh.labels.set(32, ['breaking-change-approved']);
    const { surface, report } = await inQueue(repo, 32);
    expect(surface.outputs.verdict).toBe('pass');
    expect(report?.findings.find((f) => f.rule === 'tool-removed')?.approved).toEqual({ by: 'the "breaking-change-approved" label' });
    expect(gh.requestsTo('GET', /\/issues\/32\/labels$/)).toHaveLength(1);
  });
});
