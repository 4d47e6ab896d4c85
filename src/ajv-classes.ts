// Loads ajv's validator classes on first use, synchronously: a run that compiles no schema with ajv never loads its code.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import type { Ajv2019 } from 'ajv/dist/2019.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';

export interface AjvClasses {
  Ajv: typeof Ajv;
  Ajv2019: typeof Ajv2019;
  Ajv2020: typeof Ajv2020;
}

/**
 * The CommonJS bundle of the three classes `npm run build` writes to dist/ (scripts/build.mjs), beside the entry files,
 * one level above the chunks. Kept out of the ES module graph, it is compiled only when `ajvClasses()` first runs.
 */
export const AJV_BUNDLE_FILE = 'ajv.cjs';

/** Set by the bundler (scripts/build.mjs): the bundle reads ajv from its own CommonJS file, never from node_modules. */
declare const __MCP_CONTRACT_BUNDLED__: boolean | undefined;
const BUNDLED = typeof __MCP_CONTRACT_BUNDLED__ === 'boolean' && __MCP_CONTRACT_BUNDLED__;

let classes: AjvClasses | undefined;

/** ajv's draft-07, 2019-09 and 2020-12 classes: from dist/ajv.cjs in the bundle, from the ajv package running from src/. */
export function ajvClasses(): AjvClasses {
  if (classes) return classes;
  const load = createRequire(import.meta.url);
  if (!BUNDLED) {
    classes = {
      Ajv: (load('ajv') as { Ajv: typeof Ajv }).Ajv,
      Ajv2019: (load('ajv/dist/2019.js') as { Ajv2019: typeof Ajv2019 }).Ajv2019,
      Ajv2020: (load('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 }).Ajv2020,
    };
    return classes;
  }
  for (const dir of ['./', '../']) {
    const file = fileURLToPath(new URL(dir + AJV_BUNDLE_FILE, import.meta.url));
    if (existsSync(file)) return (classes = load(file) as AjvClasses);
  }
  throw new Error(
    `${AJV_BUNDLE_FILE} is missing beside the mcp-contract bundle; reinstall mcp-contract or rebuild it with \`npm run build\``,
  );
}
