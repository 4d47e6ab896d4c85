// The `snapshot` command driven as a real process: files, summary, --print, --config with several servers, exit codes, signals.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { CLI_PATH, runCli } from '../helpers/cli.js';
import { assertNoProcessLeft, processesInGroup } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';
import { freePort } from '../helpers/net.js';
import { CATALOG_SERVER, ENV_SERVER, FAULTY, HTTP_SERVER, MODERN_SERVER, WEATHER } from './fixtures.js';

const tempDir = useTempDirs('mcpc-cli-');

describe('mcp-contract snapshot', () => {
  it('writes mcp-contract.snapshot.json by default and prints a one-line summary', async () => {
    const dir = tempDir();
    const r = await runCli(['snapshot', '--', 'node', CATALOG_SERVER, WEATHER('1.0.0')], { cwd: dir });
    expect(r.code).toBe(0);
    const snap = parseSnapshotText(readFileSync(path.join(dir, 'mcp-contract.snapshot.json'), 'utf8'), 'written');
    expect(snap.formatVersion).toBe(2);
    expect(snap.tools.map((t: { name: string }) => t.name)).toEqual(['get_current_conditions', 'get_forecast', 'save_favorite_city']);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      `weather 1.0.0 (protocol 2025-11-25): 3 tools, 1 prompt, 1 resource, 1 template; catalog ${snap.hashes.catalog} → mcp-contract.snapshot.json`,
    );
  });

  it('--print writes the snapshot to stdout and no file; --out too when both are given', async () => {
    const dir = tempDir();
    const printed = await runCli(['snapshot', '--print', '--', 'node', CATALOG_SERVER, WEATHER('1.1.0')], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).server.version).toBe('1.1.0');
    expect(existsSync(path.join(dir, 'mcp-contract.snapshot.json'))).toBe(false);
    const both = await runCli(['snapshot', '--print', '--out', 'x.json', '--', 'node', CATALOG_SERVER, WEATHER('1.1.0')], { cwd: dir });
    expect(readFileSync(path.join(dir, 'x.json'), 'utf8')).toBe(both.stdout);
  });

  it('--help prints usage with the server flags', async () => {
    const r = await runCli(['snapshot', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--out',
      '--config',
      '--print',
      '--cwd',
      '--env',
      '--pass-env',
      '--url',
      '--header',
      '--start',
      '--timeout-start',
      '--timeout-request',
      '--timeout-total',
      '--client-capabilities',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('usage errors exit 2 with a hint', async () => {
    const none = await runCli(['snapshot']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('error: no server to snapshot');
    expect(none.stderr).toContain('hint:');
    const badEnv = await runCli(['snapshot', '--env', 'NOEQUALS', '--', 'node', 'x.js']);
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('error: --env NOEQUALS has no value');
    expect(badEnv.stderr).toContain('hint: NOEQUALS is not set here either; set it, then pass it through with --pass-env NOEQUALS');
    const stray = await runCli(['snapshot', 'node', 'server.js']);
    expect(stray.stderr).toContain('put the server command after --');
  });

  it('a server hanging in the handshake exits 3 within the configured timeout, leaving no process', async () => {
    const dir = tempDir();
    const r = await runCli(['snapshot', '--verbose', '--timeout-start', '1000', '--', 'node', FAULTY('hang-handshake.mjs')], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error: the server timed out in the handshake: no answer to initialize within the start timeout (1000 ms)');
    expect(r.stderr).toContain('| faulty: waiting for the license server');
    expect(r.durationMs).toBeLessThan(8000);
    await assertNoProcessLeft({ pgid: Number(/\(pid (\d+), own process group\)/.exec(r.stderr)![1]) });
    expect(existsSync(path.join(dir, 'mcp-contract.snapshot.json'))).toBe(false);
  });

  it('--config captures every server concurrently, each to its snapshot path (relative to the config file)', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'mcp-contract.config.json'),
      JSON.stringify({
        servers: [
          { name: 'weather-2025', command: ['node', CATALOG_SERVER, WEATHER('1.0.0')], snapshot: 'snaps/weather-2025.json' },
          {
            name: 'weather-2026',
            command: ['node', MODERN_SERVER, WEATHER('2.0.0')],
            snapshot: 'snaps/weather-2026.json',
            timeouts: { startMs: 20000 },
          },
        ],
      }),
    );
    const r = await runCli(['snapshot', '--config', path.join(dir, 'mcp-contract.config.json')], { cwd: tempDir() });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(path.join(dir, 'snaps/weather-2025.json'), 'utf8'));
    const b = JSON.parse(readFileSync(path.join(dir, 'snaps/weather-2026.json'), 'utf8'));
    expect([a.protocolVersion, a.server.version]).toEqual(['2025-11-25', '1.0.0']);
    expect([b.protocolVersion, b.server.version]).toEqual(['2026-07-28', '2.0.0']);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('--config: one failing server fails the run (exit 3) naming it, and the others are still written', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'c.json'),
      JSON.stringify({
        servers: [
          { name: 'good', command: ['node', CATALOG_SERVER, WEATHER('1.0.0')], snapshot: 'good.json' },
          { name: 'broken', command: ['node', FAULTY('crash-on-start.mjs')], snapshot: 'broken.json' },
        ],
      }),
    );
    const r = await runCli(['snapshot', '--config', path.join(dir, 'c.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error: 1 of 2 servers could not be snapshotted');
    expect(r.stderr).toContain('broken: the server crashed on start: it exited with code 1');
    expect(existsSync(path.join(dir, 'good.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'broken.json'))).toBe(false);
  });

  it('an invalid config exits 2 naming the file and the JSON path of the bad field', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ servers: [{ command: ['node', 's.js'], timeouts: { startMs: 'soon' } }] }));
    const r = await runCli(['snapshot', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: the config file ${file} is invalid: servers[0].timeouts.startMs must be integer`);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during a capture ends the server group before exiting', async (signal, exitCode) => {
    const child = spawn(
      process.execPath,
      [CLI_PATH, 'snapshot', '--verbose', '--', 'sh', '-c', `sleep 300 & exec node ${FAULTY('hang-handshake.mjs')}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    const pgid = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line: ${stderr}`)), 10_000);
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        const m = /\(pid (\d+), own process group\)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    // Wait until the grandchild runs, so the test would see it if teardown missed it.
    for (
      const deadline = Date.now() + 5000;
      Date.now() < deadline && !processesInGroup(pgid).some((p) => p.command.startsWith('sleep 300'));
    ) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(processesInGroup(pgid).some((p) => p.command.startsWith('sleep 300'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(processesInGroup(pgid)).toEqual([]);
  });

  it('server flags reach the server: --env, --pass-env, --cwd, --client-capabilities', async () => {
    const dir = tempDir();
    const r = await runCli(
      [
        'snapshot',
        '--print',
        '--cwd',
        dir,
        '--env',
        'GREETING=hi there',
        '--pass-env',
        'MCPC_TEAM',
        '--client-capabilities',
        '{"roots":{}}',
        '--',
        'node',
        ENV_SERVER,
      ],
      { env: { MCPC_TEAM: 'core', MCPC_NOT_PASSED: 'x', GITHUB_TOKEN: 'ghp_x' }, mergeEnv: true },
    );
    expect(r.code).toBe(0);
    const snap = parseSnapshotText(r.stdout, 'stdout');
    const env = JSON.parse(snap.instructions!);
    expect(env).toMatchObject({ GREETING: 'hi there', MCPC_TEAM: 'core' });
    expect(env).not.toHaveProperty('MCPC_NOT_PASSED');
    expect(env).not.toHaveProperty('GITHUB_TOKEN');
    expect(snap.clientCapabilities).toEqual({ roots: {} });
    expect(snap.tools[0].description).toBe(`cwd: ${realpathSync(dir)}`);
  });

  it('--url with --start and --header captures an HTTP server', async () => {
    const port = await freePort();
    const r = await runCli([
      'snapshot',
      '--print',
      '--url',
      `http://127.0.0.1:${port}/mcp`,
      '--header',
      'Authorization: Bearer t0k',
      '--start',
      `REQUIRE_AUTHORIZATION='Bearer t0k' node ${HTTP_SERVER} ${WEATHER('2.0.0')} --port ${port}`,
    ]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const snap = parseSnapshotText(r.stdout, 'stdout');
    expect(snap.server.version).toBe('2.0.0');
    expect(snap.tools.map((t: { name: string }) => t.name)).toEqual(['get_alerts', 'get_conditions', 'get_forecast', 'save_favorite_city']);
  });
});
