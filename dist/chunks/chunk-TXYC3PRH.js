import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  applyOverrides
} from "./chunk-ZDAMOFGY.js";
import {
  USAGE_RULES,
  compareFindings,
  hasEvidence,
  isObject,
  weighUsage
} from "./chunk-D2AULK6V.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/usage/index.ts
import * as path2 from "node:path";

// src/usage/calls.ts
import { readFile, stat } from "node:fs/promises";

// src/usage/conventions.ts
var TOOL_CALL_METHODS = ["tools/call"];
var METHOD_ATTRIBUTES = ["mcp.method.name", "rpc.method"];
var OPERATION_ATTRIBUTE = "gen_ai.operation.name";
var TOOL_OPERATIONS = ["execute_tool"];
var TOOL_NAME_ATTRIBUTES = ["gen_ai.tool.name", "mcp.tool.name"];
var ARGUMENTS_ATTRIBUTES = ["gen_ai.tool.call.arguments", "mcp.request.params.arguments"];
var ARGUMENT_PREFIX = "mcp.request.argument.";
var RESULT_ATTRIBUTES = ["gen_ai.tool.call.result", "mcp.response.result"];
var SPAN_NAME_PREFIXES = ["tools/call ", "mcp.call_tool.", "execute_tool "];
function firstString(attrs, keys) {
  for (const key of keys) {
    const v = attrs.get(key);
    if (typeof v === "string" && v !== "") return v;
  }
  return void 0;
}
function toolOfSpan(name, attrs) {
  const method = firstString(attrs, METHOD_ATTRIBUTES);
  const operation = firstString(attrs, [OPERATION_ATTRIBUTE]);
  const named = firstString(attrs, TOOL_NAME_ATTRIBUTES);
  const prefix = SPAN_NAME_PREFIXES.find((p) => name.startsWith(p));
  const fromName = prefix ? name.slice(prefix.length).trim() : void 0;
  const isCall = method !== void 0 && TOOL_CALL_METHODS.includes(method) || operation !== void 0 && TOOL_OPERATIONS.includes(operation) || prefix !== void 0;
  if (!isCall) return void 0;
  return named ?? (fromName || void 0);
}
function argumentsOfSpan(attrs) {
  const text = firstString(attrs, ARGUMENTS_ATTRIBUTES);
  if (text !== void 0) return { text };
  const perKey = {};
  let any = false;
  for (const [key, value] of attrs) {
    if (key.startsWith(ARGUMENT_PREFIX)) {
      perKey[key.slice(ARGUMENT_PREFIX.length)] = value;
      any = true;
    }
  }
  return any ? { perKey } : {};
}
function resultOfSpan(attrs) {
  return firstString(attrs, RESULT_ATTRIBUTES);
}

// src/usage/calls.ts
var MAX_CALLS_FILE_BYTES = 64 * 1024 * 1024;
var MAX_CALLS = 2e5;
var MAX_PAYLOAD_CHARS = 256 * 1024;
function anyValue(v, depth = 0) {
  if (!isObject(v) || depth > 16) return void 0;
  if ("stringValue" in v) return v.stringValue;
  if ("boolValue" in v) return v.boolValue;
  if ("intValue" in v) return typeof v.intValue === "string" ? Number(v.intValue) : v.intValue;
  if ("doubleValue" in v) return v.doubleValue;
  if (isObject(v.arrayValue)) return (Array.isArray(v.arrayValue.values) ? v.arrayValue.values : []).map((x) => anyValue(x, depth + 1));
  if (isObject(v.kvlistValue)) return Object.fromEntries(attributeEntries(v.kvlistValue.values, depth + 1));
  return void 0;
}
function attributeEntries(list, depth = 0) {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).flatMap((kv) => typeof kv.key === "string" ? [[kv.key, anyValue(kv.value, depth)]] : []);
}
function parseJsonText(text) {
  if (text.length > MAX_PAYLOAD_CHARS) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function structuredOf(result) {
  return isObject(result) && result.structuredContent !== void 0 ? result.structuredContent : void 0;
}
function isoFromNanos(nanos) {
  const n = typeof nanos === "string" ? Number(nanos.slice(0, -6) || "0") : typeof nanos === "number" ? nanos / 1e6 : NaN;
  return Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : void 0;
}
function callsFromOtlp(doc, file) {
  const out = [];
  const resourceSpans = Array.isArray(doc.resourceSpans) ? doc.resourceSpans : [];
  for (const rs of resourceSpans.filter(isObject)) {
    const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : Array.isArray(rs.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
    for (const scope of scopes.filter(isObject)) {
      for (const span of (Array.isArray(scope.spans) ? scope.spans : []).filter(isObject)) {
        if (out.length >= MAX_CALLS) return out;
        const attrs = new Map(attributeEntries(span.attributes));
        const tool = toolOfSpan(typeof span.name === "string" ? span.name : "", attrs);
        if (tool === void 0) continue;
        const call = { tool, source: typeof span.spanId === "string" ? `${file} span ${span.spanId}` : file };
        const args = argumentsOfSpan(attrs);
        const parsed = args.text !== void 0 ? parseJsonText(args.text) : args.perKey;
        if (isObject(parsed)) call.arguments = parsed;
        const resultText = resultOfSpan(attrs);
        const structured = resultText !== void 0 ? structuredOf(parseJsonText(resultText)) : void 0;
        if (structured !== void 0) call.structuredContent = structured;
        const time = isoFromNanos(span.startTimeUnixNano);
        if (time) call.time = time;
        out.push(call);
      }
    }
  }
  return out;
}
function callsFromJsonl(text, file) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && out.length < MAX_CALLS; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const value = parseJsonText(line);
    const tool = isObject(value) ? typeof value.tool === "string" ? value.tool : typeof value.name === "string" ? value.name : void 0 : void 0;
    if (!isObject(value) || tool === void 0) {
      throw new UserError(`${file}:${i + 1} is not a recorded call`, {
        hint: 'each line of a calls file is one JSON object like {"tool":"read_file","arguments":{"path":"a.txt"}}; an OTLP trace export is one JSON document with "resourceSpans".'
      });
    }
    const call = { tool, source: `${file}:${i + 1}` };
    if (isObject(value.arguments)) call.arguments = value.arguments;
    const structured = structuredOf(value.result);
    if (structured !== void 0) call.structuredContent = structured;
    if (typeof value.time === "string") call.time = value.time;
    out.push(call);
  }
  return out;
}
async function readCalls(file, shownAs = file) {
  let text;
  try {
    const info = await stat(file);
    if (info.size > MAX_CALLS_FILE_BYTES) {
      throw new UserError(
        `the calls file ${shownAs} is ${Math.round(info.size / 1048576)} MiB, over the ${MAX_CALLS_FILE_BYTES / 1048576} MiB limit`,
        {
          hint: "export a shorter window (e.g. the last 7 days) or sample the traces before passing them with --usage-calls."
        }
      );
    }
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not read the calls file ${shownAs}: ${err.message}`, {
      hint: "check the path given to --usage-calls (or usage.calls in the config); it is relative to the current directory (the config file’s folder for the config)."
    });
  }
  const isOtlp = /^\s*\{\s*"resourceSpans"/.test(text.slice(0, 256));
  const calls = isOtlp ? otlpDocuments(text, shownAs).flatMap((d) => callsFromOtlp(d, shownAs)) : callsFromJsonl(text, shownAs);
  const times = calls.flatMap((c) => c.time ? [c.time] : []).sort();
  const source = {
    kind: "calls",
    origin: shownAs,
    count: calls.length,
    ...times.length ? { oldest: times[0], newest: times[times.length - 1] } : {},
    notes: calls.length >= MAX_CALLS ? [`read the first ${MAX_CALLS} calls only`] : [],
    ...calls.length >= MAX_CALLS ? { incomplete: true } : {}
  };
  return { calls, source };
}
function otlpDocuments(text, file) {
  try {
    const whole = JSON.parse(text);
    if (isObject(whole)) return [whole];
  } catch {
  }
  const docs = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const doc = JSON.parse(line);
      if (isObject(doc)) docs.push(doc);
    } catch {
      throw new UserError(`${file} is neither an OTLP JSON export nor JSON lines of exports`, {
        hint: "export traces with the OTLP JSON file exporter (or the in-memory exporter serialised with @opentelemetry/otlp-transformer)."
      });
    }
  }
  return docs;
}

// src/usage/scan.ts
import { lstat, readdir, readFile as readFile2 } from "node:fs/promises";
import * as path from "node:path";

// src/usage/code-calls.ts
var MAX_CALL_CHARS = 8192;
var CALL_MARKERS = ["callTool(", "call_tool(", "callTool<"];
var LiteralReader = class {
  constructor(text, start, end) {
    this.text = text;
    this.end = end;
    this.pos = start;
  }
  text;
  end;
  pos;
  skipSpace() {
    while (this.pos < this.end) {
      const c = this.text[this.pos];
      if (c === " " || c === "\n" || c === "	" || c === "\r") this.pos++;
      else if (this.text.startsWith("//", this.pos) || c === "#") {
        const nl = this.text.indexOf("\n", this.pos);
        this.pos = nl < 0 || nl > this.end ? this.end : nl;
      } else break;
    }
  }
  peek() {
    this.skipSpace();
    return this.pos < this.end ? this.text[this.pos] : void 0;
  }
  /** A quoted string literal's content (no interpolation), or undefined. */
  string() {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'" && quote !== "`") return void 0;
    let out = "";
    for (let i = this.pos + 1; i < this.end; i++) {
      const c = this.text[i];
      if (c === "\\") {
        out += this.text[++i] ?? "";
        continue;
      }
      if (c === quote) {
        this.pos = i + 1;
        return quote === "`" && out.includes("${") ? void 0 : out;
      }
      if (c === "\n" && quote !== "`") return void 0;
      out += c;
    }
    return void 0;
  }
  /** An identifier (a JS key or a Python keyword argument), or undefined. */
  identifier() {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.end && /[A-Za-z0-9_$]/.test(this.text[this.pos])) this.pos++;
    return this.pos > start ? this.text.slice(start, this.pos) : void 0;
  }
  eat(char) {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }
  /** Skips one value (up to a top-level `,` or closing bracket). */
  skipValue() {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.peek();
      if (c === void 0) return;
      if (c === '"' || c === "'" || c === "`") {
        if (this.string() === void 0) this.pos++;
        continue;
      }
      if (c === "{" || c === "[" || c === "(") depth++;
      else if (c === "}" || c === "]" || c === ")") {
        if (depth === 0) return;
        depth--;
      } else if (c === "," && depth === 0) return;
      this.pos++;
    }
  }
  /** An object/dict literal as its top-level entries: key → the offset of its value. Undefined when not a literal. */
  object(onEntry) {
    if (!this.eat("{")) return false;
    for (; ; ) {
      if (this.eat("}")) return true;
      if (this.peek() === ".") return true;
      const key = this.string() ?? this.identifier();
      if (key === void 0) return false;
      if (this.eat(":")) onEntry(key, this);
      else if (this.peek() !== "," && this.peek() !== "}") return false;
      this.skipValue();
      if (!this.eat(",")) return this.eat("}");
    }
  }
};
function argumentKeys(reader) {
  const keys = [];
  return reader.object((key) => keys.push(key)) ? keys : void 0;
}
function readCall(text, start) {
  const reader = new LiteralReader(text, start, Math.min(text.length, start + MAX_CALL_CHARS));
  if (reader.peek() === "{") {
    let tool2;
    let keys2;
    reader.object((key, r) => {
      if (key === "name") tool2 = r.string();
      else if (key === "arguments") keys2 = argumentKeys(r);
    });
    return tool2 === void 0 ? void 0 : { tool: tool2, end: reader.pos, ...keys2 ? { argumentKeys: keys2 } : {} };
  }
  let tool = reader.string();
  let keys;
  for (let i = 0; i < 4; i++) {
    if (tool !== void 0 && !reader.eat(",")) break;
    const save = reader.pos;
    const word = reader.identifier();
    if (word !== void 0 && reader.eat("=")) {
      if (word === "name") tool = reader.string();
      else if (word === "arguments") keys = argumentKeys(reader);
      else reader.skipValue();
      continue;
    }
    reader.pos = save;
    if (tool === void 0) return void 0;
    keys = argumentKeys(reader);
    break;
  }
  return tool === void 0 ? void 0 : { tool, end: reader.pos, ...keys ? { argumentKeys: keys } : {} };
}
function findCodeCalls(text) {
  const out = [];
  for (const marker of CALL_MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      let start = at + marker.length;
      if (marker === "callTool<") {
        const paren = text.indexOf("(", start);
        if (paren < 0 || paren - start > 200) continue;
        start = paren + 1;
      }
      const call = readCall(text, start);
      if (call) out.push({ offset: at, ...call });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// src/usage/lines.ts
var LineTable = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset) {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};

// src/usage/glob.ts
var MAX_EXPANSIONS = 64;
function expandBraces(pattern) {
  const open = pattern.indexOf("{");
  const close = open < 0 ? -1 : pattern.indexOf("}", open);
  if (open < 0 || close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const options = pattern.slice(open + 1, close).split(",");
  const out = [];
  for (const tail of expandBraces(pattern.slice(close + 1))) {
    for (const option of options) {
      out.push(head + option + tail);
      if (out.length > MAX_EXPANSIONS)
        throw new Error(`the pattern ${JSON.stringify(pattern)} expands to more than ${MAX_EXPANSIONS} alternatives`);
    }
  }
  return out;
}
function matchSegment(pattern, text) {
  let p = 0, t = 0, star = -1, mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchPath(patternSegments, pathSegments) {
  const P = patternSegments.length, S = pathSegments.length;
  let next = new Array(S + 1).fill(false);
  next[S] = true;
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array(S + 1).fill(false);
    const seg = patternSegments[i];
    for (let j = S; j >= 0; j--) {
      if (seg === "**") cur[j] = next[j] || j < S && cur[j + 1];
      else cur[j] = j < S && next[j + 1] && matchSegment(seg, pathSegments[j]);
    }
    next = cur;
  }
  return next[0];
}
function pathMatcher(patterns) {
  const compiled = patterns.flatMap(expandBraces).map((p) => {
    const clean = p.replace(/^\.\//, "");
    return clean.includes("/") ? clean.split("/") : ["**", clean];
  });
  return (relativePath) => {
    const segments = relativePath.split("/");
    return compiled.some((c) => matchPath(c, segments));
  };
}
function isGlob(pattern) {
  return /[*?{]/.test(pattern);
}
function namesMatching(pattern, names) {
  const alternatives = expandBraces(pattern);
  const out = [];
  for (const name of names) if (alternatives.some((a) => matchSegment(a, name))) out.push(name);
  return out;
}

// src/usage/tool-index.ts
function inputProperties(tool) {
  const schema = tool.inputSchema;
  return isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
}
function toolIndex(...snapshots) {
  const params = /* @__PURE__ */ new Map();
  for (const snapshot of snapshots) {
    for (const tool of snapshot.tools) {
      const set = params.get(tool.name) ?? /* @__PURE__ */ new Set();
      for (const p of inputProperties(tool)) set.add(p);
      params.set(tool.name, set);
    }
  }
  return { names: new Set(params.keys()), params };
}
function toolsOfEntry(entry, index) {
  const trimmed = entry.trim().replace(/^["']|["']$/g, "");
  if (trimmed.startsWith("mcp__")) {
    const rest = trimmed.slice("mcp__".length);
    const split = rest.indexOf("__");
    const toolPart = split < 0 ? "*" : rest.slice(split + 2);
    return { tools: isGlob(toolPart) ? namesMatching(toolPart, index.names) : index.names.has(toolPart) ? [toolPart] : [], via: trimmed };
  }
  if (isGlob(trimmed)) return { tools: namesMatching(trimmed, index.names), via: trimmed };
  return { tools: index.names.has(trimmed) ? [trimmed] : [] };
}

// src/usage/extract.ts
var CODE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py)$/;
var CLIENT_CONFIG_NAMES = /* @__PURE__ */ new Set([
  ".mcp.json",
  "mcp.json",
  "claude_desktop_config.json",
  "settings.json",
  "settings.local.json",
  "mcp_config.json"
]);
var ALLOW_KEYS = ["allowedTools", "allowTools", "alwaysAllow", "includeTools", "enabledTools", "tools", "allow"];
var DENY_KEYS = ["disabledTools", "deniedTools", "excludeTools", "disallowedTools", "deny"];
function kindOfFile(relativePath) {
  const base = relativePath.slice(relativePath.lastIndexOf("/") + 1);
  if (CLIENT_CONFIG_NAMES.has(base) && base.endsWith(".json")) return "client-config";
  if (base === "SKILL.md") return "skill";
  if (/(^|\/)agents\/[^/]+\.md$/.test(relativePath)) return "agent";
  if (CODE_EXTENSIONS.test(base)) return "code";
  return "prompt";
}
var TOKEN = /[A-Za-z0-9_./-]+/g;
var QUOTES = /* @__PURE__ */ new Set(["`", '"', "'"]);
function isDistinctive(name) {
  return /[_.\-/0-9]/.test(name) || /[a-z][A-Z]/.test(name);
}
function tokensOfLine(line) {
  const out = [];
  for (const m of line.matchAll(TOKEN)) {
    const text = m[0].replace(/[./-]+$/, "");
    if (text === "") continue;
    const before = line[m.index - 1];
    const quoted = before !== void 0 && QUOTES.has(before) || /\{\{\s*$/.test(line.slice(Math.max(0, m.index - 8), m.index));
    out.push({ text, start: m.index, quoted });
  }
  return out;
}
function textReferences(file, text, kind, index, opts = {}) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const tokens = tokensOfLine(lines[i]);
    const found = /* @__PURE__ */ new Map();
    for (const token of tokens) {
      if (token.text.startsWith("mcp__")) {
        const { tools, via } = toolsOfEntry(token.text, index);
        for (const t of tools) found.set(t, via ? { via } : {});
      } else if (index.names.has(token.text)) {
        const sure = token.quoted || isDistinctive(token.text);
        if (sure && (token.quoted || !opts.quotedOnly)) found.set(token.text, found.get(token.text)?.via ? found.get(token.text) : {});
        else if (!opts.quotedOnly && !found.has(token.text)) found.set(token.text, { loose: true });
      }
    }
    for (const [tool, how] of found) {
      const params = index.params.get(tool);
      const named = params ? [...new Set(tokens.map((t) => t.text).filter((t) => t !== tool && params.has(t)))] : [];
      out.push({
        tool,
        file,
        line: i + 1,
        kind,
        params: named,
        ...how.via ? { via: how.via } : {},
        ...how.loose ? { loose: true } : {}
      });
    }
  }
  return out;
}
function frontMatter(text) {
  if (!text.startsWith("---")) return void 0;
  const lines = text.split("\n");
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  return end < 0 ? void 0 : { lines: lines.slice(1, end), firstLine: 2 };
}
function frontMatterList(text, key) {
  const fm = frontMatter(text);
  if (!fm) return [];
  const out = [];
  for (let i = 0; i < fm.lines.length; i++) {
    const line = fm.lines[i];
    if (!line.startsWith(`${key}:`)) continue;
    const inline = line.slice(key.length + 1).trim();
    const listed = inline.startsWith("[") ? inline.slice(1, inline.lastIndexOf("]") < 0 ? void 0 : inline.lastIndexOf("]")) : inline;
    for (const entry of listed.split(/[,\s]+/)) if (entry.replace(/["']/g, "") !== "") out.push({ entry, line: fm.firstLine + i });
    for (let j = i + 1; j < fm.lines.length && /^\s+-\s*/.test(fm.lines[j]); j++) {
      out.push({ entry: fm.lines[j].replace(/^\s+-\s*/, "").trim(), line: fm.firstLine + j });
    }
  }
  return out;
}
function frontMatterReferences(file, text, kind, index) {
  const key = kind === "agent" ? "tools" : "allowed-tools";
  const out = [];
  for (const { entry, line } of frontMatterList(text, key)) {
    const { tools, via } = toolsOfEntry(entry, index);
    for (const tool of tools) out.push({ tool, file, line, kind, params: [], ...via ? { via } : {} });
  }
  const listed = new Set(out.map((r) => `${r.tool}\0${r.line}`));
  return [...out, ...textReferences(file, text, kind, index).filter((r) => !listed.has(`${r.tool}\0${r.line}`))];
}
function lineOfEntry(text, lines, entry) {
  const at = text.indexOf(JSON.stringify(entry));
  return at < 0 ? 1 : lines.lineOf(at);
}
function clientConfigReferences(file, text, index) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isObject(doc)) return [];
  const lines = new LineTable(text);
  const out = [];
  const listsOf = (holder) => {
    if (!isObject(holder)) return;
    for (const [keys, denied] of [
      [ALLOW_KEYS, false],
      [DENY_KEYS, true]
    ]) {
      for (const key of keys) {
        const list = holder[key];
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (typeof entry !== "string") continue;
          const { tools, via } = toolsOfEntry(entry, index);
          for (const tool of tools)
            out.push({
              tool,
              file,
              line: lineOfEntry(text, lines, entry),
              kind: "client-config",
              params: [],
              ...denied ? { denied } : {},
              ...via ? { via } : {}
            });
        }
      }
    }
  };
  listsOf(doc);
  listsOf(doc.permissions);
  for (const serversKey of ["mcpServers", "servers"]) {
    const servers = doc[serversKey];
    if (isObject(servers)) for (const server of Object.values(servers)) listsOf(server);
  }
  return out;
}
function codeReferences(file, text, index) {
  const lines = new LineTable(text);
  const out = [];
  const calls = findCodeCalls(text);
  for (const call of calls) {
    if (!index.names.has(call.tool)) continue;
    out.push({
      tool: call.tool,
      file,
      line: lines.lineOf(call.offset),
      kind: "code",
      params: call.argumentKeys ?? [],
      ...call.argumentKeys ? { argumentsKnown: true } : {}
    });
  }
  const callLines = /* @__PURE__ */ new Set();
  for (const call of calls) {
    for (let line = lines.lineOf(call.offset); line <= lines.lineOf(call.end); line++) callLines.add(`${call.tool}\0${line}`);
  }
  return [
    ...out,
    ...textReferences(file, text, "code", index, { quotedOnly: true }).filter((r) => !callLines.has(`${r.tool}\0${r.line}`))
  ];
}
function referencesInFile(file, text, index) {
  const kind = kindOfFile(file);
  switch (kind) {
    case "client-config":
      return clientConfigReferences(file, text, index);
    case "agent":
    case "skill":
      return frontMatterReferences(file, text, kind, index);
    case "code":
      return codeReferences(file, text, index);
    case "prompt":
      return textReferences(file, text, "prompt", index);
  }
}

// src/usage/scan.ts
var DEFAULT_USAGE_GLOBS = [
  "**/*.{md,mdx,txt,prompt}",
  "**/*.{j2,jinja,jinja2,hbs,handlebars,mustache}",
  "**/.claude/agents/*.md",
  "**/SKILL.md",
  "**/{.mcp.json,mcp.json,claude_desktop_config.json,mcp_config.json}",
  "**/.claude/settings{,.local}.json",
  "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}"
];
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "coverage", ".venv", "venv", "__pycache__", ".next", "target"]);
async function scanReferences(index, opts) {
  const maxFiles = opts.maxFiles ?? 5e3, maxFileBytes = opts.maxFileBytes ?? 1024 * 1024, maxEntries = opts.maxEntries ?? 1e5;
  const globs = opts.globs?.length ? opts.globs : DEFAULT_USAGE_GLOBS;
  let matches;
  try {
    matches = pathMatcher(globs);
  } catch (err) {
    throw new UserError(`a usage glob is too large: ${err.message}`, {
      hint: "split the pattern into several --usage-refs globs."
    });
  }
  try {
    if (!(await lstat(opts.root)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new UserError(`the usage root ${opts.root} is not a directory`, {
      hint: "give the repository folder to read references from with --usage-root DIR (or usage.root in the config)."
    });
  }
  const references = [];
  const notes = [];
  const skippedLarge = [];
  let files = 0, entries = 0;
  const pending = [""];
  walk: while (pending.length) {
    const dir = pending.shift();
    let listing;
    try {
      listing = await readdir(path.join(opts.root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    listing.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of listing) {
      if (++entries > maxEntries) {
        notes.push(`stopped after ${maxEntries} directory entries`);
        break walk;
      }
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(rel);
        continue;
      }
      if (!entry.isFile() || !matches(rel)) continue;
      if (files >= maxFiles) {
        notes.push(`stopped at ${maxFiles} files`);
        break walk;
      }
      const full = path.join(opts.root, rel);
      const info = await lstat(full);
      if (info.size > maxFileBytes) {
        skippedLarge.push(rel);
        continue;
      }
      files++;
      references.push(...referencesInFile(rel, await readFile2(full, "utf8"), index));
    }
  }
  if (skippedLarge.length) {
    notes.push(
      `skipped ${skippedLarge.length} file(s) over ${Math.round(maxFileBytes / 1024)} KiB: ${skippedLarge.slice(0, 5).join(", ")}${skippedLarge.length > 5 ? ", …" : ""}`
    );
  }
  references.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return {
    references,
    source: {
      kind: "references",
      origin: `${opts.globs?.length ? globs.join(", ") : "the default globs"} under ${opts.shownRoot ?? opts.root}`,
      count: files,
      notes,
      ...notes.length ? { incomplete: true } : {}
    }
  };
}

// src/usage/index.ts
function wantsUsage(settings) {
  return settings !== void 0 && (settings.root !== void 0 || (settings.refs?.length ?? 0) > 0 || (settings.calls?.length ?? 0) > 0);
}
async function collectUsage(base, head, settings, cwd = process.cwd()) {
  const evidence = { references: [], calls: [], sources: [] };
  if (settings.root !== void 0 || settings.refs?.length) {
    const { references, source } = await scanReferences(toolIndex(base, head), {
      ...settings,
      root: path2.resolve(cwd, settings.root ?? "."),
      shownRoot: settings.root ?? ".",
      ...settings.refs?.length ? { globs: settings.refs } : {}
    });
    evidence.references.push(...references);
    evidence.sources.push(source);
  }
  for (const file of settings.calls ?? []) {
    const { calls, source } = await readCalls(path2.resolve(cwd, file), file);
    evidence.calls.push(...calls);
    evidence.sources.push(source);
  }
  return evidence;
}
async function weighRun(findings, base, head, settings, cwd) {
  const evidence = await collectUsage(base, head, settings, cwd);
  const weighed = await weighUsage(findings, base, head, evidence, { demoteUnused: settings.demoteUnused === true });
  const isAdded = (f) => Object.hasOwn(USAGE_RULES, f.rule);
  const added = applyOverrides(weighed.findings.filter(isAdded), settings.overrides);
  return {
    findings: [...weighed.findings.filter((f) => !isAdded(f)), ...added].sort(compareFindings),
    section: {
      sources: evidence.sources,
      labels: weighed.labels,
      demoteUnused: settings.demoteUnused === true,
      demoted: weighed.demoted,
      ...hasEvidence(evidence) ? {} : { empty: true }
    }
  };
}

export {
  toolIndex,
  scanReferences,
  wantsUsage,
  collectUsage,
  weighRun
};
