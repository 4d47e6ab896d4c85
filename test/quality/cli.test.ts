// Catalog quality through the bundled CLI: footprint and lint (new vs already there) in check's JSON, the gate treats only new ones, flags and config.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-quality-cli-');
let dir: string;

const documented = { type: 'object', properties: { id: { type: 'string', description: 'The article id.' } }, required: ['id'] };
const oldTool = { name: 'legacy_ping', inputSchema: { type: 'object' } }; // no description, in both: already there
const kept = { name: 'read_article', description: 'Reads one article of the knowledge base by its id.', inputSchema: documented };
const added = { name: 'archive_article', inputSchema: { type: 'object', properties: { data: { type: 'object' } } } }; // new: no description, ambiguous parameter
const catalog = (version: string, tools: object[]) => JSON.stringify({ serverInfo: { name: 'kb', version }, tools });

beforeAll(() => {
  dir = tempDir();
  writeFileSync(path.join(dir, 'base.json'), catalog('1.0.0', [kept, oldTool]));
  writeFileSync(path.join(dir, 'head.json'), catalog('1.1.0', [kept, oldTool, added]));
  writeFileSync(path.join(dir, 'same.json'), catalog('1.0.0', [kept, oldTool]));
});

async function check(...args: string[]) {
  const r = await runCli(['check', '--baseline', 'base.json', '--format', 'json', ...args], { cwd: dir });
  let json: any;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { ...r, json };
}

describe('check with catalog quality', () => {
  it('reports the footprint and lint findings marked new or already there; warnings do not fail the gate by default', async () => {
    const r = await check('--head', 'head.json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.verdict).toBe('pass');
    const count = (tools: object[]) => {
      const enc = new Tiktoken(o200k);
      return tools.reduce(
        (n: number, t: any) =>
          n +
          enc.encode(
            JSON.stringify({
              ...(t.description ? { description: t.description } : {}),
              inputSchema: sortKeys(t.inputSchema),
              name: t.name,
            }),
            [],
            [],
          ).length,
        0,
      );
    };
    expect(r.json.footprint).toMatchObject({ tokenizer: 'o200k_base', base: count([kept, oldTool]), head: count([kept, oldTool, added]) });
    expect(r.json.footprint.delta).toBe(r.json.footprint.head - r.json.footprint.base);
    expect(r.json.footprint.perTool).toEqual([{ tool: 'archive_article', base: 0, head: count([added]), delta: count([added]) }]);
    const rules = (list: any[]) => list.map((f) => `${f.rule} ${f.subject}`).sort();
    expect(rules(r.json.lint.new)).toEqual(['input-parameter-name-ambiguous archive_article', 'tool-description-missing archive_article']);
    // Already there: counted per rule by default, listed only with --lint all (same count either way).
    expect(r.json.lint.existing).toEqual({ count: 1, byRule: { 'tool-description-missing': 1 } });
    const all = await check('--head', 'head.json', '--lint', 'all');
    expect(all.json.lint.existing).toMatchObject({ count: 1, byRule: { 'tool-description-missing': 1 } });
    expect(rules(all.json.lint.existing.findings)).toEqual(['tool-description-missing legacy_ping']);
    expect(all.json.findings).toEqual(r.json.findings);
    // New ones are findings (gated), existing ones are not.
    expect(rules(r.json.findings)).toEqual([
      'input-parameter-name-ambiguous archive_article',
      'tool-added archive_article',
      'tool-description-missing archive_article',
    ]);
  });

  it('--fail-on warning gates new lint warnings (they need a patch bump) but never the ones already there', async () => {
    writeFileSync(path.join(dir, 'head-same-version.json'), catalog('1.0.0', [kept, oldTool, added]));
    const r = await check('--head', 'head-same-version.json', '--fail-on', 'warning');
    expect(r.code).toBe(1);
    expect(r.json.reasons.find((x: any) => x.code === 'bump-too-small').message).toMatch(/^2 warnings need a patch bump/);
    const old = await check('--head', 'same.json', '--fail-on', 'warning');
    expect(old.code, old.stdout).toBe(0);
    expect(old.json.findings).toEqual([]);
    expect(old.json.lint.existing).toEqual({ count: 1, byRule: { 'tool-description-missing': 1 } });
  });

  it('--no-lint and --no-footprint leave the sections (and their findings) out', async () => {
    const r = await check('--head', 'head.json', '--no-lint', '--no-footprint');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.lint).toBeUndefined();
    expect(r.json.footprint).toBeUndefined();
    expect(r.json.findings.map((f: any) => f.rule)).toEqual(['tool-added']);
    const text = await runCli(['check', '--baseline', 'base.json', '--head', 'head.json'], { cwd: dir });
    expect(text.stdout).toMatch(/\nTOKEN FOOTPRINT {2}\d+ → \d+ tokens/);
    expect(text.stdout).toContain(
      '\nLINT  2 new in this change (listed above with the other findings; they count toward the gate); 1 the base already had (not gated; `--lint all` lists them):\n        1  tool-description-missing\n',
    );
  });

  it('policy.quality in the config: budgets with their severity, overrides still apply, lint off', async () => {
    writeFileSync(
      path.join(dir, 'budget.config.json'),
      JSON.stringify({
        policy: { quality: { maxToolTokens: 10, budgetSeverity: 'breaking' }, overrides: { 'tool-description-missing': 'off' } },
      }),
    );
    const r = await check('--head', 'head.json', '--config', 'budget.config.json');
    expect(r.code).toBe(1);
    expect(r.json.findings.filter((f: any) => f.severity === 'breaking').map((f: any) => `${f.rule} ${f.subject}`)).toEqual([
      'tool-token-budget-exceeded archive_article',
    ]);
    expect(r.json.findings.some((f: any) => f.rule === 'tool-description-missing')).toBe(false);
    expect(r.json.lint.existing).toEqual({ count: 2, byRule: { 'tool-token-budget-exceeded': 2 } });

    writeFileSync(path.join(dir, 'off.config.json'), JSON.stringify({ policy: { quality: { lint: false, footprint: false } } }));
    const off = await check('--head', 'head.json', '--config', 'off.config.json');
    expect(off.code, off.stderr).toBe(0);
    expect(off.json.lint).toBeUndefined();
    expect(off.json.footprint).toBeUndefined();

    writeFileSync(path.join(dir, 'bad.config.json'), JSON.stringify({ policy: { quality: { maxToolTokens: -1 } } }));
    const bad = await check('--head', 'head.json', '--config', 'bad.config.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/maxToolTokens/);

    // lintReport "all" in the config lists what is already there; --lint count on the run counts it again.
    writeFileSync(path.join(dir, 'all.config.json'), JSON.stringify({ policy: { quality: { lintReport: 'all' } } }));
    const listed = await check('--head', 'head.json', '--config', 'all.config.json');
    expect(listed.json.lint.existing.findings.map((f: any) => `${f.rule} ${f.subject}`)).toEqual(['tool-description-missing legacy_ping']);
    const counted = await check('--head', 'head.json', '--config', 'all.config.json', '--lint', 'count');
    expect(counted.json.lint.existing).toEqual({ count: 1, byRule: { 'tool-description-missing': 1 } });
    const wrong = await check('--head', 'head.json', '--lint', 'some');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lint takes count or all, got "some"');
  });

  it('diff shows the same sections', async () => {
    const r = await runCli(['diff', 'base.json', 'head.json', '--format', 'markdown'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('#### Token footprint');
    expect(r.stdout).toContain('| `archive_article` | 0 |');
    expect(r.stdout).toContain('**2 new** lint findings in this change');
    const all = await runCli(['diff', 'base.json', 'head.json', '--format=json', '--lint=all'], { cwd: dir });
    expect(JSON.parse(all.stdout).lint.existing.findings.map((f: any) => f.subject)).toEqual(['legacy_ping']);
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
