// The servers an agent repository's MCP client config names (`.mcp.json` and friends), as capture targets; header secrets stay `${VAR}` templates until capture.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { ServerTarget } from '../config/types.js';
import { UserError } from '../errors.js';
import { isObject, type Json } from '../findings/json.js';

/** Client config files looked for at the repository root, in this order. */
export const CLIENT_CONFIG_FILES: readonly string[] = ['.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json', 'mcp.json'];

/** One server of a client config: its name there and how to reach it (headers and env may hold `${VAR}` references). */
export interface ClientServer {
  name: string;
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  url?: string;
  headers?: Record<string, string>;
}

function stringMap(v: Json | undefined): Record<string, string> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** The servers of one client config text (`mcpServers` or VS Code's `servers`). */
export function clientServersOf(text: string, file: string): ClientServer[] {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${(err as Error).message}`, {
      hint: 'fix the client config, or name the server to lock with a command after `--` or --url.',
    });
  }
  const servers = isObject(doc) ? (isObject(doc.mcpServers) ? doc.mcpServers : isObject(doc.servers) ? doc.servers : undefined) : undefined;
  if (!servers) return [];
  return Object.entries(servers).flatMap(([name, s]) => {
    if (!isObject(s)) return [];
    const env = stringMap(s.env),
      headers = stringMap(s.headers);
    return [
      {
        name,
        ...(typeof s.command === 'string' ? { command: s.command } : {}),
        ...(Array.isArray(s.args) ? { args: s.args.filter((a): a is string => typeof a === 'string') } : {}),
        ...(env ? { env } : {}),
        ...(typeof s.url === 'string' ? { url: s.url } : {}),
        ...(headers ? { headers } : {}),
      },
    ];
  });
}

/** The servers of the first client config found at the root, with the file that named them. */
export async function readClientServers(root: string): Promise<{ file: string; servers: ClientServer[] } | undefined> {
  for (const name of CLIENT_CONFIG_FILES) {
    let text: string;
    try {
      text = await readFile(path.join(root, name), 'utf8');
    } catch {
      continue;
    }
    return { file: name, servers: clientServersOf(text, name) };
  }
  return undefined;
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** A value with its `${VAR}` references filled from the environment (a missing variable is an error naming it). */
function expand(value: string, env: NodeJS.ProcessEnv, where: string): string {
  return value.replace(VARIABLE, (_, name: string) => {
    const v = env[name];
    if (v === undefined) {
      throw new UserError(`${where} uses \${${name}}, which is not set`, {
        hint: `set ${name} in the environment (in CI: from a secret, e.g. \`env: ${name}: \${{ secrets.${name} }}\`).`,
      });
    }
    return v;
  });
}

/** The capture target of a client server, run from the repository root; secrets filled in only here. */
export function targetOfClientServer(server: ClientServer, root: string, env: NodeJS.ProcessEnv = process.env): ServerTarget {
  const fill = (map: Record<string, string> | undefined, what: string) =>
    map ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, expand(v, env, `server "${server.name}" ${what} ${k}`)])) : undefined;
  if (server.url) {
    const headers = fill(server.headers, 'header');
    return { name: server.name, url: expand(server.url, env, `server "${server.name}" url`), ...(headers ? { headers } : {}), cwd: root };
  }
  if (!server.command) {
    throw new UserError(`server "${server.name}" in the client config has neither a command nor a url`, {
      hint: 'give it "command" (stdio) or "url" (Streamable HTTP).',
    });
  }
  const environment = fill(server.env, 'env');
  return { name: server.name, command: [server.command, ...(server.args ?? [])], ...(environment ? { env: environment } : {}), cwd: root };
}
