// `npm run demo`: boots the bundled weather fixture server, snapshots it, and checks two pull requests against the committed baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const server = ['node', 'fixtures/servers/catalog-server.mjs'];
const baseline = 'fixtures/demo/weather.snapshot.json';
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (a clean clone ships it prebuilt).');
  process.exit(2);
}

function step(title, args) {
  console.log('\n' + bold(`── ${title}`));
  console.log(`$ mcp-contract ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  console.log(`\n(exit code ${r.status})`);
  return r.status;
}

const out = mkdtempSync(path.join(tmpdir(), 'mcp-contract-demo-'));
try {
  const snap = path.join(out, 'weather-1.1.0.snapshot.json');
  const codes = [
    step('1. Snapshot weather 1.1.0 (boots the server over stdio, reads its whole catalog, hashes it)', [
      'snapshot',
      '--out',
      snap,
      '--',
      ...server,
      'fixtures/servers/weather/1.1.0.json',
    ]),
    step('2. A pull request releasing weather 1.1.0: additive changes, minor bump → pass', [
      'check',
      '--baseline',
      baseline,
      '--',
      ...server,
      'fixtures/servers/weather/1.1.0.json',
    ]),
    step('3. A pull request that renames a tool and adds a required parameter but only bumps to 1.2.0 → fail', [
      'check',
      '--baseline',
      baseline,
      '--',
      ...server,
      'fixtures/demo/weather-1.2.0-breaking.json',
    ]),
  ];
  const expected = [0, 0, 1];
  const ok = codes.every((c, i) => c === expected[i]);
  console.log(
    '\n' +
      bold(
        ok
          ? 'Demo complete: the safe release passed and the breaking one was stopped with the way out (exit codes 0, 0, 1 as expected).'
          : `Demo finished with unexpected exit codes ${codes.join(', ')} (expected ${expected.join(', ')}).`,
      ),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
