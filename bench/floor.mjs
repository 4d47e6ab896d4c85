#!/usr/bin/env node
// The capture floor: the least a client can do (connect with the MCP SDK over stdio, list every tool, exit); `npm run bench` compares capture against it.
// Usage: node bench/floor.mjs [--capabilities JSON] -- <server command> [args...]   (prints the tool count)
// --capabilities: the client capabilities to declare; the bench passes the ones mcp-contract declared, since some
// servers (server-everything) register more tools for clients that support sampling, elicitation or roots.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const sep = process.argv.indexOf('--');
const [command, ...args] = sep === -1 ? [] : process.argv.slice(sep + 1);
const capIndex = process.argv.indexOf('--capabilities');
const capabilities = capIndex !== -1 && capIndex < sep ? JSON.parse(process.argv[capIndex + 1]) : {};
if (!command) {
  process.stderr.write('usage: node bench/floor.mjs -- <server command> [args...]\n');
  process.exit(2);
}

const client = new Client({ name: 'mcp-contract-bench-floor', version: '0.0.0' }, { capabilities });
const transport = new StdioClientTransport({ command, args, stderr: 'ignore' });
await client.connect(transport);
let count = 0;
let cursor;
do {
  const page = await client.listTools(cursor ? { cursor } : undefined);
  count += page.tools.length;
  cursor = page.nextCursor;
} while (cursor);
// End the server the quickest clean way, as mcp-contract does (stdin closed, SIGTERM at once): the SDK's own
// close() alone waits up to 2 s for servers that keep running after stdin ends (server-everything with roots).
const pid = transport.pid;
if (pid) process.kill(pid, 'SIGTERM');
await client.close();
process.stdout.write(`${count}\n`);
