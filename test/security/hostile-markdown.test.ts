// Hostile catalog text (HTML, breakouts, mentions, references, fences, 100 KB lines, control and bidi characters, workflow commands) through every surface that shows it.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Catalog } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { gate } from '../../src/policy/index.js';
import { buildReport } from '../../src/report/build.js';
import { renderReport } from '../../src/report/render.js';
import type { Report } from '../../src/report/types.js';
import { makeRepo, pullRequestPayload, runAction, SERVER_COMMAND, snapshotOf } from '../action/harness.js';
import { COMMENT_LIMIT, commentBody, commentMarker } from '../../src/github/sticky-comment.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectInertMarkdown, expectNoInjectedCommands, expectReadable, HIDDEN_CHAR, logLines } from './inert.js';

const HOSTILE = path.join(REPO_ROOT, 'fixtures', 'hostile');
const readRaw = (name: string) => JSON.parse(readFileSync(path.join(HOSTILE, name), 'utf8'));
const LONG = 'A'.repeat(100_000);

/** The fixture pair plus 100 KB lines: a description, a tool name and an enum value. */
function hostilePair(): { base: any; head: any } {
  const base = readRaw('base.json'),
    head = readRaw('head.json');
  head.tools[0].description += ` ${LONG}\n${LONG}`;
  head.tools.push({ name: `long ${LONG}`, description: LONG, inputSchema: { type: 'object' } });
  base.tools[1].inputSchema.properties.mode.enum.push(LONG);
  return { base, head };
}

/** The template writes one <details> section per subject with findings (kind + name). */
const sectionCount = (findings: readonly { kind: string; subject: string }[]) =>
  new Set(findings.map((f) => `${f.kind}\u0000${f.subject}`)).size;

const asCatalog = (raw: unknown, name: string): Catalog => parseCatalogJson(raw, name).catalog;

/** The real pipeline: diff → gate → buildReport. `extraRemoved` more hostile tools are removed (to make a report longer than a comment). */
async function hostileReport(extraRemoved = 0): Promise<Report> {
  const { base, head } = hostilePair();
  const payload = base.tools[0].name;
  for (let i = 0; i < extraRemoved; i++)
    base.tools.push({ name: `${i} ${payload}`, description: `${i} ${payload}`, inputSchema: { type: 'object' } });
  const b = toSnapshot(asCatalog(base, 'base.json')),
    h = toSnapshot(asCatalog(head, 'head.json'));
  const findings = await diffCatalogs(b, h, { oracle: false });
  const verdict = gate({ findings, baseVersion: b.server.version, headVersion: h.server.version });
  return buildReport({ label: h.server.name!, base: b, head: h, baseSource: 'base.json', headSource: 'head.json', findings, verdict });
}

describe('hostile catalog text in the Markdown report (diff → buildReport → renderReport)', () => {
  let md: string;
  let text: string;
  let sections: number;
  beforeAll(async () => {
    const report = await hostileReport();
    sections = sectionCount(report.findings);
    md = renderReport(report, 'markdown', { maxLength: 900_000 });
    text = renderReport(report, 'text');
  });

  it('covers every subject kind, so every template path renders hostile text', () => {
    for (const rule of [
      'tool-removed',
      'tool-added',
      'tool-description-changed',
      'input-property-removed',
      'input-property-added-required',
      'input-enum-value-removed',
      'prompt-removed',
      'prompt-argument-became-required',
      'resource-removed',
      'resource-template-removed',
      'server-name-changed',
      'server-instructions-changed',
    ]) {
      expect(md).toContain(`\`${rule}\``);
    }
  });
  it('is inert: no raw HTML, balanced template <details>, closed code spans and fences, no mentions, references or hidden characters, long lines cut', () => {
    // Subjects with findings: tools keep/rm/add/long, prompts gone/prompt, one resource, one template, the server (and maybe the catalog).
    expect(sections).toBeGreaterThanOrEqual(9);
    expectInertMarkdown(md, { sections });
    expect(md).not.toContain('A'.repeat(2000));
    expect(md.length).toBeLessThan(200_000);
  });
  it('is readable: the hostile text is shown escaped, hidden characters named', () => {
    expectReadable(md);
  });
  it('the text report shows no raw control or bidi character (ANSI escapes included) and starts no workflow command', () => {
    expect(text).not.toMatch(HIDDEN_CHAR);
    expectNoInjectedCommands(text);
    expect(text).not.toContain('A'.repeat(2000));
  });
  it('a report cut to a comment size by the renderer is still inert', async () => {
    const report = await hostileReport(60);
    for (const maxLength of [3000, 8000, 20_000, 65_000]) {
      const cut = renderReport(report, 'markdown', { maxLength });
      expect(cut.length).toBeLessThanOrEqual(maxLength);
      expectInertMarkdown(cut);
    }
  });
  it('a folded run of hostile resources (many removed with one change) is inert and readable in its row and table', async () => {
    const { base, head } = hostilePair();
    const hostileUri = (i: number) => `res://x/${i}\`<img src=x onerror=alert(1)> @octocat #12 \u202E|cell| \u0007`;
    base.resources = [...(base.resources ?? []), ...Array.from({ length: 9 }, (_, i) => ({ uri: hostileUri(i), name: `r${i}` }))];
    const findings = await diffCatalogs(toSnapshot(asCatalog(base, 'base')), toSnapshot(asCatalog(head, 'head')), { oracle: false });
    const report = buildReport({
      label: 'hostile',
      base: toSnapshot(asCatalog(base, 'base')),
      head: toSnapshot(asCatalog(head, 'head')),
      findings,
    });
    const folded = renderReport(report, 'markdown', { maxLength: 900_000 });
    expect(folded).toMatch(/\| \d+ more resources \| The same change for /);
    expectInertMarkdown(folded);
    expectReadable(folded);
    const terminal = renderReport(report, 'text');
    expect(terminal).toContain('more resources with the same change');
    expect(terminal).not.toMatch(HIDDEN_CHAR);
    expectNoInjectedCommands(terminal);
  });
  it('a report longer than a PR comment, cut by the sticky comment body, is still inert', async () => {
    const long = renderReport(await hostileReport(400), 'markdown', { maxLength: 900_000 });
    expect(long.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = commentBody('mcp-contract.snapshot.json', long);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expectInertMarkdown(body.slice(body.indexOf('\n') + 1));
  });
});

describe('hostile catalog text through the CLI', () => {
  const tempDir = useTempDirs('mcpc-hostile-');
  const FORMATS = ['markdown', 'text', 'json', 'sarif'] as const;
  const diffs = {} as Record<(typeof FORMATS)[number], CliResult>;
  let check: CliResult;
  beforeAll(async () => {
    const dir = tempDir();
    const { base, head } = hostilePair();
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(path.join(dir, 'head.json'), JSON.stringify(head));
    // Independent runs, started together (each is a separate process).
    const results = await Promise.all([
      ...FORMATS.map((format) => runCli(['diff', 'base.json', 'head.json', '--format', format, '--no-oracle'], { cwd: dir })),
      runCli(['check', '--baseline', 'base.json', '--head', 'head.json'], { cwd: dir }),
    ]);
    FORMATS.forEach((format, i) => (diffs[format] = results[i]!));
    check = results[FORMATS.length]!;
  });

  it('diff --format markdown: inert and readable Markdown on stdout', () => {
    const r = diffs.markdown;
    expect(r.code, r.stderr).toBe(1);
    expectInertMarkdown(r.stdout, { sections: sectionCount(JSON.parse(diffs.json.stdout).findings) });
    expectReadable(r.stdout);
  });
  // A `run:` step's stdout is read by the runner for workflow commands: catalog text must not start one in any format.
  for (const format of FORMATS) {
    it(`diff --format ${format}: no workflow command starts on a line of the output`, () => {
      const r = diffs[format];
      expect(r.code, r.stderr).toBe(1);
      expectNoInjectedCommands(r.stdout);
      expectNoInjectedCommands(r.stderr);
    });
  }
  it('check --head (text): the verdict and findings print without hidden characters or workflow commands', () => {
    expect(check.code, check.stderr).toBe(1);
    expect(check.stdout).not.toMatch(HIDDEN_CHAR);
    expectNoInjectedCommands(check.stdout + check.stderr);
  });
});

describe('hostile catalog text through the Action (PR comment, job summary, annotations)', () => {
  const tempDir = useTempDirs('mcpc-hostile-action-');
  const gh = new FakeGitHub();
  let result: Awaited<ReturnType<typeof runAction>>;
  const pr = 31;

  beforeAll(async () => {
    await gh.start();
    const base = readFileSync(path.join(HOSTILE, 'base.json'), 'utf8');
    const head = readFileSync(path.join(HOSTILE, 'head.json'), 'utf8');
    const [baseSnap, headSnap] = await Promise.all([snapshotOf(base), snapshotOf(head)]);
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': base, 'mcp-contract.snapshot.json': baseSnap },
      { 'catalog.json': head, 'mcp-contract.snapshot.json': headSnap },
    );
    gh.files.set(`${repo.baseSha}:mcp-contract.snapshot.json`, baseSnap);
    result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      sha: repo.headSha,
      scratch: path.join(parent, 'scratch'),
      event: pullRequestPayload({ number: pr, baseSha: repo.baseSha, headSha: repo.headSha }),
      inputs: { command: SERVER_COMMAND, 'github-token': 'ghs_test', 'check-name': 'mcp-contract' },
    });
  });
  afterAll(() => gh.stop());

  it('fails on the breaks (the hostile text falsified nothing)', () => {
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['required-bump']).toBe('major');
  });
  it('the PR comment is inert and readable', () => {
    const comments = gh.comments.filter((c) => c.issue === pr);
    expect(comments).toHaveLength(1);
    const [marker, ...rest] = comments[0]!.body.split('\n');
    // The sticky marker is the template's own HTML comment, first and once.
    expect(marker).toBe(commentMarker('mcp-contract.snapshot.json'));
    expectInertMarkdown(rest.join('\n'));
    expectReadable(rest.join('\n'));
  });
  it('the job summary is inert and readable', () => {
    expect(result.summary).toContain('tool-removed');
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(sectionCount(report.findings)).toBeGreaterThanOrEqual(8);
    expectInertMarkdown(result.summary, { sections: sectionCount(report.findings) });
    expectReadable(result.summary);
  });
  it('the check run summary is inert', () => {
    const run = gh.checkRuns.at(-1);
    expect(run?.output.summary).toBeDefined();
    expectInertMarkdown(run!.output.summary!);
  });
  it('the log: catalog text starts no workflow command on any line (stdout and stderr, split on CR as the runner does)', () => {
    expectNoInjectedCommands(result.stdout, ['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);
    expectNoInjectedCommands(result.stderr);
    expect(result.commands.filter((c) => c.command === 'set-output' || c.command === 'add-mask')).toHaveLength(0);
  });
  it('annotations: %, CR and LF escaped per the workflow-command rules; properties cannot be added; hidden characters shown, not obeyed', () => {
    const commandLines = logLines(result.stdout).filter((l) => /^::(error|warning|notice)/.test(l));
    // Lines that carry the whole payload (long messages are cut with an ellipsis before its tail).
    const fromCatalog = commandLines.filter((l) => l.includes('onerror') && l.includes('forged'));
    expect(fromCatalog.length).toBeGreaterThan(3);
    for (const line of fromCatalog) {
      // The payload's literal "%0A%25" is shown as text, not decoded into a newline: % is escaped as %25.
      expect(line).toContain('%250A%2525');
      // Its real newlines and carriage returns are escaped (the line did not split above).
      expect(line).toMatch(/%0A|\\n/); // escaped by @actions/core, or already JSON-quoted inside the message
      expect(line).toMatch(/%0D|␍|\\r/); // escaped by @actions/core, shown as ␍ before it gets there, or JSON-quoted
      // Property values (title=...) escape ':' and ',' so a name cannot add a property.
      const props = /^::[a-z]+ ([^:]*)::/.exec(line)?.[1] ?? '';
      for (const kv of props.split(',')) expect(kv).toMatch(/^(title|file|line|col|endLine|endColumn)=/);
      // Control (ANSI escapes included) and bidi characters are shown, not obeyed.
      expect(line).not.toMatch(HIDDEN_CHAR);
    }
  });
});
