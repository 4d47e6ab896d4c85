// The conventions users bring from oasdiff, buf and graphql-inspector, through the bundled CLI as a real process: exact messages and exits.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-conventions-');
const gate = (file: string) => path.join(REPO_ROOT, 'fixtures/gate', file);
const catalogs = (name: string, file: string) => path.join(REPO_ROOT, 'fixtures/catalogs', name, file);
const QUIET = ['--no-lint', '--no-footprint'];

/** A folder holding the gate fixtures v1 (1.4.2) and remove-get-item (1.4.3, get_item removed) and, optionally, a config. */
function workspace(config?: { name: string; text: string }): string {
  const dir = tempDir();
  copyFileSync(gate('v1.json'), path.join(dir, 'v1.json'));
  copyFileSync(gate('remove-get-item.json'), path.join(dir, 'head.json'));
  if (config) writeFileSync(path.join(dir, config.name), config.text);
  return dir;
}

describe('unknown flags', () => {
  it('every command answers with one message and the closest flag, never with advice to use `--` for our own flag', async () => {
    const dir = workspace();
    const cases: Array<[string[], string]> = [
      [
        ['diff', 'v1.json', 'head.json', '--formt', 'json'],
        'error: unknown option --formt for mcp-contract diff\n\nhint: did you mean --format? (`mcp-contract diff --help` lists the options.)\n',
      ],
      [
        ['check', '--baseline', 'v1.json', '--head', 'head.json', '--fail-no', 'warning'],
        'error: unknown option --fail-no for mcp-contract check\n\nhint: did you mean --fail-on? (`mcp-contract check --help` lists the options.)\n',
      ],
      [
        ['snapshot', '--port', '3000', '--', 'node', 'server.js'],
        'error: unknown option --port for mcp-contract snapshot\n\nhint: `mcp-contract snapshot --help` lists the options. If --port is a flag of the server itself, write it after `--` with the server command (everything after `--` goes to the server).\n',
      ],
      [
        ['changelog', 'v1.json', 'head.json', '--fromat', 'text'],
        'error: unknown option --fromat for mcp-contract changelog\n\nhint: did you mean --format? (`mcp-contract changelog --help` lists the options.)\n',
      ],
      [['rules', '--format'], 'error: --format needs a value\n\nhint: `mcp-contract rules --help` lists the options.\n'],
      [
        ['chek'],
        'error: unknown command "chek"\n\nhint: did you mean check? Use one of: snapshot, diff, check, changelog, rules (see `mcp-contract --help`).\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.stderr, args.join(' ')).toBe(stderr);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});

describe('diff --fail-on and output flags', () => {
  const warnOnly = [
    'diff',
    catalogs('annotation-idempotent-removed', 'base.json'),
    catalogs('annotation-idempotent-removed', 'head.json'),
    ...QUIET,
  ];

  it('--fail-on warning fails on a warning, says so in the headline, and --quiet prints nothing', async () => {
    expect((await runCli(warnOnly)).code).toBe(0);
    const failing = await runCli([...warnOnly, '--fail-on', 'warning']);
    expect(failing.code).toBe(1);
    expect(failing.stdout.split('\n')[0]).toBe('✗ FAIL  demo: 1 warning: requires a patch bump; fails because --fail-on is warning');
    const quiet = await runCli([...warnOnly, '--fail-on', 'warning', '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([1, '', '']);
    const bad = await runCli([...warnOnly, '--fail-on', 'warn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('error: --fail-on must be one of breaking, warning, safe, got "warn"');
  });

  it('colour follows --color, --no-color, FORCE_COLOR and NO_COLOR (stdout is a pipe here)', async () => {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const esc = '\u001b[';
    expect((await runCli(warnOnly, { env })).stdout).not.toContain(esc);
    expect((await runCli([...warnOnly, '--color'], { env })).stdout).toContain(`${esc}32m✓ OK${esc}0m`);
    expect((await runCli(warnOnly, { env: { ...env, FORCE_COLOR: '1' } })).stdout).toContain(esc);
    expect((await runCli([...warnOnly, '--no-color'], { env: { ...env, FORCE_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await runCli([...warnOnly, '--color'], { env: { ...env, NO_COLOR: '1' } })).stdout).toContain(esc);
  });

  it('"-" reads a catalog from standard input', async () => {
    const r = await runCli(['diff', gate('v1.json'), '-', '--format', 'json', ...QUIET], {
      input: readFileSync(gate('remove-get-item.json'), 'utf8'),
    });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`)).toEqual([
      'tool-removed get_item',
    ]);
    const both = await runCli(['diff', '-', '-']);
    expect(both.stderr.split('\n')[0]).toBe('error: only one of BASE and HEAD can be "-" (standard input)');
  });
});

describe('config auto-discovery and YAML', () => {
  const waiverYaml = 'policy:\n  waivers:\n    - rule: tool-removed\n      tool: get_item\n      reason: no callers\n';

  it('check finds mcp-contract.config.yaml in the working directory, says so, and applies its policy', async () => {
    const dir = workspace({ name: 'mcp-contract.config.yaml', text: waiverYaml });
    const r = await runCli(['check', '--baseline', 'v1.json', '--head', 'head.json', ...QUIET, '--format', 'githubactions'], { cwd: dir });
    expect(r.stderr).toBe('mcp-contract: using mcp-contract.config.yaml (found in the current directory; --no-config ignores it)\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'mcp-contract gate-demo: contract check passed: 1 breaking change (1 waived), required bump none\n' +
        '::warning title=mcp-contract gate-demo%3A tool-removed (breaking)::Tool "get_item" was removed; clients calling it will fail. (waived: no callers)\n',
    );
    const ignored = await runCli(['check', '--baseline', 'v1.json', '--head', 'head.json', ...QUIET, '--no-config', '--format', 'junit'], {
      cwd: dir,
    });
    expect([ignored.code, ignored.stderr]).toEqual([1, '']);
    expect(ignored.stdout).toContain('<testsuites name="mcp-contract" tests="2" failures="2" errors="0" skipped="0">');
  });

  it('an unknown rule id in the config is an error with the closest id', async () => {
    const dir = workspace({ name: 'mcp-contract.config.yml', text: 'policy:\n  overrides:\n    tool-remove: "off"\n' });
    const r = await runCli(['check', '--baseline', 'v1.json', '--head', 'head.json', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: the config file mcp-contract.config.yml names an unknown rule id: policy.overrides["tool-remove"]: "tool-remove" is no rule id; did you mean "tool-removed"?\n\n' +
        'hint: `mcp-contract rules` lists every rule id; an override or waiver with an unknown id would match nothing.\n',
    );
  });
});

describe('help texts', () => {
  it('check --help spells out what --fail-on means; diff --help names its own --fail-on and the formats', async () => {
    const check = await runCli(['check', '--help']);
    expect(check.stdout).toContain(
      [
        '  --fail-on LEVEL         the lowest severity the version bump must cover: breaking (default), warning or safe.',
        '                          A change at or above LEVEL fails unless the version moved enough for it (breaking: major,',
        '                          or minor under 1.0.0; safe: minor; warning: patch), a waiver or --approve-breaking covers',
        '                          it; changes below LEVEL are reported and still raise the required bump, but never fail.',
        '                          Overrides policy.failOn. (`diff --fail-on` has no versions: any finding at LEVEL fails.)',
      ].join('\n'),
    );
    const diff = await runCli(['diff', '--help']);
    expect(diff.stdout).toContain(
      '  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL: breaking (default), warning or safe',
    );
    expect(diff.stdout).toContain('  --format FMT            text, markdown, json, sarif, githubactions, junit (default text)');
  });
});

describe('snapshot with a discovered config', () => {
  it('captures the servers of mcp-contract.config.yaml when no server is given', async () => {
    const dir = tempDir();
    const server = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
    writeFileSync(
      path.join(dir, 'mcp-contract.config.yaml'),
      `servers:\n  - name: demo\n    command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(server)}, ${JSON.stringify(gate('v1.json'))}]\n    snapshot: snap.json\n`,
    );
    const r = await runCli(['snapshot'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'mcp-contract: using mcp-contract.config.yaml (found in the current directory; --no-config ignores it)',
    );
    expect(readFileSync(path.join(dir, 'snap.json'), 'utf8')).toContain('"name": "gate-demo"');
    const none = await runCli(['snapshot', '--no-config'], { cwd: dir });
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, 'error: no server to snapshot']);
  });
});

describe('changelog', () => {
  it('writes release notes between two git refs, grouped by severity', async () => {
    const dir = tempDir();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    copyFileSync(gate('v1.json'), path.join(dir, 'mcp-contract.snapshot.json'));
    git('add', '.');
    git('commit', '-qm', 'v1');
    git('tag', 'v1.4.2');
    copyFileSync(gate('remove-get-item.json'), path.join(dir, 'mcp-contract.snapshot.json'));
    git('commit', '-qam', 'v1.4.3');
    const r = await runCli(['changelog', 'v1.4.2', 'HEAD', '--format', 'text'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'gate-demo 1.4.2 → 1.4.3',
        'Requires a major version bump.',
        '',
        'Breaking changes (1)',
        '  - tool get_item: Tool "get_item" was removed; clients calling it will fail. [tool-removed]',
        '',
      ].join('\n'),
    );
    const md = await runCli(['changelog', 'v1.4.2', 'HEAD'], { cwd: dir });
    expect(md.stdout).toBe(
      '## gate-demo 1.4.2 → 1.4.3\n\nRequires a major version bump.\n\n### 🛑 Breaking changes (1)\n\n' +
        '- tool `get_item`: Tool "get\\_item" was removed; clients calling it will fail. (`tool-removed`)\n',
    );
  });
});
