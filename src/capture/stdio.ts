// The stdio channel: newline-delimited JSON-RPC on a server process's stdin/stdout; anything else on stdout is fatal.
import type { ExitInfo, ProcessGroup } from './process-group.js';
import { MessageTooLarge, type Channel, type JsonRpcMessage } from './rpc.js';

/** The server process ended while we were still talking to it. */
export class ServerExited extends Error {
  constructor(readonly exit: ExitInfo) {
    super(exit.signal ? `the server was killed by ${exit.signal}` : `the server exited with code ${exit.code}`);
    this.name = 'ServerExited';
  }
}

/** The server wrote something on stdout that is not a JSON-RPC message (a banner, a log line). */
export class NonProtocolOutput extends Error {
  constructor(
    readonly line: string,
    readonly why: string,
  ) {
    super(`the server wrote non-protocol text on stdout (${why}): ${JSON.stringify(line.length > 200 ? line.slice(0, 200) + '…' : line)}`);
    this.name = 'NonProtocolOutput';
  }
}

/** The server closed its stdin (our write failed) yet kept running: it stopped reading its input. */
export class ServerClosedInput extends Error {
  constructor(readonly writeError: string) {
    super(`the server closed its stdin (our write failed: ${writeError}) but did not exit`);
    this.name = 'ServerClosedInput';
  }
}

/** How long a failed write waits for the server's exit, which usually follows a broken pipe within milliseconds. */
export const EXIT_AFTER_BROKEN_PIPE_MS = 2000;

export class StdioChannel implements Channel {
  onmessage?: (message: JsonRpcMessage) => void;
  onfatal?: (error: Error) => void;
  private pendingChunks: string[] = [];
  private pendingLength = 0;
  private closing = false;

  constructor(
    private readonly group: ProcessGroup,
    private readonly maxLineBytes: number,
  ) {
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
        void this.brokenPipe('stdin is closed').then(reject);
        return;
      }
      stdin.write(JSON.stringify(message) + '\n', (err) =>
        err ? void this.brokenPipe((err as NodeJS.ErrnoException).code ?? err.message).then(reject) : resolve(),
      );
    });
  }

  /**
   * A write failed (EPIPE, ECONNRESET, a destroyed stream): the server closed its end, and its exit, the real fault,
   * usually follows. Waits for it (bounded) so the error names the exit code, not the pipe.
   */
  private async brokenPipe(writeError: string): Promise<Error> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), EXIT_AFTER_BROKEN_PIPE_MS)));
    const exit = await Promise.race([this.group.exited, gaveUp]);
    clearTimeout(timer);
    return exit ? new ServerExited(exit) : new ServerClosedInput(writeError);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.group.end();
  }
}
