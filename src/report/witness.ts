// The one line a schema finding's witness adds under it in the Markdown and terminal reports: the instance, or why there is none.
import { stableJson } from '../catalog/canonical.js';
import type { Finding } from '../findings/finding.js';

/** Longest witness shown (in characters of its JSON); the JSON report keeps the whole instance. */
export const WITNESS_SHOWN = 200;

/**
 * The sentence for a finding's `extra.witness` / `extra.witnessNote`, or undefined when it has neither. `code` renders
 * the instance's JSON (catalog text: the caller escapes it and cuts it at WITNESS_SHOWN), `text` the note (which can
 * quote catalog text too, e.g. a $ref in ajv's reason).
 */
export function witnessSentence(f: Finding, code: (json: string) => string, text: (note: string) => string): string | undefined {
  const extra = f.extra;
  if (!extra) return undefined;
  if (extra.witness !== undefined) {
    const instance = code(stableJson(extra.witness));
    return f.rule.startsWith('output-')
      ? `the server may now return ${instance}, which the old schema rejected`
      : `this call was valid and is now rejected: ${instance}`;
  }
  if (typeof extra.witnessNote === 'string') return `no witness found within the search budget (${text(extra.witnessNote)})`;
  return undefined;
}
