// A minimal JSON-RPC 2.0 client over any message channel: raw results, per-request timeouts, answers to server requests.
import { MAX_NESTING_DEPTH } from '../catalog/canonical.js';
import { isObject, type JsonObject } from '../findings/json.js';

export type JsonRpcMessage = JsonObject;

/** A bidirectional message pipe to one server (stdio, Streamable HTTP or legacy SSE). */
export interface Channel {
  send(message: JsonRpcMessage): Promise<void>;
  /** Installed by RpcClient: every message the server sends. */
  onmessage?: (message: JsonRpcMessage) => void;
  /** Installed by RpcClient: the channel broke for good (server exited, garbage on stdout, stream failed). */
  onfatal?: (error: Error) => void;
  close(): Promise<void>;
}

/** The server answered a request with a JSON-RPC error. */
export class RpcError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: unknown,
  ) {
    super(`${method} failed with JSON-RPC error ${code}: ${rpcMessage}`);
    this.name = 'RpcError';
  }
}

/**
 * One message grew past the byte limit (limits.maxBytes) before it ended: a stdout line before its newline, an HTTP
 * response body, one SSE event. Reading stops there, so an endless message costs at most the limit in memory.
 */
export class MessageTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly what = 'a message',
  ) {
    super(`the server sent ${what} larger than ${limit} bytes`);
    this.name = 'MessageTooLarge';
  }
}

/** The server did not answer a request in time. */
export class RpcTimeout extends Error {
  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} got no answer within ${timeoutMs} ms`);
    this.name = 'RpcTimeout';
  }
}

/**
 * The server sent a response whose id matches no request we ever sent (nor one already answered). A client cannot know
 * which request it answers, so the capture stops at once rather than waiting for a reply that will never come.
 */
export class UnmatchedResponse extends Error {
  constructor(
    readonly id: unknown,
    readonly response: JsonRpcMessage,
  ) {
    super(
      id === null || id === undefined
        ? `the server sent a response without an id (${JSON.stringify(response).slice(0, 200)}), which matches no request we sent`
        : `the server answered id ${JSON.stringify(id)}, which matches no request we sent`,
    );
    this.name = 'UnmatchedResponse';
  }
}

/**
 * Deepest nesting a message may have: a catalog entry (at level 4: message, result, list, entry) may nest
 * MAX_NESTING_DEPTH levels, as the snapshot allows. Past it, reading the message (stringifying, canonicalising,
 * hashing) would recurse that deep and overflow the stack, so it is refused on arrival, before anything recurses.
 */
export const MAX_MESSAGE_DEPTH = MAX_NESTING_DEPTH + 3;

/** The server sent a message nested deeper than MAX_MESSAGE_DEPTH (a hostile or runaway schema). */
export class MessageTooDeep extends Error {
  constructor(readonly limit: number) {
    super(
      `the server sent a message nested more than ${limit} levels deep (a tool, prompt or resource may nest at most ${limit - 3} levels)`,
    );
    this.name = 'MessageTooDeep';
  }
}

/** Whether `value` nests arrays/objects deeper than `limit` (the value itself is level 1); iterative, so any depth is safe. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

export const METHOD_NOT_FOUND = -32601;

export interface RpcResult {
  result: JsonObject;
  /** Size of the result as JSON text (what the byte limit counts). */
  bytes: number;
}

interface Pending {
  method: string;
  resolve: (r: RpcResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Sends requests and matches responses by id. Server→client requests get minimal honest answers (ping, an empty
 * roots list; sampling and elicitation are declined) so servers that ask during the capture are not left hanging.
 */
export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private fatal: Error | undefined;

  constructor(
    private readonly channel: Channel,
    private readonly log: (line: string) => void = () => {},
  ) {
    channel.onmessage = (m) => this.receive(m);
    channel.onfatal = (e) => this.fail(e);
  }

  request(method: string, params: JsonObject | undefined, timeoutMs: number): Promise<RpcResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    const id = this.nextId++;
    const message: JsonRpcMessage = { jsonrpc: '2.0', id, method, ...(params !== undefined ? { params } : {}) };
    return new Promise<RpcResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RpcTimeout(method, timeoutMs));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      this.channel.send(message).catch((err: Error) => {
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  notify(method: string, params?: JsonObject): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    return this.channel.send({ jsonrpc: '2.0', method, ...(params !== undefined ? { params } : {}) });
  }

  /** Rejects every pending and future request with `error` (first failure wins). */
  fail(error: Error): void {
    if (this.fatal) return;
    this.fatal = error;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(error);
    }
  }

  private receive(message: JsonRpcMessage): void {
    if (nestsDeeperThan(message, MAX_MESSAGE_DEPTH)) {
      this.fail(new MessageTooDeep(MAX_MESSAGE_DEPTH));
      return;
    }
    this.accept(message);
  }

  private accept(message: JsonRpcMessage): void {
    if (Array.isArray(message)) {
      for (const m of message as unknown[]) if (isObject(m)) this.accept(m);
      return;
    }
    const { id, method } = message;
    if (typeof method === 'string') {
      if (id !== undefined && id !== null) this.answerServerRequest(id, method);
      else this.log(`server notification: ${method}`);
      return;
    }
    const sentId = this.sentIdOf(id);
    if (sentId === undefined) {
      this.fail(new UnmatchedResponse(id, message));
      return;
    }
    const p = this.pending.get(sentId);
    if (!p) {
      this.log(`ignored a second or late answer to request ${sentId}`);
      return;
    }
    this.pending.delete(sentId);
    clearTimeout(p.timer);
    if (isObject(message.error)) {
      const { code, message: text, data } = message.error;
      p.reject(
        new RpcError(p.method, typeof code === 'number' ? code : 0, typeof text === 'string' ? text : JSON.stringify(message.error), data),
      );
    } else if (isObject(message.result)) {
      p.resolve({ result: message.result, bytes: Buffer.byteLength(JSON.stringify(message.result)) });
    } else {
      p.reject(new RpcError(p.method, 0, `the response has no result object (got ${JSON.stringify(message).slice(0, 200)})`));
    }
  }

  /**
   * The id of a request we sent that `id` names, or undefined when it names none. Like the TypeScript SDK, a numeric
   * string ("3" for 3) is taken as the number: servers that stringify ids work with every SDK client.
   */
  private sentIdOf(id: unknown): number | undefined {
    const n = typeof id === 'number' ? id : typeof id === 'string' && /^[1-9]\d*$/.test(id) ? Number(id) : NaN;
    return Number.isInteger(n) && n >= 1 && n < this.nextId ? n : undefined;
  }

  /** Told the method of every request the server sends us (capture records the ones that reveal deprecated features). */
  onServerRequest?: (method: string) => void;

  private answerServerRequest(id: JsonObject[string], method: string): void {
    this.log(`server request: ${method}`);
    this.onServerRequest?.(method);
    let reply: JsonRpcMessage;
    if (method === 'ping') reply = { jsonrpc: '2.0', id, result: {} };
    else if (method === 'roots/list') reply = { jsonrpc: '2.0', id, result: { roots: [] } };
    else
      reply = { jsonrpc: '2.0', id, error: { code: -32603, message: `mcp-contract only reads the catalog and does not answer ${method}` } };
    this.channel.send(reply).catch(() => {
      /* the server went away; its exit is reported elsewhere */
    });
  }
}
