// The sticky comment is found only among the token's own comments, by its exact first line; markers are injective and unforgeable from catalog text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitHubApi } from '../../src/github/api.js';
import type { ServerOutcome } from '../../src/github/outcome.js';
import { publishComments, type Publication } from '../../src/github/publish.js';
import { carriesMarker, commentBody, commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { useTempDirs } from '../helpers/temp.js';
import { useFakeGitHub } from './fake-github.js';
import { checkedTools, pullRequestContext } from './outcomes.js';
import { RecordingSurface } from './recording-surface.js';

describe('whose comment is the sticky comment', () => {
  const { gh } = useFakeGitHub();
  const client = () => new GitHubApi('test-token', 'acme', 'weather', gh.url);
  const patched = (from: number) => gh.requests.slice(from).filter((r) => r.method === 'PATCH');

  it('with the GITHUB_TOKEN (GET /user refused): a comment by a person carrying the marker is never PATCHed; github-actions[bot] and an app bot are ours', async () => {
    gh.viewer = undefined;
    const forged = gh.addComment(20, `${commentMarker('weather')}\nforged: all good`, 'mallory');
    const from = gh.requests.length;
    const first = await upsertStickyComment(client(), 20, 'weather', commentBody('weather', 'real report'));
    expect(first.action).toBe('created');
    expect(patched(from)).toEqual([]);
    expect(forged.body).toBe(`${commentMarker('weather')}\nforged: all good`);
    expect(gh.requestsTo('GET', /^\/user$/).length).toBeGreaterThan(0);

    const bot = gh.addComment(21, `${commentMarker('weather')}\nold`, 'github-actions[bot]');
    const app = gh.addComment(22, `${commentMarker('weather')}\nold`, 'contract-app[bot]');
    expect(await upsertStickyComment(client(), 21, 'weather', commentBody('weather', 'new'))).toEqual({ action: 'updated', id: bot.id });
    expect(await upsertStickyComment(client(), 22, 'weather', commentBody('weather', 'new'))).toEqual({ action: 'updated', id: app.id });
    expect(app.body).toBe(`${commentMarker('weather')}\nnew`);
  });

  it('with a personal token (GET /user answers): only that login is ours, even over github-actions[bot]', async () => {
    gh.viewer = 'alice';
    try {
      const bots = gh.addComment(23, `${commentMarker('weather')}\nbot's`, 'github-actions[bot]');
      const alices = gh.addComment(23, `${commentMarker('weather')}\nalice's`, 'alice');
      gh.addComment(23, `${commentMarker('other')}\nbot's other`, 'github-actions[bot]');
      const api = client();
      const from = gh.requests.length;
      expect(await upsertStickyComment(api, 23, 'weather', commentBody('weather', 'v2'))).toEqual({ action: 'updated', id: alices.id });
      expect(await upsertStickyComment(api, 23, 'other', commentBody('other', 'o'))).toMatchObject({ action: 'created' });
      expect(bots.body).toBe(`${commentMarker('weather')}\nbot's`);
      expect(patched(from).map((r) => r.path)).toEqual([`/repos/acme/weather/issues/comments/${alices.id}`]);
      // The identity is asked once per client, not once per server.
      expect(gh.requestsTo('GET', /^\/user$/).filter((r) => gh.requests.indexOf(r) >= from)).toHaveLength(1);
    } finally {
      gh.viewer = undefined;
    }
  });

  it('the marker counts only as the exact first line: our own comment quoting it further down is not that server’s', async () => {
    const other = gh.addComment(24, `${commentMarker('b')}\nreport of b quoting \`${commentMarker('a')}\``);
    const from = gh.requests.length;
    expect(await upsertStickyComment(client(), 24, 'a', commentBody('a', 'A'))).toMatchObject({ action: 'created' });
    expect(patched(from)).toEqual([]);
    expect(other.body).toContain('report of b');
    expect(carriesMarker({ body: `${commentMarker('a')}\r\nwritten on Windows` }, commentMarker('a'))).toBe(true);
    expect(carriesMarker({ body: ` ${commentMarker('a')}\nx` }, commentMarker('a'))).toBe(false);
  });
});

describe('commentMarker', () => {
  it('is injective: names that sanitising merged (a b, a_b, a/b, a%20b) get markers of their own', () => {
    const keys = ['a b', 'a_b', 'a/b', 'a%20b', 'a-b', 'a--b', 'a\u00a0b', 'ä', 'a\nb'];
    expect(new Set(keys.map(commentMarker)).size).toBe(keys.length);
    expect(commentMarker('a b')).toBe('<!-- mcp-contract:a%20b -->');
    expect(commentMarker('a_b')).toBe('<!-- mcp-contract:a_b -->');
    // Snapshot paths keep the marker earlier versions wrote, so their comments are still found.
    expect(commentMarker('packages/api/mcp-contract.snapshot.json')).toBe('<!-- mcp-contract:packages/api/mcp-contract.snapshot.json -->');
  });

  it('decodes back to the key (so no two keys share one) and never holds `--` or a space, whatever the key', () => {
    const inner = (key: string) => /^<!-- mcp-contract:(.*) -->$/s.exec(commentMarker(key))![1]!;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (key) => {
        expect(inner(key)).not.toContain('--');
        expect(inner(key)).not.toMatch(/[\s<>!]/);
        if (Buffer.from(key, 'utf8').toString('utf8') === key) expect(decodeURIComponent(inner(key))).toBe(key);
      }),
      { numRuns: 400 },
    );
    // Lone surrogates too (no UTF-8 form): distinct keys, distinct markers.
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 6 }), { minLength: 2, maxLength: 30 }), (keys) => {
        expect(new Set(keys.map(commentMarker)).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
    expect(commentMarker('\uD800')).not.toBe(commentMarker('\uDC00'));
    expect(commentMarker('evil --> <img src=x>')).toBe('<!-- mcp-contract:evil%20-%2D%3E%20%3Cimg%20src%3Dx%3E -->');
  });
});

describe("a catalog carrying another server's marker", () => {
  const { gh, api } = useFakeGitHub();
  const tempDir = useTempDirs('mcpc-forged-marker-');

  const checked = (key: string, baseTools: object[], headTools: object[]) => checkedTools(key, tempDir(), baseTools, headTools);

  function publication(outcomes: ServerOutcome[]): Publication {
    const ctx = pullRequestContext(gh.url, tempDir(), 70);
    return {
      surface: new RecordingSurface({}),
      ctx,
      inputs: { comment: true, checkName: undefined, sarif: undefined },
      api: api(),
      plan: { workDir: '/repo', root: '/repo', jobs: outcomes.map((o) => o.job), summaryPointer: 'See the job summary.' },
      outcomes,
    };
  }

  it("never lets one server's upsert overwrite the other's report, in either order, and the literal marker never reaches a comment", async () => {
    const markerA = commentMarker('a');
    // Server a removes a tool (a failing report); server b adds tools named and described with a's marker.
    const a = await checked(
      'a',
      [
        { name: 'keep', inputSchema: { type: 'object' } },
        { name: 'gone', inputSchema: { type: 'object' } },
      ],
      [{ name: 'keep', inputSchema: { type: 'object' } }],
    );
    const hostile = { name: markerA, description: `${markerA}\nall good -->`, inputSchema: { type: 'object' } };
    const b = await checked('b', [], [hostile, { name: `x \`${markerA}\` y`, inputSchema: { type: 'object' } }]);

    await publishComments(publication([b, a]));
    const mine = (key: string) => gh.comments.filter((c) => c.issue === 70 && c.body.startsWith(`${commentMarker(key)}\n`));
    const [commentA, commentB] = [mine('a'), mine('b')];
    expect(commentA).toHaveLength(1);
    expect(commentB).toHaveLength(1);
    for (const c of gh.comments.filter((x) => x.issue === 70)) {
      expect(c.body.split(markerA).length - 1, c.body).toBe(c === commentA[0] ? 1 : 0);
      expect(c.body.slice(c.body.indexOf('\n'))).not.toMatch(/<!--|-->/);
    }

    const from = gh.requests.length;
    await publishComments(publication([a, b]));
    await publishComments(publication([b, a]));
    const patches = gh.requests.slice(from).filter((r) => r.method === 'PATCH');
    const idOf = (r: { path: string }) => Number(/(\d+)$/.exec(r.path)![1]);
    expect(patches.map((r) => [idOf(r), (r.body.body as string).split('\n')[0]])).toEqual([
      [commentA[0]!.id, markerA],
      [commentB[0]!.id, commentMarker('b')],
      [commentB[0]!.id, commentMarker('b')],
      [commentA[0]!.id, markerA],
    ]);
    expect(commentA[0]!.body).toContain('tool-removed');
    expect(gh.requestsTo('POST', /\/issues\/70\/comments$/)).toHaveLength(2);
  });
});
