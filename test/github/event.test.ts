// Run context: pull request fields from a real-shaped payload, fork detection, and the run URL.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext, runUrl } from '../../src/github/event.js';
import { pullRequestPayload } from '../action/harness.js';
import { useTempDirs } from '../helpers/temp.js';

describe('readRunContext', () => {
  const tempDir = useTempDirs('mcpc-event-');
  const envFor = (payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
    const file = path.join(tempDir(), 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return {
      GITHUB_EVENT_PATH: file,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/weather',
      GITHUB_SHA: 'merge-sha',
      GITHUB_WORKSPACE: '/w',
      ...extra,
    };
  };

  it('reads the pull request: number, base and head, labels; the head SHA is the one checked', () => {
    const ctx = readRunContext(
      envFor(pullRequestPayload({ number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), labels: ['x', 'y'] })),
    );
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'weather',
      sha: 'h'.repeat(40),
      workspace: '/w',
      apiUrl: 'https://api.github.com',
    });
    expect(ctx.pullRequest).toEqual({
      number: 7,
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      baseRef: 'main',
      isFork: false,
      labels: ['x', 'y'],
    });
  });

  it('flags forks, including a deleted fork (head.repo null)', () => {
    expect(readRunContext(envFor(pullRequestPayload({ number: 1, baseSha: 'b', headSha: 'h', fork: true }))).pullRequest?.isFork).toBe(
      true,
    );
    const payload = pullRequestPayload({ number: 1, baseSha: 'b', headSha: 'h' }) as any;
    payload.pull_request.head.repo = null;
    expect(readRunContext(envFor(payload)).pullRequest?.isFork).toBe(true);
  });

  it('has no pull request on push, and builds the run URL with the attempt', () => {
    const ctx = readRunContext(
      envFor(
        { ref: 'refs/heads/main' },
        { GITHUB_EVENT_NAME: 'push', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2', GITHUB_SERVER_URL: 'https://ghe.example' },
      ),
    );
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.sha).toBe('merge-sha');
    expect(runUrl(ctx)).toBe('https://ghe.example/acme/weather/actions/runs/9/attempts/2');
  });

  it('gates a pull request against its base commit, approvable by its own labels', () => {
    const ctx = readRunContext(envFor(pullRequestPayload({ number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) })));
    expect(ctx.gateBase).toEqual({ sha: 'b'.repeat(40), ref: 'main', describe: 'the base of #7', approvalPull: 7 });
    expect(readRunContext(envFor({ ref: 'refs/heads/main' }, { GITHUB_EVENT_NAME: 'push' })).gateBase).toBeUndefined();
  });

  it('gates a merge_group event against merge_group.base_sha, the head at head_sha, approvable by the queued pull request', () => {
    const group = {
      head_sha: 'h'.repeat(40),
      head_ref: `refs/heads/gh-readonly-queue/main/pr-123-${'c'.repeat(40)}`,
      base_sha: 'b'.repeat(40),
      base_ref: 'refs/heads/main',
    };
    const ctx = readRunContext(envFor({ action: 'checks_requested', merge_group: group }, { GITHUB_EVENT_NAME: 'merge_group' }));
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.sha).toBe('h'.repeat(40));
    expect(ctx.gateBase).toEqual({
      sha: 'b'.repeat(40),
      ref: 'refs/heads/main',
      describe: "the merge queue's base on main, queued #123",
      approvalPull: 123,
    });
    // A head ref without a pull request number still gates, but nothing can approve by label.
    const bare = readRunContext(envFor({ merge_group: { ...group, head_ref: 'refs/heads/other' } }, { GITHUB_EVENT_NAME: 'merge_group' }));
    expect(bare.gateBase).toEqual({ sha: 'b'.repeat(40), ref: 'refs/heads/main', describe: "the merge queue's base on main" });
    expect(() => readRunContext(envFor({ merge_group: {} }, { GITHUB_EVENT_NAME: 'merge_group' }))).toThrow(/no merge_group\.base_sha/);
  });

  it("takes the runner's scratch directory and the step id, with defaults outside a runner", () => {
    expect(readRunContext(envFor({}, { RUNNER_TEMP: '/runner/tmp', GITHUB_ACTION: 'contract' }))).toMatchObject({
      runnerTemp: '/runner/tmp',
      stepId: 'contract',
    });
    expect(readRunContext(envFor({}))).toMatchObject({ runnerTemp: tmpdir(), stepId: 'mcp-contract' });
  });

  it('names the event file when it is not JSON', () => {
    const file = path.join(tempDir(), 'bad.json');
    writeFileSync(file, '{nope');
    expect(() => readRunContext({ GITHUB_EVENT_PATH: file })).toThrow(/could not read the event payload/);
  });
});
