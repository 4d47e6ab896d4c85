// Diffs the resource template lists: by uriTemplate, then a changed template text paired by name or literal shape (RFC 6570 variables and expressions).
import { stableJson } from '../catalog/canonical.js';
import type { Catalog, ResourceTemplateDef } from '../catalog/types.js';
import { defineRules, findingMaker, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { comparable } from './entry-changes.js';
import { compareResourcePair } from './resources.js';
import { templateShape, templateVariables } from './uri-templates.js';

export const TEMPLATE_RULES = defineRules('change', 'src/diff/resource-templates.ts', 'resourceTemplate', {
  'resource-template-removed': ['breaking', 'a resource template is gone; clients expanding it get unknown uris'],
  'resource-template-added': ['safe', 'a new resource template'],
  'resource-template-variables-changed': [
    'breaking',
    'a template (matched by name or literal shape) has other RFC 6570 variables; clients fill in the old ones',
  ],
  'resource-template-expression-changed': [
    'breaking',
    'a template keeps its variables but expands them differently (RFC 6570 operator or modifier changed)',
  ],
});

/** A template whose text changed: the old and the new uriTemplate. */
interface TemplateChangeArgs {
  from: string;
  to: string;
}

const quotedList = (names: readonly string[]) => names.map((v) => `"${v}"`).join(', ');

const TEMPLATE_MESSAGES = {
  'resource-template-removed': ({ template }: { template: string }) =>
    `Resource template "${template}" was removed; clients expanding it will read uris the server no longer serves.`,
  'resource-template-added': ({ template }: { template: string }) => `Resource template "${template}" was added.`,
  'resource-template-variables-changed': ({
    from,
    to,
    gone,
    fresh,
  }: TemplateChangeArgs & { gone: readonly string[]; fresh: readonly string[] }) => {
    const parts = [gone.length ? `removed ${quotedList(gone)}` : '', fresh.length ? `added ${quotedList(fresh)}` : '']
      .filter(Boolean)
      .join('; ');
    return `Resource template "${from}" became "${to}" (variables ${parts || 'reordered'}); clients fill in the old variables and build uris the server no longer matches.`;
  },
  'resource-template-expression-changed': ({ from, to }: TemplateChangeArgs) =>
    `Resource template "${from}" became "${to}": same variables, but they expand to different uris now.`,
} satisfies MessageTable<keyof typeof TEMPLATE_RULES>;

const finding = findingMaker(TEMPLATE_RULES, TEMPLATE_MESSAGES);

/** A template whose uriTemplate text changed is the same template when its name or its literal shape is unchanged. */
function pairChangedTemplates(
  removed: readonly ResourceTemplateDef[],
  added: readonly ResourceTemplateDef[],
): Map<ResourceTemplateDef, ResourceTemplateDef> {
  const paired = new Map<ResourceTemplateDef, ResourceTemplateDef>();
  const takenHead = new Set<ResourceTemplateDef>();
  for (const match of [
    (x: ResourceTemplateDef, y: ResourceTemplateDef) => typeof x.name === 'string' && x.name === y.name,
    (x: ResourceTemplateDef, y: ResourceTemplateDef) => templateShape(x.uriTemplate) === templateShape(y.uriTemplate),
  ]) {
    for (const r of removed) {
      if (paired.has(r)) continue;
      const candidates = added.filter((a) => !takenHead.has(a) && match(r, a));
      if (candidates.length === 1) {
        paired.set(r, candidates[0]);
        takenHead.add(candidates[0]);
      }
    }
  }
  return paired;
}

/** The uriTemplate change of a paired template (its variables, or only how they expand), then the rest of its definition. */
function compareChangedTemplate(r: ResourceTemplateDef, a: ResourceTemplateDef, out: Finding[]): void {
  const vb = templateVariables(r.uriTemplate),
    va = templateVariables(a.uriTemplate);
  const fields = {
    subject: a.uriTemplate,
    path: '/uriTemplate',
    before: r.uriTemplate,
    after: a.uriTemplate,
    extra: { from: r.uriTemplate, to: a.uriTemplate, variablesBefore: vb, variablesAfter: va },
  };
  const args = { from: r.uriTemplate, to: a.uriTemplate };
  if (stableJson([...vb].sort()) !== stableJson([...va].sort())) {
    out.push(
      finding('resource-template-variables-changed', fields, {
        ...args,
        gone: vb.filter((v) => !va.includes(v)),
        fresh: va.filter((v) => !vb.includes(v)),
      }),
    );
  } else {
    out.push(finding('resource-template-expression-changed', fields, args));
  }
  compareResourcePair('resourceTemplate', a.uriTemplate, r, a, out);
}

export function diffResourceTemplates(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'resourceTemplates')) return out;
  const removed: ResourceTemplateDef[] = [],
    added: ResourceTemplateDef[] = [];
  compareLists(base.resourceTemplates, head.resourceTemplates, (t) => t.uriTemplate, {
    onMutual: (bt, ht) => {
      if (stableJson(bt) !== stableJson(ht)) compareResourcePair('resourceTemplate', ht.uriTemplate, bt, ht, out);
    },
    onRemoved: (t) => removed.push(t),
    onAdded: (t) => added.push(t),
  });
  const paired = pairChangedTemplates(removed, added);
  const pairedHead = new Set(paired.values());
  for (const r of removed) {
    const a = paired.get(r);
    if (a) compareChangedTemplate(r, a, out);
    else
      out.push(
        finding('resource-template-removed', { subject: r.uriTemplate, path: '', before: r.uriTemplate }, { template: r.uriTemplate }),
      );
  }
  for (const a of added) {
    if (!pairedHead.has(a))
      out.push(finding('resource-template-added', { subject: a.uriTemplate, path: '', after: a.uriTemplate }, { template: a.uriTemplate }));
  }
  return out;
}
