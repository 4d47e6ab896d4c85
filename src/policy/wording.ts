// Shared wording for verdicts and reports: counts of findings in words ("2 breaking changes and 1 warning").
import type { Finding, Severity } from '../findings/finding.js';
import { SEVERITIES } from '../findings/finding.js';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { breaking: 0, warning: 0, safe: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 breaking changes, 1 warning and 1 safe change" (most severe first), or "no changes". */
export function describeCounts(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) =>
    s === 'breaking' || s === 'safe' ? plural(counts[s], `${s} change`) : plural(counts[s], s),
  );
  if (parts.length === 0) return 'no changes';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
