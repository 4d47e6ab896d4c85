// Test runner settings: two projects, `unit` (pure stages, in-process: the fast inner loop) and `process` (tests that start
// servers, the bundled CLI or Action, git or a fake GitHub as real processes). A test file belongs to `process` when it
// uses one of the process-starting helpers below; every other test file is a unit test.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
/** What a test file uses to start a process (a server, the CLI, git, the Action) or to listen on a port. */
const STARTS_PROCESSES =
  /node:child_process|\brunCli\b|FakeGitHub|useFakeGitHub|\bfreePort\b|helpers\/processes|harness\.js|captureCatalog|capture\/fixtures|faulty-harness/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [path.relative(root, p).split(path.sep).join('/')] : [];
  });
}

const all = testFiles(path.join(root, 'test'));
const processTests = all.filter((f) => STARTS_PROCESSES.test(readFileSync(path.join(root, f), 'utf8')));
const unitTests = all.filter((f) => !processTests.includes(f));

const shared = { testTimeout: 60_000, hookTimeout: 60_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'unit', include: unitTests } },
      // Real servers boot here, so timeouts are generous; dist/ is built once before these run.
      { test: { ...shared, name: 'process', include: processTests, globalSetup: ['test/global-setup.ts'] } },
    ],
  },
});
