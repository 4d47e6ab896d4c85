// Rewrites dialect spellings and equivalent forms of one constraint to a single form before comparing (dependencies, nullable, unions of constants).
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { valueHasType, valueKey } from './values.js';

/** Keywords that never change which values validate, so a union member that carries only these and its values is a list of values. */
const VALUE_BRANCH_EXTRAS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'markdownDescription',
  'type',
]);

/**
 * The node with equivalent spellings rewritten, or the same object when none applies:
 * - draft-04–07 `dependencies` → `dependentRequired` (name lists, sorted) and `dependentSchemas` (schemas), as 2019-09 split it;
 * - OpenAPI 3.0 `nullable: true` → "null" added to `type` (what validators clients use honour), `nullable` dropped;
 * - an anyOf (or a oneOf whose values are distinct) of `const`/`enum` members → one `enum` (the members merge into one
 *   when other branches remain); `const x` ≡ `enum [x]` is already one form in the keys.
 */
export function normaliseSpellings(node: JsonObject): JsonObject {
  let out: JsonObject | undefined;
  const edit = (): JsonObject => (out ??= { ...node });
  if (isObject(node.dependencies)) {
    const o = edit();
    const required: JsonObject = isObject(node.dependentRequired) ? { ...node.dependentRequired } : {};
    const schemas: JsonObject = isObject(node.dependentSchemas) ? { ...node.dependentSchemas } : {};
    for (const [name, dep] of Object.entries(node.dependencies)) {
      if (Array.isArray(dep)) required[name] = [...((Array.isArray(required[name]) ? required[name] : []) as Json[]), ...dep];
      else if (schemas[name] === undefined) schemas[name] = dep;
      else schemas[name] = { allOf: [schemas[name]!, dep] }; // both apply
    }
    delete o.dependencies;
    if (Object.keys(required).length) o.dependentRequired = required;
    if (Object.keys(schemas).length) o.dependentSchemas = schemas;
  }
  const lists = (out ?? node).dependentRequired;
  if (isObject(lists)) {
    // Order and repeats never matter in a list of names required alongside.
    edit().dependentRequired = Object.fromEntries(
      Object.entries(lists).map(([k, v]) => [k, Array.isArray(v) ? [...new Set(v.filter((n) => typeof n === 'string'))].sort() : v]),
    );
  }
  if (node.nullable !== undefined) {
    const o = edit();
    delete o.nullable;
    const type = node.type;
    if (node.nullable === true && (typeof type === 'string' || Array.isArray(type)))
      o.type = [...new Set([...(Array.isArray(type) ? type : [type]), 'null'])] as Json[];
  }
  for (const kw of ['anyOf', 'oneOf'] as const) {
    const merged = mergeValueBranches(out ?? node, kw);
    if (merged) out = merged;
  }
  return out ?? node;
}

/** The values a union member allows when it is only a list of values (const/enum, maybe a type), else undefined. */
function branchValues(m: Json): Json[] | undefined {
  if (!isObject(m) || m.$ref !== undefined) return undefined;
  const values = m.const !== undefined ? [m.const] : Array.isArray(m.enum) ? (m.enum as Json[]) : undefined;
  if (!values || !Object.keys(m).every((k) => k === 'const' || k === 'enum' || VALUE_BRANCH_EXTRAS.has(k))) return undefined;
  if (m.const !== undefined && m.enum !== undefined) return undefined;
  const types = typeof m.type === 'string' ? [m.type] : Array.isArray(m.type) ? (m.type as Json[]) : undefined;
  if (types && !types.every((t) => typeof t === 'string')) return undefined;
  return types ? values.filter((v) => (types as string[]).some((t) => valueHasType(v, t))) : values;
}

function mergeValueBranches(node: JsonObject, kw: 'anyOf' | 'oneOf'): JsonObject | undefined {
  const members = node[kw];
  if (!Array.isArray(members) || node[kw === 'anyOf' ? 'oneOf' : 'anyOf'] !== undefined) return undefined;
  const valued = members.map(branchValues);
  const count = valued.filter((v) => v !== undefined).length;
  if (count === 0 || (count === 1 && members.length > 1)) return undefined;
  const seen = new Map<string, Json>();
  for (const vs of valued) {
    for (const v of new Set(vs ?? [])) {
      const k = valueKey(v);
      // oneOf rejects a value two members list: merging would accept it, so such a oneOf keeps its form.
      if (seen.has(k) && kw === 'oneOf') return undefined;
      seen.set(k, v);
    }
  }
  const values = [...seen.values()];
  const out: JsonObject = { ...node };
  if (count < members.length) {
    out[kw] = [{ enum: values }, ...members.filter((_, i) => valued[i] === undefined)];
    return out;
  }
  delete out[kw];
  if (out.enum === undefined && out.const === undefined) {
    out.enum = values;
    return out;
  }
  // The node lists its own values too: both apply, so what remains is their intersection.
  const own = new Set((out.const !== undefined ? [out.const] : (out.enum as Json[])).map(valueKey));
  delete out.const;
  out.enum = values.filter((v) => own.has(valueKey(v)));
  return out;
}
