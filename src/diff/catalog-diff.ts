// Diffs everything in a catalog besides tools: prompts, resources, resource templates and the server's identity and capabilities.
import { stableJson } from '../catalog/canonical.js';
import type { Catalog, PromptDef, ResourceTemplateDef } from '../catalog/types.js';
import { pointerToken, unescapePointerToken, isObject, type Json, type JsonObject } from '../findings/json.js';
import { opaqueChanges, type OpaqueObject } from './opaque-fields.js';
import { pairRenames, type PairingEntry } from './pairing.js';
import { defineRules, makeFinding, q, type FindingFields } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { cosmeticSeverity, textChange } from './word-diff.js';

const FILE = 'src/diff/catalog-diff.ts';

export const PROMPT_RULES = defineRules('change', FILE, 'prompt', {
  'prompt-removed': ['breaking', 'a prompt is gone; clients that fetch it fail'],
  'prompt-renamed': ['breaking', 'a removed prompt pairs with an added one (related name, equal or near-equal arguments)'],
  'prompt-added': ['safe', 'a new prompt'],
  'prompt-argument-added-required': ['breaking', 'a new required argument; old prompts/get calls omit it'],
  'prompt-argument-became-required': ['breaking', 'an optional argument became required'],
  'prompt-argument-added-optional': ['safe', 'a new optional argument'],
  'prompt-argument-became-optional': ['safe', 'a required argument became optional'],
  'prompt-argument-removed': ['warning', 'an argument is gone; clients still send it'],
  'prompt-description-changed': ['warning', 'the prompt description changed (shown to users and models; info when only punctuation at the end of words changed)'],
  'prompt-argument-description-changed': ['info', "an argument's description changed (shown to users and models)"],
  'prompt-title-changed': ['info', 'the prompt display title changed'],
  'prompt-meta-changed': ['info', "a _meta key of the prompt or of one of its arguments changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it"],
  'prompt-field-changed': ['info', "a field no other rule interprets changed: icons, an argument's title, or a field the MCP spec does not define for prompts or their arguments; clients that read it may behave differently"],
});

export const RESOURCE_RULES = defineRules('change', FILE, 'resource', {
  'resource-removed': ['breaking', 'a resource uri is gone; clients reading it fail (warning when a head template still matches the uri)'],
  'resource-added': ['safe', 'a new resource'],
  'resource-mime-type-changed': ['warning', 'a resource or template now declares another mimeType; readers may not parse it'],
  'resource-title-changed': ['info', 'the display title of a resource or template changed'],
  'resource-description-changed': ['warning', 'the description of a resource or template changed (shown to users and models, like a prompt description; info when only punctuation at the end of words changed)'],
  'resource-meta-changed': ['info', 'a _meta key of a resource or template changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it'],
  'resource-field-changed': ['info', 'a field of a resource or template no other rule interprets changed: name, size, icons, annotations (audience, priority; lastModified is volatile) or a field the MCP spec does not define; clients that read it may behave differently'],
});

export const TEMPLATE_RULES = defineRules('change', FILE, 'resourceTemplate', {
  'resource-template-removed': ['breaking', 'a resource template is gone; clients expanding it get unknown uris'],
  'resource-template-added': ['safe', 'a new resource template'],
  'resource-template-variables-changed': ['breaking', 'a template (matched by name or literal shape) has other RFC 6570 variables; clients fill in the old ones'],
  'resource-template-expression-changed': ['breaking', 'a template keeps its variables but expands them differently (RFC 6570 operator or modifier changed)'],
});

export const SERVER_RULES = defineRules('change', FILE, 'server', {
  'server-capability-removed': ['breaking', 'a server capability is gone (e.g. tools, prompts, resources.subscribe, listChanged)'],
  'server-capability-added': ['safe', 'a new server capability'],
  'server-name-changed': ['warning', 'serverInfo.name changed; clients key configurations by it'],
  'server-title-changed': ['info', 'serverInfo.title (display name) changed'],
  'server-instructions-changed': ['warning', 'the server instructions (the model\'s system-level guidance) changed; review the word diff (info when only punctuation at the end of words changed)'],
  'server-protocol-version-changed': ['info', 'the negotiated protocol version changed'],
});

function firstByKey<T extends JsonObject>(list: readonly T[], key: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) {
    const k = String(item[key]);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/**
 * A catalog read from a raw list file rather than a capture: no protocol version and no capabilities.
 * Such a file says nothing about the lists it omits, so an empty list there is not compared.
 */
function isUncaptured(c: Catalog): boolean {
  return c.protocolVersion === undefined && Object.keys(c.capabilities ?? {}).length === 0;
}

function comparable(base: Catalog, head: Catalog, list: 'prompts' | 'resources' | 'resourceTemplates'): boolean {
  return !((isUncaptured(base) && base[list].length === 0) || (isUncaptured(head) && head[list].length === 0));
}

/** Finding fields for a changed title of a prompt, resource or template (`label` e.g. `Prompt "x"`); undefined when equal. */
function titleChange(label: string, base: JsonObject, head: JsonObject): Omit<FindingFields, 'subject'> | undefined {
  if (stableJson(base.title ?? null) === stableJson(head.title ?? null)) return undefined;
  return { path: '/title', before: base.title ?? null, after: head.title ?? null, message: `${label} title changed from ${q(base.title ?? null)} to ${q(head.title ?? null)}.` };
}

/** Finding fields for a changed description (read by models; info when only punctuation changed); undefined when equal. */
function descriptionChange(label: string, base: JsonObject, head: JsonObject): Omit<FindingFields, 'subject'> | undefined {
  const desc = textChange(base.description, head.description);
  if (!desc) return undefined;
  return { path: '/description', before: base.description ?? null, after: head.description ?? null, ...cosmeticSeverity(desc), message: `${label} description changed${desc.punctuationOnly ? ' in punctuation only' : ''}: ${desc.diff}`, extra: desc.extra as unknown as Record<string, Json> };
}

// ---- Prompts ---------------------------------------------------------------------------------

/** The fields of a prompt other rules interpret; the rest, and all of `_meta`, are compared as opaque values. */
const PROMPT_OPAQUE_FIELDS: readonly OpaqueObject[] = [
  { pointer: '', interpreted: new Set(['name', 'title', 'description', 'arguments', '_meta']), kind: 'field', specDefined: new Set(['icons']) },
  { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
];

/** The fields of a prompt argument other rules interpret; its title, unknown keys and `_meta` are compared as opaque values. */
const ARGUMENT_OPAQUE_FIELDS: readonly OpaqueObject[] = [
  { pointer: '', interpreted: new Set(['name', 'description', 'required', '_meta']), kind: 'field', specDefined: new Set(['title']) },
  { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
];

interface PromptArgument { name: string; required: boolean; index: number; description: Json | undefined; def: JsonObject }

function argumentsOf(p: PromptDef): PromptArgument[] {
  const list = Array.isArray(p.arguments) ? p.arguments : [];
  return list.flatMap((a, index) => (isObject(a) && typeof a.name === 'string' ? [{ name: a.name, required: a.required === true, index, description: a.description, def: a }] : []));
}

function promptPairingEntry(p: PromptDef): PairingEntry {
  const args = (Array.isArray(p.arguments) ? p.arguments : []).filter(isObject);
  const sorted = [...args].sort((a, b) => (String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0));
  const signature = stableJson(sorted);
  return { name: p.name, signature, fields: args.map((a) => String(a.name)), distinctive: args.length >= 2 || (args.length === 1 && signature.includes('"description"')) };
}

function comparePrompt(name: string, base: PromptDef, head: PromptDef, out: Finding[]): void {
  const emit = (rule: keyof typeof PROMPT_RULES, f: Omit<Parameters<typeof makeFinding>[1], 'subject'>) =>
    out.push(makeFinding(PROMPT_RULES[rule], { subject: name, ...f }));
  const label = `Prompt "${name}"`;
  const desc = descriptionChange(label, base, head);
  if (desc) emit('prompt-description-changed', desc);
  const title = titleChange(label, base, head);
  if (title) emit('prompt-title-changed', title);
  for (const change of opaqueChanges(label, base, head, PROMPT_OPAQUE_FIELDS)) {
    emit(change.kind === 'meta' ? 'prompt-meta-changed' : 'prompt-field-changed', { path: change.path, before: change.before, after: change.after, message: change.message });
  }
  const before = new Map(argumentsOf(base).map((a) => [a.name, a]));
  const after = new Map(argumentsOf(head).map((a) => [a.name, a]));
  for (const [arg, a] of after) {
    const b = before.get(arg);
    const extra = { argument: arg };
    if (!b) {
      if (a.required) emit('prompt-argument-added-required', { path: `/arguments/${a.index}`, after: arg, extra, message: `Prompt "${name}" has a new required argument "${arg}"; prompts/get calls that omit it will fail.` });
      else emit('prompt-argument-added-optional', { path: `/arguments/${a.index}`, after: arg, extra, message: `Prompt "${name}" has a new optional argument "${arg}".` });
    } else if (!b.required && a.required) {
      emit('prompt-argument-became-required', { path: `/arguments/${a.index}/required`, before: false, after: true, extra, message: `Prompt "${name}" argument "${arg}" became required; calls that omit it will fail.` });
    } else if (b.required && !a.required) {
      emit('prompt-argument-became-optional', { path: `/arguments/${a.index}/required`, before: true, after: false, extra, message: `Prompt "${name}" argument "${arg}" became optional.` });
    }
    const argDesc = b && textChange(b.description, a.description);
    if (argDesc) {
      emit('prompt-argument-description-changed', { path: `/arguments/${a.index}/description`, before: b.description ?? null, after: a.description ?? null, extra: { ...extra, ...argDesc.extra } as unknown as Record<string, Json>, message: `Prompt "${name}" argument "${arg}" description changed: ${argDesc.diff}` });
    }
    // Its title, _meta and any field the spec does not define: never silent.
    for (const change of b ? opaqueChanges(`Prompt "${name}" argument "${arg}"`, b.def, a.def, ARGUMENT_OPAQUE_FIELDS) : []) {
      emit(change.kind === 'meta' ? 'prompt-meta-changed' : 'prompt-field-changed', { path: `/arguments/${a.index}${change.path}`, before: change.before, after: change.after, extra, message: change.message });
    }
  }
  for (const [arg, b] of before) {
    if (after.has(arg)) continue;
    emit('prompt-argument-removed', { path: `/arguments/${b.index}`, before: arg, extra: { argument: arg }, message: `Prompt "${name}" no longer takes argument "${arg}"; clients that still send it may be rejected or see it ignored.` });
  }
}

export function diffPrompts(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'prompts')) return out;
  const b = firstByKey(base.prompts, 'name'), h = firstByKey(head.prompts, 'name');
  for (const [name, hp] of h) {
    const bp = b.get(name);
    if (bp && stableJson(bp) !== stableJson(hp)) comparePrompt(name, bp, hp, out);
  }
  const removed = [...b.values()].filter((p) => !h.has(p.name));
  const added = [...h.values()].filter((p) => !b.has(p.name));
  const renames = pairRenames(removed.map(promptPairingEntry), added.map(promptPairingEntry));
  for (const r of renames) {
    out.push(makeFinding(PROMPT_RULES['prompt-renamed'], {
      subject: r.to, path: '', before: r.from, after: r.to, extra: { from: r.from, to: r.to },
      message: `Prompt "${r.from}" was renamed to "${r.to}"; clients fetching "${r.from}" will fail. Keep "${r.from}" registered beside "${r.to}" until the next major version.`,
    }));
    comparePrompt(r.to, b.get(r.from)!, h.get(r.to)!, out);
  }
  const from = new Set(renames.map((r) => r.from)), to = new Set(renames.map((r) => r.to));
  for (const p of removed) {
    if (!from.has(p.name)) out.push(makeFinding(PROMPT_RULES['prompt-removed'], { subject: p.name, path: '', before: p.name, message: `Prompt "${p.name}" was removed; clients fetching it will fail.` }));
  }
  for (const p of added) {
    if (!to.has(p.name)) out.push(makeFinding(PROMPT_RULES['prompt-added'], { subject: p.name, path: '', after: p.name, message: `Prompt "${p.name}" was added.` }));
  }
  return out;
}

// ---- Resources and templates -----------------------------------------------------------------

/** The fields of a resource or template other rules interpret (by kind); the rest, and all of `_meta`, are compared as opaque values. */
function resourceOpaqueFields(identity: 'uri' | 'uriTemplate'): readonly OpaqueObject[] {
  return [
    { pointer: '', interpreted: new Set([identity, 'mimeType', 'title', 'description', 'annotations', '_meta']), kind: 'field', specDefined: new Set(['name', 'size', 'icons']) },
    // lastModified is volatile: canonicalisation drops it.
    { pointer: '/annotations', interpreted: new Set(), kind: 'field', specDefined: new Set(['audience', 'priority']) },
    { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
  ];
}
const RESOURCE_OPAQUE_FIELDS = { resource: resourceOpaqueFields('uri'), resourceTemplate: resourceOpaqueFields('uriTemplate') };

/** Everything but the uri that differs between two definitions of one resource or template (reported under `subject`). */
function compareResourcePair(kind: 'resource' | 'resourceTemplate', subject: string, before: JsonObject, after: JsonObject, out: Finding[]): void {
  const emit = (rule: keyof typeof RESOURCE_RULES, f: Omit<FindingFields, 'subject' | 'kind'>) => out.push(makeFinding(RESOURCE_RULES[rule], { kind, subject, ...f }));
  const label = `${kind === 'resource' ? 'Resource' : 'Resource template'} "${subject}"`;
  if ((before.mimeType ?? null) !== (after.mimeType ?? null)) {
    emit('resource-mime-type-changed', {
      path: '/mimeType', before: before.mimeType ?? null, after: after.mimeType ?? null,
      message: `${label} mimeType changed from ${q(before.mimeType ?? null)} to ${q(after.mimeType ?? null)}; readers that parse the old type may fail.`,
    });
  }
  const title = titleChange(label, before, after);
  if (title) emit('resource-title-changed', title);
  const desc = descriptionChange(label, before, after);
  if (desc) emit('resource-description-changed', desc);
  for (const change of opaqueChanges(label, before, after, RESOURCE_OPAQUE_FIELDS[kind])) {
    emit(change.kind === 'meta' ? 'resource-meta-changed' : 'resource-field-changed', { path: change.path, before: change.before, after: change.after, message: change.message });
  }
}

export function diffResources(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'resources')) return out;
  const b = firstByKey(base.resources, 'uri'), h = firstByKey(head.resources, 'uri');
  const headTemplates = head.resourceTemplates.map((t) => ({ template: t.uriTemplate, pattern: templatePattern(t.uriTemplate) }));
  for (const [uri, br] of b) {
    const hr = h.get(uri);
    if (!hr) {
      // No longer listed, but a head template still matches the uri: reads probably still work.
      const cover = headTemplates.find((t) => t.pattern.test(uri));
      out.push(makeFinding(RESOURCE_RULES['resource-removed'], cover
        ? { subject: uri, path: '', before: uri, severity: 'warning', extra: { coveredBy: cover.template }, message: `Resource "${uri}" is no longer listed, but template "${cover.template}" still matches it; clients reading it should keep working if the server serves the template.` }
        : { subject: uri, path: '', before: uri, message: `Resource "${uri}" was removed; clients reading it will fail.` }));
    } else if (stableJson(br) !== stableJson(hr)) {
      compareResourcePair('resource', uri, br, hr, out);
    }
  }
  for (const uri of h.keys()) {
    if (!b.has(uri)) out.push(makeFinding(RESOURCE_RULES['resource-added'], { subject: uri, path: '', after: uri, message: `Resource "${uri}" was added.` }));
  }
  return out;
}

/** One RFC 6570 expression: its operator and its variable specs (name plus `*` explode or `:n` prefix). */
interface TemplateExpression { operator: string; vars: string[] }

const EXPRESSION = /\{([^{}]*)\}/g;

function expressionsOf(template: string): TemplateExpression[] {
  return [...template.matchAll(EXPRESSION)].map((m) => {
    const body = m[1];
    const operator = /^[+#./;?&=,!@|]/.test(body) ? body[0] : '';
    const vars = body.slice(operator.length).split(',').map((v) => v.trim()).filter(Boolean);
    return { operator, vars };
  });
}

/** Variable names of an RFC 6570 template: `{var}`, `{+var}`, `{?a,b}`, `{/x*}`, `{y:3}` → var, a, b, x, y. */
export function templateVariables(template: string): string[] {
  return expressionsOf(template).flatMap((e) => e.vars.map((v) => v.replace(/(\*|:\d+)$/, '')));
}

/** A regular expression matching the uris a template expands to (each expression matches any text). */
function templatePattern(template: string): RegExp {
  const parts = template.split(EXPRESSION);
  // split() with one capture group alternates literal text and expression bodies.
  const source = parts.map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.*?')).join('');
  return new RegExp(`^${source}$`);
}

/** The literal shape of a template with every expression blanked: `file:///{path}` and `file:///{+p}` share it. */
function templateShape(template: string): string {
  return template.replace(EXPRESSION, '{}');
}

export function diffResourceTemplates(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'resourceTemplates')) return out;
  const b = firstByKey(base.resourceTemplates, 'uriTemplate'), h = firstByKey(head.resourceTemplates, 'uriTemplate');
  for (const [t, bt] of b) {
    const ht = h.get(t);
    if (ht && stableJson(bt) !== stableJson(ht)) compareResourcePair('resourceTemplate', t, bt, ht, out);
  }
  const removed = [...b.values()].filter((t) => !h.has(t.uriTemplate));
  const added = [...h.values()].filter((t) => !b.has(t.uriTemplate));
  // A template whose uriTemplate text changed is the same template when its name or its literal shape is unchanged.
  const paired = new Map<ResourceTemplateDef, ResourceTemplateDef>();
  const takenHead = new Set<ResourceTemplateDef>();
  for (const match of [
    (x: ResourceTemplateDef, y: ResourceTemplateDef) => typeof x.name === 'string' && x.name === y.name,
    (x: ResourceTemplateDef, y: ResourceTemplateDef) => templateShape(x.uriTemplate) === templateShape(y.uriTemplate),
  ]) {
    for (const r of removed) {
      if (paired.has(r)) continue;
      const candidates = added.filter((a) => !takenHead.has(a) && match(r, a));
      if (candidates.length === 1) { paired.set(r, candidates[0]); takenHead.add(candidates[0]); }
    }
  }
  for (const r of removed) {
    const a = paired.get(r);
    if (!a) {
      out.push(makeFinding(TEMPLATE_RULES['resource-template-removed'], { subject: r.uriTemplate, path: '', before: r.uriTemplate, message: `Resource template "${r.uriTemplate}" was removed; clients expanding it will read uris the server no longer serves.` }));
      continue;
    }
    const vb = templateVariables(r.uriTemplate), va = templateVariables(a.uriTemplate);
    const extra = { from: r.uriTemplate, to: a.uriTemplate, variablesBefore: vb, variablesAfter: va };
    if (stableJson([...vb].sort()) !== stableJson([...va].sort())) {
      const gone = vb.filter((v) => !va.includes(v)), fresh = va.filter((v) => !vb.includes(v));
      const parts = [gone.length ? `removed ${gone.map((v) => `"${v}"`).join(', ')}` : '', fresh.length ? `added ${fresh.map((v) => `"${v}"`).join(', ')}` : ''].filter(Boolean).join('; ');
      out.push(makeFinding(TEMPLATE_RULES['resource-template-variables-changed'], {
        subject: a.uriTemplate, path: '/uriTemplate', before: r.uriTemplate, after: a.uriTemplate, extra,
        message: `Resource template "${r.uriTemplate}" became "${a.uriTemplate}" (variables ${parts || 'reordered'}); clients fill in the old variables and build uris the server no longer matches.`,
      }));
    } else {
      out.push(makeFinding(TEMPLATE_RULES['resource-template-expression-changed'], {
        subject: a.uriTemplate, path: '/uriTemplate', before: r.uriTemplate, after: a.uriTemplate, extra,
        message: `Resource template "${r.uriTemplate}" became "${a.uriTemplate}": same variables, but they expand to different uris now.`,
      }));
    }
    compareResourcePair('resourceTemplate', a.uriTemplate, r, a, out);
  }
  for (const a of added) {
    if (!takenHead.has(a)) out.push(makeFinding(TEMPLATE_RULES['resource-template-added'], { subject: a.uriTemplate, path: '', after: a.uriTemplate, message: `Resource template "${a.uriTemplate}" was added.` }));
  }
  return out;
}

// ---- Server ----------------------------------------------------------------------------------

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

export function diffServer(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  const subject = head.server.name ?? base.server.name ?? 'server';
  const emit = (rule: keyof typeof SERVER_RULES, f: Omit<Parameters<typeof makeFinding>[1], 'subject'>) =>
    out.push(makeFinding(SERVER_RULES[rule], { subject, ...f }));

  if (base.server.name !== undefined && head.server.name !== undefined && base.server.name !== head.server.name) {
    emit('server-name-changed', { path: '/server/name', before: base.server.name, after: head.server.name, message: `Server name changed from ${q(base.server.name)} to ${q(head.server.name)}; client configurations keyed by the old name may no longer match.` });
  }
  if ((base.server.title ?? null) !== (head.server.title ?? null) && !isUncaptured(base) && !isUncaptured(head)) {
    emit('server-title-changed', { path: '/server/title', before: base.server.title ?? null, after: head.server.title ?? null, message: `Server title changed from ${q(base.server.title ?? null)} to ${q(head.server.title ?? null)}.` });
  }
  if (base.protocolVersion !== undefined && head.protocolVersion !== undefined && base.protocolVersion !== head.protocolVersion) {
    emit('server-protocol-version-changed', { path: '/protocolVersion', before: base.protocolVersion, after: head.protocolVersion, message: `Negotiated protocol version changed from ${base.protocolVersion} to ${head.protocolVersion}.` });
  }
  // A raw list file carries no server-level data; comparing it would report everything as removed or added.
  if (isUncaptured(base) || isUncaptured(head)) return out;

  const instr = textChange(base.instructions, head.instructions);
  if (instr) {
    emit('server-instructions-changed', { path: '/instructions', before: base.instructions ?? null, after: head.instructions ?? null, ...cosmeticSeverity(instr), message: instr.punctuationOnly ? `Server instructions changed in punctuation only: ${instr.diff}` : `Server instructions changed (the model reads them as system-level guidance): ${instr.diff}`, extra: instr.extra as unknown as Record<string, Json> });
  }
  const before = capabilityPaths(base.capabilities), after = capabilityPaths(head.capabilities);
  for (const [path, value] of before) {
    // Report only the outermost capability that went away (not `tools` and also `tools/listChanged`).
    if (after.has(path) || (parentOf(path) && !after.has(parentOf(path)))) continue;
    emit('server-capability-removed', { path: `/capabilities${path}`, before: value, message: `Server no longer advertises capability "${readableCapability(path)}"; clients that use it will fail or stop receiving its notifications.` });
  }
  for (const [path, value] of after) {
    if (before.has(path) || (parentOf(path) && !before.has(parentOf(path)))) continue;
    emit('server-capability-added', { path: `/capabilities${path}`, after: value, message: `Server now advertises capability "${readableCapability(path)}".` });
  }
  return out;
}

/** Prompts, resources, templates and server, in one call. */
export function diffCatalogExtras(base: Catalog, head: Catalog): Finding[] {
  return [...diffServer(base, head), ...diffPrompts(base, head), ...diffResources(base, head), ...diffResourceTemplates(base, head)];
}


