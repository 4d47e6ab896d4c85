// Paths of the fixture servers and a helper that captures while recording the server's process group.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { captureCatalog } from '../../src/capture/index.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { ServerTarget } from '../../src/config/types.js';
import { REPO_ROOT } from '../helpers/cli.js';

export const SERVERS = path.join(REPO_ROOT, 'fixtures/servers');
export const CATALOG_SERVER = path.join(SERVERS, 'catalog-server.mjs');
export const MODERN_SERVER = path.join(SERVERS, 'modern-server.mjs');
export const HTTP_SERVER = path.join(SERVERS, 'http-server.mjs');
export const SSE_SERVER = path.join(SERVERS, 'sse-server.mjs');
export const ENV_SERVER = path.join(SERVERS, 'env-server.mjs');
export const PYTHON_SERVER = path.join(SERVERS, 'python/server.py');
/** The faulty servers shared with the reliability suite (fixtures/faulty/README.md lists each fault). */
export const FAULTY = (name: string) => path.join(REPO_ROOT, 'fixtures/faulty', name);
/** Faults only the capture tests use: a crash after a stderr flood, an SDK server misbehaving on tools/list. */
export const CAPTURE_FAULTY = (name: string) => path.join(SERVERS, 'faulty', name);
export const WEATHER = (version: string) => path.join(SERVERS, 'weather', `${version}.json`);

/** Writes a catalog file (format: fixtures/servers/lib/catalog-file.mjs) into `dir` and returns its path. */
export function writeCatalog(dir: string, name: string, catalog: object): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(catalog));
  return file;
}

export interface TracedCapture {
  catalog?: Catalog;
  error?: Error & { exitCode?: number; hint?: string; details?: string };
  /** Process group ids the capture started (from its log). */
  pgids: number[];
  log: string[];
  durationMs: number;
}

/** Captures and never throws: returns the catalog or the error, with the process groups it started. */
export async function traceCapture(target: ServerTarget, onLog?: (line: string, pgids: number[]) => void): Promise<TracedCapture> {
  const out: TracedCapture = { pgids: [], log: [], durationMs: 0 };
  const started = Date.now();
  try {
    out.catalog = await captureCatalog(target, {
      log: (line) => {
        out.log.push(line);
        const m = /\(pid (\d+), own process group\)/.exec(line);
        if (m) out.pgids.push(Number(m[1]));
        onLog?.(line, out.pgids);
      },
    });
  } catch (err) {
    out.error = err as TracedCapture['error'];
  }
  out.durationMs = Date.now() - started;
  return out;
}
