// `mcp-contract snapshot` stores each tool's token count beside it, and `diff` of such files prints the same footprint as of files without them.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, REPO_ROOT } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const SERVER = path.join(REPO_ROOT, 'fixtures/servers/catalog-server.mjs');
const catalogFile = (name: string) => path.join(REPO_ROOT, 'fixtures/real', name);

describe('snapshot stores token counts', () => {
  const tempDir = useTempDirs('mcpc-snaptokens-');

  it('every entry of a real catalog gets a tokens line, and diff prints the footprint it would count', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const [side, release] of [
      ['base', 'everything-2025.8.18.json'],
      ['head', 'everything-2026.8.31.json'],
    ] as const) {
      files[side] = path.join(dir, `${side}.json`);
      const run = await runCli(['snapshot', '--out', files[side]!, '--', process.execPath, SERVER, catalogFile(release)]);
      expect(run.code, run.stderr).toBe(0);
    }
    const text = readFileSync(files.base!, 'utf8');
    const entries = (text.match(/"sha256": "sha256:/g) ?? []).length;
    expect(entries).toBeGreaterThan(5);
    expect((text.match(/\n {6}"tokens": "o200k_base\/1:\d+:[0-9a-f]{16}",\n/g) ?? []).length).toBe(entries);

    // The same files without the counts (as an older mcp-contract wrote them): the footprint is counted, and equal.
    const plain: Record<string, string> = {};
    for (const side of ['base', 'head']) {
      plain[side] = path.join(dir, `${side}.plain.json`);
      writeFileSync(plain[side]!, readFileSync(files[side]!, 'utf8').replace(/\n {6}"tokens": "[^"]*",/g, ''));
    }
    const withCounts = await runCli(['diff', files.base!, files.head!, '--format', 'json']);
    const counted = await runCli(['diff', plain.base!, plain.head!, '--format', 'json']);
    const footprint = (out: string) => (JSON.parse(out) as { footprint: unknown }).footprint;
    expect(footprint(withCounts.stdout)).toEqual(footprint(counted.stdout));
    expect(footprint(withCounts.stdout)).toMatchObject({ tokenizer: 'o200k_base' });
    expect(withCounts.code).toBe(counted.code);
  });
});
