// readLists against an in-memory server: cache hints merged over pages (shortest ttlMs, strictest scope), and the
// tools/list order check: when it runs (cheap by default, forced or off), what it judges, and what it refuses to judge.
import { describe, expect, it } from 'vitest';
import { CHEAP_ORDER_CHECK_BYTES, readLists, type ListReadOptions } from '../../src/capture/lists.js';
import type { Handshake } from '../../src/capture/negotiate.js';
import { RpcClient, type Channel, type JsonRpcMessage } from '../../src/capture/rpc.js';
import type { JsonObject } from '../../src/findings/json.js';

/** An in-memory server answering list requests with `answer(method, cursor, callNo)`; every request is recorded. */
function server(answer: (method: string, cursor: string | undefined, call: number) => object) {
  const requests: string[] = [];
  const channel: Channel = {
    send: async (m: JsonRpcMessage) => {
      if (typeof m.method !== 'string' || m.id === undefined) return;
      requests.push(m.method);
      const cursor = (m.params as { cursor?: string } | undefined)?.cursor;
      const result = answer(m.method, cursor, requests.filter((r) => r === m.method).length);
      queueMicrotask(() => channel.onmessage?.({ jsonrpc: '2.0', id: m.id!, result: result as JsonObject }));
    },
    close: async () => {},
  };
  return { rpc: new RpcClient(channel), requests };
}

const handshake: Handshake = { era: 'modern', protocolVersion: '2026-07-28', serverInfo: {}, capabilities: { tools: {}, prompts: {} } };
const tool = (name: string) => ({ name, inputSchema: { type: 'object' } });
const options = (over: Partial<ListReadOptions> = {}, log: string[] = []): ListReadOptions => ({
  limits: { maxPages: 10, maxBytes: 1 << 24 },
  requestTimeoutMs: 5000,
  log: (l) => log.push(l),
  ...over,
});

describe('list cache hints (SEP-2549)', () => {
  it('records the shortest ttlMs and the strictest cacheScope over the pages of each list', async () => {
    const { rpc } = server((method, cursor) => {
      if (method === 'prompts/list') return { prompts: [], ttlMs: 1000, cacheScope: 'public' };
      return cursor === undefined
        ? { tools: [tool('a')], nextCursor: 'p2', ttlMs: 300000, cacheScope: 'public' }
        : { tools: [tool('b')], ttlMs: 60000, cacheScope: 'private' };
    });
    const read = await readLists(rpc, handshake, options({ checkOrder: false }));
    expect(read.cacheHints).toEqual({ tools: { ttlMs: 60000, cacheScope: 'private' }, prompts: { ttlMs: 1000, cacheScope: 'public' } });
    expect(read.lists.tools.map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('records nothing for a list whose results carry no hints (every era before 2026-07-28), and keeps invalid values raw', async () => {
    const { rpc } = server((method) => (method === 'tools/list' ? { tools: [], ttlMs: -5, cacheScope: 'shared' } : { prompts: [] }));
    const read = await readLists(rpc, handshake, options());
    expect(read.cacheHints).toEqual({ tools: { ttlMs: -5, cacheScope: 'shared' } });
  });
});

describe('tools/list order check', () => {
  const rotating = (method: string, _cursor: string | undefined, call: number) =>
    method === 'tools/list' ? { tools: call % 2 ? [tool('a'), tool('b')] : [tool('b'), tool('a')] } : { prompts: [] };

  it('reads a small one-page tools/list twice by default and reports a changed order', async () => {
    const log: string[] = [];
    const { rpc, requests } = server(rotating);
    const read = await readLists(rpc, handshake, options({}, log));
    expect(requests.filter((r) => r === 'tools/list')).toHaveLength(2);
    expect(read.listOrder).toEqual({ tools: 'unstable' });
    expect(read.lists.tools.map((t) => t.name)).toEqual(['a', 'b']);
    expect(log).toContain('tools/list (second read, order check): a different order');
  });

  it('says nothing when the order holds', async () => {
    const log: string[] = [];
    const { rpc } = server((m) => (m === 'tools/list' ? { tools: [tool('a'), tool('b')] } : { prompts: [] }));
    expect((await readLists(rpc, handshake, options({}, log))).listOrder).toEqual({ tools: 'stable' });
    expect(log).toContain('tools/list (second read, order check): same order');
  });

  it('skips the second read when switched off, for a single tool, and by default for a paginated or large list', async () => {
    const off = server(rotating);
    expect((await readLists(off.rpc, handshake, options({ checkOrder: false }))).listOrder).toEqual({});
    expect(off.requests.filter((r) => r === 'tools/list')).toHaveLength(1);

    const single = server((m) => (m === 'tools/list' ? { tools: [tool('a')] } : { prompts: [] }));
    await readLists(single.rpc, handshake, options({ checkOrder: true }));
    expect(single.requests.filter((r) => r === 'tools/list')).toHaveLength(1);

    const paged = server((m, cursor) =>
      m === 'tools/list' ? (cursor ? { tools: [tool('b')] } : { tools: [tool('a')], nextCursor: 'x' }) : { prompts: [] },
    );
    await readLists(paged.rpc, handshake, options());
    expect(paged.requests.filter((r) => r === 'tools/list')).toHaveLength(2); // two pages, no second read

    const big = 'x'.repeat(CHEAP_ORDER_CHECK_BYTES);
    const large = server((m) => (m === 'tools/list' ? { tools: [{ ...tool('a'), description: big }, tool('b')] } : { prompts: [] }));
    await readLists(large.rpc, handshake, options());
    expect(large.requests.filter((r) => r === 'tools/list')).toHaveLength(1);
  });

  it('forced (--check-order), it reads a paginated list twice and judges the whole order', async () => {
    const { rpc, requests } = server((m, cursor, call) => {
      if (m !== 'tools/list') return { prompts: [] };
      const order = call <= 2 ? ['a', 'b'] : ['b', 'a'];
      return cursor ? { tools: [tool(order[1]!)] } : { tools: [tool(order[0]!)], nextCursor: 'x' };
    });
    const read = await readLists(rpc, handshake, options({ checkOrder: true }));
    expect(requests.filter((r) => r === 'tools/list')).toHaveLength(4);
    expect(read.listOrder).toEqual({ tools: 'unstable' });
  });

  it('does not judge order when the second read lists other tools (the catalog changed in between)', async () => {
    const log: string[] = [];
    const { rpc } = server((m, _c, call) =>
      m === 'tools/list' ? { tools: call === 1 ? [tool('a'), tool('b')] : [tool('c'), tool('a')] } : { prompts: [] },
    );
    expect((await readLists(rpc, handshake, options({}, log))).listOrder).toEqual({});
    expect(log).toContain('tools/list (second read, order check): not judged, the second read listed other tools');
  });
});
