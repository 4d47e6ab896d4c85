// The readers of usage evidence, one by one: globs, text tokens, front matter, client configs, code calls, OTLP span forms, JSONL.
import { describe, expect, it } from 'vitest';
import { parseDiffArgs } from '../../src/commands/diff.js';
import type { Json, JsonObject } from '../../src/findings/json.js';
import { findCodeCalls } from '../../src/usage/code-calls.js';
import { callsFromJsonl, callsFromOtlp } from '../../src/usage/calls.js';
import { referencesInFile } from '../../src/usage/extract.js';
import { matchSegment, pathMatcher } from '../../src/usage/glob.js';
import { toolIndex } from '../../src/usage/tool-index.js';

const tool = (name: string, ...params: string[]) => ({
  name,
  inputSchema: { type: 'object', properties: Object.fromEntries(params.map((p) => [p, {}])) },
});
const INDEX = toolIndex({ tools: [tool('read_file', 'path', 'head'), tool('search', 'query'), tool('write_file', 'path', 'content')] });

describe('globs', () => {
  it('matches paths with **, *, ? and braces; a bare pattern matches the base name anywhere', () => {
    const m = pathMatcher(['**/.claude/agents/*.md', 'prompts/**/*.{md,hbs}', 'SKILL.md']);
    expect(['.claude/agents/a.md', 'x/.claude/agents/b.md', 'prompts/a.md', 'prompts/x/y/b.hbs', 'deep/er/SKILL.md'].map(m)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['.claude/agents/sub/a.md', 'prompts/a.txt', 'other/a.md', 'SKILL.mdx'].map(m)).toEqual([false, false, false, false]);
  });

  it('decides a pathological star pattern in pattern × text steps (no exponential backtracking)', () => {
    const text = 'a'.repeat(5000);
    const started = Date.now();
    expect(matchSegment('*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('references in files', () => {
  it('prompt text: distinctive names anywhere, common words quoted or in a template (else loose), parameters on the same line', () => {
    const refs = referencesInFile(
      'p.md',
      'Call read_file with path and head.\nsearch the web\nUse `search` for query.\n{{ search }}\n',
      INDEX,
    );
    expect(refs.map((r) => [r.tool, r.line, r.params, r.loose === true])).toEqual([
      ['read_file', 1, ['path', 'head'], false],
      ['search', 2, [], true],
      ['search', 3, ['query'], false],
      ['search', 4, [], false],
    ]);
  });

  it('agent tools: and skill allowed-tools:, with mcp__server__tool forms, globs, YAML lists; built-in tools name nothing', () => {
    const agent = referencesInFile('.claude/agents/a.md', '---\nname: a\ntools: Read, mcp__fs__read_file\n---\nbody\n', INDEX);
    expect(agent.map((r) => [r.tool, r.line, r.kind, r.via])).toEqual([['read_file', 3, 'agent', 'mcp__fs__read_file']]);
    const skill = referencesInFile('s/SKILL.md', '---\nallowed-tools:\n  - mcp__fs__*_file\n  - Bash\n---\n', INDEX);
    expect(skill.map((r) => [r.tool, r.line, r.kind])).toEqual([
      ['read_file', 3, 'skill'],
      ['write_file', 3, 'skill'],
    ]);
  });

  it('client configs: allow lists are uses, deny lists are marked denied', () => {
    const text = JSON.stringify(
      {
        mcpServers: { fs: { command: 'x', alwaysAllow: ['read_file'], disabledTools: ['write_file'] } },
        permissions: { allow: ['mcp__fs__search'] },
      },
      null,
      2,
    );
    expect(referencesInFile('.mcp.json', text, INDEX).map((r) => [r.tool, r.denied === true])).toEqual([
      ['search', false],
      ['read_file', false],
      ['write_file', true],
    ]);
  });

  it('code: TypeScript and Python calls with their argument keys; a quoted name elsewhere is a reference without arguments', () => {
    const ts =
      "await c.callTool({ name: 'read_file', arguments: { path: p, ...rest } });\nconst tools = ['write_file'];\ncallTool({ name: dynamicName });\n";
    expect(referencesInFile('a.ts', ts, INDEX).map((r) => [r.tool, r.line, r.params, r.argumentsKnown === true])).toEqual([
      ['read_file', 1, ['path'], true],
      ['write_file', 2, [], false],
    ]);
    const py = 'r = await s.call_tool(name="read_file", arguments={"path": p, "head": 3})\nr = await s.call_tool("search", {"query": q})\n';
    expect(findCodeCalls(py).map((c) => [c.tool, c.argumentKeys])).toEqual([
      ['read_file', ['path', 'head']],
      ['search', ['query']],
    ]);
  });
});

describe('recorded calls', () => {
  const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
  const otlp = (spans: Json[]): JsonObject => ({ resourceSpans: [{ scopeSpans: [{ spans }] }] });

  it('reads the current convention and the older span forms; other spans are no calls', () => {
    const calls = callsFromOtlp(
      otlp([
        {
          name: 'tools/call read_file',
          spanId: 's1',
          attributes: [
            attr('mcp.method.name', 'tools/call'),
            attr('gen_ai.tool.name', 'read_file'),
            attr('gen_ai.tool.call.arguments', '{"path":"a"}'),
          ],
        },
        { name: 'mcp.call_tool.search', spanId: 's2', attributes: [attr('mcp.request.argument.query', 'x')] },
        { name: 'execute_tool write_file', spanId: 's3', attributes: [attr('gen_ai.operation.name', 'execute_tool')] },
        { name: 'tools/list', spanId: 's4', attributes: [attr('mcp.method.name', 'tools/list')] },
        { name: 'chat gpt', spanId: 's5', attributes: [attr('gen_ai.operation.name', 'chat')] },
      ]),
      't.json',
    );
    expect(calls).toEqual([
      { tool: 'read_file', arguments: { path: 'a' }, source: 't.json span s1' },
      { tool: 'search', arguments: { query: 'x' }, source: 't.json span s2' },
      { tool: 'write_file', source: 't.json span s3' },
    ]);
  });

  it('JSONL: one call per line; a line that is no call is an error naming file and line', () => {
    expect(callsFromJsonl('{"tool":"search","arguments":{"query":"q"}}\n\n{"name":"read_file"}\n', 'c.jsonl')).toEqual([
      { tool: 'search', arguments: { query: 'q' }, source: 'c.jsonl:1' },
      { tool: 'read_file', source: 'c.jsonl:3' },
    ]);
    expect(() => callsFromJsonl('{"tool":"a"}\n[1]\n', 'c.jsonl')).toThrow('c.jsonl:2 is not a recorded call');
  });
});

describe('diff usage flags', () => {
  it('reads --usage-root, repeated --usage-refs and --usage-calls, and --demote-unused', () => {
    expect(
      parseDiffArgs([
        'a.json',
        'b.json',
        '--usage-refs',
        '**/*.md',
        '--usage-refs',
        '**/*.ts',
        '--usage-calls',
        'c.jsonl',
        '--demote-unused',
      ]),
    ).toMatchObject({
      usage: { root: '.', refs: ['**/*.md', '**/*.ts'], calls: ['c.jsonl'], demoteUnused: true },
    });
  });
});
