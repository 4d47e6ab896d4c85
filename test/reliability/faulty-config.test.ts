// Several configured servers, one faulty: the healthy one's snapshot is written, the faulty one's is left untouched,
// the run exits 3 naming the server that failed and why, and no process of either is left.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { EXIT } from '../../src/errors.js';
import { useTempDirs } from '../helpers/temp.js';
import { errorText, expectNoProcessLeft, faulty, SENTINEL, snapshotFaulty } from './faulty-harness.js';

const tempDir = useTempDirs('mcpc-faulty-config-');

describe('a config with a faulty server among healthy ones', () => {
  it("writes the healthy snapshot, leaves the faulty one's untouched, exits 3 naming the faulty server and its stderr", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.snapshot.json'), SENTINEL);
    const run = await snapshotFaulty({
      dir,
      passOut: false,
      flags: (marker) => {
        const server = (name: string, script: string) => ({
          name,
          command: [process.execPath, faulty(script), `--marker=${marker}`],
          snapshot: `${name}.snapshot.json`,
          timeouts: { startMs: 15_000, requestMs: 15_000, totalMs: 30_000 },
        });
        const config = { servers: [server('healthy', 'duplicate-tools.mjs'), server('broken', 'crash-on-start.mjs')] };
        writeFileSync(path.join(dir, 'mcp-contract.config.json'), JSON.stringify(config));
        return ['--config', path.join(dir, 'mcp-contract.config.json')];
      },
    });
    try {
      expect(run.code, run.stderr).toBe(EXIT.capture);
      const text = errorText(run);
      expect(text).toMatch(/1 of 2 servers/);
      expect(text).toMatch(/broken: the server crashed on start/);
      expect(text).toMatch(/FAULTY_API_KEY is not set/);
      expect(text).not.toMatch(/healthy:/);
      expect(readdirSync(dir).sort()).toEqual(['broken.snapshot.json', 'healthy.snapshot.json', 'mcp-contract.config.json']);
      expect(readFileSync(path.join(dir, 'broken.snapshot.json'), 'utf8')).toBe(SENTINEL);
      const healthy = parseSnapshotText(readFileSync(path.join(dir, 'healthy.snapshot.json'), 'utf8'), 'healthy');
      expect(healthy.tools.map((t: { name: string }) => t.name)).toEqual(['fetch', 'search', 'search']);
      expect(run.pgids).toHaveLength(2);
    } finally {
      await expectNoProcessLeft(run);
    }
  });
});
