// Applies the policy's per-rule severity overrides to findings: the one place they are merged, for diff, check and the Action.
import type { Policy } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import type { GatedFinding } from './types.js';

/**
 * Each finding with the severity its rule is overridden to (the registry's kept as `originalSeverity`), or dropped
 * when the rule is "off". Only own keys of `overrides` count, so a rule id such as "constructor" never matches
 * Object.prototype. Always returns copies.
 */
export function applyOverrides(findings: readonly Finding[], overrides: Policy['overrides'] = {}): GatedFinding[] {
  const out: GatedFinding[] = [];
  for (const f of findings) {
    const override = Object.prototype.hasOwnProperty.call(overrides, f.rule) ? overrides[f.rule] : undefined;
    if (override === 'off') continue;
    if (override !== undefined && override !== f.severity) out.push({ ...f, severity: override, originalSeverity: f.severity });
    else out.push({ ...f });
  }
  return out;
}
