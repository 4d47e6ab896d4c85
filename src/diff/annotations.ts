// Compares a tool's behaviour hints by their effective values (spec defaults filled in), so making a default explicit is no change.
import type { ToolDef } from '../catalog/types.js';
import type { Json, JsonObject } from '../findings/json.js';
import { defineRules, makeFinding } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';

export const ANNOTATION_RULES = defineRules('change', 'src/diff/annotations.ts', 'tool', {
  'annotation-read-only-removed': ['breaking', 'a tool that was read-only (effective readOnlyHint) may now modify its environment; hosts that auto-approve read-only tools are now wrong'],
  'annotation-destructive-added': ['breaking', 'a non-read-only tool became destructive (effective destructiveHint false → true): a safety escalation'],
  'annotation-idempotent-removed': ['warning', 'a non-read-only tool is no longer idempotent (effective idempotentHint true → false): retries are no longer safe'],
  'annotation-open-world-added': ['warning', 'a tool now reaches an open world (effective openWorldHint false → true): new external reach'],
  'annotation-relaxed': ['safe', 'a behaviour hint moved in the safe direction (became read-only, non-destructive, idempotent or closed-world)'],
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
const HINT_OF = { readOnlyHint: 'readOnly', destructiveHint: 'destructive', idempotentHint: 'idempotent', openWorldHint: 'openWorld' } as const;

export function compareAnnotations(name: string, base: ToolDef, head: ToolDef): Finding[] {
  const b = effectiveHints(base), h = effectiveHints(head);
  const out: Finding[] = [];
  // before/after are the effective values (spec defaults filled in), the values the rules compare: an absent
  // destructiveHint reads as true, not as null.
  const at = (key: keyof typeof HINT_OF, rule: (typeof ANNOTATION_RULES)[keyof typeof ANNOTATION_RULES], message: string) =>
    out.push(makeFinding(rule, { subject: name, path: `/annotations/${key}`, before: b[HINT_OF[key]], after: h[HINT_OF[key]], message }));

  if (b.readOnly && !h.readOnly) {
    const now = h.destructive ? ' and, by its hints, may now be destructive' : '';
    at('readOnlyHint', ANNOTATION_RULES['annotation-read-only-removed'],
      `Tool "${name}" is no longer read-only${now}; hosts that auto-approve read-only tools would now run it without asking.`);
  } else if (!b.readOnly && h.readOnly) {
    at('readOnlyHint', ANNOTATION_RULES['annotation-relaxed'], `Tool "${name}" is now read-only.`);
  } else if (!b.readOnly && !h.readOnly) {
    // Destructive and idempotent hints only mean something for tools that modify their environment.
    if (!b.destructive && h.destructive) {
      at('destructiveHint', ANNOTATION_RULES['annotation-destructive-added'], `Tool "${name}" is now destructive (destructiveHint false → true); hosts may have auto-approved it as non-destructive.`);
    } else if (b.destructive && !h.destructive) {
      at('destructiveHint', ANNOTATION_RULES['annotation-relaxed'], `Tool "${name}" is no longer destructive.`);
    }
    if (b.idempotent && !h.idempotent) {
      at('idempotentHint', ANNOTATION_RULES['annotation-idempotent-removed'], `Tool "${name}" is no longer idempotent; clients that retry calls may now repeat its effect.`);
    } else if (!b.idempotent && h.idempotent) {
      at('idempotentHint', ANNOTATION_RULES['annotation-relaxed'], `Tool "${name}" is now idempotent.`);
    }
  }
  if (!b.openWorld && h.openWorld) {
    at('openWorldHint', ANNOTATION_RULES['annotation-open-world-added'], `Tool "${name}" now interacts with an open world of external entities (openWorldHint false → true).`);
  } else if (b.openWorld && !h.openWorld) {
    at('openWorldHint', ANNOTATION_RULES['annotation-relaxed'], `Tool "${name}" no longer reaches an open world.`);
  }
  return out;
}
