// The one mapping from recorded telemetry to tool calls: OpenTelemetry GenAI/MCP semantic-convention attribute and span names.
//
// Source: the OpenTelemetry semantic conventions for MCP (docs/gen-ai/mcp.md, semconv 1.39, status: development) and
// the GenAI execute_tool span. A client or server `tools/call` span is named `{mcp.method.name} {target}`, e.g.
// `tools/call get_weather`, and carries `mcp.method.name = "tools/call"`, `gen_ai.tool.name`, and the opt-in
// `gen_ai.tool.call.arguments` / `gen_ai.tool.call.result` (JSON text). Earlier instrumentations still in use emit
// `mcp.tool.name`, per-argument `mcp.request.argument.<key>`, and span names `mcp.call_tool.<name>` (AWS's
// distro) or `execute_tool <name>` (gen_ai.operation.name = execute_tool). The names are still moving: change them here only.

/** `mcp.method.name` values of a tool call. */
export const TOOL_CALL_METHODS: readonly string[] = ['tools/call'];
export const METHOD_ATTRIBUTES: readonly string[] = ['mcp.method.name', 'rpc.method'];
/** `gen_ai.operation.name` of a tool execution span. */
export const OPERATION_ATTRIBUTE = 'gen_ai.operation.name';
export const TOOL_OPERATIONS: readonly string[] = ['execute_tool'];
/** Attributes naming the tool, first found wins. */
export const TOOL_NAME_ATTRIBUTES: readonly string[] = ['gen_ai.tool.name', 'mcp.tool.name'];
/** Attributes holding the call's arguments as JSON text (opt-in in the convention). */
export const ARGUMENTS_ATTRIBUTES: readonly string[] = ['gen_ai.tool.call.arguments', 'mcp.request.params.arguments'];
/** Prefix of per-argument attributes (older instrumentations): `mcp.request.argument.<key>`. */
export const ARGUMENT_PREFIX = 'mcp.request.argument.';
/** Attributes holding the call's result as JSON text (opt-in): a CallToolResult, or its structuredContent alone. */
export const RESULT_ATTRIBUTES: readonly string[] = ['gen_ai.tool.call.result', 'mcp.response.result'];
/** Span name prefixes that carry the tool name after them, for spans without a tool-name attribute. */
export const SPAN_NAME_PREFIXES: readonly string[] = ['tools/call ', 'mcp.call_tool.', 'execute_tool '];

/** A span's attributes as plain values (OTLP AnyValue already unwrapped). */
export type SpanAttributes = ReadonlyMap<string, unknown>;

function firstString(attrs: SpanAttributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = attrs.get(key);
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** The tool a span calls, or undefined when the span is no tool call. */
export function toolOfSpan(name: string, attrs: SpanAttributes): string | undefined {
  const method = firstString(attrs, METHOD_ATTRIBUTES);
  const operation = firstString(attrs, [OPERATION_ATTRIBUTE]);
  const named = firstString(attrs, TOOL_NAME_ATTRIBUTES);
  const prefix = SPAN_NAME_PREFIXES.find((p) => name.startsWith(p));
  const fromName = prefix ? name.slice(prefix.length).trim() : undefined;
  const isCall =
    (method !== undefined && TOOL_CALL_METHODS.includes(method)) ||
    (operation !== undefined && TOOL_OPERATIONS.includes(operation)) ||
    prefix !== undefined;
  if (!isCall) return undefined;
  return named ?? (fromName || undefined);
}

/** The raw arguments of a tool-call span: the JSON text attribute, else the per-argument attributes. */
export function argumentsOfSpan(attrs: SpanAttributes): { text?: string; perKey?: Record<string, unknown> } {
  const text = firstString(attrs, ARGUMENTS_ATTRIBUTES);
  if (text !== undefined) return { text };
  const perKey: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of attrs) {
    if (key.startsWith(ARGUMENT_PREFIX)) {
      perKey[key.slice(ARGUMENT_PREFIX.length)] = value;
      any = true;
    }
  }
  return any ? { perKey } : {};
}

/** The raw result text of a tool-call span. */
export function resultOfSpan(attrs: SpanAttributes): string | undefined {
  return firstString(attrs, RESULT_ATTRIBUTES);
}
