// Capturing stdio servers: raw lists, environment allowlist, process-group teardown, client capabilities, actionable failures.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXIT, formatError } from '../../src/errors.js';
import { assertNoProcessLeft, processesInGroup } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import { CAPTURE_FAULTY, CATALOG_SERVER, ENV_SERVER, FAULTY, traceCapture, WEATHER, writeCatalog } from './fixtures.js';

const tempDir = useTempDirs('mcpc-stdio-');

describe('stdio capture', () => {
  it('reads the whole catalog as the server sent it, unknown fields included', async () => {
    const dir = tempDir();
    const odd = { name: 'odd', inputSchema: { type: 'object' }, 'x-vendor': { weird: [1, 2] }, annotations: { madeUpHint: true } };
    const notASchema = { name: 'no_schema_at_all', description: 42 };
    // serverInfo as a 2025-11-25 server sends it: every field is kept (a non-string title is not a title).
    const serverInfo = {
      name: 'odd',
      version: '0.1.0',
      title: 7,
      websiteUrl: 'https://odd.example.com',
      description: 'Odd tools',
      icons: [{ src: 'https://odd.example.com/i.png', sizes: ['48x48'] }],
    };
    const file = writeCatalog(dir, 'odd.json', { serverInfo, tools: [odd, notASchema] });
    const { catalog, error, pgids } = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
    expect(error).toBeUndefined();
    expect(catalog!.tools).toEqual([odd, notASchema]);
    expect(catalog!.server).toEqual({
      name: 'odd',
      version: '0.1.0',
      websiteUrl: 'https://odd.example.com',
      description: 'Odd tools',
      icons: [{ src: 'https://odd.example.com/i.png', sizes: ['48x48'] }],
    });
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('captures every list, server info, capabilities and instructions of the weather fixture', async () => {
    const expected = JSON.parse(readFileSync(WEATHER('1.0.0'), 'utf8'));
    const { catalog, error } = await traceCapture({ command: ['node', CATALOG_SERVER, WEATHER('1.0.0')] });
    expect(error).toBeUndefined();
    expect(catalog).toMatchObject({
      server: expected.serverInfo,
      capabilities: expected.capabilities,
      instructions: expected.instructions,
      tools: expected.tools,
      prompts: expected.prompts,
      resources: expected.resources,
      resourceTemplates: expected.resourceTemplates,
    });
    expect(catalog!.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ends the whole process group, grandchildren included', async () => {
    const seenDuring: string[][] = [];
    const command = ['sh', '-c', `sleep 300 & exec node ${CATALOG_SERVER} ${WEATHER('1.0.0')}`];
    const { error, pgids } = await traceCapture({ command }, (line, groups) => {
      if (line.startsWith('tools/list')) seenDuring.push(processesInGroup(groups[0]).map((p) => p.command));
    });
    expect(error).toBeUndefined();
    // The grandchild really ran in the server's group while the capture was reading…
    expect(seenDuring[0].some((c) => c.startsWith('sleep 300'))).toBe(true);
    // …and nothing of the group is left afterwards.
    expect(processesInGroup(pgids[0])).toEqual([]);
  });

  it('ends the group on failure too (server crashes, grandchild keeps running)', async () => {
    const command = ['sh', '-c', `sleep 300 & node ${FAULTY('crash-on-start.mjs')}; exit 9`];
    const { error, pgids } = await traceCapture({ command });
    expect(error?.exitCode).toBe(EXIT.capture);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  describe('environment', () => {
    it('passes only the allowlist plus what is configured; never runner secrets', async () => {
      const secrets = {
        GITHUB_TOKEN: 'ghp_secret',
        INPUT_TOKEN: 'in',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        AWS_SECRET_ACCESS_KEY: 'aws',
        NODE_OPTIONS: '--no-warnings',
      };
      Object.assign(process.env, secrets, { MCPC_PASSED: 'passed-through', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' });
      try {
        const { catalog, error } = await traceCapture({
          command: ['node', ENV_SERVER],
          env: { EXTRA: 'configured', INPUT_EXPLICIT: 'explicitly-set' },
          passEnv: ['MCPC_PASSED'],
        });
        expect(error).toBeUndefined();
        const env = JSON.parse(catalog!.instructions!);
        for (const name of Object.keys(secrets)) expect(env).not.toHaveProperty(name);
        expect(env).toMatchObject({
          EXTRA: 'configured',
          INPUT_EXPLICIT: 'explicitly-set',
          MCPC_PASSED: 'passed-through',
          PATH: process.env.PATH,
          LC_ALL: 'C.UTF-8',
          LANG: 'C.UTF-8',
        });
        const allowed = /^(PATH|HOME|USER|LOGNAME|LANG|LANGUAGE|TZ|TMPDIR|TEMP|TMP|SHELL|TERM|LC_.*|EXTRA|INPUT_EXPLICIT|MCPC_PASSED)$/;
        // Node itself may add a couple of its own; nothing else of ours leaks.
        expect(Object.keys(env).filter((k) => !allowed.test(k) && process.env[k] !== undefined)).toEqual([]);
      } finally {
        for (const name of [...Object.keys(secrets), 'MCPC_PASSED']) delete process.env[name];
      }
    });

    it('passes a secret through only when it is named explicitly', async () => {
      process.env.GITHUB_TOKEN = 'ghp_named';
      try {
        const { catalog } = await traceCapture({ command: ['node', ENV_SERVER], passEnv: ['GITHUB_TOKEN'] });
        expect(JSON.parse(catalog!.instructions!).GITHUB_TOKEN).toBe('ghp_named');
      } finally {
        delete process.env.GITHUB_TOKEN;
      }
    });
  });

  describe('client capabilities', () => {
    const gated = {
      serverInfo: { name: 'gated', version: '1.0.0' },
      tools: [{ name: 'always', inputSchema: { type: 'object' } }],
      gatedTools: {
        sampling: [{ name: 'needs_sampling', inputSchema: { type: 'object' } }],
        elicitation: [{ name: 'needs_elicitation', inputSchema: { type: 'object' } }],
        roots: [{ name: 'needs_roots', inputSchema: { type: 'object' } }],
      },
    };

    it('declares sampling, roots and elicitation by default, so gated tools are listed, and records them', async () => {
      const file = writeCatalog(tempDir(), 'gated.json', gated);
      const { catalog } = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
      expect(catalog!.tools.map((t) => t.name).sort()).toEqual(['always', 'needs_elicitation', 'needs_roots', 'needs_sampling']);
      expect(Object.keys(catalog!.clientCapabilities!).sort()).toEqual(['elicitation', 'roots', 'sampling']);
    });

    it('declares exactly what is configured', async () => {
      const file = writeCatalog(tempDir(), 'gated.json', gated);
      const { catalog } = await traceCapture({ command: ['node', CATALOG_SERVER, file], clientCapabilities: { roots: {} } });
      expect(catalog!.tools.map((t) => t.name).sort()).toEqual(['always', 'needs_roots']);
      expect(catalog!.clientCapabilities).toEqual({ roots: {} });
    });
  });

  describe('pagination', () => {
    const tools = Array.from({ length: 7 }, (_, i) => ({ name: `tool_${i}`, inputSchema: { type: 'object' } }));
    const prompts = Array.from({ length: 5 }, (_, i) => ({ name: `prompt_${i}` }));
    const resources = Array.from({ length: 3 }, (_, i) => ({ uri: `file:///r${i}`, name: `r${i}` }));
    const resourceTemplates = Array.from({ length: 3 }, (_, i) => ({ uriTemplate: `file:///t${i}/{x}`, name: `t${i}` }));

    it('follows nextCursor through every page of every list', async () => {
      const file = writeCatalog(tempDir(), 'paged.json', { pageSize: 2, tools, prompts, resources, resourceTemplates });
      const { catalog, log } = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
      expect(catalog).toMatchObject({ tools, prompts, resources, resourceTemplates });
      expect(log.filter((l) => l.startsWith('tools/list page'))).toHaveLength(4);
    });

    it('stops with a clear error on a repeating cursor', async () => {
      const file = writeCatalog(tempDir(), 'loop.json', { pageSize: 2, loopCursor: true, tools });
      const { error, durationMs, pgids } = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
      expect(error?.exitCode).toBe(EXIT.capture);
      expect(error?.message).toContain('tools/list returned the cursor "again" twice');
      expect(durationMs).toBeLessThan(10_000);
      await assertNoProcessLeft({ pgid: pgids[0] });
    });

    it('stops past the page limit and the byte limit', async () => {
      const file = writeCatalog(tempDir(), 'paged.json', { pageSize: 2, tools });
      const pages = await traceCapture({ command: ['node', CATALOG_SERVER, file], limits: { maxPages: 3 } });
      expect(pages.error?.message).toBe('tools/list still had more pages after 3 pages');
      expect(pages.error?.hint).toContain('maxPages');
      const bytes = await traceCapture({ command: ['node', CATALOG_SERVER, file], limits: { maxBytes: 200 } });
      expect(bytes.error?.message).toMatch(/^the catalog is larger than 200 bytes \(reached while reading tools\/list page \d\)$/);
    });

    it('reads an unadvertised list as empty, and fails on an advertised one the server cannot serve', async () => {
      const dir = tempDir();
      const noPrompts = writeCatalog(dir, 'tools-only.json', { tools });
      const ok = await traceCapture({ command: ['node', CATALOG_SERVER, noPrompts] });
      expect(ok.catalog).toMatchObject({ tools, prompts: [], resources: [], resourceTemplates: [] });
      expect(ok.log.some((l) => l.startsWith('prompts/list'))).toBe(false);
      // Advertises prompts, but has no handler for them.
      const bad = await traceCapture({
        command: [
          'node',
          '-e',
          `
        const { Server } = require('@modelcontextprotocol/sdk/server/index.js');
        const { StdioServerTransport } = require('@modelcontextprotocol/sdk/server/stdio.js');
        const { ListToolsRequestSchema } = require('@modelcontextprotocol/sdk/types.js');
        const s = new Server({ name: 'lying', version: '1' }, { capabilities: { tools: {}, prompts: {} } });
        s.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [] }));
        s.connect(new StdioServerTransport());`,
        ],
        cwd: process.cwd(),
      });
      expect(bad.error?.exitCode).toBe(EXIT.capture);
      expect(bad.error?.message).toContain('prompts/list page 1 failed: the server answered JSON-RPC error -32601');
      expect(bad.error?.message).toContain('advertises the capability');
    });
  });

  describe('failures say what happened', () => {
    it('a crash on start: exit code and the last lines of stderr', async () => {
      const { error, pgids } = await traceCapture({ command: ['node', FAULTY('crash-on-start.mjs')] });
      expect(error?.exitCode).toBe(EXIT.capture);
      expect(error?.message).toBe('the server crashed on start: it exited with code 1 before answering the handshake');
      expect(error?.details).toContain('Error: FAULTY_API_KEY is not set');
      expect(formatError(error)).toContain('set others with --env KEY=VALUE');
      await assertNoProcessLeft({ pgid: pgids[0] });
    });

    it('a hang in the handshake ends within the start timeout', async () => {
      const { error, durationMs, pgids } = await traceCapture({
        command: ['node', FAULTY('hang-handshake.mjs')],
        timeouts: { startMs: 1500 },
      });
      expect(error?.message).toBe('the server timed out in the handshake: no answer to initialize within the start timeout (1500 ms)');
      expect(error?.details).toContain('waiting for the license server');
      expect(error?.hint).toContain('--timeout-start');
      expect(durationMs).toBeLessThan(6000);
      await assertNoProcessLeft({ pgid: pgids[0] });
    });

    it('the total timeout bounds the whole capture', async () => {
      const { error, durationMs } = await traceCapture({
        command: ['node', FAULTY('hang-handshake.mjs')],
        timeouts: { startMs: 60_000, totalMs: 1200 },
      });
      expect(error?.message).toBe('the capture did not finish within 1200 ms (it was at: the handshake)');
      expect(durationMs).toBeLessThan(6000);
    });

    it('non-protocol text on stdout fails fast instead of hanging', async () => {
      const { error, durationMs } = await traceCapture({
        command: ['node', FAULTY('stdout-noise.mjs'), '--mode', 'text-only'],
        timeouts: { startMs: 30_000 },
      });
      expect(error?.message).toBe(
        'the server wrote non-protocol text on stdout (not JSON): "Usage: faulty-tool [--port N] <input>", during the handshake',
      );
      expect(error?.hint).toContain('stderr');
      expect(durationMs).toBeLessThan(5000);
    });

    it('keeps only a bounded tail of a flooded stderr', async () => {
      const { error } = await traceCapture({ command: ['node', CAPTURE_FAULTY('stderr-flood.mjs')] });
      expect(error?.message).toContain('exited with code 3');
      const lines = error!.details!.split('\n');
      expect(lines.length).toBeLessThanOrEqual(21);
      expect(lines.at(-1)).toContain('fatal: out of widgets');
      expect(error!.details!.length).toBeLessThan(30_000);
    });

    it('a command that does not exist', async () => {
      const { error } = await traceCapture({ command: ['mcpc-no-such-command-xyz'] });
      expect(error?.exitCode).toBe(EXIT.capture);
      expect(error?.message).toBe('could not start the server: "mcpc-no-such-command-xyz" was not found');
    });

    it('an invalid target is a usage error (exit 2)', async () => {
      expect((await traceCapture({})).error?.exitCode).toBe(EXIT.usage);
      expect((await traceCapture({ command: ['node'], url: 'http://127.0.0.1:1/mcp' })).error?.exitCode).toBe(EXIT.usage);
      expect((await traceCapture({ command: ['node', CATALOG_SERVER], cwd: '/no/such/dir' })).error?.message).toContain(
        '/no/such/dir does not exist',
      );
    });
  });
});

describe('failures after the handshake', () => {
  it('a tools/list that never answers ends at the request timeout', async () => {
    const { error, durationMs, pgids } = await traceCapture({
      command: ['node', FAULTY('hang-tools-list.mjs')],
      timeouts: { requestMs: 800 },
    });
    expect(error?.exitCode).toBe(EXIT.capture);
    expect(error?.message).toBe('the server did not answer tools/list page 1 within 800 ms');
    expect(error?.hint).toContain('--timeout-request');
    expect(durationMs).toBeLessThan(5000);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('a crash while listing names the request and shows stderr', async () => {
    const { error } = await traceCapture({ command: ['node', CAPTURE_FAULTY('misbehave-on-list.mjs'), 'crash'] });
    expect(error?.message).toBe('the server exited with code 5 during tools/list page 1');
    expect(error?.details).toContain('TypeError: cannot read properties of undefined');
  });

  it('stdout noise while listing', async () => {
    const { error } = await traceCapture({ command: ['node', CAPTURE_FAULTY('misbehave-on-list.mjs'), 'garbage'] });
    expect(error?.message).toBe('the server wrote non-protocol text on stdout (not JSON): "listing tools...", during tools/list page 1');
  });

  it('a server that closes its stdin after answering initialize but keeps running: named as such, not as a bare EPIPE', async () => {
    const script = `
      const { closeSync } = require('node:fs');
      require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
        const m = JSON.parse(line);
        if (m.method !== 'initialize') return;
        process.stdin.destroy();
        closeSync(0);
        console.error('closing input: switching to socket mode');
        process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: {}, serverInfo: { name: 'x', version: '1' } } }) + '\\n');
      });
      setInterval(() => {}, 1 << 30);`;
    const { error, durationMs, pgids } = await traceCapture({ command: ['node', '-e', script] });
    expect(error?.exitCode).toBe(EXIT.capture);
    expect(error?.message).toBe(
      'the server closed its stdin (our write failed: EPIPE) but did not exit, during the handshake, right after answering initialize',
    );
    expect(error?.hint).toContain('keep reading stdin');
    expect(error?.details).toContain('switching to socket mode');
    expect(durationMs).toBeLessThan(8000);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('a server that exits 0 at once (printed usage, or needs a stdio flag)', async () => {
    const { error } = await traceCapture({ command: ['node', '-e', 'console.error("usage: server [stdio|http]")'] });
    expect(error?.message).toBe('the server exited (code 0) before answering the handshake');
    expect(error?.details).toContain('usage: server [stdio|http]');
  });
});

describe('large catalogs', () => {
  const tools = Array.from({ length: 1500 }, (_, i) => ({
    name: `tool_${String(i).padStart(4, '0')}`,
    description: 'd'.repeat(800),
    inputSchema: { type: 'object', properties: { [`p${i}`]: { type: 'string', description: 'x'.repeat(200) } } },
  }));

  it('reads a multi-megabyte tools/list message arriving in many chunks', async () => {
    const file = writeCatalog(tempDir(), 'big.json', { tools });
    const { catalog, error } = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
    expect(error).toBeUndefined();
    expect(catalog!.tools).toEqual(tools);
  });

  it('stops at the byte limit while a single message is still arriving', async () => {
    const file = writeCatalog(tempDir(), 'big.json', { tools });
    const { error, pgids } = await traceCapture({ command: ['node', CATALOG_SERVER, file], limits: { maxBytes: 100_000 } });
    expect(error?.message).toBe('the server sent a message larger than 100000 bytes (limits.maxBytes) during tools/list page 1');
    expect(error?.hint).toContain('--max-bytes');
    await assertNoProcessLeft({ pgid: pgids[0] });
  });
});
