// A third-party server that advertises resources but answers resources/list with -32601: without --tolerate the capture
// fails with a hint naming the option; with it the snapshot records the list as not captured, a check captures the head
// alike (from the base's record), and a diff says the list was not captured instead of "every resource removed".
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { mergeTargets, splitAtDoubleDash, TARGET_OPTIONS, targetFromArgs } from '../../src/commands/target-args.js';
import { readConfigFile } from '../../src/config/load.js';
import { runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { CATALOG_SERVER, traceCapture, writeCatalog } from './fixtures.js';

const tempDir = useTempDirs('mcpc-tolerate-');

const TOOL = { name: 'read_file', description: 'Reads a file of the workspace by its path.', inputSchema: { type: 'object' } };
const RESOURCES = [
  { uri: 'file:///workspace/README.md', name: 'README.md' },
  { uri: 'file:///workspace/package.json', name: 'package.json' },
];
/** Advertises tools and resources, implements only tools/list (resources/list answers -32601 method not found). */
const UNSERVED = {
  serverInfo: { name: 'files', version: '1.0.0' },
  capabilities: { tools: {}, resources: {} },
  tools: [TOOL],
  unservedLists: ['resources/list', 'resources/templates/list'],
};

const HINT =
  'the server advertises a list it cannot serve. Checking someone else\'s server as it is? Add `--tolerate resources/list` ("tolerate": ["resources/list"] in the config): the snapshot records the list as not captured, and a check compares base and head without it. Your own server: fix its resources/list handler or stop advertising the capability.';

describe('--tolerate: a list the server advertises but cannot serve', () => {
  it('without it the capture fails, and the hint names --tolerate with the method', async () => {
    const dir = tempDir();
    const { error } = await traceCapture({ command: ['node', CATALOG_SERVER, writeCatalog(dir, 'c.json', UNSERVED)] });
    expect(error?.message).toBe(
      'resources/list page 1 failed: the server answered JSON-RPC error -32601 "Method not found", although the server advertises the capability for it',
    );
    expect(error?.hint).toBe(HINT);
    expect(error?.exitCode).toBe(3);
  });

  it('with it the catalog records the list as not captured (templates too: -32601 there is "no templates" already)', async () => {
    const dir = tempDir();
    const { catalog, error, log } = await traceCapture({
      command: ['node', CATALOG_SERVER, writeCatalog(dir, 'c.json', UNSERVED)],
      tolerate: ['resources/list'],
    });
    expect(error).toBeUndefined();
    expect(catalog?.tools.map((t) => t.name)).toEqual(['read_file']);
    expect(catalog?.resources).toEqual([]);
    expect(catalog?.uncapturedLists).toEqual({ resources: { method: 'resources/list', code: -32601, message: 'Method not found' } });
    expect(log).toContain('resources/list: JSON-RPC error -32601, tolerated (--tolerate resources/list): recorded as not captured');
  });

  it('tools/list and unknown methods cannot be tolerated (exit 2, before any server starts)', async () => {
    for (const [method, hint] of [
      ['tools/list', 'tools/list is the contract itself: a server that cannot serve it cannot be checked.'],
      ['resources', 'name the list method the server fails, e.g. --tolerate resources/list.'],
    ] as const) {
      const { error, pgids } = await traceCapture({ command: ['node', CATALOG_SERVER, 'x.json'], tolerate: [method] });
      expect(error?.message).toBe(
        `cannot tolerate "${method}": only prompts/list, resources/list, resources/templates/list can be tolerated`,
      );
      expect(error?.hint).toBe(hint);
      expect(error?.exitCode).toBe(2);
      expect(pgids).toEqual([]);
    }
  });

  it('--tolerate is repeatable, and "tolerate" in a config is validated', async () => {
    const { flags, command } = splitAtDoubleDash(['--tolerate', 'resources/list', '--tolerate', 'prompts/list', '--', 'node', 's.js']);
    const target = targetFromArgs(parseArgs({ args: flags, options: TARGET_OPTIONS, strict: true }).values, command);
    expect(target).toEqual({ command: ['node', 's.js'], tolerate: ['resources/list', 'prompts/list'] });
    expect(mergeTargets({ tolerate: ['prompts/list'] }, { tolerate: ['resources/list'] }).tolerate).toEqual([
      'prompts/list',
      'resources/list',
    ]);
    const dir = tempDir();
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ servers: [{ command: ['node', 's.js'], tolerate: ['resources/list'] }] }));
    expect((await readConfigFile(good)).servers?.[0]?.tolerate).toEqual(['resources/list']);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ servers: [{ command: ['node', 's.js'], tolerate: ['tools/list'] }] }));
    await expect(readConfigFile(bad)).rejects.toThrow(/servers\[0\]\.tolerate\[0\]/);
  });

  it('the CLI: the snapshot records it, a check without the flag captures the head alike, a served list is not "all removed"', async () => {
    const dir = tempDir();
    const unserved = writeCatalog(dir, 'unserved.json', UNSERVED);
    const snap = await runCli(
      ['snapshot', '--tolerate', 'resources/list', '--out', 'base.snapshot.json', '--', 'node', CATALOG_SERVER, unserved],
      {
        cwd: dir,
      },
    );
    expect(snap.code, snap.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'base.snapshot.json'), 'utf8')) as Record<string, unknown>;
    expect(written.uncapturedLists).toEqual({ resources: { code: -32601, message: 'Method not found', method: 'resources/list' } });
    expect(parseSnapshotText(readFileSync(path.join(dir, 'base.snapshot.json'), 'utf8'), 'base').uncapturedLists).toEqual(
      written.uncapturedLists,
    );

    // No --tolerate here: the base's record makes the head's capture tolerate resources/list too.
    const same = await runCli(['check', '--baseline', 'base.snapshot.json', '--format', 'json', '--', 'node', CATALOG_SERVER, unserved], {
      cwd: dir,
    });
    expect(same.code, same.stderr).toBe(0);
    expect((JSON.parse(same.stdout) as { findings: unknown[] }).findings).toEqual([]);

    // The server is fixed in the head and lists its resources: they are not compared with the unknown base, and that is said.
    const fixed = writeCatalog(dir, 'fixed.json', {
      ...UNSERVED,
      serverInfo: { name: 'files', version: '1.0.1' },
      unservedLists: [],
      resources: RESOURCES,
    });
    const served = await runCli(['check', '--baseline', 'base.snapshot.json', '--format', 'json', '--', 'node', CATALOG_SERVER, fixed], {
      cwd: dir,
    });
    const report = JSON.parse(served.stdout) as { findings: Array<{ rule: string; severity: string; message: string }> };
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'list-not-captured',
        'warning',
        'resources/list was not captured in the base (the server answered JSON-RPC error -32601 "Method not found", tolerated by --tolerate resources/list), so the 2 resources the head lists were not compared with anything; check them by hand, or capture both sides again.',
      ],
    ]);
    expect(served.code, served.stderr).toBe(0); // a warning needs a patch bump: 1.0.0 → 1.0.1
  });
});
