// Word-level diff of two texts (LCS over words and whitespace), so reviewers see exactly which words of an instruction changed.

export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Beyond this many token pairs the LCS table is skipped and the whole text is shown as replaced. */
const MAX_TABLE_CELLS = 4_000_000;

/** Splits text into words and the whitespace runs between them, so joining the tokens gives the text back. */
function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Segments that turn `before` into `after`: equal runs, deletions and insertions, adjacent runs merged. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Trim the common prefix and suffix first: descriptions usually change in one place.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length,
    endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const out: DiffSegment[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA),
    midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_TABLE_CELLS) {
    push(out, 'delete', midA.join(''));
    push(out, 'insert', midB.join(''));
  } else {
    const n = midA.length,
      m = midB.length;
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], stored flat.
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] =
          midA[i] === midB[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
    }
    let i = 0,
      j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, 'equal', midA[i]);
        i++;
        j++;
      } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
        push(out, 'delete', midA[i]);
        i++;
      } else {
        push(out, 'insert', midB[j]);
        j++;
      }
    }
    while (i < n) push(out, 'delete', midA[i++]);
    while (j < m) push(out, 'insert', midB[j++]);
  }
  push(out, 'equal', a.slice(endA).join(''));
  return absorbWhitespace(out);
}

/**
 * A whitespace-only equal run between two changes reads better inside the change
 * ("[-a b-]{+c d+}" rather than "[-a-]{+c+} [-b-]{+d+}"); fold such runs into both sides.
 */
function absorbWhitespace(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const prev = out[out.length - 1];
    const next = segments[k + 1];
    if (seg.op === 'equal' && /^\s+$/.test(seg.text) && prev && prev.op !== 'equal' && next && next.op !== 'equal') {
      // Give the whitespace to both the pending delete and insert runs around it.
      const del = findLast(out, 'delete');
      const ins = findLast(out, 'insert');
      if (del) del.text += seg.text;
      else push(out, 'delete', seg.text);
      if (ins) ins.text += seg.text;
      else push(out, 'insert', seg.text);
      continue;
    }
    if (seg.op !== 'equal' && prev && prev.op !== 'equal') {
      const same = findLast(out, seg.op);
      if (same) {
        same.text += seg.text;
        continue;
      }
    }
    out.push({ ...seg });
  }
  return out;
}

/** The last run with this op inside the current block of changes (no equal run after it). */
function findLast(out: DiffSegment[], op: 'insert' | 'delete'): DiffSegment | undefined {
  for (let k = out.length - 1; k >= 0 && out[k].op !== 'equal'; k--) if (out[k].op === op) return out[k];
  return undefined;
}

/** Words of unchanged context kept on each side of a change in the plain rendering. */
const CONTEXT_WORDS = 6;

/**
 * Plain one-line rendering: `… unchanged words [-removed-]{+added+} unchanged …`, long unchanged
 * stretches shortened to a few words of context. Newlines are shown as spaces.
 */
export function renderWordDiff(segments: readonly DiffSegment[]): string {
  const parts: string[] = [];
  segments.forEach((seg, k) => {
    const text = seg.text.replace(/\s+/g, ' ');
    if (seg.op === 'equal') {
      parts.push(shorten(text, k > 0, k < segments.length - 1));
      return;
    }
    // Whitespace at the edges of a change stays outside its markers so words never run together.
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ['', '', text, ''];
    const marked = core ? (seg.op === 'delete' ? `[-${core}-]` : `{+${core}+}`) : '';
    parts.push(lead + marked + trail);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, hasBefore: boolean, hasAfter: boolean): string {
  const words = text.split(' ');
  const lead = text.startsWith(' ') ? ' ' : '';
  const trail = text.endsWith(' ') ? ' ' : '';
  const core = words.filter(Boolean);
  const keepHead = hasBefore ? CONTEXT_WORDS : 0;
  const keepTail = hasAfter ? CONTEXT_WORDS : 0;
  if (core.length <= keepHead + keepTail || (!hasBefore && !hasAfter)) return text;
  const head = core.slice(0, keepHead).join(' ');
  const tail = core.slice(core.length - keepTail).join(' ');
  return lead + [head, '…', tail].filter(Boolean).join(' ') + trail;
}

/** Convenience: the plain rendering of the diff between two texts. */
export function describeWordDiff(before: string, after: string): string {
  return renderWordDiff(wordDiff(before, after));
}

/** Equal up to whitespace (re-wrapped lines, trailing newline, double spaces): such edits change nothing a reader or model sees. */
export function sameWords(before: string, after: string): boolean {
  return before.trim().split(/\s+/).join(' ') === after.trim().split(/\s+/).join(' ');
}

/** Equal once sentence punctuation at the end of words is ignored too ("about content" → "about content."). */
export function samePunctuatedWords(before: string, after: string): boolean {
  const words = (s: string): string =>
    s
      .split(/\s+/)
      .map((w) => w.replace(/[.,;:!?]+$/, ''))
      .filter(Boolean)
      .join(' ');
  return words(before) === words(after);
}

/** A changed text field: see textChange. */
export interface TextChange {
  /** The plain rendering of the word diff. */
  diff: string;
  punctuationOnly: boolean;
  extra: { wordDiff: string; wordDiffSegments: DiffSegment[] };
}

/**
 * The word diff of a changed text field (description, instructions) for a finding: the plain rendering, the
 * segments, and whether only end-of-word punctuation changed (cosmetic); undefined when the words are the same.
 * Non-string values count as empty text.
 */
export function textChange(before: unknown, after: unknown): TextChange | undefined {
  const b = typeof before === 'string' ? before : '';
  const a = typeof after === 'string' ? after : '';
  if (sameWords(b, a)) return undefined;
  const segments = wordDiff(b, a);
  const diff = renderWordDiff(segments);
  return { diff, punctuationOnly: samePunctuatedWords(b, a), extra: { wordDiff: diff, wordDiffSegments: segments } };
}

/** A text change that touches only punctuation at the end of words is cosmetic: info instead of the rule's warning. */
export function cosmeticSeverity(change: { punctuationOnly: boolean }): { severity?: 'info' } {
  return change.punctuationOnly ? { severity: 'info' } : {};
}
