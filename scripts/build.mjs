// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the oracle worker into dist/ with esbuild.
import { build } from 'esbuild';
import { rmSync, mkdirSync, readFileSync } from 'node:fs';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const entries = {
  index: 'src/main.ts',
  cli: 'src/cli.ts',
  'oracle-worker': 'src/diff/oracle-worker.ts',
};
import { existsSync } from 'node:fs';
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p)));

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  define: { __MCP_CONTRACT_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // CommonJS dependencies call require() on node builtins; give the ESM bundle a real require.
  banner: { js: "import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);" },
});
