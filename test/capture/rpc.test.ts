// RpcClient response matching: an answer to an id we never sent ends the run at once, naming the id.
import { describe, expect, it } from 'vitest';
import { RpcClient, UnmatchedResponse, type Channel, type JsonRpcMessage } from '../../src/capture/rpc.js';

/** An in-memory server: answers each request with `reply(request)` (undefined: no answer). */
function channelAnswering(reply: (request: JsonRpcMessage) => JsonRpcMessage[]): Channel {
  const channel: Channel = {
    send: async (message) => {
      if (typeof message.method !== 'string' || message.id === undefined) return;
      for (const answer of reply(message)) queueMicrotask(() => channel.onmessage?.(answer));
    },
    close: async () => {},
  };
  return channel;
}

const ok = (id: unknown) => ({ jsonrpc: '2.0', id, result: { tools: [] } }) as JsonRpcMessage;

describe('RpcClient response ids', () => {
  it('fails the pending request at once when the server answers an id nobody asked for', async () => {
    const rpc = new RpcClient(channelAnswering(() => [ok('not-your-request-4711')]));
    const started = Date.now();
    const err = await rpc.request('tools/list', undefined, 10_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnmatchedResponse);
    expect((err as Error).message).toBe('the server answered id "not-your-request-4711", which matches no request we sent');
    expect(Date.now() - started).toBeLessThan(1000);
    // The client is unusable afterwards: the next request fails with the same fault.
    await expect(rpc.request('prompts/list', undefined, 10_000)).rejects.toBe(err);
  });

  it('names an id-less response (e.g. a parse error the server could not tie to a request)', async () => {
    const parseError = { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } } as JsonRpcMessage;
    const rpc = new RpcClient(channelAnswering(() => [parseError]));
    await expect(rpc.request('initialize', {}, 10_000)).rejects.toThrow(/response without an id .*Parse error.*matches no request we sent/);
  });

  it('takes a numeric-string id as the number it spells (as SDK clients do), and ignores a second answer', async () => {
    const log: string[] = [];
    const rpc = new RpcClient(
      channelAnswering((req) => [ok(String(req.id)), ok(req.id)]),
      (line) => log.push(line),
    );
    await expect(rpc.request('tools/list', undefined, 10_000)).resolves.toMatchObject({ result: { tools: [] } });
    await expect(rpc.request('tools/list', undefined, 10_000)).resolves.toMatchObject({ result: { tools: [] } });
    expect(log).toContain('ignored a second or late answer to request 1');
  });
});
