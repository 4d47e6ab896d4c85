// A list one side's capture tolerated failing (`--tolerate`) is unknown there, not empty: it is compared with nothing, and
// a list captured on one side only says so, so a tolerated failure never reads as "every entry removed" (or added).
import type { Catalog, CatalogListKey, UncapturedList } from '../catalog/types.js';
import type { Finding } from '../findings/finding.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';

export const UNCAPTURED_LIST_RULES = defineRules('change', 'src/diff/uncaptured-lists.ts', 'server', {
  'list-not-captured': [
    'warning',
    'a list was captured on one side only (the other capture tolerated its JSON-RPC error with --tolerate), so its entries were not compared',
  ],
});

interface NotCaptured {
  failed: UncapturedList;
  side: 'base' | 'head';
  /** Entries the other side listed, which nothing is compared with. */
  otherCount: number;
  key: CatalogListKey;
}

const UNCAPTURED_LIST_MESSAGES = {
  'list-not-captured': ({ failed, side, otherCount, key }: NotCaptured) =>
    `${failed.method} was not captured in the ${side} (the server answered JSON-RPC error ${failed.code} ${q(failed.message)}, tolerated by --tolerate ${failed.method}), ` +
    `so the ${otherCount} ${key} the ${side === 'base' ? 'head' : 'base'} lists were not compared with anything; check them by hand, or capture both sides again.`,
} satisfies MessageTable<keyof typeof UNCAPTURED_LIST_RULES>;

const finding = findingMaker(UNCAPTURED_LIST_RULES, UNCAPTURED_LIST_MESSAGES);

const KEYS: readonly CatalogListKey[] = ['prompts', 'resources', 'resourceTemplates'];

/** The lists not captured on either side. */
function uncapturedKeys(base: Catalog, head: Catalog): CatalogListKey[] {
  return KEYS.filter((key) => base.uncapturedLists?.[key] !== undefined || head.uncapturedLists?.[key] !== undefined);
}

/** Both catalogs with every list that either side did not capture emptied on both, so the list rules compare nothing there. */
export function withoutUncapturedLists(base: Catalog, head: Catalog): [Catalog, Catalog] {
  const keys = uncapturedKeys(base, head);
  if (keys.length === 0) return [base, head];
  const empty = Object.fromEntries(keys.map((k) => [k, []]));
  return [
    { ...base, ...empty },
    { ...head, ...empty },
  ];
}

/** One `list-not-captured` per list captured on one side only; a list neither side captured is simply not compared. */
export function diffUncapturedLists(base: Catalog, head: Catalog): Finding[] {
  const subject = head.server.name ?? base.server.name ?? 'server';
  const out: Finding[] = [];
  for (const key of uncapturedKeys(base, head)) {
    const inBase = base.uncapturedLists?.[key],
      inHead = head.uncapturedLists?.[key];
    if (inBase && inHead) continue;
    const side = inBase ? 'base' : 'head';
    const failed = (inBase ?? inHead)!;
    const otherCount = (side === 'base' ? head : base)[key].length;
    out.push(
      finding(
        'list-not-captured',
        { subject, path: `/uncapturedLists/${key}`, ...(side === 'base' ? { before: failed.method } : { after: failed.method }) },
        { failed, side, otherCount, key },
      ),
    );
  }
  return out;
}
