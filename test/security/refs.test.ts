// $refs in a server's schemas: remote ones are never fetched (a recording server proves it) and are reported; deep and cyclic ones terminate without losing a change.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import type { Json } from '../../src/findings/json.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { UserError } from '../../src/errors.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const CATALOG_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'catalog-server.mjs');

function catalogWith(inputSchema: Json): Catalog {
  return {
    server: { name: 'refs', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {} },
    tools: [{ name: 'search', description: 'Searches.', inputSchema }],
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}

/** An object schema whose `filter` property is `filter`. */
const withFilter = (filter: Json): Json => ({ type: 'object', properties: { filter } });

/** A loopback HTTP server that records every request it gets (and answers a schema, should anyone ask). */
class RecordingServer {
  readonly requests: string[] = [];
  private server?: Server;
  url = '';
  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'string' }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections?.();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('remote $refs are never fetched, and are reported', () => {
  const recorder = new RecordingServer();
  const tempDir = useTempDirs('mcpc-refs-');
  beforeAll(() => recorder.start());
  afterAll(() => recorder.stop());

  const remoteRefs = () => [
    `${recorder.url}/filter.json`,
    `${recorder.url}/defs.json#/$defs/filter`,
    'https://127.0.0.1:1/filter.json',
    'file:///etc/passwd',
    'filter.schema.json',
    '../schemas/filter.json#/definitions/filter',
    '//127.0.0.1/protocol-relative.json',
  ];

  it('in-process diff with the oracle on: one inconclusive finding per remote ref, zero requests', async () => {
    for (const ref of remoteRefs()) {
      const findings = await diffCatalogs(catalogWith(withFilter({ type: 'object' })), catalogWith(withFilter({ $ref: ref })));
      const inconclusive = findings.filter(
        (f) => f.rule === 'input-schema-inconclusive' && f.path === '/inputSchema/properties/filter/$ref',
      );
      expect(inconclusive, `${ref}: ${JSON.stringify(findings)}`).toHaveLength(1);
      expect(inconclusive[0]!.message).toContain('never fetches');
    }
    expect(recorder.requests).toEqual([]);
  });

  it('file refs are not opened: a ref to a FIFO (opening one for reading blocks until a writer comes) returns at once', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'schema.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const ref of [`file://${fifo}`, 'schema.fifo', './schema.fifo#/$defs/x']) {
      const findings = await diffCatalogs(catalogWith(withFilter({ type: 'object' })), catalogWith(withFilter({ $ref: ref })));
      expect(findings.map((f) => f.rule)).toContain('input-schema-inconclusive');
    }
    writeFileSync(
      path.join(dir, 'base.json'),
      JSON.stringify({ tools: [{ name: 'search', inputSchema: withFilter({ type: 'object' }) }] }),
    );
    writeFileSync(
      path.join(dir, 'head.json'),
      JSON.stringify({ tools: [{ name: 'search', inputSchema: withFilter({ $ref: 'schema.fifo' }) }] }),
    );
    const r = await runCli(['diff', 'base.json', 'head.json'], { cwd: dir, timeoutMs: 20_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('input-schema-inconclusive');
  });

  it('a remote ref nested in $defs, items, anyOf and additionalProperties: reported, not fetched', async () => {
    const ref = `${recorder.url}/nested.json`;
    const before: Json = {
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/A' },
        list: { type: 'array', items: { type: 'string' } },
        either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        map: { type: 'object', additionalProperties: { type: 'string' } },
      },
      $defs: { A: { type: 'string' } },
    };
    const after: Json = {
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/A' },
        list: { type: 'array', items: { $ref: ref } },
        either: { anyOf: [{ type: 'string' }, { $ref: ref }] },
        map: { type: 'object', additionalProperties: { $ref: ref } },
      },
      $defs: { A: { $ref: ref } },
    };
    const findings = await diffCatalogs(catalogWith(before), catalogWith(after));
    const inconclusive = findings.filter((f) => f.rule === 'input-schema-inconclusive').map((f) => f.path);
    // Each place where the head now points at an external schema is undecidable: reported as such, never as a safe widening to "any".
    for (const at of [
      '/inputSchema/properties/a',
      '/inputSchema/properties/list/items',
      '/inputSchema/properties/either/anyOf/1',
      '/inputSchema/properties/map/additionalProperties',
    ]) {
      expect(
        inconclusive.some((p) => p.startsWith(at)),
        `${at}: ${JSON.stringify(findings.map((f) => `${f.rule} ${f.path}`))}`,
      ).toBe(true);
    }
    expect(findings.filter((f) => f.rule === 'input-type-widened').map((f) => f.path)).toEqual([]);
    expect(recorder.requests).toEqual([]);
  });

  // A network $ref newly introduced is itself breaking (MCP 2026-07-28: clients never fetch it; input-schema-network-ref-added).
  it('through the CLI (diff with the oracle, snapshot of a live server, check): zero requests, an inconclusive finding and the breaking network-ref one', async () => {
    const dir = tempDir();
    const base = {
      serverInfo: { name: 'refs', version: '1.0.0' },
      tools: [{ name: 'search', inputSchema: withFilter({ type: 'object' }) }],
    };
    const head = {
      serverInfo: { name: 'refs', version: '1.0.0' },
      tools: [{ name: 'search', inputSchema: withFilter({ $ref: `${recorder.url}/filter.json` }) }],
    };
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(path.join(dir, 'head.json'), JSON.stringify(head));

    const diff = await runCli(['diff', 'base.json', 'head.json', '--format', 'json'], { cwd: dir });
    expect(diff.code, diff.stderr).toBe(1);
    const rules = JSON.parse(diff.stdout).findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`);
    expect(rules).toContain('input-schema-inconclusive /inputSchema/properties/filter/$ref');
    expect(rules).toContain('input-schema-network-ref-added /inputSchema/properties/filter/$ref');

    const snap = await runCli(['snapshot', '--out', 'head.snapshot.json', '--', 'node', CATALOG_SERVER, 'head.json'], { cwd: dir });
    expect(snap.code, snap.stderr).toBe(0);
    const check = await runCli(['check', '--baseline', 'base.json', '--format', 'json', '--', 'node', CATALOG_SERVER, 'head.json'], {
      cwd: dir,
    });
    expect(check.code, check.stderr).toBe(1);
    expect(JSON.parse(check.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['input-schema-inconclusive', 'input-schema-network-ref-added']),
    );
    expect(recorder.requests).toEqual([]);
  });
});

/** `depth` nested object levels down to `leaf` at /properties/a/properties/a/... */
function nested(depth: number, leaf: Json): Json {
  let s = leaf;
  for (let i = 0; i < depth; i++) s = { type: 'object', properties: { a: s } };
  return s;
}

/** `filter` → $defs/d0 → d1 → … → d<depth> = leaf: a chain of `depth` aliasing refs. */
function refChain(depth: number, leaf: Json): Json {
  const defs: Record<string, Json> = {};
  for (let i = 0; i < depth; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i + 1}` };
  defs[`d${depth}`] = leaf;
  return { type: 'object', properties: { filter: { $ref: '#/$defs/d0' } }, $defs: defs };
}

/** A change the diff must not lose: a breaking finding, or at least an inconclusive one that says it could not tell. */
function expectNoticed(findings: { rule: string; severity: string }[], what: string): void {
  expect(
    findings.some((f) => f.severity === 'breaking' || f.rule === 'input-schema-inconclusive'),
    `${what}: ${JSON.stringify(findings.map((f) => f.rule))}`,
  ).toBe(true);
}

describe('deep and cyclic $refs terminate (bounded time, no stack overflow) and lose no change', () => {
  const deepTempDir = useTempDirs('mcpc-deep-');
  const timed = async (fn: () => Promise<unknown>) => {
    const started = Date.now();
    await fn();
    return Date.now() - started;
  };

  for (const depth of [100, 1000, 5000]) {
    it(`properties nested ${depth} levels deep, a type changed at the bottom`, async () => {
      const ms = await timed(async () => {
        // Either the change is found (or called inconclusive), or the input is refused with a UserError that says why.
        const outcome = await diffCatalogs(
          catalogWith(nested(depth, { type: 'string' })),
          catalogWith(nested(depth, { type: 'integer' })),
          { oracle: false },
        ).then(
          (findings) => ({ findings }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(UserError);
          expect((outcome.error as UserError).message).toMatch(/deep|nest/i);
        } else expectNoticed(outcome.findings, `nested ${depth}`);
      });
      expect(ms).toBeLessThan(10_000);
    });
  }

  for (const depth of [10, 40, 3000]) {
    it(`a chain of ${depth} aliasing $refs, the type changed at its end`, async () => {
      const ms = await timed(async () => {
        const findings = await diffCatalogs(
          catalogWith(refChain(depth, { type: 'string' })),
          catalogWith(refChain(depth, { type: 'integer' })),
          { oracle: false },
        );
        expectNoticed(findings, `chain ${depth}`);
      });
      expect(ms).toBeLessThan(10_000);
    });
  }

  it('a chain of 3000 $refs that did not change: no finding', async () => {
    const findings = await diffCatalogs(
      catalogWith(refChain(3000, { type: 'string' })),
      catalogWith({ ...(refChain(3000, { type: 'string' }) as object), description: 'same contract' }),
      { oracle: false },
    );
    expect(findings.filter((f) => f.severity === 'breaking')).toEqual([]);
  });

  const cycles: [string, Json, Json][] = [
    ['a schema that is only {"$ref": "#"}', { $ref: '#' }, { $ref: '#', description: 'x' }],
    [
      'two $defs that refer to each other',
      { type: 'object', properties: { x: { $ref: '#/$defs/a' } }, $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } },
      { type: 'object', properties: { x: { $ref: '#/$defs/b' } }, $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } },
    ],
    [
      'a self-referencing ref with a sibling',
      { type: 'object', properties: { x: { $ref: '#/properties/x', type: 'string' } } },
      { type: 'object', properties: { x: { $ref: '#/properties/x', type: 'integer' } } },
    ],
  ];
  for (const [name, before, after] of cycles) {
    it(`${name}: terminates`, async () => {
      for (const oracle of [false, undefined] as const) {
        const ms = await timed(() => diffCatalogs(catalogWith(before), catalogWith(after), { oracle }));
        expect(ms).toBeLessThan(10_000);
      }
    });
  }

  it('a recursive tree (node → children: [node]) with a break deep inside: reported once, terminates', async () => {
    const tree = (valueType: string): Json => ({
      type: 'object',
      properties: { root: { $ref: '#/$defs/node' } },
      $defs: {
        node: { type: 'object', properties: { value: { type: valueType }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } },
      },
    });
    for (const oracle of [false, undefined] as const) {
      const findings = await diffCatalogs(catalogWith(tree('string')), catalogWith(tree('integer')), { oracle });
      expect(findings.filter((f) => f.rule === 'input-type-changed')).toHaveLength(1);
    }
  });

  it('through the CLI: a 5000-level schema gets a verdict or a clear refusal, not a crash', async () => {
    const dir = deepTempDir();
    // Written as text: JSON.stringify itself runs out of stack on 10,000 nested objects.
    const deepText = (leafType: string) =>
      `{"tools":[{"name":"deep","inputSchema":${'{"type":"object","properties":{"a":'.repeat(5000)}{"type":"${leafType}"}${'}}'.repeat(5000)}}]}`;
    writeFileSync(path.join(dir, 'base.json'), deepText('string'));
    writeFileSync(path.join(dir, 'head.json'), deepText('integer'));
    const r = await runCli(['diff', 'base.json', 'head.json', '--format', 'json'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.stderr).not.toMatch(/unexpected failure|Maximum call stack/);
    if (r.code === 2)
      expect(r.stderr).toMatch(/deep|nest/i); // refused with a clear message
    else {
      expect(r.code, r.stderr).toBe(1);
      expectNoticed(JSON.parse(r.stdout).findings, 'CLI nested 5000');
    }
  });
});
