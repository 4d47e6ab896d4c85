// The bench catalog generator is deterministic, produces valid catalogs, and changes about 10% of tools; plus the bench's measuring, verdict checks and table.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_RULE,
  generatePair,
  MUTATION_KINDS,
  mulberry32,
  NULLABLE_CHANGED_PROPERTY,
  NULLABLE_PROPERTY_COUNT,
  nullableWidePair,
  ORACLE_SLOW_TOOL,
  oracleSlowPair,
  serializeCatalog,
  type GeneratedCatalog,
} from '../../bench/generate.mjs';
import { runMeasured, summarize } from '../../bench/measure.mjs';
import {
  BUDGETS,
  checkNullableVerdict,
  checkOracleSlowVerdict,
  compareRuleCounts,
  judge,
  renderTable,
  splitLint,
} from '../../bench/run.mjs';
import { REPO_ROOT } from '../helpers/cli.js';
import { compareSchemas } from '../../src/diff/schema/index.js';
import type { Json } from '../../src/findings/json.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-bench-');
const byName = (c: GeneratedCatalog) => new Map(c.tools.map((t) => [t.name, JSON.stringify(t)]));

describe('mulberry32', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = mulberry32(1),
      b = mulberry32(1),
      c = mulberry32(2);
    const sa = Array.from({ length: 5 }, a),
      sb = Array.from({ length: 5 }, b),
      sc = Array.from({ length: 5 }, c);
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
    for (const v of sa) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('generatePair', () => {
  it('is deterministic: the same seed gives byte-identical catalogs', () => {
    const one = generatePair({ tools: 100, seed: 42 });
    const two = generatePair({ tools: 100, seed: 42 });
    expect(serializeCatalog(one.base)).toBe(serializeCatalog(two.base));
    expect(serializeCatalog(one.head)).toBe(serializeCatalog(two.head));
    expect(one.changes).toEqual(two.changes);
  });

  it('gives different catalogs for different seeds', () => {
    const a = generatePair({ tools: 100, seed: 1 });
    const b = generatePair({ tools: 100, seed: 2 });
    expect(serializeCatalog(a.base)).not.toBe(serializeCatalog(b.base));
    expect(serializeCatalog(a.head)).not.toBe(serializeCatalog(b.head));
  });

  it('produces N valid tools whose schemas compile (draft-07, $defs and $ref resolve)', () => {
    const { base, head } = generatePair({ tools: 100, seed: 42 });
    expect(base.tools).toHaveLength(100);
    const ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false });
    for (const catalog of [base, head]) {
      expect(new Set(catalog.tools.map((t) => t.name)).size).toBe(catalog.tools.length);
      for (const tool of catalog.tools) {
        expect(typeof tool.name).toBe('string');
        expect(tool.inputSchema.type).toBe('object');
        for (const schema of [tool.inputSchema, tool.outputSchema]) {
          if (!schema) continue;
          expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
          // Compiling is slow; it is what proves that every $ref resolves, so do it where there are refs.
          if (JSON.stringify(schema).includes('"$ref"')) expect(() => ajv.compile(schema)).not.toThrow();
        }
      }
    }
  });

  it('has the realistic shapes the bench is about: zod draft-07, pydantic anyOf-null optionals, $defs, enums, output schemas', () => {
    const { base } = generatePair({ tools: 100, seed: 42 });
    const text = serializeCatalog(base);
    expect(text).toContain('"$schema":"http://json-schema.org/draft-07/schema#"');
    expect(text).toContain('"additionalProperties":false');
    expect(text).toContain('{"type":"null"}],"default":null');
    expect(text).toContain('"$ref":"#/$defs/');
    expect(text).toContain('"enum":[');
    const withOutput = base.tools.filter((t) => t.outputSchema).length;
    expect(withOutput).toBeGreaterThan(30);
    expect(withOutput).toBeLessThan(70);
  });

  it('changes 10% of the tools in assorted ways, and the head shows exactly those changes', () => {
    const { base, head, changes } = generatePair({ tools: 100, seed: 42 });
    expect(changes).toHaveLength(10);
    expect(new Set(changes.map((c) => c.kind)).size).toBeGreaterThanOrEqual(6);
    for (const c of changes) {
      expect(MUTATION_KINDS).toContain(c.kind);
      expect(c.rule).toBe(EXPECTED_RULE[c.kind]);
    }
    const b = byName(base),
      h = byName(head);
    const alteredBase = [...b].filter(([name, json]) => h.get(name) !== json).map(([name]) => name);
    const added = changes.filter((c) => c.kind === 'add-tool').length;
    // Every change alters its own tool, except add-tool, which leaves it as it is and adds a new one.
    expect(alteredBase.sort()).toEqual(
      changes
        .filter((c) => c.kind !== 'add-tool')
        .map((c) => c.tool)
        .sort(),
    );
    const renamed = changes.filter((c) => c.kind === 'rename-tool').length;
    expect([...h.keys()].filter((name) => !b.has(name))).toHaveLength(added + renamed);
  });

  it('writes byte-identical files from the command line for the same seed', () => {
    const [one, two] = [tempDir(), tempDir()];
    const script = path.join(REPO_ROOT, 'bench/generate.mjs');
    for (const dir of [one, two]) execFileSync(process.execPath, [script, '--tools', '100', '--seed', '42', '--out', dir]);
    for (const file of ['base.json', 'head.json']) {
      const a = readFileSync(path.join(one, file));
      expect(a.equals(readFileSync(path.join(two, file)))).toBe(true);
      expect(JSON.parse(a.toString('utf8')).tools.length).toBeGreaterThan(90);
    }
  });
});

describe('worst-case pairs', () => {
  it('nullable-wide: one tool of many nullable anyOf properties, exactly one changed', () => {
    const { base, head } = nullableWidePair();
    const props = (c: GeneratedCatalog) => c.tools[0].inputSchema.properties as Record<string, { anyOf: unknown[] }>;
    expect(Object.keys(props(base))).toHaveLength(NULLABLE_PROPERTY_COUNT);
    expect(NULLABLE_PROPERTY_COUNT).toBeGreaterThanOrEqual(40);
    for (const p of Object.values(props(base))) expect(p.anyOf).toContainEqual({ type: 'null' });
    const differing = Object.keys(props(base)).filter((k) => JSON.stringify(props(base)[k]) !== JSON.stringify(props(head)[k]));
    expect(differing).toEqual([NULLABLE_CHANGED_PROPERTY]);
  });

  it('oracle-slow: only the `not` keyword differs, and the walker cannot decide it, so the oracle is asked', () => {
    const { base, head } = oracleSlowPair();
    const { not: notBase, ...restBase } = base.tools[0].inputSchema;
    const { not: notHead, ...restHead } = head.tools[0].inputSchema;
    expect(restBase).toEqual(restHead);
    expect(notBase).not.toEqual(notHead);
    // The row's premise: if the walker learns to decide this pair, the row must get a new one.
    const walked = compareSchemas(base.tools[0].inputSchema as Json, head.tools[0].inputSchema as Json, 'input');
    expect(walked.undecided).toBe(true);
    expect(walked.reasons.join(' ')).toContain('`not`');
  });
});

describe('bench helpers', () => {
  const tightened = {
    rule: 'input-constraint-tightened',
    severity: 'breaking',
    subject: 'search_records_wide',
    tool: 'search_records_wide',
    path: `/inputSchema/properties/${NULLABLE_CHANGED_PROPERTY}/anyOf/0/maximum`,
  };

  it('accepts only the right verdict for the nullable-wide tool', () => {
    expect(checkNullableVerdict([tightened]).ok).toBe(true);
    expect(checkNullableVerdict([]).ok).toBe(false);
    expect(
      checkNullableVerdict([tightened, { ...tightened, rule: 'input-type-changed', path: '/inputSchema/properties/field_3' }]).ok,
    ).toBe(false);
    expect(
      checkNullableVerdict([
        tightened,
        { rule: 'input-schema-inconclusive', severity: 'warning', subject: 'search_records_wide', path: '/inputSchema' },
      ]).ok,
    ).toBe(false);
  });

  it('accepts the oracle-slow outcome only when the time budget ended it', () => {
    const inconclusive = { rule: 'input-schema-inconclusive', severity: 'warning', subject: ORACLE_SLOW_TOOL, path: '/inputSchema' };
    expect(
      checkOracleSlowVerdict([{ ...inconclusive, message: 'could not decide (no answer within 2000 ms; `not` changed)' }]),
    ).toMatchObject({ ok: true, budgetMs: 2000 });
    expect(checkOracleSlowVerdict([{ ...inconclusive, message: 'a keyword the engine cannot compare changed' }]).ok).toBe(false);
    expect(checkOracleSlowVerdict([]).ok).toBe(false);
  });

  it('compares found rules with expected ones as multisets', () => {
    expect(compareRuleCounts(['tool-added', 'tool-removed', 'tool-added'], ['tool-added', 'tool-added', 'tool-removed'])).toBeUndefined();
    expect(compareRuleCounts(['tool-added', 'tool-renamed'], ['tool-added', 'tool-removed', 'tool-added'])).toBe(
      'extra 1× tool-added, extra 1× tool-removed, missing 1× tool-renamed',
    );
  });

  it('judges contract findings apart from the lint findings the report also lists', () => {
    const lintFinding = {
      rule: 'input-required-parameter-has-default',
      severity: 'warning',
      subject: 'x',
      path: '/inputSchema/properties/a',
    };
    const contractFinding = { rule: 'tool-added', severity: 'safe', subject: 'x', path: '' };
    expect(splitLint([contractFinding, lintFinding], [lintFinding])).toEqual({ contract: [contractFinding], lint: 1 });
    expect(splitLint([contractFinding], [])).toEqual({ contract: [contractFinding], lint: 0 });
  });

  it('renders a table with PASS/FAIL per budget', () => {
    const table = renderTable([
      {
        id: 'a',
        name: 'cold',
        unit: 'ms',
        n: 3,
        min: 40,
        median: 45,
        max: 60,
        baseline: 'node -e 0',
        ratio: 1.5,
        budget: 'median < 150 ms',
        pass: true,
        note: '',
      },
      {
        id: 'b',
        name: 'rss',
        unit: 'MB',
        n: 3,
        min: 300,
        median: 300,
        max: 301,
        baseline: null,
        ratio: null,
        budget: 'max < 256 MB',
        pass: false,
        note: '',
      },
    ]);
    expect(table).toMatch(/\| cold .*45 ms.*1\.50× node -e 0.*PASS/);
    expect(table).toMatch(/\| rss .*301 MB.*FAIL/);
  });

  it('judges a value against its limit with the margin in percent of the limit, and prints it', () => {
    expect(judge(1.1, 2.2)).toEqual({ pass: true, margin: 50 });
    expect(judge(2.2, 2.2)).toEqual({ pass: true, margin: 0 });
    expect(judge(3.3, 2.2).pass).toBe(false);
    expect(judge(3.3, 2.2).margin).toBeCloseTo(-50);
    expect(judge(1, 2.2, false).pass).toBe(false);
    const table = renderTable([
      {
        id: 'a',
        name: 'diff',
        unit: 'ms',
        n: 3,
        min: 1,
        median: 2,
        max: 3,
        baseline: 'parse floor',
        ratio: 3.3,
        budget: '≤ 2.2× parse floor',
        ...judge(3.3, 2.2),
        note: '',
      },
    ]);
    expect(table).toMatch(/\| diff .*3\.30× parse floor.*≤ 2\.2× parse floor \| FAIL +\| −50% +\|/);
    expect(BUDGETS).toMatchObject({ diffRaw: 2.2, diffSnapshot: 1.5, rss10000Mb: 160, coldStart: 1.2, diff100: 1.5, growth: 10 });
  });
});

describe('runMeasured', () => {
  it('reports the exit code, output and a peak RSS that covers what the child allocated', async () => {
    const r = await runMeasured(process.execPath, [
      '-e',
      'const b = Buffer.alloc(96 * 1024 * 1024, 1); console.log(b.length); process.exitCode = 3',
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout.trim()).toBe(String(96 * 1024 * 1024));
    expect(r.rssBytes).toBeGreaterThan(96 * 1024 * 1024);
    expect(r.ms).toBeGreaterThan(0);
  });

  it('falls back to polling /proc VmHWM when GNU time is not used', () => {
    const script = `import { runMeasured, RSS_METHOD } from ${JSON.stringify(path.join(REPO_ROOT, 'bench/measure.mjs'))};
      const r = await runMeasured(process.execPath, ['-e', 'const b = Buffer.alloc(96 * 1024 * 1024, 1); setTimeout(() => {}, 100)']);
      console.log(JSON.stringify({ method: RSS_METHOD, rss: r.rssBytes, code: r.code }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, MCPC_BENCH_RSS: 'proc' },
        encoding: 'utf8',
      }),
    );
    expect(out.method).toMatch(/VmHWM/);
    expect(out.code).toBe(0);
    expect(out.rss).toBeGreaterThan(96 * 1024 * 1024);
  });

  it('summarises samples as min / median / max', () => {
    expect(summarize([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5, n: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });
});
