// The schema rule kit: a change kind's literal rule id and severity in each direction, and the RuleDefs the registry lists.
import type { RuleDef, Severity } from '../../findings/finding.js';

export type SchemaDirection = 'input' | 'output';

/** A rule id of one direction and its default severity (conditional rules raise it at the emitting site). */
export type DirectedId = readonly [id: string, severity: Severity];

/**
 * One change kind that the same code detects for both directions: its rule id and severity when it reads what callers
 * send (input) and what they read (output), `null` where the kind is never emitted in that direction.
 */
export interface DirectedRule {
  readonly input: DirectedId | null;
  readonly output: DirectedId | null;
  readonly description: string;
}

/** The rule ids of a change kind (as literal types, so a message table keyed by id can be checked). */
export type IdsOf<R extends DirectedRule> = Exclude<R['input'] | R['output'], null>[0];

/** The rule id and default severity of a change kind in a direction. */
export function directed<R extends DirectedRule>(row: R, direction: SchemaDirection): Exclude<R['input'] | R['output'], null> {
  const rule = row[direction];
  if (rule === null) throw new Error(`the schema change "${row.description}" has no ${direction} rule`);
  return rule as Exclude<R['input'] | R['output'], null>;
}

/** The registry's definitions of a table of change kinds, in table order (input before output within a kind). */
export function directedRuleDefs(rows: Readonly<Record<string, DirectedRule>>, emittedBy: string): RuleDef[] {
  const out: RuleDef[] = [];
  for (const row of Object.values(rows)) {
    for (const direction of ['input', 'output'] as const) {
      const rule = row[direction];
      if (rule !== null)
        out.push({ id: rule[0], severity: rule[1], direction, subject: 'tool', family: 'change', description: row.description, emittedBy });
    }
  }
  return out;
}
