// The schema rule table: one change kind per row, its severity for input and for output, so one walker serves both directions.
import type { RuleDef, Severity } from '../../findings/finding.js';

export type SchemaDirection = 'input' | 'output';

type Row = readonly [input: Severity | null, output: Severity | null, description: string];

const EMITTER = 'src/diff/schema/walker.ts';
const ORACLE_EMITTER = 'src/diff/schema/oracle-finding.ts';

/**
 * Change kinds. The rule id is `<direction>-<kind>`; `null` means the kind is never emitted in that direction
 * (e.g. output has no "added-required": an added output field is `output-property-added` whatever its status).
 * Severities follow RULES.md; rows marked "new" there had no output twin and take the mirrored severity:
 * narrowing an output is safe, loosening a constraint on an output is a warning, widening an output's type is breaking.
 */
export const SCHEMA_CHANGE_KINDS = {
  'property-added-required': ['breaking', null, 'a new required property: old calls omit it (even when it has a default)'],
  'property-added-optional': ['safe', null, 'a new optional property'],
  'property-added': [null, 'safe', 'a new property in the result'],
  'property-removed': ['warning', 'warning', 'a property was removed (input: breaking when the object forbids additional properties; output: breaking when it was required)'],
  'property-renamed': ['breaking', 'warning', 'a property disappeared and one with an equal schema appeared in the same object (output: breaking when the old one was required)'],
  'property-became-required': ['breaking', 'safe', 'a property became required'],
  'property-became-optional': ['safe', 'breaking', 'a property became optional'],
  'property-became-required-with-default': ['warning', null, 'a property became required but carries a default: servers usually accept omission, strict clients do not'],
  'property-description-changed': ['info', 'info', "a property's description changed (the model reads it; review the wording)"],
  'type-narrowed': ['breaking', 'safe', 'the type accepts fewer kinds of value (e.g. number → integer, [string, null] → string)'],
  'type-widened': ['safe', 'breaking', 'the type accepts more kinds of value'],
  'type-changed': ['breaking', 'breaking', 'the type changed to a disjoint one'],
  'enum-value-removed': ['breaking', 'safe', 'an enum value was removed'],
  'enum-value-added': ['safe', 'warning', 'an enum value was added'],
  'enum-added': ['breaking', 'safe', 'a free value became an enum'],
  'enum-removed': ['safe', 'warning', 'an enum was removed: any value of the type is now allowed'],
  'const-added': ['breaking', 'safe', 'a free value became a constant'],
  'const-changed': ['breaking', 'breaking', 'the constant value changed'],
  'const-removed': ['safe', 'warning', 'a constant was removed: any value of the type is now allowed'],
  'pattern-added': ['breaking', 'safe', 'a pattern was added'],
  'pattern-changed': ['warning', 'warning', 'the pattern changed (neither direction can be proven)'],
  'pattern-removed': ['safe', 'warning', 'the pattern was removed'],
  'format-added': ['warning', 'safe', 'a format was added (validators often ignore format)'],
  'format-changed': ['warning', 'warning', 'the format changed'],
  'format-removed': ['safe', 'warning', 'the format was removed'],
  'constraint-tightened': ['breaking', 'safe', 'a bound was tightened: minimum↑ maximum↓ exclusive bounds, minLength↑ maxLength↓, minItems↑ maxItems↓, minProperties↑ maxProperties↓, multipleOf, uniqueItems added'],
  'constraint-loosened': ['safe', 'warning', 'a bound was loosened'],
  'additional-properties-disallowed': ['breaking', 'safe', 'the object no longer accepts undeclared properties (models add extra keys)'],
  'additional-properties-allowed': ['safe', 'warning', 'the object now accepts undeclared properties'],
  'default-changed': ['warning', 'info', 'the default changed: omitted arguments now behave differently'],
  'default-removed': ['warning', 'info', 'the default was removed'],
  'default-added': ['info', 'info', 'a default was added'],
  'variant-removed': ['breaking', 'safe', 'an anyOf/oneOf branch is gone'],
  'variant-added': ['safe', 'breaking', 'an anyOf/oneOf branch was added'],
  'schema-inconclusive': ['warning', 'warning', 'a keyword the engine cannot compare changed (if/then/else, not, patternProperties, …), a $ref cannot be resolved locally, or the time budget ran out'],
} as const satisfies Record<string, Row>;

export type SchemaChangeKind = keyof typeof SCHEMA_CHANGE_KINDS;

/** Rules that are not change kinds of the walker: schema presence (output) and the oracle's verdicts. */
const EXTRA_RULES: Array<[id: string, severity: Severity, direction: SchemaDirection, description: string, emittedBy: string]> = [
  ['output-schema-removed', 'breaking', 'output', 'the tool no longer declares an outputSchema: structuredContent readers lose their contract', 'src/diff/schema/index.ts'],
  ['output-schema-added', 'safe', 'output', 'the tool now declares an outputSchema', 'src/diff/schema/index.ts'],
  ['input-schema-narrowed', 'breaking', 'input', 'safety net: the set-theoretic oracle proves some arguments are no longer accepted, but no specific rule named it', `${ORACLE_EMITTER}, src/diff/schema/witness.ts`],
  ['input-schema-widened', 'safe', 'input', 'the set-theoretic oracle proves the input accepts more values and nothing less', ORACLE_EMITTER],
  ['output-schema-widened', 'breaking', 'output', 'safety net: the set-theoretic oracle proves the result can hold values it could not before, but no specific rule named it', `${ORACLE_EMITTER}, src/diff/schema/witness.ts`],
  ['output-schema-narrowed', 'safe', 'output', 'the set-theoretic oracle proves the result holds fewer values and nothing new', ORACLE_EMITTER],
];

export function ruleId(kind: SchemaChangeKind, direction: SchemaDirection): string {
  return `${direction}-${kind}`;
}

/** Default severity of a change kind in a direction (conditional rules raise it at the emitting site). */
export function severityOf(kind: SchemaChangeKind, direction: SchemaDirection): Severity {
  const row: Row = SCHEMA_CHANGE_KINDS[kind];
  const sev = direction === 'input' ? row[0] : row[1];
  if (sev === null) throw new Error(`schema rule ${kind} is not defined for ${direction}`);
  return sev;
}

function buildRules(): RuleDef[] {
  const out: RuleDef[] = [];
  for (const [kind, row] of Object.entries(SCHEMA_CHANGE_KINDS) as Array<[SchemaChangeKind, Row]>) {
    for (const direction of ['input', 'output'] as const) {
      const severity = direction === 'input' ? row[0] : row[1];
      if (severity === null) continue;
      const emittedBy = kind === 'schema-inconclusive' ? `${EMITTER}, ${ORACLE_EMITTER}` : EMITTER;
      out.push({ id: ruleId(kind, direction), severity, direction, subject: 'tool', family: 'change', description: row[2], emittedBy });
    }
  }
  for (const [id, severity, direction, description, emittedBy] of EXTRA_RULES) out.push({ id, severity, direction, subject: 'tool', family: 'change', description, emittedBy });
  return out;
}

/** Every rule id the schema module emits, with its default severity and the file that emits it. */
export const SCHEMA_RULES: RuleDef[] = buildRules();
