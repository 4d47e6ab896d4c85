// Turns an oracle verdict into the finding the walker could not give (narrowed input, widened output, or inconclusive).
import type { SchemaChange } from './walker.js';
import type { SchemaDirection } from './rules.js';

export type OracleOutcome = 'narrowed' | 'widened' | 'both' | 'equal' | 'inconclusive';

/**
 * The finding for an oracle verdict on a pair the walker left undecided. `narrowed`/`widened` describe the set of
 * valid values. When the walker already reported a breaking change, a breaking verdict adds nothing.
 */
export function oracleFinding(outcome: OracleOutcome, direction: SchemaDirection, hadBreakingChange: boolean, reason?: string): SchemaChange | undefined {
  const root = direction === 'input' ? 'the input schema' : 'the output schema';
  if (outcome === 'equal') return undefined;
  if (outcome === 'inconclusive') {
    return {
      rule: `${direction}-schema-inconclusive`,
      severity: 'warning',
      path: '',
      message: `${root} changed in a way mcp-contract could not decide${reason ? ` (${reason})` : ''}; review it by hand`,
      ...(reason ? { extra: { reason } } : {}),
    };
  }
  const breakingSide = direction === 'input' ? 'narrowed' : 'widened';
  if (outcome === breakingSide || outcome === 'both') {
    if (hadBreakingChange) return undefined;
    return direction === 'input'
      ? { rule: 'input-schema-narrowed', severity: 'breaking', path: '', message: `${root} now rejects some arguments it accepted before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)` }
      : { rule: 'output-schema-widened', severity: 'breaking', path: '', message: `${root} now allows results it did not allow before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)` };
  }
  return direction === 'input'
    ? { rule: 'input-schema-widened', severity: 'safe', path: '', message: `${root} accepts more arguments than before and rejects none it accepted` }
    : { rule: 'output-schema-narrowed', severity: 'safe', path: '', message: `${root} allows fewer results than before and none it did not allow` };
}
