// Diffs the server itself: serverInfo (name, title and every other field), the negotiated protocol version, the instructions and the capabilities.
import { equalJson } from '../catalog/canonical.js';
import { serverInfoExtras } from '../catalog/server-info.js';
import type { Catalog } from '../catalog/types.js';
import { pointerToken, unescapePointerToken, isObject, type Json } from '../findings/json.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { isUncaptured } from './entry-changes.js';
import { cosmeticSeverity, textChange, type TextChange } from './word-diff.js';

export const SERVER_RULES = defineRules('change', 'src/diff/server.ts', 'server', {
  'server-capability-removed': ['breaking', 'a server capability is gone (e.g. tools, prompts, resources.subscribe, listChanged)'],
  'server-client-capability-withdrawn': [
    'info',
    'the server stopped listing a client capability (sampling, elicitation, roots) among its own: servers never offer these, clients do, so no client could rely on it',
  ],
  'server-nonstandard-capability-removed': [
    'info',
    'a top-level capabilities field MCP does not define (not tools, prompts, resources, logging, completions, tasks, extensions, experimental) was removed: no client negotiates by it',
  ],
  'server-capability-added': ['safe', 'a new server capability'],
  'server-info-changed': [
    'info',
    'a serverInfo field other than name, title and version changed (websiteUrl, icons, description, …): what hosts show about the server',
  ],
  'server-name-changed': ['warning', 'serverInfo.name changed; clients key configurations by it'],
  'server-title-changed': ['info', 'serverInfo.title (display name) changed'],
  'server-instructions-changed': [
    'warning',
    "the server instructions (the model's system-level guidance) changed; review the word diff (info when only punctuation at the end of words changed)",
  ],
  'server-protocol-version-changed': ['info', 'the negotiated protocol version changed'],
});

/** A server-level value before and after (null when absent). */
interface ValueChange {
  before: Json;
  after: Json;
}

const SERVER_MESSAGES = {
  'server-capability-removed': ({ capability }: { capability: string }) =>
    `Server no longer advertises capability "${capability}"; clients that use it will fail or stop receiving its notifications.`,
  'server-client-capability-withdrawn': ({ capability }: { capability: string }) =>
    `Server no longer lists "${capability}" among its own capabilities; it is a client capability (the client offers it to the server), so no client relied on the server advertising it.`,
  'server-nonstandard-capability-removed': ({ capability }: { capability: string }) =>
    `Server no longer lists "${capability}" in its capabilities; MCP defines no server capability of that name, so no client negotiates by it (clients that read the field anyway lose it).`,
  'server-capability-added': ({ capability }: { capability: string }) => `Server now advertises capability "${capability}".`,
  'server-info-changed': ({ field, before, after }: ValueChange & { field: string }) =>
    `Server info field ${q(field)} changed from ${shownValue(before)} to ${shownValue(after)}.`,
  'server-name-changed': ({ before, after }: ValueChange) =>
    `Server name changed from ${q(before)} to ${q(after)}; client configurations keyed by the old name may no longer match.`,
  'server-title-changed': ({ before, after }: ValueChange) => `Server title changed from ${q(before)} to ${q(after)}.`,
  'server-instructions-changed': ({ change }: { change: TextChange }) =>
    change.punctuationOnly
      ? `Server instructions changed in punctuation only: ${change.diff}`
      : `Server instructions changed (the model reads them as system-level guidance): ${change.diff}`,
  'server-protocol-version-changed': ({ before, after }: { before: string; after: string }) =>
    `Negotiated protocol version changed from ${before} to ${after}.`,
} satisfies MessageTable<keyof typeof SERVER_RULES>;

const finding = findingMaker(SERVER_RULES, SERVER_MESSAGES);

/** At most this many characters of a serverInfo value (icons can be data URIs) go into a message. */
const MAX_SHOWN_VALUE = 200;

/** A serverInfo value for a message: its JSON, cut at MAX_SHOWN_VALUE characters. */
function shownValue(v: Json): string {
  const text = q(v);
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}

/** The top-level server capabilities MCP defines (2024-11-05 to 2026-07-28). */
const SERVER_CAPABILITIES = new Set(['completions', 'experimental', 'extensions', 'logging', 'prompts', 'resources', 'tasks', 'tools']);
/** Capabilities only a client offers: a server listing them among its own advertised nothing. */
const CLIENT_CAPABILITIES = new Set(['elicitation', 'roots', 'sampling']);

/** The rule for a capability gone from the top level: a real one lost, a client's withdrawn, or a field MCP does not define. */
function removedCapabilityRule(
  path: string,
): 'server-capability-removed' | 'server-client-capability-withdrawn' | 'server-nonstandard-capability-removed' {
  if (parentOf(path)) return 'server-capability-removed';
  const key = unescapePointerToken(path.slice(1));
  if (CLIENT_CAPABILITIES.has(key)) return 'server-client-capability-withdrawn';
  return SERVER_CAPABILITIES.has(key) ? 'server-capability-removed' : 'server-nonstandard-capability-removed';
}

/** Pointers of every capability that is on: an object key (`/tools`) or a `true` flag (`/tools/listChanged`). */
function capabilityPaths(caps: Json | undefined, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (!isObject(caps)) return out;
  for (const [key, value] of Object.entries(caps)) {
    if (value === false || value === null) continue;
    const path = `${prefix}/${pointerToken(key)}`;
    out.set(path, value);
    if (isObject(value)) for (const [p, v] of capabilityPaths(value, path)) out.set(p, v);
  }
  return out;
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function readableCapability(path: string): string {
  return path.slice(1).split('/').map(unescapePointerToken).join('.');
}

/** Capabilities gone and new, each reported only where it is outermost (not `tools` and also `tools/listChanged`). */
function diffCapabilities(subject: string, base: Catalog, head: Catalog, out: Finding[]): void {
  const before = capabilityPaths(base.capabilities),
    after = capabilityPaths(head.capabilities);
  compareLists([...before], [...after], ([path]) => path, {
    onRemoved: ([path, value]) => {
      if (parentOf(path) && !after.has(parentOf(path))) return;
      out.push(
        finding(
          removedCapabilityRule(path),
          { subject, path: `/capabilities${path}`, before: value },
          { capability: readableCapability(path) },
        ),
      );
    },
    onAdded: ([path, value]) => {
      if (parentOf(path) && !before.has(parentOf(path))) return;
      out.push(
        finding(
          'server-capability-added',
          { subject, path: `/capabilities${path}`, after: value },
          { capability: readableCapability(path) },
        ),
      );
    },
  });
}

/** Every serverInfo field beyond name, title and version that differs, one finding each. */
function diffServerInfoExtras(subject: string, base: Catalog, head: Catalog, out: Finding[]): void {
  const before = serverInfoExtras(base.server),
    after = serverInfoExtras(head.server);
  for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const change = { before: before[field] ?? null, after: after[field] ?? null };
    if (equalJson(change.before, change.after)) continue;
    out.push(finding('server-info-changed', { subject, path: `/server/${pointerToken(field)}`, ...change }, { field, ...change }));
  }
}

export function diffServer(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  const subject = head.server.name ?? base.server.name ?? 'server';
  const name = { before: base.server.name, after: head.server.name };
  if (name.before !== undefined && name.after !== undefined && name.before !== name.after) {
    out.push(
      finding(
        'server-name-changed',
        { subject, path: '/server/name', before: name.before, after: name.after },
        { before: name.before, after: name.after },
      ),
    );
  }
  const title = { before: base.server.title ?? null, after: head.server.title ?? null };
  if (title.before !== title.after && !isUncaptured(base) && !isUncaptured(head)) {
    out.push(finding('server-title-changed', { subject, path: '/server/title', ...title }, title));
  }
  if (!isUncaptured(base) && !isUncaptured(head)) diffServerInfoExtras(subject, base, head, out);
  const version = { before: base.protocolVersion, after: head.protocolVersion };
  if (version.before !== undefined && version.after !== undefined && version.before !== version.after) {
    out.push(
      finding(
        'server-protocol-version-changed',
        { subject, path: '/protocolVersion', before: version.before, after: version.after },
        { before: version.before, after: version.after },
      ),
    );
  }
  // A raw list file carries no server-level data; comparing it would report everything as removed or added.
  if (isUncaptured(base) || isUncaptured(head)) return out;

  const change = textChange(base.instructions, head.instructions);
  if (change) {
    out.push(
      finding(
        'server-instructions-changed',
        {
          subject,
          path: '/instructions',
          before: base.instructions ?? null,
          after: head.instructions ?? null,
          ...cosmeticSeverity(change),
          extra: change.extra as unknown as Record<string, Json>,
        },
        { change },
      ),
    );
  }
  diffCapabilities(subject, base, head, out);
  return out;
}
