// Pairs two lists by key: the one walk that finds the removed, added and mutual entries of every catalog subject.

/** What to do with each entry of a list comparison; every callback is optional. */
export interface ListVisitor<T> {
  /** An entry of the old list whose key the new list lacks. */
  onRemoved?: (before: T) => void;
  /** An entry of the new list whose key the old list lacks. */
  onAdded?: (after: T) => void;
  /** The entries of both lists under one key. */
  onMutual?: (before: T, after: T) => void;
}

/** The first entry under each key, in list order. */
function firstByKey<T>(list: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/**
 * Walks two lists by `key`: first onRemoved for each old entry whose key is gone (in old-list order), then, in
 * new-list order, onMutual for each key both lists have and onAdded for the rest. A key listed twice counts once,
 * by its first entry (catalog lists are canonical, so "first" is stable); callers that care about duplicates find
 * them themselves.
 */
export function compareLists<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, visitor: ListVisitor<T>): void {
  const old = firstByKey(before, key),
    fresh = firstByKey(after, key);
  for (const [k, item] of old) if (!fresh.has(k)) visitor.onRemoved?.(item);
  for (const [k, item] of fresh) {
    if (old.has(k)) visitor.onMutual?.(old.get(k) as T, item);
    else visitor.onAdded?.(item);
  }
}
