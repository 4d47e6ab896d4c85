// Public face of the schema diff: the directional walker, the set-theoretic oracle and the rules they emit.
import type { Json } from '../../findings/json.js';
import { isObject } from '../../findings/json.js';
import type { RuleDef } from '../../findings/finding.js';
import { defineRules } from '../../findings/rule-kit.js';
import { schemaMessage } from './messages.js';
import { GENERATOR_TOGGLE_RULES } from './generator-toggles.js';
import { ORACLE_RULES } from './oracle-finding.js';
import { directedRuleDefs, type SchemaDirection } from './rules.js';
import type { SchemaChange, SchemaComparison } from './comparison.js';
import { SCHEMA_INCONCLUSIVE, walkSchemas, WALKER_RULES } from './walker.js';

export type { SchemaDirection } from './rules.js';
export type { SchemaChange, SchemaComparison } from './comparison.js';
export { SchemaOracle, type OracleOutcome, type OracleResult } from './oracle.js';
export { oracleFinding } from './oracle-finding.js';

/** Whether a tool declares an outputSchema at all (an absent input schema is `{type: "object"}`, never a change). */
export const OUTPUT_SCHEMA_RULES = defineRules('change', 'src/diff/schema/index.ts', 'tool', {
  'output-schema-removed': [
    'breaking',
    'the tool no longer declares an outputSchema: structuredContent readers lose their contract',
    'output',
  ],
  'output-schema-added': ['safe', 'the tool now declares an outputSchema', 'output'],
});

/** Every rule id the schema module emits, with its default severity and the file that emits it. */
export const SCHEMA_RULES: RuleDef[] = [
  ...directedRuleDefs(WALKER_RULES, 'src/diff/schema/walker.ts'),
  ...directedRuleDefs({ inconclusive: SCHEMA_INCONCLUSIVE }, 'src/diff/schema/walker.ts, src/diff/schema/oracle-finding.ts'),
  ...Object.values(OUTPUT_SCHEMA_RULES),
  ...Object.values(ORACLE_RULES),
  ...Object.values(GENERATOR_TOGGLE_RULES),
];

/** What a tool without inputSchema accepts, per the MCP spec. */
const IMPLICIT_INPUT: Json = { type: 'object' };

/**
 * Synchronous structural walk of two schemas in one direction. `undecided` is true when the walker met a change it
 * cannot decide (the oracle should look); `reasons` says where. An absent input schema means `{type: "object"}`;
 * an absent output schema on one side is `output-schema-added` / `output-schema-removed`.
 */
export function compareSchemas(before: Json | undefined, after: Json | undefined, direction: SchemaDirection): SchemaComparison {
  if (direction === 'output' && (before === undefined || after === undefined)) {
    if (before === undefined && after === undefined) return { changes: [], undecided: false, reasons: [] };
    const rule = after === undefined ? 'output-schema-removed' : 'output-schema-added';
    const change: SchemaChange = {
      rule,
      severity: OUTPUT_SCHEMA_RULES[rule].severity,
      path: '',
      ...(after === undefined ? { before } : { after }),
      message: schemaMessage(rule),
    };
    return { changes: [change], undecided: false, reasons: [] };
  }
  return walkSchemas(asObjectRoot(before ?? IMPLICIT_INPUT), asObjectRoot(after ?? IMPLICIT_INPUT), direction);
}

/**
 * Tool arguments and structuredContent are always JSON objects (MCP spec), so a root schema that omits `type` means
 * an object: adding `type: "object"` there is no change.
 */
function asObjectRoot(schema: Json): Json {
  if (!isObject(schema) || schema.type !== undefined) return schema;
  if (['$ref', 'anyOf', 'oneOf', 'allOf', 'enum', 'const', 'not'].some((k) => k in schema)) return schema;
  return { ...schema, type: 'object' };
}
