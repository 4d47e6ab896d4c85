// One JSON Schema document as the walker sees it: lazy local $ref resolution, allOf merging, and memoised canonical keys.
import { isObject, unescapePointerToken, type Json, type JsonObject } from '../../findings/json.js';
import { getOwn, setOwn } from '../../catalog/own-keys.js';
import { normaliseSpellings } from './normalize.js';
import { jsonTypeOf, valueKey } from './values.js';

/** What JSON Schema allows as the value of a keyword (beyond the subschema keywords above); anything else is malformed. */
const VALUE_SHAPE: Record<string, (v: Json) => boolean> = {
  type: (v) => typeof v === 'string' || (Array.isArray(v) && v.every((t) => typeof t === 'string')),
  required: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'),
  enum: Array.isArray,
  $ref: (v) => typeof v === 'string',
  pattern: (v) => typeof v === 'string',
  format: (v) => typeof v === 'string',
  uniqueItems: (v) => typeof v === 'boolean',
  multipleOf: (v) => typeof v === 'number' && v > 0,
  minimum: (v) => typeof v === 'number',
  maximum: (v) => typeof v === 'number',
  // draft-04 spells exclusive bounds as booleans beside minimum/maximum.
  exclusiveMinimum: (v) => typeof v === 'number' || typeof v === 'boolean',
  exclusiveMaximum: (v) => typeof v === 'number' || typeof v === 'boolean',
  ...Object.fromEntries(
    ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains'].map((k) => [
      k,
      (v: Json) => Number.isInteger(v) && (v as number) >= 0,
    ]),
  ),
};

/** Whether a value can stand where a subschema belongs (an object or a boolean). */
export function isSchemaValue(v: Json | undefined): boolean {
  return typeof v === 'boolean' || isObject(v);
}

/** Keywords that never change which values validate (dropped from keys, ignored by the walker except description/default). */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  'examples',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$defs',
  'definitions',
  'deprecated',
  'readOnly',
  'writeOnly',
  'markdownDescription',
  'default',
  'nullable',
  'x-order',
  '$vocabulary',
]);
/** Keywords whose value is a subschema. */
const SUBSCHEMA = new Set([
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependencies']);
/** Keywords whose value is a list of subschemas; the first three are order-insensitive. */
const SUBSCHEMA_SET = new Set(['anyOf', 'oneOf', 'allOf']);
/** Keywords whose value is a list of plain values, order-insensitive. */
const VALUE_SET = new Set(['enum', 'required', 'type']);

export type Schema = Json;

const KEY_DIGEST_THRESHOLD = 160;

/** Every keyword the walker reads, or knows it cannot read (those it hands to the oracle). Anything else is unknown. */
const KNOWN_KEYWORDS = new Set([
  ...ANNOTATION_KEYWORDS,
  ...SUBSCHEMA,
  ...SUBSCHEMA_MAP,
  ...SUBSCHEMA_SET,
  ...VALUE_SET,
  '$ref',
  'const',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'minContains',
  'maxContains',
  '$dynamicRef',
  '$recursiveRef',
  '$recursiveAnchor',
]);

/** How deep the walker follows nested subschemas (and $ref hops); real schemas stay far below it. */
export const MAX_SCHEMA_DEPTH = 256;

/** Thrown when a schema nests deeper than MAX_SCHEMA_DEPTH: compared as inconclusive instead of overflowing the stack. */
export class SchemaTooDeep extends Error {
  constructor() {
    super(`the schema nests more than ${MAX_SCHEMA_DEPTH} levels deep`);
  }
}

/** A $ref that is not followed: remote (http, https, file, relative file) or a local pointer to nothing. */
export class Unresolvable {
  constructor(
    readonly ref: string,
    readonly remote: boolean,
  ) {}
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token; // a stray "%" is a literal character, not an escape
  }
}

/**
 * A schema document (one root). Everything is memoised per node object, so a subschema shared through $ref
 * is normalised and keyed once. Nothing is fetched: a $ref that is not a local pointer is reported, never followed.
 */
export class SchemaDocument {
  private readonly normCache = new WeakMap<object, JsonObject | boolean>();
  /** The malformed keywords normalisation dropped from a node (keyed by the normalised node), with their values. */
  private readonly malformedOf = new WeakMap<object, JsonObject>();
  private readonly keyCache = [new WeakMap<object, string>(), new WeakMap<object, string>()];
  private readonly refCache = new Map<string, Schema | Unresolvable>();
  /** $refs that could not be followed (remote or dangling), with the first path they were met at. */
  readonly unresolved = new Map<string, Unresolvable>();
  /** Keywords met while keying that the walker does not know (e.g. contentMediaType, x-vendor keys). */
  readonly unknownKeywords = new Set<string>();
  /** Refs currently being expanded while computing keys (cycle guard). */
  private readonly expanding = new Set<string>();
  /** How many cycle markers keys have contained so far: a key computed without a new marker is context-free and cacheable. */
  private markers = 0;
  /** Current recursion depth of key() and norm(), bounded by MAX_SCHEMA_DEPTH. */
  private depth = 0;

  /** `interner` must be shared by the documents whose keys are compared, so equal long keys get equal ids. */
  constructor(
    readonly root: Schema,
    private readonly interner: Map<string, number> = new Map(),
  ) {}

  /** Follows a local ref ("#", "#/$defs/X", or a "#name" anchor); anything else is unresolvable and recorded. */
  resolveRef(ref: string): Schema | Unresolvable {
    const cached = this.refCache.get(ref);
    if (cached !== undefined) return cached;
    let out: Schema | Unresolvable;
    if (ref === '#' || ref === '') out = this.root;
    else if (ref.startsWith('#/')) {
      let node: Json | undefined = this.root;
      for (const raw of ref.slice(2).split('/')) {
        const token = unescapePointerToken(safeDecode(raw));
        if (Array.isArray(node)) node = node[Number(token)];
        else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
        else node = undefined;
        if (node === undefined) break;
      }
      out = node === undefined ? new Unresolvable(ref, false) : node;
    } else if (ref.startsWith('#')) out = this.anchors().get(ref.slice(1)) ?? new Unresolvable(ref, false);
    else out = new Unresolvable(ref, true);
    if (out instanceof Unresolvable) this.unresolved.set(ref, out);
    this.refCache.set(ref, out);
    return out;
  }

  private anchorMap?: Map<string, Schema>;
  private refCounts?: Map<string, number>;

  /** How many times a $ref string appears in the document (a definition used once is just a place). */
  refUses(ref: string): number {
    if (!this.refCounts) {
      const counts = new Map<string, number>();
      const visit = (node: Json, depth: number): void => {
        if (depth > MAX_SCHEMA_DEPTH) return;
        if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
        else if (isObject(node)) {
          if (typeof node.$ref === 'string') counts.set(node.$ref, (counts.get(node.$ref) ?? 0) + 1);
          for (const [k, v] of Object.entries(node))
            if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') visit(v, depth + 1);
        }
      };
      visit(this.root, 0);
      this.refCounts = counts;
    }
    return this.refCounts.get(ref) ?? 0;
  }

  /** Plain-name anchors: `$anchor: "x"` (2019+) and `$id: "#x"` (draft-07), found by one walk of the document. */
  private anchors(): Map<string, Schema> {
    if (this.anchorMap) return this.anchorMap;
    const map = new Map<string, Schema>();
    const visit = (node: Json, depth: number): void => {
      if (depth > MAX_SCHEMA_DEPTH) return;
      if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
      else if (isObject(node)) {
        if (typeof node.$anchor === 'string' && !map.has(node.$anchor)) map.set(node.$anchor, node);
        if (typeof node.$id === 'string' && node.$id.startsWith('#') && !map.has(node.$id.slice(1))) map.set(node.$id.slice(1), node);
        for (const [k, v] of Object.entries(node))
          if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') visit(v, depth + 1);
      }
    };
    visit(this.root, 0);
    return (this.anchorMap = map);
  }

  /**
   * The node as the walker compares it: $ref followed (siblings merged in), allOf merged when it can be done
   * without loss, `type: ["x"]` → "x", draft-04 boolean exclusive bounds → numeric, draft-07 tuple `items` →
   * `prefixItems` (+ `items` for the rest), `additionalProperties: true` dropped. Returns a boolean for boolean schemas.
   */
  norm(node: Schema | undefined): JsonObject | boolean {
    if (node === undefined || node === true) return true;
    if (node === false) return false;
    if (!isObject(node)) return true; // not a schema: accept anything rather than guess
    const hit = this.normCache.get(node);
    if (hit !== undefined) return hit;
    this.normCache.set(node, true); // provisional, breaks $ref cycles like {"$ref": "#"} pointing at itself
    if (++this.depth > MAX_SCHEMA_DEPTH) {
      this.depth--;
      this.normCache.delete(node);
      throw new SchemaTooDeep();
    }
    try {
      const out = this.normalise(node);
      this.normCache.set(node, out);
      // A normalised node is its own normal form (so an allOf member built from one keeps its malformed keywords).
      if (typeof out === 'object') this.normCache.set(out, out);
      return out;
    } finally {
      this.depth--;
    }
  }

  private normalise(node: JsonObject): JsonObject | boolean {
    let out: JsonObject = node;
    const malformed = nonSchemaMembers(node);
    if (typeof node.$ref === 'string') {
      const target = this.resolveRef(node.$ref);
      if (!(target instanceof Unresolvable)) {
        const { $ref: _ref, ...siblings } = node;
        // Through norm(): cached, and a ref chain that loops back ({"$ref": "#"} at the root) meets the provisional `true`.
        const t = this.norm(target);
        if (t === false) return false;
        Object.assign(malformed, this.malformed(t)); // the walker reports what a $ref brings at the referring place
        const hasValidationSiblings = Object.keys(siblings).some((k) => !ANNOTATION_KEYWORDS.has(k));
        if (!hasValidationSiblings) {
          // A bare $ref is its target (the same object, so the walker compares a shared definition once);
          // otherwise the referring node's annotations (description/default) go on top of the target's.
          if (Object.keys(siblings).length === 0) return t;
          return this.withMalformed(t === true ? { ...siblings } : { ...t, ...siblings }, malformed);
        }
        out = { ...siblings, allOf: [t === true ? {} : t, ...(Array.isArray(siblings.allOf) ? siblings.allOf : [])] };
      }
    }
    const merged = this.mergeAllOf(out);
    if (merged !== out && Array.isArray(node.allOf)) {
      // allOf merged away: its members' malformed keywords stay visible, under the member they came from.
      node.allOf.forEach((member, i) => {
        for (const [k, v] of Object.entries(this.malformed(this.norm(member)))) malformed[`allOf/${i}/${k}`] = v;
      });
    }
    const result = normaliseKeywords(merged);
    return this.withMalformed(result.node, { ...malformed, ...result.malformed });
  }

  private withMalformed(n: JsonObject, malformed: JsonObject): JsonObject {
    if (Object.keys(malformed).length) this.malformedOf.set(n, malformed);
    return n;
  }

  /**
   * Keywords whose value is not what JSON Schema allows, dropped by normalisation (as lenient validators ignore them)
   * but kept here so a change to one is reported, never silently equal. Keyed by their pointer relative to the node.
   */
  malformed(n: JsonObject | boolean): JsonObject {
    return (typeof n === 'object' && this.malformedOf.get(n)) || {};
  }

  /** Merges allOf members into the node when no keyword conflicts; otherwise leaves allOf for opaque comparison. */
  private mergeAllOf(node: JsonObject): JsonObject {
    if (!Array.isArray(node.allOf)) return node;
    const { allOf, ...rest } = node;
    let merged: JsonObject = rest;
    for (const member of allOf) {
      const m = this.norm(member);
      if (m === true) continue;
      if (m === false) return node;
      const next = mergeTwo(merged, m);
      if (next === null) return node;
      merged = next;
    }
    return merged;
  }

  /**
   * Canonical key of a subschema: $refs inlined (a ref met again inside its own expansion stays a ref), annotation
   * keywords dropped (description kept when `withDocs`), order-insensitive lists sorted. Equal keys mean equal schemas.
   */
  key(node: Schema | undefined, withDocs = false): string {
    if (node === undefined) return 'true';
    // Not a schema at all (a string, number, null, array): validators disagree on it, so it compares by its value.
    if (!isObject(node)) return node === false ? 'false' : node === true ? 'true' : '!' + valueKey(node);
    const cache = this.keyCache[withDocs ? 1 : 0]!;
    const hit = cache.get(node);
    if (hit !== undefined) return hit;
    const ref = typeof node.$ref === 'string' ? node.$ref : undefined;
    if (ref !== undefined) {
      if (this.expanding.has(ref)) {
        this.markers++;
        return `{"$ref":${JSON.stringify(ref)}}`;
      }
      this.expanding.add(ref);
    }
    const markersBefore = this.markers;
    let out: string;
    if (++this.depth > MAX_SCHEMA_DEPTH) {
      this.depth--;
      if (ref !== undefined) this.expanding.delete(ref);
      throw new SchemaTooDeep();
    }
    try {
      const n = this.norm(node);
      out = n === true ? 'true' : n === false ? 'false' : this.keyOfNormalised(n, withDocs);
    } finally {
      this.depth--;
      if (ref !== undefined) this.expanding.delete(ref);
    }
    // Long keys become short ids, so a parent's key stays short even when $refs fan out into a huge inlined tree.
    if (out.length > KEY_DIGEST_THRESHOLD) {
      let id = this.interner.get(out);
      if (id === undefined) this.interner.set(out, (id = this.interner.size));
      out = '#' + id;
    }
    // A key that met a cycle marker depends on the expansion stack; any other key is the same wherever it is asked for.
    if (this.markers === markersBefore || this.expanding.size === 0) cache.set(node, out);
    return out;
  }

  private keyOfNormalised(n: JsonObject, withDocs: boolean): string {
    const parts: string[] = [];
    let keys = Object.keys(n);
    // A normalised node keeps `$ref` only when it could not be followed (remote or dangling): that ref is the content.
    if (typeof n.$ref === 'string') parts.push(`"$ref":${JSON.stringify(n.$ref)}`);
    keys = keys.filter((k) => k !== '$ref' && (!ANNOTATION_KEYWORDS.has(k) || k === 'default' || (withDocs && k === 'description')));
    // const x ≡ enum [x]; an enum without type implies the types of its values.
    const values = n.const !== undefined ? [n.const] : Array.isArray(n.enum) ? n.enum : undefined;
    for (const k of keys.sort()) {
      const v = n[k]!;
      let s: string;
      if (k === 'const' || k === 'enum') continue;
      if (!KNOWN_KEYWORDS.has(k)) this.unknownKeywords.add(k);
      if (SUBSCHEMA.has(k)) s = this.key(v, withDocs);
      else if (SUBSCHEMA_MAP.has(k) && isObject(v))
        s =
          '{' +
          Object.keys(v)
            .sort()
            .map((p) => JSON.stringify(p) + ':' + (Array.isArray(v[p]) ? valueKey(v[p]) : this.key(v[p], withDocs)))
            .join(',') +
          '}';
      else if (SUBSCHEMA_SET.has(k) && Array.isArray(v)) {
        const members = [...new Set(v.map((m) => this.key(m, withDocs)))].sort();
        if ((k === 'anyOf' || k === 'oneOf') && members.length === 1) s = members[0]!;
        else s = '[' + members.join(',') + ']';
      } else if (k === 'prefixItems' && Array.isArray(v)) s = '[' + v.map((m) => this.key(m, withDocs)).join(',') + ']';
      else if (VALUE_SET.has(k) && Array.isArray(v)) s = '[' + [...new Set(v.map(valueKey))].sort().join(',') + ']';
      else s = valueKey(v);
      parts.push(quoted(k) + ':' + s);
    }
    if (values !== undefined) {
      parts.push('"enum":[' + [...new Set(values.map(valueKey))].sort().join(',') + ']');
      if (n.type === undefined) {
        // The types the values imply, spelled like an explicit `type` (a single type as a string).
        let types = [...new Set(values.map(jsonTypeOf))];
        if (types.includes('number')) types = types.filter((t) => t !== 'integer');
        parts.push(
          '"type":' +
            (types.length === 1
              ? JSON.stringify(types[0])
              : '[' +
                types
                  .map((t) => JSON.stringify(t))
                  .sort()
                  .join(',') +
                ']'),
        );
      }
    }
    for (const [k, v] of Object.entries(this.malformed(n))) parts.push(quoted('!' + k) + ':' + valueKey(v));
    // {} (or only annotations) accepts everything, like `true` and an absent subschema.
    return parts.length === 0 ? 'true' : '{' + parts.sort().join(',') + '}';
  }
}

const QUOTED = new Map<string, string>();
function quoted(k: string): string {
  let q = QUOTED.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (QUOTED.size < 1000) QUOTED.set(k, q);
  }
  return q;
}

/** anyOf/oneOf/allOf members that are not schemas (read as "anything"), per keyword and in a stable order. */
function nonSchemaMembers(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of SUBSCHEMA_SET) {
    const v = node[k];
    const stray = Array.isArray(v) ? v.filter((m) => !isSchemaValue(m)) : [];
    if (stray.length) out[k] = stray.sort((x, y) => (valueKey(x) < valueKey(y) ? -1 : valueKey(x) > valueKey(y) ? 1 : 0));
  }
  return out;
}

/** Whether a keyword's value has a shape JSON Schema allows (unknown keywords are never malformed). */
function wellFormed(k: string, v: Json): boolean {
  if (SUBSCHEMA_SET.has(k) || k === 'prefixItems') return Array.isArray(v);
  if (SUBSCHEMA_MAP.has(k)) return isObject(v);
  if (SUBSCHEMA.has(k)) return isSchemaValue(v) || (k === 'items' && Array.isArray(v));
  return VALUE_SHAPE[k]?.(v) ?? true;
}

/**
 * Keyword-level rewrites that do not change meaning, so equivalent spellings compare equal. Catalog text is untrusted:
 * a keyword with a value of the wrong shape is dropped (as lenient validators ignore it), never trusted, and returned
 * in `malformed` so a change to it is still seen.
 */
function normaliseKeywords(node: JsonObject): { node: JsonObject; malformed: JsonObject } {
  let out: JsonObject | undefined;
  const edit = (): JsonObject => (out ??= { ...node });
  const malformed: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (wellFormed(k, v)) continue;
    malformed[k] = v;
    // A type or required list with a stray non-string keeps its strings (what validators that skip the stray one read).
    if ((k === 'type' || k === 'required') && Array.isArray(v)) edit()[k] = v.filter((x) => typeof x === 'string');
    else delete edit()[k];
  }
  node = out ?? node;
  const respelled = normaliseSpellings(node);
  if (respelled !== node) node = out = respelled;
  if (Array.isArray(node.type)) {
    const types = [...new Set(node.type as string[])];
    if (types.includes('number') && types.includes('integer')) types.splice(types.indexOf('integer'), 1);
    edit().type = types.length === 1 ? types[0]! : types.sort();
  }
  for (const [bound, exclusive] of [
    ['maximum', 'exclusiveMaximum'],
    ['minimum', 'exclusiveMinimum'],
  ] as const) {
    if (typeof node[exclusive] === 'boolean') {
      const o = edit();
      if (node[exclusive] === true && typeof node[bound] === 'number') {
        o[exclusive] = node[bound];
        delete o[bound];
      } else delete o[exclusive];
    }
  }
  // zod emits ±(2^53 − 1) bounds for every int(): no JSON number a client can send safely lies beyond them.
  for (const k of ['maximum', 'exclusiveMaximum'] as const)
    if (typeof node[k] === 'number' && (node[k] as number) >= Number.MAX_SAFE_INTEGER) delete edit()[k];
  for (const k of ['minimum', 'exclusiveMinimum'] as const)
    if (typeof node[k] === 'number' && (node[k] as number) <= Number.MIN_SAFE_INTEGER) delete edit()[k];
  if (Array.isArray(node.items)) {
    const o = edit();
    o.prefixItems = node.items;
    if (node.additionalItems !== undefined) o.items = node.additionalItems;
    else delete o.items;
    delete o.additionalItems;
  } else if (node.additionalItems !== undefined && node.prefixItems === undefined) {
    delete edit().additionalItems; // ignored by the spec without tuple items
  }
  if (node.additionalProperties === true) delete edit().additionalProperties;
  if (node.items === true && !Array.isArray(node.items)) delete edit().items;
  return { node: out ?? node, malformed };
}

/** allOf of two normalised objects as one object, or null when a keyword appears on both sides with different values. */
function mergeTwo(a: JsonObject, b: JsonObject): JsonObject | null {
  const out: JsonObject = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = getOwn(out, k);
    if (cur === undefined) setOwn(out, k, v);
    else if (ANNOTATION_KEYWORDS.has(k))
      continue; // the outer annotation wins
    else if (k === 'properties' && isObject(cur) && isObject(v)) {
      const props: JsonObject = { ...cur };
      for (const [p, s] of Object.entries(v)) {
        const had = getOwn(props, p);
        setOwn(props, p, had === undefined ? s : { allOf: [had, s] });
      }
      out[k] = props;
    } else if (k === 'required' && Array.isArray(cur) && Array.isArray(v))
      out[k] = [...new Set([...(cur as string[]), ...(v as string[])])];
    else if (k === 'type') {
      const ta = new Set(Array.isArray(cur) ? cur : [cur]);
      const both = (Array.isArray(v) ? v : [v]).filter((t) => ta.has(t) || (t === 'integer' && ta.has('number')));
      for (const t of ta) if (t === 'integer' && (Array.isArray(v) ? v : [v]).includes('number')) both.push(t);
      const uniq = [...new Set(both)] as Json[];
      out[k] = uniq.length === 1 ? uniq[0]! : uniq;
    } else if (valueKey(cur) !== valueKey(v)) return null;
  }
  return out;
}
