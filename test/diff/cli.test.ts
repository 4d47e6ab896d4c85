// The `diff` and `rules` commands through the bundled CLI as a real process: exit codes, JSON shape, git sources, bad input.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isQualityRule } from '../../src/rules/registry.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const fixture = (name: string, file: string) => path.join(REPO_ROOT, 'fixtures/catalogs', name, file);
const real = (file: string) => path.join(REPO_ROOT, 'fixtures/real', file);

describe('mcp-contract diff', () => {
  const tempDir = useTempDirs('mcpc-diff-cli-');

  it('exits 1 on a breaking change and prints the JSON report', async () => {
    const r = await runCli(['diff', fixture('tool-removed', 'base.json'), fixture('tool-removed', 'head.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      base: { name: 'demo', version: '1.0.0' },
      head: { name: 'demo', version: '1.0.0' },
      requiredBump: 'major',
    });
    expect(report.base.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'tool-removed', severity: 'breaking', tool: 'delete_item', path: '', before: 'delete_item' }),
    ]);
    expect(report.findings[0].message).toContain('delete_item');
  });

  it('exits 0 when nothing breaks, with the bump the change needs', async () => {
    const r = await runCli(['diff', fixture('tool-added', 'base.json'), fixture('tool-added', 'head.json'), '--format=json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ requiredBump: 'minor' });
    // The added tool also brings catalog-quality findings (its description is short); the diff's own finding is the addition.
    expect(report.findings.filter((f: { rule: string }) => !isQualityRule(f.rule))).toMatchObject([
      { rule: 'tool-added', tool: 'archive_item' },
    ]);
  });

  it('exits 0 with no findings for an equivalent rewrite, in text and markdown', async () => {
    for (const format of ['text', 'markdown']) {
      const r = await runCli([
        'diff',
        fixture('same-reordered-catalog', 'base.json'),
        fixture('same-reordered-catalog', 'head.json'),
        '--format',
        format,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('diffs real published catalogs end to end (text, no oracle)', async () => {
    const r = await runCli(['diff', real('filesystem-2025.7.1.json'), real('filesystem-2026.8.31.json'), '--no-oracle']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('read_text_file');
    expect(r.stdout).toContain('tool-deprecated');
  });

  it('reads git:REF:PATH and a raw tools/list file', async () => {
    const dir = tempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    writeFileSync(
      path.join(dir, 'tools.json'),
      JSON.stringify({ tools: [{ name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } }] }),
    );
    git('add', 'tools.json');
    git('commit', '-q', '-m', 'base');
    writeFileSync(
      path.join(dir, 'tools.json'),
      JSON.stringify({
        tools: [{ name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }],
      }),
    );
    const r = await runCli(['diff', 'git:HEAD:tools.json', 'tools.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'input-property-became-required', tool: 'search', path: '/inputSchema/properties/q' }),
    ]);
  });

  it('exits 2 with a message naming the file for bad input', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.json'), '{"tools": [');
    writeFileSync(path.join(dir, 'other.json'), '{"hello": 1}');
    copyFileSync(fixture('tool-added', 'base.json'), path.join(dir, 'good.json'));
    const cases: Array<[string[], RegExp]> = [
      [['diff', 'missing.json', 'good.json'], /could not read missing\.json/],
      [['diff', 'broken.json', 'good.json'], /broken\.json is not valid JSON/],
      [['diff', 'good.json', 'other.json'], /other\.json is not a catalog/],
      [['diff', 'git:no-such-ref:good.json', 'good.json'], /no-such-ref/],
      [['diff', 'good.json'], /exactly two catalogs/],
      [['diff', 'good.json', 'good.json', '--format', 'yaml'], /--format/],
      [['diff', 'good.json', 'good.json', '--frobnicate'], /unknown option --frobnicate/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('hint:');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints its help', async () => {
    const r = await runCli(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('git:REF:PATH');
    expect(r.stdout).toContain('Exit codes');
    expect(r.stdout).toContain("The required bump is read on the base's version line");
  });
});

// `diff` and `check` run the same analysis (src/analyze) and read the required bump with the same rule (policy/bump.ts
// requiredBumpFor): on the base's version line, so under 1.0.0 a breaking change needs a minor bump (RULES.md: the minor
// number acts as the major) and a safe one a patch. `diff` compares no versions; the bump it prints is the one `check`
// would gate the same pair with. Without a base version both read the 1.0.0 table (breaking → major).
describe('diff and check agree on the same pair', () => {
  const gate = (file: string) => path.join(REPO_ROOT, 'fixtures/gate', file);
  const noVersion = (file: string): string => {
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    delete catalog.serverInfo.version;
    const out = path.join(tempDir(), path.basename(file));
    writeFileSync(out, JSON.stringify(catalog));
    return out;
  };
  const tempDir = useTempDirs('mcpc-diff-check-');
  const cases: Array<[string, () => [string, string], string]> = [
    ['0.x, breaking: minor', () => [real('filesystem-2025.7.1.json'), real('filesystem-2026.8.31.json')], 'minor'],
    ['0.x, safe only: patch', () => [real('memory-2025.4.25.json'), real('memory-2026.8.31.json')], 'patch'],
    ['1.x, breaking: major', () => [gate('v1.json'), gate('rename-minor.json')], 'major'],
    [
      'no base version, breaking: major',
      () => [noVersion(fixture('tool-removed', 'base.json')), fixture('tool-removed', 'head.json')],
      'major',
    ],
  ];
  it.each(cases)('%s', async (_name, pair, bump) => {
    const [base, head] = pair();
    const [diff, check] = await Promise.all([
      runCli(['diff', base, head, '--format', 'json']),
      runCli(['check', '--baseline', base, '--head', head, '--format', 'json']),
    ]);
    expect(diff.stderr).toBe('');
    const d = JSON.parse(diff.stdout),
      c = JSON.parse(check.stdout);
    expect(d.requiredBump).toBe(bump);
    expect(c.requiredBump).toBe(bump);
    expect(d.counts).toEqual(c.counts);
    const key = (f: { rule: string; subject: string; severity: string; path: string; message: string }) => [
      f.rule,
      f.subject,
      f.severity,
      f.path,
      f.message,
    ];
    expect(d.findings.map(key)).toEqual(c.findings.map(key));
    expect(d.lint).toEqual(c.lint);
    expect(d.footprint).toEqual(c.footprint);
  });
  it('the text report says the same bump', async () => {
    const r = await runCli([
      'diff',
      real('filesystem-2025.7.1.json'),
      real('filesystem-2026.8.31.json'),
      '--no-oracle',
      '--no-lint',
      '--no-footprint',
    ]);
    expect(r.stdout.split('\n').slice(0, 2).join('\n')).toMatch(
      /requires a minor bump\n {2}version 0\.2\.0 → 0\.2\.0; required bump: minor$/,
    );
  });
});

describe('mcp-contract rules', () => {
  it('lists every rule as JSON with severity, bump and emitting file', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; severity: string; bump: string; emittedBy: string }>;
    const ids = rules.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rules.find((x) => x.id === 'tool-renamed')).toMatchObject({
      severity: 'breaking',
      bump: 'major',
      emittedBy: 'src/diff/tools.ts',
    });
    expect(ids).toContain('input-property-added-required');
  });

  it('prints text and markdown, and rejects an unknown format', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/tool-removed\s+breaking/);
    const md = await runCli(['rules', '--format', 'markdown']);
    expect(md.stdout).toContain('| `annotation-read-only-removed` | breaking | major |');
    const bad = await runCli(['rules', '--format', 'xml']);
    expect(bad.code).toBe(2);
  });
});
