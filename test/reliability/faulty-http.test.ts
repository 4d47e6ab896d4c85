// Faulty HTTP servers launched by `--start` through the real CLI: 401, 500 and slow starts end in time with exit 3 and
// a message naming the URL and the fault (or succeed within the readiness budget), and the start command's group dies.
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/net.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectCleanFailure, expectSnapshot, faulty, snapshotFaulty, timeoutFlags } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-faulty-http-');

/** A pattern matching `text` as it is. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Server flags for a fixture launched by --start on a free loopback port; the marker rides in its argv. */
async function startFlags(script: string, args: string[]) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/mcp`;
  return {
    url,
    flags: (marker: string) => [
      '--url',
      url,
      '--start',
      `'${process.execPath}' '${faulty(script)}' --port ${port} ${args.join(' ')} --marker=${marker}`,
    ],
  };
}

describe.concurrent('faulty HTTP servers', () => {
  it('answers 401: exit 3 without waiting, names the URL and the status, hints at --header Authorization', async () => {
    const { url, flags } = await startFlags('http-status.mjs', ['--status', '401']);
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 20_000 })],
    });
    await expectCleanFailure(run, { withinMs: 4000, says: [literally(url), /HTTP 401/, /--header "Authorization: Bearer/] });
  });

  it('answers 500: exit 3 without waiting, names the URL, the status and the body the server sent', async () => {
    const { url, flags } = await startFlags('http-status.mjs', ['--status', '500']);
    const run = await snapshotFaulty({ dir: tempDir(), flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 20_000 })] });
    await expectCleanFailure(run, { withinMs: 4000, says: [literally(url), /HTTP 500/, /database pool exhausted/] });
  });

  it('hangs on tools/list with the connection held open: exit 3 at --timeout-request, the CLI does not wait on the socket', async () => {
    const { flags } = await startFlags('http-hang.mjs', ['--on', 'tools/list']);
    const run = await snapshotFaulty({ dir: tempDir(), flags: (m) => [...flags(m), ...timeoutFlags({ requestMs: 1500 })] });
    await expectCleanFailure(run, {
      withinMs: 1500,
      says: [/tools\/list/, /1500 ms/, /--timeout-request/, /holding tools\/list open forever/],
    });
  });

  it('streams keep-alives forever instead of answering tools/list (SSE): exit 3 at --timeout-request, the stream is dropped', async () => {
    const { flags } = await startFlags('http-hang.mjs', ['--on', 'tools/list', '--mode', 'stream']);
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => [...flags(m), ...timeoutFlags({ requestMs: 1500 })],
    });
    await expectCleanFailure(run, { withinMs: 1500, says: [/tools\/list/, /1500 ms/, /--timeout-request/] });
  });

  it('hangs in the handshake with the connection held open: exit 3 at --timeout-start, names initialize', async () => {
    const { flags } = await startFlags('http-hang.mjs', ['--on', 'initialize']);
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 2000 })],
    });
    await expectCleanFailure(run, { withinMs: 2000, says: [/handshake/, /initialize/, /--timeout-start/] });
  });

  // The start command's exit is the fault: waiting out the readiness budget for a port nobody will open helps no one.
  it('start command crashes: exit 3 at once (not after the readiness budget), says it exited with code 1, shows its stderr', async () => {
    const port = await freePort();
    const run = await snapshotFaulty({
      dir: tempDir(),
      flags: (m) => [
        '--url',
        `http://127.0.0.1:${port}/mcp`,
        '--start',
        `'${process.execPath}' '${faulty('crash-on-start.mjs')}' --marker=${m}`,
        ...timeoutFlags({ startMs: 20_000 }),
      ],
    });
    await expectCleanFailure(run, { withinMs: 4000, says: [/start command/, /exited with code 1\b/, /FAULTY_API_KEY is not set/] });
  });

  it('start command spawns SIGTERM-ignoring grandchildren and never listens: exit 3 at --timeout-start, its whole group is killed', async () => {
    const { url, flags } = await startFlags('term-ignoring-grandchildren.mjs', ['--then', 'hang', '--self', 'ignore']);
    const run = await snapshotFaulty({ dir: tempDir(), flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 1500 })] });
    await expectCleanFailure(run, {
      withinMs: 1500,
      says: [literally(url), /ECONNREFUSED/, /spawned two workers that ignore SIGTERM/],
      ignoresSigterm: true,
    });
  });

  it('is slow to start (listens after 1 s) within the readiness budget: success, after waiting for the URL', async () => {
    const { flags } = await startFlags('slow-start-http.mjs', ['--delay-ms', '1000']);
    const run = await snapshotFaulty({ dir: tempDir(), flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 15_000 })] });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.server.name).toBe('slow-start-fixture');
    expect(run.durationMs).toBeGreaterThanOrEqual(1000);
  });

  it('is slow to start beyond the readiness budget: exit 3 at --timeout-start, names the URL, the last connection error and its stderr', async () => {
    const { url, flags } = await startFlags('slow-start-http.mjs', ['--delay-ms', '60000']);
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => [...flags(m), ...timeoutFlags({ startMs: 1500 })],
    });
    await expectCleanFailure(run, {
      withinMs: 1500,
      says: [literally(url), /ECONNREFUSED/, /--timeout-start/, /warming the cache for 60000 ms/],
    });
  });
});
