// Turns an oracle verdict into the finding the walker could not give (narrowed input, widened output, or inconclusive).
import { defineRules } from '../../findings/rule-kit.js';
import type { SchemaChange } from './comparison.js';
import { SCHEMA_INCONCLUSIVE } from './walker.js';
import { schemaMessage } from './messages.js';
import { directed, type SchemaDirection } from './rules.js';

export type OracleOutcome = 'narrowed' | 'widened' | 'both' | 'equal' | 'inconclusive';

/** The oracle's verdicts on the set of valid values (schema-inconclusive is the walker's rule, emitted here too). */
export const ORACLE_RULES = {
  // The two safety nets are also emitted by the witness search (witness.ts): a counterexample the walker did not name.
  ...defineRules('change', 'src/diff/schema/oracle-finding.ts, src/diff/schema/witness.ts', 'tool', {
    'input-schema-narrowed': [
      'breaking',
      'safety net: the set-theoretic oracle proves, or the witness search finds a call that shows, that some arguments are no longer accepted, but no specific rule named it',
      'input',
    ],
    'output-schema-widened': [
      'breaking',
      'safety net: the set-theoretic oracle proves, or the witness search finds a value that shows, that the result can hold values it could not before, but no specific rule named it',
      'output',
    ],
  }),
  ...defineRules('change', 'src/diff/schema/oracle-finding.ts', 'tool', {
    'input-schema-widened': ['safe', 'the set-theoretic oracle proves the input accepts more values and nothing less', 'input'],
    'output-schema-narrowed': ['safe', 'the set-theoretic oracle proves the result holds fewer values and nothing new', 'output'],
  }),
};

/**
 * The finding for an oracle verdict on a pair the walker left undecided. `narrowed`/`widened` describe the set of
 * valid values. When the walker already reported a breaking change, a breaking verdict adds nothing.
 */
export function oracleFinding(
  outcome: OracleOutcome,
  direction: SchemaDirection,
  hadBreakingChange: boolean,
  reason?: string,
): SchemaChange | undefined {
  if (outcome === 'equal') return undefined;
  if (outcome === 'inconclusive') {
    const rule = direction === 'input' ? 'input-schema-inconclusive' : 'output-schema-inconclusive';
    return {
      rule,
      severity: directed(SCHEMA_INCONCLUSIVE, direction)[1],
      path: '',
      message: schemaMessage(rule, { cause: 'undecided', reason }),
      ...(reason ? { extra: { reason } } : {}),
    };
  }
  const breakingSide = direction === 'input' ? 'narrowed' : 'widened';
  if (outcome === breakingSide || outcome === 'both') {
    if (hadBreakingChange) return undefined;
    const rule = direction === 'input' ? 'input-schema-narrowed' : 'output-schema-widened';
    return { rule, severity: ORACLE_RULES[rule].severity, path: '', message: schemaMessage(rule) };
  }
  const rule = direction === 'input' ? 'input-schema-widened' : 'output-schema-narrowed';
  return { rule, severity: ORACLE_RULES[rule].severity, path: '', message: schemaMessage(rule) };
}
