// compareLists: the one keyed walk every catalog subject uses (removed, added, mutual; duplicates; callback order).
import { describe, expect, it } from 'vitest';
import { compareLists } from '../../src/diff/compare-lists.js';

interface Item {
  name: string;
  v: number;
}
const item = (name: string, v = 0): Item => ({ name, v });

/** Every callback as one event line, in call order. */
function walk(before: Item[], after: Item[]): string[] {
  const events: string[] = [];
  compareLists(before, after, (i) => i.name, {
    onRemoved: (b) => events.push(`removed ${b.name}:${b.v}`),
    onAdded: (a) => events.push(`added ${a.name}:${a.v}`),
    onMutual: (b, a) => events.push(`mutual ${b.name}:${b.v}→${a.v}`),
  });
  return events;
}

describe('compareLists', () => {
  it('reports removed, added and mutual entries by key', () => {
    expect(walk([item('a', 1), item('b')], [item('a', 2), item('c')])).toEqual(['removed b:0', 'mutual a:1→2', 'added c:0']);
  });

  it('calls onRemoved first, in old-list order, then onMutual and onAdded in new-list order', () => {
    const before = [item('z'), item('keep1', 1), item('y'), item('keep2', 1)];
    const after = [item('new2'), item('keep2', 2), item('new1'), item('keep1', 2)];
    expect(walk(before, after)).toEqual([
      'removed z:0',
      'removed y:0',
      'added new2:0',
      'mutual keep2:1→2',
      'added new1:0',
      'mutual keep1:1→2',
    ]);
  });

  it('counts a key listed twice once, by its first entry, on either side', () => {
    expect(
      walk([item('a', 1), item('a', 2), item('gone', 1), item('gone', 2)], [item('a', 3), item('a', 4), item('new', 1), item('new', 2)]),
    ).toEqual(['removed gone:1', 'mutual a:1→3', 'added new:1']);
  });

  it('handles empty lists and lets every callback be left out', () => {
    expect(walk([], [])).toEqual([]);
    expect(walk([item('a')], [])).toEqual(['removed a:0']);
    expect(walk([], [item('a')])).toEqual(['added a:0']);
    const mutual: string[] = [];
    compareLists([item('a'), item('b')], [item('b'), item('c')], (i) => i.name, { onMutual: (b) => mutual.push(b.name) });
    expect(mutual).toEqual(['b']);
  });

  it('keys by the function given, not by object identity', () => {
    const seen: Array<[string, string]> = [];
    compareLists([{ uri: 'file:///A' }], [{ uri: 'file:///a' }], (r) => r.uri.toLowerCase(), {
      onMutual: (b, a) => seen.push([b.uri, a.uri]),
    });
    expect(seen).toEqual([['file:///A', 'file:///a']]);
  });
});
