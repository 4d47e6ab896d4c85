// The server under test never sees the runner's secrets (GITHUB_TOKEN, INPUT_*, ACTIONS_*, cloud keys) unless configured; it does get PATH and HOME.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { freePort } from '../helpers/net.js';
import { useTempDirs } from '../helpers/temp.js';

const ENV_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'env-server.mjs');
const HTTP_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'http-server.mjs');

/** What a GitHub runner step has in its environment, plus common secrets a CI job carries. */
const RUNNER_SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'sekrit-github_token',
  GH_TOKEN: 'sekrit-gh_token',
  'INPUT_GITHUB-TOKEN': 'sekrit-input_github-token',
  INPUT_COMMAND: 'sekrit-input_command',
  ACTIONS_RUNTIME_TOKEN: 'sekrit-actions_runtime_token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'sekrit-actions_id_token_request_token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'sekrit-actions_id_token_request_url',
  ACTIONS_CACHE_URL: 'sekrit-actions_cache_url',
  ACTIONS_RESULTS_URL: 'sekrit-actions_results_url',
  AWS_SECRET_ACCESS_KEY: 'sekrit-aws_secret_access_key',
  NPM_TOKEN: 'sekrit-npm_token',
  NODE_OPTIONS: '--no-warnings',
};
const FORBIDDEN = /^(GITHUB_TOKEN|GH_TOKEN|INPUT_.*|ACTIONS_.*|AWS_.*|NPM_TOKEN|NODE_OPTIONS)$/i;

/** The CLI's environment: a runner-like one (PATH, HOME, a few GitHub variables) plus the secrets. */
function cliEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ...RUNNER_SECRETS,
  };
}

describe('the environment a captured server gets', () => {
  const tempDir = useTempDirs('mcpc-env-');
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  /** Captures the env-server through the CLI (`snapshot --print`) and returns the environment it reported. */
  async function serverEnv(flags: string[] = [], env = cliEnv()): Promise<Record<string, string>> {
    const r = await runCli(['snapshot', '--print', ...flags, '--', 'node', ENV_SERVER], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(JSON.parse(r.stdout).instructions);
  }

  it('by default: no token, input, ACTIONS_* or other secret; PATH and HOME are there', async () => {
    const env = await serverEnv();
    expect(Object.keys(env).filter((k) => FORBIDDEN.test(k))).toEqual([]);
    expect(JSON.stringify(env)).not.toContain('sekrit-');
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.HOME).toBe(cliEnv().HOME);
  });

  it('--pass-env NAME passes exactly that variable; --env KEY=VALUE sets one', async () => {
    const env = await serverEnv(['--pass-env', 'GITHUB_TOKEN', '--env', 'API_KEY=from-flag']);
    expect(env.GITHUB_TOKEN).toBe('sekrit-github_token');
    expect(env.API_KEY).toBe('from-flag');
    expect(Object.keys(env).filter((k) => FORBIDDEN.test(k))).toEqual(['GITHUB_TOKEN']);
  });

  it("a config file's passEnv and env do the same, and nothing more", async () => {
    writeFileSync(
      path.join(dir, 'env.config.json'),
      JSON.stringify({ servers: [{ name: 'env', command: ['node', ENV_SERVER], passEnv: ['NPM_TOKEN'], env: { MODE: 'test' } }] }),
    );
    const r = await runCli(['snapshot', '--config', 'env.config.json', '--print'], { cwd: dir, env: cliEnv() });
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout);
    const snapshot = Array.isArray(printed) ? printed[0] : (printed.env ?? printed);
    const env = JSON.parse(snapshot.instructions);
    expect(env.NPM_TOKEN).toBe('sekrit-npm_token');
    expect(env.MODE).toBe('test');
    expect(Object.keys(env).filter((k) => FORBIDDEN.test(k))).toEqual(['NPM_TOKEN']);
  });

  it('the HTTP --start command runs with the same allowlisted environment', async () => {
    const port = await freePort();
    writeFileSync(
      path.join(dir, 'catalog.json'),
      JSON.stringify({ serverInfo: { name: 'http', version: '1.0.0' }, tools: [{ name: 't', inputSchema: { type: 'object' } }] }),
    );
    const dump = `node -e "require('fs').writeFileSync('start-env.json', JSON.stringify(process.env))"`;
    const r = await runCli(
      [
        'snapshot',
        '--print',
        '--url',
        `http://127.0.0.1:${port}/mcp`,
        '--start',
        `${dump} && exec node ${HTTP_SERVER} catalog.json --port ${port}`,
      ],
      { cwd: dir, env: cliEnv() },
    );
    expect(r.code, r.stderr).toBe(0);
    const env = JSON.parse(readFileSync(path.join(dir, 'start-env.json'), 'utf8'));
    expect(Object.keys(env).filter((k) => FORBIDDEN.test(k))).toEqual([]);
    expect(env.PATH).toBe(process.env.PATH);
  });
});
