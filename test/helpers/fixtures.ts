// Fixture directories of base/head/expected catalogs (fixtures/catalogs, fixtures/quality): listing and loading them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import type { Catalog } from '../../src/catalog/types.js';

/** The case directories under `root` that hold an expected.json, sorted. */
export function fixtureCases(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

/** One catalog file of a case, parsed as the CLI would (raw tools/list or snapshot). */
export function loadFixtureCatalog(root: string, dir: string, file: string): Catalog {
  const full = path.join(root, dir, file);
  return parseCatalogJson(JSON.parse(readFileSync(full, 'utf8')), full).catalog;
}
