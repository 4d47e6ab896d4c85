// `mcp-contract check` end to end: the bundled CLI as a real process against catalog-server fixtures (fixtures/gate).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isQualityRule } from '../../src/rules/registry.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const SERVER = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
const GATE = path.join(REPO_ROOT, 'fixtures/gate');
const serve = (name: string) => ['--', process.execPath, SERVER, path.join(GATE, name)];

const tempDir = useTempDirs('mcpc-check-');
let dir: string;
let baseline: string;

beforeAll(async () => {
  dir = tempDir();
  baseline = path.join(dir, 'v1.snapshot.json');
  const snap = await runCli(['snapshot', '--out', baseline, ...serve('v1.json')]);
  expect(snap.code, snap.stderr).toBe(0);
});

async function check(...args: string[]) {
  const r = await runCli(['check', '--baseline', baseline, '--format', 'json', ...args]);
  let json: any;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { ...r, json };
}
const codes = (json: any, blocking = true) => json.reasons.filter((x: any) => x.blocking === blocking).map((x: any) => x.code);

describe('check: renames', () => {
  it('v1 → v2 rename with a major bump passes', async () => {
    const r = await check(...serve('rename-major.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      verdict: 'pass',
      requiredBump: 'major',
      actualBump: 'major',
      baseVersion: '1.4.2',
      headVersion: '2.0.0',
    });
    expect(r.json.findings.map((f: any) => f.rule)).toEqual(['tool-renamed']);
  });

  it('without the bump fails, and the message shows both ways out', async () => {
    const r = await check(...serve('rename-minor.json'));
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ verdict: 'fail', actualBump: 'minor', suggestedVersion: '2.0.0' });
    expect(codes(r.json)).toEqual(['bump-too-small', 'rename-needs-bump']);
    expect(r.json.reasons[1].message).toBe(
      'tool `search_items` was renamed to `search_items_v2`: bump to 2.0.0, or keep `search_items` registered beside `search_items_v2` until the next major (dual registration is a safe change).',
    );
    // The text format leads with the verdict and what to do.
    const text = await runCli(['check', '--baseline', baseline, ...serve('rename-minor.json')]);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe('✗ FAIL  gate-demo: contract check failed: 1 breaking change; bump to 2.0.0');
    expect(text.stdout).toContain('What to do:\n  - 1 breaking change needs a major bump, but 1.4.2 → 1.5.0 is only a minor bump.');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('dual registration (old name kept beside the new one) passes with a minor bump', async () => {
    const r = await check(...serve('dual-registered.json'));
    expect(r.code, r.stdout).toBe(0);
    // The new tool's undocumented parameter is a new (info) lint finding; the contract finding is the dual registration.
    expect(r.json.findings.filter((f: any) => !isQualityRule(f.rule)).map((f: any) => [f.rule, f.severity])).toEqual([
      ['tool-dual-registered', 'safe'],
    ]);
    expect(r.json.requiredBump).toBe('minor');
  });

  it('--approve-breaking passes and records the approval', async () => {
    const r = await check('--approve-breaking', ...serve('rename-minor.json'));
    expect(r.code).toBe(0);
    expect(r.json.verdict).toBe('pass');
    expect(r.json.findings[0].approved).toEqual({ by: 'the --approve-breaking flag' });
    expect(codes(r.json, false)).toEqual(['approved']);
  });
});

describe('check: deprecation lifecycle', () => {
  it('removing a deprecated tool after its sunset passes (a warning)', async () => {
    const r = await check('--now', '2026-02-01', ...serve('remove-deprecated.json'));
    expect(r.code, r.stdout).toBe(0);
    expect(r.json.findings.map((f: any) => [f.rule, f.severity])).toEqual([['tool-removed-after-deprecation', 'warning']]);
  });
  it('before the sunset it is still breaking', async () => {
    const r = await check('--now', '2026-01-15', ...serve('remove-deprecated.json'));
    expect(r.code).toBe(1);
    expect(r.json.findings.map((f: any) => f.rule)).toEqual(['tool-removed']);
    expect(r.json.suggestedVersion).toBe('2.0.0');
  });
});

describe('check: waivers', () => {
  const config = path.join(GATE, 'waiver.config.json');
  it('a waiver passes the removal and records it', async () => {
    const r = await check('--config', config, '--now', '2026-03-01', ...serve('remove-get-item.json'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json.findings[0]).toMatchObject({
      rule: 'tool-removed',
      tool: 'get_item',
      waived: { reason: 'get_item had no callers (see usage dashboard)', expires: '2026-12-31' },
    });
    expect(codes(r.json, false)).toEqual(['waived']);
  });
  it('an expired waiver fails and says when it expired', async () => {
    const r = await check('--config', config, '--now', '2027-01-05', ...serve('remove-get-item.json'));
    expect(r.code).toBe(1);
    expect(codes(r.json)).toEqual(['bump-too-small', 'waiver-expired']);
    expect(r.json.reasons[1].message).toContain('expired on 2026-12-31');
  });
});

describe('check: fail closed and errors', () => {
  it('a server that lists no tools never passes, even with a major bump', async () => {
    const r = await check(...serve('empty.json'));
    expect(r.code).toBe(1);
    expect(codes(r.json)).toEqual(['empty-catalog']);
  });
  it('a server that cannot be captured exits 3', async () => {
    const r = await check('--', process.execPath, '-e', 'process.exit(1)');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: /);
  });
  it('a missing or invalid baseline exits 2 with a message naming it', async () => {
    const missing = await runCli(['check', '--baseline', path.join(dir, 'nope.json'), '--head', path.join(GATE, 'v1.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"tools": [');
    const invalid = await runCli(['check', '--baseline', bad, '--head', path.join(GATE, 'v1.json')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('bad.json is not valid JSON');
  });
  it('usage errors exit 2', async () => {
    expect((await runCli(['check', '--head', path.join(GATE, 'v1.json')])).code).toBe(2);
    expect((await runCli(['check', '--baseline', baseline, '--format', 'yaml', '--head', path.join(GATE, 'v1.json')])).code).toBe(2);
    expect((await runCli(['check', '--baseline', baseline, '--fail-on', 'info', '--head', path.join(GATE, 'v1.json')])).code).toBe(2);
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'Exit codes: 0 pass, 1 the contract is violated, 2 usage/config/input error, 3 the server could not be captured.',
    );
  });
});

describe('check --head: version rules through the CLI (two catalog files, no server)', () => {
  const v1 = JSON.parse(readFileSync(path.join(GATE, 'v1.json'), 'utf8'));
  const renamed = JSON.parse(readFileSync(path.join(GATE, 'rename-minor.json'), 'utf8'));
  const write = (name: string, data: any, version: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify({ ...data, serverInfo: { ...data.serverInfo, version } }));
    return file;
  };
  const gateFiles = async (base: string, head: string, ...args: string[]) => {
    const r = await runCli(['check', '--baseline', base, '--head', head, '--format', 'json', ...args]);
    return { ...r, json: JSON.parse(r.stdout) };
  };

  it('a downgrade fails', async () => {
    const r = await gateFiles(write('b.json', v1, '1.4.2'), write('h.json', v1, '1.4.1'));
    expect(r.code).toBe(1);
    expect(codes(r.json)).toEqual(['version-downgrade']);
  });
  it('an unparsable head version fails as bad input (exit 2) when a bump is needed, naming where it was read', async () => {
    const head = write('h2.json', renamed, 'next');
    const r = await gateFiles(write('b2.json', v1, '1.4.2'), head);
    expect(r.code).toBe(2);
    expect(codes(r.json)).toEqual(['version-unparsable', 'rename-needs-bump']);
    expect(r.json.reasons[0].message).toContain(`the head version "next" read from serverInfo.version in ${head} is not semver`);
  });
  it('under 1.0.0 a minor bump covers a breaking change; a patch does not', async () => {
    const base = write('b3.json', v1, '0.4.2');
    expect((await gateFiles(base, write('h3.json', renamed, '0.5.0'))).code).toBe(0);
    const r = await gateFiles(base, write('h4.json', renamed, '0.4.3'));
    expect(r.code).toBe(1);
    expect(r.json.suggestedVersion).toBe('0.5.0');
  });
  it('--fail-on warning makes a description change need its patch bump', async () => {
    const changed = {
      ...v1,
      tools: v1.tools.map((t: any) =>
        t.name === 'get_item' ? { ...t, description: 'Fetch one item by id. Always call search_items first.' } : t,
      ),
    };
    const base = write('b5.json', v1, '1.4.2');
    expect((await gateFiles(base, write('h5.json', changed, '1.4.2'))).code).toBe(0);
    const r = await gateFiles(base, write('h6.json', changed, '1.4.2'), '--fail-on', 'warning');
    expect(r.code).toBe(1);
    expect(r.json.suggestedVersion).toBe('1.4.3');
    expect((await gateFiles(base, write('h7.json', changed, '1.4.3'), '--fail-on', 'warning')).code).toBe(0);
  });
  it('a severity override in the config changes the verdict and is recorded', async () => {
    const config = path.join(dir, 'override.config.json');
    writeFileSync(config, JSON.stringify({ policy: { overrides: { 'tool-renamed': 'warning' } } }));
    const r = await gateFiles(write('b8.json', v1, '1.4.2'), write('h8.json', renamed, '1.4.3'), '--config', config);
    expect(r.code).toBe(0);
    expect(r.json.findings[0]).toMatchObject({ rule: 'tool-renamed', severity: 'warning', originalSeverity: 'breaking' });
  });
});

describe('check: version sources', () => {
  it('sources that disagree fail with a message naming each; agreeing ones pass', async () => {
    const proj = tempDir();
    const config = path.join(proj, 'mcp-contract.config.json');
    writeFileSync(config, JSON.stringify({ policy: { versionSources: [{ type: 'serverInfo' }, { type: 'package.json' }] } }));
    writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'demo', version: '1.5.0' }));
    const bad = await check('--config', config, '--now', '2026-02-01', ...serve('remove-deprecated.json'));
    expect(bad.code).toBe(1);
    expect(codes(bad.json)).toEqual(['version-source-mismatch']);
    expect(bad.json.reasons[0].message).toBe(
      `the version sources disagree: the server's serverInfo.version says 1.4.3, package.json (${path.join(proj, 'package.json')}) says 1.5.0. Set the same version in each (one of them was probably forgotten in the release).`,
    );
    writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'demo', version: '1.4.3' }));
    const good = await check('--config', config, '--now', '2026-02-01', ...serve('remove-deprecated.json'));
    expect(good.code, good.stdout).toBe(0);
  });
});

describe('check: snapshot drift and reports', () => {
  it('--snapshot fails when the committed snapshot is stale, naming the refresh command; passes when fresh', async () => {
    const stale = await check('--snapshot', baseline, ...serve('dual-registered.json'));
    expect(stale.code).toBe(1);
    expect(codes(stale.json)).toEqual(['snapshot-drift', 'snapshot-version-drift']);
    expect(stale.json.reasons[0].message).toContain(
      `npx mcp-contract snapshot --out ${baseline} -- ${process.execPath} ${SERVER} ${path.join(GATE, 'dual-registered.json')}`,
    );
    const fresh = await check('--snapshot', baseline, ...serve('v1.json'));
    expect(fresh.code, fresh.stdout).toBe(0);
    expect(fresh.json.findings).toEqual([]);
  });
  it('--head gates a catalog file; --out-report writes markdown and sarif', async () => {
    const md = path.join(dir, 'report.md');
    const r = await runCli([
      'check',
      '--baseline',
      baseline,
      '--head',
      path.join(GATE, 'rename-minor.json'),
      '--out-report',
      md,
      '--format',
      'sarif',
    ]);
    // The raw file has no capabilities, so the server's tools capability shows as removed: still a fail.
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((x: any) => x.ruleId === 'tool-renamed' && x.level === 'error')).toBe(true);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown.startsWith('### ❌ mcp-contract: `gate-demo` — contract check failed')).toBe(true);
    expect(markdown).toContain('keep `search_items` registered beside `search_items_v2` until the next major');
  });
  it('reads a baseline from git:REF:PATH', async () => {
    const repo = tempDir();
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(path.join(repo, 'mcp-contract.snapshot.json'), readFileSync(baseline));
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
    const r = await runCli(
      ['check', '--baseline', 'git:HEAD:mcp-contract.snapshot.json', '--format', 'json', ...serve('rename-major.json')],
      { cwd: repo },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).base.source).toBe('git:HEAD:mcp-contract.snapshot.json');
  });
});
