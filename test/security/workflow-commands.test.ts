// A server's own output (stderr shown in capture errors) cannot start a workflow command in the CLI's or the Action's log.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_SERVER, makeRepo, pullRequestPayload, runAction, snapshotOf, weather } from '../action/harness.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { neutraliseLogText } from '../../src/text.js';
import { expectInertMarkdown, expectNoInjectedCommands, HIDDEN_CHAR } from './inert.js';

const STDERR_SERVER = path.join(REPO_ROOT, 'fixtures', 'hostile', 'stderr-commands-server.mjs');
const LOG_INJECTION_SERVER = path.join(REPO_ROOT, 'fixtures', 'hostile', 'log-injection-server.mjs');

describe('server text the CLI logs (JSON-RPC error messages, result keys, handshake refusals, --verbose method names)', () => {
  const tempDir = useTempDirs('mcpc-wfc-text-');
  it.each([
    ['rpc-error', 3],
    ['result-keys', 3],
    ['refuse', 3],
    ['verbose', 0],
  ] as const)('--at %s: the text is shown, but no line of it is a workflow command and no control character is raw', async (at, code) => {
    const r = await runCli(['snapshot', '--verbose', '--out', 'x.snapshot.json', '--', 'node', LOG_INJECTION_SERVER, '--at', at], {
      cwd: tempDir(),
    });
    expect(r.code, r.stderr).toBe(code);
    // The server's words reach the user (what went wrong stays visible) ...
    for (const word of ['from-newline', 'from-cr', 'from-spaces', 'ansi']) expect(r.stderr).toContain(word);
    // ... but inert: no ::add-mask::, ::stop-commands::, ::error:: at a line start (CR counts as one), no raw ESC.
    expectNoInjectedCommands(r.stdout);
    expectNoInjectedCommands(r.stderr);
    expect(r.stderr).not.toMatch(HIDDEN_CHAR);
  });

  it("the Action's failure message quotes a JSON-RPC error message inert", async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const parent = tempDir();
      const snapshot = await snapshotOf(weather('1.0.0'));
      const repo = makeRepo(parent, { 'mcp-contract.snapshot.json': snapshot }, { 'a.txt': 'head' });
      gh.files.set(`${repo.baseSha}:mcp-contract.snapshot.json`, snapshot);
      const result = await runAction({
        workspace: repo.dir,
        apiUrl: gh.url,
        eventName: 'pull_request',
        sha: repo.headSha,
        scratch: path.join(parent, 'scratch'),
        event: pullRequestPayload({ number: 7, baseSha: repo.baseSha, headSha: repo.headSha }),
        inputs: { command: `node ${LOG_INJECTION_SERVER} --at rpc-error`, 'github-token': 'ghs_test' },
      });
      expect(result.code).not.toBe(0);
      expectNoInjectedCommands(result.stdout, ['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);
      expectNoInjectedCommands(result.stderr);
      expect(result.commands.filter((c) => c.command === 'add-mask' || c.command === 'stop-commands')).toEqual([]);
      const failure = result.commands.find((c) => c.command === 'error' && c.message.includes('from-newline'));
      expect(failure, result.stdout).toBeDefined();
      expect(failure!.message).not.toMatch(HIDDEN_CHAR);
    } finally {
      await gh.stop();
    }
  });
});

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

  it("a crashing server's stderr lands in the failure message escaped: no injected command, the run fails with the capture error", async () => {
    const snapshot = await snapshotOf(weather('1.0.0'));
    const parent = tempDir();
    const repo = makeRepo(
      parent,
      { 'catalog.json': weather('1.0.0'), 'mcp-contract.snapshot.json': snapshot },
      { 'catalog.json': weather('1.1.0') },
    );
    gh.files.set(`${repo.baseSha}:mcp-contract.snapshot.json`, snapshot);
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      sha: repo.headSha,
      scratch: path.join(parent, 'scratch'),
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

  it('with several servers, the one that could not be checked gets a summary section and a comment showing its stderr, inert', async () => {
    const parent = tempDir();
    const config = JSON.stringify({
      servers: [
        { name: '@octocat <b>x</b>', command: ['node', STDERR_SERVER], snapshot: 'broken.snapshot.json' },
        { name: 'weather', command: ['node', CATALOG_SERVER, 'catalog.json'], snapshot: 'weather.snapshot.json' },
      ],
    });
    const repo = makeRepo(parent, { 'mcp-contract.config.json': config, 'catalog.json': weather('1.0.0') }, { 'a.txt': 'head' });
    const result = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      eventName: 'pull_request',
      sha: repo.headSha,
      scratch: path.join(parent, 'scratch'),
      event: pullRequestPayload({ number: 6, baseSha: repo.baseSha, headSha: repo.headSha }),
      inputs: { config: 'mcp-contract.config.json', 'github-token': 'ghs_test' },
    });
    expect(result.code).not.toBe(0);
    expectNoInjectedCommands(result.stdout, ['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);
    const comment = gh.comments.find((c) => c.issue === 6);
    for (const md of [result.summary, comment?.body ?? '']) {
      expect(md).toContain('could not be checked');
      expect(md).toContain('from-stderr-cr');
      // The server's name (from the config) is shown only inside code, never as HTML or a live mention.
      // (and in the sticky comment's hidden marker, an HTML comment GitHub does not render)
      const outsideCode = md.replace(/(`+)[\s\S]*?\1/g, '').replace(/^<!-- mcp-contract:[^\n]* -->$/gm, '');
      expect(outsideCode).not.toContain('<b>x</b>');
      expect(outsideCode).not.toMatch(/(^|[^\w])@octocat/m);
    }
    // The comment is ours alone (the summary also carries the runner's own <h2> headings); its first line is the
    // sticky marker, the template's own HTML comment.
    const [marker, ...rest] = comment!.body.split('\n');
    expect(marker).toMatch(/^<!-- mcp-contract:[\w./@%+-]+ -->$/);
    expectInertMarkdown(rest.join('\n'));
  });
});

describe('neutraliseLogText', () => {
  it('breaks every line that would start a workflow command, shows CR and ANSI escapes, and leaves ordinary text alone', () => {
    const out = neutraliseLogText(
      'ok: tools/list\n::add-mask::a\r::stop-commands::b\n \t::error::c\n\u00A0::warning::d\n\u001b[31mred\u001b[0m',
    );
    expect(out).not.toMatch(HIDDEN_CHAR);
    expectNoInjectedCommands(out);
    expect(out.split('\n')[0]).toBe('ok: tools/list');
    expect(out).toContain('␍::stop-commands::b');
    expect(out).toContain('␛[31mred');
    expect(neutraliseLogText('git:main:file.json at a::b, with: colons')).toBe('git:main:file.json at a::b, with: colons');
  });
});
