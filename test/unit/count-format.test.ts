import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/count-format.js';

describe('formatCount', () => {
  it('writes every integer exactly as toLocaleString("en-US") does', () => {
    const samples = [
      0,
      1,
      -1,
      12,
      999,
      1000,
      -1000,
      12_345,
      999_999,
      1_000_000,
      -7_654_321,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    ];
    for (let n = 1; n < 1e15; n = n * 7 + 3) samples.push(n, -n);
    for (const n of samples) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves a fraction or a non-finite number to toLocaleString', () => {
    for (const n of [1234.5678, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
