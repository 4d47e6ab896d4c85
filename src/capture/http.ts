// HTTP channels: Streamable HTTP (the SDK's client transport) with legacy SSE as a fallback, and the readiness wait for --start.
import { connect } from 'node:net';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { MessageTooLarge, type Channel, type JsonRpcMessage } from './rpc.js';

/** The server answered an HTTP request with an error status. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.name = 'HttpStatusError';
  }
}

/** No HTTP answer at all: refused, reset, DNS, TLS. */
export class ConnectionFailed extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`could not connect to ${url}: ${reason}`);
    this.name = 'ConnectionFailed';
  }
}

/** The innermost cause of a fetch failure ("connect ECONNREFUSED 127.0.0.1:1234" rather than "fetch failed"). */
export function describeNetworkError(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  const code = (e as NodeJS.ErrnoException)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

function toTransportError(err: unknown, url: string): Error {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'number' && code >= 100) {
    const text = (err as Error).message.replace(/^(Streamable HTTP|SSE) error: /, '').replace(/^Error POSTing to endpoint:\s*/, '');
    return new HttpStatusError(code, text);
  }
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) return new ConnectionFailed(url, describeNetworkError(err));
  if (
    err instanceof Error &&
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH'].includes((err as NodeJS.ErrnoException).code ?? '')
  ) {
    return new ConnectionFailed(url, describeNetworkError(err));
  }
  return err instanceof Error ? err : new Error(String(err));
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts the bytes of an SSE stream since the last event ended (a blank line: LF, CR or CRLF line ends, as the SSE
 * format allows), so a long-lived stream of small events passes while one endless event is cut at the limit.
 */
class SseEventMeter {
  private eventBytes = 0;
  private lineEmpty = true;
  private afterCR = false;

  /** Adds a chunk; returns the size of the event still open at its end. */
  add(chunk: Uint8Array): number {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === LF && this.afterCR) {
        this.afterCR = false; // the LF of a CRLF: that line already ended at the CR
        continue;
      }
      this.afterCR = b === CR;
      if (b === LF || b === CR) {
        if (this.lineEmpty) this.eventBytes = 0;
        else this.eventBytes++;
        this.lineEmpty = true;
      } else {
        this.eventBytes++;
        this.lineEmpty = false;
      }
    }
    return this.eventBytes;
  }
}

/**
 * Wraps fetch so that no response is read past `maxBytes`: a JSON (or any non-SSE) body in total, an SSE stream per
 * event. On the first byte past the limit the body errors and `onExceeded` is told, so the capture ends at once
 * with a message naming the limit, instead of buffering an endless body until the request timeout.
 */
export function cappedFetch(maxBytes: number, onExceeded: (error: MessageTooLarge) => void, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body || (response.status >= 300 && response.status < 400)) return response;
    const sse = (response.headers.get('content-type') ?? '').toLowerCase().includes('text/event-stream');
    const meter = sse ? new SseEventMeter() : undefined;
    let total = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          const open = meter ? meter.add(chunk) : (total += chunk.byteLength);
          if (open > maxBytes) {
            const error = new MessageTooLarge(maxBytes, sse ? 'an SSE event' : 'an HTTP response body');
            onExceeded(error);
            controller.error(error);
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    const capped = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(capped, 'url', { value: response.url });
    return capped;
  };
}

/** Adapts an SDK client transport (Streamable HTTP or SSE) to our Channel. */
class SdkTransportChannel implements Channel {
  onmessage?: (message: JsonRpcMessage) => void;
  onfatal?: (error: Error) => void;
  private closing = false;

  constructor(
    readonly transport: Transport,
    private readonly url: string,
    log: (line: string) => void,
  ) {
    transport.onmessage = (m) => this.onmessage?.(m as unknown as JsonRpcMessage);
    // Errors of the optional server-to-client stream (e.g. 405 on GET) do not stop request/response traffic.
    transport.onerror = (e) => log(`http transport: ${e.message}`);
    transport.onclose = () => {
      if (!this.closing) this.onfatal?.(new ConnectionFailed(url, 'the server closed the connection'));
    };
  }

  async send(message: JsonRpcMessage): Promise<void> {
    try {
      await this.transport.send(message as unknown as JSONRPCMessage);
    } catch (err) {
      throw toTransportError(err, this.url);
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const t = this.transport as Transport & { terminateSession?: () => Promise<void>; sessionId?: string };
    if (t.terminateSession && t.sessionId) {
      await Promise.race([t.terminateSession().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
    }
    await this.transport.close().catch(() => {});
  }
}

export interface HttpChannel extends Channel {
  kind: 'streamable-http' | 'sse';
  /** Sets the headers a protocol version needs (MCP-Protocol-Version; Mcp-Method in the 2026-07-28 era). */
  useProtocolVersion(version: string, era: 'legacy' | 'modern'): void;
}

/**
 * Streamable HTTP channel. Headers of the 2026-07-28 era (MCP-Protocol-Version and Mcp-Method on every POST) are
 * added by a fetch wrapper once the era is known; the SDK transport takes care of sessions and SSE responses.
 */
export function streamableHttpChannel(
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
  log: (line: string) => void,
): HttpChannel {
  let modernVersion: string | undefined;
  let channel: (SdkTransportChannel & HttpChannel) | undefined;
  const capped = cappedFetch(maxBytes, (error) => channel?.onfatal?.(error));
  const fetchWithEraHeaders = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (modernVersion && init?.method === 'POST' && typeof init.body === 'string') {
      const h = new Headers(init.headers);
      h.set('mcp-protocol-version', modernVersion);
      try {
        const body = JSON.parse(init.body) as { method?: unknown };
        if (typeof body.method === 'string') h.set('mcp-method', body.method);
      } catch {
        /* not ours to judge */
      }
      init = { ...init, headers: h };
    }
    return capped(input, init);
  };
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers }, fetch: fetchWithEraHeaders });
  channel = new SdkTransportChannel(transport, url, log) as SdkTransportChannel & HttpChannel;
  channel.kind = 'streamable-http';
  channel.useProtocolVersion = (version, era) => {
    if (era === 'modern') modernVersion = version;
    else transport.setProtocolVersion(version);
  };
  return channel;
}

/** Legacy HTTP+SSE channel (protocol 2024-11-05): GET opens the event stream, which names the POST endpoint. */
export async function sseChannel(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBytes: number,
  log: (line: string) => void,
): Promise<HttpChannel> {
  let channel: (SdkTransportChannel & HttpChannel) | undefined;
  let rejectStart: (error: Error) => void = () => {};
  const capped = cappedFetch(maxBytes, (error) => {
    rejectStart(error); // an endless first event: the stream never names its endpoint
    channel?.onfatal?.(error);
  });
  const transport = new SSEClientTransport(new URL(url), { requestInit: { headers }, fetch: capped });
  channel = new SdkTransportChannel(transport, url, log) as SdkTransportChannel & HttpChannel;
  channel.kind = 'sse';
  channel.useProtocolVersion = (version) => transport.setProtocolVersion(version);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      transport.start(),
      new Promise((_, reject) => {
        rejectStart = reject;
        timer = setTimeout(() => reject(new Error(`the SSE stream sent no "endpoint" event within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (err) {
    await transport.close().catch(() => {});
    throw toTransportError(err, url);
  } finally {
    clearTimeout(timer);
    rejectStart = () => {};
  }
  return channel;
}

/** The TCP port a URL names (its explicit port, else the scheme's default). */
export function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

/** Whether something accepts TCP connections on the URL's host and port right now (one attempt). */
export async function portAccepts(url: string, timeoutMs = 1000): Promise<boolean> {
  return tryConnect(new URL(url), timeoutMs).then(
    () => true,
    () => false,
  );
}

/** One TCP connection attempt to the URL's host and port: resolves on connect, rejects with the socket error. */
function tryConnect(url: URL, timeoutMs: number): Promise<void> {
  const port = portOf(url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const done = (err?: Error) => {
      socket.destroy();
      if (err) reject(err);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no TCP answer within ${timeoutMs} ms`)));
    socket.once('connect', () => done());
    socket.once('error', (err) => done(err));
  });
}

/**
 * Waits until the URL's port accepts connections (checking at growing intervals), until `deadline` or until
 * `stopped()` says the start command is gone. Resolves with undefined when ready, or the last connection error.
 */
export async function waitForUrl(url: string, deadline: number, stopped: () => boolean): Promise<string | undefined> {
  const target = new URL(url);
  let lastError = 'no connection attempt finished';
  for (let wait = 50; ; wait = Math.min(wait * 1.5, 500)) {
    try {
      await tryConnect(target, Math.max(100, Math.min(2000, deadline - Date.now())));
      return undefined;
    } catch (err) {
      lastError = describeNetworkError(err);
    }
    if (stopped() || Date.now() + wait >= deadline) return lastError;
    await new Promise((r) => setTimeout(r, wait));
  }
}
