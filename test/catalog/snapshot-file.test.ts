import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog, loadSnapshot, parseCatalogJson, writeSnapshotFile } from '../../src/catalog/snapshot-file.js';
import { UserError } from '../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcpc-snapfile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rawList = {
  tools: [
    { name: 'b', inputSchema: { type: 'object' } },
    { name: 'a', inputSchema: { type: 'object' } },
  ],
  serverInfo: { name: 's', version: '1.2.3' },
};

async function expectUserError(p: Promise<unknown>, pattern: RegExp): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).exitCode).toBe(2);
  expect((err as UserError).message).toMatch(pattern);
  expect((err as UserError).hint).toBeTruthy();
  return err as UserError;
}

describe('snapshot files', () => {
  it('round-trips a snapshot and accepts a raw tools/list result or a JSON-RPC response', async () => {
    const file = path.join(dir, 'snap.json');
    await writeSnapshotFile(file, toSnapshot(parseCatalogJson(rawList, 'x').catalog));
    const loaded = await loadSnapshot(file);
    expect(loaded.tools.map((t) => t.name)).toEqual(['a', 'b']);
    expect(loaded.server).toEqual({ name: 's', version: '1.2.3' });
    expect(readFileSync(file, 'utf8')).toBe(serializeSnapshot(loaded));

    const rpc = path.join(dir, 'rpc.json');
    writeFileSync(rpc, JSON.stringify({ jsonrpc: '2.0', id: 1, result: rawList }));
    expect((await loadCatalog(rpc)).catalog.tools).toHaveLength(2);
  });

  it('writes atomically: no temp file is left and a failed write keeps the old file', async () => {
    const file = path.join(dir, 'snap.json');
    await writeSnapshotFile(file, toSnapshot(parseCatalogJson(rawList, 'x').catalog));
    const before = readFileSync(file, 'utf8');
    expect(readdirSync(dir)).toEqual(['snap.json']);
    // Writing "into" a path whose parent is a file fails; the original is untouched.
    await expectUserError(
      writeSnapshotFile(path.join(file, 'nested.json'), toSnapshot(parseCatalogJson({ tools: [] }, 'x').catalog)),
      /could not write/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names the file and position of invalid JSON', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{\n  "tools": [\n    {"name": "a",}\n  ]\n}');
    await expectUserError(loadCatalog(file), /broken\.json is not valid JSON at line 3/);
  });

  it('rejects an unknown format version, a non-catalog and a missing file with exit code 2', async () => {
    const future = path.join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ formatVersion: 99, tools: [] }));
    const e = await expectUserError(loadCatalog(future), /format version 99; this mcp-contract reads formats 1 to 2/);
    expect(e.hint).toMatch(/upgrade/);

    const notCatalog = path.join(dir, 'pkg.json');
    writeFileSync(notCatalog, JSON.stringify({ name: 'x', version: '1.0.0' }));
    await expectUserError(loadCatalog(notCatalog), /is not a catalog/);

    const badTool = path.join(dir, 'badtool.json');
    writeFileSync(badTool, JSON.stringify({ tools: [{ description: 'no name' }] }));
    await expectUserError(loadCatalog(badTool), /tools\[0\] has no string "name"/);

    await expectUserError(loadCatalog(path.join(dir, 'missing.json')), /no such file/);
  });

  it('reads git:REF:PATH from a real repository and explains a missing revision', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    writeFileSync(path.join(dir, 'snap.json'), JSON.stringify(rawList));
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'snap.json'), JSON.stringify({ tools: [] }));
    const loaded = await loadCatalog('git:HEAD:snap.json', dir);
    expect(loaded.catalog.tools).toHaveLength(2);
    expect(loaded.source).toBe('git:HEAD:snap.json');
    await expectUserError(loadCatalog('git:no-such-ref:snap.json', dir), /could not read snap\.json at git revision no-such-ref/);
  });
});
