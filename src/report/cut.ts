// Cuts rendered Markdown to a size (characters or UTF-8 bytes) at a line end, closing an open code fence or <details>, then a pointer line.

/** How a size is counted: JavaScript characters (GitHub's comment and check-run limits) or UTF-8 bytes (the job summary). */
export type SizeUnit = 'chars' | 'bytes';

export function sizeOf(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** What an unfinished block at the end of `text` needs to be closed: a fence, then the open <details>. */
function closers(text: string): string {
  let out = '';
  const fences = text.match(/^\s*`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) out += `\n${fences[fences.length - 1]!.trim()}`;
  const open = (text.match(/<details[\s>]/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) out += '\n</details>';
  return out;
}

/** The longest prefix of `text` (in whole code points) whose size is at most `max`. */
function prefixWithin(text: string, max: number, unit: SizeUnit): string {
  if (max <= 0) return '';
  let lo = 0;
  let hi = Math.min(text.length, max);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sizeOf(text.slice(0, mid), unit) <= max) lo = mid;
    else hi = mid - 1;
  }
  // Never end between the two halves of a surrogate pair.
  const last = text.charCodeAt(lo - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, lo - 1) : text.slice(0, lo);
}

/**
 * `text` when it fits in `max`; otherwise its longest run of whole lines (after `keep`, which is never cut), an open
 * fence or <details> closed, and `tail` (trusted Markdown: where the rest is). The result always fits in `max`.
 */
export function cutMarkdown(text: string, max: number, tail: string, opts: { unit?: SizeUnit; keep?: number } = {}): string {
  const unit = opts.unit ?? 'chars';
  if (sizeOf(text, unit) <= max) return text;
  // Room for the closers of whatever is cut: a fence of up to 20 backticks and a few </details>.
  const reserve = sizeOf(tail, unit) + 80;
  let cut = prefixWithin(text, max - reserve, unit);
  const nl = cut.lastIndexOf('\n');
  if (nl > (opts.keep ?? 0)) cut = cut.slice(0, nl);
  const out = cut + closers(cut) + tail;
  return sizeOf(out, unit) <= max ? out : prefixWithin(tail, max, unit);
}
