// The HTTP byte cap: a plain body counts in total, an SSE stream per event (blank line, with LF, CR or CRLF line ends).
import { describe, expect, it } from 'vitest';
import { cappedFetch } from '../../src/capture/http.js';
import { MessageTooLarge } from '../../src/capture/rpc.js';

/** A fetch whose every response is `chunks`, sent as they are, with `contentType`. */
function serving(chunks: string[], contentType: string): typeof fetch {
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
          controller.close();
        },
      }),
      { status: 200, headers: { 'content-type': contentType } },
    );
}

async function readThrough(chunks: string[], contentType: string, maxBytes: number) {
  const exceeded: MessageTooLarge[] = [];
  const response = await cappedFetch(maxBytes, (e) => exceeded.push(e), serving(chunks, contentType))('http://127.0.0.1:1/mcp');
  const text = await response.text().then(
    (t) => t,
    (e: unknown) => e,
  );
  return { text, exceeded };
}

describe('cappedFetch', () => {
  it('a JSON body within the cap passes untouched; one byte over fails with the cap named', async () => {
    const body = '{"jsonrpc":"2.0","id":1,"result":{}}';
    expect(await readThrough([body.slice(0, 10), body.slice(10)], 'application/json', body.length)).toEqual({ text: body, exceeded: [] });
    const over = await readThrough([body.slice(0, 10), body.slice(10)], 'application/json', body.length - 1);
    expect(over.exceeded.map((e) => e.message)).toEqual([`the server sent an HTTP response body larger than ${body.length - 1} bytes`]);
    expect(over.text).toBeInstanceOf(MessageTooLarge);
  });

  it.each([['\n\n'], ['\r\r'], ['\r\n\r\n']])(
    'an SSE stream of many events (%j between them) passes though it is far larger than the cap',
    async (end) => {
      const event = `event: message${end.slice(0, end.length / 2)}data: ${'x'.repeat(50)}${end}`;
      const chunks = Array.from({ length: 100 }, () => event);
      const { text, exceeded } = await readThrough(chunks, 'text/event-stream', 100);
      expect(exceeded).toEqual([]);
      expect(text).toBe(chunks.join(''));
    },
  );

  it('one SSE event past the cap fails, even when a boundary-looking CR LF pair arrives split across chunks', async () => {
    const { exceeded } = await readThrough(
      ['data: ', 'x'.repeat(60), '\r', '\ndata: ', 'y'.repeat(60)],
      'text/event-stream; charset=utf-8',
      100,
    );
    expect(exceeded.map((e) => e.message)).toEqual(['the server sent an SSE event larger than 100 bytes']);
  });
});
