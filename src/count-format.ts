// Writes a count with comma thousands separators ("12,345"), as toLocaleString('en-US') does, without loading ICU's number formatting.

/**
 * `n` as toLocaleString('en-US') writes an integer: a minus sign and groups of three digits. The first
 * toLocaleString call of a process builds ICU's number formatter, about 20 ms on the CLI's start-up path; counts here
 * are integers, and anything else is left to toLocaleString.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return (n < 0 ? '-' : '') + out;
}
