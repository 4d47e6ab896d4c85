// The one ajv factory of the schema verdicts: the dialect read from `$schema`, the options, the regex guard and the copy ajv sees; tool schemas compiled once for the witness search.
import type { Ajv } from 'ajv';
import { ajvClasses } from '../../ajv-classes.js';
import { stableJson } from '../../catalog/canonical.js';
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { structuralJudge } from './witness-judge.js';
import { guardedRegExp } from './regex-guard.js';

/**
 * The validators the witness search judges instances with. Dialects: `$schema` naming 2020-12 → ajv/dist/2020,
 * 2019-09 → ajv/dist/2019, anything else (draft-07, draft-06, none: MCP schemas up to 2025 are draft-07 in style)
 * → ajv's draft-07 class. draft-04 is validated as draft-07 after its boolean `exclusiveMinimum`/`exclusiveMaximum`
 * are rewritten to the numeric form; a boolean exclusive bound means draft-04 whatever `$schema` says, so it is
 * rewritten in every dialect (draft-06 and later would otherwise compare a number with `true`).
 *
 * Options: `strict: false` (catalog schemas carry unknown keywords), `allErrors: false` (the first error is all the
 * search needs), `validateSchema: false` (malformed keywords are the walker's findings, not a reason to give up).
 * Formats are NOT asserted (`validateFormats: false`), in every dialect: 2019-09 and 2020-12 make `format` an
 * annotation, the usual draft-07 clients (the MCP SDKs' validators, Python's jsonschema) do not assert it by default,
 * and the walker grades format changes as warnings for that reason. A witness never rests on a format.
 */
export type Dialect = 'draft-07' | 'draft-2019-09' | 'draft-2020-12';

/** Where an instance failed: its JSON pointer (for `required`/`additionalProperties`, the property's own) and the keyword. */
export interface ValidationError {
  at: string;
  keyword: string;
}

/** True when the instance is valid; with `allErrors` compilation, `errors` lists every failure of the last call. */
export type Validator = (instance: Json) => boolean;

export type Compiled = { validate: Validator; errors: () => ValidationError[]; dialect: Dialect } | { error: string };

/**
 * The dialect a schema is validated in (draft-04 and draft-06 read as draft-07; draft-04's boolean exclusive bounds are
 * converted by {@link numericExclusiveBounds} in every dialect). Without `$schema`, a schema that uses a keyword only
 * 2019-09/2020-12 have (`prefixItems`, `dependentRequired`, `dependentSchemas`, `unevaluated*`, `min/maxContains`,
 * `$dynamicRef`: a draft-07 validator ignores them, and would read `prefixItems`' `items: false` as "no items at
 * all") is read as 2020-12.
 */
export function dialectOf(schema: Json): Dialect {
  const uri = isObject(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  if (uri.includes('2020-12') || (uri === '' && LATER_KEYWORDS.some((k) => usesKeyword(schema, k)))) return 'draft-2020-12';
  if (uri.includes('2019-09')) return 'draft-2019-09';
  return 'draft-07';
}

function usesKeyword(node: Json, keyword: string, depth = 0): boolean {
  if (depth > 64) return false;
  if (Array.isArray(node)) return node.some((v) => usesKeyword(v, keyword, depth + 1));
  if (!isObject(node)) return false;
  return Object.entries(node).some(([k, v]) => k === keyword || (!DATA_KEYWORDS.has(k) && usesKeyword(v, keyword, depth + 1)));
}

/**
 * Keywords only 2019-09 and 2020-12 define. ajv's draft-07 class ignores them, so a schema without `$schema` that uses
 * one is read as 2020-12: its author meant them to assert (and the walker reads them so).
 */
const LATER_KEYWORDS = [
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'minContains',
  'maxContains',
  '$dynamicRef',
  '$recursiveRef',
];

/** Keywords whose values are data, not schemas: never rewritten. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/** draft-04's `exclusiveMinimum: true` beside `minimum: n` as the draft-06+ `exclusiveMinimum: n` (and `false` dropped), at every level. */
export function numericExclusiveBounds(node: Json): Json {
  if (Array.isArray(node)) return node.map(numericExclusiveBounds);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(k)) out[k] = v;
    else if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') {
      const bound = k === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (v && typeof node[bound] === 'number') out[k] = node[bound]!;
    } else if ((k === 'minimum' || k === 'maximum') && node[k === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true) continue;
    else out[k] = numericExclusiveBounds(v);
  }
  return out;
}

type AjvInstance = Pick<Ajv, 'compile' | 'removeSchema' | 'addSchema'>;

const AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  validateFormats: false,
  validateSchema: false,
  addUsedSchema: false,
  // The search reads where and by which keyword an instance failed, never ajv's sentences: not generating them cuts a
  // compile by about a third.
  messages: false,
  // ajv's code optimiser roughly triples the compile time; these validators judge a few hundred instances at most.
  code: { optimize: false, regExp: guardedRegExp },
};

/**
 * A new ajv instance for a dialect, with the options above (every schema verdict judges instances through one of
 * these: the witness search, the oneOf exclusivity check). `allErrors` lists every failure instead of the first.
 */
export function createAjv(dialect: Dialect, opts: { allErrors?: boolean } = {}): AjvInstance {
  const options = { ...AJV_OPTIONS, allErrors: opts.allErrors === true };
  const { Ajv, Ajv2019, Ajv2020 } = ajvClasses();
  return dialect === 'draft-2020-12' ? new Ajv2020(options) : dialect === 'draft-2019-09' ? new Ajv2019(options) : new Ajv(options);
}

/**
 * The copy of a schema ajv compiles: draft-04 boolean exclusive bounds in the numeric form, and without `$schema`
 * (the class already is the dialect; ajv would look the URI up).
 */
export function ajvCopy(schema: Json): Json {
  if (typeof schema === 'boolean') return schema;
  const copy = numericExclusiveBounds(schema);
  if (!isObject(copy)) return copy;
  const { $schema: _dialectUri, ...rest } = copy;
  return rest;
}

const instances = new Map<string, AjvInstance>();

/** The witness search's ajv instance per dialect and error mode, made on first use. */
function ajvFor(dialect: Dialect, allErrors: boolean): AjvInstance {
  const key = `${dialect}${allErrors ? '+all' : ''}`;
  let ajv = instances.get(key);
  if (!ajv) instances.set(key, (ajv = createAjv(dialect, { allErrors })));
  return ajv;
}

/**
 * Compiled validators kept, by dialect, error mode and canonical schema text; the oldest are dropped (and ajv's own
 * copy removed) past this many. A pair's search uses its two schemas only, so a small cache bounds the memory of a
 * diff with thousands of changed tools and still compiles a schema shared by many tools once.
 */
const CACHE_LIMIT = 64;
/** A schema ajv compiled, held by the instance that compiled it (removed from it when the entry is dropped). */
type HeldSchema = { schema: object; instance: AjvInstance };
const cache = new Map<string, { compiled: Compiled; held?: HeldSchema }>();

type AjvError = { instancePath: string; keyword: string; params?: { missingProperty?: string; additionalProperty?: string } };

function errorAt(e: AjvError): ValidationError {
  const name =
    e.keyword === 'required' ? e.params?.missingProperty : e.keyword === 'additionalProperties' ? e.params?.additionalProperty : undefined;
  return {
    at: name === undefined ? e.instancePath : `${e.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    keyword: e.keyword,
  };
}

/**
 * The validator of a tool schema, compiled once per canonical text. `$schema` is removed from the copy ajv sees
 * (the class already is the dialect; ajv would look the URI up). A schema ajv cannot compile (a remote `$ref`, an
 * unsafe pattern, an ill-formed keyword) gives `{error}` with ajv's reason.
 */
export function compileSchema(schema: Json, opts: { allErrors?: boolean } = {}): Compiled {
  const dialect = dialectOf(schema);
  const allErrors = opts.allErrors === true;
  const key = `${dialect}${allErrors ? '+all' : ''}\u0000${stableJson(schema)}`;
  const hit = cache.get(key);
  if (hit) return hit.compiled;
  const copy = ajvCopy(schema);
  let compiled: Compiled;
  let held: HeldSchema | undefined;
  // A schema inside the judge's keyword subset is judged without ajv (the same verdict on every instance, proven
  // against ajv by test/diff/schema/witness-judge.test.ts), and ajv is not even loaded for it; only the every-error
  // mode, which reports where, always needs ajv.
  const judge = allErrors ? undefined : structuralJudge(copy);
  if (judge) compiled = { validate: judge, errors: () => [], dialect };
  else {
    const instance = ajvFor(dialect, allErrors);
    try {
      const fn = instance.compile(copy as object) as ((data: unknown) => boolean) & { errors?: AjvError[] | null };
      if (typeof copy === 'object') held = { schema: copy as object, instance };
      compiled = { validate: (data) => fn(data) === true, errors: () => (fn.errors ?? []).map(errorAt), dialect };
    } catch (err) {
      compiled = { error: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
    }
  }
  cache.set(key, { compiled, held });
  if (cache.size > CACHE_LIMIT) {
    const [oldestKey, oldest] = cache.entries().next().value as [string, { held?: HeldSchema }];
    cache.delete(oldestKey);
    if (oldest.held) oldest.held.instance.removeSchema(oldest.held.schema);
  }
  return compiled;
}
