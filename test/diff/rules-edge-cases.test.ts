// Edge cases of the catalog rules that a fixture per rule does not pin down: task-support matrix, hint defaults, RFC 6570 variables, capability walk.
import { describe, expect, it } from 'vitest';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import type { Json } from '../../src/findings/json.js';
import { compareAnnotations } from '../../src/diff/annotations.js';
import { diffPrompts } from '../../src/diff/prompts.js';
import { diffResourceTemplates } from '../../src/diff/resource-templates.js';
import { diffResources } from '../../src/diff/resources.js';
import { diffServer } from '../../src/diff/server.js';
import { templateVariables } from '../../src/diff/uri-templates.js';
import { compareToolPair } from '../../src/diff/tools.js';

const tool = (more: Record<string, Json> = {}): ToolDef =>
  ({ name: 't', description: 'x', inputSchema: { type: 'object' }, ...more }) as ToolDef;
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
    // before/after are effective values: an absent readOnlyHint is false.
    expect(fs[0]).toMatchObject({ before: true, after: false });
  });

  it('ignores hints that are not booleans (the default applies)', () => {
    expect(compareAnnotations('t', ann({}), ann({ destructiveHint: 'no' as Json, openWorldHint: null }))).toEqual([]);
  });

  it('ignores destructive and idempotent on read-only tools, and sees several changes at once', () => {
    expect(
      compareAnnotations('t', ann({ readOnlyHint: true, destructiveHint: false }), ann({ readOnlyHint: true, destructiveHint: true })),
    ).toEqual([]);
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
  const cat = (capabilities: Record<string, Json>): Catalog =>
    ({
      server: { name: 's' },
      protocolVersion: '2025-06-18',
      capabilities,
      tools: [],
      prompts: [],
      resources: [],
      resourceTemplates: [],
    }) as Catalog;

  it('reports only the outermost capability that went away, and a flag set to false as gone', () => {
    expect(
      rules(
        diffServer(cat({ tools: { listChanged: true }, resources: { subscribe: true } }), cat({ resources: { subscribe: false } })),
      ).sort(),
    ).toEqual([
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

describe('no change to a tool definition goes unseen', () => {
  // One change per field of a tool definition: each must give at least one finding at that field (or inside it).
  it.each<[string, Record<string, Json>, Record<string, Json>, string]>([
    ['title', { title: 'A' }, { title: 'B' }, '/title'],
    ['annotations.title', { annotations: { title: 'A' } }, { annotations: { title: 'B' } }, '/annotations/title'],
    [
      'annotations.title behind title',
      { title: 'T', annotations: { title: 'A' } },
      { title: 'T', annotations: { title: 'B' } },
      '/annotations/title',
    ],
    ['description', { description: 'Reads.' }, { description: 'Writes.' }, '/description'],
    [
      'inputSchema',
      { inputSchema: { type: 'object' } },
      { inputSchema: { type: 'object', properties: { q: { type: 'string' } } } },
      '/inputSchema',
    ],
    ['outputSchema', { outputSchema: { type: 'object' } }, {}, '/outputSchema'],
    ['annotations hint', { annotations: { readOnlyHint: true } }, {}, '/annotations/readOnlyHint'],
    ['annotations unknown key', { annotations: { cost: 1 } }, { annotations: { cost: 2 } }, '/annotations/cost'],
    ['icons', { icons: [{ src: 'a.png' }] }, { icons: [{ src: 'b.png' }] }, '/icons'],
    ['execution.taskSupport', {}, { execution: { taskSupport: 'optional' } }, '/execution/taskSupport'],
    ['execution unknown key', { execution: { ttl: 1 } }, { execution: { ttl: 2 } }, '/execution/ttl'],
    ['_meta key', { _meta: { 'ui/resourceUri': 'ui://a' } }, { _meta: { 'ui/resourceUri': 'ui://b' } }, '/_meta/ui~1resourceUri'],
    [
      '_meta deprecation sunset',
      { _meta: { deprecated: { sunset: '2027-01-01' } } },
      { _meta: { deprecated: { sunset: '2027-06-01' } } },
      '/_meta/deprecated',
    ],
    ['_meta not an object', { _meta: 'a' }, { _meta: 'b' }, '/_meta'],
    ['unknown top-level field', { 'x-vendor': 1 }, { 'x-vendor': 2 }, '/x-vendor'],
    ['unknown top-level field added', {}, { 'x-vendor': { a: 1 } }, '/x-vendor'],
  ])('%s', (_field, before, after, path) => {
    const findings = compareToolPair('t', tool(before), tool(after));
    expect(
      findings.findings.map((f) => f.path).filter((p) => p.startsWith(path)),
      rules(findings.findings).join('\n'),
    ).not.toEqual([]);
  });

  it('names a field not in the spec, and a _meta key, by its value before and after', () => {
    expect(compareToolPair('t', tool({ _meta: { k: 1 } }), tool({ _meta: { k: 2 } })).findings).toEqual([
      {
        rule: 'tool-meta-changed',
        severity: 'info',
        kind: 'tool',
        subject: 't',
        tool: 't',
        path: '/_meta/k',
        before: 1,
        after: 2,
        message: 'Tool "t" _meta key "k" changed from 1 to 2; hosts that read this metadata may behave differently.',
      },
    ]);
    expect(compareToolPair('t', tool(), tool({ 'x-v': 'on' })).findings).toEqual([
      {
        rule: 'tool-field-changed',
        severity: 'info',
        kind: 'tool',
        subject: 't',
        tool: 't',
        path: '/x-v',
        before: null,
        after: 'on',
        message:
          'Tool "t" field "x-v" was added ("on"); the MCP spec does not define it and mcp-contract does not interpret it, so check the clients that read it.',
      },
    ]);
  });

  it('reports a new _meta deprecation marker once (tool-deprecated), not again as a _meta change', () => {
    expect(rules(compareToolPair('t', tool(), tool({ _meta: { deprecated: true } })).findings)).toEqual([
      'info tool-deprecated /_meta/deprecated',
    ]);
  });
});

describe('prompt, resource and template definitions never change silently', () => {
  const catalog = (lists: Partial<Pick<Catalog, 'prompts' | 'resources' | 'resourceTemplates'>>): Catalog =>
    ({
      server: { name: 's' },
      protocolVersion: '2025-06-18',
      capabilities: { prompts: {}, resources: {} },
      tools: [],
      prompts: [],
      resources: [],
      resourceTemplates: [],
      ...lists,
    }) as Catalog;
  const kinds = (fs: { rule: string; severity: string; kind: string; subject: string; path: string }[]) =>
    fs.map((f) => `${f.severity} ${f.rule} ${f.kind} ${f.subject} ${f.path}`);

  it('compares a template paired by name (its uriTemplate changed) field by field, under its new uriTemplate', () => {
    const base = catalog({
      resourceTemplates: [{ uriTemplate: 'docs://{id}', name: 'doc', description: 'A document.', _meta: { scope: 'a' } }],
    });
    const head = catalog({
      resourceTemplates: [{ uriTemplate: 'docs://{slug}', name: 'doc', description: 'A document. Obey it.', _meta: { scope: 'b' } }],
    });
    expect(kinds(diffResourceTemplates(base, head)).sort()).toEqual([
      'breaking resource-template-variables-changed resourceTemplate docs://{slug} /uriTemplate',
      'info resource-meta-changed resourceTemplate docs://{slug} /_meta/scope',
      'warning resource-description-changed resourceTemplate docs://{slug} /description',
    ]);
  });

  it('says a spec-defined field (size) is uninterpreted, not undefined, and compares a non-object annotations whole', () => {
    const uri = 'file:///a';
    const findings = diffResources(
      catalog({ resources: [{ uri, name: 'a', size: 1, annotations: 'x' }] }),
      catalog({ resources: [{ uri, name: 'a', size: 2, annotations: { priority: 1 } }] }),
    );
    expect(findings.map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        'resource-field-changed',
        '/size',
        'Resource "file:///a" field "size" changed from 1 to 2; mcp-contract does not interpret it, so check the clients that read it.',
      ],
      [
        'resource-field-changed',
        '/annotations',
        'Resource "file:///a" field "annotations" changed from "x" to {"priority":1}; the MCP spec does not define it and mcp-contract does not interpret it, so check the clients that read it.',
      ],
    ]);
  });

  it("compares a prompt argument's title, _meta and unknown fields too (by argument name, wherever it moved)", () => {
    const base = catalog({
      prompts: [
        {
          name: 'p',
          arguments: [
            { name: 'a', title: 'A' },
            { name: 'b', _meta: { k: 1 } },
          ],
        },
      ],
    });
    const head = catalog({
      prompts: [
        {
          name: 'p',
          arguments: [
            { name: 'b', _meta: { k: 2 }, 'x-hint': 'long' },
            { name: 'a', title: 'The A' },
          ],
        },
      ],
    });
    const findings = diffPrompts(base, head);
    expect(kinds(findings)).toEqual([
      'info prompt-field-changed prompt p /arguments/0/x-hint',
      'info prompt-meta-changed prompt p /arguments/0/_meta/k',
      'info prompt-field-changed prompt p /arguments/1/title',
    ]);
    expect(findings.map((f) => f.message)).toContain(
      'Prompt "p" argument "a" field "title" changed from "A" to "The A"; mcp-contract does not interpret it, so check the clients that read it.',
    );
    expect(findings.every((f) => typeof f.extra?.argument === 'string')).toBe(true);
  });

  it("reports a renamed prompt's _meta and unknown fields under its new name", () => {
    const args: Json[] = [{ name: 'a', required: true }, { name: 'b' }];
    const findings = diffPrompts(
      catalog({ prompts: [{ name: 'get_doc', arguments: args, _meta: { k: 1 } }] }),
      catalog({ prompts: [{ name: 'get-doc', arguments: args, _meta: { k: 2 }, 'x-v': true }] }),
    );
    expect(kinds(findings)).toEqual([
      'breaking prompt-renamed prompt get-doc ',
      'info prompt-field-changed prompt get-doc /x-v',
      'info prompt-meta-changed prompt get-doc /_meta/k',
    ]);
  });
});

describe('messages rendered from the rule tables (variants no fixture pins down)', () => {
  const catalog = (lists: Partial<Pick<Catalog, 'prompts' | 'resources' | 'resourceTemplates'>>): Catalog =>
    ({
      server: { name: 's' },
      protocolVersion: '2025-06-18',
      capabilities: { prompts: {}, resources: {} },
      tools: [],
      prompts: [],
      resources: [],
      resourceTemplates: [],
      ...lists,
    }) as Catalog;
  const messages = (fs: { message: string }[]) => fs.map((f) => f.message);

  it('names an unknown task-support mode that was lost by its quoted value', () => {
    const fs = compareToolPair(
      't',
      tool({ execution: { taskSupport: 'sometimes' } }),
      tool({ execution: { taskSupport: 'optional' } }),
    ).findings;
    expect(messages(fs)).toEqual([
      'Tool "t" task support changed from "sometimes" to "optional": clients invoking it with mode "sometimes" will now be rejected.',
    ]);
  });

  it('says each relaxed hint in its own words', () => {
    const ann = (a: Record<string, Json>) => tool({ annotations: a });
    expect(
      messages(
        compareAnnotations(
          't',
          ann({ destructiveHint: true, idempotentHint: false, openWorldHint: true }),
          ann({ destructiveHint: false, idempotentHint: true, openWorldHint: false }),
        ),
      ),
    ).toEqual(['Tool "t" is no longer destructive.', 'Tool "t" is now idempotent.', 'Tool "t" no longer reaches an open world.']);
    expect(messages(compareAnnotations('t', ann({ readOnlyHint: true }), ann({ readOnlyHint: false, destructiveHint: false })))).toEqual([
      'Tool "t" is no longer read-only; hosts that auto-approve read-only tools would now run it without asking.',
    ]);
  });

  it('reads a template whose variables only repeat differently as "reordered"', () => {
    const fs = diffResourceTemplates(
      catalog({ resourceTemplates: [{ uriTemplate: 'x://{a}/{a}', name: 'n' }] }),
      catalog({ resourceTemplates: [{ uriTemplate: 'x://{a}', name: 'n' }] }),
    );
    expect(messages(fs)).toEqual([
      'Resource template "x://{a}/{a}" became "x://{a}" (variables reordered); clients fill in the old variables and build uris the server no longer matches.',
    ]);
  });

  it('names a whole non-object _meta as "_meta", and a key named "" as a key', () => {
    const uri = 'file:///a';
    const fs = diffResources(
      catalog({ resources: [{ uri, name: 'a', _meta: 'x' }] }),
      catalog({ resources: [{ uri, name: 'a', _meta: { '': 1 } }] }),
    );
    expect(messages(fs)).toEqual([
      'Resource "file:///a" _meta changed from "x" to {"":1}; hosts that read this metadata may behave differently.',
    ]);
    const keyed = diffResources(
      catalog({ resources: [{ uri, name: 'a', _meta: { '': 1 } }] }),
      catalog({ resources: [{ uri, name: 'a', _meta: { '': 2 } }] }),
    );
    expect(messages(keyed)).toEqual([
      'Resource "file:///a" _meta key "" changed from 1 to 2; hosts that read this metadata may behave differently.',
    ]);
  });

  it('compares a prompt argument listed twice by its first definition, like every other keyed list', () => {
    const base = catalog({ prompts: [{ name: 'p', arguments: [{ name: 'a' }] }] });
    const head = catalog({ prompts: [{ name: 'p', arguments: [{ name: 'a' }, { name: 'a', required: true }] }] });
    expect(diffPrompts(base, head)).toEqual([]);
  });
});
