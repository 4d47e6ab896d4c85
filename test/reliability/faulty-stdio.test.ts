// Faulty stdio servers through the real CLI: each fault ends in time with exit 3, a message naming the fault and what to
// check, no process left and no snapshot written — or, where the server's output is still a faithful catalog, a snapshot.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { killMatching, processesMatching } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import {
  errorText,
  expectCleanFailure,
  expectNoProcessLeft,
  expectOutUntouched,
  expectSnapshot,
  faulty,
  FAULTY_DIR,
  snapshotFaulty,
  SLACK_MS,
  timeoutFlags,
} from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-faulty-');

/** Faults that show at once (a crash, garbage, an error reply): with 20 s timeouts, a run that waits for one fails the bound. */
const INSTANT = { flags: () => timeoutFlags({ startMs: 20_000, requestMs: 20_000, totalMs: 30_000 }) };
const INSTANT_BOUND_MS = 3000;
/** Tight budgets for faults that only a timeout can end. */
const TIGHT_MS = 1500;

describe.concurrent('faulty stdio servers', () => {
  it('the process check is not vacuous: a fixture and its grandchildren all carry the marker', async () => {
    const marker = `mcpc-fault-selfcheck-${process.pid}`;
    const server = spawn(process.execPath, [faulty('term-ignoring-grandchildren.mjs'), '--then', 'hang', `--marker=${marker}`], {
      stdio: ['pipe', 'ignore', 'pipe'],
      detached: true,
    });
    try {
      await new Promise((resolve) => server.stderr.once('data', resolve)); // it reports once both workers are spawned
      const seen = processesMatching(marker).map((p) => p.command);
      // The server, the shell (sometimes twice: it forks before each `sleep`) and the node worker.
      expect(seen.some((c) => c.includes('term-ignoring-grandchildren.mjs'))).toBe(true);
      expect(seen.some((c) => c.startsWith('sh -c trap'))).toBe(true);
      expect(seen.some((c) => / -e process\.on\('SIGTERM'/.test(c))).toBe(true);
    } finally {
      process.kill(-server.pid!, 'SIGKILL'); // its own group: the shell's sleep goes too
      killMatching(marker);
    }
  });

  it('crash on start (exit 1): exit 3 at once, says it crashed with code 1, shows its stderr, hints at --env', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'crash-on-start.mjs', existingSnapshot: true, ...INSTANT });
    await expectCleanFailure(run, {
      withinMs: INSTANT_BOUND_MS,
      says: [/crashed on start/, /exited with code 1\b/, /FAULTY_API_KEY is not set/, /config\.toml/, /--env/],
    });
  });

  it('exits in the middle of a list (after page 1): exit 3 at once, names tools/list page 2, the exit code and the stderr', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'exit-mid-list.mjs', ...INSTANT });
    await expectCleanFailure(run, {
      withinMs: INSTANT_BOUND_MS,
      says: [/exited with code 70/, /tools\/list page 2/, /tool index is corrupt \(segment 7\)/],
    });
  });

  // Regression (fixed in 150784d): a write to a server that closed its stdin but had not exited yet surfaced as a bare
  // "capture failed during the handshake: write EPIPE", with no exit code and an empty stderr tail; the same race made
  // crash-on-start flaky under load. A broken pipe now waits (bounded) for the exit and reports it.
  it('exits right after answering initialize (our next write gets EPIPE first): exit 3 at once, says it exited with code 1, shows its stderr', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'exit-after-initialize.mjs', ...INSTANT });
    await expectCleanFailure(run, {
      withinMs: INSTANT_BOUND_MS,
      says: [/exited with code 1\b/, /license check failed right after the handshake/],
    });
    expect(errorText(run)).not.toMatch(/EPIPE/);
  });

  it('hangs in the handshake: exit 3 after the start timeout, names initialize and --timeout-start, shows the stderr', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'hang-handshake.mjs',
      existingSnapshot: true,
      flags: () => timeoutFlags({ startMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, {
      withinMs: TIGHT_MS,
      says: [/handshake/, /initialize/, new RegExp(`${TIGHT_MS} ms`), /--timeout-start/, /waiting for the license server/],
    });
  });

  it('hangs on tools/list: exit 3 after the request timeout, names tools/list and --timeout-request, shows the stderr', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'hang-tools-list.mjs',
      flags: () => timeoutFlags({ requestMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, {
      withinMs: TIGHT_MS,
      says: [/tools\/list/, new RegExp(`${TIGHT_MS} ms`), /--timeout-request/, /building the tool index/],
    });
  });

  it('hangs past the total timeout (each request within budget): exit 3 at --timeout-total, names where it was', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'hang-tools-list.mjs',
      flags: () => timeoutFlags({ requestMs: 20_000, totalMs: 2500 }),
    });
    await expectCleanFailure(run, { withinMs: 2500, says: [/2500 ms/, /tools\/list/, /--timeout-total/] });
  });

  // The stdio transport reserves stdout for JSON-RPC ("MUST NOT write anything that is not a valid MCP message"); a
  // client cannot tell a banner from a corrupted stream, and strict clients drop such servers. So: a clear failure.
  it('writes a banner on stdout before JSON-RPC: exit 3 at once (stdout is reserved for JSON-RPC), quotes the banner, hints at stderr', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'stdout-noise.mjs',
      args: ['--mode', 'banner'],
      existingSnapshot: true,
      ...INSTANT,
    });
    await expectCleanFailure(run, {
      withinMs: INSTANT_BOUND_MS,
      says: [/non-protocol text on stdout/, /Server starting on stdio\.\.\./, /stderr/],
    });
  });

  it('is not an MCP server at all (prints usage on stdout, waits): exit 3 at once, quotes what it printed', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'stdout-noise.mjs', args: ['--mode', 'text-only'], ...INSTANT });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/non-protocol text on stdout/, /Usage: faulty-tool/] });
  });

  // Stderr is the server's log: megabytes of it must neither block the server (an undrained pipe would) nor bloat
  // our memory or output; the catalog is intact, so the capture succeeds.
  it('floods stderr (8 MiB) but works: success (stderr is only a log), and our own output stays small', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'flood-stderr.mjs',
      args: ['--mb', '8', '--then', 'work'],
      flags: () => timeoutFlags({}),
    });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.tools.map((t) => t.name)).toEqual(['echo']);
    expect(run.stderr.length).toBeLessThan(16 * 1024);
  });

  it('floods stderr (8 MiB) then hangs: exit 3 after the start timeout, shows the LAST stderr lines, bounded output', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'flood-stderr.mjs',
      args: ['--mb', '8', '--then', 'hang'],
      existingSnapshot: true,
      flags: () => timeoutFlags({ startMs: 2500, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, { withinMs: 2500, says: [/handshake/, /faulty: LAST STDERR LINE before serving\n/] });
    expect(run.stderr.length).toBeLessThan(64 * 1024);
  });

  it('answers initialize with truncated JSON: exit 3 at once, says it is not JSON and quotes it', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'invalid-jsonrpc.mjs',
      args: ['--at', 'initialize', '--kind', 'malformed'],
      ...INSTANT,
    });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/not JSON/, /handshake/, /\{\\"jsonrpc\\":\\"2\.0\\",\\"id\\":1/] });
  });

  it('answers tools/list with truncated JSON: exit 3 at once, names tools/list', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'invalid-jsonrpc.mjs',
      args: ['--at', 'tools/list', '--kind', 'malformed'],
      existingSnapshot: true,
      ...INSTANT,
    });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/not JSON/, /tools\/list/] });
  });

  it('answers tools/list without "jsonrpc": "2.0": exit 3 at once, says it is not JSON-RPC 2.0', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'invalid-jsonrpc.mjs',
      args: ['--at', 'tools/list', '--kind', 'no-jsonrpc'],
      ...INSTANT,
    });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/not a JSON-RPC 2\.0 message/, /tools\/list/] });
  });

  // Regression (fixed in 66f2701): a response whose id matches no request was dropped without a trace, so the run ended
  // as a plain "did not answer" timeout. The message must name the real fault: the server answered, with an id nobody
  // asked for.
  it('answers initialize with the wrong id: exit 3 within the start timeout, names the unexpected id', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'invalid-jsonrpc.mjs',
      args: ['--at', 'initialize', '--kind', 'wrong-id'],
      flags: () => timeoutFlags({ startMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, { withinMs: TIGHT_MS, says: [/initialize|handshake/, /not-your-request-4711/] });
  });

  it('answers tools/list with the wrong id: exit 3 within the request timeout, names the unexpected id', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'invalid-jsonrpc.mjs',
      args: ['--at', 'tools/list', '--kind', 'wrong-id'],
      existingSnapshot: true,
      flags: () => timeoutFlags({ requestMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, { withinMs: TIGHT_MS, says: [/tools\/list/, /not-your-request-4711/] });
  });

  it("answers tools/list with a JSON-RPC error: exit 3 at once, quotes the code and the server's message", async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'list-error.mjs', ...INSTANT });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/tools\/list/, /-32603/, /database connection lost/] });
  });

  // Two tools with one name is a server bug a client resolves arbitrarily; the snapshot must record what was sent
  // (both, in a stable order) so a later lint/diff can flag it, rather than refuse to capture or silently keep one.
  it('returns duplicate tool names: success, the snapshot keeps both, in the same bytes whatever order they came in', async () => {
    const [forward, reversed] = await Promise.all([
      snapshotFaulty({ dir: tempDir(), script: 'duplicate-tools.mjs', flags: () => timeoutFlags({}) }),
      snapshotFaulty({ dir: tempDir(), script: 'duplicate-tools.mjs', args: ['--reverse'], flags: () => timeoutFlags({}) }),
    ]);
    const snapshot = await expectSnapshot(forward);
    await expectSnapshot(reversed);
    const searches = snapshot.tools.filter((t) => t.name === 'search');
    expect(searches.map((t) => t.description).sort()).toEqual(['Search local files.', 'Search the web.']);
    expect(snapshot.tools.map((t) => t.name)).toEqual(['fetch', 'search', 'search']);
    expect(readFileSync(reversed.out, 'utf8')).toBe(readFileSync(forward.out, 'utf8'));
  });

  // Judging schemas is the diff's job; the snapshot is evidence and must hold exactly what the server sent (a typed
  // client would throw a validation error here, or drop the unknown field).
  it('returns tools whose inputSchema is not a JSON Schema: success, the snapshot keeps exactly what was sent', async () => {
    const sent = JSON.parse(readFileSync(`${FAULTY_DIR}/invalid-input-schema.tools.json`, 'utf8')) as Array<{ name: string }>;
    const run = await snapshotFaulty({ dir: tempDir(), script: 'invalid-input-schema.mjs', flags: () => timeoutFlags({}) });
    const snapshot = await expectSnapshot(run);
    const byName = (list: Array<{ name: string }>) => Object.fromEntries(list.map((t) => [t.name, t]));
    expect(byName(snapshot.tools)).toEqual(byName(sent));
    expect(Object.keys(snapshot.hashes.tools).sort()).toEqual(sent.map((t) => t.name).sort());
  });

  it('repeats the same nextCursor forever: exit 3 at once (not a timeout), names the cursor', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'cursor-loop.mjs',
      args: ['--mode', 'same'],
      existingSnapshot: true,
      ...INSTANT,
    });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/tools\/list/, /cursor "again"/, /never end/] });
  });

  it('paginates without end (a new cursor each page): exit 3 at the default page limit, names it and --max-pages', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'cursor-loop.mjs', args: ['--mode', 'endless'], ...INSTANT });
    await expectCleanFailure(run, { withinMs: 6000, says: [/tools\/list/, /1000 pages/, /--max-pages|maxPages/] });
  });

  // The fault is the catalog's size and the fix --max-bytes, not "log to stderr" (what an over-long line used to be
  // reported as, before 0934fc3).
  it('returns a 50 MB catalog past --max-bytes 8000000: exit 3 at once, says the catalog is too large and names --max-bytes', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'huge-catalog.mjs',
      args: ['--mb', '50'],
      existingSnapshot: true,
      flags: () => ['--max-bytes', '8000000', ...timeoutFlags({ startMs: 20_000, requestMs: 20_000, totalMs: 30_000 })],
    });
    await expectCleanFailure(run, { withinMs: 6000, says: [/8000000 bytes/, /larger than|too large|size/i, /--max-bytes|maxBytes/] });
    expect(errorText(run)).not.toMatch(/log to stderr/);
  });

  // 50 MB is under the documented default limit (64 MiB), so it is a catalog like any other: captured whole, in
  // bounded time (a reader that re-scans the buffered line on every 64 KiB chunk took ~20 s of CPU here, before 0934fc3).
  it('returns a 50 MB catalog under the default limit: success within the timeouts, every tool kept', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'huge-catalog.mjs',
      args: ['--mb', '50'],
      flags: () => timeoutFlags({ requestMs: 20_000, totalMs: 30_000 }),
    });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.tools).toHaveLength(5120);
    expect(snapshot.tools[5119].name).toBe('tool-005119');
  });

  // Regression (fixed in 1ab6d4c): any protocolVersion in the initialize result was accepted, so "1999-01-01" was
  // captured and written. The spec says a client that does not support the server's version disconnects; a snapshot of
  // an unknown protocol cannot be compared honestly.
  it('answers initialize with protocolVersion "1999-01-01": exit 3 at once, names that version and the supported ones', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'unsupported-protocol.mjs',
      args: ['--mode', 'answer'],
      existingSnapshot: true,
      ...INSTANT,
    });
    await expectCleanFailure(run, { withinMs: INSTANT_BOUND_MS, says: [/1999-01-01/, /2025-11-25/, /protocol/i] });
  });

  it('refuses our initialize and offers only "1999-01-01" in server/discover: exit 3 at once, names both refusals and what we speak', async () => {
    const run = await snapshotFaulty({ dir: tempDir(), script: 'unsupported-protocol.mjs', args: ['--mode', 'refuse'], ...INSTANT });
    await expectCleanFailure(run, {
      withinMs: INSTANT_BOUND_MS,
      says: [/handshake/, /-32602/, /Unsupported protocol version/, /offers 1999-01-01/, /2024-11-05 through 2025-11-25/, /2026-07-28/],
    });
  });

  it('spawns SIGTERM-ignoring grandchildren, then hangs (it dies on SIGTERM itself): exit 3, the whole group is killed', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'term-ignoring-grandchildren.mjs',
      args: ['--then', 'hang'],
      existingSnapshot: true,
      flags: () => timeoutFlags({ startMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, {
      withinMs: TIGHT_MS,
      says: [/handshake/, /spawned two workers that ignore SIGTERM/],
      ignoresSigterm: true,
    });
  });

  it('spawns SIGTERM-ignoring grandchildren and ignores SIGTERM too, then hangs: exit 3, SIGKILL ends the group', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'term-ignoring-grandchildren.mjs',
      args: ['--then', 'hang', '--self', 'ignore'],
      flags: () => timeoutFlags({ startMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, { withinMs: TIGHT_MS, says: [/handshake/], ignoresSigterm: true });
  });

  // CI cancels a job with SIGTERM to our process; the server's group must not outlive us, and no file may appear.
  it('spawns SIGTERM-ignoring grandchildren and hangs, and the CLI is cancelled (SIGTERM): it exits 143 promptly, the group is dead', async () => {
    let signalledAt = 0;
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'term-ignoring-grandchildren.mjs',
      args: ['--then', 'hang', '--self', 'ignore'],
      existingSnapshot: true,
      flags: () => timeoutFlags({ startMs: 20_000, totalMs: 30_000 }),
      whileRunning: async (cliPid, marker) => {
        const workerUp = () => processesMatching(marker).some((p) => / -e process\.on\('SIGTERM'/.test(p.command));
        for (const deadline = Date.now() + 15_000; !workerUp() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 50));
        signalledAt = Date.now();
        process.kill(cliPid, 'SIGTERM');
      },
    });
    const endedAt = Date.now();
    try {
      expect(signalledAt).toBeGreaterThan(0);
      expect(run.code).toBe(143);
      expect(endedAt - signalledAt, 'time from SIGTERM to exit').toBeLessThan(SLACK_MS);
      expectOutUntouched(run);
    } finally {
      await expectNoProcessLeft(run);
    }
  });

  it('spawns SIGTERM-ignoring grandchildren but works (and exits when stdin closes): success, no grandchild survives', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'term-ignoring-grandchildren.mjs',
      args: ['--then', 'work'],
      flags: () => timeoutFlags({}),
    });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.tools.map((t) => t.name)).toEqual(['echo']);
    expect(run.pgids).toHaveLength(1);
  });

  it('starts a grandchild that leaves the process group (its own session) and ignores SIGTERM, then works: success, the grandchild is ended too', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'escaping-grandchild.mjs',
      args: ['--then', 'work'],
      flags: () => timeoutFlags({}),
    });
    const snapshot = await expectSnapshot(run);
    expect(snapshot.tools.map((t) => t.name)).toEqual(['echo']);
  });

  it('starts a grandchild that leaves the process group, then hangs: exit 3 at the timeout, nothing left running', async () => {
    const run = await snapshotFaulty({
      dir: tempDir(),
      script: 'escaping-grandchild.mjs',
      args: ['--then', 'hang'],
      existingSnapshot: true,
      flags: () => timeoutFlags({ startMs: TIGHT_MS, totalMs: 30_000 }),
    });
    await expectCleanFailure(run, { withinMs: TIGHT_MS, says: [/handshake/, /in its own session/], ignoresSigterm: true });
  });
});
