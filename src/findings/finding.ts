// The vocabulary every stage shares: severities, bumps, rule definitions, the Finding every rule emits and their one order.
import stableStringify from 'fast-json-stable-stringify';
import type { Json } from './json.js';

export type Severity = 'breaking' | 'warning' | 'safe' | 'info';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Ordered from most to least severe; used for sorting and "highest" computations. */
export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'safe', 'info'];

/** Whether `severity` is at or above `level` (SEVERITIES runs from breaking down to info). */
export function atOrAbove(severity: Severity, level: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(level);
}
export const BUMP_FOR_SEVERITY: Record<Severity, Bump> = {
  breaking: 'major',
  safe: 'minor',
  warning: 'patch',
  info: 'patch',
};
export const BUMP_ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** What a finding is about. */
export type SubjectKind = 'tool' | 'prompt' | 'resource' | 'resourceTemplate' | 'server' | 'catalog';

/** Which way a schema rule reads: what the caller sends (input) or what the caller reads (output). */
export type Direction = 'input' | 'output' | 'none';

/**
 * Which stage emits a rule: `change` rules compare base and head (diff/); `quality` rules judge the head catalog
 * itself (quality/: lint and token footprint), and a finding of theirs that the base already had is not new; `policy`
 * rules compare the base commit's config with the head's (policy/policy-diff.ts: a loosened gate is reported).
 */
export type RuleFamily = 'change' | 'quality' | 'policy';

export interface RuleDef {
  /** Stable kebab-case id; public interface (waivers, overrides). Never renamed or reused. */
  id: string;
  severity: Severity;
  direction: Direction;
  subject: SubjectKind;
  family: RuleFamily;
  /** One line for `mcp-contract rules` and the README. */
  description: string;
  /** The source file that emits it, so a rule is found from its id in one hop. */
  emittedBy: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  kind: SubjectKind;
  /** Name of the subject: tool/prompt name, resource uri, template uriTemplate, or the server name. */
  subject: string;
  /** Present when kind === 'tool' (same as subject); kept for the documented JSON shape. */
  tool?: string;
  /** JSON pointer into the subject's definition, e.g. "/inputSchema/properties/limit/maximum". */
  path: string;
  before?: Json;
  after?: Json;
  /** A sentence a reviewer understands without opening the schema. */
  message: string;
  /** Extra structured data for renderers (e.g. the rename partner, a word diff). */
  extra?: Record<string, Json>;
}

/** The order of subject kinds in every list of findings: the server first, then the catalog, then its entries. */
export const KIND_ORDER: readonly SubjectKind[] = ['server', 'catalog', 'tool', 'prompt', 'resource', 'resourceTemplate'];

/** Code-unit order of two strings (never locale-dependent, so every machine sorts alike). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The one order of findings: severity, kind, subject, path, rule, then the rest of the finding as a tie-break. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareText(a.subject, b.subject) ||
    compareText(a.path, b.path) ||
    compareText(a.rule, b.rule) ||
    compareText(stableStringify(a), stableStringify(b))
  );
}
