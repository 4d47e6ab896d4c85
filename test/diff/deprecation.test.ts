// Deprecation markers: description prefixes and _meta keys, sunset dates, and when a sunset has passed.
import { describe, expect, it } from 'vitest';
import { deprecationOf, sunsetPassed } from '../../src/catalog/deprecation.js';

describe('deprecationOf', () => {
  it.each([
    [
      { name: 't', description: 'Deprecated: use t2.' },
      { deprecated: true, marker: '/description' },
    ],
    [
      { name: 't', description: '[DEPRECATED] use t2' },
      { deprecated: true, marker: '/description' },
    ],
    [
      { name: 't', description: 'deprecated, removal on 2027-03-01' },
      { deprecated: true, sunset: '2027-03-01', marker: '/description' },
    ],
    [
      { name: 't', _meta: { deprecated: true } },
      { deprecated: true, marker: '/_meta/deprecated' },
    ],
    [
      { name: 't', _meta: { deprecated: { sunset: '2026-01-01', replacement: 't2' } } },
      { deprecated: true, sunset: '2026-01-01', marker: '/_meta/deprecated' },
    ],
    [
      { name: 't', _meta: { deprecation: { removalDate: '2026-02-01' } } },
      { deprecated: true, sunset: '2026-02-01', marker: '/_meta/deprecation' },
    ],
    [
      { name: 't', _meta: { 'io.acme/deprecated': '2026-05-05' } },
      { deprecated: true, sunset: '2026-05-05', marker: '/_meta/io.acme~1deprecated' },
    ],
  ])('%j is deprecated', (tool, expected) => expect(deprecationOf(tool)).toEqual(expected));

  it.each([
    [{ name: 't', description: 'Lists deprecated APIs in a project.' }],
    [{ name: 't', description: 'Not deprecated.' }],
    [{ name: 't', _meta: { deprecated: false } }],
    [{ name: 't', _meta: { deprecated: { deprecated: false } } }],
  ])('%j is not deprecated', (tool) => expect(deprecationOf(tool).deprecated).toBe(false));

  it('counts the whole sunset day as before the sunset', () => {
    const dep = { deprecated: true, sunset: '2026-03-01' };
    expect(sunsetPassed(dep, new Date('2026-03-01T23:00:00Z'))).toBe(false);
    expect(sunsetPassed(dep, new Date('2026-03-02T00:00:01Z'))).toBe(true);
    expect(sunsetPassed({ deprecated: true }, new Date('2999-01-01'))).toBe(false);
  });
});

describe('deprecation markers seen in published servers', () => {
  it('finds "DEPRECATED:" inside a description and "(Deprecated)" in a title', () => {
    // filesystem-2026.8.31 read_file: "Read the complete contents of a file as text. DEPRECATED: Use read_text_file instead."
    expect(
      deprecationOf({
        name: 'read_file',
        description: 'Read the complete contents of a file as text. DEPRECATED: Use read_text_file instead.',
      }).deprecated,
    ).toBe(true);
    expect(deprecationOf({ name: 'read_file', title: 'Read File (Deprecated)', description: 'Reads a file.' })).toEqual({
      deprecated: true,
      marker: '/title',
    });
    expect(deprecationOf({ name: 'lint', title: 'Find deprecated calls', description: 'Lists deprecated APIs.' }).deprecated).toBe(false);
  });
});
