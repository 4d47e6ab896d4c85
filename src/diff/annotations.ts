// Compares a tool's behaviour hints by their effective values (spec defaults filled in), so making a default explicit is no change.
import type { ToolDef } from '../catalog/types.js';
import type { JsonObject } from '../findings/json.js';
import { defineRules, findingMaker, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';

export const ANNOTATION_RULES = defineRules('change', 'src/diff/annotations.ts', 'tool', {
  'annotation-read-only-removed': [
    'breaking',
    'a tool that was read-only (effective readOnlyHint) may now modify its environment; hosts that auto-approve read-only tools are now wrong',
  ],
  'annotation-destructive-added': [
    'breaking',
    'a non-read-only tool became destructive (effective destructiveHint false → true): a safety escalation',
  ],
  'annotation-idempotent-removed': [
    'warning',
    'a non-read-only tool is no longer idempotent (effective idempotentHint true → false): retries are no longer safe',
  ],
  'annotation-open-world-added': ['warning', 'a tool now reaches an open world (effective openWorldHint false → true): new external reach'],
  'annotation-relaxed': [
    'safe',
    'a behaviour hint moved in the safe direction (became read-only, non-destructive, idempotent or closed-world)',
  ],
});

/** The hints as a client must assume them: spec defaults for absent or non-boolean values. */
export interface EffectiveHints {
  readOnly: boolean;
  destructive: boolean;
  idempotent: boolean;
  openWorld: boolean;
}

function hint(ann: JsonObject, key: string, fallback: boolean): boolean {
  const v = ann[key];
  return typeof v === 'boolean' ? v : fallback;
}

export function effectiveHints(tool: ToolDef): EffectiveHints {
  const ann = tool.annotations !== null && typeof tool.annotations === 'object' && !Array.isArray(tool.annotations) ? tool.annotations : {};
  return {
    readOnly: hint(ann, 'readOnlyHint', false),
    destructive: hint(ann, 'destructiveHint', true),
    idempotent: hint(ann, 'idempotentHint', false),
    openWorld: hint(ann, 'openWorldHint', true),
  };
}

/** The hint names of effectiveHints(), by annotation key. */
const HINT_OF = {
  readOnlyHint: 'readOnly',
  destructiveHint: 'destructive',
  idempotentHint: 'idempotent',
  openWorldHint: 'openWorld',
} as const;

/** A hint that moved in the safe direction, by the name effectiveHints() gives it. */
type RelaxedHint = keyof EffectiveHints;

const RELAXED_TEXT: Record<RelaxedHint, string> = {
  readOnly: 'is now read-only',
  destructive: 'is no longer destructive',
  idempotent: 'is now idempotent',
  openWorld: 'no longer reaches an open world',
};

const ANNOTATION_MESSAGES = {
  'annotation-read-only-removed': ({ tool, destructive }: { tool: string; destructive: boolean }) =>
    `Tool "${tool}" is no longer read-only${destructive ? ' and, by its hints, may now be destructive' : ''}; hosts that auto-approve read-only tools would now run it without asking.`,
  'annotation-destructive-added': ({ tool }: { tool: string }) =>
    `Tool "${tool}" is now destructive (destructiveHint false → true); hosts may have auto-approved it as non-destructive.`,
  'annotation-idempotent-removed': ({ tool }: { tool: string }) =>
    `Tool "${tool}" is no longer idempotent; clients that retry calls may now repeat its effect.`,
  'annotation-open-world-added': ({ tool }: { tool: string }) =>
    `Tool "${tool}" now interacts with an open world of external entities (openWorldHint false → true).`,
  'annotation-relaxed': ({ tool, hint }: { tool: string; hint: RelaxedHint }) => `Tool "${tool}" ${RELAXED_TEXT[hint]}.`,
} satisfies MessageTable<keyof typeof ANNOTATION_RULES>;

const finding = findingMaker(ANNOTATION_RULES, ANNOTATION_MESSAGES);

export function compareAnnotations(name: string, base: ToolDef, head: ToolDef): Finding[] {
  const b = effectiveHints(base),
    h = effectiveHints(head);
  const out: Finding[] = [];
  // before/after are the effective values (spec defaults filled in), the values the rules compare: an absent
  // destructiveHint reads as true, not as null.
  const at = (key: keyof typeof HINT_OF) => ({
    subject: name,
    path: `/annotations/${key}`,
    before: b[HINT_OF[key]],
    after: h[HINT_OF[key]],
  });
  const relaxed = (key: keyof typeof HINT_OF) => finding('annotation-relaxed', at(key), { tool: name, hint: HINT_OF[key] });

  if (b.readOnly && !h.readOnly) {
    out.push(finding('annotation-read-only-removed', at('readOnlyHint'), { tool: name, destructive: h.destructive }));
  } else if (!b.readOnly && h.readOnly) {
    out.push(relaxed('readOnlyHint'));
  } else if (!b.readOnly && !h.readOnly) {
    // Destructive and idempotent hints only mean something for tools that modify their environment.
    if (!b.destructive && h.destructive) out.push(finding('annotation-destructive-added', at('destructiveHint'), { tool: name }));
    else if (b.destructive && !h.destructive) out.push(relaxed('destructiveHint'));
    if (b.idempotent && !h.idempotent) out.push(finding('annotation-idempotent-removed', at('idempotentHint'), { tool: name }));
    else if (!b.idempotent && h.idempotent) out.push(relaxed('idempotentHint'));
  }
  if (!b.openWorld && h.openWorld) out.push(finding('annotation-open-world-added', at('openWorldHint'), { tool: name }));
  else if (b.openWorld && !h.openWorld) out.push(relaxed('openWorldHint'));
  return out;
}
