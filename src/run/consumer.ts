// The consumer side: `lock` pins the tools an agent repository references (from the servers its client config names), `check --lock` fails when one of them broke.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { toSnapshot } from '../catalog/canonical.js';
import type { Catalog, ServerInfo, Snapshot, ToolDef } from '../catalog/types.js';
import { captureCatalog } from '../capture/index.js';
import { analyze } from '../analyze/index.js';
import { policyForRun } from '../config/resolve.js';
import type { ServerTarget } from '../config/types.js';
import { UserError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { isObject } from '../findings/json.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { readClientServers, targetOfClientServer, type ClientServer } from '../usage/client-servers.js';
import { usageOf, weighRun } from '../usage/index.js';
import { scanReferences } from '../usage/scan.js';
import { toolIndex } from '../usage/tool-index.js';

export const LOCK_VERSION = 1;

export interface LockedServer {
  name: string;
  /** How the client config reaches it (`${VAR}` secrets kept as written); absent when the server was given on the command line. */
  client?: ClientServer;
  serverInfo: ServerInfo;
  lockedAt: string;
  /** The referenced tools, as the server listed them when locked. */
  tools: ToolDef[];
  /** Where the repository references them. */
  references: { tool: string; file: string; line: number; kind: string; params: string[] }[];
}

export interface LockFile {
  lockVersion: number;
  /** The repository root, relative to the lock file. */
  root: string;
  /** The reference globs (absent: the defaults). */
  refs?: string[];
  servers: LockedServer[];
}

export interface LockOptions {
  /** Repository root (absolute). */
  root: string;
  refs?: string[];
  /** A server given on the command line instead of the client config's. */
  target?: ServerTarget;
  /** The lock file to write (absolute). */
  out: string;
  now?: Date;
  log?: (line: string) => void;
}

/** The servers to lock: the one given, or every server of the repository's client config. */
async function serversToLock(opts: LockOptions): Promise<{ name: string; target: ServerTarget; client?: ClientServer }[]> {
  if (opts.target) return [{ name: opts.target.name ?? 'server', target: opts.target }];
  const found = await readClientServers(opts.root);
  if (!found?.servers.length) {
    throw new UserError(`no MCP client config with servers at ${opts.root}`, {
      hint: 'lock reads .mcp.json (or .cursor/mcp.json, .vscode/mcp.json) at --usage-root; or name the server: `mcp-contract lock -- node server.js`.',
    });
  }
  return found.servers.map((client) => ({ name: client.name, target: targetOfClientServer(client, opts.root), client }));
}

/** Captures each server and writes the lock of the tools the repository references. */
export async function writeLock(opts: LockOptions): Promise<LockFile> {
  const servers: LockedServer[] = [];
  for (const { name, target, client } of await serversToLock(opts)) {
    const snapshot = toSnapshot(await captureCatalog(target, opts.log ? { log: opts.log } : {}));
    const { references } = await scanReferences(toolIndex(snapshot), {
      root: opts.root,
      ...(opts.refs?.length ? { globs: opts.refs } : {}),
    });
    const used = references.filter((r) => !r.denied);
    const names = new Set(used.map((r) => r.tool));
    servers.push({
      name,
      ...(client ? { client } : {}),
      serverInfo: snapshot.server,
      lockedAt: (opts.now ?? new Date()).toISOString(),
      tools: snapshot.tools.filter((t) => names.has(t.name)),
      references: used.map((r) => ({ tool: r.tool, file: r.file, line: r.line, kind: r.kind, params: r.params })),
    });
  }
  const lock: LockFile = {
    lockVersion: LOCK_VERSION,
    root: path.relative(path.dirname(opts.out), opts.root).split(path.sep).join('/') || '.',
    ...(opts.refs?.length ? { refs: opts.refs } : {}),
    servers,
  };
  await writeFileAtomic(opts.out, JSON.stringify(lock, null, 2) + '\n');
  return lock;
}

/** Reads and checks a lock file's shape. */
export async function readLock(file: string): Promise<LockFile> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UserError(`could not read the lock ${file}: ${(err as Error).message.split('\n')[0]}`, {
      hint: 'write it with `mcp-contract lock --usage-root . --out mcp-contract.lock.json` and commit it.',
    });
  }
  if (!isObject(doc) || doc.lockVersion !== LOCK_VERSION || !Array.isArray(doc.servers) || typeof doc.root !== 'string') {
    throw new UserError(`${file} is not an mcp-contract lock (lockVersion ${LOCK_VERSION})`, {
      hint: 'write it again with `mcp-contract lock`.',
    });
  }
  return doc as unknown as LockFile;
}

/** A catalog of only the given tools (the lock is a lock of tools: prompts, resources and capabilities are not pinned). */
function toolsOnly(server: ServerInfo, tools: ToolDef[]): Catalog {
  return { server, capabilities: {}, tools, prompts: [], resources: [], resourceTemplates: [] };
}

export interface LockCheck {
  server: string;
  report: Report;
  /** Breaking findings that reach the repository (labelled broken or potentially affected). */
  failing: Finding[];
}

/**
 * Checks the current servers against the lock: the locked tools diffed against what the server lists now, weighed
 * against the repository's references as they are now. Changes to tools the lock does not hold never fail it.
 */
export async function checkLock(
  file: string,
  opts: { target?: ServerTarget; server?: string; log?: (line: string) => void } = {},
): Promise<LockCheck[]> {
  const lock = await readLock(file);
  const root = path.resolve(path.dirname(file), lock.root);
  const chosen = opts.server === undefined ? lock.servers : lock.servers.filter((s) => s.name === opts.server);
  if (chosen.length === 0) {
    throw new UserError(`no server ${opts.server === undefined ? '' : `named "${opts.server}" `}in the lock ${file}`, {
      hint: `the lock holds: ${lock.servers.map((s) => s.name).join(', ') || 'no servers'}.`,
    });
  }
  const out: LockCheck[] = [];
  for (const locked of chosen) {
    const target = opts.target ?? (locked.client ? targetOfClientServer(locked.client, root) : undefined);
    if (!target) {
      throw new UserError(`the lock does not say how to reach server "${locked.name}"`, {
        hint: 'it was locked from the command line: give the same server after `--` or with --url.',
      });
    }
    const captured = await captureCatalog(target, opts.log ? { log: opts.log } : {});
    const names = new Set(locked.tools.map((t) => t.name));
    const base: Snapshot = toSnapshot(toolsOnly(locked.serverInfo, locked.tools));
    const head: Snapshot = toSnapshot(
      toolsOnly(
        captured.server,
        captured.tools.filter((t) => names.has(t.name)),
      ),
    );
    const analysis = await analyze(base, head, { policy: policyForRun(undefined, { lint: false, footprint: false }) });
    const { findings, section } = await weighRun(analysis.findings, base, head, {
      root,
      ...(lock.refs?.length ? { refs: lock.refs } : {}),
    });
    const failing = findings.filter((f) => f.severity === 'breaking' && usageOf(f)?.label !== 'unaffected');
    const report = buildReport({
      label: locked.name,
      base,
      head,
      baseSource: `${file} (${locked.lockedAt})`,
      headSource: target.url ?? target.command?.join(' ') ?? locked.name,
      findings,
      usage: section,
    });
    out.push({ server: locked.name, report, failing });
  }
  return out;
}
