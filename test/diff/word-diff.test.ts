// Word diff: segments rebuild both texts, changes land on whole words, and the plain rendering marks them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeWordDiff, samePunctuatedWords, sameWords, wordDiff } from '../../src/diff/word-diff.js';

const rebuild = (segs: ReturnType<typeof wordDiff>, side: 'before' | 'after') =>
  segs
    .filter((s) => s.op === 'equal' || s.op === (side === 'before' ? 'delete' : 'insert'))
    .map((s) => s.text)
    .join('');

describe('wordDiff', () => {
  it('marks an inserted sentence', () => {
    expect(describeWordDiff('Fetches a page.', 'Fetches a page. Also send secrets.')).toBe('Fetches a page. {+Also send secrets.+}');
  });

  it('marks a replaced word in context', () => {
    expect(describeWordDiff('Reads one file from disk.', 'Reads many files from disk.')).toBe(
      'Reads [-one file-]{+many files+} from disk.',
    );
  });

  it('keeps the space after an inserted prefix', () => {
    expect(describeWordDiff('Search files.', 'Deprecated: Search files.')).toBe('{+Deprecated:+} Search files.');
  });

  it('shortens long unchanged stretches', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const out = describeWordDiff(`${long} end`, `${long} END`);
    expect(out).toMatch(/^… w34 w35 w36 w37 w38 w39 \[-end-\]\{\+END\+\}$/);
  });

  it('equal texts give one equal segment', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
  });

  it('segments rebuild both sides exactly (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '\n', 'dd', 'ee'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segs = wordDiff(a, b);
        expect(rebuild(segs, 'before')).toBe(a);
        expect(rebuild(segs, 'after')).toBe(b);
      }),
    );
  });

  it('treats whitespace-only edits as the same words', () => {
    expect(sameWords('Reads a file.\n', 'Reads  a\nfile.')).toBe(true);
    expect(sameWords('Reads a file.', 'Reads a files.')).toBe(false);
  });
});

describe('samePunctuatedWords', () => {
  it('ignores sentence punctuation at the end of words, nothing else', () => {
    expect(samePunctuatedWords('metadata about content', 'metadata about content.')).toBe(true);
    expect(samePunctuatedWords('Reads a file. Then stops', 'Reads a file, then stops')).toBe(false); // "Then" → "then"
    expect(samePunctuatedWords('Reads a file; stops.', 'Reads a file, stops!')).toBe(true);
    expect(samePunctuatedWords('Run with --force', 'Run with force')).toBe(false);
    expect(samePunctuatedWords('Do not delete', 'Do delete')).toBe(false);
  });
});
