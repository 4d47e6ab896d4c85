import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  RULES,
  getRule
} from "./chunk-LLRBDKEF.js";
import {
  closestName
} from "./chunk-IZD4RIUM.js";
import {
  UserError,
  oneLine
} from "./chunk-MG3LNJ7Q.js";

// src/rules/policy-rule-ids.ts
function unknownRuleIds(policy) {
  const ids = RULES.map((r) => r.id);
  const out = [];
  const check = (where, id) => {
    if (getRule(id)) return;
    const closest = closestName(id, ids);
    out.push({ where, id, ...closest ? { closest } : {} });
  };
  for (const id of Object.keys(policy?.overrides ?? {})) check(`policy.overrides[${JSON.stringify(id)}]`, id);
  (policy?.waivers ?? []).forEach((w, i) => check(`policy.waivers[${i}].rule`, w.rule));
  return out;
}
function describe(u) {
  return `${oneLine(u.where, 120)}: "${oneLine(u.id, 80)}" is no rule id${u.closest ? `; did you mean "${u.closest}"?` : ""}`;
}
function assertKnownRuleIds(policy, shownAs) {
  const unknown = unknownRuleIds(policy);
  if (!unknown.length) return;
  const shown = unknown.slice(0, 8);
  throw new UserError(`the config file ${shownAs} names an unknown rule id: ${describe(unknown[0])}`, {
    ...unknown.length > 1 ? {
      details: shown.map((u) => `  - ${describe(u)}`).join("\n") + (unknown.length > shown.length ? `
  … and ${unknown.length - shown.length} more` : "")
    } : {},
    hint: "`mcp-contract rules` lists every rule id; an override or waiver with an unknown id would match nothing."
  });
}

export {
  assertKnownRuleIds
};
