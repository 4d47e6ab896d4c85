// Rewrites a schema pair into what json-schema-diff reads correctly (self-contained draft-07), or says why it cannot.
import { unescapePointerToken, type Json, type JsonObject } from '../../findings/json.js';
import { isObject } from '../../findings/json.js';
import { MAX_SCHEMA_DEPTH } from './document.js';

/** Keywords json-schema-diff silently ignores: if one is present its verdict would be wrong, so the pair is not sent. */
const UNREADABLE = [
  'if',
  'then',
  'else',
  'patternProperties',
  'dependencies',
  'dependentSchemas',
  'dependentRequired',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'additionalItems',
  'prefixItems',
  '$dynamicRef',
  '$recursiveRef',
];
/** Keywords it ignores that the walker compares itself; dropping them widens both sides alike (the walker names their changes). */
const DROPPED = ['enum', 'const', 'pattern', 'format', 'multipleOf', 'uniqueItems'];
const ANNOTATIONS = [
  '$schema',
  '$id',
  '$anchor',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$defs',
  'definitions',
  'nullable',
];
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'propertyNames'];
const SUBSCHEMA_LIST = ['allOf', 'anyOf', 'oneOf'];
/** Inlining refs can multiply a schema; past this many nodes the oracle would be hopeless anyway. */
const MAX_NODES = 100_000;

export type Draft07Result = { schema: Json } | { unsupported: string };

class Unsupported extends Error {}

/** A self-contained draft-07 copy: local $refs inlined (a cycle is unsupported), annotations and walker-handled keywords dropped. */
export function toDraft07(root: Json): Draft07Result {
  let nodes = 0;
  const stack: string[] = [];
  const resolve = (ref: string, at: string): Json => {
    if (!ref.startsWith('#')) throw new Unsupported(`${at}: $ref ${JSON.stringify(ref)} points outside the schema`);
    let node: Json | undefined = root;
    if (ref !== '#') {
      for (const raw of ref.slice(2).split('/')) {
        let token = raw;
        try {
          token = decodeURIComponent(raw);
        } catch {
          // a stray "%" is a literal character
        }
        token = unescapePointerToken(token);
        node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
        if (node === undefined) throw new Unsupported(`${at}: $ref ${JSON.stringify(ref)} does not resolve`);
      }
    }
    return node!;
  };
  let depth = 0;
  const visit = (node: Json, at: string, negated: boolean): Json => {
    if (++nodes > MAX_NODES) throw new Unsupported('the schema is too large once its $refs are inlined');
    if (++depth > MAX_SCHEMA_DEPTH) throw new Unsupported(`the schema nests more than ${MAX_SCHEMA_DEPTH} levels deep`);
    try {
      return visitNode(node, at, negated);
    } finally {
      depth--;
    }
  };
  const visitNode = (node: Json, at: string, negated: boolean): Json => {
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) return true;
    const src: JsonObject = node;
    if (typeof src.$ref === 'string') {
      const ref = src.$ref;
      if (stack.includes(ref)) throw new Unsupported(`${at}: recursive $ref ${JSON.stringify(ref)}`);
      stack.push(ref);
      try {
        const target = visit(resolve(ref, at), at, negated);
        const { $ref: _r, ...siblings } = src;
        const rest = visit(siblings, at, negated);
        return rest === true || (isObject(rest) && Object.keys(rest).length === 0) ? target : { allOf: [target, rest] };
      } finally {
        stack.pop();
      }
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(src)) {
      const p = `${at}/${k}`;
      if (ANNOTATIONS.includes(k)) continue;
      if (UNREADABLE.includes(k) || (k === 'items' && Array.isArray(v)))
        throw new Unsupported(`json-schema-diff cannot read \`${k}\` (at ${p})`);
      if (DROPPED.includes(k)) {
        if (negated) throw new Unsupported(`${p}: \`${k}\` under \`not\``);
        continue;
      }
      if (SUBSCHEMA.includes(k)) out[k] = visit(v, p, k === 'not' ? !negated : negated);
      else if (SUBSCHEMA_LIST.includes(k) && Array.isArray(v)) out[k] = v.map((m, i) => visit(m, `${p}/${i}`, negated));
      else if (k === 'properties' && isObject(v))
        out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, visit(s, `${p}/${name}`, negated)]));
      else if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') {
        const bound = k === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (v && typeof src[bound] === 'number') out[k] = src[bound]!;
      } else if ((k === 'minimum' || k === 'maximum') && src[k === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true) continue;
      else out[k] = v;
    }
    return out;
  };
  try {
    return { schema: visit(root, '', false) };
  } catch (err) {
    if (err instanceof Unsupported) return { unsupported: err.message };
    throw err;
  }
}
