import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  scanReferences,
  toolIndex,
  weighRun
} from "./chunk-TXYC3PRH.js";
import {
  captureCatalog
} from "./chunk-35HQT3CQ.js";
import {
  analyze,
  buildReport
} from "./chunk-3XHGYLPM.js";
import {
  policyForRun,
  writeFileAtomic
} from "./chunk-DEY5WHHG.js";
import {
  isObject,
  toSnapshot,
  usageOf
} from "./chunk-D2AULK6V.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/run/consumer.ts
import { readFile as readFile2 } from "node:fs/promises";
import * as path2 from "node:path";

// src/usage/client-servers.ts
import { readFile } from "node:fs/promises";
import * as path from "node:path";
var CLIENT_CONFIG_FILES = [".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json", "mcp.json"];
function stringMap(v) {
  if (!isObject(v)) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
}
function clientServersOf(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${err.message}`, {
      hint: "fix the client config, or name the server to lock with a command after `--` or --url."
    });
  }
  const servers = isObject(doc) ? isObject(doc.mcpServers) ? doc.mcpServers : isObject(doc.servers) ? doc.servers : void 0 : void 0;
  if (!servers) return [];
  return Object.entries(servers).flatMap(([name, s]) => {
    if (!isObject(s)) return [];
    const env = stringMap(s.env), headers = stringMap(s.headers);
    return [
      {
        name,
        ...typeof s.command === "string" ? { command: s.command } : {},
        ...Array.isArray(s.args) ? { args: s.args.filter((a) => typeof a === "string") } : {},
        ...env ? { env } : {},
        ...typeof s.url === "string" ? { url: s.url } : {},
        ...headers ? { headers } : {}
      }
    ];
  });
}
async function readClientServers(root) {
  for (const name of CLIENT_CONFIG_FILES) {
    let text;
    try {
      text = await readFile(path.join(root, name), "utf8");
    } catch {
      continue;
    }
    return { file: name, servers: clientServersOf(text, name) };
  }
  return void 0;
}
var VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function expand(value, env, where) {
  return value.replace(VARIABLE, (_, name) => {
    const v = env[name];
    if (v === void 0) {
      throw new UserError(`${where} uses \${${name}}, which is not set`, {
        hint: `set ${name} in the environment (in CI: from a secret, e.g. \`env: ${name}: \${{ secrets.${name} }}\`).`
      });
    }
    return v;
  });
}
function targetOfClientServer(server, root, env = process.env) {
  const fill = (map, what) => map ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, expand(v, env, `server "${server.name}" ${what} ${k}`)])) : void 0;
  if (server.url) {
    const headers = fill(server.headers, "header");
    return { name: server.name, url: expand(server.url, env, `server "${server.name}" url`), ...headers ? { headers } : {}, cwd: root };
  }
  if (!server.command) {
    throw new UserError(`server "${server.name}" in the client config has neither a command nor a url`, {
      hint: 'give it "command" (stdio) or "url" (Streamable HTTP).'
    });
  }
  const environment = fill(server.env, "env");
  return { name: server.name, command: [server.command, ...server.args ?? []], ...environment ? { env: environment } : {}, cwd: root };
}

// src/run/consumer.ts
var LOCK_VERSION = 1;
async function serversToLock(opts) {
  if (opts.target) return [{ name: opts.target.name ?? "server", target: opts.target }];
  const found = await readClientServers(opts.root);
  if (!found?.servers.length) {
    throw new UserError(`no MCP client config with servers at ${opts.root}`, {
      hint: "lock reads .mcp.json (or .cursor/mcp.json, .vscode/mcp.json) at --usage-root; or name the server: `mcp-contract lock -- node server.js`."
    });
  }
  return found.servers.map((client) => ({ name: client.name, target: targetOfClientServer(client, opts.root), client }));
}
async function writeLock(opts) {
  const servers = [];
  for (const { name, target, client } of await serversToLock(opts)) {
    const snapshot = toSnapshot(await captureCatalog(target, opts.log ? { log: opts.log } : {}));
    const { references } = await scanReferences(toolIndex(snapshot), {
      root: opts.root,
      ...opts.refs?.length ? { globs: opts.refs } : {}
    });
    const used = references.filter((r) => !r.denied);
    const names = new Set(used.map((r) => r.tool));
    servers.push({
      name,
      ...client ? { client } : {},
      serverInfo: snapshot.server,
      lockedAt: (opts.now ?? /* @__PURE__ */ new Date()).toISOString(),
      tools: snapshot.tools.filter((t) => names.has(t.name)),
      references: used.map((r) => ({ tool: r.tool, file: r.file, line: r.line, kind: r.kind, params: r.params }))
    });
  }
  const lock = {
    lockVersion: LOCK_VERSION,
    root: path2.relative(path2.dirname(opts.out), opts.root).split(path2.sep).join("/") || ".",
    ...opts.refs?.length ? { refs: opts.refs } : {},
    servers
  };
  await writeFileAtomic(opts.out, JSON.stringify(lock, null, 2) + "\n");
  return lock;
}
async function readLock(file) {
  let doc;
  try {
    doc = JSON.parse(await readFile2(file, "utf8"));
  } catch (err) {
    throw new UserError(`could not read the lock ${file}: ${err.message.split("\n")[0]}`, {
      hint: "write it with `mcp-contract lock --usage-root . --out mcp-contract.lock.json` and commit it."
    });
  }
  if (!isObject(doc) || doc.lockVersion !== LOCK_VERSION || !Array.isArray(doc.servers) || typeof doc.root !== "string") {
    throw new UserError(`${file} is not an mcp-contract lock (lockVersion ${LOCK_VERSION})`, {
      hint: "write it again with `mcp-contract lock`."
    });
  }
  return doc;
}
function toolsOnly(server, tools) {
  return { server, capabilities: {}, tools, prompts: [], resources: [], resourceTemplates: [] };
}
async function checkLock(file, opts = {}) {
  const lock = await readLock(file);
  const root = path2.resolve(path2.dirname(file), lock.root);
  const chosen = opts.server === void 0 ? lock.servers : lock.servers.filter((s) => s.name === opts.server);
  if (chosen.length === 0) {
    throw new UserError(`no server ${opts.server === void 0 ? "" : `named "${opts.server}" `}in the lock ${file}`, {
      hint: `the lock holds: ${lock.servers.map((s) => s.name).join(", ") || "no servers"}.`
    });
  }
  const out = [];
  for (const locked of chosen) {
    const target = opts.target ?? (locked.client ? targetOfClientServer(locked.client, root) : void 0);
    if (!target) {
      throw new UserError(`the lock does not say how to reach server "${locked.name}"`, {
        hint: "it was locked from the command line: give the same server after `--` or with --url."
      });
    }
    const captured = await captureCatalog(target, opts.log ? { log: opts.log } : {});
    const names = new Set(locked.tools.map((t) => t.name));
    const base = toSnapshot(toolsOnly(locked.serverInfo, locked.tools));
    const head = toSnapshot(
      toolsOnly(
        captured.server,
        captured.tools.filter((t) => names.has(t.name))
      )
    );
    const analysis = await analyze(base, head, { policy: policyForRun(void 0, { lint: false, footprint: false }) });
    const { findings, section } = await weighRun(analysis.findings, base, head, {
      root,
      ...lock.refs?.length ? { refs: lock.refs } : {}
    });
    const failing = findings.filter((f) => f.severity === "breaking" && usageOf(f)?.label !== "unaffected");
    const report = buildReport({
      label: locked.name,
      base,
      head,
      baseSource: `${file} (${locked.lockedAt})`,
      headSource: target.url ?? target.command?.join(" ") ?? locked.name,
      findings,
      usage: section
    });
    out.push({ server: locked.name, report, failing });
  }
  return out;
}

export {
  writeLock,
  checkLock
};
