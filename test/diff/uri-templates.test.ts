// URI template matching: the same answers as the anchored `.*?` regex it replaces, and linear time on hostile templates.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { templatePattern } from '../../src/diff/uri-templates.js';

/** The matcher main used: each expression becomes a lazy `.*?`, literals escaped, anchored at both ends. */
function regexOracle(template: string): RegExp {
  const parts = template.split(/\{([^{}]*)\}/);
  return new RegExp(`^${parts.map((p, i) => (i % 2 === 0 ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.*?')).join('')}$`);
}

describe('templatePattern', () => {
  it.each([
    ['file:///{+path}', 'file:///docs/readme.md', true],
    ['file:///{+path}', 'http:///docs', false],
    ['users://{id}/profile', 'users://42/profile', true],
    ['users://{id}/profile', 'users://42/profile/x', false],
    ['users://{id}/profile', 'users:///profile', true],
    ['a{x}a', 'a', false],
    ['a{x}a', 'aa', true],
    ['{a}/{b}', 'x/y/z', true],
    ['{a}-{b}-{c}', 'x-y', false],
    ['static://x', 'static://x', true],
    ['static://x', 'static://xy', false],
    ['{a}{b}{c}Z', 'aaaZ', true],
    ['pre{a}mid{b}post', 'premidpost', true],
    ['pre{a}mid{b}post', 'premipost', false],
    ['ab{x}bc', 'abc', false],
  ])('%s against %s is %s (as the regex says)', (template, uri, expected) => {
    expect(templatePattern(template).test(uri)).toBe(expected);
    expect(regexOracle(template).test(uri)).toBe(expected);
  });

  it('agrees with the regex on every short template and uri over a small alphabet', () => {
    const rand = (n: number) => Math.floor(Math.random() * n);
    for (let i = 0; i < 3000; i++) {
      const template = Array.from({ length: 1 + rand(6) }, () => ['a', 'b', 'ab', '{x}', '{y}'][rand(5)]).join('');
      const uri = Array.from({ length: rand(8) }, () => 'ab'[rand(2)]).join('');
      expect(templatePattern(template).test(uri), `${template} ~ ${uri}`).toBe(regexOracle(template).test(uri));
    }
  });

  it('a dozen adjacent expressions against a long non-matching uri answers at once', () => {
    const template = '{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}Z';
    const uri = 'x'.repeat(5000);
    const started = Date.now();
    expect(templatePattern(template).test(uri)).toBe(false);
    expect(templatePattern(template).test(uri + 'Z')).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('diffCatalogs with the hostile template and a removed long uri finishes in well under a second', async () => {
    const catalog = (resources: Catalog['resources'], resourceTemplates: Catalog['resourceTemplates']): Catalog => ({
      server: { name: 'demo', version: '1.0.0' },
      protocolVersion: '2025-06-18',
      capabilities: { resources: {} },
      tools: [],
      prompts: [],
      resources,
      resourceTemplates,
    });
    const uri = `mem://${'x'.repeat(200)}`;
    const started = Date.now();
    const findings = await diffCatalogs(
      catalog([{ uri, name: 'blob' }], []),
      catalog([], [{ uriTemplate: '{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}Z', name: 'hostile' }]),
      { oracle: false },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(findings.find((f) => f.rule === 'resource-removed')).toMatchObject({ severity: 'breaking', subject: uri });
  });
});
