// Builds dist/ once before the suite: end-to-end tests run the bundled CLI and Action as real processes.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '');
    // In CI a broken build is a failure; locally, unit tests can still run while end-to-end tests report it.
    if (process.env.CI) throw new Error(`npm run build failed:\n${stderr}`);
    console.warn(`warning: building dist/ failed; end-to-end tests will use whatever dist/ holds.\n${stderr.slice(0, 2000)}`);
  }
}
