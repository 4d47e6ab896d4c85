// Applies the policy's per-rule severity overrides to findings: the one place they are merged, for diff, check and the Action.
import type { Policy } from '../config/types.js';
import type { Finding, Severity } from '../findings/finding.js';
import type { GatedFinding } from './types.js';

/**
 * Each finding with the severity its rule is overridden to (the registry's kept as `originalSeverity`), or dropped
 * when the rule is "off". Only own keys of `overrides` count, so a rule id such as "constructor" never matches
 * Object.prototype. Always returns copies.
 */
export function applyOverrides(findings: readonly Finding[], overrides: Policy['overrides'] = {}): GatedFinding[] {
  const out: GatedFinding[] = [];
  for (const f of findings) {
    const override = overrideOf(f.rule, overrides);
    if (override === 'off') continue;
    if (override !== undefined && override !== f.severity) out.push({ ...f, severity: override, originalSeverity: f.severity });
    else out.push({ ...f });
  }
  return out;
}

/** The override of one rule: only own keys of `overrides` count, so "constructor" never matches Object.prototype. */
function overrideOf(rule: string, overrides: Policy['overrides'] = {}): Severity | 'off' | undefined {
  return Object.prototype.hasOwnProperty.call(overrides, rule) ? overrides[rule] : undefined;
}

/** Per-rule counts of findings that were counted, not made (see lintCatalogs), without the rules the policy turns off. */
export function countsWithoutOffRules(counts: ReadonlyMap<string, number>, overrides: Policy['overrides'] = {}): Map<string, number> {
  return new Map([...counts].filter(([rule]) => overrideOf(rule, overrides) !== 'off'));
}
