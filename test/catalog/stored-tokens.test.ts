// Token counts stored beside each tool in a format-2 snapshot: written by `snapshot`, used by a diff instead of
// counting again, and never used when they do not verify (hand-edited, moved to another tool, another scheme).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog, loadCatalogPair, snapshotFileText, type ToolTokenCounter } from '../../src/catalog/snapshot-file.js';
import type { Catalog, Snapshot, ToolDef } from '../../src/catalog/types.js';
import { measureFootprint, TOKEN_COUNT_SCHEME, tokenCounterForSnapshots, toolContextJson } from '../../src/quality/footprint.js';
import { loadTokenCounter, type TokenCounter } from '../../src/quality/tokenizer.js';

let dir: string;
let countTokens: ToolTokenCounter;
let realCounter: TokenCounter;
beforeAll(async () => {
  countTokens = await tokenCounterForSnapshots();
  realCounter = await loadTokenCounter();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcpc-tokens-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tool(name: string, words = 1): ToolDef {
  return {
    name,
    description: `Looks up ${'the weather '.repeat(words)}for ${name}.`,
    inputSchema: { type: 'object', properties: { city: { type: 'string', description: 'The city.' } }, required: ['city'] },
  };
}

function catalog(tools: ToolDef[], version = '1.0.0'): Catalog {
  return {
    server: { name: 'srv', version },
    protocolVersion: '2025-11-25',
    capabilities: { tools: {} },
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}

/** A counter that counts exactly and records how many texts it was asked to count. */
function spyCounter(): TokenCounter & { calls: number } {
  const spy = { name: realCounter.name, calls: 0, count: (text: string) => (spy.calls++, realCounter.count(text)) };
  return spy;
}

async function loadPair(baseText: string, headText: string): Promise<[Snapshot, Snapshot]> {
  const base = path.join(dir, 'base.json'),
    head = path.join(dir, 'head.json');
  writeFileSync(base, baseText);
  writeFileSync(head, headText);
  const [b, h] = await loadCatalogPair(base, head);
  return [toSnapshot(b.catalog), toSnapshot(h.catalog, b.catalog)];
}

const BASE = catalog(['alpha', 'bravo', 'charlie'].map((n) => tool(n)));
const HEAD = catalog([tool('alpha'), tool('bravo', 5), tool('delta')], '1.1.0');

describe('stored token counts (snapshot format 2)', () => {
  it("snapshot files store each tool's count under the scheme, exactly what the footprint counts", () => {
    const text = snapshotFileText(toSnapshot(BASE), countTokens);
    const stored = [...text.matchAll(/"tokens": "([^"]+)"/g)].map((m) => m[1]!);
    expect(stored).toHaveLength(3);
    BASE.tools.forEach((t, i) => {
      const [scheme, count] = stored[i]!.split(':');
      expect(scheme).toBe(TOKEN_COUNT_SCHEME);
      expect(Number(count)).toBe(realCounter.count(toolContextJson(t)));
    });
    // The line sits between the hash and the tool, so each entry stays one block of its own lines.
    expect(text).toMatch(/"sha256": "sha256:[0-9a-f]{64}",\n {6}"tokens": "[^"]+",\n {6}"tool": \{/);
  });

  it('a diff of two such files counts nothing and prints the same footprint as counting every tool', async () => {
    const [base, head] = await loadPair(snapshotFileText(toSnapshot(BASE), countTokens), snapshotFileText(toSnapshot(HEAD), countTokens));
    const spy = spyCounter();
    const fromStored = await measureFootprint(base, head, spy);
    expect(spy.calls).toBe(0);
    // Without stored counts, every distinct tool is counted.
    const [plainBase, plainHead] = await loadPair(serializeSnapshot(toSnapshot(BASE)), serializeSnapshot(toSnapshot(HEAD)));
    const counting = spyCounter();
    expect(await measureFootprint(plainBase, plainHead, counting)).toEqual(fromStored);
    expect(counting.calls).toBe(5); // alpha once (unchanged: one hash), bravo on each side, charlie, delta
  });

  it('a hand-edited count, a count moved beside another tool, or one under another scheme is not used: the tool is counted', async () => {
    const good = snapshotFileText(toSnapshot(BASE), countTokens);
    const [alphaLine, bravoLine] = [...good.matchAll(/"tokens": "[^"]+"/g)].map((m) => m[0]);
    const alphaCount = Number(/:(\d+):/.exec(alphaLine!)![1]);
    const variants = {
      edited: good.replace(alphaLine!, alphaLine!.replace(`:${alphaCount}:`, `:${alphaCount - 5}:`)),
      moved: good.replace(alphaLine!, '\u0001').replace(bravoLine!, alphaLine!).replace('\u0001', bravoLine!),
      otherScheme: good.replace(alphaLine!, alphaLine!.replace(TOKEN_COUNT_SCHEME, 'o200k_base/0')),
      malformed: good.replace(alphaLine!, '"tokens": "lots"'),
    };
    const expected = await measureFootprint(...(await loadPair(serializeSnapshot(toSnapshot(BASE)), serializeSnapshot(toSnapshot(BASE)))));
    for (const [name, text] of Object.entries(variants)) {
      const spy = spyCounter();
      const measured = await measureFootprint(...(await loadPair(text, text)), spy);
      expect(measured, name).toEqual(expected);
      expect(spy.calls, name).toBe(name === 'moved' ? 2 : 1);
    }
  });

  it('counts are used from a file read by meaning too (CRLF line ends), and an older file without them still reads', async () => {
    const crlf = snapshotFileText(toSnapshot(BASE), countTokens).replace(/\n/g, '\r\n');
    const spy = spyCounter();
    await measureFootprint(...(await loadPair(crlf, crlf)), spy);
    expect(spy.calls).toBe(0);
    const old = serializeSnapshot(toSnapshot(BASE));
    expect(old).not.toContain('"tokens"');
    const [b] = await loadPair(old, old);
    expect(b.tools.map((t) => t.name)).toEqual(['alpha', 'bravo', 'charlie']);
  });
});

describe('the tools array a snapshot file is read by', () => {
  it('is the top-level "tools" JSON.parse takes: a second top-level "tools" key later in the file wins, as in JSON', async () => {
    const text = snapshotFileText(toSnapshot(BASE), countTokens);
    const file = path.join(dir, 'dup.json');
    for (const [label, tail] of [
      ['compact', ',"tools":[]\n}\n'],
      ['laid out', ',\n  "tools": [\n    {"sha256": "x"}\n  ]\n}\n'],
    ] as const) {
      writeFileSync(file, text.replace(/\n}\n$/, tail));
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { tools: unknown[] };
      const read = await loadCatalog(file).then(
        (c) => c.catalog.tools.length,
        () => 'refused',
      );
      // Whatever the reader does, it never reads the tools that JSON.parse would not see.
      expect(read, label).not.toBe(3);
      expect(parsed.tools.length, label).not.toBe(3);
    }
  });
});
