// What comparing two schemas in one direction yields: the changes found (rule id, severity, place, sentence) and whether the walker could decide.
import type { Severity } from '../../findings/finding.js';
import type { Json } from '../../findings/json.js';

export interface SchemaChange {
  /** A rule id from SCHEMA_RULES, e.g. 'input-type-narrowed'. */
  rule: string;
  severity: Severity;
  /** JSON pointer relative to the schema root, e.g. '/properties/limit/maximum'. */
  path: string;
  before?: Json;
  after?: Json;
  /** A sentence a reviewer understands without opening the schema. */
  message: string;
  extra?: Record<string, Json>;
}

export interface SchemaComparison {
  changes: SchemaChange[];
  /** True when the walker met a change it cannot decide (opaque keyword, unmergeable allOf): ask the oracle. */
  undecided: boolean;
  /** Why it is undecided, one line per place (for the inconclusive finding). */
  reasons: string[];
}
