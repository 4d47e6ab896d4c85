// The 2026-07-28 protocol end to end: a real 2.x SDK server (@modelcontextprotocol/server, pinned) captured through
// server/discover by the bundled CLI with its cache hints, x-mcp-header and array outputSchema, diffed with exact findings;
// a server whose tools/list order rotates; and the deprecated features a capture sees (roots/sampling requests, HTTP+SSE).
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { assessQuality } from '../../src/quality/index.js';
import { runCli } from '../helpers/cli.js';
import { freePort } from '../helpers/net.js';
import { assertNoProcessLeft, killMatching } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import { CATALOG_SERVER, SERVERS, SSE_SERVER, traceCapture, WEATHER, writeCatalog } from './fixtures.js';

const tempDir = useTempDirs('mcpc-2026-');
const SDK2_SERVER = path.join(SERVERS, 'sdk2-server.mjs');
const SHUFFLE_SERVER = path.join(SERVERS, 'shuffle-server.mjs');
const ROOTS_SERVER = path.join(SERVERS, 'roots-server.mjs');

interface JsonFinding {
  rule: string;
  severity: string;
  subject: string;
  path: string;
  message: string;
}
const pinned = (f: JsonFinding) => ({ rule: f.rule, severity: f.severity, subject: f.subject, path: f.path, message: f.message });

/** `mcp-contract snapshot` of a stdio server into `out`; the marker argument finds the server's processes afterwards. */
async function snapshotCli(out: string, command: string[], extra: string[] = []) {
  const marker = `marker-${randomUUID()}`;
  try {
    const result = await runCli(['snapshot', '--out', out, ...extra, '--', ...command, marker]);
    expect(result.code, result.stderr).toBe(0);
    await assertNoProcessLeft({ marker });
    return parseSnapshotText(readFileSync(out, 'utf8'), out) as any;
  } finally {
    killMatching(marker);
  }
}

describe('a 2026-07-28 server built with the 2.x SDK', () => {
  it('is captured through server/discover with cache hints, x-mcp-header and an array outputSchema, and diffed exactly', async () => {
    const dir = tempDir();
    const base = await snapshotCli(path.join(dir, 'base.json'), ['node', SDK2_SERVER, '1.0.0']);
    const head = await snapshotCli(path.join(dir, 'head.json'), ['node', SDK2_SERVER, '2.0.0']);
    expect(base).toMatchObject({
      server: { name: 'sdk2-weather', version: '1.0.0' },
      protocolVersion: '2026-07-28',
      transport: 'stdio',
      cacheHints: { tools: { ttlMs: 300000, cacheScope: 'public' } },
      serverRequests: [],
    });
    expect(base.tools).toHaveLength(1);
    expect(base.tools[0].outputSchema).toEqual({ type: 'array', items: { type: 'number' } });
    expect(base.tools[0].inputSchema.properties.region['x-mcp-header']).toBe('Region');
    expect(JSON.stringify(base.tools)).not.toMatch(/ttlMs|cacheScope|resultType/);
    expect(head.cacheHints).toEqual({ tools: { ttlMs: 60000, cacheScope: 'private' } });

    const diff = await runCli(['diff', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--format', 'json']);
    expect(diff.code, diff.stderr).toBe(1);
    const report = JSON.parse(diff.stdout) as { findings: JsonFinding[]; lint: { new: unknown[] }; requiredBump: string };
    expect(report.findings.map(pinned)).toEqual([
      {
        rule: 'input-mcp-header-renamed',
        severity: 'breaking',
        subject: 'get_forecast',
        path: '/inputSchema/properties/region/x-mcp-header',
        message:
          'Tool "get_forecast": parameter "region" now travels in the "Mcp-Param-Forecast-Region" header instead of "Mcp-Param-Region"; gateways and proxies that route or filter on "Mcp-Param-Region" no longer receive it, and the server rejects calls from clients holding the old inputSchema (HeaderMismatch) until they list tools again. Keep the old header name, or ship this as a breaking change.',
      },
      {
        rule: 'list-cache-scope-changed',
        severity: 'warning',
        subject: 'sdk2-weather',
        path: '/cacheHints/tools/cacheScope',
        message:
          'tools/list cacheScope changed from "public" to "private": the list is now per user: shared caches must stop serving one copy across authorization contexts, and clients behind a shared cache fetch their own.',
      },
      {
        rule: 'deprecated-feature-adopted',
        severity: 'warning',
        subject: 'sdk2-weather',
        path: '/capabilities/logging',
        message:
          'The server now advertises the logging capability: Logging is deprecated in MCP 2026-07-28 (SEP-2577; removal no earlier than the first revision on or after 2027-07-28), and new implementations should not adopt it; log to stderr (stdio) or use OpenTelemetry instead.',
      },
      {
        rule: 'server-capability-added',
        severity: 'safe',
        subject: 'sdk2-weather',
        path: '/capabilities/logging',
        message: 'Server now advertises capability "logging".',
      },
      {
        rule: 'list-cache-ttl-changed',
        severity: 'info',
        subject: 'sdk2-weather',
        path: '/cacheHints/tools/ttlMs',
        message: 'tools/list ttlMs changed from 300000 to 60000: clients may now reuse a cached list for 60 s instead of 5 min.',
      },
    ]);
    // The array outputSchema is valid under 2026-07-28, and the header declarations are valid: no lint finding.
    expect(report.lint.new).toEqual([]);
    expect(report.requiredBump).toBe('major');
  });
});

describe('tools/list order', () => {
  const catalog = {
    serverInfo: { name: 'shuffled', version: '1.0.0' },
    tools: ['alpha', 'bravo', 'charlie'].map((name) => ({
      name,
      description: `Runs the ${name} operation and returns its result.`,
      inputSchema: { type: 'object' },
    })),
  };

  it('a server that changes the order between two reads is linted, while the snapshot stays canonical', async () => {
    const dir = tempDir();
    const file = writeCatalog(dir, 'catalog.json', catalog);
    const shuffled = await traceCapture({ command: ['node', SHUFFLE_SERVER, file] });
    expect(shuffled.error).toBeUndefined();
    expect(shuffled.catalog!.listOrder).toEqual({ tools: 'unstable' });
    expect(shuffled.log).toContain('tools/list (second read, order check): a different order');
    await assertNoProcessLeft({ pgid: shuffled.pgids[0]! });

    const stable = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
    expect(stable.catalog!.listOrder).toEqual({ tools: 'stable' });
    expect(stable.log).toContain('tools/list (second read, order check): same order');
    await assertNoProcessLeft({ pgid: stable.pgids[0]! });

    // Same tools either way: the snapshot (canonical order) has the same catalog hash; only the lint tells them apart.
    // The base's capture found the order stable, so the unstable head is new in this change (and gated).
    const [base, head] = [toSnapshot(stable.catalog!), toSnapshot(shuffled.catalog!)];
    expect(head.hashes.catalog).toBe(base.hashes.catalog);
    expect(head.tools.map((t) => t.name)).toEqual(['alpha', 'bravo', 'charlie']);
    const findings = await diffCatalogs(base, head, { oracle: false });
    expect(findings).toEqual([]);
    const quality = await assessQuality(base, head, { diffFindings: findings, footprint: false });
    expect(quality.findings.map((f) => [f.rule, f.severity, f.subject, f.path])).toEqual([
      ['tools-list-order-nondeterministic', 'warning', 'shuffled', '/listOrder/tools'],
    ]);
  });

  it('--check-order is honoured by the CLI, and checkOrder: false reads the list once', async () => {
    const dir = tempDir();
    const file = writeCatalog(dir, 'paged.json', { ...catalog, pageSize: 2 });
    // Two pages: not cheap, so only the flag makes the capture read it twice.
    const flagged = await snapshotCli(path.join(dir, 'flagged.json'), ['node', SHUFFLE_SERVER, file], ['--check-order']);
    expect(flagged.listOrder).toEqual({ tools: 'unstable' });
    const unflagged = await snapshotCli(path.join(dir, 'unflagged.json'), ['node', SHUFFLE_SERVER, file]);
    expect(unflagged.listOrder).toBeUndefined();

    const off = await traceCapture({ command: ['node', SHUFFLE_SERVER, writeCatalog(dir, 'one.json', catalog)], checkOrder: false });
    expect(off.catalog!.listOrder).toBeUndefined();
    expect(off.log.filter((l) => l.includes('order check'))).toEqual([]);
    await assertNoProcessLeft({ pgid: off.pgids[0]! });
  });
});

describe('deprecated features seen by the capture', () => {
  it('a server that starts asking for roots and sampling gets deprecated-feature-adopted warnings', async () => {
    const file = writeCatalog(tempDir(), 'catalog.json', { serverInfo: { name: 'roots-demo', version: '1.0.0' }, tools: [] });
    const before = await traceCapture({ command: ['node', CATALOG_SERVER, file] });
    const after = await traceCapture({ command: ['node', ROOTS_SERVER, file, 'sampling'] });
    expect(before.catalog!.serverRequests).toEqual([]);
    expect(after.catalog!.serverRequests).toEqual(['roots/list', 'sampling/createMessage']);
    for (const run of [before, after]) await assertNoProcessLeft({ pgid: run.pgids[0]! });
    const findings = await diffCatalogs(toSnapshot(before.catalog!), toSnapshot(after.catalog!), { oracle: false });
    expect(findings.map((f) => [f.rule, f.severity, f.path, f.after])).toEqual([
      ['deprecated-feature-adopted', 'warning', '/serverRequests', 'roots/list'],
      ['deprecated-feature-adopted', 'warning', '/serverRequests', 'sampling/createMessage'],
    ]);
  });

  it('a capture that has to fall back to HTTP+SSE records the transport, and the switch is a warning', async () => {
    const port = await freePort();
    const sse = await traceCapture({ url: `http://127.0.0.1:${port}/sse`, start: `node ${SSE_SERVER} ${WEATHER('1.0.0')} --port ${port}` });
    expect(sse.error).toBeUndefined();
    expect(sse.catalog!.transport).toBe('sse');
    await assertNoProcessLeft({ pgid: sse.pgids[0]! });
    const stdio = await traceCapture({ command: ['node', CATALOG_SERVER, WEATHER('1.0.0')] });
    expect(stdio.catalog!.transport).toBe('stdio');
    await assertNoProcessLeft({ pgid: stdio.pgids[0]! });
    const findings = await diffCatalogs(toSnapshot(stdio.catalog!), toSnapshot(sse.catalog!), { oracle: false });
    expect(findings.filter((f) => f.rule === 'deprecated-feature-adopted').map((f) => [f.path, f.before ?? null, f.after])).toEqual([
      ['/transport', null, 'sse'],
    ]);
  });
});
