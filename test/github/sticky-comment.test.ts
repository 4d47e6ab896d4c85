// Sticky comment: found by its marker over every page, updated in place, 403 reported (not thrown), bodies kept under the limit.
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../../src/github/api.js';
import { COMMENT_LIMIT, commentBody, commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { useFakeGitHub } from './fake-github.js';

describe('sticky comment', () => {
  const { gh, api: client } = useFakeGitHub('test-token');
  let api: GitHubApi;
  beforeAll(() => {
    api = client();
  });

  it('creates the comment once, then updates the same one even when it sits past the first page', async () => {
    gh.addNoise(7, 150);
    const first = await upsertStickyComment(api, 7, 'weather', commentBody('weather', 'v1 report'));
    expect(first.action).toBe('created');
    gh.addNoise(7, 120); // the comment is now on page 2 of 3
    const second = await upsertStickyComment(api, 7, 'weather', commentBody('weather', 'v2 report'));
    expect(second).toEqual({ action: 'updated', id: (first as { id: number }).id });
    const ours = gh.comments.filter((c) => c.body.includes(commentMarker('weather')));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('v2 report');
    expect(gh.requests.every((r) => r.authorization === 'token test-token')).toBe(true);
  });

  it('keeps one comment per server key', async () => {
    await upsertStickyComment(api, 8, 'a', commentBody('a', 'A'));
    await upsertStickyComment(api, 8, 'b', commentBody('b', 'B'));
    await upsertStickyComment(api, 8, 'a', commentBody('a', 'A2'));
    expect(gh.comments.filter((c) => c.issue === 8).map((c) => c.body.split('\n')[1])).toEqual(['A2', 'B']);
  });

  it('does not create a comment when asked only to update', async () => {
    expect(await upsertStickyComment(api, 9, 'x', 'body', { createIfMissing: false })).toEqual({ action: 'skipped' });
    expect(gh.comments.filter((c) => c.issue === 9)).toHaveLength(0);
  });

  it('reports a 403 (fork pull request) instead of throwing', async () => {
    gh.failures.set('createComment', 403);
    try {
      const result = await upsertStickyComment(api, 10, 'x', 'body');
      expect(result.action).toBe('forbidden');
    } finally {
      gh.failures.delete('createComment');
    }
  });

  it('markers cannot close the HTML comment early', () => {
    expect(commentMarker('evil --> <img src=x>')).toBe('<!-- mcp-contract:evil%20-%2D%3E%20%3Cimg%20src%3Dx%3E -->');
    expect(commentMarker('evil --> <img src=x>')).not.toMatch(/-->.*-->/);
    expect(commentMarker('packages/api/mcp-contract.snapshot.json')).toBe('<!-- mcp-contract:packages/api/mcp-contract.snapshot.json -->');
  });

  it('truncates long bodies under the limit, closes an open fence and points to the summary', () => {
    const long = '## Report\n```diff\n' + 'x'.repeat(100).concat('\n').repeat(1000);
    const body = commentBody('k', long, 'see the job summary at https://example.test/run');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(commentMarker('k'))).toBe(true);
    expect(body).toContain('see the job summary at https://example.test/run');
    expect((body.match(/```/g) ?? []).length % 2).toBe(0);
    const short = commentBody('k', 'short');
    expect(short).toBe(`${commentMarker('k')}\nshort`);
  });
});
