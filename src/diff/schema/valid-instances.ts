// Builds instances a schema accepts straight from its keywords (bounds, lengths, required properties, branches), each confirmed by the validator before it is returned.
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { compileSchema } from './witness-validator.js';

/** Most instances built per subschema, and how deep objects and arrays are filled. */
const PER_NODE = 6;
const MAX_DEPTH = 4;

/**
 * Up to `limit` distinct instances `schema` accepts, built from the schema rather than searched: the listed values,
 * the bounds and a midpoint of every numeric range, strings at the lengths allowed, arrays of valid items at the
 * counts allowed, objects with their required properties and then each optional one, one instance per branch of
 * `anyOf`/`oneOf`, `allOf` members merged into one object. Every instance is judged by the validator of the schema
 * (the structural judge or ajv, as the witness search judges) and kept only when valid, so what is returned is
 * accepted whatever the builder guessed; a schema it cannot build for (a `pattern` without listed values, `not`)
 * gives fewer or none. Empty when the schema does not compile.
 */
export function validInstances(schema: Json, limit = 32): Json[] {
  const compiled = compileSchema(schema);
  if (!('validate' in compiled)) return [];
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const v of new Builder(schema).build(schema, 0)) {
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    let valid: boolean;
    try {
      valid = compiled.validate(v);
    } catch {
      valid = false; // a $ref that recurses without consuming input: nothing is shown by this instance
    }
    if (valid) out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}

const num = (n: JsonObject, k: string): number | undefined =>
  typeof n[k] === 'number' && Number.isFinite(n[k]) ? (n[k] as number) : undefined;

class Builder {
  constructor(private readonly root: Json) {}

  /** The node a local `$ref` names (`#`, `#/$defs/…`, `#/definitions/…`, any local pointer), or undefined. */
  private resolve(ref: string): Json | undefined {
    if (!ref.startsWith('#')) return undefined;
    let node: Json | undefined = this.root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
      if (node === undefined) return undefined;
    }
    return node;
  }

  build(node: Json | undefined, depth: number): Json[] {
    if (node === undefined || node === true) return depth > MAX_DEPTH ? [null] : [null, 'a', 0, true, {}, []];
    if (!isObject(node) || depth > MAX_DEPTH + 2) return [];
    if (typeof node.$ref === 'string') {
      const target = this.resolve(node.$ref);
      const { $ref: _ref, ...siblings } = node;
      const fromTarget = target === undefined ? [] : this.build(target, depth + 1);
      return Object.keys(siblings).length ? this.mergeEach(fromTarget, this.build(siblings, depth)) : fromTarget;
    }
    const out: Json[] = [];
    if (node.const !== undefined) out.push(node.const);
    if (Array.isArray(node.enum)) out.push(...node.enum.slice(0, PER_NODE * 2));
    if (node.default !== undefined) out.push(node.default);
    if (Array.isArray(node.examples)) out.push(...node.examples.slice(0, PER_NODE));
    if (node.const !== undefined || Array.isArray(node.enum)) return out;
    const branches = ['anyOf', 'oneOf'].flatMap((k) => (Array.isArray(node[k]) ? (node[k] as Json[]) : []));
    const own = this.byType(node, depth);
    if (branches.length) {
      const fromBranches = branches.flatMap((b) => this.build(b, depth + 1).slice(0, PER_NODE));
      out.push(...(Object.keys(node).some((k) => TYPE_KEYWORDS.has(k)) ? this.mergeEach(fromBranches, own) : fromBranches));
    } else out.push(...own);
    if (node.if !== undefined) {
      // Values matching `if` under `then`, and values of `else`: the validator keeps those the branches really accept.
      const matching = this.build(node.if, depth + 1).slice(0, 3);
      const then = this.build(node.then ?? true, depth + 1).slice(0, 3);
      out.push(...matching.flatMap((m) => then.map((t) => merge(m, t))), ...this.build(node.else ?? true, depth + 1).slice(0, 3));
    }
    if (Array.isArray(node.allOf)) {
      const members = (node.allOf as Json[]).map((m) => this.build(m, depth + 1)[0]);
      if (members.every((m) => m !== undefined)) return [...out.map((v) => members.reduce<Json>((acc, m) => merge(acc, m!), v)), ...out];
    }
    return out;
  }

  /** Each of `xs` merged with the first of `ys` where both are objects (a branch's instance under its siblings' object). */
  private mergeEach(xs: Json[], ys: Json[]): Json[] {
    const base = ys[0];
    return base === undefined ? xs : [...xs.map((x) => merge(base, x)), ...ys];
  }

  private byType(n: JsonObject, depth: number): Json[] {
    const types = typeof n.type === 'string' ? [n.type] : Array.isArray(n.type) ? (n.type as Json[]) : impliedTypes(n);
    return types.flatMap((t): Json[] => {
      if (t === 'null') return [null];
      if (t === 'boolean') return [true, false];
      if (t === 'integer' || t === 'number') return numbers(n, t === 'integer');
      if (t === 'string') return strings(n);
      if (t === 'array') return this.arrays(n, depth);
      if (t === 'object') return this.objects(n, depth);
      return [];
    });
  }

  private arrays(n: JsonObject, depth: number): Json[] {
    const min = num(n, 'minItems') ?? 0;
    const max = num(n, 'maxItems') ?? Math.max(min, 2);
    const items = Array.isArray(n.items) ? [] : this.build(isObject(n.items) || typeof n.items === 'boolean' ? n.items : true, depth + 1);
    const out: Json[] = [];
    for (const count of new Set([min, Math.min(max, min + 1), Math.min(max, 2)])) {
      if (count > 8 || count > max) continue;
      if (count === 0) out.push([]);
      else if (n.uniqueItems === true) {
        if (items.length >= count) out.push(items.slice(0, count));
      } else for (const v of items.slice(0, 3)) out.push(Array<Json>(count).fill(v));
    }
    return out;
  }

  private objects(n: JsonObject, depth: number): Json[] {
    const props = isObject(n.properties) ? n.properties : {};
    const required = Array.isArray(n.required) ? (n.required as Json[]).filter((k): k is string => typeof k === 'string') : [];
    const fallback = isObject(n.additionalProperties) ? n.additionalProperties : true;
    const valuesOf = new Map<string, Json[]>();
    const values = (k: string): Json[] => {
      let vs = valuesOf.get(k);
      if (!vs) valuesOf.set(k, (vs = this.build(Object.prototype.hasOwnProperty.call(props, k) ? props[k] : fallback, depth + 1)));
      return vs;
    };
    const base: JsonObject = {};
    for (const k of required) {
      const v = values(k)[0];
      if (v === undefined) return []; // a required property nothing can fill
      base[k] = v;
    }
    const out: Json[] = [base];
    for (const k of required) for (const v of values(k).slice(1, PER_NODE)) out.push({ ...base, [k]: v });
    for (const k of Object.keys(props)) if (!required.includes(k)) for (const v of values(k).slice(0, 3)) out.push({ ...base, [k]: v });
    return out;
  }
}

/** Keywords that say what type a schema without `type` is about. */
const TYPE_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'minLength',
  'minimum',
  'maximum',
]);

function impliedTypes(n: JsonObject): Json[] {
  const out: Json[] = [];
  if (['properties', 'required', 'additionalProperties', 'minProperties'].some((k) => k in n)) out.push('object');
  if (['items', 'minItems', 'maxItems', 'uniqueItems', 'prefixItems'].some((k) => k in n)) out.push('array');
  if (['minLength', 'maxLength', 'pattern'].some((k) => k in n)) out.push('string');
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((k) => k in n)) out.push('number');
  return out.length
    ? out
    : Array.isArray(n.anyOf) || Array.isArray(n.oneOf)
      ? []
      : ['null', 'boolean', 'integer', 'string', 'object', 'array'];
}

/** The lowest and highest value allowed, each end of the range, and its midpoint (integers rounded inwards). */
function numbers(n: JsonObject, integer: boolean): Json[] {
  const exMin = num(n, 'exclusiveMinimum') ?? (n.exclusiveMinimum === true ? num(n, 'minimum') : undefined);
  const exMax = num(n, 'exclusiveMaximum') ?? (n.exclusiveMaximum === true ? num(n, 'maximum') : undefined);
  const min = exMin === undefined ? num(n, 'minimum') : undefined;
  const max = exMax === undefined ? num(n, 'maximum') : undefined;
  const lo = min ?? exMin,
    hi = max ?? exMax;
  const step = lo !== undefined && hi !== undefined ? Math.min(1, (hi - lo) / 4) : 1;
  const first = min ?? (exMin !== undefined ? exMin + step : hi !== undefined ? Math.min(0, (max ?? exMax! - step) as number) : 0);
  const last = max ?? (exMax !== undefined ? exMax - step : undefined);
  const candidates = [
    first,
    ...(last !== undefined ? [last] : []),
    ...(lo !== undefined && hi !== undefined ? [lo + (hi - lo) / 2] : [first + 1]),
  ];
  const out = integer ? candidates.flatMap((x) => [Math.ceil(x), Math.floor(x)]) : candidates;
  const multipleOf = num(n, 'multipleOf');
  return multipleOf !== undefined && multipleOf > 0 ? [...out.map((x) => Math.ceil(x / multipleOf) * multipleOf), ...out] : out;
}

function strings(n: JsonObject): Json[] {
  const min = num(n, 'minLength') ?? 0;
  const max = num(n, 'maxLength');
  const lengths = [Math.max(min, 1), min, ...(max !== undefined ? [max] : [])].filter((l) => l <= 32 && (max === undefined || l <= max));
  return [...new Set(lengths)].map((l) => 'a'.repeat(l));
}

/** Two objects' properties together (the second's win); anything else is the second. */
function merge(a: Json, b: Json): Json {
  return isObject(a) && isObject(b) ? { ...a, ...b } : b;
}
