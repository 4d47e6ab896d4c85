// One config, two entry points: the CLI (from any directory) and the Action (in process) read the same version-source file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/github/run-action.js';
import { parseInputs } from '../../src/github/inputs.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const CATALOG_SERVER = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
const tempDir = useTempDirs('mcpc-config-paths-');

/**
 * root/repo/sub/mcp-contract.config.json names a relative version source `VERSION`: the file beside the config
 * (2.0.0) is the one meant. root/repo/VERSION (the Action's working directory) and root/elsewhere/VERSION (where the
 * CLI runs) are decoys: a reader resolving against its working directory picks one of them.
 */
function layout(): { root: string; repo: string; elsewhere: string } {
  const root = tempDir();
  const repo = path.join(root, 'repo'), sub = path.join(repo, 'sub'), elsewhere = path.join(root, 'elsewhere');
  for (const d of [sub, elsewhere]) mkdirSync(d, { recursive: true });
  const catalog = { serverInfo: { name: 'demo', version: '2.0.0' }, tools: [{ name: 'get_item', description: 'Returns one item by its id.', inputSchema: { type: 'object', properties: { id: { type: 'string', description: 'The item id.' } } } }] };
  writeFileSync(path.join(sub, 'catalog.json'), JSON.stringify(catalog));
  writeFileSync(path.join(sub, 'mcp-contract.config.json'), JSON.stringify({
    servers: [{ name: 'demo', command: ['node', CATALOG_SERVER, 'catalog.json'], snapshot: 'demo.snapshot.json' }],
    policy: { versionSources: [{ type: 'file', path: 'VERSION', regex: '^(\\S+)' }] },
  }));
  writeFileSync(path.join(sub, 'VERSION'), '2.0.0\n');
  writeFileSync(path.join(repo, 'VERSION'), '1.0.1\n');
  writeFileSync(path.join(elsewhere, 'VERSION'), '3.0.0\n');
  const base = { ...catalog, serverInfo: { name: 'demo', version: '1.0.0' } };
  writeFileSync(path.join(repo, 'base.json'), JSON.stringify(base));
  return { root, repo, elsewhere };
}

describe('a relative version source in a config file', () => {
  const cwd = process.cwd();
  const runnerTemp = process.env.RUNNER_TEMP;
  afterEach(() => {
    process.chdir(cwd);
    if (runnerTemp === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = runnerTemp;
  });

  it('is the file beside the config, for the CLI run from another directory and for the Action', async () => {
    const { root, repo, elsewhere } = layout();
    const cli = await runCli(['check', '--config', '../repo/sub/mcp-contract.config.json', '--baseline', '../repo/base.json', '--format', 'json'], { cwd: elsewhere });
    expect(cli.stderr).toBe('');
    const cliReport = JSON.parse(cli.stdout);

    // The Action in process, as a push run with working-directory "." at the repository (no token: no API calls).
    process.env.RUNNER_TEMP = root;
    const inputs = parseInputs((name) => ({ config: 'sub/mcp-contract.config.json', baseline: 'base.json', comment: 'false' } as Record<string, string>)[name] ?? '');
    const action = await runAction(inputs, { eventName: 'push', owner: '', repo: '', apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', workspace: repo });
    const actionReport = action.outcomes[0]!.report!;

    const versionFile = path.join(repo, 'sub', 'VERSION');
    expect(cliReport).toMatchObject({ verdict: 'pass', headVersion: '2.0.0', actualBump: 'major' });
    expect(actionReport.verdict).toMatchObject({ verdict: 'pass', headVersion: '2.0.0', actualBump: 'major' });
    // Both name the same file as the head version's source.
    const sourceNote = (reasons: Array<{ code: string; message: string }>) => reasons.find((r) => r.code === 'base-version-from-snapshot')?.message;
    expect(sourceNote(cliReport.reasons)).toContain(`${versionFile} (regex ^(\\S+))`);
    expect(sourceNote(actionReport.verdict!.reasons)).toBe(sourceNote(cliReport.reasons));
  });

  it('at a git:REF baseline, is the same file read at that revision, for the CLI and for the Action', async () => {
    const { root, repo } = layout();
    // The base commit: VERSION beside the config says 1.0.0; the baseline's own serverInfo says 0.9.0 (not what is meant).
    writeFileSync(path.join(repo, 'sub', 'VERSION'), '1.0.0\n');
    const base = JSON.parse(readFileSync(path.join(repo, 'base.json'), 'utf8'));
    writeFileSync(path.join(repo, 'base.json'), JSON.stringify({ ...base, serverInfo: { ...base.serverInfo, version: '0.9.0' } }));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    writeFileSync(path.join(repo, 'sub', 'VERSION'), '2.0.0\n');
    const gitBaseline = 'git:HEAD:base.json';

    const cli = await runCli(['check', '--config', 'sub/mcp-contract.config.json', '--baseline', gitBaseline, '--format', 'json'], { cwd: repo });
    expect(cli.stderr).toBe('');
    process.env.RUNNER_TEMP = root;
    const inputs = parseInputs((name) => ({ config: 'sub/mcp-contract.config.json', baseline: gitBaseline, comment: 'false' } as Record<string, string>)[name] ?? '');
    const action = await runAction(inputs, { eventName: 'push', owner: '', repo: '', apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', workspace: repo });

    const expected = { verdict: 'pass', baseVersion: '1.0.0', headVersion: '2.0.0', actualBump: 'major' };
    expect(JSON.parse(cli.stdout)).toMatchObject(expected);
    expect(action.outcomes[0]!.report!.verdict).toMatchObject(expected);
  });
});
