// Source-line lookup: registration sites in TypeScript, Python, Go, Rust and JSON manifests; sources beat tests; snapshot fallback.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { buildLocator } from '../../src/github/locate.js';
import { useTempDirs } from '../helpers/temp.js';

const tool = (subject: string, extra?: Finding['extra']): Finding => ({
  rule: 'tool-removed',
  severity: 'breaking',
  kind: 'tool',
  subject,
  tool: subject,
  path: '',
  message: 'm',
  ...(extra ? { extra } : {}),
});

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

describe('buildLocator', () => {
  const tempDir = useTempDirs('mcpc-locate-');

  it('finds the registering line in each language', async () => {
    const root = tempDir();
    write(root, {
      'src/server.ts': `import x from 'y';\n\nserver.registerTool(\n  "get_forecast", {\n    description: 'd' });\nserver.tool('get_alerts', {}, async () => ({}));\n`,
      'py/app.py': `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("w")\n\n@mcp.tool()\n@traced\nasync def save_favorite_city(city: str):\n    pass\n\n@mcp.tool(name="get_conditions")\ndef conditions():\n    pass\n\n@mcp.prompt()\ndef forecast_summary():\n    pass\n`,
      'go/main.go': `package main\n\nfunc main() {\n\ttool := mcp.NewTool("go_tool",\n\t\tmcp.WithDescription("x"))\n}\n`,
      'rs/lib.rs': `impl S {\n    #[tool(description = "x")]\n    async fn rust_tool(&self) {}\n}\n`,
      'manifest.json': `{\n  "tools": [\n    { "name": "json_tool" }\n  ]\n}\n`,
      'node_modules/dep/index.js': `server.registerTool("hidden_tool", {})\n`,
      'dist/index.js': `server.registerTool("hidden_tool", {})\n`,
    });
    const locate = await buildLocator({ root });
    expect(locate(tool('get_forecast'))).toEqual({ uri: 'src/server.ts', line: 4 });
    expect(locate(tool('get_alerts'))).toEqual({ uri: 'src/server.ts', line: 6 });
    expect(locate(tool('save_favorite_city'))).toEqual({ uri: 'py/app.py', line: 6 });
    expect(locate(tool('get_conditions'))).toEqual({ uri: 'py/app.py', line: 9 });
    expect(locate({ ...tool('forecast_summary'), kind: 'prompt' })).toEqual({ uri: 'py/app.py', line: 14 });
    expect(locate(tool('go_tool'))).toEqual({ uri: 'go/main.go', line: 4 });
    expect(locate(tool('rust_tool'))).toEqual({ uri: 'rs/lib.rs', line: 3 });
    expect(locate(tool('json_tool'))).toEqual({ uri: 'manifest.json', line: 3 });
    expect(locate(tool('hidden_tool'))).toBeUndefined();
  });

  it('prefers a registration call over a bare name, and sources over tests (git-tracked files)', async () => {
    const root = tempDir();
    write(root, {
      'a/config.ts': `export const t = { name: 'search' };\n`,
      'test/server.test.ts': `server.registerTool('search', {});\n`,
      'src/tools.ts': `\n\nserver.registerTool('search', {});\n`,
      'untracked-but-ignored.ts': `server.registerTool('search', {});\n`,
      '.gitignore': 'untracked-but-ignored.ts\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const locate = await buildLocator({ root });
    expect(locate(tool('search'))).toEqual({ uri: 'src/tools.ts', line: 3 });
  });

  it('falls back to the snapshot line, then the snapshot start, and never searches the snapshot itself', async () => {
    const root = tempDir();
    const snapshot = JSON.stringify(
      { formatVersion: 1, prompts: [{ name: 'gone' }], tools: [{ name: 'other' }, { name: 'gone' }] },
      null,
      2,
    );
    write(root, { 'mcp-contract.snapshot.json': snapshot, 'src/a.ts': '// nothing here\n' });
    const locate = await buildLocator({ root, snapshotPath: 'mcp-contract.snapshot.json' });
    const expected =
      snapshot.split('\n').findIndex((l, i, all) => l.includes('"gone"') && all.slice(0, i).some((x) => x.includes('"tools"'))) + 1;
    expect(expected).toBeGreaterThan(1);
    expect(locate(tool('gone'))).toEqual({ uri: 'mcp-contract.snapshot.json', line: expected });
    expect(locate(tool('never-there'))).toEqual({ uri: 'mcp-contract.snapshot.json', line: 1 });
  });

  it('never points at a test, a fixture or an example: the snapshot line instead, or no place at all', async () => {
    const root = tempDir();
    const snapshot = JSON.stringify({ formatVersion: 1, tools: [{ name: 'get_forecast' }] }, null, 2);
    // The dogfood setup: a JSON fixture server (no registration call anywhere) and a test harness that names its tools.
    write(root, {
      'test/action/harness.ts': `export const tools = [{ name: 'get_forecast' }];
server.registerTool('get_forecast', {});
`,
      'src/checks.spec.ts': `registerTool('get_forecast', {})
`,
      'fixtures/servers/weather/1.0.0.json': `{ "tools": [{ "name": "get_forecast" }] }
`,
      'examples/demo.ts': `server.tool('get_forecast', {})
`,
      'weather.snapshot.json': snapshot,
    });
    expect(await buildLocator({ root, snapshotPath: 'weather.snapshot.json' }).then((l) => l(tool('get_forecast')))).toEqual({
      uri: 'weather.snapshot.json',
      line: snapshot.split('\n').findIndex((l) => l.includes('"get_forecast"')) + 1,
    });
    expect(await buildLocator({ root }).then((l) => l(tool('get_forecast')))).toBeUndefined();
  });

  it('uses the old name of a rename when the new one is not found', async () => {
    const root = tempDir();
    write(root, { 'src/s.ts': `server.registerTool('old_name', {})\n` });
    const locate = await buildLocator({ root });
    expect(locate({ ...tool('new_name', { from: 'old_name', to: 'new_name' }), rule: 'tool-renamed' })).toEqual({
      uri: 'src/s.ts',
      line: 1,
    });
  });
});
