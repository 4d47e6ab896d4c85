// REST wrapper against the fake GitHub: a nested file at a ref (raw), 404 as null, errors with their status, paginated labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi, httpStatus } from '../../src/github/api.js';
import { useFakeGitHub } from './fake-github.js';

describe('GitHubApi', () => {
  const { gh, api: client } = useFakeGitHub('t');
  let api: GitHubApi;
  beforeAll(() => {
    api = client();
  });

  it('reads a nested file at a ref as raw text, and null when it is not there', async () => {
    gh.files.set('abc:packages/api/mcp-contract.snapshot.json', '{"tools": []}\n');
    expect(await api.getFileAtRef('packages/api/mcp-contract.snapshot.json', 'abc')).toBe('{"tools": []}\n');
    expect(await api.getFileAtRef('packages/api/mcp-contract.snapshot.json', 'def')).toBeNull();
    const req = gh.requestsTo('GET', /\/contents\//).at(-1)!;
    expect(req.query.ref).toBe('def');
    expect(req.accept).toContain('raw');
  });

  it('throws other failures with their HTTP status', async () => {
    gh.failures.set('getContent', 403);
    try {
      const err = await api.getFileAtRef('x.json', 'abc').catch((e: unknown) => e);
      expect(httpStatus(err)).toBe(403);
    } finally {
      gh.failures.delete('getContent');
    }
  });

  it('lists every label over several pages', async () => {
    gh.labels.set(
      5,
      Array.from({ length: 130 }, (_, i) => `label-${i}`),
    );
    const labels = await api.listIssueLabels(5);
    expect(labels).toHaveLength(130);
    expect(labels.at(-1)).toBe('label-129');
  });
});
