#!/usr/bin/env node
// Seeded generator of realistic MCP catalog pairs (base/head) and worst-case schema pairs for `npm run bench`.
//
// Usage: node bench/generate.mjs --tools 1000 --seed 42 --out DIR   → DIR/base.json, DIR/head.json
//        add --snapshot for the same pair as mcp-contract snapshot files (format 2: each tool beside its sha256)
//        node bench/generate.mjs --worst --out DIR                   → DIR/nullable-{base,head}.json, DIR/oracle-slow-{base,head}.json
//
// The same seed gives byte-identical files: every random choice comes from one mulberry32 stream and
// objects are built with a fixed key order. Plain ESM JavaScript, so it runs without a build.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience helpers over one random stream. */
function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const shuffle = (list) => {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, chance, shuffle };
}

const VERBS = [
  'get',
  'list',
  'create',
  'update',
  'delete',
  'search',
  'fetch',
  'sync',
  'archive',
  'export',
  'import',
  'count',
  'validate',
  'preview',
  'publish',
  'assign',
  'resolve',
  'schedule',
  'summarize',
  'tag',
];
const NOUNS = [
  'issue',
  'user',
  'project',
  'invoice',
  'document',
  'ticket',
  'repository',
  'branch',
  'commit',
  'channel',
  'message',
  'event',
  'calendar',
  'contact',
  'order',
  'product',
  'customer',
  'report',
  'dashboard',
  'metric',
  'alert',
  'incident',
  'deployment',
  'pipeline',
  'secret',
  'bucket',
  'file',
  'folder',
  'page',
  'comment',
  'label',
  'milestone',
  'team',
  'workspace',
  'note',
  'task',
  'query',
  'table',
  'record',
  'webhook',
];
const QUALIFIERS = ['', '', '', 'details', 'history', 'summary', 'status', 'settings', 'members', 'batch'];
const FIELD_WORDS = [
  'id',
  'name',
  'title',
  'query',
  'limit',
  'offset',
  'cursor',
  'page',
  'page_size',
  'sort',
  'order',
  'status',
  'state',
  'owner',
  'assignee',
  'author',
  'labels',
  'tags',
  'since',
  'until',
  'timezone',
  'locale',
  'format',
  'include_archived',
  'dry_run',
  'priority',
  'severity',
  'visibility',
  'branch',
  'path',
  'content',
  'body',
  'url',
  'email',
  'region',
  'amount',
  'currency',
  'quantity',
  'threshold',
  'timeout_ms',
  'retries',
  'depth',
  'fields',
  'filter',
  'scope',
  'kind',
  'category',
  'language',
  'color',
  'notes',
];
const ENUM_SETS = [
  ['asc', 'desc'],
  ['open', 'closed', 'all'],
  ['low', 'medium', 'high', 'critical'],
  ['public', 'private', 'internal'],
  ['json', 'csv', 'markdown', 'html'],
  ['draft', 'review', 'approved', 'published', 'archived'],
  ['created', 'updated', 'popularity', 'relevance'],
  ['daily', 'weekly', 'monthly'],
];
const DESCRIPTION_TAILS = [
  'Results are paginated; pass the cursor from the previous call to continue.',
  'Requires the caller to have write access to the workspace.',
  'Use this before making changes so the user can confirm them.',
  'Timestamps are ISO 8601 in UTC unless a timezone is given.',
  'Archived items are excluded unless explicitly requested.',
  'Prefer the search tool when the exact identifier is unknown.',
  '',
];

const humanize = (snake) => snake.replace(/_/g, ' ');
const titleCase = (snake) =>
  snake
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
const pascalCase = (snake) =>
  snake
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const camelCase = (snake) => {
  const p = pascalCase(snake);
  return p[0].toLowerCase() + p.slice(1);
};

/**
 * One leaf property in zod style ({type, description, bounds}). `kind` picks the JSON type.
 * Returns a fresh object each call.
 */
function leafSchema(rnd, kind, field) {
  const description = `The ${humanize(field)} to use.`;
  switch (kind) {
    case 'string': {
      const s = { type: 'string', description };
      if (rnd.chance(0.5)) s.minLength = 1;
      if (rnd.chance(0.5)) s.maxLength = rnd.pick([64, 128, 256, 1024]);
      if (rnd.chance(0.1)) s.format = rnd.pick(['date-time', 'email', 'uri']);
      if (rnd.chance(0.08)) s.pattern = '^[A-Za-z0-9_-]+$';
      return s;
    }
    case 'integer': {
      const s = { type: 'integer', description, minimum: rnd.pick([0, 1]) };
      s.maximum = rnd.pick([10, 50, 100, 500, 1000]);
      if (rnd.chance(0.3)) s.default = s.minimum + 1;
      return s;
    }
    case 'number': {
      const s = { type: 'number', description, minimum: 0 };
      if (rnd.chance(0.7)) s.maximum = rnd.pick([1, 100, 1e6]);
      return s;
    }
    case 'boolean': {
      const s = { type: 'boolean', description };
      if (rnd.chance(0.5)) s.default = false;
      return s;
    }
    case 'array': {
      const s = { type: 'array', description, items: { type: 'string', minLength: 1 } };
      if (rnd.chance(0.5)) s.minItems = 1;
      if (rnd.chance(0.6)) s.maxItems = rnd.pick([10, 25, 100]);
      return s;
    }
    case 'enum': {
      const values = rnd.pick(ENUM_SETS);
      return { type: 'string', enum: values.slice(), description: `One of: ${values.join(', ')}.` };
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

const LEAF_KINDS = ['string', 'string', 'integer', 'number', 'boolean', 'array', 'enum', 'enum'];

/** Distinct field names for one object. */
function fieldNames(rnd, count) {
  return rnd.shuffle(FIELD_WORDS).slice(0, count);
}

/** A zod-to-json-schema style object: draft-07, additionalProperties false, required list, inline nested objects. */
function zodObject(rnd, count, depth) {
  const properties = {};
  const required = [];
  const names = fieldNames(rnd, count);
  // Guarantee an enum and a bounded integer in most tools, so head mutations have something to act on.
  names.forEach((field, i) => {
    let schema;
    if (i === 0) schema = leafSchema(rnd, 'enum', field);
    else if (i === 1) schema = leafSchema(rnd, 'integer', field);
    else if (depth > 0 && rnd.chance(0.12)) {
      schema = { ...zodObject(rnd, rnd.int(2, 4), depth - 1), description: `Nested ${humanize(field)} settings.` };
    } else schema = leafSchema(rnd, rnd.pick(LEAF_KINDS), field);
    properties[field] = schema;
    if (rnd.chance(0.45)) required.push(field);
  });
  const obj = { type: 'object', properties };
  if (required.length) obj.required = required;
  obj.additionalProperties = false;
  return obj;
}

/** Pydantic style: titles, optionals as anyOf [T, null] with default null, nested models in $defs referenced by $ref. */
function pydanticObject(rnd, count, modelName) {
  const properties = {};
  const required = [];
  const defs = {};
  const names = fieldNames(rnd, count);
  names.forEach((field, i) => {
    const kind = i === 0 ? 'enum' : i === 1 ? 'integer' : rnd.pick(LEAF_KINDS);
    let base;
    if (i > 1 && rnd.chance(0.15)) {
      const defName = pascalCase(field) + 'Options';
      const inner = pydanticLeafModel(rnd, defName);
      defs[defName] = inner;
      base = { $ref: `#/$defs/${defName}` };
    } else {
      base = leafSchema(rnd, kind, field);
      delete base.description;
    }
    const isRequired = rnd.chance(0.4);
    if (isRequired) {
      properties[field] = base.$ref
        ? { $ref: base.$ref, description: `The ${humanize(field)}.` }
        : { ...base, description: `The ${humanize(field)}.`, title: titleCase(field) };
      required.push(field);
    } else {
      properties[field] = {
        anyOf: [base, { type: 'null' }],
        default: null,
        description: `The ${humanize(field)}, if any.`,
        title: titleCase(field),
      };
    }
  });
  const obj = {};
  if (Object.keys(defs).length) obj.$defs = defs;
  obj.properties = properties;
  if (required.length) obj.required = required;
  obj.title = modelName;
  obj.type = 'object';
  return obj;
}

/** A small pydantic model for $defs: a few optional leaf fields. */
function pydanticLeafModel(rnd, title) {
  const properties = {};
  for (const field of fieldNames(rnd, rnd.int(2, 4))) {
    const base = leafSchema(rnd, rnd.pick(['string', 'integer', 'boolean', 'enum']), field);
    delete base.description;
    properties[field] = { anyOf: [base, { type: 'null' }], default: null, title: titleCase(field) };
  }
  return { properties, title, type: 'object' };
}

/** An output schema: what structuredContent looks like (zod style, all properties required or not). */
function outputSchema(rnd) {
  const properties = {};
  const required = [];
  for (const field of fieldNames(rnd, rnd.int(2, 5))) {
    properties[field] = leafSchema(rnd, rnd.pick(['string', 'integer', 'boolean', 'enum', 'array']), field);
    if (rnd.chance(0.6)) required.push(field);
  }
  const s = { type: 'object', properties };
  if (required.length) s.required = required;
  s.additionalProperties = false;
  s.$schema = DRAFT_07;
  return s;
}

function annotations(rnd, name) {
  const readOnly = /^(get|list|search|fetch|count|preview|summarize|validate)_/.test(name);
  const a = { title: titleCase(name) };
  if (readOnly) a.readOnlyHint = true;
  else {
    a.destructiveHint = /^(delete|archive)_/.test(name);
    if (rnd.chance(0.5)) a.idempotentHint = /^(update|sync|tag|assign)_/.test(name);
  }
  if (rnd.chance(0.5)) a.openWorldHint = rnd.chance(0.3);
  return a;
}

function description(rnd, name) {
  const [verb, ...rest] = name.split('_');
  const opener = verb[0].toUpperCase() + verb.slice(1) + (/(ch|sh|s)$/.test(verb) ? 'es' : 's');
  const tail = rnd.pick(DESCRIPTION_TAILS);
  return `${opener} ${humanize(rest.join('_'))}.${tail ? ' ' + tail : ''}`;
}

/** One tool. Style alternates between zod (TypeScript servers) and pydantic (Python servers). */
function makeTool(rnd, name) {
  const style = rnd.chance(0.55) ? 'zod' : 'pydantic';
  const count = rnd.int(3, 9);
  let inputSchema;
  if (style === 'zod') {
    inputSchema = { ...zodObject(rnd, count, 1), $schema: DRAFT_07 };
  } else {
    inputSchema = pydanticObject(rnd, count, pascalCase(name) + 'Arguments');
  }
  const tool = { name, description: description(rnd, name), inputSchema };
  if (rnd.chance(0.5)) tool.outputSchema = outputSchema(rnd);
  if (rnd.chance(0.7)) tool.annotations = annotations(rnd, name);
  return tool;
}

/** N distinct, realistic tool names (verb_noun[_qualifier], with a numeric suffix only when the vocabulary runs out). */
function toolNames(rnd, count) {
  const all = [];
  for (const v of VERBS) for (const n of NOUNS) for (const q of QUALIFIERS) all.push(q ? `${v}_${n}_${q}` : `${v}_${n}`);
  const unique = [...new Set(all)];
  const shuffled = rnd.shuffle(unique);
  const names = [];
  for (let i = 0; i < count; i++) {
    const base = shuffled[i % shuffled.length];
    const round = Math.floor(i / shuffled.length);
    names.push(round === 0 ? base : `${base}_${round + 1}`);
  }
  return names;
}

const clone = (v) => JSON.parse(JSON.stringify(v));

/** Where a tool keeps its properties (both styles use inputSchema.properties at the top). */
const propsOf = (tool) => tool.inputSchema.properties;
/** The concrete schema of a property: the non-null anyOf branch for pydantic optionals. */
function concrete(prop) {
  if (Array.isArray(prop.anyOf)) return prop.anyOf.find((s) => s.type !== 'null') ?? prop;
  return prop;
}
function findProp(tool, test) {
  for (const [key, prop] of Object.entries(propsOf(tool))) {
    const c = concrete(prop);
    if (!c.$ref && test(c)) return [key, c];
  }
  return undefined;
}
function newField(tool, stem) {
  let name = stem;
  for (let i = 2; name in propsOf(tool); i++) name = `${stem}_${i}`;
  return name;
}

/**
 * The head mutations. Each returns the kind it applied, or undefined when the tool has nothing to act on
 * (the caller then tries the next kind). `ctx.added` collects new tools; `ctx.removed` names removed ones.
 */
const MUTATIONS = {
  'add-optional-param'(rnd, tool) {
    const field = newField(tool, 'include_metadata');
    propsOf(tool)[field] = { type: 'boolean', description: 'Include metadata in the result.', default: false };
    return true;
  },
  'add-required-param'(rnd, tool) {
    const field = newField(tool, 'workspace_id');
    propsOf(tool)[field] = { type: 'string', description: 'The workspace to act in.', minLength: 1 };
    tool.inputSchema.required = [...(tool.inputSchema.required ?? []), field];
    return true;
  },
  'remove-enum-value'(rnd, tool) {
    const hit = findProp(tool, (s) => Array.isArray(s.enum) && s.enum.length > 2);
    if (!hit) return false;
    hit[1].enum = hit[1].enum.slice(0, -1);
    return true;
  },
  'widen-type'(rnd, tool) {
    const hit = findProp(tool, (s) => s.type === 'integer');
    if (!hit) return false;
    hit[1].type = 'number';
    return true;
  },
  'tighten-maximum'(rnd, tool) {
    const hit = findProp(tool, (s) => typeof s.maximum === 'number' && s.maximum >= 10);
    if (!hit) return false;
    hit[1].maximum = Math.floor(hit[1].maximum / 2);
    return true;
  },
  'rename-tool'(rnd, tool) {
    tool.name = camelCase(tool.name);
    return true;
  },
  'change-description'(rnd, tool) {
    tool.description = `${tool.description} Always confirm with the user before calling this tool.`;
    return true;
  },
  'add-output-property'(rnd, tool) {
    if (!tool.outputSchema) return false;
    tool.outputSchema.properties.request_id = { type: 'string', description: 'Identifier of the request, for support.' };
    return true;
  },
  'remove-tool'(rnd, tool, ctx) {
    ctx.removed.add(tool.name);
    return true;
  },
  'add-tool'(rnd, tool, ctx) {
    // A name outside the base vocabulary, so pairing sees a genuinely new tool (not a rename or a v2).
    ctx.added.push(makeTool(rnd, `inspect_audit_trail_${ctx.added.length + 1}`));
    return true;
  },
};
export const MUTATION_KINDS = Object.keys(MUTATIONS);

/** The one finding each mutation must produce (the bench checks the diff's findings against these). */
export const EXPECTED_RULE = {
  'add-optional-param': 'input-property-added-optional',
  'add-required-param': 'input-property-added-required',
  'remove-enum-value': 'input-enum-value-removed',
  'widen-type': 'input-type-widened',
  'tighten-maximum': 'input-constraint-tightened',
  'rename-tool': 'tool-renamed',
  'change-description': 'tool-description-changed',
  'add-output-property': 'output-property-added',
  'remove-tool': 'tool-removed',
  'add-tool': 'tool-added',
};

/**
 * Generates a base/head catalog pair with `tools` tools; the head changes 10% of them (at least one),
 * cycling through every mutation kind. Returns the catalogs and the list of applied changes.
 */
export function generatePair({ tools = 1000, seed = 42, changedFraction = 0.1 } = {}) {
  const rnd = makeRandom(seed);
  const baseTools = toolNames(rnd, tools).map((name) => makeTool(rnd, name));
  const headTools = clone(baseTools);
  const changeCount = Math.max(1, Math.round(tools * changedFraction));
  const targets = rnd
    .shuffle(headTools.map((_, i) => i))
    .slice(0, changeCount)
    .sort((a, b) => a - b);
  const ctx = { added: [], removed: new Set() };
  const changes = [];
  targets.forEach((index, n) => {
    const tool = headTools[index];
    const before = tool.name;
    for (let k = 0; k < MUTATION_KINDS.length; k++) {
      const kind = MUTATION_KINDS[(n + k) % MUTATION_KINDS.length];
      if (MUTATIONS[kind](rnd, tool, ctx)) {
        changes.push({ tool: before, kind, rule: EXPECTED_RULE[kind] });
        break;
      }
    }
  });
  const finalHead = headTools.filter((t) => !ctx.removed.has(t.name)).concat(ctx.added);
  const serverInfo = (version) => ({ name: 'bench-catalog', version });
  return {
    base: { serverInfo: serverInfo('1.0.0'), tools: baseTools },
    head: { serverInfo: serverInfo('1.1.0'), tools: finalHead },
    changes,
  };
}

/**
 * Stable bytes for a catalog file: a tools/list result as compact JSON (as it travels on the wire), one
 * tool per line so the files stay readable and diffable.
 */
export function serializeCatalog(catalog) {
  const head = Object.entries(catalog)
    .filter(([k]) => k !== 'tools')
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const tools = catalog.tools.map((t) => JSON.stringify(t)).join(',\n');
  return `{${head.join(',')},"tools":[\n${tools}\n]}\n`;
}

const sortKeys = (v) =>
  v === null || typeof v !== 'object'
    ? v
    : Array.isArray(v)
      ? v.map(sortKeys)
      : Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys(v[k])]),
        );

/** The catalog as an mcp-contract snapshot file in format 2 (src/catalog/snapshot-v2.ts): tools by name, keys sorted, each beside the sha256 of its stored text. */
export function serializeSnapshotV2(catalog) {
  const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const tools = [...catalog.tools].sort(byName).map((t) => {
    const tool = sortKeys(t);
    const text = JSON.stringify(tool, null, 2).replaceAll('\n', '\n      ');
    return { sha256: 'sha256:' + createHash('sha256').update(text).digest('hex'), tool };
  });
  const snapshot = {
    formatVersion: 2,
    server: catalog.serverInfo,
    capabilities: {},
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
  return JSON.stringify(snapshot, null, 2) + '\n';
}

export const NULLABLE_TOOL = 'search_records_wide';
export const NULLABLE_CHANGED_PROPERTY = 'field_17';
export const NULLABLE_PROPERTY_COUNT = 48;

/**
 * Worst case 1: one pydantic tool with 48 nullable `anyOf: [T, null]` properties (a few of them nested
 * models behind $ref, themselves full of nullable fields); the head tightens `maximum` in one of them.
 * The right verdict: exactly one breaking finding, input-constraint-tightened on field_17.
 */
export function nullableWidePair() {
  const make = (changed) => {
    const properties = {};
    const defs = {};
    for (let i = 0; i < NULLABLE_PROPERTY_COUNT; i++) {
      const field = `field_${i}`;
      let branch;
      if (field === NULLABLE_CHANGED_PROPERTY) branch = { type: 'integer', minimum: 0, maximum: changed ? 50 : 100 };
      else if (i % 8 === 5) {
        const defName = `Nested${i}`;
        const inner = {};
        for (let j = 0; j < 6; j++)
          inner[`sub_${j}`] = { anyOf: [{ type: 'string', maxLength: 64 }, { type: 'null' }], default: null, title: `Sub ${j}` };
        defs[defName] = { properties: inner, title: defName, type: 'object' };
        branch = { $ref: `#/$defs/${defName}` };
      } else if (i % 3 === 0) branch = { type: 'string', maxLength: 256 };
      else if (i % 3 === 1) branch = { type: 'integer', minimum: 0, maximum: 100 };
      else branch = { type: 'array', items: { type: 'string' }, maxItems: 20 };
      properties[field] = { anyOf: [branch, { type: 'null' }], default: null, title: `Field ${i}` };
    }
    return {
      serverInfo: { name: 'bench-worst-case', version: changed ? '1.1.0' : '1.0.0' },
      tools: [
        {
          name: NULLABLE_TOOL,
          description: 'Searches records with many optional filters.',
          inputSchema: { $defs: defs, properties, title: 'SearchRecordsWideArguments', type: 'object' },
        },
      ],
    };
  };
  return { base: make(false), head: make(true) };
}

export const ORACLE_SLOW_TOOL = 'filter_events_exclusive';

/**
 * Worst case 2: a schema the walker cannot decide and the set-theoretic oracle (json-schema-diff) cannot finish in
 * time. Under `not`, the last of the forbidden properties is renamed (p9 → q9): a rename has no direction, so the
 * walker cannot say whether `not` now excludes more or fewer values and asks the oracle; `not` over `required` of
 * many nullable properties makes the oracle's complement explode (6 properties ≈ 15 s, growing exponentially; this
 * one has 10 and would run for minutes). (Forbidding one more property, the pair before, is decided by the walker
 * now.) The right outcome: the per-pair budget ends the oracle and the tool gets an input-schema-inconclusive finding.
 */
export function oracleSlowPair() {
  const count = 10;
  const make = (changed) => {
    const properties = {};
    for (let i = 0; i < count; i++) properties[`p${i}`] = { anyOf: [{ type: 'integer', maximum: 100 }, { type: 'null' }] };
    const forbidden = Object.keys(properties).map((name, i) => (changed && i === count - 1 ? `q${i}` : name));
    return {
      serverInfo: { name: 'bench-oracle-slow', version: changed ? '1.1.0' : '1.0.0' },
      tools: [
        {
          name: ORACLE_SLOW_TOOL,
          description: 'Filters events; at least one filter must be non-null.',
          inputSchema: {
            $schema: DRAFT_07,
            type: 'object',
            properties,
            not: { type: 'object', properties: Object.fromEntries(forbidden.map((k) => [k, { type: 'null' }])), required: forbidden },
          },
        },
      ],
    };
  };
  return { base: make(false), head: make(true) };
}

function writePair(dir, prefix, pair, serialize = serializeCatalog) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${prefix}base.json`), serialize(pair.base));
  writeFileSync(path.join(dir, `${prefix}head.json`), serialize(pair.head));
}

/** Writes base.json/head.json for a generated pair (as snapshot files in format 2 with `options.snapshot`). */
export function writeGeneratedPair(dir, options) {
  const pair = generatePair(options);
  writePair(dir, '', pair, options.snapshot ? serializeSnapshotV2 : serializeCatalog);
  return pair;
}

/** Writes nullable-{base,head}.json and oracle-slow-{base,head}.json. */
export function writeWorstCases(dir) {
  writePair(dir, 'nullable-', nullableWidePair());
  writePair(dir, 'oracle-slow-', oracleSlowPair());
}

function parseArgs(argv) {
  const opts = { tools: 1000, seed: 42, out: undefined, worst: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tools') opts.tools = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--worst') opts.worst = true;
    else if (a === '--snapshot') opts.snapshot = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
    if (!opts.help && !opts.out) throw new Error('--out DIR is required');
    if (!Number.isInteger(opts.tools) || opts.tools < 1) throw new Error('--tools must be a positive integer');
    if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  } catch (err) {
    process.stderr.write(`error: ${err.message}\nusage: node bench/generate.mjs --tools N --seed S --out DIR [--worst | --snapshot]\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write('usage: node bench/generate.mjs --tools N --seed S --out DIR [--worst | --snapshot]\n');
  } else if (opts.worst) {
    writeWorstCases(opts.out);
    process.stdout.write(`wrote worst-case pairs to ${opts.out}\n`);
  } else {
    const pair = writeGeneratedPair(opts.out, { tools: opts.tools, seed: opts.seed, snapshot: opts.snapshot });
    process.stdout.write(`wrote ${opts.out}/base.json (${pair.base.tools.length} tools) and head.json (${pair.changes.length} changes)\n`);
  }
}
