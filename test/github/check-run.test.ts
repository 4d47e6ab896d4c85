// Check runs: the verdict as the conclusion, annotations sent 50 per request (create, then updates), long summaries clipped.
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../../src/github/api.js';
import { CHECK_SUMMARY_LIMIT, publishCheckRun } from '../../src/github/check-run.js';
import { annotationLevel, toCheckAnnotations } from '../../src/github/annotations.js';
import type { GatedFinding } from '../../src/policy/types.js';
import { useFakeGitHub } from './fake-github.js';

describe('publishCheckRun', () => {
  const { gh, api: client } = useFakeGitHub('t');
  let api: GitHubApi;
  beforeAll(() => {
    api = client();
  });

  it('sends 120 annotations as 50 + 50 + 20', async () => {
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'src/s.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `m${i}`,
    }));
    const id = await publishCheckRun(api, { name: 'contract', headSha: 'abc', passed: false, title: 't', summary: 's', annotations });
    const run = gh.checkRuns.find((r) => r.id === id)!;
    expect(run.conclusion).toBe('failure');
    expect(run.annotations.map((a) => a.message)).toEqual(annotations.map((a) => a.message));
    const sizes = [gh.requestsTo('POST', /\/check-runs$/), gh.requestsTo('PATCH', /\/check-runs\/\d+$/)]
      .flat()
      .map((r) => r.body.output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(gh.requestsTo('PATCH', /\/check-runs\/\d+$/).every((r) => r.body.output.title === 't' && r.body.output.summary === 's')).toBe(
      true,
    );
  });

  it('passes with no annotations in one request and clips a huge summary', async () => {
    const before = gh.requests.length;
    const id = await publishCheckRun(api, {
      name: 'contract',
      headSha: 'abc',
      passed: true,
      title: 't',
      summary: 'x'.repeat(100_000),
      annotations: [],
    });
    expect(gh.requests.length - before).toBe(1);
    const run = gh.checkRuns.find((r) => r.id === id)!;
    expect(run.conclusion).toBe('success');
    expect(run.output.summary!.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
  });
});

describe('annotation levels', () => {
  const f = (over: Partial<GatedFinding>): GatedFinding => ({
    rule: 'r',
    severity: 'breaking',
    kind: 'tool',
    subject: 'x',
    path: '',
    message: 'm',
    ...over,
  });
  it('errors only for breaks that block', () => {
    expect(annotationLevel(f({}), true)).toBe('error');
    expect(annotationLevel(f({}), false)).toBe('warning');
    expect(annotationLevel(f({ approved: { by: 'label' } }), true)).toBe('warning');
    expect(annotationLevel(f({ waived: { reason: 'r' } }), true)).toBe('warning');
    expect(annotationLevel(f({ severity: 'warning' }), true)).toBe('warning');
    expect(annotationLevel(f({ severity: 'safe' }), true)).toBe('notice');
    expect(annotationLevel(f({ severity: 'info' }), true)).toBeUndefined();
  });
  it('check annotations need a file', () => {
    expect(
      toCheckAnnotations([
        { level: 'error', title: 't', message: 'm' },
        { level: 'notice', title: 't', message: 'm', file: 'a.ts', line: 3 },
      ]),
    ).toEqual([{ path: 'a.ts', start_line: 3, end_line: 3, annotation_level: 'notice', title: 't', message: 'm' }]);
  });
});
