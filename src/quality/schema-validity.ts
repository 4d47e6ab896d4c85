// Whether a tool schema is valid JSON Schema for its declared dialect: ajv 8's meta-schema validators, compiled ahead of time.
import type { MetaSchemaError, MetaSchemaValidator } from './meta-validators/draft-07.js';
import { unescapePointerToken, pointerToken, type Json, type JsonObject } from '../findings/json.js';

/** Dialects we can validate, by the `$schema` URL (without a trailing "#", http or https). No `$schema` means 2020-12, as MCP specifies. */
export type Dialect = '2020-12' | '2019-09' | 'draft-07' | 'draft-06';

const DIALECT_BY_URL: Record<string, Dialect> = {
  'json-schema.org/draft/2020-12/schema': '2020-12',
  'json-schema.org/draft/2019-09/schema': '2019-09',
  'json-schema.org/draft-07/schema': 'draft-07',
  'json-schema.org/draft-06/schema': 'draft-06',
};

/** The dialect a schema declares; null when it names one we do not validate (e.g. draft-04). */
export function dialectOf(schema: Json): Dialect | null {
  const declared = schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? schema.$schema : undefined;
  if (typeof declared !== 'string') return '2020-12';
  return (
    DIALECT_BY_URL[
      declared
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/#$/, '')
    ] ?? null
  );
}

export interface SchemaChecker {
  /** The problem with `schema`, or undefined when it is valid (or declares a dialect we do not know). */
  problem(schema: Json): string | undefined;
}

/** Each dialect's meta-schema validator module, imported only when a schema of that dialect is checked. */
const VALIDATOR_MODULES: Record<Dialect, () => Promise<{ default: MetaSchemaValidator }>> = {
  '2020-12': () => import('./meta-validators/draft-2020-12.js'),
  '2019-09': () => import('./meta-validators/draft-2019-09.js'),
  'draft-07': () => import('./meta-validators/draft-07.js'),
  'draft-06': () => import('./meta-validators/draft-06.js'),
};
const DIALECTS = Object.keys(VALIDATOR_MODULES) as Dialect[];
const loadingValidator = new Map<Dialect, Promise<MetaSchemaValidator>>();

function loadValidator(dialect: Dialect): Promise<MetaSchemaValidator> {
  let loading = loadingValidator.get(dialect);
  if (!loading) loadingValidator.set(dialect, (loading = VALIDATOR_MODULES[dialect]().then((m) => m.default)));
  return loading;
}

/**
 * Starts importing the validator of the dialect MCP assumes when a schema declares none (2020-12), to overlap it with
 * I/O; the others are imported only when a schema declares them.
 */
export function prepareSchemaChecker(): void {
  loadValidator('2020-12').catch(() => undefined);
}

/**
 * The checker for `schemas` (default: every dialect), with the meta-schema validators of exactly the dialects they
 * declare imported on first use: a run whose changed schemas are all draft-07 never loads the 2020-12 validator, and
 * commands that do not lint load none. They are ajv's validators compiled ahead of time by
 * scripts/gen-meta-validators.mjs (run by `npm run build`): compiling a meta-schema at run time cost ~50 ms per process.
 * The checker answers only for schemas of the dialects it was made for (a programming error otherwise).
 */
export async function loadSchemaChecker(schemas?: Iterable<Json>): Promise<SchemaChecker> {
  const wanted = new Set<Dialect>();
  if (schemas === undefined) for (const d of DIALECTS) wanted.add(d);
  else
    for (const schema of schemas) {
      const d = dialectOf(schema);
      if (d !== null) wanted.add(d);
    }
  const validators: Partial<Record<Dialect, MetaSchemaValidator>> = {};
  await Promise.all([...wanted].map(async (d) => (validators[d] = await loadValidator(d))));
  return { problem: (schema) => schemaProblem(validators, schema) };
}

/** ajv's errorsText, with "schema" where ajv says "data": "schema/properties/a/type must be string, …". */
function errorsText(errors: readonly MetaSchemaError[] | null | undefined): string {
  return (errors ?? []).map((e) => `schema${e.instancePath} ${e.message ?? 'is invalid'}`).join(', ') || 'schema is invalid';
}

/**
 * ajv's meta-schema validation for the declared dialect, then what compiling would add: every `pattern`
 * and `patternProperties` key must be a valid regular expression, and every `$ref` must resolve inside the
 * schema. (ajv.compile finds the same problems but took ~6 ms per schema against ~0.3 ms for this, measured on a loaded 2-core machine.)
 */
function schemaProblem(validators: Partial<Record<Dialect, MetaSchemaValidator>>, schema: Json): string | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    return `it is ${schema === null ? 'null' : Array.isArray(schema) ? 'an array' : `a ${typeof schema}`}, not a schema object`;
  const dialect = dialectOf(schema);
  if (dialect === null) return undefined;
  const validate = validators[dialect];
  if (!validate) throw new Error(`internal: the ${dialect} meta-schema validator was not loaded for this checker`);
  try {
    if (validate(schema) !== true) return errorsText(validate.errors);
  } catch (err) {
    // Too deep for ajv's recursive validator: not a verdict on the schema, so no finding.
    if (err instanceof RangeError) return undefined;
    return String((err as Error).message ?? err).split('\n')[0];
  }
  return refOrPatternProblem(schema);
}

/** Keywords whose values are data, not schemas: never searched for `pattern` or `$ref`. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

function regexProblem(source: string, where: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch {
    return `${where || '/'}: ${JSON.stringify(source)} is not a valid regular expression`;
  }
}

function resolvePointer(root: Json, pointer: string): boolean {
  let node: Json | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = unescapePointerToken(decodeURIComponent(raw));
    if (node === null || typeof node !== 'object') return false;
    node = Array.isArray(node) ? node[Number(key)] : node[key];
    if (node === undefined) return false;
  }
  return true;
}

/** Every `$id` (without a trailing "#") and `#anchor` in the schema. Iterative: schemas can nest thousands deep. */
function collectIds(root: Json): Set<string> {
  const ids = new Set<string>();
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      if ((k === '$id' || k === 'id') && typeof v === 'string') ids.add(v.replace(/#$/, ''));
      else if ((k === '$anchor' || k === '$dynamicAnchor') && typeof v === 'string') ids.add('#' + v);
      else if (!DATA_KEYWORDS.has(k)) stack.push(v);
    }
  }
  return ids;
}

/** The first invalid regular expression or unresolvable `$ref`, depth-first in document order. Iterative, like collectIds. */
function refOrPatternProblem(root: JsonObject): string | undefined {
  let ids: Set<string> | undefined;
  const stack: Array<{ node: Json; at: string }> = [{ node: root, at: '' }];
  while (stack.length) {
    const { node, at } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const children: Array<{ node: Json; at: string }> = [];
    if (Array.isArray(node)) node.forEach((v, i) => children.push({ node: v, at: `${at}/${i}` }));
    else {
      for (const [k, v] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(k)) continue;
        const where = `${at}/${pointerToken(k)}`;
        if (k === 'pattern' && typeof v === 'string') {
          const p = regexProblem(v, where);
          if (p) return p;
        } else if (k === 'patternProperties' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
          for (const source of Object.keys(v)) {
            const p = regexProblem(source, where);
            if (p) return p;
          }
        } else if ((k === '$ref' || k === '$dynamicRef') && typeof v === 'string') {
          if (v === '#' || (v.startsWith('#/') && resolvePointer(root, v.slice(1)))) continue;
          ids ??= collectIds(root);
          if (ids.has(v.replace(/#$/, '')) || (v.startsWith('#') && ids.has(v))) continue;
          return `${where}: the reference ${JSON.stringify(v)} does not resolve inside the schema (clients do not fetch remote schemas)`;
        }
        children.push({ node: v, at: where });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}
