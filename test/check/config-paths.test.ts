// One config, two entry points: the CLI (from any directory) and the Action (in process) read the same version-source file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/github/run-action.js';
import { RecordingSurface } from '../github/recording-surface.js';
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
  const repo = path.join(root, 'repo'),
    sub = path.join(repo, 'sub'),
    elsewhere = path.join(root, 'elsewhere');
  for (const d of [sub, elsewhere]) mkdirSync(d, { recursive: true });
  const catalog = {
    serverInfo: { name: 'demo', version: '2.0.0' },
    tools: [
      {
        name: 'get_item',
        description: 'Returns one item by its id.',
        inputSchema: { type: 'object', properties: { id: { type: 'string', description: 'The item id.' } } },
      },
    ],
  };
  writeFileSync(path.join(sub, 'catalog.json'), JSON.stringify(catalog));
  writeFileSync(
    path.join(sub, 'mcp-contract.config.json'),
    JSON.stringify({
      servers: [{ name: 'demo', command: ['node', CATALOG_SERVER, 'catalog.json'], snapshot: 'demo.snapshot.json' }],
      policy: { versionSources: [{ type: 'file', path: 'VERSION', regex: '^(\\S+)' }] },
    }),
  );
  writeFileSync(path.join(sub, 'VERSION'), '2.0.0\n');
  writeFileSync(path.join(repo, 'VERSION'), '1.0.1\n');
  writeFileSync(path.join(elsewhere, 'VERSION'), '3.0.0\n');
  const base = { ...catalog, serverInfo: { name: 'demo', version: '1.0.0' } };
  writeFileSync(path.join(repo, 'base.json'), JSON.stringify(base));
  return { root, repo, elsewhere };
}

/** The Action in process, as a push run with working-directory "." at the repository (no token: no API calls). */
async function actionReport(inputs: Record<string, string>, repo: string, runnerTemp: string) {
  const surface = new RecordingSurface({ ...inputs, comment: 'false' });
  const env = { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: repo, RUNNER_TEMP: runnerTemp, PATH: process.env.PATH };
  const result = await runAction(surface, env);
  expect(surface.failures).toEqual([]);
  const outcome = result!.outcomes[0]!;
  if (outcome.kind !== 'checked') throw new Error(`the Action did not check the server: ${outcome.kind}`);
  return outcome.report;
}

describe('a relative version source in a config file', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('is the file beside the config, for the CLI run from another directory and for the Action', async () => {
    const { root, repo, elsewhere } = layout();
    const cli = await runCli(
      ['check', '--config', '../repo/sub/mcp-contract.config.json', '--baseline', '../repo/base.json', '--format', 'json'],
      { cwd: elsewhere },
    );
    expect(cli.stderr).toBe('');
    const cliReport = JSON.parse(cli.stdout);

    const report = await actionReport({ config: 'sub/mcp-contract.config.json', baseline: 'base.json' }, repo, root);

    const versionFile = path.join(repo, 'sub', 'VERSION');
    expect(cliReport).toMatchObject({ verdict: 'pass', headVersion: '2.0.0', actualBump: 'major' });
    expect(report.verdict).toMatchObject({ verdict: 'pass', headVersion: '2.0.0', actualBump: 'major' });
    // Both name the same file as the head version's source.
    const sourceNote = (reasons: Array<{ code: string; message: string }>) =>
      reasons.find((r) => r.code === 'base-version-from-snapshot')?.message;
    expect(sourceNote(cliReport.reasons)).toContain(`${versionFile} (regex ^(\\S+))`);
    expect(sourceNote(report.verdict!.reasons)).toBe(sourceNote(cliReport.reasons));
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

    const cli = await runCli(['check', '--config', 'sub/mcp-contract.config.json', '--baseline', gitBaseline, '--format', 'json'], {
      cwd: repo,
    });
    expect(cli.stderr).toBe('');
    const report = await actionReport({ config: 'sub/mcp-contract.config.json', baseline: gitBaseline }, repo, root);

    const expected = { verdict: 'pass', baseVersion: '1.0.0', headVersion: '2.0.0', actualBump: 'major' };
    expect(JSON.parse(cli.stdout)).toMatchObject(expected);
    expect(report.verdict).toMatchObject(expected);
  });
});
