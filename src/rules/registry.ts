// The rule registry: every rule id that diff/ and quality/ define, with its severity, direction, subject, family, meaning and emitting file.
import { FOOTPRINT_RULES, TOOL_BUDGET_RULES } from '../quality/footprint.js';
import { LINT_RULES } from '../quality/lint.js';
import { PROTOCOL_LINT_RULES, PROTOCOL_SERVER_LINT_RULES } from '../quality/protocol.js';
import { ANNOTATION_RULES } from '../diff/annotations.js';
import { PROMPT_RULES } from '../diff/prompts.js';
import { TEMPLATE_RULES } from '../diff/resource-templates.js';
import { RESOURCE_RULES } from '../diff/resources.js';
import { SERVER_RULES } from '../diff/server.js';
import { SCHEMA_RULES } from '../diff/schema/index.js';
import { KEYWORD_RULES } from '../diff/schema/keywords.js';
import { ONE_OF_RULES } from '../diff/schema/one-of.js';
import { TOOL_RULES } from '../diff/tools.js';
import { MCP_HEADER_RULES } from '../diff/mcp-headers.js';
import { NETWORK_REF_RULES } from '../diff/network-refs.js';
import { POLICY_RULES } from '../policy/policy-diff.js';
import { CACHE_HINT_RULES } from '../diff/cache-hints.js';
import { DEPRECATED_FEATURE_RULES } from '../diff/deprecated-features.js';
import { UNCAPTURED_LIST_RULES } from '../diff/uncaptured-lists.js';
import type { RuleDef } from '../findings/finding.js';

export const RULES: readonly RuleDef[] = Object.freeze([
  ...Object.values(TOOL_RULES),
  ...Object.values(ANNOTATION_RULES),
  ...Object.values(MCP_HEADER_RULES),
  ...Object.values(NETWORK_REF_RULES),
  ...SCHEMA_RULES,
  ...Object.values(KEYWORD_RULES),
  ...Object.values(ONE_OF_RULES),
  ...Object.values(PROMPT_RULES),
  ...Object.values(RESOURCE_RULES),
  ...Object.values(TEMPLATE_RULES),
  ...Object.values(SERVER_RULES),
  ...Object.values(CACHE_HINT_RULES),
  ...Object.values(DEPRECATED_FEATURE_RULES),
  ...Object.values(UNCAPTURED_LIST_RULES),
  // Catalog quality (lint and token footprint): findings about the head itself, not about a change.
  ...Object.values(LINT_RULES),
  ...Object.values(PROTOCOL_LINT_RULES),
  ...Object.values(PROTOCOL_SERVER_LINT_RULES),
  ...Object.values(FOOTPRINT_RULES),
  ...Object.values(TOOL_BUDGET_RULES),
  // The gate's own policy, compared between the base commit's config and the head's (the Action on pull requests).
  ...Object.values(POLICY_RULES),
]);

/** Ids listed twice in RULES (must be empty; a test checks it). */
export function duplicateRuleIds(rules: readonly RuleDef[] = RULES): string[] {
  const seen = new Set<string>(),
    dup = new Set<string>();
  for (const r of rules) (seen.has(r.id) ? dup : seen).add(r.id);
  return [...dup];
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}

/** Whether a rule belongs to catalog quality (lint, token footprint) rather than to the diff. */
export function isQualityRule(id: string): boolean {
  return BY_ID.get(id)?.family === 'quality';
}
