// Diffs the prompt lists: presence and renames, then per prompt its description, title, arguments and uninterpreted fields.
import { stableJson } from '../catalog/canonical.js';
import type { Catalog, PromptDef } from '../catalog/types.js';
import { isObject, type Json, type JsonObject } from '../findings/json.js';
import { defineRules, findingMaker, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { comparable, descriptionChange, descriptionMessage, titleChange, titleMessage } from './entry-changes.js';
import { opaqueChanges, opaqueMessage, type OpaqueObject } from './opaque-fields.js';
import { pairRenames, type PairingEntry } from './pairing.js';
import { textChange, type TextChange } from './word-diff.js';

export const PROMPT_RULES = defineRules('change', 'src/diff/prompts.ts', 'prompt', {
  'prompt-removed': ['breaking', 'a prompt is gone; clients that fetch it fail'],
  'prompt-renamed': ['breaking', 'a removed prompt pairs with an added one (related name, equal or near-equal arguments)'],
  'prompt-added': ['safe', 'a new prompt'],
  'prompt-argument-added-required': ['breaking', 'a new required argument; old prompts/get calls omit it'],
  'prompt-argument-became-required': ['breaking', 'an optional argument became required'],
  'prompt-argument-added-optional': ['safe', 'a new optional argument'],
  'prompt-argument-became-optional': ['safe', 'a required argument became optional'],
  'prompt-argument-removed': ['warning', 'an argument is gone; clients still send it'],
  'prompt-description-changed': [
    'warning',
    'the prompt description changed (shown to users and models; info when only punctuation at the end of words changed)',
  ],
  'prompt-argument-description-changed': ['info', "an argument's description changed (shown to users and models)"],
  'prompt-title-changed': ['info', 'the prompt display title changed'],
  'prompt-meta-changed': [
    'info',
    'a _meta key of the prompt or of one of its arguments changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it',
  ],
  'prompt-field-changed': [
    'info',
    "a field no other rule interprets changed: icons, an argument's title, or a field the MCP spec does not define for prompts or their arguments; clients that read it may behave differently",
  ],
});

/** A prompt and one of its arguments, as most prompt messages name them. */
interface ArgumentArgs {
  prompt: string;
  argument: string;
}

const PROMPT_MESSAGES = {
  'prompt-removed': ({ prompt }: { prompt: string }) => `Prompt "${prompt}" was removed; clients fetching it will fail.`,
  'prompt-renamed': ({ from, to }: { from: string; to: string }) =>
    `Prompt "${from}" was renamed to "${to}"; clients fetching "${from}" will fail. Keep "${from}" registered beside "${to}" until the next major version.`,
  'prompt-added': ({ prompt }: { prompt: string }) => `Prompt "${prompt}" was added.`,
  'prompt-argument-added-required': ({ prompt, argument }: ArgumentArgs) =>
    `Prompt "${prompt}" has a new required argument "${argument}"; prompts/get calls that omit it will fail.`,
  'prompt-argument-became-required': ({ prompt, argument }: ArgumentArgs) =>
    `Prompt "${prompt}" argument "${argument}" became required; calls that omit it will fail.`,
  'prompt-argument-added-optional': ({ prompt, argument }: ArgumentArgs) => `Prompt "${prompt}" has a new optional argument "${argument}".`,
  'prompt-argument-became-optional': ({ prompt, argument }: ArgumentArgs) => `Prompt "${prompt}" argument "${argument}" became optional.`,
  'prompt-argument-removed': ({ prompt, argument }: ArgumentArgs) =>
    `Prompt "${prompt}" no longer takes argument "${argument}"; clients that still send it may be rejected or see it ignored.`,
  'prompt-description-changed': descriptionMessage,
  'prompt-argument-description-changed': ({ prompt, argument, change }: ArgumentArgs & { change: TextChange }) =>
    `Prompt "${prompt}" argument "${argument}" description changed: ${change.diff}`,
  'prompt-title-changed': titleMessage,
  'prompt-meta-changed': opaqueMessage,
  'prompt-field-changed': opaqueMessage,
} satisfies MessageTable<keyof typeof PROMPT_RULES>;

const finding = findingMaker(PROMPT_RULES, PROMPT_MESSAGES);

/** The fields of a prompt other rules interpret; the rest, and all of `_meta`, are compared as opaque values. */
const PROMPT_OPAQUE_FIELDS: readonly OpaqueObject[] = [
  {
    pointer: '',
    interpreted: new Set(['name', 'title', 'description', 'arguments', '_meta']),
    kind: 'field',
    specDefined: new Set(['icons']),
  },
  { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
];

/** The fields of a prompt argument other rules interpret; its title, unknown keys and `_meta` are compared as opaque values. */
const ARGUMENT_OPAQUE_FIELDS: readonly OpaqueObject[] = [
  { pointer: '', interpreted: new Set(['name', 'description', 'required', '_meta']), kind: 'field', specDefined: new Set(['title']) },
  { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
];

interface PromptArgument {
  name: string;
  required: boolean;
  index: number;
  description: Json | undefined;
  def: JsonObject;
}

function argumentsOf(p: PromptDef): PromptArgument[] {
  const list = Array.isArray(p.arguments) ? p.arguments : [];
  return list.flatMap((a, index) =>
    isObject(a) && typeof a.name === 'string'
      ? [{ name: a.name, required: a.required === true, index, description: a.description, def: a }]
      : [],
  );
}

function promptPairingEntry(p: PromptDef): PairingEntry {
  const args = (Array.isArray(p.arguments) ? p.arguments : []).filter(isObject);
  const sorted = [...args].sort((a, b) => (String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0));
  const signature = stableJson(sorted);
  return {
    name: p.name,
    signature,
    fields: args.map((a) => String(a.name)),
    distinctive: args.length >= 2 || (args.length === 1 && signature.includes('"description"')),
  };
}

/** What changed in one argument kept under its name (reported under prompt `name`). */
function compareArgument(name: string, b: PromptArgument, a: PromptArgument, out: Finding[]): void {
  const at = `/arguments/${a.index}`;
  const args = { prompt: name, argument: a.name };
  const extra = { argument: a.name };
  if (!b.required && a.required) {
    out.push(
      finding('prompt-argument-became-required', { subject: name, path: `${at}/required`, before: false, after: true, extra }, args),
    );
  } else if (b.required && !a.required) {
    out.push(
      finding('prompt-argument-became-optional', { subject: name, path: `${at}/required`, before: true, after: false, extra }, args),
    );
  }
  const change = textChange(b.description, a.description);
  if (change) {
    out.push(
      finding(
        'prompt-argument-description-changed',
        {
          subject: name,
          path: `${at}/description`,
          before: b.description ?? null,
          after: a.description ?? null,
          extra: { ...extra, ...change.extra } as unknown as Record<string, Json>,
        },
        { ...args, change },
      ),
    );
  }
  // Its title, _meta and any field the spec does not define: never silent.
  out.push(...opaqueFindings(name, `Prompt "${name}" argument "${a.name}"`, b.def, a.def, ARGUMENT_OPAQUE_FIELDS, at, extra));
}

/** The uninterpreted changes of a prompt, or of one of its arguments (`at` its path, `extra` naming it), as findings on prompt `name`. */
function opaqueFindings(
  name: string,
  label: string,
  before: JsonObject,
  after: JsonObject,
  layout: readonly OpaqueObject[],
  at = '',
  extra?: Record<string, Json>,
): Finding[] {
  return opaqueChanges(label, before, after, layout).map((opaque) =>
    finding(
      opaque.kind === 'meta' ? 'prompt-meta-changed' : 'prompt-field-changed',
      { subject: name, path: `${at}${opaque.path}`, before: opaque.before, after: opaque.after, extra },
      opaque,
    ),
  );
}

/** Everything that differs between two definitions of one prompt (same name, or a rename pair reported under `name`). */
function comparePrompt(name: string, base: PromptDef, head: PromptDef, out: Finding[]): void {
  const label = `Prompt "${name}"`;
  const desc = descriptionChange(label, base, head);
  if (desc) out.push(finding('prompt-description-changed', { subject: name, ...desc.fields }, desc.args));
  const title = titleChange(label, base, head);
  if (title) out.push(finding('prompt-title-changed', { subject: name, ...title.fields }, title.args));
  out.push(...opaqueFindings(name, label, base, head, PROMPT_OPAQUE_FIELDS));
  compareLists(argumentsOf(base), argumentsOf(head), (a) => a.name, {
    onMutual: (b, a) => compareArgument(name, b, a, out),
    onAdded: (a) => {
      const fields = { subject: name, path: `/arguments/${a.index}`, after: a.name, extra: { argument: a.name } };
      const args = { prompt: name, argument: a.name };
      out.push(
        a.required ? finding('prompt-argument-added-required', fields, args) : finding('prompt-argument-added-optional', fields, args),
      );
    },
    onRemoved: (b) => {
      out.push(
        finding(
          'prompt-argument-removed',
          { subject: name, path: `/arguments/${b.index}`, before: b.name, extra: { argument: b.name } },
          { prompt: name, argument: b.name },
        ),
      );
    },
  });
}

export function diffPrompts(base: Catalog, head: Catalog): Finding[] {
  const out: Finding[] = [];
  if (!comparable(base, head, 'prompts')) return out;
  const removed: PromptDef[] = [],
    added: PromptDef[] = [];
  compareLists(base.prompts, head.prompts, (p) => p.name, {
    onMutual: (bp, hp) => {
      if (stableJson(bp) !== stableJson(hp)) comparePrompt(hp.name, bp, hp, out);
    },
    onRemoved: (p) => removed.push(p),
    onAdded: (p) => added.push(p),
  });
  const renames = pairRenames(removed.map(promptPairingEntry), added.map(promptPairingEntry));
  const from = new Map(removed.map((p) => [p.name, p])),
    to = new Map(added.map((p) => [p.name, p]));
  for (const r of renames) {
    out.push(
      finding(
        'prompt-renamed',
        { subject: r.to, path: '', before: r.from, after: r.to, extra: { from: r.from, to: r.to } },
        { from: r.from, to: r.to },
      ),
    );
    comparePrompt(r.to, from.get(r.from)!, to.get(r.to)!, out);
    from.delete(r.from);
    to.delete(r.to);
  }
  for (const p of from.values()) out.push(finding('prompt-removed', { subject: p.name, path: '', before: p.name }, { prompt: p.name }));
  for (const p of to.values()) out.push(finding('prompt-added', { subject: p.name, path: '', after: p.name }, { prompt: p.name }));
  return out;
}
