// Judges instances against simple schemas without compiling them: an exact stand-in for ajv on a closed keyword subset, so the witness search compiles only the schemas that need ajv.
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { guardedRegExp } from './regex-guard.js';

/** True when the instance is valid. */
export type Judge = (instance: Json) => boolean;

/**
 * The keyword subset judged here, each exactly as ajv 8 (strict: false, formats not asserted) judges it in draft-07,
 * 2019-09 and 2020-12 alike: `type`, `enum`, `const`, `properties`, `required`, `additionalProperties`, numeric
 * bounds (numeric exclusive bounds: draft-04's booleans are rewritten before, see `ajvCopy`), string lengths (in code
 * points, as ajv counts), `pattern` (a unicode RegExp tested on strings, as ajv's regex option builds it, and only a
 * pattern the regex guard passes), `items` (one schema), `minItems`/`maxItems`, `uniqueItems`,
 * `minProperties`/`maxProperties`, `anyOf`/`allOf`/`oneOf`/`not`, and `$ref` to a `#/$defs/…` or `#/definitions/…`
 * entry without siblings and without recursion. Annotations and `x-` keys are ignored (ajv ignores them too).
 *
 * Everything else gives no judge (undefined) and the schema goes to ajv: another keyword (`items` as an array, whose
 * meaning depends on the dialect; `multipleOf`, whose float rule is ajv's own), a keyword value of an unexpected shape
 * or a pattern the guard refuses or RegExp cannot read (ajv refuses to compile it, and that refusal is the note the
 * search reports), a nested `$schema` or `$id`, or a property name that `Object.prototype` holds (ajv reads
 * `data[name]`, which finds inherited members). So a judge exists only where its verdict is ajv's, for every instance.
 */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'format',
  'markdownDescription',
  'example',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const MAX_DEPTH = 32;

class OutsideSubset extends Error {}

const outside = (): never => {
  throw new OutsideSubset();
};

/** The judge of a schema (as ajv compiles it: `$schema` removed, exclusive bounds numeric), or undefined when ajv must judge. */
export function structuralJudge(schema: Json): Judge | undefined {
  try {
    return new Builder(schema).build(schema, 0, true);
  } catch (err) {
    if (err instanceof OutsideSubset) return undefined;
    throw err;
  }
}

/** ajv's equality (fast-deep-equal) on JSON values: arrays in order, objects by their keys whatever the order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]!));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k]!, b[k]!))
    );
  }
  return false;
}

const isCount = (v: Json | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isBound = (v: Json | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const safeName = (k: string): boolean => !(k in Object.prototype) && k !== '__proto__';

function hasType(v: Json, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    default:
      return typeof v === t;
  }
}

class Builder {
  private readonly resolving = new Set<string>();
  constructor(private readonly root: Json) {}

  build(node: Json, depth: number, isRoot = false): Judge {
    if (typeof node === 'boolean') return () => node;
    if (!isObject(node) || depth > MAX_DEPTH) return outside();
    const checks: Judge[] = [];
    const add = (j: Judge): void => void checks.push(j);
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) continue;
      if ((k === '$defs' || k === 'definitions') && isRoot && isObject(v)) {
        for (const d of Object.values(v)) this.build(d, depth + 1); // a definition outside the subset could fail ajv's compile
        continue;
      }
      this.keyword(node, k, v, depth, add);
    }
    if (checks.length === 0) return () => true;
    if (checks.length === 1) return checks[0]!;
    return (v) => checks.every((c) => c(v));
  }

  private keyword(node: JsonObject, k: string, v: Json, depth: number, add: (j: Judge) => void): void {
    const sub = (s: Json): Judge => this.build(s, depth + 1);
    const list = (s: Json): Judge[] => (Array.isArray(s) && s.length > 0 ? s.map(sub) : outside());
    switch (k) {
      case 'type': {
        const types = typeof v === 'string' ? [v] : Array.isArray(v) && v.length > 0 ? v : outside();
        if (!types.every((t) => typeof t === 'string' && TYPES.has(t)) || new Set(types).size !== types.length) outside();
        return add((x) => (types as string[]).some((t) => hasType(x, t)));
      }
      case 'enum':
        if (!Array.isArray(v) || v.length === 0) outside();
        return add((x) => (v as Json[]).some((e) => jsonEqual(e, x)));
      case 'const':
        return add((x) => jsonEqual(v, x));
      case 'properties': {
        if (!isObject(v) || !Object.keys(v).every(safeName)) outside();
        const props = Object.entries(v as JsonObject).map(([name, s]) => [name, sub(s)] as const);
        return add((x) => !isObject(x) || props.every(([name, j]) => x[name] === undefined || j(x[name]!)));
      }
      case 'required': {
        if (!Array.isArray(v) || !v.every((n) => typeof n === 'string' && safeName(n))) outside();
        const names = v as string[];
        return add((x) => !isObject(x) || names.every((n) => x[n] !== undefined));
      }
      case 'additionalProperties': {
        const j = sub(v);
        const declared = isObject(node.properties) ? new Set(Object.keys(node.properties)) : new Set<string>();
        return add((x) => !isObject(x) || Object.keys(x).every((name) => declared.has(name) || j(x[name]!)));
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        if (!isBound(v)) outside();
        const b = v as number;
        const ok =
          k === 'minimum'
            ? (n: number) => n >= b
            : k === 'maximum'
              ? (n: number) => n <= b
              : k === 'exclusiveMinimum'
                ? (n: number) => n > b
                : (n: number) => n < b;
        return add((x) => typeof x !== 'number' || ok(x));
      }
      case 'minLength':
      case 'maxLength': {
        if (!isCount(v)) outside();
        const n = v as number;
        // ajv counts code points (a surrogate pair is one character), as the string iterator does.
        return add((x) => typeof x !== 'string' || (k === 'minLength' ? [...x].length >= n : [...x].length <= n));
      }
      case 'pattern': {
        if (typeof v !== 'string') outside();
        let re: RegExp;
        try {
          re = guardedRegExp(v as string, 'u');
        } catch {
          // Refused by the guard, or not a RegExp JavaScript can read: ajv's compile failure is the note the search reports.
          return outside();
        }
        return add((x) => typeof x !== 'string' || re.test(x));
      }
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties': {
        if (!isCount(v)) outside();
        const n = v as number;
        const size = (x: Json): number | undefined =>
          k.endsWith('Items') ? (Array.isArray(x) ? x.length : undefined) : isObject(x) ? Object.keys(x).length : undefined;
        const min = k.startsWith('min');
        return add((x) => {
          const s = size(x);
          return s === undefined || (min ? s >= n : s <= n);
        });
      }
      case 'items': {
        if (Array.isArray(v)) outside();
        const j = sub(v);
        return add((x) => !Array.isArray(x) || x.every(j));
      }
      case 'uniqueItems':
        if (typeof v !== 'boolean') outside();
        if (!v) return;
        return add((x) => !Array.isArray(x) || x.every((a, i) => x.slice(i + 1).every((b) => !jsonEqual(a, b))));
      case 'anyOf': {
        const js = list(v);
        return add((x) => js.some((j) => j(x)));
      }
      case 'allOf': {
        const js = list(v);
        return add((x) => js.every((j) => j(x)));
      }
      case 'oneOf': {
        const js = list(v);
        return add((x) => {
          let matched = 0;
          for (const j of js) if (j(x) && ++matched > 1) return false;
          return matched === 1;
        });
      }
      case 'not': {
        const j = sub(v);
        return add((x) => !j(x));
      }
      case '$ref':
        return add(this.ref(node, v, depth));
      default:
        return outside();
    }
  }

  /** A `$ref` to one definition of the root, alone on its node (siblings of `$ref` differ between dialects) and not recursive. */
  private ref(node: JsonObject, ref: Json, depth: number): Judge {
    if (typeof ref !== 'string' || Object.keys(node).some((k) => k !== '$ref' && !ANNOTATIONS.has(k) && !k.startsWith('x-'))) outside();
    const m = /^#\/(\$defs|definitions)\/([A-Za-z0-9_.-]+)$/.exec(ref as string);
    if (!m || !isObject(this.root)) return outside();
    const defs = this.root[m[1]!];
    if (!isObject(defs) || !Object.prototype.hasOwnProperty.call(defs, m[2]!) || this.resolving.has(ref as string)) return outside();
    this.resolving.add(ref as string);
    try {
      return this.build(defs[m[2]!]!, depth + 1);
    } finally {
      this.resolving.delete(ref as string);
    }
  }
}
