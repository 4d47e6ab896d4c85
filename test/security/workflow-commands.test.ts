// A server's own output (stderr shown in capture errors) cannot start a workflow command in the CLI's or the Action's log.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, pullRequestPayload, runAction, snapshotOf, weather } from '../action/harness.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { expectNoInjectedCommands, HIDDEN_CHAR } from './inert.js';

const STDERR_SERVER = path.join(REPO_ROOT, 'fixtures', 'hostile', 'stderr-commands-server.mjs');

describe('server stderr in a capture error', () => {
  const tempDir = useTempDirs('mcpc-wfc-');
  it('the CLI shows the lines (so the user sees what happened) but none of them starts a workflow command or carries a raw control character', async () => {
    const r = await runCli(['snapshot', '--out', 'x.snapshot.json', '--', 'node', STDERR_SERVER], { cwd: tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('from-stderr-cr');
    expect(r.stderr).toContain('forged annotation');
    expectNoInjectedCommands(r.stdout);
    expectNoInjectedCommands(r.stderr);
    expect(r.stderr).not.toMatch(HIDDEN_CHAR);
  });
});

describe('server stderr in the Action', () => {
  const tempDir = useTempDirs('mcpc-wfc-action-');
  const gh = new FakeGitHub();
  beforeAll(() => gh.start());
  afterAll(() => gh.stop());

  it('a crashing server\'s stderr lands in the failure message escaped: no injected command, the run fails with the capture error', async () => {
    const snapshot = await snapshotOf(weather('1.0.0'));
    const parent = tempDir();
    const repo = makeRepo(parent, { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': snapshot }, { 'catalog.json': weather('1.1.0') });
    gh.files.set(`${repo.baseSha}:mcp-contract.snapshot.json`, snapshot);
    const result = await runAction({
      workspace: repo.dir, apiUrl: gh.url, eventName: 'pull_request', sha: repo.headSha, scratch: path.join(parent, 'scratch'),
      event: pullRequestPayload({ number: 5, baseSha: repo.baseSha, headSha: repo.headSha }),
      inputs: { command: `node ${STDERR_SERVER}`, 'github-token': 'ghs_test' },
    });
    expect(result.code).not.toBe(0);
    expectNoInjectedCommands(result.stdout, ['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);
    expectNoInjectedCommands(result.stderr);
    const failure = result.commands.find((c) => c.command === 'error' && c.message.includes('from-stderr-cr'));
    expect(failure, result.stdout).toBeDefined();
    expect(result.commands.filter((c) => c.command === 'error' && c.props.file === 'src/x.ts')).toEqual([]);
  });
});
