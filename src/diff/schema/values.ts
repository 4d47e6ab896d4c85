// JSON values as schemas speak of them: a stable key for comparing listed values, and the JSON type a value has.
import { isObject, type Json } from '../../findings/json.js';

/** Stable JSON for plain values (enum members, defaults): sorted keys. */
export function valueKey(v: Json | undefined): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return '[' + v.map(valueKey).join(',') + ']';
  if (isObject(v))
    return (
      '{' +
      Object.keys(v)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + valueKey(v[k]))
        .join(',') +
      '}'
    );
  return JSON.stringify(v);
}

/** The JSON type names a value belongs to ("integer" values also belong to "number"). */
export function jsonTypeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function valueHasType(v: Json, type: string): boolean {
  const t = jsonTypeOf(v);
  return t === type || (type === 'number' && t === 'integer') || type === 'any';
}
