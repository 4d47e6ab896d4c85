// Checks that every rule id a policy names (severity overrides, waivers) is one the registry has, suggesting the closest.
import type { Policy } from '../config/types.js';
import { UserError } from '../errors.js';
import { closestName } from '../suggest.js';
import { oneLine } from '../text.js';
import { getRule, RULES } from './registry.js';

export interface UnknownRuleId {
  /** Where the id is written, e.g. `policy.overrides["tool-remove"]` or `policy.waivers[0].rule`. */
  where: string;
  id: string;
  /** The registered id closest to it, when one is close. */
  closest?: string;
}

/** Every rule id of the policy that no rule has (an override or waiver naming one would silently do nothing). */
export function unknownRuleIds(policy: Policy | undefined): UnknownRuleId[] {
  const ids = RULES.map((r) => r.id);
  const out: UnknownRuleId[] = [];
  const check = (where: string, id: string) => {
    if (getRule(id)) return;
    const closest = closestName(id, ids);
    out.push({ where, id, ...(closest ? { closest } : {}) });
  };
  for (const id of Object.keys(policy?.overrides ?? {})) check(`policy.overrides[${JSON.stringify(id)}]`, id);
  (policy?.waivers ?? []).forEach((w, i) => check(`policy.waivers[${i}].rule`, w.rule));
  return out;
}

function describe(u: UnknownRuleId): string {
  return `${oneLine(u.where, 120)}: "${oneLine(u.id, 80)}" is no rule id${u.closest ? `; did you mean "${u.closest}"?` : ''}`;
}

/** Throws a UserError naming each unknown rule id of the config file `shownAs` (with the closest id), else nothing. */
export function assertKnownRuleIds(policy: Policy | undefined, shownAs: string): void {
  const unknown = unknownRuleIds(policy);
  if (!unknown.length) return;
  const shown = unknown.slice(0, 8);
  throw new UserError(`the config file ${shownAs} names an unknown rule id: ${describe(unknown[0]!)}`, {
    ...(unknown.length > 1
      ? {
          details:
            shown.map((u) => `  - ${describe(u)}`).join('\n') +
            (unknown.length > shown.length ? `\n  … and ${unknown.length - shown.length} more` : ''),
        }
      : {}),
    hint: '`mcp-contract rules` lists every rule id; an override or waiver with an unknown id would match nothing.',
  });
}
