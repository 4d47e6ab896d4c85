// A tool byte-identical in base and head is parsed, hashed, tokenised, linted and read for x-mcp-header once, and every number a report prints equals the slow path's (each side on its own).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePair, serializeCatalog } from '../../bench/generate.mjs';
import { analyze } from '../../src/analyze/index.js';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { readMcpHeaders } from '../../src/catalog/mcp-headers.js';
import { loadCatalogPair, parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Snapshot } from '../../src/catalog/types.js';
import { measureFootprint, toolContextJson } from '../../src/quality/footprint.js';
import { lintCatalogs } from '../../src/quality/lint.js';
import { loadTokenCounter, type TokenCounter } from '../../src/quality/tokenizer.js';
import { buildReport } from '../../src/report/build.js';
import { REPORT_FORMATS, renderReport } from '../../src/report/render.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-derived-once-');

/** The fast path (`diff`): both files through loadCatalogPair, the head's identical tools taken from the base. */
let fast: { base: Snapshot; head: Snapshot };
/** The slow path: each file parsed and canonicalised on its own, nothing shared between the sides. */
let slow: { base: Snapshot; head: Snapshot };
/** Head tools whose canonical hash equals their base version's (same name). */
let unchanged: string[];

beforeAll(async () => {
  const dir = tempDir();
  const { base, head } = generatePair({ tools: 300, seed: 11 });
  // Give some unchanged tools what the lint finds, so "already there" findings are counted from one side.
  for (const catalog of [base, head])
    for (const tool of catalog.tools.slice(0, 40)) {
      const props = tool.inputSchema.properties as Record<string, { description?: string }> | undefined;
      for (const p of Object.values(props ?? {})) delete p.description;
    }
  writeFileSync(path.join(dir, 'base.json'), serializeCatalog(base));
  writeFileSync(path.join(dir, 'head.json'), serializeCatalog(head));
  const [b, h] = await loadCatalogPair(path.join(dir, 'base.json'), path.join(dir, 'head.json'));
  fast = { base: toSnapshot(b.catalog), head: toSnapshot(h.catalog, b.catalog) };
  const own = (file: string) => toSnapshot(parseCatalogJson(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file).catalog);
  slow = { base: own('base.json'), head: own('head.json') };
  unchanged = Object.keys(slow.head.hashes.tools).filter((name) => slow.base.hashes.tools[name] === slow.head.hashes.tools[name]);
});

/** The real counter, with every call counted. */
async function countingCounter(): Promise<TokenCounter & { calls: number }> {
  const real = await loadTokenCounter();
  const counter = { name: real.name, calls: 0, count: (text: string) => (counter.calls++, real.count(text)) };
  return counter;
}

describe('work done once for a tool identical on both sides', () => {
  it('the head reuses the base version itself (parsed, key-sorted and hashed once), never an equal copy', () => {
    expect(unchanged.length).toBeGreaterThan(200);
    const baseByName = new Map(fast.base.tools.map((t) => [t.name, t]));
    const shared = fast.head.tools.filter((t) => baseByName.get(t.name) === t).map((t) => t.name);
    expect(shared).toEqual(unchanged);
    // The x-mcp-header reading of a schema is made once and shared by the diff (both sides) and the lint.
    const tool = fast.head.tools.find((t) => t.name === unchanged[0])!;
    expect(readMcpHeaders(tool.inputSchema)).toBe(readMcpHeaders(baseByName.get(tool.name)!.inputSchema));
  });

  it('tokens: each distinct tool is counted once, and the footprint is what counting each side alone gives', async () => {
    const counter = await countingCounter();
    const { footprint, headPerTool } = await measureFootprint(fast.base, fast.head, counter);
    const distinct = new Set([...Object.values(fast.base.hashes.tools), ...Object.values(fast.head.hashes.tools)]);
    expect(counter.calls).toBe(distinct.size);
    expect(counter.calls).toBe(fast.base.tools.length + fast.head.tools.length - unchanged.length);
    // Slow path: every tool of each side counted on its own.
    const real = await loadTokenCounter();
    const perTool = (s: Snapshot) => new Map(s.tools.map((t) => [t.name, real.count(toolContextJson(t))]));
    const b = perTool(slow.base),
      h = perTool(slow.head);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
    expect(footprint).toMatchObject({ base: sum(b), head: sum(h), delta: sum(h) - sum(b) });
    expect(headPerTool).toEqual(h);
    for (const t of footprint.perTool) expect([t.base, t.head, t.delta]).toEqual([b.get(t.tool) ?? 0, h.get(t.tool) ?? 0, t.head - t.base]);
  });

  it('lint: an unchanged tool is linted on the head only, and finds exactly what linting the whole head finds', async () => {
    const diffFindings = await diffCatalogs(fast.base, fast.head, { oracle: false });
    const split = await lintCatalogs(fast.base, fast.head, { diffFindings });
    // The slow path: the whole head linted as new (an empty base), schema validity of every schema included.
    const empty = toSnapshot({ server: {}, capabilities: {}, tools: [], prompts: [], resources: [], resourceTemplates: [] });
    const whole = await lintCatalogs(empty, fast.head);
    const key = (f: { rule: string; subject: string; path: string; message: string }) => `${f.rule} ${f.subject} ${f.path} ${f.message}`;
    expect([...split.new, ...split.existing].map(key).sort()).toEqual(whole.new.map(key).sort());
    expect(split.existing.length).toBeGreaterThan(100);
    expect([...split.changedTools].sort()).toEqual(
      fast.head.tools
        .map((t) => t.name)
        .filter((n) => !unchanged.includes(n))
        .sort(),
    );
  });

  it('every format prints the same report from the fast path as from the slow one, counts of what was already there included', async () => {
    for (const lintReport of ['count', 'all'] as const) {
      const render = async ({ base, head }: { base: Snapshot; head: Snapshot }) => {
        const a = await analyze(base, head, { oracle: false, policy: { quality: { lintReport } } });
        const report = buildReport({
          label: 'bench',
          base,
          head,
          findings: a.findings,
          requiredBump: a.requiredBump,
          ...(a.footprint ? { footprint: a.footprint } : {}),
          ...(a.existing ? { lintExisting: a.existing } : {}),
        });
        return REPORT_FORMATS.map((format) => renderReport(report, format));
      };
      const [fastOut, slowOut] = [await render(fast), await render(slow)];
      expect(fastOut).toEqual(slowOut);
      const json = JSON.parse(fastOut[REPORT_FORMATS.indexOf('json')]!);
      expect(json.lint.existing.count).toBeGreaterThan(100);
      expect(Object.values(json.lint.existing.byRule as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(json.lint.existing.count);
      expect(json.lint.existing.findings?.length).toBe(lintReport === 'all' ? json.lint.existing.count : undefined);
    }
  });

  it('counting what is already there without making the findings gives the counts the listed findings give, overrides applied', async () => {
    const overrides = { 'input-parameter-undocumented': 'off', 'tool-description-too-short': 'warning' } as const;
    const existing = async (lintReport: 'count' | 'all', policy = {}) =>
      (await analyze(fast.base, fast.head, { oracle: false, policy: { quality: { lintReport }, ...policy } })).existing!;
    const counted = await existing('count'),
      listed = await existing('all');
    expect(counted.findings).toBeUndefined();
    expect(counted.byRule).toEqual(listed.byRule);
    expect(counted.count).toBe(listed.findings!.length);
    expect(counted.byRule['input-parameter-undocumented']).toBeGreaterThan(100);
    const countedOff = await existing('count', { overrides }),
      listedOff = await existing('all', { overrides });
    expect(countedOff.byRule).toEqual(listedOff.byRule);
    expect(countedOff.byRule['input-parameter-undocumented']).toBeUndefined();
    expect(countedOff.count).toBe(counted.count - counted.byRule['input-parameter-undocumented']!);
  });
});
