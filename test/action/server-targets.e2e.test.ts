// The bundled Action with an HTTP server (url + start) and with the env input: the server gets what it is given and no runner secrets.
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCatalog } from '../../src/capture/index.js';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { freePort } from '../helpers/net.js';
import { useTempDirs } from '../helpers/temp.js';
import { makeRepo, pullRequestPayload, runAction, weather } from './harness.js';

const HTTP_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'http-server.mjs');
const ENV_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'env-server.mjs');

/** Whether `port` can be bound on 127.0.0.1 right now. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

describe('server targets through the Action', () => {
  const tempDir = useTempDirs('mcpc-action3-');
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('boots an HTTP server with `start` and checks it at `url`', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/mcp`;
    const start = `node ${HTTP_SERVER} catalog.json --port ${port}`;
    const scratchCatalog = mkdtempSync(path.join(tmpdir(), 'mcpc-http-'));
    let v1Snapshot: string;
    try {
      writeFileSync(path.join(scratchCatalog, 'catalog.json'), weather('1.0.0'));
      v1Snapshot = serializeSnapshot(toSnapshot(await captureCatalog({ url, start, cwd: scratchCatalog })));
    } finally {
      rmSync(scratchCatalog, { recursive: true, force: true });
    }
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': v1Snapshot },
      { 'catalog.json': weather('2.0.0', '1.1.0') },
    );
    const event = pullRequestPayload({ number: 31, baseSha: repo.baseSha, headSha: repo.headSha });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      event,
      sha: repo.headSha,
      inputs: { url, start, 'github-token': 't' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('tool-renamed');
    // The start command was stopped with the Action: its port is free again.
    expect(await portFree(port)).toBe(true);
  });

  it('passes the `env` lines to the server, and not the token or other runner variables', async () => {
    const parent = tempDir();
    const repo = makeRepo(parent, { 'a.txt': 'a' }, { 'a.txt': 'b' });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: { command: `node ${ENV_SERVER}`, env: 'API_URL=http://127.0.0.1:9/api\nLOG_LEVEL=debug', 'github-token': 'ghs_secret_token' },
      scratch: path.join(parent, 's'),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.summary).toContain('no baseline yet');
    // Drift run: commit a snapshot with different instructions, so the report shows what the server saw.
    writeFileSync(
      path.join(repo.dir, 'mcp-contract.snapshot.json'),
      serializeSnapshot(
        toSnapshot({
          server: { name: 'env-server', version: '1.0.0' },
          capabilities: { tools: {} },
          instructions: '{}',
          tools: [{ name: 'noop', inputSchema: { type: 'object' } }],
          prompts: [],
          resources: [],
          resourceTemplates: [],
        }),
      ),
    );
    const drift = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: { command: `node ${ENV_SERVER}`, env: 'API_URL=http://127.0.0.1:9/api\nLOG_LEVEL=debug', 'github-token': 'ghs_secret_token' },
      scratch: path.join(parent, 's2'),
    });
    const report = JSON.parse(readFileSync(drift.outputs.report!, 'utf8'));
    const instructions = report.findings.find((f: { rule: string }) => f.rule === 'server-instructions-changed');
    expect(instructions, JSON.stringify(report.findings)).toBeDefined();
    const seen = JSON.parse(String(instructions.after));
    expect(seen).toMatchObject({ API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug' });
    expect(JSON.stringify(seen)).not.toContain('ghs_secret_token');
    expect(Object.keys(seen).filter((k) => k.startsWith('INPUT_') || k.startsWith('GITHUB_'))).toEqual([]);
  });

  it('sends the `headers` input to an HTTP server that requires them (masked in the log), and passes `pass-env` variables through', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/mcp`;
    const parent = tempDir();
    const repo = makeRepo(parent, { 'catalog.json': weather('1.0.0') }, { 'notes.txt': 'head' });
    const inputs = {
      url,
      start: `node ${HTTP_SERVER} catalog.json --port ${port}`,
      env: 'REQUIRE_AUTHORIZATION=Bearer s3cret-value',
      'github-token': 't',
    };
    const refused = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs,
      scratch: path.join(parent, 's1'),
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/HTTP 401[\s\S]*the Action's `headers` input/);
    const ok = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: { ...inputs, headers: 'Authorization: Bearer s3cret-value' },
      scratch: path.join(parent, 's2'),
    });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.summary).toContain('no baseline yet');
    expect(ok.stdout).toContain('::add-mask::Bearer s3cret-value');

    // pass-env: a variable of the step's environment reaches a stdio server by name; its neighbours do not.
    const passed = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: { command: `node ${ENV_SERVER}`, 'pass-env': 'MY_API_KEY', 'github-token': 't' },
      scratch: path.join(parent, 's3'),
      extraEnv: { MY_API_KEY: 'k-123', OTHER_SECRET: 'must-not-pass' },
    });
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    writeFileSync(
      path.join(repo.dir, 'mcp-contract.snapshot.json'),
      serializeSnapshot(
        toSnapshot({
          server: { name: 'env-server', version: '1.0.0' },
          capabilities: { tools: {} },
          instructions: '{}',
          tools: [{ name: 'noop', inputSchema: { type: 'object' } }],
          prompts: [],
          resources: [],
          resourceTemplates: [],
        }),
      ),
    );
    const drift = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'push',
      event: {},
      sha: repo.headSha,
      inputs: { command: `node ${ENV_SERVER}`, 'pass-env': 'MY_API_KEY', 'github-token': 't' },
      scratch: path.join(parent, 's4'),
      extraEnv: { MY_API_KEY: 'k-123', OTHER_SECRET: 'must-not-pass' },
    });
    const report = JSON.parse(readFileSync(drift.outputs.report!, 'utf8'));
    const seen = JSON.parse(String(report.findings.find((f: { rule: string }) => f.rule === 'server-instructions-changed').after));
    expect(seen.MY_API_KEY).toBe('k-123');
    expect(seen.OTHER_SECRET).toBeUndefined();
  });
});
