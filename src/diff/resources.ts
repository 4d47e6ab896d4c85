// Diffs the resource lists by uri, and compares two definitions of one resource or template (mimeType, title, description, opaque fields).
import { stableJson } from '../catalog/canonical.js';
import type { Catalog } from '../catalog/types.js';
import type { Json, JsonObject } from '../findings/json.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { comparable, descriptionChange, descriptionMessage, titleChange, titleMessage } from './entry-changes.js';
import { opaqueChanges, opaqueMessage, type OpaqueObject } from './opaque-fields.js';
import { templatePattern } from './uri-templates.js';

export const RESOURCE_RULES = defineRules('change', 'src/diff/resources.ts', 'resource', {
  'resource-removed': ['breaking', 'a resource uri is gone; clients reading it fail (warning when a head template still matches the uri)'],
  'resource-added': ['safe', 'a new resource'],
  'resource-mime-type-changed': ['warning', 'a resource or template now declares another mimeType; readers may not parse it'],
  'resource-title-changed': ['info', 'the display title of a resource or template changed'],
  'resource-description-changed': [
    'warning',
    'the description of a resource or template changed (shown to users and models, like a prompt description; info when only punctuation at the end of words changed)',
  ],
  'resource-meta-changed': [
    'info',
    'a _meta key of a resource or template changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it',
  ],
  'resource-field-changed': [
    'info',
    'a field of a resource or template no other rule interprets changed: name, size, icons, annotations (audience, priority; lastModified is volatile) or a field the MCP spec does not define; clients that read it may behave differently',
  ],
});

const RESOURCE_MESSAGES = {
  'resource-removed': ({ uri, coveredBy }: { uri: string; coveredBy?: string }) =>
    coveredBy === undefined
      ? `Resource "${uri}" was removed; clients reading it will fail.`
      : `Resource "${uri}" is no longer listed, but template "${coveredBy}" still matches it; clients reading it should keep working if the server serves the template.`,
  'resource-added': ({ uri }: { uri: string }) => `Resource "${uri}" was added.`,
  'resource-mime-type-changed': ({ label, before, after }: { label: string; before: Json; after: Json }) =>
    `${label} mimeType changed from ${q(before)} to ${q(after)}; readers that parse the old type may fail.`,
  'resource-title-changed': titleMessage,
  'resource-description-changed': descriptionMessage,
  'resource-meta-changed': opaqueMessage,
  'resource-field-changed': opaqueMessage,
} satisfies MessageTable<keyof typeof RESOURCE_RULES>;

const finding = findingMaker(RESOURCE_RULES, RESOURCE_MESSAGES);

/** The fields of a resource or template other rules interpret (by kind); the rest, and all of `_meta`, are compared as opaque values. */
function resourceOpaqueFields(identity: 'uri' | 'uriTemplate'): readonly OpaqueObject[] {
  return [
    {
      pointer: '',
      interpreted: new Set([identity, 'mimeType', 'title', 'description', 'annotations', '_meta']),
      kind: 'field',
      specDefined: new Set(['name', 'size', 'icons']),
    },
    // lastModified is volatile: canonicalisation drops it.
    { pointer: '/annotations', interpreted: new Set(), kind: 'field', specDefined: new Set(['audience', 'priority']) },
    { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
  ];
}
const RESOURCE_OPAQUE_FIELDS = { resource: resourceOpaqueFields('uri'), resourceTemplate: resourceOpaqueFields('uriTemplate') };

/** Everything but the uri that differs between two definitions of one resource or template (reported under `subject`). */
export function compareResourcePair(
  kind: 'resource' | 'resourceTemplate',
  subject: string,
  before: JsonObject,
  after: JsonObject,
  out: Finding[],
): void {
  const label = `${kind === 'resource' ? 'Resource' : 'Resource template'} "${subject}"`;
  const mimeBefore = before.mimeType ?? null,
    mimeAfter = after.mimeType ?? null;
  if (mimeBefore !== mimeAfter) {
    out.push(
      finding(
        'resource-mime-type-changed',
        { kind, subject, path: '/mimeType', before: mimeBefore, after: mimeAfter },
        { label, before: mimeBefore, after: mimeAfter },
      ),
    );
  }
  const title = titleChange(label, before, after);
  if (title) out.push(finding('resource-title-changed', { kind, subject, ...title.fields }, title.args));
  const desc = descriptionChange(label, before, after);
  if (desc) out.push(finding('resource-description-changed', { kind, subject, ...desc.fields }, desc.args));
  for (const opaque of opaqueChanges(label, before, after, RESOURCE_OPAQUE_FIELDS[kind])) {
    out.push(
      finding(
        opaque.kind === 'meta' ? 'resource-meta-changed' : 'resource-field-changed',
        { kind, subject, path: opaque.path, before: opaque.before, after: opaque.after },
        opaque,
      ),
    );
  }
}

export function diffResources(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'resources')) return out;
  const headTemplates = head.resourceTemplates.map((t) => ({ template: t.uriTemplate, pattern: templatePattern(t.uriTemplate) }));
  compareLists(base.resources, head.resources, (r) => r.uri, {
    onRemoved: ({ uri }) => {
      // No longer listed, but a head template still matches the uri: reads probably still work.
      const coveredBy = headTemplates.find((t) => t.pattern.test(uri))?.template;
      const covered = coveredBy !== undefined ? ({ severity: 'warning', extra: { coveredBy } } as const) : {};
      out.push(finding('resource-removed', { subject: uri, path: '', before: uri, ...covered }, { uri, coveredBy }));
    },
    onMutual: (br, hr) => {
      if (stableJson(br) !== stableJson(hr)) compareResourcePair('resource', hr.uri, br, hr, out);
    },
    onAdded: ({ uri }) => out.push(finding('resource-added', { subject: uri, path: '', after: uri }, { uri })),
  });
  return out;
}
