// The deprecated protocol features a catalog can show a server depending on (Roots, Sampling, Logging; the legacy HTTP+SSE
// transport), and how a snapshot records each: shared by the diff (adoption) and the lint (still in use).
//
// Spec: docs/specification/2026-07-28/deprecated.mdx (the registry) and changelog.mdx "Deprecated": Roots, Sampling and
// Logging are Deprecated as of 2026-07-28 (SEP-2577, earliest removal: the first revision on or after 2027-07-28); the
// HTTP+SSE transport is reclassified Deprecated (SEP-2596). New implementations SHOULD NOT adopt them. What a catalog
// shows of each: Logging is a server capability (`capabilities.logging`); Roots and Sampling are client features, seen
// only when the server asks for them during the capture (`roots/list`, `sampling/createMessage`, initialize era); the
// transport is the one the capture had to speak. Absence of a server request proves nothing (the server may ask later),
// so only its appearance is judged, and a base snapshot that did not record requests or transport cannot show adoption.
import type { Json } from '../findings/json.js';
import type { Catalog } from './types.js';

export interface DeprecatedFeature {
  name: string;
  /** Where the evidence is in a snapshot. */
  path: string;
  /** What shows the dependency, as a message says it. */
  evidence: string;
  /** Its state, as a predicate: "is deprecated in …". */
  deprecation: string;
  migration: string;
  /** The evidence a catalog holds: the value (truthy = depends), or undefined when the catalog does not record it. */
  read: (c: Catalog) => { uses: boolean; value: Json } | undefined;
}

const SEP_2577 = 'is deprecated in MCP 2026-07-28 (SEP-2577; removal no earlier than the first revision on or after 2027-07-28)';

export const DEPRECATED_FEATURES: readonly DeprecatedFeature[] = [
  {
    name: 'Logging',
    path: '/capabilities/logging',
    evidence: 'advertises the logging capability',
    deprecation: SEP_2577,
    migration: 'log to stderr (stdio) or use OpenTelemetry',
    read: (c) => ({ uses: c.capabilities.logging !== undefined && c.capabilities.logging !== null, value: c.capabilities.logging ?? null }),
  },
  {
    name: 'Roots',
    path: '/serverRequests',
    evidence: 'asked the client for roots/list during the capture',
    deprecation: SEP_2577,
    migration: 'take directories or files as tool parameters, resource URIs or server configuration',
    read: (c) => (c.serverRequests === undefined ? undefined : { uses: c.serverRequests.includes('roots/list'), value: 'roots/list' }),
  },
  {
    name: 'Sampling',
    path: '/serverRequests',
    evidence: 'asked the client for sampling/createMessage during the capture',
    deprecation: SEP_2577,
    migration: "call an LLM provider's API directly",
    read: (c) =>
      c.serverRequests === undefined
        ? undefined
        : { uses: c.serverRequests.includes('sampling/createMessage'), value: 'sampling/createMessage' },
  },
  {
    name: 'the HTTP+SSE transport',
    path: '/transport',
    evidence: 'answers only over the legacy HTTP+SSE transport',
    deprecation: 'has been deprecated since MCP 2025-03-26 (Deprecated under the feature lifecycle in 2026-07-28, SEP-2596)',
    migration: 'serve Streamable HTTP',
    read: (c) => (c.transport === undefined ? undefined : { uses: c.transport === 'sse', value: c.transport }),
  },
];

/** One deprecated feature the head depends on, and what the base showed of it (undefined: not recorded). */
export interface DeprecatedFeatureUse {
  feature: DeprecatedFeature;
  value: Json;
  /** true: the base depended on it too; false: it did not; undefined: the base snapshot does not record it. */
  before: boolean | undefined;
}

/** Every deprecated feature the head depends on, with the base's evidence. */
export function deprecatedFeatureUses(base: Catalog, head: Catalog): DeprecatedFeatureUse[] {
  const out: DeprecatedFeatureUse[] = [];
  for (const feature of DEPRECATED_FEATURES) {
    const now = feature.read(head);
    if (now?.uses) out.push({ feature, value: now.value, before: feature.read(base)?.uses });
  }
  return out;
}
