// The stdio channel: newline-delimited JSON-RPC on a server process's stdin/stdout; anything else on stdout is fatal.
import type { ExitInfo, ProcessGroup } from './process-group.js';
import type { Channel, JsonRpcMessage } from './rpc.js';

/** The server process ended while we were still talking to it. */
export class ServerExited extends Error {
  constructor(readonly exit: ExitInfo) {
    super(exit.signal ? `the server was killed by ${exit.signal}` : `the server exited with code ${exit.code}`);
    this.name = 'ServerExited';
  }
}

/** The server wrote something on stdout that is not a JSON-RPC message (a banner, a log line). */
export class NonProtocolOutput extends Error {
  constructor(readonly line: string, readonly why: string) {
    super(`the server wrote non-protocol text on stdout (${why}): ${JSON.stringify(line.length > 200 ? line.slice(0, 200) + '…' : line)}`);
    this.name = 'NonProtocolOutput';
  }
}

/** One stdout message grew past the byte limit before its newline arrived. */
export class MessageTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the server sent a message larger than ${limit} bytes`);
    this.name = 'MessageTooLarge';
  }
}

export class StdioChannel implements Channel {
  onmessage?: (message: JsonRpcMessage) => void;
  onfatal?: (error: Error) => void;
  private pendingChunks: string[] = [];
  private pendingLength = 0;
  private closing = false;

  constructor(private readonly group: ProcessGroup, private readonly maxLineBytes: number) {
    const { stdout } = group.child;
    stdout!.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk));
    void group.exited.then((exit) => {
      if (!this.closing) this.onfatal?.(new ServerExited(exit));
    });
  }

  private read(chunk: string): void {
    // A long message arrives in many chunks: collect them and join only once its newline arrives.
    if (!chunk.includes('\n')) {
      this.pendingChunks.push(chunk);
      this.pendingLength += chunk.length;
      if (this.pendingLength > this.maxLineBytes) {
        this.onfatal?.(new MessageTooLarge(this.maxLineBytes));
        this.pendingChunks = [];
        this.pendingLength = 0;
      }
      return;
    }
    const lines = (this.pendingChunks.join('') + chunk).split('\n');
    const rest = lines.pop()!;
    this.pendingChunks = rest ? [rest] : [];
    this.pendingLength = rest.length;
    for (const raw of lines) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') continue;
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        this.onfatal?.(new NonProtocolOutput(line, 'not JSON'));
        return;
      }
      if (message === null || typeof message !== 'object' || (!Array.isArray(message) && (message as JsonRpcMessage).jsonrpc !== '2.0')) {
        this.onfatal?.(new NonProtocolOutput(line, 'JSON, but not a JSON-RPC 2.0 message'));
        return;
      }
      this.onmessage?.(message as JsonRpcMessage);
    }
  }

  send(message: JsonRpcMessage): Promise<void> {
    const stdin = this.group.child.stdin!;
    return new Promise((resolve, reject) => {
      if (stdin.destroyed || !stdin.writable) {
        reject(new ServerExited(this.group.exitInfo ?? { code: null, signal: null }));
        return;
      }
      stdin.write(JSON.stringify(message) + '\n', (err) => (err ? reject(err) : resolve()));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.group.end();
  }
}
