// The publishers over real outcomes (reports of fixture catalog pairs): summary, comments, check runs, SARIF, totals.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog } from '../../src/catalog/snapshot-file.js';
import { UserError } from '../../src/errors.js';
import { catalogHashOf, summaryMarkdown, totalsOf, type ServerOutcome } from '../../src/github/outcome.js';
import type { ActionPlan } from '../../src/github/plan.js';
import {
  mergedSarif,
  publishCheckRuns,
  publishComments,
  publishSummary,
  writeReportFile,
  type Publication,
} from '../../src/github/publish.js';
import { jobSummary } from '../../src/github/job-summary.js';
import { indexSources } from '../../src/github/locate.js';
import { renderSarif } from '../../src/report/sarif.js';
import { runCheck } from '../../src/run/check.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { useFakeGitHub } from './fake-github.js';
import { pullRequestContext, serverJob } from './outcomes.js';
import { RecordingSurface } from './recording-surface.js';

const CATALOGS = path.join(REPO_ROOT, 'fixtures', 'catalogs');

/** A checked outcome: the real check of a fixture pair (head file against base file). */
async function checked(key: string, fixture: string): Promise<ServerOutcome> {
  const { report, head } = await runCheck({
    label: key,
    headFile: path.join(CATALOGS, fixture, 'head.json'),
    baseline: path.join(CATALOGS, fixture, 'base.json'),
    policy: { quality: { lint: false, footprint: false } },
  });
  return { kind: 'checked', job: serverJob(key), report, catalogHash: head.hashes.catalog };
}

describe('publishers', () => {
  const tempDir = useTempDirs('mcpc-publish-');
  const { gh, api } = useFakeGitHub();
  let removed: ServerOutcome;
  let added: ServerOutcome;
  let fresh: ServerOutcome;
  const crashed: ServerOutcome = {
    kind: 'error',
    job: serverJob('crashy'),
    error: new UserError('the server crashed on start', { hint: 'check it' }),
    text: 'error: the server crashed on start\n\nhint: check it',
  };

  beforeAll(async () => {
    [removed, added] = await Promise.all([checked('removed', 'tool-removed'), checked('added', 'tool-added')]);
    const head = toSnapshot((await loadCatalog(path.join(CATALOGS, 'tool-added', 'head.json'))).catalog);
    fresh = {
      kind: 'no-baseline',
      job: serverJob('fresh'),
      reason: 'there is no fresh.snapshot.json at the base commit abc1234',
      head,
      committedDrift: false,
    };
  });

  function publication(outcomes: ServerOutcome[], over: Partial<Publication> = {}): Publication & { surface: RecordingSurface } {
    const ctx = pullRequestContext(gh.url, tempDir(), 60);
    const plan: ActionPlan = {
      workDir: '/repo',
      root: '/repo',
      jobs: outcomes.map((o) => o.job),
      summaryPointer: 'The full report is in the job summary.',
    };
    return {
      surface: new RecordingSurface({}),
      ctx,
      inputs: { comment: true, checkName: 'MCP', sarif: undefined },
      api: api(),
      plan,
      outcomes,
      ...over,
    } as Publication & { surface: RecordingSurface };
  }

  it('heads the job summary over several servers and gives each server its whole report', async () => {
    const outcomes = [removed, added, crashed];
    const markdown = outcomes.map(summaryMarkdown);
    // A blank line after the <h2> block, so the first report's heading is Markdown again.
    expect(jobSummary(outcomes, { markdown, pointer: 'P' })).toBe(
      `<h2>mcp-contract: 3 servers, 2 failing</h2>\n\n${markdown[0]}\n\n${markdown[1]}\n\n${markdown[2]}\n\n`,
    );
    expect(jobSummary([added], { markdown: [markdown[1]!], pointer: 'P' })).toBe(`${markdown[1]}\n\n`);
    expect(markdown[2]).toBe(
      '### ❌ mcp-contract: `crashy` — could not be checked\n\n```text\nerror: the server crashed on start\n\nhint: check it\n```\n',
    );

    const pub = publication(outcomes);
    pub.surface.writeSummary = async () => {
      throw new Error('EACCES: permission denied');
    };
    await publishSummary(pub, markdown, '/tmp/report.json');
    expect(pub.surface.lines('warning').map((l) => l.message)).toEqual([
      'mcp-contract could not write the job summary: EACCES: permission denied; the report is in the `report` output file.',
    ]);
  });

  it('totals the run: the largest bump, the breaking count, a hash per label (null when unchecked), one failure line per failing server', () => {
    const totals = totalsOf([removed, added, fresh, crashed], true);
    expect(totals).toMatchObject({ verdict: 'fail', requiredBump: 'major', breakingCount: 1 });
    expect(JSON.parse(totals.catalogHash)).toEqual({
      removed: catalogHashOf(removed),
      added: catalogHashOf(added),
      fresh: catalogHashOf(fresh),
      crashy: null,
    });
    expect(catalogHashOf(fresh)).toMatch(/^sha256:/);
    expect(totals.failureMessage!.split('\n')).toEqual([
      expect.stringMatching(
        /^mcp-contract: removed violates its contract: .+ \(details in the job summary and the pull request comment\)$/,
      ),
      'crashy: error: the server crashed on start',
      '',
      'hint: check it',
    ]);
    expect(totalsOf([added], false)).toEqual({
      verdict: 'pass',
      requiredBump: 'minor',
      breakingCount: 0,
      catalogHash: catalogHashOf(added),
    });
  });

  it('comments only for servers with something to say, and warns once when the token cannot comment', async () => {
    const quiet = await checked('quiet', 'equivalent-anyof-order');
    const pub = publication([quiet, removed]);
    await publishComments(pub);
    expect(gh.comments.filter((c) => c.issue === 60).map((c) => c.body.split('\n')[0])).toEqual(['<!-- mcp-contract:removed -->']);

    gh.failures.set('listComments', 403);
    try {
      const denied = publication([removed, added], {
        ctx: { ...publication([]).ctx, pullRequest: { number: 61, baseSha: 'b', headSha: 'h', isFork: true, labels: [] } },
      });
      await publishComments(denied);
      expect(denied.surface.lines('warning').map((l) => l.message)).toEqual([
        'mcp-contract could not comment on pull request #61 (HTTP 403, a pull request from a fork gets a read-only token); the full report is in the job summary.',
      ]);
    } finally {
      gh.failures.delete('listComments');
    }

    const tokenless = publication([removed], { api: undefined });
    await publishComments(tokenless);
    expect(tokenless.surface.lines('warning')).toHaveLength(1);
    expect(tokenless.surface.lines('warning')[0]!.message).toMatch(/no `github-token`, so no pull request comment/);
  });

  it('names a check run per server, and stops at the first 403 with one warning', async () => {
    const pub = publication([removed, added]);
    const before = gh.checkRuns.length;
    await publishCheckRuns(pub, pub.outcomes.map(summaryMarkdown), new Map());
    expect(gh.checkRuns.slice(before).map((r) => [r.name, r.conclusion, r.output.title])).toEqual([
      ['MCP (removed)', 'failure', 'removed: contract violated'],
      ['MCP (added)', 'success', 'added: contract kept'],
    ]);

    gh.failures.set('createCheckRun', 403);
    try {
      const denied = publication([removed, added]);
      const posts = gh.requestsTo('POST', /\/check-runs$/).length;
      await publishCheckRuns(denied, denied.outcomes.map(summaryMarkdown), new Map());
      expect(gh.requestsTo('POST', /\/check-runs$/).length - posts).toBe(1);
      expect(denied.surface.lines('warning').map((l) => l.message)).toEqual([
        expect.stringMatching(/^mcp-contract could not create the check run "MCP" \(HTTP 403\); give the job `permissions: checks: write`/),
      ]);
    } finally {
      gh.failures.delete('createCheckRun');
    }
  });

  it("merges the SARIF runs of every checked server into the first one's log, and writes an empty log when none was checked", async () => {
    const index = await indexSources({ root: tempDir() });
    const merged = mergedSarif(publication([removed, crashed, added]), index);
    if (removed.kind !== 'checked') throw new Error('the tool-removed fixture must check');
    const one = JSON.parse(
      renderSarif(removed.report, { locate: index.locator('removed.snapshot.json'), snapshotUri: 'removed.snapshot.json' }),
    );
    expect(Object.keys(merged)).toEqual(['$schema', 'version', 'runs']);
    expect(merged.runs).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(merged.runs[0]))).toEqual(one.runs[0]);
    expect(JSON.stringify(mergedSarif(publication([crashed, fresh]), index))).toBe(
      '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[]}',
    );
  });

  it('writes the report file per step: one object for one server, an array for several', async () => {
    const single = publication([fresh]);
    expect(JSON.parse(readFileSync(await writeReportFile(single), 'utf8'))).toMatchObject({
      label: 'fresh',
      verdict: 'pass',
      baseline: null,
    });
    const several = publication([removed, crashed], { ctx: { ...publication([]).ctx, stepId: 'my step/2' } });
    const file = await writeReportFile(several);
    expect(path.basename(file)).toBe('report-my_step_2.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).map((r: { label: string; verdict: string }) => [r.label, r.verdict])).toEqual([
      ['removed', 'fail'],
      ['crashy', 'fail'],
    ]);
  });
});
