// The mcp-contract version, injected at build time from package.json (falls back for tests run from source).
declare const __MCP_CONTRACT_VERSION__: string | undefined;
export const VERSION: string = typeof __MCP_CONTRACT_VERSION__ === 'string' ? __MCP_CONTRACT_VERSION__ : '0.0.0-dev';
