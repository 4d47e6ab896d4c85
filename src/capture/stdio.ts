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

export class StdioChannel implements Channel {
  onmessage?: (message: JsonRpcMessage) => void;
  onfatal?: (error: Error) => void;
  private buffered = '';
  private closing = false;

  constructor(private readonly group: ProcessGroup, private readonly maxLineBytes: number) {
    const { stdout } = group.child;
    stdout!.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk));
    void group.exited.then((exit) => {
      if (!this.closing) this.onfatal?.(new ServerExited(exit));
    });
  }

  private read(chunk: string): void {
    this.buffered += chunk;
    if (this.buffered.length > this.maxLineBytes) {
      this.onfatal?.(new NonProtocolOutput(this.buffered.slice(0, 200), `a line longer than ${this.maxLineBytes} bytes without a newline`));
      this.buffered = '';
      return;
    }
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline).replace(/\r$/, '');
      this.buffered = this.buffered.slice(newline + 1);
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
