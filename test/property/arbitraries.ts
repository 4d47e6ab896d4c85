// fast-check generators for the property tests: JSON Schemas (nested objects, required, enums, type lists, anyOf, bounds, $defs/$ref), catalogs and catalog edits, plus structure-preserving transforms.
import fc from 'fast-check';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import { isObject, type Json, type JsonObject } from '../../src/findings/json.js';

/**
 * Names from the letters a–e with '-' between words: no digits (no version tokens), no 's' or 'v', so every
 * name relation the pairing reads (words, stems, version suffixes) is kept by `upperName` below.
 */
export const nameArb = fc.stringMatching(/^[a-e]{1,5}(-[a-e]{1,4}){0,2}$/);

const enumValueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom('x', 'y', 'z', 'xy', 'zz', 'yx'),
  fc.integer({ min: -3, max: 3 }),
  fc.constant(null),
  fc.boolean(),
);
const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;

/** Leaf schemas: a type or type list, an enum, bounds on numbers and strings. */
const leafArb: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean', 'null') }),
  fc.record({
    type: fc.uniqueArray(fc.constantFrom(...TYPES.filter((t) => t !== 'array' && t !== 'object')), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ enum: fc.uniqueArray(enumValueArb, { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) }) }),
  fc.record(
    { type: fc.constant('integer'), minimum: fc.integer({ min: -5, max: 5 }), maximum: fc.integer({ min: 6, max: 50 }) },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    {
      type: fc.constant('number'),
      exclusiveMinimum: fc.integer({ min: -5, max: 5 }),
      maximum: fc.double({ min: 6, max: 50, noNaN: true }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    {
      type: fc.constant('string'),
      minLength: fc.integer({ min: 0, max: 3 }),
      maxLength: fc.integer({ min: 4, max: 20 }),
      format: fc.constantFrom('date', 'uri', 'email'),
    },
    { requiredKeys: ['type'] },
  ),
);

/** A schema of bounded depth; `refNames` are $defs it may refer to. */
function schemaArb(depth: number, refNames: readonly string[]): fc.Arbitrary<Json> {
  const leaves: fc.Arbitrary<Json>[] = [leafArb];
  if (refNames.length) leaves.push(fc.constantFrom(...refNames).map((n) => ({ $ref: `#/$defs/${n}` })));
  const leaf = fc.oneof(...leaves);
  if (depth <= 0) return leaf;
  const child = schemaArb(depth - 1, refNames);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: objectSchemaArb(child), weight: 2 },
    {
      arbitrary: fc.record(
        { type: fc.constant('array'), items: child, minItems: fc.integer({ min: 0, max: 2 }), uniqueItems: fc.boolean() },
        { requiredKeys: ['type', 'items'] },
      ),
      weight: 1,
    },
    { arbitrary: fc.record({ anyOf: fc.array(child, { minLength: 2, maxLength: 3 }) }), weight: 1 },
  );
}

/** An object schema: properties, a subset of them required, maybe closed. */
function objectSchemaArb(child: fc.Arbitrary<Json>): fc.Arbitrary<JsonObject> {
  return fc
    .tuple(
      fc.dictionary(nameArb, child, { minKeys: 0, maxKeys: 4 }),
      fc.infiniteStream(fc.boolean()),
      fc.option(fc.constant(false), { nil: undefined }),
      fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    )
    .map(([properties, requiredFlags, additional, description]) => {
      const keys = Object.keys(properties);
      const flags = requiredFlags.take(keys.length);
      const required = keys.filter(() => flags.next().value === true);
      const out: JsonObject = { type: 'object', properties };
      if (required.length) out.required = required;
      if (additional !== undefined) out.additionalProperties = additional;
      if (description !== undefined) out.description = description;
      return out;
    });
}

/** A tool's inputSchema: an object schema, sometimes with $defs its properties refer to. */
export const inputSchemaArb: fc.Arbitrary<JsonObject> = fc.oneof(
  objectSchemaArb(schemaArb(2, [])),
  fc
    .tuple(fc.dictionary(fc.constantFrom('Alpha', 'Beta', 'Gamma'), schemaArb(1, []), { minKeys: 1, maxKeys: 3 }))
    .chain(([defs]) => objectSchemaArb(schemaArb(1, Object.keys(defs))).map((s) => ({ ...s, $defs: defs }))),
);

/** Any JSON Schema (for the schema-level properties). */
export const anySchemaArb: fc.Arbitrary<Json> = schemaArb(3, []);

const annotationsArb = fc.record(
  {
    readOnlyHint: fc.boolean(),
    destructiveHint: fc.boolean(),
    idempotentHint: fc.boolean(),
    openWorldHint: fc.boolean(),
    title: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: [] },
);

export const toolArb = (name: string): fc.Arbitrary<ToolDef> =>
  fc
    .record({
      description: fc.option(fc.constantFrom('Searches.', 'Reads a file.', 'Deprecated: use other.', 'Writes.'), { nil: undefined }),
      inputSchema: inputSchemaArb,
      outputSchema: fc.option(objectSchemaArb(schemaArb(1, [])), { nil: undefined }),
      annotations: fc.option(annotationsArb, { nil: undefined }),
    })
    .map((t) => Object.fromEntries(Object.entries({ name, ...t }).filter(([, v]) => v !== undefined)) as ToolDef);

/** A catalog with unique tool and prompt names, a few resources and templates. */
export const catalogArb: fc.Arbitrary<Catalog> = fc
  .tuple(
    fc.uniqueArray(nameArb, { minLength: 0, maxLength: 6 }).chain((names) => fc.tuple(...names.map(toolArb))),
    fc.uniqueArray(nameArb, { maxLength: 3 }).chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc
            .record({
              arguments: fc.uniqueArray(fc.record({ name: nameArb, required: fc.boolean() }), { maxLength: 3, selector: (a) => a.name }),
            })
            .map((p) => ({ name, ...p })),
        ),
      ),
    ),
    fc.uniqueArray(nameArb, { maxLength: 2 }),
    fc.constantFrom('1.0.0', '1.2.3', '2.0.0', '0.3.0'),
  )
  .map(([tools, prompts, uris, version]) => ({
    server: { name: 'gen', version },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {}, prompts: {}, resources: {} },
    tools: tools as ToolDef[],
    prompts,
    resources: uris.map((u) => ({ uri: `file:///${u}`, name: u, mimeType: 'text/plain' })),
    resourceTemplates: uris.map((u) => ({ uriTemplate: `file:///${u}/{id}`, name: u })),
  }));

/** One edit a release might make. */
type Edit =
  | { op: 'remove'; index: number }
  | { op: 'add'; tool: ToolDef }
  | { op: 'replace-input'; index: number; schema: JsonObject }
  | { op: 'rename'; index: number; suffix: string }
  | { op: 'describe'; index: number; text: string }
  | { op: 'version'; version: string }
  | { op: 'mutate-property'; index: number; which: number; schema: Json; toggleRequired: boolean };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), index: fc.nat() }),
  nameArb.chain((n) => toolArb(`${n}-e`)).map((tool) => ({ op: 'add' as const, tool })),
  fc.record({ op: fc.constant('replace-input' as const), index: fc.nat(), schema: inputSchemaArb }),
  fc.record({ op: fc.constant('rename' as const), index: fc.nat(), suffix: fc.constantFrom('-b', '-cd', 'a') }),
  fc.record({ op: fc.constant('describe' as const), index: fc.nat(), text: fc.constantFrom('Changed.', 'Searches.', '') }),
  fc.record({ op: fc.constant('version' as const), version: fc.constantFrom('1.0.1', '1.1.0', '2.0.0', '3.0.0', '0.9.0') }),
  fc.record({
    op: fc.constant('mutate-property' as const),
    index: fc.nat(),
    which: fc.nat(),
    schema: leafArb,
    toggleRequired: fc.boolean(),
  }),
);

/** Changes one existing property of a tool's input schema in place: a new leaf schema, or required toggled. */
function mutateProperty(tool: ToolDef, which: number, schema: Json, toggleRequired: boolean): void {
  const input = tool.inputSchema as JsonObject;
  const props = input.properties as JsonObject | undefined;
  const keys = Object.keys(props ?? {});
  if (!props || keys.length === 0) return;
  const key = keys[which % keys.length]!;
  if (!toggleRequired) {
    props[key] = schema;
    return;
  }
  const required = new Set((input.required as string[] | undefined) ?? []);
  if (required.has(key)) required.delete(key);
  else required.add(key);
  if (required.size) input.required = [...required];
  else delete input.required;
}

function applyEdits(base: Catalog, edits: Edit[]): Catalog {
  const head: Catalog = structuredClone(base);
  for (const e of edits) {
    const n = head.tools.length;
    const at = (i: number) => i % n;
    if (e.op === 'add') {
      if (!head.tools.some((t) => t.name === e.tool.name)) head.tools.push(e.tool);
    } else if (e.op === 'version') head.server.version = e.version;
    else if (n === 0) continue;
    else if (e.op === 'remove') head.tools.splice(at(e.index), 1);
    else if (e.op === 'replace-input') head.tools[at(e.index)]!.inputSchema = e.schema;
    else if (e.op === 'rename') {
      const name = head.tools[at(e.index)]!.name + e.suffix;
      if (!head.tools.some((t) => t.name === name)) head.tools[at(e.index)]!.name = name;
    } else if (e.op === 'describe') head.tools[at(e.index)]!.description = e.text;
    else if (e.op === 'mutate-property') mutateProperty(head.tools[at(e.index)]!, e.which, e.schema, e.toggleRequired);
  }
  return head;
}

/** A base catalog and a head made from it by a few edits (possibly none). */
export const catalogPairArb: fc.Arbitrary<{ base: Catalog; head: Catalog }> = fc
  .tuple(catalogArb, fc.array(editArb, { maxLength: 5 }))
  .map(([base, edits]) => ({ base, head: applyEdits(base, edits) }));

/** Deep copy with every object's keys in a shuffled order (arrays keep their order: it can mean something). */
export function shuffleKeys<T>(value: T, rand: () => number): T {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rand)) as T;
  if (value !== null && typeof value === 'object') {
    const keys = shuffled(Object.keys(value as object), rand);
    return Object.fromEntries(keys.map((k) => [k, shuffleKeys((value as Record<string, unknown>)[k], rand)])) as T;
  }
  return value;
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A catalog with its lists (tools, prompts, resources, templates) reordered and every object's keys shuffled. */
export function reorder(catalog: Catalog, seed: number): Catalog {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const c = shuffleKeys(catalog, rand);
  return {
    ...c,
    tools: shuffled(c.tools, rand),
    prompts: shuffled(c.prompts, rand),
    resources: shuffled(c.resources, rand),
    resourceTemplates: shuffled(c.resourceTemplates, rand),
  };
}

/** One edit of an object schema: a property's schema replaced, its required flag toggled, a property added, the object closed. */
type SchemaEdit =
  | { op: 'replace'; which: number; schema: Json }
  | { op: 'toggle-required'; which: number }
  | { op: 'add'; schema: Json; required: boolean }
  | { op: 'close' };

const schemaEditArb: fc.Arbitrary<SchemaEdit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), which: fc.nat(), schema: anySchemaArb }),
  fc.record({ op: fc.constant('toggle-required' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), schema: anySchemaArb, required: fc.boolean() }),
  fc.record({ op: fc.constant('close' as const) }),
);

function applySchemaEdit(schema: JsonObject, e: SchemaEdit): JsonObject {
  const out = structuredClone(schema);
  const props = (isObject(out.properties) ? out.properties : (out.properties = {})) as JsonObject;
  const keys = Object.keys(props);
  const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
  if (e.op === 'replace' && keys.length) props[keys[e.which % keys.length]!] = e.schema;
  else if (e.op === 'toggle-required' && keys.length) {
    const k = keys[e.which % keys.length]!;
    if (required.has(k)) required.delete(k);
    else required.add(k);
  } else if (e.op === 'add') {
    props.added = e.schema;
    if (e.required) required.add('added');
  } else if (e.op === 'close') out.additionalProperties = false;
  if (required.size) out.required = [...required];
  else delete out.required;
  return out;
}

/** A schema pair a release might make: one to three edits of a generated input schema, or (one time in five) an unrelated schema. */
export const pairArb: fc.Arbitrary<{ before: JsonObject; after: JsonObject }> = fc.oneof(
  {
    arbitrary: fc
      .tuple(inputSchemaArb, fc.array(schemaEditArb, { minLength: 1, maxLength: 3 }))
      .map(([before, edits]) => ({ before, after: edits.reduce(applySchemaEdit, before) })),
    weight: 4,
  },
  { arbitrary: fc.tuple(inputSchemaArb, inputSchemaArb).map(([before, after]) => ({ before, after })), weight: 1 },
);

/** A catalog of one tool "t" with the given schemas (for the schema-pair properties). */
export function oneTool(schemas: Partial<ToolDef>): Catalog {
  return {
    server: { name: 'gen', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {} },
    tools: [{ name: 't', ...schemas }],
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}
