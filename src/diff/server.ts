// Diffs the server itself: serverInfo name and title, the negotiated protocol version, the instructions and the capabilities.
import type { Catalog } from '../catalog/types.js';
import { pointerToken, unescapePointerToken, isObject, type Json } from '../findings/json.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { isUncaptured } from './entry-changes.js';
import { cosmeticSeverity, textChange, type TextChange } from './word-diff.js';

export const SERVER_RULES = defineRules('change', 'src/diff/server.ts', 'server', {
  'server-capability-removed': ['breaking', 'a server capability is gone (e.g. tools, prompts, resources.subscribe, listChanged)'],
  'server-capability-added': ['safe', 'a new server capability'],
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
  'server-capability-added': ({ capability }: { capability: string }) => `Server now advertises capability "${capability}".`,
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
          'server-capability-removed',
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
