// The handshake for both protocol eras: `initialize` (2024-11-05 … 2025-11-25), else `server/discover` (2026-07-28).
import { readServerInfo } from '../catalog/server-info.js';
import type { ServerInfo } from '../catalog/types.js';
import { isObject, type JsonObject } from '../findings/json.js';
import { VERSION } from '../version.js';
import { RpcError, type RpcClient } from './rpc.js';

/** The initialize-era revisions this client speaks, oldest first; a server may answer with any of them. */
export const INITIALIZE_PROTOCOL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'] as const;
/** The newest initialize-era revision: the one we ask for. */
export const LEGACY_PROTOCOL_VERSION = INITIALIZE_PROTOCOL_VERSIONS[INITIALIZE_PROTOCOL_VERSIONS.length - 1];
/** The stateless era: no initialize, `server/discover`, a `_meta` envelope on every request. */
export const MODERN_PROTOCOL_VERSION = '2026-07-28';

/** Reserved `_meta` keys of the 2026-07-28 envelope and discover result. */
export const META_KEY = {
  protocolVersion: 'io.modelcontextprotocol/protocolVersion',
  clientInfo: 'io.modelcontextprotocol/clientInfo',
  clientCapabilities: 'io.modelcontextprotocol/clientCapabilities',
  serverInfo: 'io.modelcontextprotocol/serverInfo',
} as const;

/** Declared by default so servers that gate tools on sampling, roots or elicitation list them all. */
export const DEFAULT_CLIENT_CAPABILITIES: JsonObject = {
  elicitation: {},
  roots: { listChanged: true },
  sampling: {},
};

export const CLIENT_INFO = { name: 'mcp-contract', version: VERSION } as const;

export interface Handshake {
  era: 'legacy' | 'modern';
  protocolVersion: string;
  serverInfo: ServerInfo;
  capabilities: JsonObject;
  instructions?: string;
  /** Modern era: the `_meta` envelope every request carries. */
  requestMeta?: JsonObject;
}

/** Both handshakes were refused: the server speaks no era we know (or is not an MCP server). */
export class HandshakeRefused extends Error {
  constructor(
    readonly initializeError: Error,
    readonly discoverError: Error,
  ) {
    super(`the server refused initialize (${initializeError.message}) and server/discover (${discoverError.message})`);
    this.name = 'HandshakeRefused';
  }
}

/** The server answered, but not with something we can use (e.g. no protocolVersion, or no common revision). */
export class HandshakeInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandshakeInvalid';
  }
}

/**
 * The server answered initialize with a protocol version we do not speak. The spec has the client disconnect then:
 * a catalog read under an unknown revision cannot be compared honestly with one read under a known one.
 */
export class UnsupportedProtocolVersion extends Error {
  readonly hint: string;
  constructor(readonly version: string) {
    super(
      `the server answered initialize with protocol version ${JSON.stringify(version)}, which mcp-contract does not speak ` +
        `(it speaks ${INITIALIZE_PROTOCOL_VERSIONS.join(', ')} through initialize, and ${MODERN_PROTOCOL_VERSION} through server/discover)`,
    );
    this.name = 'UnsupportedProtocolVersion';
    const sdk = 'check which MCP SDK (and which version of it) the server is built with, and upgrade it if it is old';
    this.hint =
      version === MODERN_PROTOCOL_VERSION
        ? `${MODERN_PROTOCOL_VERSION} has no initialize (clients ask server/discover), so the server mixes the two eras; ${sdk}.`
        : /^\d{4}-\d{2}-\d{2}$/.test(version) && version > LEGACY_PROTOCOL_VERSION
          ? `the server is newer than this mcp-contract: upgrade mcp-contract (npx mcp-contract@latest, or the newest release of the Action); if it is already the newest, ${sdk}.`
          : `a server must answer with a version the client offered or one it supports itself; ${sdk}.`;
  }
}

export interface NegotiateOptions {
  clientCapabilities: JsonObject;
  timeoutMs: number;
  /** Told the protocol version before the messages that use it (HTTP sets headers from it). */
  onProtocolVersion?: (version: string, era: 'legacy' | 'modern') => void;
  /** Decides whether an initialize failure means "try server/discover" (default: any JSON-RPC error). */
  tryModernAfter?: (initializeError: Error) => boolean;
  /** Told when the handshake moves past the initialize answer, so a failure after it can say so. */
  onInitializeAnswered?: () => void;
  log?: (line: string) => void;
}

/**
 * Legacy first: every deployed server understands `initialize`, and some SDKs end the session on any other first
 * request. A server that refuses it with a JSON-RPC error (a 2026-07-28-only server answers "unsupported protocol
 * version" or "method not found") is then asked `server/discover`. A server speaking both eras is captured in
 * the legacy era, consistently for base and head.
 */
export async function negotiate(rpc: RpcClient, opts: NegotiateOptions): Promise<Handshake> {
  const log = opts.log ?? (() => {});
  let initializeError: Error;
  try {
    const { result } = await rpc.request(
      'initialize',
      {
        protocolVersion: LEGACY_PROTOCOL_VERSION,
        capabilities: opts.clientCapabilities,
        clientInfo: { ...CLIENT_INFO },
      },
      opts.timeoutMs,
    );
    if (typeof result.protocolVersion !== 'string') {
      throw new HandshakeInvalid(`the initialize result has no protocolVersion (got ${JSON.stringify(result).slice(0, 200)})`);
    }
    if (!(INITIALIZE_PROTOCOL_VERSIONS as readonly string[]).includes(result.protocolVersion))
      throw new UnsupportedProtocolVersion(result.protocolVersion);
    const handshake: Handshake = {
      era: 'legacy',
      protocolVersion: result.protocolVersion,
      serverInfo: readServerInfo(result.serverInfo),
      capabilities: isObject(result.capabilities) ? result.capabilities : {},
      ...(typeof result.instructions === 'string' ? { instructions: result.instructions } : {}),
    };
    opts.onProtocolVersion?.(handshake.protocolVersion, 'legacy');
    opts.onInitializeAnswered?.();
    await rpc.notify('notifications/initialized');
    log(`initialized: protocol ${handshake.protocolVersion}`);
    return handshake;
  } catch (err) {
    const tryModern = opts.tryModernAfter ?? ((e: Error) => e instanceof RpcError);
    if (!(err instanceof Error) || !tryModern(err)) throw err;
    initializeError = err;
    log(`initialize refused (${err.message}); trying server/discover (${MODERN_PROTOCOL_VERSION})`);
  }

  const requestMeta: JsonObject = {
    [META_KEY.protocolVersion]: MODERN_PROTOCOL_VERSION,
    [META_KEY.clientInfo]: { ...CLIENT_INFO },
    [META_KEY.clientCapabilities]: opts.clientCapabilities,
  };
  opts.onProtocolVersion?.(MODERN_PROTOCOL_VERSION, 'modern');
  let result: JsonObject;
  try {
    ({ result } = await rpc.request('server/discover', { _meta: requestMeta }, opts.timeoutMs));
  } catch (err) {
    // A refusal (JSON-RPC error, or an HTTP error status) of both handshakes is reported with both reasons;
    // a crash, garbage on stdout or a timeout is reported as such.
    if (err instanceof RpcError || typeof (err as { status?: unknown }).status === 'number')
      throw new HandshakeRefused(initializeError, err as Error);
    throw err;
  }
  const supported = Array.isArray(result.supportedVersions)
    ? result.supportedVersions.filter((v): v is string => typeof v === 'string')
    : [];
  if (!supported.includes(MODERN_PROTOCOL_VERSION)) {
    throw new HandshakeInvalid(
      `the server refused initialize (${initializeError.message}) and its server/discover offers ${supported.length ? supported.join(', ') : 'no protocol versions'}, not ${MODERN_PROTOCOL_VERSION}`,
    );
  }
  const meta = isObject(result._meta) ? result._meta : {};
  log(`discovered: protocol ${MODERN_PROTOCOL_VERSION}`);
  return {
    era: 'modern',
    protocolVersion: MODERN_PROTOCOL_VERSION,
    serverInfo: readServerInfo(meta[META_KEY.serverInfo]),
    capabilities: isObject(result.capabilities) ? result.capabilities : {},
    ...(typeof result.instructions === 'string' ? { instructions: result.instructions } : {}),
    requestMeta,
  };
}
