// The published package is what it runs: the packed tarball installs into an empty folder with no dependencies and no
// engine warning, and its CLI snapshots a real server, diffs two catalogs and checks from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-pack-');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SERVER = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
const WEATHER = path.join(REPO_ROOT, 'fixtures/servers/weather');

describe('the packed tarball', () => {
  let app: string;
  let installLog: string;
  let packedFiles: string[];

  beforeAll(() => {
    const packDir = tempDir();
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], { cwd: REPO_ROOT, encoding: 'utf8' }),
    ) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    packedFiles = packed[0]!.files.map((f) => f.path);
    app = tempDir();
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--offline', path.join(packDir, packed[0]!.filename)], {
      cwd: app,
      encoding: 'utf8',
    });
    installLog = `${install.stdout}\n${install.stderr}`;
    expect(install.status, installLog).toBe(0);
  }, 120_000);

  const cli = (args: string[]) =>
    spawnSync(process.execPath, [path.join(app, 'node_modules/mcp-contract/dist/cli.js'), ...args], {
      cwd: app,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('installs with no other package and no engine warning', () => {
    expect(readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['mcp-contract']);
    expect(installLog).not.toMatch(/EBADENGINE/);
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('ships the bundle and its data, not the sources or tests', () => {
    expect(packedFiles).toContain('dist/cli.js');
    expect(packedFiles).toContain('dist/index.js');
    expect(packedFiles).toContain('dist/o200k_base.tokens.bin');
    expect(packedFiles).toContain('action.yml');
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/'))).toEqual([]);
  });

  it("ships the token table once: the binary table, not js-tiktoken's JS rank module as well", () => {
    const installed = path.join(app, 'node_modules/mcp-contract');
    const rankModuleStart = '{"pat_str":';
    const withRanks = packedFiles.filter(
      (f) => f.endsWith('.js') && readFileSync(path.join(installed, f), 'utf8').includes(rankModuleStart),
    );
    expect(withRanks).toEqual([]);
    expect(packedFiles.filter((f) => /tokens\.bin$/.test(f))).toEqual(['dist/o200k_base.tokens.bin']);
  });

  it('runs --version, diff and snapshot from the install folder', () => {
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const diff = cli(['diff', path.join(WEATHER, '1.0.0.json'), path.join(WEATHER, '2.0.0.json'), '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(1); // 2.0.0 renames a tool: breaking
    const report = JSON.parse(diff.stdout) as { findings: Array<{ rule: string; severity: string }> };
    expect(report.findings.some((f) => f.severity === 'breaking')).toBe(true);

    const out = path.join(app, 'weather.snapshot.json');
    const snap = cli(['snapshot', '--out', out, '--', process.execPath, SERVER, path.join(WEATHER, '1.1.0.json')]);
    expect(snap.status, snap.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const snapshot = parseSnapshotText(readFileSync(out, 'utf8'), out);
    expect(snapshot.tools.length).toBeGreaterThan(0);
  });
});
