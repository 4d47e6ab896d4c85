// The tools-array locator and the diff's pair loader: slices are exactly the parsed tools, odd shapes fall back to a whole parse, and reuse never changes a result.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog, loadCatalogPair, parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import { storedToolSlices, toolSlices } from '../../src/catalog/tool-slices.js';
import { UserError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-tool-slices-');

/** Any JSON value with awkward strings: quotes, backslashes, brackets and braces inside strings. */
const trickyString = fc.oneof(fc.string(), fc.constantFrom('a"b', 'x\\', '\\"', '}]{[', '\\\\"}', '"tools":[', '\u2028'));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    trickyString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(trickyString, tie('value'), { maxKeys: 3 }),
})).value;
const toolArb = fc.record({
  name: trickyString,
  description: trickyString,
  inputSchema: fc.dictionary(trickyString, jsonValue, { maxKeys: 3 }),
});
/** JSON text with random whitespace between tokens (JSON.stringify with an indent, or not). */
const layoutArb = fc.constantFrom<undefined | number | string>(undefined, 2, '\t', ' \n ');

describe('toolSlices', () => {
  it('each slice parses to the very tool JSON.parse finds, whatever the strings and layout', () => {
    fc.assert(
      fc.property(fc.array(toolArb, { maxLength: 5 }), jsonValue, layoutArb, (tools, extra, layout) => {
        const text = JSON.stringify({ serverInfo: { name: 'x' }, extra, tools, after: extra }, null, layout);
        const bytes = Buffer.from(text);
        const slices = toolSlices(bytes);
        expect(slices).toBeDefined();
        const found = [];
        for (let k = 0; k < slices!.elements.length; k += 2)
          found.push(JSON.parse(bytes.toString('utf8', slices!.elements[k], slices!.elements[k + 1])));
        expect(found).toEqual(JSON.parse(text).tools);
        // What is outside the array still parses, with the array emptied.
        const outside = bytes.toString('utf8', 0, slices!.arrayStart) + '[]' + bytes.toString('utf8', slices!.arrayEnd);
        expect(JSON.parse(outside).serverInfo).toEqual({ name: 'x' });
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on shapes it does not plainly understand (the caller parses those whole)', () => {
    for (const text of [
      '[]',
      '"tools"',
      '{"result":{"tools":[]}}',
      '{"tools":[{}],"tools":[]}',
      '{"tool\\u0073":[{}]}',
      '{"tools":{}}',
      '{"tools":[1,2]}',
      '{"tools":[{},]}',
      '{"tools":[{} {}]}',
      '{"tools":[{"a":"unterminated}]}',
      '{"tools":[{}]',
      '{"x":1 "tools":[]}',
    ])
      expect(toolSlices(Buffer.from(text)), text).toBeUndefined();
    expect(toolSlices(Buffer.from('{"tools":[]}'))).toEqual({ arrayStart: 9, arrayEnd: 11, elements: [] });
    expect(toolSlices(Buffer.from('{}'))).toBeUndefined();
  });
});

describe('loadCatalogPair', () => {
  const write = (dir: string, name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const tool = (name: string, extra = {}) => ({
    name,
    description: `Does ${name}.`,
    inputSchema: { type: 'object', properties: { q: { type: 'string' } } },
    ...extra,
  });

  it('reuses the base objects for head tools with the same text, and parses the others, exactly as a whole parse would', async () => {
    const dir = tempDir();
    const base = write(
      dir,
      'base.json',
      JSON.stringify({ serverInfo: { name: 's', version: '1' }, tools: [tool('a'), tool('b'), tool('c')] }),
    );
    // b is unchanged, a is re-laid-out (same content, different text), c changed, d added.
    const head = write(
      dir,
      'head.json',
      `{"serverInfo":{"name":"s","version":"2"},"tools":[${JSON.stringify(tool('a'), null, 1)},${JSON.stringify(tool('b'))},${JSON.stringify(tool('c', { title: 'C' }))},${JSON.stringify(tool('d'))}]}`,
    );
    const [b, h] = await loadCatalogPair(base, head);
    // The same canonical snapshot (hashes included) as parsing the whole text, and as loading the file alone.
    const whole = parseCatalogJson(JSON.parse(readFileSync(head, 'utf8')), head);
    expect(serializeSnapshot(toSnapshot(h.catalog))).toBe(serializeSnapshot(toSnapshot(whole.catalog)));
    expect(serializeSnapshot(toSnapshot((await loadCatalog(head)).catalog))).toBe(serializeSnapshot(toSnapshot(whole.catalog)));
    expect(h.catalog.tools[1]).toBe(b.catalog.tools[1]);
    expect(h.catalog.tools[0]).not.toBe(b.catalog.tools[0]);
  });

  it('reports broken head JSON with its line and column, as loadCatalog does', async () => {
    const dir = tempDir();
    const base = write(dir, 'base.json', JSON.stringify({ tools: [tool('a')] }));
    for (const broken of [
      `{"tools":[${JSON.stringify(tool('a'))}],}`,
      `{"tools":[${JSON.stringify(tool('a'))}, {"name": }]}`,
      `{"tools":[${JSON.stringify(tool('a'))}]}\n}`,
    ]) {
      const head = write(dir, 'head.json', broken);
      const expected = await loadCatalog(head).then(
        () => undefined,
        (e: unknown) => e,
      );
      const got = await loadCatalogPair(base, head).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(expected, broken).toBeInstanceOf(UserError);
      expect((got as Error).message, broken).toBe((expected as Error).message);
    }
  });

  it('refuses a tool nested too deep with the message canonicalize gives, and sorts keys as it parses', async () => {
    const dir = tempDir();
    let deep = '"x"';
    for (let i = 0; i < MAX_NESTING_DEPTH + 5; i++) deep = `[${deep}]`;
    const base = write(dir, 'base.json', JSON.stringify({ tools: [tool('a')] }));
    const head = write(dir, 'head.json', `{"tools":[{"name":"deep","inputSchema":{"type":"object","default":${deep}}}]}`);
    const expected = await loadCatalog(head)
      .then((c) => toSnapshot(c.catalog))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const got = await loadCatalogPair(base, head).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(expected).toBeInstanceOf(UserError);
    expect((got as Error).message).toBe((expected as Error).message);
    const [b] = await loadCatalogPair(
      write(dir, 'unsorted.json', '{"tools":[{"name":"a","inputSchema":{"type":"object","properties":{"z":{},"a":{}}}}]}'),
      base,
    );
    expect(Object.keys((b.catalog.tools[0]!.inputSchema as { properties: object }).properties)).toEqual(['a', 'z']);
  });
});

describe('storedToolSlices (the layout of a format-2 snapshot)', () => {
  const snapshotText = (names: string[]) =>
    serializeSnapshot(
      toSnapshot({
        server: { name: 's' },
        capabilities: {},
        tools: names.map((name) => ({ name, description: 'has },\n    { inside a string', inputSchema: { type: 'object' } })),
        prompts: [{ name: 'p', arguments: [{ name: 'a' }, { name: 'b' }] }],
        resources: [],
        resourceTemplates: [],
      }),
    );

  it('finds the same slices as the scanner, for one entry and for several', () => {
    for (const names of [['only'], ['a', 'b', 'c']]) {
      const bytes = Buffer.from(snapshotText(names));
      expect(storedToolSlices(bytes)).toEqual(toolSlices(bytes));
      expect(storedToolSlices(bytes)!.elements).toHaveLength(2 * names.length);
    }
  });

  it('gives up on any other layout (CRLF line ends, compact JSON, no tools), so the scanner decides', () => {
    const text = snapshotText(['a', 'b']);
    expect(storedToolSlices(Buffer.from(text.replace(/\n/g, '\r\n')))).toBeUndefined();
    expect(storedToolSlices(Buffer.from(JSON.stringify(JSON.parse(text))))).toBeUndefined();
    expect(storedToolSlices(Buffer.from(snapshotText([])))).toBeUndefined();
  });
});
