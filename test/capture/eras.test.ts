// Protocol eras: initialize-era servers (2024-11-05 … 2025-11-25), 2026-07-28 servers (server/discover), and a Python server.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assertNoProcessLeft } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import { CATALOG_SERVER, MODERN_SERVER, PYTHON_SERVER, traceCapture, WEATHER, writeCatalog } from './fixtures.js';

const tempDir = useTempDirs('mcpc-eras-');
const weather = JSON.parse(readFileSync(WEATHER('1.1.0'), 'utf8'));

describe('protocol eras', () => {
  it('2025 era: initialize handshake, negotiated version recorded', async () => {
    const { catalog, log } = await traceCapture({ command: ['node', CATALOG_SERVER, WEATHER('1.1.0')] });
    expect(catalog!.protocolVersion).toBe('2025-11-25');
    expect(log).toContain('initialized: protocol 2025-11-25');
    expect(log.some((l) => l.includes('server/discover'))).toBe(false);
  });

  it('an older server answers the version it speaks, and is captured in that version', async () => {
    const file = writeCatalog(tempDir(), 'old.json', {
      serverInfo: { name: 'old', version: '0.1.0' },
      tools: [{ name: 't', inputSchema: { type: 'object' } }],
    });
    // The Python fixture answers 2025-06-18 / 2025-03-26 / 2024-11-05; a client asking 2025-11-25 gets its newest.
    const { catalog } = await traceCapture({ command: ['python3', PYTHON_SERVER, file] });
    expect(catalog!.protocolVersion).toBe('2025-06-18');
    expect(catalog!.tools.map((t) => t.name)).toEqual(['t']);
  });

  for (const variant of ['unsupported-version', 'method-not-found'] as const) {
    it(`2026-07-28 era: server/discover after initialize is refused (${variant})`, async () => {
      const { catalog, error, log, pgids } = await traceCapture({
        command: ['node', MODERN_SERVER, WEATHER('1.1.0')],
        env: variant === 'method-not-found' ? { MODERN_INITIALIZE: 'method-not-found' } : {},
      });
      expect(error).toBeUndefined();
      expect(log.some((l) => l.startsWith('initialize refused') && l.includes(variant === 'method-not-found' ? '-32601' : '-32022'))).toBe(
        true,
      );
      expect(catalog).toMatchObject({
        protocolVersion: '2026-07-28',
        // serverInfo comes from the discover result's _meta
        server: weather.serverInfo,
        instructions: weather.instructions,
        capabilities: weather.capabilities,
        tools: weather.tools,
        prompts: weather.prompts,
        resources: weather.resources,
        resourceTemplates: weather.resourceTemplates,
      });
      // Result-level fields of the era (resultType, ttlMs, cacheScope) are not entries and stay out of the lists;
      // the cache hints are recorded beside them, per list.
      const lists = [catalog!.tools, catalog!.prompts, catalog!.resources, catalog!.resourceTemplates];
      expect(JSON.stringify(lists)).not.toMatch(/cacheScope|ttlMs|resultType/);
      expect(catalog!.cacheHints?.tools).toEqual({ ttlMs: 60000, cacheScope: 'public' });
      await assertNoProcessLeft({ pgid: pgids[0] });
    });
  }

  it('2026-07-28 era: every list request carries the _meta envelope with the declared client capabilities', async () => {
    // The modern fixture refuses requests without the envelope and gates tools on the envelope's capabilities.
    const file = writeCatalog(tempDir(), 'gated.json', {
      pageSize: 1,
      tools: [
        { name: 'a', inputSchema: { type: 'object' } },
        { name: 'b', inputSchema: { type: 'object' } },
      ],
      gatedTools: { sampling: [{ name: 'needs_sampling', inputSchema: { type: 'object' } }] },
    });
    const all = await traceCapture({ command: ['node', MODERN_SERVER, file] });
    expect(all.catalog!.tools.map((t) => t.name)).toEqual(['a', 'b', 'needs_sampling']);
    const none = await traceCapture({ command: ['node', MODERN_SERVER, file], clientCapabilities: {} });
    expect(none.catalog!.tools.map((t) => t.name)).toEqual(['a', 'b']);
    expect(none.catalog!.clientCapabilities).toEqual({});
  });

  it('a server speaking both eras is captured in the initialize era, the same way every time', async () => {
    const { catalog, log } = await traceCapture({
      command: ['node', MODERN_SERVER, WEATHER('1.1.0')],
      env: { MODERN_INITIALIZE: 'accept' },
    });
    expect(catalog!.protocolVersion).toBe('2025-11-25');
    expect(log.some((l) => l.includes('server/discover'))).toBe(false);
    expect(catalog!.tools).toEqual(weather.tools);
  });

  it('a server speaking neither era fails with a message naming both attempts', async () => {
    const script = `process.stdin.on('data', (d) => { for (const l of String(d).split('\\n').filter(Boolean)) { const m = JSON.parse(l); if (m.id !== undefined) process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, error: { code: -32601, message: 'nope' } }) + '\\n'); } });`;
    const { error } = await traceCapture({ command: ['node', '-e', script] });
    expect(error?.exitCode).toBe(3);
    expect(error?.message).toBe(
      'the server did not complete an MCP handshake: the server refused initialize (initialize failed with JSON-RPC error -32601: nope) and server/discover (server/discover failed with JSON-RPC error -32601: nope)',
    );
  });

  describe('the version a server answers initialize with', () => {
    // Answers initialize with the version in argv, whatever we asked, and an empty tool list.
    const answering = (version: string) => [
      'node',
      '-e',
      `
      const version = process.argv[1];
      require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
        const m = JSON.parse(line);
        if (m.id === undefined) return;
        const result = m.method === 'initialize' ? { protocolVersion: version, capabilities: { tools: {} }, serverInfo: { name: 'v', version: '1' } } : { tools: [] };
        process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, result }) + '\\n');
      });`,
      version,
    ];

    it('is captured when it is one we speak (every initialize-era revision)', async () => {
      const versions = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];
      const runs = await Promise.all(versions.map((v) => traceCapture({ command: answering(v) })));
      expect(runs.map((r) => r.error?.message)).toEqual(versions.map(() => undefined));
      expect(runs.map((r) => r.catalog!.protocolVersion)).toEqual(versions);
    });

    it('fails (exit 3) when it is one we do not speak, naming it and ours, with a hint that fits', async () => {
      const [old, newer, modern] = await Promise.all(
        ['1999-01-01', '2027-03-01', '2026-07-28'].map((v) => traceCapture({ command: answering(v) })),
      );
      expect(old.error?.exitCode).toBe(3);
      expect(old.error?.message).toBe(
        'the server answered initialize with protocol version "1999-01-01", which mcp-contract does not speak (it speaks 2024-11-05, 2025-03-26, 2025-06-18, 2025-11-25 through initialize, and 2026-07-28 through server/discover)',
      );
      expect(old.error?.hint).toMatch(/MCP SDK/);
      expect(old.error?.hint).not.toMatch(/upgrade mcp-contract/);
      expect(newer.error?.message).toContain('"2027-03-01"');
      expect(newer.error?.hint).toMatch(/^the server is newer than this mcp-contract: upgrade mcp-contract/);
      expect(modern.error?.hint).toMatch(/^2026-07-28 has no initialize/);
      for (const run of [old, newer, modern]) await assertNoProcessLeft({ pgid: run.pgids[0] });
    });
  });

  it('language-agnostic: a Python stdlib server', async () => {
    const { catalog, error, pgids } = await traceCapture({ command: ['python3', PYTHON_SERVER] });
    expect(error).toBeUndefined();
    expect(catalog!.server).toEqual({ name: 'py-notes', version: '0.3.0' });
    expect(catalog!.tools.map((t) => t.name)).toEqual(['add_note', 'search_notes']);
    expect(catalog!.tools[1]['x-python-only']).toEqual({ implemented_in: 'stdlib' });
    expect(catalog!.prompts.map((p) => p.name)).toEqual(['summarize_notes']);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });
});
