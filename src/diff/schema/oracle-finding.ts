// Turns an oracle verdict into the finding the walker could not give (narrowed input, widened output, or inconclusive).
import { defineRules } from '../../findings/rule-kit.js';
import { SCHEMA_INCONCLUSIVE, type SchemaChange } from './walker.js';
import { directed, type SchemaDirection } from './rules.js';

export type OracleOutcome = 'narrowed' | 'widened' | 'both' | 'equal' | 'inconclusive';

/** The oracle's verdicts on the set of valid values (schema-inconclusive is the walker's rule, emitted here too). */
export const ORACLE_RULES = defineRules('change', 'src/diff/schema/oracle-finding.ts', 'tool', {
  'input-schema-narrowed': ['breaking', 'safety net: the set-theoretic oracle proves some arguments are no longer accepted, but no specific rule named it', 'input'],
  'input-schema-widened': ['safe', 'the set-theoretic oracle proves the input accepts more values and nothing less', 'input'],
  'output-schema-widened': ['breaking', 'safety net: the set-theoretic oracle proves the result can hold values it could not before, but no specific rule named it', 'output'],
  'output-schema-narrowed': ['safe', 'the set-theoretic oracle proves the result holds fewer values and nothing new', 'output'],
});

/**
 * The finding for an oracle verdict on a pair the walker left undecided. `narrowed`/`widened` describe the set of
 * valid values. When the walker already reported a breaking change, a breaking verdict adds nothing.
 */
export function oracleFinding(outcome: OracleOutcome, direction: SchemaDirection, hadBreakingChange: boolean, reason?: string): SchemaChange | undefined {
  const root = direction === 'input' ? 'the input schema' : 'the output schema';
  if (outcome === 'equal') return undefined;
  if (outcome === 'inconclusive') {
    const [rule, severity] = directed(SCHEMA_INCONCLUSIVE, direction);
    return {
      rule,
      severity,
      path: '',
      message: `${root} changed in a way mcp-contract could not decide${reason ? ` (${reason})` : ''}; review it by hand`,
      ...(reason ? { extra: { reason } } : {}),
    };
  }
  const breakingSide = direction === 'input' ? 'narrowed' : 'widened';
  if (outcome === breakingSide || outcome === 'both') {
    if (hadBreakingChange) return undefined;
    const { id, severity } = direction === 'input' ? ORACLE_RULES['input-schema-narrowed'] : ORACLE_RULES['output-schema-widened'];
    return direction === 'input'
      ? { rule: id, severity, path: '', message: `${root} now rejects some arguments it accepted before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)` }
      : { rule: id, severity, path: '', message: `${root} now allows results it did not allow before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)` };
  }
  const { id, severity } = direction === 'input' ? ORACLE_RULES['input-schema-widened'] : ORACLE_RULES['output-schema-narrowed'];
  return direction === 'input'
    ? { rule: id, severity, path: '', message: `${root} accepts more arguments than before and rejects none it accepted` }
    : { rule: id, severity, path: '', message: `${root} allows fewer results than before and none it did not allow` };
}
