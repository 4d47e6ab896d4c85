// Edge cases of the catalog rules that a fixture per rule does not pin down: task-support matrix, hint defaults, RFC 6570 variables, capability walk.
import { describe, expect, it } from 'vitest';
import type { Catalog, Json, ToolDef } from '../../src/catalog/types.js';
import { compareAnnotations } from '../../src/diff/annotations.js';
import { diffServer, templateVariables } from '../../src/diff/catalog-diff.js';
import { compareToolPair } from '../../src/diff/tools.js';

const tool = (more: Record<string, Json> = {}): ToolDef => ({ name: 't', description: 'x', inputSchema: { type: 'object' }, ...more }) as ToolDef;
const rules = (fs: { rule: string; severity: string; path: string }[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.path}`);

describe('tool-task-support-changed', () => {
  // Modes: forbidden (or absent) = plain call only; optional = call or task; required = task only.
  it.each([
    [undefined, 'optional', 'safe'],
    [undefined, 'required', 'breaking'],
    ['forbidden', 'optional', 'safe'],
    ['forbidden', 'required', 'breaking'],
    ['optional', 'forbidden', 'breaking'],
    ['optional', 'required', 'breaking'],
    ['required', 'optional', 'safe'],
    ['required', 'forbidden', 'breaking'],
  ])('%s → %s is %s', (before, after, severity) => {
    const b = tool(before ? { execution: { taskSupport: before } } : {});
    const h = tool({ execution: { taskSupport: after } });
    expect(rules(compareToolPair('t', b, h).findings)).toEqual([`${severity} tool-task-support-changed /execution/taskSupport`]);
  });

  it('treats an explicit "forbidden" as the default', () => {
    expect(compareToolPair('t', tool(), tool({ execution: { taskSupport: 'forbidden' } })).findings).toEqual([]);
  });
});

describe('annotations by effective value', () => {
  const ann = (a: Record<string, Json>) => tool({ annotations: a });

  it('reports losing read-only once, even when the tool also becomes destructive by default', () => {
    const fs = compareAnnotations('t', ann({ readOnlyHint: true }), ann({}));
    expect(rules(fs)).toEqual(['breaking annotation-read-only-removed /annotations/readOnlyHint']);
    expect(fs[0].message).toContain('destructive');
    expect(fs[0]).toMatchObject({ before: true, after: null });
  });

  it('ignores hints that are not booleans (the default applies)', () => {
    expect(compareAnnotations('t', ann({}), ann({ destructiveHint: 'no' as Json, openWorldHint: null }))).toEqual([]);
  });

  it('ignores destructive and idempotent on read-only tools, and sees several changes at once', () => {
    expect(compareAnnotations('t', ann({ readOnlyHint: true, destructiveHint: false }), ann({ readOnlyHint: true, destructiveHint: true }))).toEqual([]);
    expect(rules(compareAnnotations('t', ann({ destructiveHint: false, idempotentHint: true, openWorldHint: false }), ann({})))).toEqual([
      'breaking annotation-destructive-added /annotations/destructiveHint',
      'warning annotation-idempotent-removed /annotations/idempotentHint',
      'warning annotation-open-world-added /annotations/openWorldHint',
    ]);
  });
});

describe('templateVariables (RFC 6570)', () => {
  it.each([
    ['file:///{path}', ['path']],
    ['file:///{+path}', ['path']],
    ['repo://{owner}/{repo}{?ref,depth}', ['owner', 'repo', 'ref', 'depth']],
    ['x://{/segments*}{#frag}', ['segments', 'frag']],
    ['x://{name:3}{;params*}{&more}', ['name', 'params', 'more']],
    ['static://no-variables', []],
  ])('%s → %j', (template, vars) => expect(templateVariables(template)).toEqual(vars));
});

describe('server capabilities', () => {
  const cat = (capabilities: Record<string, Json>): Catalog => ({ server: { name: 's' }, protocolVersion: '2025-06-18', capabilities, tools: [], prompts: [], resources: [], resourceTemplates: [] }) as Catalog;

  it('reports only the outermost capability that went away, and a flag set to false as gone', () => {
    expect(rules(diffServer(cat({ tools: { listChanged: true }, resources: { subscribe: true } }), cat({ resources: { subscribe: false } }))).sort()).toEqual([
      'breaking server-capability-removed /capabilities/resources/subscribe',
      'breaking server-capability-removed /capabilities/tools',
    ]);
  });

  it('walks experimental capabilities and escapes pointer tokens', () => {
    expect(rules(diffServer(cat({ experimental: { 'acme/streaming': {} } }), cat({ experimental: {} })))).toEqual([
      'breaking server-capability-removed /capabilities/experimental/acme~1streaming',
    ]);
  });

  it('sees no change when only the key order differs', () => {
    expect(diffServer(cat({ tools: { listChanged: true }, logging: {} }), cat({ logging: {}, tools: { listChanged: true } }))).toEqual([]);
  });
});
