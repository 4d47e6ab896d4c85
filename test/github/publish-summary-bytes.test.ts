// The job summary stays under GitHub's 1 MiB counted in UTF-8 bytes over the whole text: CJK names, several large reports; the rest folded with a pointer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/github/event.js';
import { fairShares, jobSummary, SUMMARY_BYTE_BUDGET, SUMMARY_BYTE_LIMIT } from '../../src/github/job-summary.js';
import { summaryMarkdown, type ServerOutcome } from '../../src/github/outcome.js';
import { publishSummary, type Publication } from '../../src/github/publish.js';
import { useTempDirs } from '../helpers/temp.js';
import { checkedTools, serverJob } from './outcomes.js';
import { RecordingSurface } from './recording-surface.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Every fence and <details> the text opens, it closes. */
function expectBalanced(text: string): void {
  expect((text.match(/^\s*`{3,}/gm) ?? []).length % 2).toBe(0);
  expect((text.match(/<details[\s>]/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
}

describe('the job summary in bytes', () => {
  const tempDir = useTempDirs('mcpc-summary-bytes-');
  let cjk: ServerOutcome;
  let large: ServerOutcome[];

  /** A real check of a server that removed `n` tools named by `name(i)` (each removal its own row and details section). */
  const removedTools = (key: string, n: number, name: (i: number) => string) =>
    checkedTools(
      key,
      tempDir(),
      Array.from({ length: n }, (_, i) => ({ name: name(i), description: name(i), inputSchema: { type: 'object' } })),
      [],
    );

  beforeAll(async () => {
    // 3 bytes per character: a report of about 900,000 characters is over 2 MiB.
    cjk = await removedTools('天気', 2500, (i) => `天気予報の取得ツール${'雨雪風霧雷晴曇'.repeat(8)}${i}`);
    large = await Promise.all([1, 2].map((k) => removedTools(`large-${k}`, 2500, (i) => `get_weather_forecast_${'x'.repeat(60)}_${i}`)));
  }, 120_000);

  function publication(outcomes: ServerOutcome[]): Publication & { surface: RecordingSurface } {
    const ctx = { eventName: 'push', owner: 'acme', repo: 'weather', runnerTemp: tempDir(), stepId: 'contract' } as RunContext;
    return {
      surface: new RecordingSurface({}),
      ctx,
      inputs: { comment: false, checkName: undefined, sarif: undefined },
      plan: { workDir: '/repo', root: '/repo', jobs: outcomes.map((o) => o.job), summaryPointer: 'See the job summary.' },
      outcomes,
    };
  }

  it.each([
    ['one server with CJK names', () => [cjk]],
    ['a CJK server beside two large reports', () => [cjk, ...large]],
  ])('%s: under 1 MiB in bytes, every server named, cut at whole blocks, pointing to the report file', async (_what, outcomes) => {
    const list = outcomes();
    const markdown = list.map(summaryMarkdown);
    // The reports really are too large together: the cap is doing the work.
    expect(markdown.reduce((n, m) => n + bytes(m), 0)).toBeGreaterThan(SUMMARY_BYTE_LIMIT);
    const pub = publication(list);
    await publishSummary(pub, markdown, '/runner/temp/mcp-contract/report-contract.json');
    const summary = pub.surface.summary;
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_BYTE_BUDGET);
    expect(bytes(summary)).toBeGreaterThan(SUMMARY_BYTE_BUDGET * 0.8);
    for (const o of list) expect(summary).toContain(`mcp-contract: \`${o.job.key}\``);
    expect(summary).toContain('`/runner/temp/mcp-contract/report-contract.json`');
    expectBalanced(summary);
    expect(summary).not.toContain('\uFFFD');
    expect(summary.endsWith('\n')).toBe(true);
  });

  it('many servers: those that do not get a useful share are listed one line each, and the total still fits', () => {
    const outcomes = Array.from({ length: 400 }, (_, i): ServerOutcome => {
      const error = new Error('the server crashed');
      return { kind: 'error', job: serverJob(`サーバー-${i}`), error, text: `error: the server crashed\n${'雨'.repeat(20_000)}` };
    });
    const text = '### report\n\n```text\n' + '雨\n'.repeat(10_000) + '```\n';
    const summary = jobSummary(outcomes, { markdown: outcomes.map(() => text), pointer: 'see the report output' });
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_BYTE_BUDGET);
    expect(summary).toMatch(/#### \d+ more servers \(not shown\)/);
    expect(summary).toContain('`サーバー-399`: fail');
    expect(summary).toContain('see the report output');
    expect(summary).toContain('Cut to fit the job summary');
    expectBalanced(summary);
  });

  it('shares the budget fairly: small reports whole, large ones split the rest', () => {
    expect(fairShares([10, 1000, 1000], 610)).toEqual([10, 300, 300]);
    expect(fairShares([100, 200], 1000)).toEqual([100, 200]);
  });
});
