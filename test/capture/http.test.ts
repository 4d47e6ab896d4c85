// HTTP capture: Streamable HTTP (both eras), headers, --start with a bounded readiness wait, and the legacy SSE fallback.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { freePort } from '../helpers/net.js';
import { assertNoProcessLeft, processesInGroup } from '../helpers/processes.js';
import { HTTP_SERVER, MODERN_SERVER, SSE_SERVER, traceCapture, WEATHER } from './fixtures.js';

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started)
    if (child.pid)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
});

/** Starts a fixture HTTP server ourselves (own group, killed after the file) and waits until it listens. */
async function startServer(script: string, env: Record<string, string> = {}): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [script, WEATHER('1.0.0'), '--port', String(port)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  started.push(child);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) return { port, child };
  }
  throw new Error(`${script} did not listen on ${port}`);
}

const weatherTools = ['get_forecast', 'get_current_conditions', 'save_favorite_city'];

describe('Streamable HTTP', () => {
  it('captures a running server by URL, with headers', async () => {
    const { port } = await startServer(HTTP_SERVER, { REQUIRE_AUTHORIZATION: 'Bearer s3cret' });
    const url = `http://127.0.0.1:${port}/mcp`;
    const ok = await traceCapture({ url, headers: { Authorization: 'Bearer s3cret' } });
    expect(ok.error).toBeUndefined();
    expect(ok.catalog!.tools.map((t) => t.name)).toEqual(weatherTools);
    expect(ok.catalog!.server.version).toBe('1.0.0');

    const denied = await traceCapture({ url });
    expect(denied.error?.exitCode).toBe(EXIT.capture);
    expect(denied.error?.message).toBe(`${url} refused access during the handshake (HTTP 401)`);
    expect(denied.error?.hint).toContain('--header "Authorization: Bearer <token>"');
  });

  it('--start launches the server in its own group, waits for the URL, and ends the group', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/mcp`;
    let during: string[] = [];
    const { catalog, error, pgids } = await traceCapture(
      { url, start: `node ${HTTP_SERVER} ${WEATHER('1.1.0')} --port ${port}` },
      (line, groups) => {
        if (line.startsWith('tools/list')) during = processesInGroup(groups[0]).map((p) => p.command);
      },
    );
    expect(error).toBeUndefined();
    expect(catalog!.tools.map((t) => t.name)).toEqual([...weatherTools, 'get_alerts']);
    expect(during.some((c) => c.includes('http-server.mjs'))).toBe(true);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('speaks the 2026-07-28 era over HTTP (MCP-Protocol-Version and Mcp-Method headers)', async () => {
    const port = await freePort();
    const { catalog, error } = await traceCapture({
      url: `http://127.0.0.1:${port}/mcp`,
      start: `node ${MODERN_SERVER} ${WEATHER('1.0.0')} --port ${port}`,
    });
    expect(error).toBeUndefined();
    expect(catalog!.protocolVersion).toBe('2026-07-28');
    expect(catalog!.server).toEqual({ name: 'weather', title: 'Weather', version: '1.0.0' });
    expect(catalog!.tools.map((t) => t.name)).toEqual(weatherTools);
  });

  it('falls back to legacy SSE where the server offers only that', async () => {
    const port = await freePort();
    const { catalog, error, log, pgids } = await traceCapture({
      url: `http://127.0.0.1:${port}/sse`,
      start: `node ${SSE_SERVER} ${WEATHER('1.0.0')} --port ${port}`,
    });
    expect(error).toBeUndefined();
    expect(log.some((l) => l.includes('trying the legacy HTTP+SSE transport'))).toBe(true);
    expect(catalog!.tools.map((t) => t.name)).toEqual(weatherTools);
    expect(catalog!.resourceTemplates.map((t) => t.uriTemplate)).toEqual(['weather://forecast/{city}']);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('a URL that never answers: bounded wait, message naming the URL and the last connection error', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/mcp`;
    const { error, durationMs, pgids } = await traceCapture({ url, start: 'echo booting >&2; sleep 300', timeouts: { startMs: 1500 } });
    expect(error?.exitCode).toBe(EXIT.capture);
    expect(error?.message).toBe(
      `${url} did not answer within 1500 ms after the start command was launched (last connection error: connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(error?.details).toContain('booting');
    expect(durationMs).toBeLessThan(6000);
    await assertNoProcessLeft({ pgid: pgids[0] });
  });

  it('a start command that exits says so at once', async () => {
    const port = await freePort();
    const { error, durationMs } = await traceCapture({ url: `http://127.0.0.1:${port}/mcp`, start: 'echo "EADDRINUSE" >&2; exit 4' });
    expect(error?.message).toBe(
      `the start command \`echo "EADDRINUSE" >&2; exit 4\` exited with code 4 before http://127.0.0.1:${port}/mcp answered`,
    );
    expect(error?.details).toContain('EADDRINUSE');
    expect(durationMs).toBeLessThan(5000);
  });

  it('nothing listening and no start command', async () => {
    const port = await freePort();
    const { error } = await traceCapture({ url: `http://127.0.0.1:${port}/mcp` });
    expect(error?.exitCode).toBe(EXIT.capture);
    expect(error?.message).toBe(`could not connect to http://127.0.0.1:${port}/mcp: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error?.hint).toContain('--start');
  });

  it('a path that is neither Streamable HTTP nor SSE', async () => {
    const { port } = await startServer(HTTP_SERVER);
    const { error } = await traceCapture({ url: `http://127.0.0.1:${port}/wrong` });
    expect(error?.message).toMatch(
      new RegExp(
        `^http://127.0.0.1:${port}/wrong is neither a Streamable HTTP endpoint \\(POST answered HTTP 404\\) nor a legacy SSE endpoint`,
      ),
    );
  });

  it('an endpoint refusing both handshakes with HTTP 400 reports both refusals', async () => {
    const server = createServer((req, res) => {
      req.resume().on('end', () => res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: missing tenant'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/mcp`;
      const { error } = await traceCapture({ url });
      expect(error?.exitCode).toBe(EXIT.capture);
      expect(error?.message).toBe(
        'the server did not complete an MCP handshake: the server refused initialize (HTTP 400: bad request: missing tenant) and server/discover (HTTP 400: bad request: missing tenant)',
      );
    } finally {
      server.close();
    }
  });
});
