// Bundles the Action (dist/index.js), the CLI (dist/cli.js), the oracle worker and ajv (dist/ajv.cjs) into dist/ with esbuild.
// Files are replaced atomically and stale chunks removed, so tests that run dist/ while another build runs never see half a file.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const entries = {
  index: 'src/main.ts',
  cli: 'src/cli.ts',
  'oracle-worker': 'src/diff/oracle-worker.ts',
};
const entryPoints = Object.fromEntries(
  Object.entries(entries)
    .filter(([, p]) => existsSync(path.join(root, p)))
    .map(([k, p]) => [k, path.join(root, p)]),
);

// The ahead-of-time meta-schema validators are source the bundle imports: generate them first (unchanged files are not rewritten).
execFileSync(process.execPath, [path.join(root, 'scripts/gen-meta-validators.mjs')], { stdio: 'inherit' });

const result = await build({
  entryPoints,
  outdir,
  write: false,
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  charset: 'utf8',
  define: { __MCP_CONTRACT_VERSION__: JSON.stringify(pkg.version), __MCP_CONTRACT_BUNDLED__: 'true' },
  logLevel: 'warning',
  // The bundle reads the binary token table (written below); js-tiktoken's rank module is the fallback of src/ only.
  external: ['js-tiktoken/ranks/o200k_base'],
  // CommonJS dependencies call require() on node builtins; give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);",
  },
});

// ajv's three classes as one CommonJS file beside the entry files, outside the ES module graph: src/ajv-classes.ts
// requires it the first time a schema needs ajv, so runs that never compile one never load it.
const ajvBundle = await build({
  stdin: {
    contents:
      "module.exports = { Ajv: require('ajv').Ajv, Ajv2019: require('ajv/dist/2019.js').Ajv2019, Ajv2020: require('ajv/dist/2020.js').Ajv2020 };",
    resolveDir: root,
    sourcefile: 'ajv-classes.cjs',
    loader: 'js',
  },
  outfile: path.join(outdir, 'ajv.cjs'),
  write: false,
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});

const written = new Set();
for (const file of [...result.outputFiles, ...ajvBundle.outputFiles]) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  if (path.basename(file.path) === 'cli.js') chmodSync(tmp, 0o755);
  renameSync(tmp, file.path);
  written.add(file.path);
}
// The o200k_base token table in binary form, beside the entry files (src/quality/tokenizer.ts looks for it there).
// It is made by the table module itself (bundled to a temporary file for this), so its reader and writer cannot drift.
{
  const tableModule = await build({
    entryPoints: [path.join(root, 'src/quality/token-table.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const tmpModule = path.join(os.tmpdir(), `mcpc-token-table-${process.pid}.mjs`);
  writeFileSync(tmpModule, tableModule.outputFiles[0].contents);
  try {
    const { tableFromRankFile, serializeTable } = await import(pathToFileURL(tmpModule).href);
    const { default: o200k } = await import('js-tiktoken/ranks/o200k_base');
    const target = path.join(outdir, 'o200k_base.tokens.bin');
    const bytes = serializeTable(tableFromRankFile(o200k));
    if (!existsSync(target) || !readFileSync(target).equals(bytes)) {
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, target);
    }
    written.add(target);
  } finally {
    rmSync(tmpModule, { force: true });
  }
}

// dist/ says it is ES modules itself, so it runs as such wherever it is copied or vendored without our package.json
// (Node would otherwise guess each file's module type: a second parse, and ~40 MB more memory on a large diff).
{
  const target = path.join(outdir, 'package.json');
  const text = JSON.stringify({ type: 'module' }) + '\n';
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  written.add(target);
}

// Remove outputs of earlier builds that this build no longer produces (old chunk hashes).
function prune(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) prune(p);
    else if (!written.has(p) && !p.endsWith('.tmp')) rmSync(p, { force: true });
  }
}
prune(outdir);
