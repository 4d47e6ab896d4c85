// Compares the fields of a definition that no rule interprets as opaque values, so no change to a definition goes unseen.
import { stableJson } from '../catalog/canonical.js';
import { pointerToken, isObject, type Json, type JsonObject } from '../findings/json.js';
import { compareText } from '../findings/finding.js';
import { q } from '../findings/rule-kit.js';

/** One object of a definition whose uninterpreted keys are compared. */
export interface OpaqueObject {
  /** A one-level pointer: '' (the definition itself), '/annotations', '/_meta'. */
  pointer: string;
  /** Keys other rules interpret (not compared here). */
  interpreted: ReadonlySet<string>;
  /** 'meta' for `_meta` (protocol-level metadata hosts read), 'field' for any other object. */
  kind: 'meta' | 'field';
  /** Keys the MCP spec defines though no rule interprets them (the message does not call them undefined). */
  specDefined?: ReadonlySet<string>;
}

/** One uninterpreted value that differs; also the arguments of its message (see opaqueMessage). */
export interface OpaqueChange {
  kind: 'meta' | 'field';
  path: string;
  /** null when absent. */
  before: Json;
  after: Json;
  /** Who owns the value, e.g. `Tool "x"`. */
  label: string;
  /** The key that changed and its dotted name; `whole` when the value at the pointer is not an object at all. */
  whole: boolean;
  key: string;
  field: string;
  /** Whether the MCP spec defines the key (though no rule interprets it). */
  specDefined: boolean;
}

/** Keys of two objects (absent or not an object counts as empty) whose values differ, except `interpreted` ones; sorted. */
function changedKeys(before: Json | undefined, after: Json | undefined, interpreted: ReadonlySet<string>): string[] {
  const b = isObject(before) ? before : {},
    a = isObject(after) ? after : {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !interpreted.has(k) && stableJson(b[k] ?? null) !== stableJson(a[k] ?? null)).sort(compareText);
}

/** The value at a one-level pointer ("" or "/annotations") of a definition. */
function objectAt(def: JsonObject, pointer: string): Json | undefined {
  return pointer === '' ? def : def[pointer.slice(1)];
}

/** A key's value for before/after, null when absent. */
function fieldOf(obj: Json | undefined, key: string): Json {
  return isObject(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key]! : null;
}

/** An opaque value for a message, cut short when long (before/after carry it whole). */
function shortValue(v: Json): string {
  const text = q(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** "was added" / "was removed" / "changed from 1 to 2" for an opaque value (null = absent). */
function changeWords(before: Json, after: Json): string {
  if (before === null) return `was added (${shortValue(after)})`;
  if (after === null) return `was removed (it was ${shortValue(before)})`;
  return `changed from ${shortValue(before)} to ${shortValue(after)}`;
}

/**
 * Every uninterpreted key that differs between two definitions, per object of `layout`, each carrying `label`
 * (e.g. `Tool "x"`) for its message (opaqueMessage). Paths in `skip` are left out (changes another rule already names).
 */
export function opaqueChanges(
  label: string,
  base: JsonObject,
  head: JsonObject,
  layout: readonly OpaqueObject[],
  skip: ReadonlySet<string | undefined> = new Set(),
): OpaqueChange[] {
  const out: OpaqueChange[] = [];
  for (const { pointer, interpreted, kind, specDefined } of layout) {
    const objB = objectAt(base, pointer),
      objH = objectAt(head, pointer);
    // Not an object where the spec wants one (e.g. "_meta": "x"): the whole value is the field.
    const whole =
      pointer !== '' &&
      [objB, objH].some((v) => v !== undefined && v !== null && !isObject(v)) &&
      stableJson(objB ?? null) !== stableJson(objH ?? null);
    const keys = whole ? [''] : changedKeys(objB, objH, interpreted);
    for (const key of keys) {
      const path = whole ? pointer : `${pointer}/${pointerToken(key)}`;
      if (skip.has(path)) continue;
      const [before, after] = whole ? [objB ?? null, objH ?? null] : [fieldOf(objB, key), fieldOf(objH, key)];
      const field = whole ? pointer.slice(1) : pointer ? `${pointer.slice(1)}.${key}` : key;
      out.push({ kind, path, before, after, label, whole, key, field, specDefined: specDefined?.has(key) ?? false });
    }
  }
  return out;
}

/** The message of an opaque change, for every *-meta-changed and *-field-changed rule. */
export function opaqueMessage(change: OpaqueChange): string {
  const { label, whole, key, field, before, after } = change;
  if (change.kind === 'meta')
    return `${label} ${whole ? '_meta' : `_meta key ${q(key)}`} ${changeWords(before, after)}; hosts that read this metadata may behave differently.`;
  const why = change.specDefined
    ? 'mcp-contract does not interpret it'
    : 'the MCP spec does not define it and mcp-contract does not interpret it';
  return `${label} field ${q(field)} ${changeWords(before, after)}; ${why}, so check the clients that read it.`;
}
