// Matches findings against the policy's waivers and tells live waivers from expired ones.
import type { Finding } from '../findings/finding.js';
import type { Waiver } from '../config/types.js';

/**
 * A waiver matches a finding when its rule id is equal and its tool is "*" or names the finding's subject;
 * for a rename (or dual registration) either name counts, so `tool: "old_name"` works as people write it.
 */
export function waiverMatches(waiver: Waiver, finding: Finding): boolean {
  if (waiver.rule !== finding.rule) return false;
  if (waiver.tool === '*' || waiver.tool === finding.subject) return true;
  const { from, to } = finding.extra ?? {};
  return waiver.tool === from || waiver.tool === to;
}

/**
 * Whether a waiver has expired at `now`. `expires` is a day (YYYY-MM-DD, UTC): the waiver still holds on
 * that day and stops at the next midnight UTC. A waiver without `expires` never expires. An unreadable
 * date counts as expired (fail closed); the config schema rejects it earlier.
 */
export function waiverExpired(waiver: Waiver, now: Date): boolean {
  if (!waiver.expires) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(waiver.expires);
  if (!m) return true;
  const endOfDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
  return Number.isNaN(endOfDay) || now.getTime() >= endOfDay;
}

/** The first live waiver covering the finding, and the first expired one that would have. */
export function findWaivers(waivers: readonly Waiver[], finding: Finding, now: Date): { live?: Waiver; expired?: Waiver } {
  const matching = waivers.filter((w) => waiverMatches(w, finding));
  return {
    live: matching.find((w) => !waiverExpired(w, now)),
    expired: matching.find((w) => waiverExpired(w, now)),
  };
}
