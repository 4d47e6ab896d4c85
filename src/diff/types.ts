// The vocabulary of the diff: severities, bumps, rule definitions and the Finding every rule emits.
import type { Json } from '../catalog/types.js';

export type Severity = 'breaking' | 'warning' | 'safe' | 'info';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Ordered from most to least severe; used for sorting and "highest" computations. */
export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'safe', 'info'];
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

export interface RuleDef {
  /** Stable kebab-case id; public interface (waivers, overrides). Never renamed or reused. */
  id: string;
  severity: Severity;
  direction: Direction;
  subject: SubjectKind;
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
