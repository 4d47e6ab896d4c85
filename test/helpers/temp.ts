// Temporary directories for tests, removed after each test file (register with `useTempDirs()` at the top of a describe).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

/** Returns a function that makes a fresh temp dir; all of them are removed after the enclosing suite. */
export function useTempDirs(prefix = 'mcpc-'): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
