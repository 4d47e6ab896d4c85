// Generates the instances the witness search tries: the values a schema suggests (consts, enums, defaults, examples, bounds ±1, lengths, each type), objects and arrays built from them, and the same placed at the spot a finding's path names.
import { isObject, unescapePointerToken, type Json, type JsonObject } from '../../findings/json.js';

/** How deep generated instances nest below the root. */
const MAX_DEPTH = 4;
/** Most values kept per schema node (the root object keeps more: it is what the search tries). */
const PER_NODE = 24;
const PER_ROOT = 400;
/** Longest generated string and array: a bound past this is not probed. */
const MAX_STRING = 1024;
const MAX_ARRAY = 64;
/** `$ref` hops followed in a row (a chain longer than this, or a cycle, stops generating there). */
const MAX_REF_HOPS = 16;
const ALL_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'] as const;
/** Values for common formats, so a format-bearing string has a plausible candidate (formats are not asserted). */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'a@example.com',
  uri: 'https://example.com',
  'uri-reference': '/a',
  url: 'https://example.com',
  uuid: '00000000-0000-0000-0000-000000000000',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  hostname: 'example.com',
};

/** One step from a value to a value inside it: an object property, an array element, an undeclared property. */
type Step = { kind: 'property'; name: string } | { kind: 'item'; index?: number } | { kind: 'extra' };

/** Property name used for an undeclared property: the first of these the schema does not declare. */
function extraKey(view: JsonObject): string {
  const props = isObject(view.properties) ? view.properties : {};
  for (const k of ['extra', 'x', 'extra_property', 'zz']) if (!(k in props)) return k;
  return 'extra_unused_key';
}

function uniqueByJson(values: Json[], limit: number): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const v of values) {
    // Generated values are built in a fixed key order, so plain JSON text (cheaper than the sorted form) identifies them.
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Smallest first (by JSON text length; among equals, the generation order, which puts the likeliest valid value
 * first): the first witness found is a minimal one, and the order is the same on every run.
 */
export function bySize(values: Json[]): Json[] {
  return values
    .map((v, i) => ({ v, i, n: JSON.stringify(v).length }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map((x) => x.v);
}

/** Generates sample values for the subschemas of one schema document (local `$ref`s followed, `allOf` merged). */
export class CandidateGenerator {
  private readonly memo = new Map<Json, Json[]>();

  constructor(private readonly root: Json) {}

  /** A subschema with its `$ref` chain followed and its `allOf` members merged in (shallowly): what generation reads. */
  view(node: Json | undefined, hops = 0): JsonObject | boolean {
    if (node === undefined || node === true) return true;
    if (node === false) return false;
    if (!isObject(node)) return true;
    if (typeof node.$ref === 'string') {
      const target = hops < MAX_REF_HOPS ? this.resolve(node.$ref) : undefined;
      if (target === undefined) return true;
      const { $ref: _ref, ...siblings } = node;
      const resolved = this.view(target, hops + 1);
      if (Object.keys(siblings).length === 0) return resolved;
      const own = this.view(siblings, hops + 1);
      if (resolved === false || own === false) return false;
      return resolved === true ? own : own === true ? resolved : merge(own, resolved);
    }
    if (!Array.isArray(node.allOf)) return node;
    const { allOf: members, ...own } = node;
    let out: JsonObject = own;
    for (const member of members as Json[]) {
      const m = this.view(member, hops + 1);
      if (m === false) return false;
      if (m !== true) out = merge(out, m);
    }
    return out;
  }

  private resolve(ref: string): Json | undefined {
    if (!ref.startsWith('#')) return undefined;
    let node: Json | undefined = this.root;
    if (ref === '#') return node;
    if (!ref.startsWith('#/')) return undefined;
    for (const raw of ref.slice(2).split('/')) {
      let token = raw;
      try {
        token = decodeURIComponent(raw);
      } catch {
        // a stray "%" is a literal character
      }
      token = unescapePointerToken(token);
      node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
      if (node === undefined) return undefined;
    }
    return node;
  }

  /**
   * Values to try for a subschema, the likeliest valid one first: its const and enum values, default, examples,
   * then per type a value inside the bounds, then the bounds ±1, the lengths, other types. Many are invalid on
   * purpose: the validator decides, the generator only proposes.
   */
  samples(node: Json | undefined, depth = 0, limit = PER_NODE): Json[] {
    const key = node === undefined ? true : node;
    const cacheable = limit === PER_NODE && typeof key === 'object' && key !== null;
    if (cacheable && this.memo.has(key)) return this.memo.get(key)!;
    if (cacheable) this.memo.set(key, []); // a recursive schema meets itself: no samples on the inner visit
    const out = uniqueByJson(this.generate(this.view(node), depth, limit), limit);
    if (cacheable) this.memo.set(key, out);
    return out;
  }

  /** The first sample: what fills a required property of a container the search does not target. */
  guess(node: Json | undefined, depth: number, k = 0): Json {
    const s = this.samples(node, depth);
    return s[Math.min(k, s.length - 1)] ?? null;
  }

  private generate(v: JsonObject | boolean, depth: number, limit: number): Json[] {
    if (v === false) return [];
    if (v === true) return depth >= MAX_DEPTH ? [null, 0, ''] : [{}, 'a', 0, true, null, []];
    const out: Json[] = [];
    if ('const' in v) out.push(v.const!);
    if (Array.isArray(v.enum)) out.push(...v.enum.slice(0, PER_NODE));
    if ('default' in v) out.push(v.default!);
    if (Array.isArray(v.examples)) out.push(...v.examples.slice(0, 8));
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = v[key];
      if (!Array.isArray(branches)) continue;
      const { [key]: _branches, ...own } = v;
      for (const b of branches.slice(0, 8)) {
        const bv = this.view(b);
        out.push(...this.generate(typeof bv === 'boolean' ? bv : merge(own, bv), depth, Math.ceil(limit / 2)));
      }
    }
    for (const type of typesOf(v)) out.push(...this.ofType(type, v, depth, limit));
    return out;
  }

  private ofType(type: string, v: JsonObject, depth: number, limit: number): Json[] {
    switch (type) {
      case 'null':
        return [null];
      case 'boolean':
        return [true, false];
      case 'integer':
      case 'number':
        return numbers(v, type === 'integer');
      case 'string':
        return strings(v);
      case 'array':
        return depth >= MAX_DEPTH ? [[]] : this.arrays(v, depth);
      case 'object':
        return depth >= MAX_DEPTH ? [{}] : this.objects(v, depth, limit);
      default:
        return [];
    }
  }

  private arrays(v: JsonObject, depth: number): Json[] {
    const tuple = Array.isArray(v.prefixItems) ? v.prefixItems : Array.isArray(v.items) ? v.items : undefined;
    const itemSchema = tuple ? (Array.isArray(v.items) ? v.additionalItems : v.items) : v.items;
    const prefix = (tuple ?? []).map((s) => this.guess(s, depth + 1));
    const item = this.guess(itemSchema, depth + 1);
    const minItems = typeof v.minItems === 'number' ? v.minItems : 0;
    const maxItems = typeof v.maxItems === 'number' ? v.maxItems : undefined;
    const filled = (n: number): Json[] => {
      const arr = prefix.slice(0, n);
      while (arr.length < n) arr.push(item);
      return arr;
    };
    const lengths = [Math.max(minItems, prefix.length), 0, 1, 2, minItems - 1, minItems + 1];
    if (maxItems !== undefined) lengths.push(maxItems, maxItems + 1);
    const out: Json[] = lengths.filter((n) => n >= 0 && n <= MAX_ARRAY).map(filled);
    for (const s of this.samples(itemSchema, depth + 1).slice(0, 8)) out.push([...prefix, s]);
    if (tuple)
      tuple.forEach((s, i) =>
        this.samples(s, depth + 1)
          .slice(0, 4)
          .forEach((x) => out.push(prefix.map((p, j) => (j === i ? x : p)))),
      );
    return out;
  }

  private objects(v: JsonObject, depth: number, limit: number): Json[] {
    const props = isObject(v.properties) ? v.properties : {};
    const required = Array.isArray(v.required) ? v.required.filter((r): r is string => typeof r === 'string') : [];
    const names = Object.keys(props).sort();
    const skeleton = this.skeleton(v, depth, 0);
    const out: Json[] = [skeleton];
    const withKey = (base: JsonObject, k: string, value: Json): JsonObject => ({ ...base, [k]: value });
    for (const n of names) if (!(n in skeleton)) out.push(withKey(skeleton, n, this.guess(props[n], depth + 1)));
    for (const r of required) {
      const { [r]: _dropped, ...rest } = skeleton;
      out.push(rest);
    }
    out.push(withKey(skeleton, extraKey(v), isObject(v.additionalProperties) ? this.guess(v.additionalProperties, depth + 1) : 'x'));
    out.push(Object.fromEntries(names.map((n) => [n, this.guess(props[n], depth + 1)])));
    for (const k of [1, 2]) out.push(this.skeleton(v, depth, k));
    // Each property through its samples: where a narrowing usually hides.
    const per = Math.max(2, Math.floor(limit / Math.max(1, names.length + 1)));
    for (const n of names) for (const s of this.samples(props[n], depth + 1).slice(0, per)) out.push(withKey(skeleton, n, s));
    if (isObject(v.additionalProperties))
      for (const s of this.samples(v.additionalProperties, depth + 1).slice(0, 6)) out.push(withKey(skeleton, extraKey(v), s));
    return out;
  }

  /** The object of the required properties only, each filled with its k-th sample (its likeliest valid value for k = 0). */
  skeleton(v: JsonObject | boolean, depth: number, k: number): JsonObject {
    if (typeof v === 'boolean') return {};
    const props = isObject(v.properties) ? v.properties : {};
    const required = Array.isArray(v.required) ? v.required.filter((r): r is string => typeof r === 'string') : [];
    const out: JsonObject = {};
    for (const r of [...new Set(required)].sort())
      out[r] = this.guess(props[r] ?? (isObject(v.additionalProperties) ? v.additionalProperties : true), depth + 1, k);
    return out;
  }

  /**
   * Objects a `not` matches, so the schema rejects them: values only a `not` names (a property renamed under `not`),
   * which the other version may accept. Each `not` of the root, or of a property reached through `properties`, gives
   * the samples of its subschema merged with the keywords beside it (the negated side first, so its property schemas,
   * often `{"type": "null"}`, are the ones filled in), placed in the skeletons of the objects around it.
   */
  negatedObjects(limit: number): Json[] {
    const out: Json[] = [];
    const visit = (node: Json | undefined, depth: number, place: (value: Json) => Json): void => {
      const v = this.view(node);
      if (typeof v === 'boolean') return;
      if (v.not !== undefined) {
        const { not: negated, ...own } = v;
        const body = this.view(negated);
        const per = depth === 0 ? PER_ROOT : PER_NODE;
        if (typeof body !== 'boolean')
          for (const s of uniqueByJson(this.generate(merge(body, own), depth + 1, per), per)) out.push(place(s));
      }
      if (depth >= MAX_DEPTH || !isObject(v.properties)) return;
      const props = v.properties;
      let skeleton: JsonObject | undefined;
      for (const name of Object.keys(props).sort())
        visit(props[name], depth + 1, (value) => place({ ...(skeleton ??= this.skeleton(v, depth, 0)), [name]: value }));
    };
    visit(this.root, 0, (value) => value);
    return uniqueByJson(out.filter(isObject), limit);
  }

  /** The root's candidates for the generic search: objects (tool arguments and structuredContent are always objects). */
  rootObjects(limit: number): Json[] {
    const root = this.view(this.root);
    if (root === false) return [];
    const values = this.generate(typeof root === 'boolean' ? { type: 'object' } : root, 0, PER_ROOT).filter(isObject);
    return uniqueByJson(values, limit);
  }

  /**
   * Candidates placed at the spot a finding's path names (relative to the schema root), at every level from there up to
   * the root: `/properties/limit/maximum` gives objects whose `limit` runs through the samples of `limit` (and of
   * `hints`, e.g. the old and new bound), then objects through the samples of the root itself. A path this document
   * does not have (the property was added on the other side) stops at the deepest level it has.
   */
  along(path: string, hints: Json[], other?: CandidateGenerator): Json[] {
    const frames = this.locate(path);
    const otherFrames = other?.locate(path);
    const out: Json[] = [];
    for (let level = frames.length - 1; level >= 0; level--) {
      const here = frames[level]!;
      const values = [
        ...(level === frames.length - 1 ? hints : []),
        ...this.samples(here.node, level),
        ...(otherFrames?.[level]?.steps.length === here.steps.length ? other!.samples(otherFrames[level]!.node, level) : []),
      ];
      for (const value of uniqueByJson(values, PER_NODE * 3)) for (const k of [0, 1]) out.push(this.embed(frames, level, value, k));
    }
    return out;
  }

  /** Where a path leads: for each instance level on the way, the schema there and the steps from the root. */
  private locate(path: string): Array<{ node: Json | undefined; steps: Step[] }> {
    const segs = path.split('/').slice(1).map(unescapePointerToken);
    const frames: Array<{ node: Json | undefined; steps: Step[] }> = [{ node: this.root, steps: [] }];
    let node: Json | undefined = this.root;
    let steps: Step[] = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      const v = this.view(node);
      if (typeof v === 'boolean') break;
      const last = i === segs.length - 1;
      const next = segs[i + 1];
      let child: Json | undefined;
      let step: Step | undefined;
      if (s === 'properties' && next !== undefined && isObject(v.properties) && next in v.properties) {
        child = v.properties[next];
        step = { kind: 'property', name: next };
        i++;
      } else if ((s === 'prefixItems' || s === 'items') && next !== undefined && /^\d+$/.test(next) && Array.isArray(v[s])) {
        child = (v[s] as Json[])[Number(next)];
        step = { kind: 'item', index: Number(next) };
        i++;
      } else if (s === 'items' && !last && isObject(v.items)) {
        child = v.items;
        step = { kind: 'item' };
      } else if (s === 'additionalProperties' && !last && isObject(v.additionalProperties)) {
        child = v.additionalProperties;
        step = { kind: 'extra' };
      } else if ((s === 'anyOf' || s === 'oneOf' || s === 'allOf') && next !== undefined && Array.isArray(v[s]) && /^\d+$/.test(next)) {
        // A branch is another description of the same value: the level stays, its schema becomes the branch's.
        const { [s]: _branches, ...own } = v;
        const branch = this.view((v[s] as Json[])[Number(next)]);
        node = typeof branch === 'boolean' ? branch : merge(own, branch);
        frames[frames.length - 1] = { node, steps };
        i++;
        continue;
      } else break;
      steps = [...steps, step];
      node = child;
      frames.push({ node, steps });
    }
    return frames;
  }

  /** `value` placed at frames[level] inside skeleton containers (required siblings filled with their k-th sample). */
  private embed(frames: Array<{ node: Json | undefined; steps: Step[] }>, level: number, value: Json, k: number): Json {
    let out = value;
    for (let i = level; i > 0; i--) {
      const step = frames[i]!.steps[i - 1]!;
      const container = this.view(frames[i - 1]!.node);
      if (step.kind === 'item') {
        const arr: Json[] = [];
        const v = typeof container === 'boolean' ? {} : container;
        const tuple = Array.isArray(v.prefixItems) ? v.prefixItems : Array.isArray(v.items) ? v.items : [];
        const index = step.index ?? tuple.length;
        for (let j = 0; j < index; j++) arr.push(this.guess(tuple[j], i, k));
        arr.push(out);
        const minItems = typeof v.minItems === 'number' ? Math.min(v.minItems, MAX_ARRAY) : 0;
        while (arr.length < minItems)
          arr.push(step.index === undefined ? out : this.guess(Array.isArray(v.items) ? v.additionalItems : v.items, i, k));
        out = arr;
      } else {
        const skeleton = this.skeleton(container, i - 1, k);
        out = { ...skeleton, [step.kind === 'property' ? step.name : extraKey(typeof container === 'boolean' ? {} : container)]: out };
      }
    }
    return out;
  }
}

/** Two schema objects as one (for `allOf` and `$ref` siblings): properties merged, required joined, types intersected, else the first wins. */
function merge(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...b, ...a };
  if (isObject(a.properties) && isObject(b.properties)) out.properties = { ...b.properties, ...a.properties };
  if (Array.isArray(a.required) && Array.isArray(b.required)) out.required = [...new Set([...b.required, ...a.required])] as Json[];
  if (a.type !== undefined && b.type !== undefined) {
    const ta = Array.isArray(a.type) ? a.type : [a.type],
      tb = Array.isArray(b.type) ? b.type : [b.type];
    const both = ta
      .filter((t) => tb.includes(t) || (t === 'integer' && tb.includes('number')))
      .concat(tb.filter((t) => t === 'integer' && ta.includes('number')));
    out.type = [...new Set(both)] as Json[];
  }
  return out;
}

/** The types to generate: the declared ones, else the ones the keywords suggest first and then every other type. */
function typesOf(v: JsonObject): string[] {
  // OpenAPI's `nullable: true` adds null to the declared type (ajv and the walker read it so too).
  const nullable = v.nullable === true ? ['null'] : [];
  if (typeof v.type === 'string') return [v.type, ...nullable];
  if (Array.isArray(v.type)) return [...v.type.filter((t): t is string => typeof t === 'string'), ...nullable];
  if ('const' in v || Array.isArray(v.enum)) return [];
  const hinted: string[] = [];
  if (
    ['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'patternProperties', 'propertyNames'].some(
      (k) => k in v,
    )
  )
    hinted.push('object');
  if (['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'].some((k) => k in v)) hinted.push('array');
  if (['minLength', 'maxLength', 'pattern', 'format'].some((k) => k in v)) hinted.push('string');
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((k) => k in v)) hinted.push('number');
  if (Array.isArray(v.anyOf) || Array.isArray(v.oneOf)) return hinted; // the branches say the types
  return [...hinted, ...ALL_TYPES.filter((t) => !hinted.includes(t))];
}

function numbers(v: JsonObject, integer: boolean): Json[] {
  const num = (k: string): number | undefined => (typeof v[k] === 'number' && Number.isFinite(v[k]) ? (v[k] as number) : undefined);
  const min = num('minimum'),
    max = num('maximum'),
    multipleOf = num('multipleOf');
  // draft-04 writes exclusive bounds as booleans beside minimum/maximum.
  const exMin = num('exclusiveMinimum') ?? (v.exclusiveMinimum === true ? min : undefined);
  const exMax = num('exclusiveMaximum') ?? (v.exclusiveMaximum === true ? max : undefined);
  const first =
    exMin !== undefined
      ? integer
        ? Math.floor(exMin) + 1
        : exMin + 1
      : min !== undefined
        ? integer
          ? Math.ceil(min)
          : min
        : max !== undefined
          ? Math.min(0, integer ? Math.floor(max) : max)
          : exMax !== undefined
            ? Math.min(0, Math.ceil(exMax) - 1)
            : 0;
  const out: number[] = [multipleOf !== undefined && multipleOf > 0 ? Math.ceil(first / multipleOf) * multipleOf : first, 0, 1, -1];
  for (const b of [min, max, exMin, exMax]) if (b !== undefined) out.push(b, b - 1, b + 1, ...(integer ? [] : [b + 0.5, b - 0.5]));
  // A range narrower than 1 holds none of the neighbours above: its midpoint is inside it whatever its width.
  const [lo, hi] = [exMin ?? min, exMax ?? max];
  if (lo !== undefined && hi !== undefined && lo < hi) out.push(integer ? Math.floor((lo + hi) / 2) : lo + (hi - lo) / 2);
  if (multipleOf !== undefined) out.push(multipleOf, multipleOf * 2, multipleOf + 1, multipleOf / 2);
  if (!integer) out.push(0.5, 1.5, -0.5);
  return out.filter((n) => Number.isFinite(n) && (!integer || Number.isInteger(n)));
}

function strings(v: JsonObject): Json[] {
  const minLength = typeof v.minLength === 'number' ? v.minLength : 0;
  const maxLength = typeof v.maxLength === 'number' ? v.maxLength : undefined;
  const out: string[] = [];
  const format = typeof v.format === 'string' ? FORMAT_SAMPLES[v.format] : undefined;
  if (format !== undefined) out.push(format);
  const lengths = [Math.max(1, minLength), 0, minLength, minLength - 1, minLength + 1];
  if (maxLength !== undefined) lengths.push(maxLength, maxLength + 1, maxLength - 1);
  for (const n of lengths) if (n >= 0 && n <= MAX_STRING) out.push('a'.repeat(n));
  out.push('0', 'A', 'a b');
  return out;
}
