#!/usr/bin/env node
// The capture floor: the least a client can do (connect with the MCP SDK over stdio, list every tool, exit); `npm run bench` compares capture against it.
// Usage: node bench/floor.mjs -- <server command> [args...]   (prints the tool count)
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const sep = process.argv.indexOf('--');
const [command, ...args] = sep === -1 ? [] : process.argv.slice(sep + 1);
if (!command) {
  process.stderr.write('usage: node bench/floor.mjs -- <server command> [args...]\n');
  process.exit(2);
}

const client = new Client({ name: 'mcp-contract-bench-floor', version: '0.0.0' });
const transport = new StdioClientTransport({ command, args, stderr: 'ignore' });
await client.connect(transport);
let count = 0;
let cursor;
do {
  const page = await client.listTools(cursor ? { cursor } : undefined);
  count += page.tools.length;
  cursor = page.nextCursor;
} while (cursor);
await client.close();
process.stdout.write(`${count}\n`);
