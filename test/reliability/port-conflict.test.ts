// `--start` on a port another MCP server already holds: the start command's EADDRINUSE is noticed and reported (exit 3,
// naming the command, its exit code, its stderr and the holder), never the other server's catalog snapshotted.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/net.js';
import { assertNoProcessLeft, killMatching } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectCleanFailure, faulty, snapshotFaulty, timeoutFlags } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-port-conflict-');
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The other server: a healthy fixture MCP server on `port`, started by the test; resolves once it listens. */
async function occupy(port: number, marker: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [faulty('slow-start-http.mjs'), '--port', String(port), '--delay-ms', '0', `--marker=${marker}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      seen += d;
      if (seen.includes('listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the occupying server exited (${code}): ${seen}`)));
  });
  return child;
}

const occupants: Array<{ child: ChildProcess; marker: string }> = [];
afterEach(async () => {
  for (const { child, marker } of occupants.splice(0)) {
    child.kill('SIGKILL');
    killMatching(marker);
    await assertNoProcessLeft({ marker });
  }
});

describe('--start on a port another server already holds', () => {
  it('the start command dies with EADDRINUSE: exit 3 at once, naming the command, its exit code, its stderr and who holds the port', async () => {
    const port = await freePort();
    const occupant = { marker: `mcpc-occupant-${randomUUID()}`, child: undefined as unknown as ChildProcess };
    occupant.child = await occupy(port, occupant.marker);
    occupants.push(occupant);
    const start = (m: string) => `'${process.execPath}' '${faulty('slow-start-http.mjs')}' --port ${port} --delay-ms 0 --marker=${m}`;
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => ['--url', `http://127.0.0.1:${port}/mcp`, '--start', start(m), ...timeoutFlags({ startMs: 20_000 })],
    });
    await expectCleanFailure(run, {
      withinMs: 4000,
      says: [
        literally(`the start command \`${start(run.marker)}\` exited with code 1 before it listened on http://127.0.0.1:${port}/mcp`),
        new RegExp(`port ${port} was already in use`),
        /EADDRINUSE/,
        /stop whatever holds port/,
        ...(process.platform === 'linux' ? [new RegExp(`held by pid ${occupant.child.pid} \\([^)]*slow-start-http\\.mjs`)] : []),
      ],
    });
    // The other server was not read: no catalog of it was written, and it is still running, untouched.
    expect(occupant.child.exitCode).toBeNull();
  });

  it("the start command runs but never takes the port: exit 3 at --timeout-start, not the other server's catalog", async () => {
    const port = await freePort();
    const occupant = { marker: `mcpc-occupant-${randomUUID()}`, child: undefined as unknown as ChildProcess };
    occupant.child = await occupy(port, occupant.marker);
    occupants.push(occupant);
    const run = await snapshotFaulty({
      dir: tempDir(),
      flags: (m) => [
        '--url',
        `http://127.0.0.1:${port}/mcp`,
        '--start',
        `'${process.execPath}' '${faulty('slow-start-http.mjs')}' --port ${port} --delay-ms 60000 --marker=${m}`,
        ...timeoutFlags({ startMs: 1500 }),
      ],
    });
    await expectCleanFailure(run, {
      withinMs: 1500,
      says: [/is running, but port \d+ was already in use/, /warming the cache for 60000 ms/],
    });
  });

  it('the start command exits 0 (a daemonising script, or one that did nothing) while the other server answers: exit 3, code 0 named', async () => {
    const port = await freePort();
    const occupant = { marker: `mcpc-occupant-${randomUUID()}`, child: undefined as unknown as ChildProcess };
    occupant.child = await occupy(port, occupant.marker);
    occupants.push(occupant);
    const run = await snapshotFaulty({
      dir: tempDir(),
      flags: (m) => [
        '--url',
        `http://127.0.0.1:${port}/mcp`,
        '--start',
        `echo started in the background # ${m}`,
        ...timeoutFlags({ startMs: 20_000 }),
      ],
    });
    await expectCleanFailure(run, {
      withinMs: 4000,
      says: [/exited with code 0 before it listened on/, new RegExp(`port ${port} was already in use`), /started in the background/],
    });
  });
});
