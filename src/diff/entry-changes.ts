// What the non-tool subjects share: whether a catalog captured a list at all, and the title and description changes of an entry.
import { stableJson } from '../catalog/canonical.js';
import type { Catalog } from '../catalog/types.js';
import type { Json, JsonObject } from '../findings/json.js';
import { q, type ChangeFields } from '../findings/rule-kit.js';
import { cosmeticSeverity, textChange, type TextChange } from './word-diff.js';

/**
 * A catalog read from a raw list file rather than a capture: no protocol version and no capabilities.
 * Such a file says nothing about the lists it omits, so an empty list there is not compared.
 */
export function isUncaptured(c: Catalog): boolean {
  return c.protocolVersion === undefined && Object.keys(c.capabilities ?? {}).length === 0;
}

/** Whether both catalogs say something about `list` (see isUncaptured). */
export function comparable(base: Catalog, head: Catalog, list: 'prompts' | 'resources' | 'resourceTemplates'): boolean {
  return !((isUncaptured(base) && base[list].length === 0) || (isUncaptured(head) && head[list].length === 0));
}

/** An entry's change and the arguments of its message; the subject is the caller's. */
export interface EntryChange<A> {
  fields: Omit<ChangeFields, 'subject'>;
  args: A;
}

/** Who the entry is (`label`, e.g. `Prompt "x"`) and its titles, null when absent. */
export interface TitleArgs {
  label: string;
  before: Json;
  after: Json;
}

/** A changed title of a prompt, resource or template; undefined when equal. */
export function titleChange(label: string, base: JsonObject, head: JsonObject): EntryChange<TitleArgs> | undefined {
  const before = base.title ?? null,
    after = head.title ?? null;
  if (stableJson(before) === stableJson(after)) return undefined;
  return { fields: { path: '/title', before, after }, args: { label, before, after } };
}

export function titleMessage({ label, before, after }: TitleArgs): string {
  return `${label} title changed from ${q(before)} to ${q(after)}.`;
}

export interface DescriptionArgs {
  label: string;
  change: TextChange;
}

/** A changed description (read by models; info when only punctuation changed); undefined when the words are equal. */
export function descriptionChange(label: string, base: JsonObject, head: JsonObject): EntryChange<DescriptionArgs> | undefined {
  const change = textChange(base.description, head.description);
  if (!change) return undefined;
  return {
    fields: {
      path: '/description',
      before: base.description ?? null,
      after: head.description ?? null,
      ...cosmeticSeverity(change),
      extra: change.extra as unknown as Record<string, Json>,
    },
    args: { label, change },
  };
}

export function descriptionMessage({ label, change }: DescriptionArgs): string {
  return `${label} description changed${change.punctuationOnly ? ' in punctuation only' : ''}: ${change.diff}`;
}
