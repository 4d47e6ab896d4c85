// Hostile servers (fixtures/hostile) against the real CLI: a schema nested 1,000 to 100,000 levels deep and an answer
// that never ends, over stdio and every HTTP transport, end as capture failures (exit 3) that name the limit, in seconds.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/net.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectCleanFailure, expectSnapshot, faulty, snapshotFaulty, timeoutFlags } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-hostile-');
const hostile = (script: string) => faulty(`../hostile/${script}`);
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** --url and --start flags for a hostile HTTP fixture on a free loopback port. */
async function startFlags(script: string, args: string[], urlPath = '/mcp') {
  const port = await freePort();
  return (marker: string) => [
    '--url',
    `http://127.0.0.1:${port}${urlPath}`,
    '--start',
    `'${process.execPath}' '${hostile(script)}' --port ${port} ${args.join(' ')} --marker=${marker}`,
  ];
}

/** Peak resident memory (VmHWM, bytes) of a process, sampled until it exits; 0 where /proc is missing. */
async function peakMemoryOf(pid: number): Promise<number> {
  let peak = 0;
  while (existsSync(`/proc/${pid}/status`)) {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (kb) peak = Math.max(peak, Number(kb[1]) * 1024);
    } catch {
      /* exited while we read */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return peak;
}

describe.concurrent('a schema nested past the depth limit', () => {
  it.each([1000, 2000, 10_000, 100_000])('stdio, %i levels: exit 3 naming the depth limit, no stack overflow', async (depth) => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: '../hostile/deep-schema-server.mjs',
      args: ['--depth', String(depth)],
      existingSnapshot: true,
    });
    await expectCleanFailure(run, {
      withinMs: 4000,
      says: [/nested more than 1003 levels deep/, /at most 1000 levels/, /tools\/list page 1/, /\$ref to \$defs/],
    });
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack/);
  });

  it.each([10_000, 100_000])('Streamable HTTP, %i levels: exit 3 naming the depth limit', async (depth) => {
    const flags = await startFlags('deep-schema-server.mjs', ['--depth', String(depth)]);
    const run = await snapshotFaulty({ dir: tempDir(), flags: (m) => [...flags(m), ...timeoutFlags({})] });
    await expectCleanFailure(run, { withinMs: 8000, says: [/nested more than 1003 levels deep/, /tools\/list page 1/] });
  });

  it('999 levels (the entry nests 1,000, the most a snapshot allows) is captured', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: '../hostile/deep-schema-server.mjs', args: ['--depth', '999'] });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.tools.map((t) => t.name)).toEqual(['deep']);
  });
});

// One at a time: each pushes 64 MiB through the client, which is CPU-bound on a shared machine.
describe('an answer that never ends over HTTP', () => {
  // Without the cap, the client buffers gigabytes until the request timeout; with it, it stops at the cap.
  it.each([
    ['json', '/mcp', 'an HTTP response body'],
    ['sse-event', '/mcp', 'an SSE event'],
    ['legacy-sse', '/sse', 'an SSE event'],
  ])('%s: exit 3 within seconds (not at the 60 s request timeout), naming the 64 MiB cap and --max-bytes', async (mode, urlPath, what) => {
    const flags = await startFlags('endless-http-server.mjs', ['--mode', mode], urlPath);
    const run = await snapshotFaulty({
      dir: tempDir(),
      existingSnapshot: true,
      flags: (m) => [...flags(m), ...timeoutFlags({ requestMs: 60_000, totalMs: 90_000 })],
    });
    await expectCleanFailure(run, {
      withinMs: 12_000,
      says: [
        new RegExp(`sent ${what} larger than ${DEFAULT_MAX_BYTES} bytes \\(limits\\.maxBytes\\)`),
        /tools\/list page 1/,
        /--max-bytes/,
      ],
    });
  });

  it.runIf(process.platform === 'linux')(
    'memory stays bounded by --max-bytes: a 2 MB cap, peak memory far below what the stream would fill',
    async () => {
      const flags = await startFlags('endless-http-server.mjs', ['--mode', 'sse-event']);
      let peak = Promise.resolve(0);
      const run = await snapshotFaulty({
        dir: tempDir(),
        flags: (m) => [...flags(m), '--max-bytes', '2000000', ...timeoutFlags({ requestMs: 60_000, totalMs: 90_000 })],
        whileRunning: async (pid) => {
          peak = peakMemoryOf(pid);
        },
      });
      await expectCleanFailure(run, { withinMs: 4000, says: [/sent an SSE event larger than 2000000 bytes/] });
      expect(await peak).toBeGreaterThan(0);
      expect(await peak).toBeLessThan(250 * 1024 * 1024);
    },
  );
});
