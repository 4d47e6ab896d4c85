// Version sources: each file type read from a real temp dir (and a real git revision), agreement and mismatch.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readVersion, versionFromPyproject, versionFromServerJson } from '../../src/policy/version-sources.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcpc-versions-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }));
  writeFileSync(path.join(dir, 'server.json'), JSON.stringify({ name: 'io.github.x/y', version_detail: { version: '1.2.0' } }));
  writeFileSync(
    path.join(dir, 'pyproject.toml'),
    '[build-system]\nrequires = ["hatchling"]\nversion = "9.9.9"\n\n[project]\nname = "x"\nversion = \'1.2.0\'  # bumped by release\n',
  );
  writeFileSync(path.join(dir, 'version.py'), '__version__ = "1.3.0"\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parsers', () => {
  it('pyproject: [project] first, then [tool.poetry]; dynamic versions are named', () => {
    expect(versionFromPyproject('[tool.poetry]\nversion = "0.3.1"\n')).toEqual({ version: '0.3.1' });
    expect(versionFromPyproject('[project]\nversion = "2.0.0"\n[tool.poetry]\nversion = "0.3.1"\n')).toEqual({ version: '2.0.0' });
    expect(versionFromPyproject('[project]\nname = "x"\ndynamic = ["version"]\n')).toEqual({ dynamic: true });
    expect(versionFromPyproject('[tool.other]\nversion = "1.0.0"\n')).toEqual({ dynamic: false });
  });
  it('server.json: version, else version_detail.version', () => {
    expect(versionFromServerJson('{"version":"1.0.0","version_detail":{"version":"0.9.0"}}')).toBe('1.0.0');
    expect(versionFromServerJson('{"version_detail":{"version":"0.9.0"}}')).toBe('0.9.0');
    expect(versionFromServerJson('{}')).toBeUndefined();
  });
});

describe('readVersion', () => {
  it('defaults to serverInfo.version', async () => {
    const r = await readVersion(undefined, { serverInfoVersion: '3.1.4' });
    expect(r).toMatchObject({ version: '3.1.4', source: 'serverInfo.version', reasons: [] });
  });
  it('reads each file type', async () => {
    for (const type of ['package.json', 'server.json', 'pyproject.toml'] as const) {
      const r = await readVersion([{ type }], { cwd: dir });
      expect(r.version, type).toBe('1.2.0');
      expect(r.source).toBe(`${type} (${type})`);
    }
    const f = await readVersion([{ type: 'file', path: 'version.py', regex: '__version__ = "([^"]+)"' }], { cwd: dir });
    expect(f.version).toBe('1.3.0');
  });
  it('agreeing sources give no reason; disagreeing ones name each source and value', async () => {
    const ok = await readVersion([{ type: 'serverInfo' }, { type: 'package.json' }, { type: 'pyproject.toml' }], {
      cwd: dir,
      serverInfoVersion: '1.2.0',
    });
    expect(ok.reasons).toEqual([]);
    const bad = await readVersion([{ type: 'package.json' }, { type: 'file', path: 'version.py', regex: '__version__ = "([^"]+)"' }], {
      cwd: dir,
    });
    expect(bad.version).toBe('1.2.0');
    expect(bad.reasons).toEqual([
      {
        code: 'version-source-mismatch',
        blocking: true,
        message:
          'the version sources disagree: package.json (package.json) says 1.2.0, version.py (regex __version__ = "([^"]+)") says 1.3.0. Set the same version in each (one of them was probably forgotten in the release).',
      },
    ]);
  });
  it('a missing file yields no version and a source label saying why', async () => {
    const r = await readVersion([{ type: 'package.json', path: 'nope/package.json' }], { cwd: dir });
    expect(r.version).toBeUndefined();
    expect(r.source).toMatch(/^package\.json \(nope\/package\.json\) \(could not read .*no such file\)$/);
    expect(r.reasons.map((x) => [x.code, x.blocking])).toEqual([['version-source-unreadable', false]]);
    const mixed = await readVersion([{ type: 'serverInfo' }, { type: 'package.json', path: 'nope/package.json' }], {
      cwd: dir,
      serverInfoVersion: '1.0.0',
    });
    expect(mixed.reasons.map((x) => x.code)).toEqual(['version-source-unreadable']);
  });
  it('an invalid regex is a config error', async () => {
    await expect(readVersion([{ type: 'file', path: 'version.py', regex: '(' }], { cwd: dir })).rejects.toThrow(/invalid regex/);
  });
  it('a catastrophically backtracking regex from the config stops within its budget with an exit-3 error naming the fix', async () => {
    writeFileSync(path.join(dir, 'VERSION'), 'a'.repeat(40) + 'b\n');
    const started = Date.now();
    const err = await readVersion([{ type: 'file', path: 'VERSION', regex: '^(a|a)+$' }], { cwd: dir }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(3);
    expect((err as UserError).message).toMatch(/the regex "\^\(a\|a\)\+\$" ran for more than \d+ ms .* and was stopped/);
    expect((err as UserError).hint).toMatch(/backtracks catastrophically.*Rewrite the "regex"/);
  });
  it('an ordinary regex still reads its first group, or the whole match without one', async () => {
    writeFileSync(path.join(dir, 'VERSION'), 'name = x\nversion = 4.5.6\n');
    expect((await readVersion([{ type: 'file', path: 'VERSION', regex: '^version = (\\S+)$' }], { cwd: dir })).version).toBe('4.5.6');
    expect((await readVersion([{ type: 'file', path: 'VERSION', regex: '\\d+\\.\\d+\\.\\d+' }], { cwd: dir })).version).toBe('4.5.6');
    expect((await readVersion([{ type: 'file', path: 'VERSION', regex: '^nothing (\\d)$' }], { cwd: dir })).version).toBeUndefined();
  });
  it('reads file sources at a git revision', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', 'package.json');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'v1.2.0');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '2.0.0' }));
    const atHead = await readVersion([{ type: 'package.json' }], { cwd: dir, gitRef: 'HEAD' });
    expect(atHead.version).toBe('1.2.0');
    expect(atHead.source).toBe('package.json (git:HEAD:package.json)');
    expect((await readVersion([{ type: 'package.json' }], { cwd: dir })).version).toBe('2.0.0');
  });
});
