// Tests of the set-theoretic oracle: real json-schema-diff in real worker threads, budgets, and no leaked threads.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import type { Json } from '../../../src/findings/json.js';
import { compareSchemas, oracleFinding, SchemaOracle } from '../../../src/diff/schema/index.js';
import { toDraft07 } from '../../../src/diff/schema/draft07.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * `not` over `required` of ten nullable properties: json-schema-diff's complement explodes (six properties take
 * about 15 s, ten run for minutes), so no machine answers within the budget. (A pair that takes "a few seconds" is
 * not enough: a quiet machine can finish it inside the budget.)
 */
function slowPair(): { before: Json; after: Json } {
  const make = (changed: boolean): Json => {
    const properties: Record<string, Json> = {};
    for (let i = 0; i < 10; i++) properties[`p${i}`] = { anyOf: [{ type: 'integer', maximum: 100 }, { type: 'null' }] };
    const forbidden = Object.keys(properties).slice(0, changed ? 10 : 9);
    return {
      type: 'object',
      properties,
      not: { type: 'object', properties: Object.fromEntries(forbidden.map((k) => [k, { type: 'null' }])), required: forbidden },
    };
  };
  return { before: make(false), after: make(true) };
}

const notBefore: Json = { type: 'object', properties: { name: { type: 'string' } } };
const notAfter: Json = { type: 'object', properties: { name: { type: 'string', not: { maxLength: 0 } } } };

describe('SchemaOracle', () => {
  const oracle = new SchemaOracle({ perPairMs: 1500, totalMs: 8000 });
  afterAll(() => oracle.close());

  test('proves a narrowing only it can see (`not`), and equality and widening', async () => {
    // The walker now decides it too (keywords.ts: a `not` added is a conjunct); the oracle agrees.
    const walk = compareSchemas(notBefore, notAfter, 'input');
    expect(walk).toMatchObject({ changes: [{ rule: 'input-keyword-narrowed', path: '/properties/name/not' }], undecided: false });
    const results = await oracle.check([
      { before: notBefore, after: notAfter, direction: 'input' },
      { before: notAfter, after: notBefore, direction: 'input' },
      {
        before: notBefore,
        after: { ...(notBefore as object), $schema: 'https://json-schema.org/draft/2020-12/schema' },
        direction: 'input',
      },
    ]);
    expect(results).toEqual([{ outcome: 'narrowed' }, { outcome: 'widened' }, { outcome: 'equal' }]);
    expect(oracleFinding(results[0]!.outcome, 'input', false)).toMatchObject({
      rule: 'input-schema-narrowed',
      severity: 'breaking',
      path: '',
    });
    expect(oracleFinding(results[0]!.outcome, 'output', false)).toMatchObject({ rule: 'output-schema-narrowed', severity: 'safe' });
    expect(oracleFinding(results[1]!.outcome, 'output', false)).toMatchObject({ rule: 'output-schema-widened', severity: 'breaking' });
    expect(oracleFinding(results[0]!.outcome, 'input', true)).toBeUndefined();
    expect(oracleFinding('equal', 'input', false)).toBeUndefined();
  });

  test('anyOf → oneOf with overlapping branches: the walker finds the instance, the oracle proves the narrowing too', async () => {
    const branches: Json[] = [
      { type: 'string', maxLength: 5 },
      { type: 'string', minLength: 3 },
    ];
    const before: Json = { type: 'object', properties: { v: { anyOf: branches } } };
    const after: Json = { type: 'object', properties: { v: { oneOf: branches } } };
    expect(compareSchemas(before, after, 'input')).toMatchObject({
      changes: [{ rule: 'input-one-of-overlap', path: '/properties/v/oneOf', extra: { instance: 'aaa' } }],
      undecided: false,
    });
    expect(await oracle.check([{ before, after, direction: 'input' }])).toEqual([{ outcome: 'narrowed' }]);
  });

  test('$defs refs are inlined for the oracle (it reads draft-07 only)', async () => {
    const before: Json = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { a: { $ref: '#/$defs/A' } },
      $defs: { A: { type: 'string' } },
    };
    const after: Json = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/A' } },
      $defs: { A: { type: 'string', not: { maxLength: 0 } } },
    };
    expect(await oracle.check([{ before, after, direction: 'input' }])).toEqual([{ outcome: 'narrowed' }]);
  });

  test('keywords it cannot read are inconclusive without asking it', async () => {
    const s = (then: string): Json => ({ type: 'object', if: { required: ['a'] }, then: { required: [then] } });
    const [r] = await oracle.check([{ before: s('b'), after: s('c'), direction: 'input' }]);
    expect(r).toEqual({ outcome: 'inconclusive', reason: 'json-schema-diff cannot read `if` (at /if)' });
    expect(oracleFinding(r!.outcome, 'input', false, r!.reason)).toMatchObject({
      rule: 'input-schema-inconclusive',
      severity: 'warning',
      extra: { reason: 'json-schema-diff cannot read `if` (at /if)' },
    });
    expect(toDraft07({ $ref: 'https://example.com/s.json' })).toEqual({
      unsupported: ': $ref "https://example.com/s.json" points outside the schema',
    });
    expect(toDraft07({ $ref: '#/$defs/N', $defs: { N: { properties: { next: { $ref: '#/$defs/N' } } } } })).toMatchObject({
      unsupported: expect.stringContaining('recursive $ref'),
    });
    let deep: Json = { type: 'string' };
    for (let i = 0; i < 5000; i++) deep = { type: 'object', properties: { a: deep } };
    expect(toDraft07(deep)).toEqual({ unsupported: 'the schema nests more than 256 levels deep' });
  });

  test('a pair that would take seconds ends at the per-pair budget as inconclusive; the next pair still gets an answer', async () => {
    const { before, after } = slowPair();
    // The walker decides it (the `not` now requires a tenth null: it excludes less); the oracle is still bounded on it.
    expect(compareSchemas(before, after, 'input')).toMatchObject({
      undecided: false,
      changes: [{ rule: 'input-keyword-widened', path: '/not' }],
    });
    const start = Date.now();
    const results = await oracle.check([
      { before, after, direction: 'input' },
      { before: notBefore, after: notAfter, direction: 'input' },
    ]);
    expect(results[0]).toEqual({ outcome: 'inconclusive', reason: 'no answer within 1500 ms' });
    expect(results[1]).toEqual({ outcome: 'narrowed' });
    expect(Date.now() - start).toBeLessThan(6000);
  });

  test('the global budget bounds the whole batch', async () => {
    const small = new SchemaOracle({ perPairMs: 5000, totalMs: 1200, workers: 1 });
    try {
      const { before, after } = slowPair();
      const start = Date.now();
      const results = await small.check([0, 1, 2].map(() => ({ before, after, direction: 'input' as const })));
      expect(results.map((r) => r.outcome)).toEqual(['inconclusive', 'inconclusive', 'inconclusive']);
      expect(results.map((r) => r.reason)).toEqual([
        'the global oracle budget ran out',
        'the global oracle budget ran out',
        'the global oracle budget ran out',
      ]);
      expect(Date.now() - start).toBeLessThan(4000);
    } finally {
      await small.close();
    }
  });
});

describe('a worker that cannot start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpc-oracle-broken-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('makes every pair inconclusive with the reason, at once (no respawning until the deadline)', async () => {
    const file = path.join(dir, 'broken-worker.mjs');
    writeFileSync(file, "throw new Error('json-schema-diff is not installed');\n");
    const broken = new SchemaOracle({ totalMs: 20_000, workerFile: pathToFileURL(file) });
    try {
      const start = Date.now();
      const results = await broken.check([0, 1, 2].map(() => ({ before: notBefore, after: notAfter, direction: 'input' as const })));
      expect(results.map((r) => r.outcome)).toEqual(['inconclusive', 'inconclusive', 'inconclusive']);
      expect(results[0]!.reason).toBe('the oracle worker failed to start: json-schema-diff is not installed');
      expect(Date.now() - start).toBeLessThan(5000);
    } finally {
      await broken.close();
    }
  });
});

describe('worker threads do not outlive their work', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpc-oracle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Bundled like dist/: the entry and oracle-worker.js side by side, so the bundle's worker lookup is exercised too.
  test('a process that never calls close() still exits after a timed-out pair', async () => {
    const { before, after } = slowPair();
    writeFileSync(
      path.join(dir, 'pairs.json'),
      JSON.stringify([
        { before, after, direction: 'input' },
        { before: notBefore, after: notAfter, direction: 'input' },
      ]),
    );
    writeFileSync(
      path.join(dir, 'entry.ts'),
      `import { readFileSync } from 'node:fs';
import { SchemaOracle } from ${JSON.stringify(path.join(root, 'src/diff/schema/index.ts'))};
const pairs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const oracle = new SchemaOracle({ perPairMs: 800, totalMs: 5000 });
console.log(JSON.stringify(await oracle.check(pairs)));
`,
    );
    const banner = { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" };
    await build({
      entryPoints: { child: path.join(dir, 'entry.ts'), 'oracle-worker': path.join(root, 'src/diff/oracle-worker.ts') },
      outdir: dir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner,
      logLevel: 'silent',
      outExtension: { '.js': '.js' },
    });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const start = Date.now();
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [path.join(dir, 'child.js'), path.join(dir, 'pairs.json')],
        { timeout: 20_000 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
      child.stdin?.end();
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([{ outcome: 'inconclusive', reason: 'no answer within 800 ms' }, { outcome: 'narrowed' }]);
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});
