// Diffs the 2026-07-28 caching hints of the list results (SEP-2549: ttlMs and cacheScope) by their effective values.
//
// Spec: docs/specification/2026-07-28/server/utilities/caching.mdx. `ttlMs` is a freshness hint: absent or negative means
// 0 (immediately stale). `cacheScope` "public" lets shared gateways and caching proxies serve one cached copy to any
// user; "private" confines a cached copy to one authorization context. The spec gives no default for an absent scope;
// it is read as "private" (the SDKs' default, and the reading under which no cache shares anything), so making the
// default explicit is no change, as for tool annotations.
import { revisionAtLeast, REVISION_2026_07_28 } from '../catalog/protocol-revision.js';
import type { Catalog, CatalogListKey } from '../catalog/types.js';
import type { Finding } from '../findings/finding.js';
import type { Json } from '../findings/json.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import { truncateText } from '../text.js';

export const CACHE_HINT_RULES = defineRules('change', 'src/diff/cache-hints.ts', 'server', {
  'list-cache-scope-changed': [
    'warning',
    'a list result changed cacheScope (public/private, absent read as private): who may share a cached copy across users changed',
  ],
  'list-cache-ttl-changed': [
    'info',
    'a list result changed ttlMs (absent or negative read as 0): how long clients may reuse a cached copy',
  ],
});

/** The list methods by catalog key, in the order findings are made. */
const LIST_METHODS: ReadonlyArray<readonly [CatalogListKey, string, capability: string]> = [
  ['tools', 'tools/list', 'tools'],
  ['prompts', 'prompts/list', 'prompts'],
  ['resources', 'resources/list', 'resources'],
  ['resourceTemplates', 'resources/templates/list', 'resources'],
];

type Scope = 'public' | 'private';

interface ScopeChange {
  method: string;
  before: Json;
  after: Json;
  from: Scope;
  to: Scope;
}
interface TtlChange {
  method: string;
  from: number;
  to: number;
}

/** An effective scope as a message shows it, saying so when the server sent none or something else (quoted short: server text). */
function given(raw: Json, effective: Scope): string {
  if (raw === null) return `${q(effective)} (not given)`;
  return raw === effective ? q(raw) : `${q(effective)} (sent as ${truncateText(q(raw), 40)})`;
}

/** Milliseconds as a person reads them: "no time (re-fetch on every use)", "90 s", "5 min", "2 h". */
export function describeDuration(ms: number): string {
  if (ms === 0) return 'no time (re-fetch on every use)';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

const CACHE_HINT_MESSAGES = {
  'list-cache-scope-changed': ({ method, before, after, from, to }: ScopeChange) =>
    `${method} cacheScope changed from ${given(before, from)} to ${given(after, to)}: ` +
    (to === 'public'
      ? 'shared gateways and caching proxies may now store the list and serve that one copy to every user; make sure it holds no per-user entries.'
      : 'the list is now per user: shared caches must stop serving one copy across authorization contexts, and clients behind a shared cache fetch their own.'),
  'list-cache-ttl-changed': ({ method, from, to }: TtlChange) =>
    `${method} ttlMs changed from ${from} to ${to}: clients may now reuse a cached list for ${describeDuration(to)} instead of ` +
    `${describeDuration(from)}${to > from ? '; a change inside that window reaches them only through list_changed notifications' : ''}.`,
} satisfies MessageTable<keyof typeof CACHE_HINT_RULES>;

const finding = findingMaker(CACHE_HINT_RULES, CACHE_HINT_MESSAGES);

export function effectiveTtl(raw: Json): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
}

export function effectiveScope(raw: Json): Scope {
  return raw === 'public' ? 'public' : 'private';
}

/**
 * Whether a catalog's cache hints can be compared: recorded, or certain to be absent. A 2026-07-28 capture without any
 * hints was made before mcp-contract recorded them (2026-07-28 servers MUST send them), so its hints are unknown.
 */
function hintsKnown(c: Catalog): boolean {
  return c.cacheHints !== undefined || revisionAtLeast(c.protocolVersion, REVISION_2026_07_28) === false;
}

export function diffCacheHints(base: Catalog, head: Catalog): Finding[] {
  if (!hintsKnown(base) || !hintsKnown(head)) return [];
  const subject = head.server.name ?? base.server.name ?? 'server';
  const out: Finding[] = [];
  const serves = (c: Catalog, capability: string) => c.capabilities[capability] !== undefined && c.capabilities[capability] !== null;
  for (const [key, method, capability] of LIST_METHODS) {
    // A list one side does not serve has no cache to speak of: its capability finding says what changed.
    if (!serves(base, capability) || !serves(head, capability)) continue;
    const before = base.cacheHints?.[key] ?? {},
      after = head.cacheHints?.[key] ?? {};
    const scope = { before: before.cacheScope ?? null, after: after.cacheScope ?? null };
    const [from, to] = [effectiveScope(scope.before), effectiveScope(scope.after)];
    if (from !== to) {
      out.push(
        finding('list-cache-scope-changed', { subject, path: `/cacheHints/${key}/cacheScope`, ...scope }, { method, ...scope, from, to }),
      );
    }
    const ttl = { before: before.ttlMs ?? null, after: after.ttlMs ?? null };
    const [ttlFrom, ttlTo] = [effectiveTtl(ttl.before), effectiveTtl(ttl.after)];
    if (ttlFrom !== ttlTo) {
      out.push(
        finding('list-cache-ttl-changed', { subject, path: `/cacheHints/${key}/ttlMs`, ...ttl }, { method, from: ttlFrom, to: ttlTo }),
      );
    }
  }
  return out;
}
