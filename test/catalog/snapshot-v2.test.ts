// Snapshot format 2: each tool's stored sha256 covers exactly its stored bytes, a hand edit that keeps the hash is refused, v1 files still read, and two branches changing different tools merge in git without a conflict.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeSnapshot, sha256, toSnapshot } from '../../src/catalog/canonical.js';
import { loadCatalog, loadCatalogPair, loadSnapshot } from '../../src/catalog/snapshot-file.js';
import { SnapshotIntegrityError } from '../../src/catalog/snapshot-v2.js';
import type { Catalog, ToolDef } from '../../src/catalog/types.js';
import { diffCatalogs } from '../../src/diff/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mcpc-snapv2-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-12-01T00:00:00Z');

/** A tool with a few lines of schema, so neighbouring tools in the file are separated as real ones are. */
function tool(name: string, extra: Record<string, unknown> = {}): ToolDef {
  return {
    name,
    description: `Does ${name}.`,
    inputSchema: { type: 'object', properties: { id: { type: 'string', description: 'The id.' } }, required: ['id'] },
    ...extra,
  };
}

function catalog(tools: ToolDef[], version = '1.0.0'): Catalog {
  return {
    server: { name: 'srv', version },
    protocolVersion: '2025-11-25',
    capabilities: { tools: {} },
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
  };
}

const NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

function write(file: string, c: Catalog): string {
  const text = serializeSnapshot(toSnapshot(c));
  writeFileSync(file, text);
  return text;
}

/** The stored text of each tool: what its entry's "tool" value spans in the file, found by the layout's fixed lines. */
function storedToolTexts(text: string): string[] {
  return [...text.matchAll(/"tool": (\{\n[\s\S]*?\n {6}\})\n {4}\}/g)].map((m) => m[1]!);
}

describe('snapshot format 2', () => {
  it('stores each tool beside the sha256 of exactly its bytes and no catalog-level hash, and reads back the same hashes', async () => {
    const file = path.join(dir, 'snap.json');
    const snap = toSnapshot(catalog(NAMES.map((n) => tool(n))));
    const text = write(file, catalog(NAMES.map((n) => tool(n))));
    expect(text).not.toMatch(/"hashes"|"catalog"/);
    const stored = JSON.parse(text) as { formatVersion: number; tools: { sha256: string; tool: ToolDef }[] };
    expect(stored.formatVersion).toBe(2);
    const texts = storedToolTexts(text);
    expect(texts).toHaveLength(NAMES.length);
    stored.tools.forEach((entry, i) => {
      expect(entry.sha256).toBe(sha256(texts[i]!));
      expect(entry.sha256).toBe(snap.hashes.tools[entry.tool.name]);
    });
    const loaded = await loadSnapshot(file);
    expect(loaded.hashes).toEqual(snap.hashes);
    // Written again from what was read: the same bytes.
    expect(serializeSnapshot(loaded)).toBe(text);
  });

  it('refuses a hand edit that keeps the stored hash, names the tool and the refresh command', async () => {
    const file = path.join(dir, 'snap.json');
    const text = write(file, catalog(NAMES.map((n) => tool(n))));
    const edited = text.replace('"description": "Does charlie."', '"description": "Does charlie, and ignores every rule."');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const err = await loadCatalog(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SnapshotIntegrityError);
    expect((err as SnapshotIntegrityError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/tools\[2\] \("charlie"\) does not match the sha256 stored beside it/);
    expect((err as SnapshotIntegrityError).hint).toContain(`npx mcp-contract snapshot --out ${file}`);
    // The same edit through the pair loader (the diff's), on either side.
    const base = path.join(dir, 'base.json');
    write(base, catalog(NAMES.map((n) => tool(n))));
    await expect(loadCatalogPair(base, file)).rejects.toBeInstanceOf(SnapshotIntegrityError);
    await expect(loadCatalogPair(file, base)).rejects.toBeInstanceOf(SnapshotIntegrityError);
  });

  it('refuses a hash moved to another tool, and a tool whose hash line was edited', async () => {
    const file = path.join(dir, 'snap.json');
    const text = write(file, catalog(NAMES.map((n) => tool(n))));
    const hashes = [...text.matchAll(/"sha256": "(sha256:[0-9a-f]{64})"/g)].map((m) => m[1]!);
    writeFileSync(file, text.replace(hashes[0]!, hashes[1]!));
    await expect(loadCatalog(file)).rejects.toThrow(/tools\[0\] \("alpha"\) does not match/);
    writeFileSync(file, text.replace(hashes[4]!, 'sha256:' + '0'.repeat(64)));
    await expect(loadCatalog(file)).rejects.toThrow(/tools\[4\] \("echo"\) does not match/);
  });

  it('reads a file whose layout changed but whose tools did not (CRLF line ends, reformatted) by checking each hash by meaning', async () => {
    const file = path.join(dir, 'snap.json');
    const text = write(file, catalog(NAMES.map((n) => tool(n))));
    const expected = (await loadSnapshot(file)).hashes;
    writeFileSync(file, text.replace(/\n/g, '\r\n'));
    expect((await loadSnapshot(file)).hashes).toEqual(expected);
    writeFileSync(file, JSON.stringify(JSON.parse(text)));
    expect((await loadSnapshot(file)).hashes).toEqual(expected);
    // Reformatted and edited: still refused.
    writeFileSync(file, JSON.stringify(JSON.parse(text)).replace('Does bravo.', 'Does bravo!'));
    await expect(loadCatalog(file)).rejects.toThrow(/tools\[1\] \("bravo"\) does not match/);
  });

  it('still reads a format-1 snapshot, with the same hashes as the format-2 file of the same catalog', async () => {
    const v1 = 'fixtures/servers/weather/weather.snapshot.json';
    expect(JSON.parse(readFileSync(v1, 'utf8')).formatVersion).toBe(1);
    const fromV1 = await loadSnapshot(v1);
    const file = path.join(dir, 'v2.json');
    writeFileSync(file, serializeSnapshot(fromV1));
    const fromV2 = await loadSnapshot(file);
    expect(fromV2.hashes).toEqual(fromV1.hashes);
    expect(await diffCatalogs(fromV1, fromV2, { now: NOW })).toEqual([]);
  });
});

describe('two pull requests changing different tools (a real git repository)', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
    });

  /** Commits `base` on main, `left` on one branch and `right` on another (each written by `serialize`), then merges. */
  function mergeBranches(serialize: (c: Catalog) => string, base: Catalog, left: Catalog, right: Catalog) {
    const repo = mkdtempSync(path.join(dir, 'repo-'));
    const file = path.join(repo, 'mcp-contract.snapshot.json');
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(file, serialize(base));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'baseline');
    for (const [branch, c] of [
      ['left', left],
      ['right', right],
    ] as const) {
      git(repo, 'checkout', '-qb', branch, 'main');
      writeFileSync(file, serialize(c));
      git(repo, 'commit', '-qam', branch);
    }
    git(repo, 'checkout', '-q', 'left');
    const merge = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'merge', '--no-edit', 'right'], {
      cwd: repo,
      encoding: 'utf8',
    });
    return { repo, file, merged: merge.status === 0, output: merge.stdout + merge.stderr };
  }

  // Adjacent tools (bravo, charlie): the closest two changes can sit in the file. Both PRs bump to the same version.
  const base = catalog(NAMES.map((n) => tool(n)));
  const left = catalog(
    NAMES.map((n) => (n === 'bravo' ? tool(n, { description: 'Does bravo, faster.' }) : tool(n))),
    '1.1.0',
  );
  const right = catalog(
    NAMES.map((n) =>
      n === 'charlie'
        ? tool(n, {
            inputSchema: {
              type: 'object',
              properties: { id: { type: 'string', description: 'The id.' }, force: { type: 'boolean' } },
              required: ['id'],
            },
          })
        : tool(n),
    ),
    '1.1.0',
  );

  it('merges without a conflict; the merged snapshot verifies, equals a fresh snapshot of both changes and diffs to both', async () => {
    const { file, merged, output } = mergeBranches((c) => serializeSnapshot(toSnapshot(c)), base, left, right);
    expect(merged, output).toBe(true);
    const both = catalog(
      NAMES.map((n) => (n === 'bravo' ? left.tools[1]! : n === 'charlie' ? right.tools[2]! : tool(n))),
      '1.1.0',
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(serializeSnapshot(toSnapshot(both)));
    const snap = await loadSnapshot(file);
    expect(snap.hashes).toEqual(toSnapshot(both).hashes);
    const findings = await diffCatalogs(toSnapshot(base), snap, { now: NOW });
    expect(findings.map((f) => [f.rule, f.subject, f.path])).toEqual([
      ['tool-description-changed', 'bravo', '/description'],
      ['input-property-added-optional', 'charlie', '/inputSchema/properties/force'],
    ]);
  });

  it('the format-1 layout (one catalog hash line every change edits) conflicts on the same two branches', () => {
    // What format 1 wrote: the in-memory snapshot as it is, with its top-level `hashes` block.
    const v1 = (c: Catalog) => JSON.stringify({ ...toSnapshot(c), formatVersion: 1 }, null, 2) + '\n';
    const { merged, output } = mergeBranches(v1, base, left, right);
    expect(merged).toBe(false);
    expect(output).toMatch(/CONFLICT/);
  });
});
