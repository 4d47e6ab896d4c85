// The consumer lock end to end: a temp agent repository locked against a real stdio server, checked as the server changes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const server = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
const base = JSON.parse(readFileSync(path.join(REPO_ROOT, 'fixtures/usage/notes/base.json'), 'utf8')) as {
  serverInfo: { version: string };
  tools: { name: string; inputSchema: { properties: Record<string, Record<string, unknown>>; required?: string[] } }[];
};

/** The notes catalog at a next version, changed by `edit`. */
function nextVersion(edit: (tools: Map<string, (typeof base.tools)[number]>) => void) {
  const copy = structuredClone(base);
  copy.serverInfo.version = '1.5.0';
  const tools = new Map(copy.tools.map((t) => [t.name, t]));
  edit(tools);
  return { ...copy, tools: [...tools.values()] };
}

describe('mcp-contract lock and check --lock in an agent repository', () => {
  const tempDir = useTempDirs('mcpc-lock-');

  function repo() {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'server.json'), JSON.stringify(base));
    writeFileSync(
      path.join(dir, '.mcp.json'),
      JSON.stringify({ mcpServers: { notes: { command: 'node', args: [server, 'server.json'] } } }, null, 2),
    );
    mkdirSync(path.join(dir, 'prompts'));
    writeFileSync(path.join(dir, 'prompts/review.md'), 'Use `search_notes` with a limit of 80 to find the week.\n');
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(
      path.join(dir, 'src/agent.ts'),
      "export const save = (c: any) =>\n  c.callTool({ name: 'create_note', arguments: { title: 'Week', body: '…' } });\n",
    );
    return dir;
  }

  it('locks only the referenced tools, with where they are referenced', async () => {
    const dir = repo();
    const r = await runCli(['lock', '--usage-root', '.', '--out', 'mcp-contract.lock.json'], { cwd: dir });
    expect(r.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('locked notes 1.4.0: 2 referenced tools (2 references)');
    const lock = JSON.parse(readFileSync(path.join(dir, 'mcp-contract.lock.json'), 'utf8'));
    expect(lock.root).toBe('.');
    expect(lock.servers[0].client).toEqual({ name: 'notes', command: 'node', args: [server, 'server.json'] });
    expect(lock.servers[0].tools.map((t: { name: string }) => t.name)).toEqual(['create_note', 'search_notes']);
    expect(lock.servers[0].references).toEqual([
      { tool: 'search_notes', file: 'prompts/review.md', line: 1, kind: 'prompt', params: ['limit'] },
      { tool: 'create_note', file: 'src/agent.ts', line: 2, kind: 'code', params: ['title', 'body'] },
    ]);
  });

  it('passes when only tools nobody references change, and fails naming the files when referenced ones break', async () => {
    const dir = repo();
    expect((await runCli(['lock', '--usage-root', '.'], { cwd: dir })).code).toBe(0);

    // Unreferenced changes: a tool removed, an enum narrowed. The consumer's build stays green.
    const unreferenced = nextVersion((tools) => {
      tools.delete('delete_note');
      tools.get('archive_note')!.inputSchema.properties.shelf!.enum = ['cold'];
    });
    writeFileSync(path.join(dir, 'server.json'), JSON.stringify(unreferenced));
    const pass = await runCli(['check', '--lock', 'mcp-contract.lock.json'], { cwd: dir });
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('✓ lock mcp-contract.lock.json: no tool or parameter this repository references broke on notes');

    // The prompt's limit of 80 is now over the maximum; the code call omits the new required folder.
    const referenced = nextVersion((tools) => {
      tools.get('search_notes')!.inputSchema.properties.limit!.maximum = 50;
      const create = tools.get('create_note')!;
      create.inputSchema.properties.folder = { type: 'string' };
      create.inputSchema.required = ['title', 'folder'];
    });
    writeFileSync(path.join(dir, 'server.json'), JSON.stringify(referenced));
    const fail = await runCli(['check', '--lock', 'mcp-contract.lock.json', '--format', 'json'], { cwd: dir });
    expect(fail.code).toBe(1);
    expect(fail.stderr).toContain(
      '✗ lock mcp-contract.lock.json: 2 breaking changes on notes reach this repository; update src/agent.ts:2, prompts/review.md:1, then refresh the lock with `mcp-contract lock`',
    );
    const report = JSON.parse(fail.stdout);
    expect(
      report.findings.map((f: { rule: string; subject: string; usage?: { label: string } }) => [f.rule, f.subject, f.usage?.label]),
    ).toEqual([
      ['input-property-added-required', 'create_note', 'broken'],
      ['input-constraint-tightened', 'search_notes', 'broken'],
    ]);
  });
});

describe('check with usage flags (the bundled CLI)', () => {
  it('labels the findings from --usage-root and --usage-calls and demotes the unused one with --demote-unused', async () => {
    const notes = path.join(REPO_ROOT, 'fixtures/usage/notes');
    const r = await runCli(
      [
        'check',
        '--baseline',
        'base.json',
        '--head',
        'head.json',
        '--no-lint',
        '--no-footprint',
        '--usage-root',
        'repo',
        '--usage-calls',
        'calls.jsonl',
        '--demote-unused',
        '--format',
        'json',
      ],
      { cwd: notes },
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(
      report.findings.map((f: { rule: string; severity: string; usage?: { label: string } }) => [
        f.rule,
        f.severity,
        f.usage?.label ?? null,
      ]),
    ).toEqual([
      ['input-property-added-required', 'breaking', 'broken'],
      ['tool-removed', 'breaking', 'broken'],
      ['recorded-output-schema-mismatch', 'breaking', null],
      ['output-type-changed', 'breaking', 'potentially-affected'],
      ['input-constraint-tightened', 'breaking', 'broken'],
      ['input-enum-value-removed', 'warning', 'unaffected'],
    ]);
    expect(report.usage.sources.map((s: { kind: string; origin: string; count: number }) => [s.kind, s.origin, s.count])).toEqual([
      ['references', 'the default globs under repo', 6],
      ['calls', 'calls.jsonl', 6],
    ]);
  });
});
