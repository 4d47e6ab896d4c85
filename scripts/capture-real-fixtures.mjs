#!/usr/bin/env node
// One-off: boots the pinned real MCP servers (two published versions each) over stdio and saves their raw catalogs to fixtures/real/.
// Run from the repository root: node scripts/capture-real-fixtures.mjs. The results are committed; tests never re-capture.
// Versions pinned as devDependency aliases (node_modules/<server>-<version>) are used from there; the others are
// installed once with `npm install --ignore-scripts` into a temp folder (only for this capture, never a dependency).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'fixtures/real');

const SERVERS = [
  ['everything', '2025.7.1', []],
  ['everything', '2026.8.31', []],
  ['memory', '2025.4.25', []],
  ['memory', '2026.8.31', []],
  ['filesystem', '2025.7.1', ['$DIR']],
  ['filesystem', '2026.8.31', ['$DIR']],
  ['sequential-thinking', '2025.7.1', []],
  ['sequential-thinking', '2026.8.31', []],
  // Installed for the capture only (not devDependencies): release pairs with renames and generator artefacts.
  ['everything', '2025.8.18', []],
  ['everything', '2026.1.14', []],
  ['filesystem', '2025.8.21', ['$DIR']],
  ['filesystem', '2025.12.18', ['$DIR']],
];

const installs = mkdtempSync(path.join(tmpdir(), 'mcpc-real-pkgs-'));

/** The server's entry: the pinned alias in node_modules, or a one-off install of that exact version. */
function entryOf(server, version) {
  const alias = path.join(root, 'node_modules', `${server}-${version}`, 'dist/index.js');
  if (existsSync(alias)) return alias;
  const prefix = path.join(installs, `${server}-${version}`);
  const pkg = `@modelcontextprotocol/server-${server}`;
  execFileSync('npm', ['install', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund', `${pkg}@${version}`], {
    stdio: 'ignore',
  });
  return path.join(prefix, 'node_modules', pkg, 'dist/index.js');
}

/** Remembers the negotiated protocol version (the client hands it to transports that want it). */
class RecordingTransport extends StdioClientTransport {
  setProtocolVersion(version) {
    this.negotiatedVersion = version;
  }
}

/** Accepts any result shape: we want exactly what the server sent, not what this SDK version parses. */
const Passthrough = z.object({}).passthrough();

async function listAll(client, method, key) {
  const items = [];
  let cursor;
  do {
    const result = await client.request({ method, params: cursor ? { cursor } : {} }, Passthrough);
    items.push(...(result[key] ?? []));
    cursor = result.nextCursor;
  } while (cursor);
  return items;
}

for (const [server, version, args] of SERVERS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpc-real-'));
  const entry = entryOf(server, version);
  const transport = new RecordingTransport({
    command: process.execPath,
    args: [entry, ...args.map((a) => (a === '$DIR' ? dir : a))],
    // Fixed paths for servers that write files (memory), so nothing outside the temp dir is touched.
    env: { PATH: process.env.PATH ?? '', MEMORY_FILE_PATH: path.join(dir, 'memory.json') },
    cwd: dir,
    stderr: 'ignore',
  });
  const client = new Client({ name: 'mcp-contract-fixture-capture', version: '0.0.0' }, { capabilities: {} });
  try {
    await client.connect(transport);
    const caps = client.getServerCapabilities() ?? {};
    const catalog = {
      serverInfo: client.getServerVersion(),
      protocolVersion: transport.negotiatedVersion,
      capabilities: caps,
      ...(client.getInstructions() ? { instructions: client.getInstructions() } : {}),
      tools: caps.tools ? await listAll(client, 'tools/list', 'tools') : [],
      prompts: caps.prompts ? await listAll(client, 'prompts/list', 'prompts') : [],
      resources: caps.resources ? await listAll(client, 'resources/list', 'resources') : [],
      resourceTemplates: caps.resources ? await listAll(client, 'resources/templates/list', 'resourceTemplates') : [],
    };
    // The filesystem server names its temp dir in descriptions; replace it so the fixture is reproducible.
    const text = JSON.stringify(catalog, null, 2).split(dir).join('/tmp/allowed');
    writeFileSync(path.join(out, `${server}-${version}.json`), text + '\n');
    console.log(
      `${server}-${version}: ${catalog.tools.length} tools, ${catalog.prompts.length} prompts, ${catalog.resources.length} resources, ${catalog.resourceTemplates.length} templates`,
    );
  } finally {
    await client.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
rmSync(installs, { recursive: true, force: true });
