// The bundled Action on pull_request events, against a fake GitHub API and a real git repository with the weather server at two versions.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import { FakeGitHub } from '../github/fake-github.js';
import { useTempDirs } from '../helpers/temp.js';
import {
  git,
  makeRepo,
  pullRequestPayload,
  WEATHER,
  runAction,
  SERVER_COMMAND,
  SERVER_SOURCE,
  shallowClone,
  snapshotOf,
  weather,
  type TwoCommitRepo,
} from './harness.js';

const SNAPSHOT = 'mcp-contract.snapshot.json';
const MARKER = commentMarker(SNAPSHOT);

describe('the Action on a pull request', () => {
  const tempDir = useTempDirs('mcpc-action-');
  const gh = new FakeGitHub();
  let v1Snapshot: string;
  /** 2.0.0's breaking changes, but the server still says 1.1.0: a break without its major bump. */
  let breakingCatalog: string;
  let breakingSnapshot: string;

  beforeAll(async () => {
    await gh.start();
    breakingCatalog = weather('2.0.0', '1.1.0');
    [v1Snapshot, breakingSnapshot] = await Promise.all([snapshotOf(weather('1.0.0')), snapshotOf(breakingCatalog)]);
  });
  afterAll(() => gh.stop());

  /** Base: v1 server + its snapshot. Head: the breaking server with its refreshed snapshot (what an honest PR commits). */
  function breakingRepo(): { repo: TwoCommitRepo; scratch: string } {
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot, 'src/server.ts': SERVER_SOURCE },
      { 'catalog.json': breakingCatalog, [SNAPSHOT]: breakingSnapshot },
    );
    return { repo, scratch: path.join(parent, 'scratch') };
  }

  const inputs = (extra: Record<string, string> = {}) => ({ command: SERVER_COMMAND, 'github-token': 'ghs_test', ...extra });

  it('fails a break without its bump, comments once and updates that comment on the next run', async () => {
    const { repo, scratch } = breakingRepo();
    const pr = 11;
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    gh.addNoise(pr, 105); // the marker search must page past these
    const event = pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha });

    const first = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch,
    });
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(first.outputs['required-bump']).toBe('major');
    expect(Number(first.outputs['breaking-count'])).toBeGreaterThanOrEqual(2);
    expect(first.outputs['catalog-hash']).toBe(parseSnapshotText(breakingSnapshot, 'snapshot').hashes.catalog);
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('tool-renamed');

    const ours = gh.comments.filter((c) => c.issue === pr && c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.startsWith(MARKER)).toBe(true);
    expect(ours[0]!.body).toContain('get_conditions');
    expect(ours[0]!.body).toMatch(/2\.0\.0/); // says which version to bump to
    expect(ours[0]!.body).toContain('add the `breaking-change-approved` label'); // or the label that approves it
    expect(first.summary).toContain('get_conditions');
    expect(first.commands.some((c) => c.command === 'error' && c.message.includes('violates its contract'))).toBe(true);

    // Annotations point at the line that registers the tool, not at the snapshot.
    const renamed = first.commands.find((c) => c.command === 'error' && c.props.title?.includes('tool-renamed'));
    expect(renamed?.props).toMatchObject({ file: 'src/server.ts', line: '5' });

    const second = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch,
    });
    expect(second.code).toBe(1);
    const after = gh.comments.filter((c) => c.issue === pr && c.body.includes(MARKER));
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(ours[0]!.id);
    expect(gh.requestsTo('POST', new RegExp(`/issues/${pr}/comments$`))).toHaveLength(1);
    expect(gh.requestsTo('PATCH', new RegExp(`/issues/comments/${ours[0]!.id}$`))).toHaveLength(1);
    expect(gh.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
  });

  it('judges against the snapshot at the base commit, not the copy the pull request edited', async () => {
    const { repo, scratch } = breakingRepo();
    const pr = 12;
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    // Shallow checkout: the base commit is not local, so the API answers.
    const shallow = shallowClone(repo, path.dirname(scratch));
    const event = pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: shallow,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch,
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const contents = gh.requestsTo('GET', new RegExp(`/contents/${SNAPSHOT}$`)).filter((r) => r.query.ref === repo.baseSha);
    expect(contents.length).toBeGreaterThanOrEqual(1);
    expect(gh.requestsTo('GET', /\/contents\//).every((r) => r.query.ref === repo.baseSha)).toBe(true);
  });

  it('reads the base snapshot with git when the API cannot (shallow checkout: fetches the base commit)', async () => {
    const { repo, scratch } = breakingRepo();
    const shallow = shallowClone(repo, path.dirname(scratch));
    gh.failures.set('getContent', 403);
    try {
      const event = pullRequestPayload({ number: 13, baseSha: repo.baseSha, headSha: repo.headSha });
      const result = await runAction({
        workspace: shallow,
        apiUrl: gh.url,
        eventName: 'pull_request',
        event,
        sha: repo.headSha,
        inputs: inputs(),
        scratch,
      });
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(result.summary).toContain('get_conditions');
    } finally {
      gh.failures.delete('getContent');
    }
  });

  it('passes a break approved by the label (added after the event), and says so', async () => {
    const { repo, scratch } = breakingRepo();
    const pr = 14;
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    gh.labels.set(pr, ['documentation', 'breaking-change-approved']);
    const event = pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha, labels: ['documentation'] });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(Number(result.outputs['breaking-count'])).toBeGreaterThanOrEqual(2);
    const comment = gh.comments.find((c) => c.issue === pr && c.body.includes(MARKER));
    expect(comment?.body).toMatch(/approved by the "breaking-change-approved" label/);
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('on a fork (403 on comment) warns once, still writes the summary and still gates', async () => {
    const { repo, scratch } = breakingRepo();
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    gh.failures.set('createComment', 403);
    try {
      const event = pullRequestPayload({ number: 15, baseSha: repo.baseSha, headSha: repo.headSha, fork: true });
      const result = await runAction({
        workspace: repo.dir,
        apiUrl: gh.url,
        eventName: 'pull_request',
        event,
        sha: repo.headSha,
        inputs: inputs(),
        scratch,
      });
      expect(result.code).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      const warnings = result.commands.filter((c) => c.command === 'warning' && /could not comment/.test(c.message));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(/fork/);
      expect(result.summary).toContain('get_conditions');
      expect(gh.comments.filter((c) => c.issue === 15)).toHaveLength(0);
    } finally {
      gh.failures.delete('createComment');
    }
  });

  it('passes with "no baseline yet" when the base has no snapshot, showing the catalog', async () => {
    const parent = tempDir();
    const repo = makeRepo(parent, { 'catalog.json': weather('1.0.0') }, { 'catalog.json': breakingCatalog });
    const event = pullRequestPayload({ number: 16, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch: path.join(parent, 'scratch'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['required-bump']).toBe('none');
    const comment = gh.comments.find((c) => c.issue === 16);
    expect(comment?.body).toContain('no baseline yet');
    expect(comment?.body).toContain('get_conditions');
    expect(comment?.body).toContain('npx mcp-contract snapshot --out mcp-contract.snapshot.json');
  });

  it('with base-setup, builds the base commit in a worktree and checks against its live server', async () => {
    const parent = tempDir();
    // The base has no snapshot and no catalog.json: only base-setup produces the server's input.
    const repo = makeRepo(
      parent,
      { 'catalog.src.json': weather('1.0.0'), 'build.sh': 'cp catalog.src.json catalog.json\n' },
      { 'catalog.src.json': breakingCatalog, 'catalog.json': breakingCatalog },
    );
    const event = pullRequestPayload({ number: 17, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs({ 'base-setup': 'bash build.sh' }),
      scratch: path.join(parent, 'scratch'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.summary).toContain('get_conditions');
    expect(result.summary).toMatch(/base commit [0-9a-f]{7}/);
    // The worktree is gone again.
    expect(git(repo.dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  it('fails a pull request that deletes the snapshot the base had', async () => {
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: v1Snapshot },
      { 'catalog.json': weather('1.0.0'), [SNAPSHOT]: null },
    );
    const event = pullRequestPayload({ number: 20, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch: path.join(parent, 'scratch'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['breaking-count']).toBe('0');
    expect(result.summary).toContain(`${SNAPSHOT} does not exist yet`);
  });

  it('with comment: false, posts nothing but still writes the summary', async () => {
    const { repo, scratch } = breakingRepo();
    gh.files.set(`${repo.baseSha}:${SNAPSHOT}`, v1Snapshot);
    const event = pullRequestPayload({ number: 18, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs({ comment: 'false' }),
      scratch,
    });
    expect(result.code).toBe(1);
    expect(gh.requests.filter((r) => r.path.includes('/issues/18/comments'))).toHaveLength(0);
    expect(result.summary).toContain('get_conditions');
  });

  it('keeps a huge report under the comment limit, pointing to the job summary', async () => {
    const parent = tempDir();
    const many = WEATHER('1.0.0');
    many.tools = Array.from({ length: 1200 }, (_, i) => ({
      name: `tool_${i}`,
      description: `Tool number ${i} `.repeat(8),
      inputSchema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] },
    }));
    const base = JSON.stringify(many);
    const head = JSON.stringify({
      ...many,
      tools: many.tools.map((t: any) => ({ ...t, inputSchema: { ...t.inputSchema, properties: { q: { type: 'integer' } } } })),
    });
    const repo = makeRepo(
      parent,
      { 'catalog.json': base, [SNAPSHOT]: await snapshotOf(base) },
      { 'catalog.json': head, [SNAPSHOT]: await snapshotOf(head) },
    );
    const event = pullRequestPayload({ number: 19, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: inputs(),
      scratch: path.join(parent, 'scratch'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const comment = gh.comments.find((c) => c.issue === 19);
    expect(comment, result.stdout).toBeDefined();
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toContain('https://github.example/acme/weather/actions/runs/4242');
    expect(result.summary.length).toBeGreaterThan(comment!.body.length);
    expect(result.summary).toContain('tool_1199');
    // 1,200 breaking findings, but the log carries at most 50 annotations.
    expect(result.commands.filter((c) => c.command === 'error' && c.props.title)).toHaveLength(50);
  });
});
