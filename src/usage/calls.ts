// Reads recorded tool calls: OTLP JSON trace exports (GenAI/MCP conventions, see conventions.ts) and plain JSONL of {tool, arguments, result?}.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { isObject, type Json, type JsonObject } from '../findings/json.js';
import { argumentsOfSpan, resultOfSpan, toolOfSpan } from './conventions.js';
import type { EvidenceSource, RecordedCall } from './types.js';

/** Largest calls file read (a bigger export is a sign of the wrong file; cut it to a window first). */
export const MAX_CALLS_FILE_BYTES = 64 * 1024 * 1024;
/** Most calls kept from one file. */
export const MAX_CALLS = 200_000;
/** Longest JSON text of one call's arguments or result that is parsed. */
const MAX_PAYLOAD_CHARS = 256 * 1024;

/** An OTLP AnyValue as a plain value (strings, numbers, booleans, arrays, key-value lists). */
function anyValue(v: unknown, depth = 0): unknown {
  if (!isObject(v) || depth > 16) return undefined;
  if ('stringValue' in v) return v.stringValue;
  if ('boolValue' in v) return v.boolValue;
  if ('intValue' in v) return typeof v.intValue === 'string' ? Number(v.intValue) : v.intValue;
  if ('doubleValue' in v) return v.doubleValue;
  if (isObject(v.arrayValue)) return (Array.isArray(v.arrayValue.values) ? v.arrayValue.values : []).map((x) => anyValue(x, depth + 1));
  if (isObject(v.kvlistValue)) return Object.fromEntries(attributeEntries(v.kvlistValue.values, depth + 1));
  return undefined;
}

function attributeEntries(list: unknown, depth = 0): [string, unknown][] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(isObject)
    .flatMap((kv) => (typeof kv.key === 'string' ? [[kv.key, anyValue(kv.value, depth)] as [string, unknown]] : []));
}

/** JSON text parsed, or undefined when it is not JSON (or too long to parse). */
function parseJsonText(text: string): Json | undefined {
  if (text.length > MAX_PAYLOAD_CHARS) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The structuredContent of a recorded result: a CallToolResult's field, or undefined (a result without it says nothing about the output schema). */
function structuredOf(result: Json | undefined): Json | undefined {
  return isObject(result) && result.structuredContent !== undefined ? result.structuredContent : undefined;
}

/** OTLP unix nanoseconds (string or number) as an ISO time. */
function isoFromNanos(nanos: unknown): string | undefined {
  const n = typeof nanos === 'string' ? Number(nanos.slice(0, -6) || '0') : typeof nanos === 'number' ? nanos / 1e6 : NaN;
  return Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : undefined;
}

/** The tool calls of an OTLP JSON export (`{resourceSpans:[{scopeSpans:[{spans:[…]}]}]}`). */
export function callsFromOtlp(doc: JsonObject, file: string): RecordedCall[] {
  const out: RecordedCall[] = [];
  const resourceSpans = Array.isArray(doc.resourceSpans) ? doc.resourceSpans : [];
  for (const rs of resourceSpans.filter(isObject)) {
    const scopes = Array.isArray(rs.scopeSpans)
      ? rs.scopeSpans
      : Array.isArray(rs.instrumentationLibrarySpans)
        ? rs.instrumentationLibrarySpans
        : [];
    for (const scope of scopes.filter(isObject)) {
      for (const span of (Array.isArray(scope.spans) ? scope.spans : []).filter(isObject)) {
        if (out.length >= MAX_CALLS) return out;
        const attrs = new Map(attributeEntries(span.attributes));
        const tool = toolOfSpan(typeof span.name === 'string' ? span.name : '', attrs);
        if (tool === undefined) continue;
        const call: RecordedCall = { tool, source: typeof span.spanId === 'string' ? `${file} span ${span.spanId}` : file };
        const args = argumentsOfSpan(attrs);
        const parsed = args.text !== undefined ? parseJsonText(args.text) : (args.perKey as Json | undefined);
        if (isObject(parsed)) call.arguments = parsed;
        const resultText = resultOfSpan(attrs);
        const structured = resultText !== undefined ? structuredOf(parseJsonText(resultText)) : undefined;
        if (structured !== undefined) call.structuredContent = structured;
        const time = isoFromNanos(span.startTimeUnixNano);
        if (time) call.time = time;
        out.push(call);
      }
    }
  }
  return out;
}

/** The calls of a JSONL file: one `{tool, arguments?, result?, time?}` per line (`name` for `tool` also read); blank lines skipped. */
export function callsFromJsonl(text: string, file: string): RecordedCall[] {
  const out: RecordedCall[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_CALLS; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const value = parseJsonText(line);
    const tool = isObject(value)
      ? typeof value.tool === 'string'
        ? value.tool
        : typeof value.name === 'string'
          ? value.name
          : undefined
      : undefined;
    if (!isObject(value) || tool === undefined) {
      throw new UserError(`${file}:${i + 1} is not a recorded call`, {
        hint: 'each line of a calls file is one JSON object like {"tool":"read_file","arguments":{"path":"a.txt"}}; an OTLP trace export is one JSON document with "resourceSpans".',
      });
    }
    const call: RecordedCall = { tool, source: `${file}:${i + 1}` };
    if (isObject(value.arguments)) call.arguments = value.arguments;
    const structured = structuredOf(value.result);
    if (structured !== undefined) call.structuredContent = structured;
    if (typeof value.time === 'string') call.time = value.time;
    out.push(call);
  }
  return out;
}

/** Reads one calls file (OTLP JSON or JSONL, told apart by content) with its evidence line. */
export async function readCalls(file: string, shownAs = file): Promise<{ calls: RecordedCall[]; source: EvidenceSource }> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_CALLS_FILE_BYTES) {
      throw new UserError(
        `the calls file ${shownAs} is ${Math.round(info.size / 1048576)} MiB, over the ${MAX_CALLS_FILE_BYTES / 1048576} MiB limit`,
        {
          hint: 'export a shorter window (e.g. the last 7 days) or sample the traces before passing them with --usage-calls.',
        },
      );
    }
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not read the calls file ${shownAs}: ${(err as Error).message}`, {
      hint: 'check the path given to --usage-calls (or usage.calls in the config); it is relative to the current directory (the config file’s folder for the config).',
    });
  }
  // An OTLP export starts with its resourceSpans key; anything else is read as JSON lines of calls.
  const isOtlp = /^\s*\{\s*"resourceSpans"/.test(text.slice(0, 256));
  const calls = isOtlp ? otlpDocuments(text, shownAs).flatMap((d) => callsFromOtlp(d, shownAs)) : callsFromJsonl(text, shownAs);
  const times = calls.flatMap((c) => (c.time ? [c.time] : [])).sort();
  const source: EvidenceSource = {
    kind: 'calls',
    origin: shownAs,
    count: calls.length,
    ...(times.length ? { oldest: times[0], newest: times[times.length - 1] } : {}),
    notes: calls.length >= MAX_CALLS ? [`read the first ${MAX_CALLS} calls only`] : [],
    ...(calls.length >= MAX_CALLS ? { incomplete: true } : {}),
  };
  return { calls, source };
}

/** OTLP documents in a file: the whole text, or one per line (the collector's file exporter writes JSON lines). */
function otlpDocuments(text: string, file: string): JsonObject[] {
  try {
    const whole = JSON.parse(text) as Json;
    if (isObject(whole)) return [whole];
  } catch {
    // not one document: try lines
  }
  const docs: JsonObject[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const doc = JSON.parse(line) as Json;
      if (isObject(doc)) docs.push(doc);
    } catch {
      throw new UserError(`${file} is neither an OTLP JSON export nor JSON lines of exports`, {
        hint: 'export traces with the OTLP JSON file exporter (or the in-memory exporter serialised with @opentelemetry/otlp-transformer).',
      });
    }
  }
  return docs;
}
