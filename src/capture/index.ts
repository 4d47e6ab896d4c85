// Boots an MCP server (stdio command, or URL with an optional start command), reads its whole catalog raw, and tears it all down.
import { promises as fs } from 'node:fs';
import { SERVER_REQUEST_METHODS, TOLERABLE_LISTS, isTolerableList, type CaptureTransport, type Catalog } from '../catalog/types.js';
import type { JsonObject } from '../findings/json.js';
import type { ServerTarget, Timeouts } from '../config/types.js';
import { CaptureError, UserError, type Advice } from '../errors.js';
import { neutraliseLogText } from '../text.js';
import { serverEnvironment, unpassedVariablesNamed } from './environment.js';
import {
  ConnectionFailed,
  HttpStatusError,
  portAccepts,
  portOf,
  sseChannel,
  streamableHttpChannel,
  waitForUrl,
  type HttpChannel,
} from './http.js';
import { describeListeners, listenersOn } from './port-owner.js';
import { DEFAULT_LIMITS, ListProblem, readLists } from './lists.js';
import {
  DEFAULT_CLIENT_CAPABILITIES,
  HandshakeInvalid,
  HandshakeRefused,
  negotiate,
  UnsupportedProtocolVersion,
  type Handshake,
} from './negotiate.js';
import { ProcessGroup } from './process-group.js';
import { MessageTooDeep, MessageTooLarge, RpcClient, RpcError, RpcTimeout, UnmatchedResponse, type Channel } from './rpc.js';
import { NonProtocolOutput, ServerClosedInput, ServerExited, StdioChannel } from './stdio.js';

export { DEFAULT_CLIENT_CAPABILITIES } from './negotiate.js';
export { serverEnvironment } from './environment.js';

export const DEFAULT_TIMEOUTS: Required<Timeouts> = { startMs: 30_000, requestMs: 15_000, totalMs: 120_000 };

export interface CaptureOptions {
  /** Progress lines (what was started, negotiated, read); for --verbose output. */
  log?: (line: string) => void;
}

/** Throws a UserError (exit 2) when the target cannot describe a server. */
export function validateTarget(target: ServerTarget): void {
  const hasCommand = Array.isArray(target.command) && target.command.length > 0;
  if (hasCommand === Boolean(target.url)) {
    throw new UserError(hasCommand ? 'a server has both a command and a url' : 'no server to capture: give a command or a url', {
      hint: 'stdio servers: `mcp-contract snapshot -- <command> [args...]`; HTTP servers: `--url http://127.0.0.1:PORT/mcp` (with `--start "<command>"` to launch it first). In a config file, set either "command" or "url" per server.',
    });
  }
  if (target.command?.some((a) => typeof a !== 'string') || target.command?.[0] === '') {
    throw new UserError('the server command must be a non-empty list of strings', {
      hint: 'write it as "command": ["node", "server.js"].',
    });
  }
  if (target.start && !target.url) {
    throw new UserError('"start" launches an HTTP server, so it needs a url to connect to', {
      hint: 'add --url (or "url"), or run a stdio server directly after `--`.',
    });
  }
  if (target.url) {
    let u: URL;
    try {
      u = new URL(target.url);
    } catch {
      throw new UserError(`"${target.url}" is not a valid URL`, { hint: 'write it in full, e.g. --url http://127.0.0.1:3000/mcp' });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      throw new UserError(`the url must be http or https, not ${u.protocol}`, { hint: 'e.g. --url http://127.0.0.1:3000/mcp' });
    }
  }
  for (const method of target.tolerate ?? []) {
    if (!isTolerableList(method)) {
      throw new UserError(`cannot tolerate ${JSON.stringify(method)}: only ${TOLERABLE_LISTS.join(', ')} can be tolerated`, {
        hint:
          method === 'tools/list'
            ? 'tools/list is the contract itself: a server that cannot serve it cannot be checked.'
            : `name the list method the server fails, e.g. --tolerate resources/list.`,
      });
    }
  }
  for (const [key, value] of Object.entries({ ...target.timeouts, ...target.limits })) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      throw new UserError(`${key} must be a positive number, got ${JSON.stringify(value)}`, {
        hint: 'timeouts are in milliseconds, e.g. --timeout-start 60000.',
      });
    }
  }
}

/** The stage between the initialize answer and the end of the handshake (notifications/initialized). */
const AFTER_INITIALIZE = 'the handshake, right after answering initialize';

/** What a capture is doing right now, its resources, and how to explain a failure in its terms. */
class CaptureRun {
  stage = 'starting the server';
  group: ProcessGroup | undefined;
  private readonly cleanups: Array<() => Promise<void>> = [];
  private tornDown = false;
  readonly timeouts: Required<Timeouts>;
  readonly started = Date.now();

  /** Progress lines: they quote server text (method names, messages), so each is neutralised before it is logged. */
  readonly log: (line: string) => void;

  constructor(
    readonly target: ServerTarget,
    log: (line: string) => void,
  ) {
    this.log = (line) => log(neutraliseLogText(line));
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...target.timeouts };
  }

  get where(): string {
    return this.target.url ?? shellQuote(this.target.command!);
  }

  /** The spec's server→client requests the server sent during the capture (roots/list and sampling reveal deprecated features). */
  readonly serverRequests = new Set<string>();

  /** A client for `channel` whose server requests are recorded in serverRequests. */
  client(channel: Channel): RpcClient {
    const rpc = new RpcClient(channel, this.log);
    rpc.onServerRequest = (method) => {
      if ((SERVER_REQUEST_METHODS as readonly string[]).includes(method)) this.serverRequests.add(method);
    };
    return rpc;
  }

  /** Registers a cleanup; one registered after teardown (a spawn that finished after the total timeout) runs at once. */
  onTeardown(fn: () => Promise<void>): void {
    if (this.tornDown) void fn().catch(() => {});
    else this.cleanups.push(fn);
  }

  async teardown(): Promise<void> {
    this.tornDown = true;
    for (const fn of this.cleanups.reverse()) await fn().catch(() => {});
    this.cleanups.length = 0;
  }

  async details(): Promise<string | undefined> {
    if (!this.group) return undefined;
    if (this.group.exitInfo) await Promise.race([this.group.closed, new Promise((r) => setTimeout(r, 300))]);
    return this.group.stderrDetails();
  }

  /** Turns whatever went wrong into a CaptureError that says what happened, what to check, with the stderr tail. */
  async explain(err: unknown): Promise<UserError> {
    if (err instanceof UserError) return err;
    const details = await this.details();
    const fail = (message: string, hint: string, advice?: Advice[]) => new CaptureError(message, { hint, details, advice, cause: err });
    const inHandshake = this.stage.startsWith('the handshake') || this.stage.startsWith('starting');
    const rerun = this.target.command ? ` Run \`${shellQuote(this.target.command)}\` yourself to see what it does.` : '';

    if (err instanceof ServerExited) {
      const how = err.exit.signal ? `was killed by ${err.exit.signal}` : `exited with code ${err.exit.code}`;
      if (this.stage === AFTER_INITIALIZE) {
        return fail(
          `the server ${how} right after answering initialize`,
          `it completed the handshake and then quit; its stderr says why (a failed licence or config check, or a server that handles one request and exits).${rerun}`,
        );
      }
      if (inHandshake && err.exit.code === 0) {
        return fail(
          'the server exited (code 0) before answering the handshake',
          `it may have printed its usage and quit, or need a flag to serve MCP over stdio (e.g. \`stdio\` or \`--stdio\`); its stderr is below.${rerun}`,
        );
      }
      return inHandshake
        ? fail(
            `the server crashed on start: it ${how} before answering the handshake`,
            `check the command, its arguments, its working directory and the environment it needs; its stderr is below.${rerun}`,
            [{ kind: 'env' }],
          )
        : fail(`the server ${how} during ${this.stage}`, `the server crashed while listing its catalog; its stderr is below.${rerun}`);
    }
    if (err instanceof NonProtocolOutput) {
      return fail(
        `${err.message}, during ${this.stage}`,
        'over stdio, stdout carries only JSON-RPC messages: make the server log to stderr (console.error in Node, print(..., file=sys.stderr) in Python) and drop any startup banner on stdout.',
      );
    }
    if (err instanceof UnmatchedResponse) {
      return fail(
        `${err.message}, during ${this.stage}`,
        'a JSON-RPC response must carry the id of the request it answers; check how the server copies the request id into its reply.',
      );
    }
    if (err instanceof ServerClosedInput) {
      return fail(
        `${err.message}, during ${this.stage}`,
        `an MCP server over stdio must keep reading stdin until the client closes it; check what makes it close its input (its stderr is below).${rerun}`,
      );
    }
    if (err instanceof MessageTooLarge) {
      const unbounded = this.target.url ? 'the server streams an answer without end' : 'the server writes unbounded output to stdout';
      return fail(
        `${err.message} (limits.maxBytes) during ${this.stage}`,
        `if the catalog really is that large, raise --max-bytes (limits.maxBytes); otherwise ${unbounded}.`,
      );
    }
    if (err instanceof MessageTooDeep) {
      return fail(
        `${err.message}, during ${this.stage}`,
        'real schemas nest a few dozen levels; one this deep usually comes from a recursive type expanded inline (use a $ref to $defs instead). Fix how the server builds that schema: mcp-contract cannot snapshot or compare it.',
      );
    }
    if (err instanceof RpcTimeout) {
      return inHandshake
        ? fail(
            `the server timed out in the handshake: no answer to ${err.method} within the start timeout (${this.timeouts.startMs} ms)`,
            `check that the command starts an MCP server on ${this.target.url ? this.target.url : 'stdio'} and does not wait for input (for npx use \`npx -y\`); if it is just slow to start, raise --timeout-start (timeouts.startMs).${rerun}`,
          )
        : fail(
            `the server did not answer ${this.stage} within ${err.timeoutMs} ms`,
            'the server hangs or is very slow listing its catalog; raise --timeout-request (timeouts.requestMs) if it is just slow.',
          );
    }
    if (err instanceof HandshakeRefused || err instanceof HandshakeInvalid) {
      return fail(
        `the server did not complete an MCP handshake: ${err.message}`,
        'check that the command or URL is an MCP server; mcp-contract speaks protocol 2024-11-05 through 2025-11-25 (initialize) and 2026-07-28 (server/discover).',
      );
    }
    if (err instanceof UnsupportedProtocolVersion) return fail(err.message, err.hint);
    if (err instanceof RpcError) {
      const notFound = err.code === -32601 ? ', although the server advertises the capability for it' : '';
      return fail(
        `${this.stage} failed: the server answered JSON-RPC error ${err.code} "${err.rpcMessage}"${notFound}`,
        unservedListHint(err.method),
      );
    }
    if (err instanceof ListProblem) return fail(err.message, err.hint);
    if (err instanceof HttpStatusError) {
      if (err.status === 401 || err.status === 403) {
        return fail(
          `${this.where} refused access during ${this.stage} (HTTP ${err.status})`,
          'pass credentials with --header "Authorization: Bearer <token>" ("headers" in the config, the Action\'s `headers` input); mcp-contract does not run OAuth flows.',
        );
      }
      return fail(
        `${this.where} answered HTTP ${err.status} during ${this.stage}: ${err.body.slice(0, 300)}`,
        'check the URL path (Streamable HTTP servers usually serve /mcp, legacy SSE servers /sse) and that the server speaks MCP.',
      );
    }
    if (err instanceof ConnectionFailed) {
      return fail(
        err.message,
        this.target.start
          ? 'the start command launched, but the server stopped answering; see its output below.'
          : 'start the server first, or let mcp-contract launch it with --start "<command>" (config: "start").',
      );
    }
    const message = err instanceof Error ? err.message : String(err);
    return new CaptureError(`capture failed during ${this.stage}: ${message}`, {
      hint: `check that ${this.where} is an MCP server.`,
      details,
      advice: [{ kind: 'debug' }],
      cause: err,
    });
  }

  /** Variables the server's stderr names that we have but did not pass it (a missing API key is the usual crash). */
  envAdvice(): Advice[] {
    const lines = this.group?.stderrLines();
    if (!lines?.length) return [];
    const names = unpassedVariablesNamed(lines.join('\n'), this.target);
    return names.length ? [{ kind: 'pass-env', names }] : [];
  }
}

/** What to do about a list the server advertises but answers with an error: its author fixes it, anyone else tolerates it. */
function unservedListHint(method: string): string {
  if (!isTolerableList(method)) {
    return `the server advertises a list it cannot serve; fix its ${method} handler or stop advertising the capability (${method === 'tools/list' ? 'tools/list is the contract itself, so it cannot be tolerated' : 'it is not a catalog list'}).`;
  }
  return `the server advertises a list it cannot serve. Checking someone else's server as it is? Add \`--tolerate ${method}\` ("tolerate": ["${method}"] in the config): the snapshot records the list as not captured, and a check compares base and head without it. Your own server: fix its ${method} handler or stop advertising the capability.`;
}

/** argv as a shell command line a person can paste. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

async function checkCwd(cwd: string | undefined): Promise<void> {
  if (cwd === undefined) return;
  const stat = await fs.stat(cwd).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new UserError(`the server's working directory ${cwd} does not exist`, {
      hint: 'fix --cwd (or "cwd" in the config; relative paths are resolved against the config file).',
    });
  }
}

/** stdio: spawn the command in its own process group and talk JSON-RPC over its pipes. */
async function openStdio(run: CaptureRun, env: Record<string, string>, maxLineBytes: number): Promise<RpcClient> {
  run.group = await ProcessGroup.start({ argv: run.target.command!, cwd: run.target.cwd, env, label: 'the server', stdout: 'pipe' });
  const group = run.group;
  run.onTeardown(() => group.end());
  run.log(`started ${shellQuote(run.target.command!)} (pid ${group.pid}, own process group)`);
  const channel = new StdioChannel(group, maxLineBytes);
  return run.client(channel);
}

/** How a finished process ended, for a message: "exited with code 1", "was killed by SIGTERM". */
function howItEnded(exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/** HTTP with --start: launch the command in its own group and wait (bounded) until the URL's port answers, from it. */
async function startHttpServer(run: CaptureRun, env: Record<string, string>, deadline: number): Promise<void> {
  const url = run.target.url!;
  // A port that answers before the command runs belongs to someone else: its answer proves nothing about ours.
  const occupied = await portAccepts(url, Math.max(100, Math.min(1000, deadline - Date.now())));
  run.group = await ProcessGroup.start({
    argv: [run.target.start!],
    shell: true,
    cwd: run.target.cwd,
    env,
    label: 'the start command',
    stdout: 'log',
  });
  const group = run.group;
  run.onTeardown(() => group.end());
  run.log(`started \`${run.target.start}\` (pid ${group.pid}, own process group); waiting for ${url}`);
  run.stage = `waiting for ${url} to answer`;
  if (occupied) return waitForOwnListener(run, group, url, deadline);
  const lastError = await waitForUrl(url, deadline, () => group.exitInfo !== undefined);
  if (group.exitInfo) {
    throw new CaptureError(`the start command \`${run.target.start}\` ${howItEnded(group.exitInfo)} before ${url} answered`, {
      hint: 'check the start command and its output below; it must keep the server running in the foreground (no daemonising).',
      details: await run.details(),
    });
  }
  if (lastError !== undefined) {
    throw new CaptureError(
      `${url} did not answer within ${run.timeouts.startMs} ms after the start command was launched (last connection error: ${lastError})`,
      {
        hint: 'check that the start command listens on the host and port of --url; if it is slow to boot, raise --timeout-start (timeouts.startMs).',
        details: await run.details(),
      },
    );
  }
}

/**
 * The URL's port already answered before the start command ran, so another process holds it; the start command
 * most likely dies with EADDRINUSE, and reading the catalog now would snapshot the other server. Ready only once a
 * process of the start command's own tree listens on the port (Linux, from /proc); fails when the command exits
 * first, or at the start timeout, naming who holds the port where /proc tells.
 */
async function waitForOwnListener(run: CaptureRun, group: ProcessGroup, url: string, deadline: number): Promise<void> {
  const port = portOf(new URL(url));
  const foreign = () => {
    const ours = new Set(group.membersOnLinux().map((m) => m.pid));
    const listeners = listenersOn(port);
    return {
      listeners,
      ownsPort: listeners?.some((l) => ours.has(l.pid)) ?? false,
      others: listeners?.filter((l) => !ours.has(l.pid)) ?? [],
    };
  };
  for (let wait = 50; ; wait = Math.min(wait * 1.5, 500)) {
    if (group.exitInfo) break;
    if (foreign().ownsPort) return;
    if (Date.now() + wait >= deadline) break;
    await new Promise((r) => setTimeout(r, wait));
  }
  const { listeners, others } = foreign();
  const heldBy = others.length
    ? ` (held by ${describeListeners(others)})`
    : listeners === undefined
      ? ''
      : ' (by a process this user cannot inspect)';
  const inUse = `port ${port} was already in use${heldBy} before the start command ran`;
  const hint = `stop whatever holds port ${port}, or run the server on a free port and point --url at it; mcp-contract does not read a catalog from a server it cannot tell is the one it started.`;
  if (group.exitInfo) {
    throw new CaptureError(
      `the start command \`${run.target.start}\` ${howItEnded(group.exitInfo)} before it listened on ${url}: ${inUse}`,
      { hint, details: await run.details() },
    );
  }
  const why =
    listeners === undefined
      ? 'and on this system mcp-contract cannot tell which process answers there'
      : `and none of the start command's processes listened on it within ${run.timeouts.startMs} ms`;
  throw new CaptureError(`the start command \`${run.target.start}\` is running, but ${inUse}, ${why}`, {
    hint,
    details: await run.details(),
  });
}

interface Connected {
  rpc: RpcClient;
  handshake: Handshake;
  transport: CaptureTransport;
}

/** HTTP: Streamable HTTP first (both eras); when the endpoint refuses POST (404/405), the legacy HTTP+SSE transport. */
async function connectHttp(run: CaptureRun, clientCapabilities: JsonObject, maxBytes: number, deadline: number): Promise<Connected> {
  const url = run.target.url!;
  const headers = run.target.headers ?? {};
  const remaining = () => Math.max(1000, deadline - Date.now());
  const useChannel = (channel: HttpChannel) => {
    run.onTeardown(() => channel.close());
    return run.client(channel);
  };
  const streamable = streamableHttpChannel(url, headers, maxBytes, run.log);
  const rpc = useChannel(streamable);
  try {
    const handshake = await negotiate(rpc, {
      clientCapabilities,
      timeoutMs: remaining(),
      onProtocolVersion: (v, era) => streamable.useProtocolVersion(v, era),
      tryModernAfter: (e) => e instanceof RpcError || (e instanceof HttpStatusError && e.status === 400),
      log: run.log,
    });
    return { rpc, handshake, transport: 'streamable-http' };
  } catch (err) {
    if (!(err instanceof HttpStatusError && (err.status === 404 || err.status === 405))) throw err;
    run.log(`POST ${url} answered HTTP ${err.status}; trying the legacy HTTP+SSE transport`);
    await streamable.close();
    let sse: HttpChannel;
    try {
      sse = await sseChannel(url, headers, remaining(), maxBytes, run.log);
    } catch (sseErr) {
      if (sseErr instanceof MessageTooLarge) throw sseErr;
      const why = sseErr instanceof Error ? sseErr.message : String(sseErr);
      throw new CaptureError(
        `${url} is neither a Streamable HTTP endpoint (POST answered HTTP ${err.status}) nor a legacy SSE endpoint (GET: ${why})`,
        {
          hint: 'check the URL path: Streamable HTTP servers usually serve /mcp, legacy SSE servers /sse.',
          details: await run.details(),
        },
      );
    }
    const sseRpc = useChannel(sse);
    const handshake = await negotiate(sseRpc, {
      clientCapabilities,
      timeoutMs: remaining(),
      onProtocolVersion: (v, era) => sse.useProtocolVersion(v, era),
      tryModernAfter: () => false,
      log: run.log,
    });
    return { rpc: sseRpc, handshake, transport: 'sse' };
  }
}

async function capture(run: CaptureRun): Promise<Catalog> {
  const { target } = run;
  const limits = { ...DEFAULT_LIMITS, ...target.limits };
  const clientCapabilities = target.clientCapabilities ?? DEFAULT_CLIENT_CAPABILITIES;
  const env = serverEnvironment(target);
  const startDeadline = run.started + run.timeouts.startMs;
  await checkCwd(target.cwd);

  let connected: Connected;
  if (target.command) {
    const rpc = await openStdio(run, env, limits.maxBytes);
    run.stage = 'the handshake';
    const handshake = await negotiate(rpc, {
      clientCapabilities,
      timeoutMs: Math.max(1000, startDeadline - Date.now()),
      onInitializeAnswered: () => (run.stage = AFTER_INITIALIZE),
      log: run.log,
    });
    connected = { rpc, handshake, transport: 'stdio' };
  } else {
    if (target.start) await startHttpServer(run, env, startDeadline);
    run.stage = 'the handshake';
    connected = await connectHttp(run, clientCapabilities, limits.maxBytes, startDeadline);
  }
  const { rpc, handshake } = connected;
  run.stage = 'reading the catalog';

  const { lists, cacheHints, listOrder, uncaptured } = await readLists(rpc, handshake, {
    limits,
    requestTimeoutMs: run.timeouts.requestMs,
    log: run.log,
    onStage: (s) => (run.stage = s),
    ...(target.checkOrder !== undefined ? { checkOrder: target.checkOrder } : {}),
    ...(target.tolerate?.length ? { tolerate: target.tolerate } : {}),
  });
  const catalog: Catalog = {
    server: handshake.serverInfo,
    protocolVersion: handshake.protocolVersion,
    capabilities: handshake.capabilities,
    clientCapabilities,
    tools: lists.tools as Catalog['tools'],
    prompts: lists.prompts as Catalog['prompts'],
    resources: lists.resources as Catalog['resources'],
    resourceTemplates: lists.resourceTemplates as Catalog['resourceTemplates'],
    transport: connected.transport,
    serverRequests: [...run.serverRequests].sort(),
    ...(Object.keys(cacheHints).length ? { cacheHints } : {}),
    ...(Object.keys(listOrder).length ? { listOrder } : {}),
    ...(Object.keys(uncaptured).length ? { uncapturedLists: uncaptured } : {}),
  };
  if (handshake.instructions !== undefined) catalog.instructions = handshake.instructions;
  return catalog;
}

/**
 * Boots the server, reads the whole catalog raw (unknown fields kept) and ends every process it started, on
 * success, failure, timeout and signals alike. Throws CaptureError (exit 3) when the server cannot be captured,
 * UserError (exit 2) when the target is invalid.
 */
export async function captureCatalog(target: ServerTarget, opts: CaptureOptions = {}): Promise<Catalog> {
  validateTarget(target);
  const run = new CaptureRun(target, opts.log ?? (() => {}));
  let timer: NodeJS.Timeout | undefined;
  const work = capture(run);
  work.catch(() => {
    /* reported through the race below, or superseded by the total timeout */
  });
  const overall = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new CaptureError(`the capture did not finish within ${run.timeouts.totalMs} ms (it was at: ${run.stage})`, {
          hint: 'the server is very slow or stuck; raise --timeout-total (timeouts.totalMs) if it is just slow.',
        }),
      );
    }, run.timeouts.totalMs);
  });
  try {
    return await Promise.race([work, overall]);
  } catch (err) {
    const explained = await run.explain(err);
    if (!(explained instanceof CaptureError) || !run.group) throw explained;
    // Every failure of a server we started shows its stderr, and names the variables it asks for that we did not pass.
    const envAdvice = run.envAdvice();
    if (explained.details !== undefined && envAdvice.length === 0) throw explained;
    throw new CaptureError(explained.message, {
      hint: explained.hint,
      details: explained.details ?? (await run.details()),
      advice: [...(explained.advice ?? []), ...envAdvice],
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    await run.teardown();
  }
}
