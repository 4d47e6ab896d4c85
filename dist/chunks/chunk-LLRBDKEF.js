import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  USAGE_RULES,
  ajvCopy,
  canonicalToolText,
  compareText,
  createAjv,
  defineRules,
  dialectOf,
  equalJson,
  findingMaker,
  getOwn,
  hashTool,
  isCanonicalTool,
  isObject,
  makeFinding,
  pointerToken,
  q,
  rememberToolHash,
  serverInfoExtras,
  setOwn,
  sha256,
  sortToolKeys,
  stableJson,
  unescapePointerToken
} from "./chunk-D2AULK6V.js";
import {
  UserError,
  truncateText
} from "./chunk-MG3LNJ7Q.js";

// src/quality/tokenizer.ts
import { readFile } from "node:fs/promises";

// src/quality/token-table.ts
var MAGIC = "BPETBL02";
var HEADER_BYTES = 8 + 4 * 4;
function hashBytes(bytes, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}
function findToken(table, bytes, start, end) {
  const { blob, offsets, slots, mask } = table;
  const length = end - start;
  for (let slot = hashBytes(bytes, start, end) & mask; ; slot = slot + 1 & mask) {
    const entry = slots[slot];
    if (entry === 0) return -1;
    const t = entry - 1, at = offsets[t];
    if (offsets[t + 1] - at !== length) continue;
    let i = 0;
    while (i < length && blob[at + i] === bytes[start + i]) i++;
    if (i === length) return t;
  }
}
function rankOf(table, bytes, start, end) {
  const t = findToken(table, bytes, start, end);
  return t < 0 ? -1 : table.ranks[t];
}
function indexTokens(blob, offsets, count) {
  let size = 1024;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size), mask = size - 1;
  for (let t = 0; t < count; t++) {
    let slot = hashBytes(blob, offsets[t], offsets[t + 1]) & mask;
    while (slots[slot] !== 0) slot = slot + 1 & mask;
    slots[slot] = t + 1;
  }
  return { slots, mask };
}
var BASE64_VALUE = new Int8Array(128).fill(-1);
[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].forEach((c, i) => BASE64_VALUE[c.charCodeAt(0)] = i);
function tableFromRankFile(file) {
  const text = file.bpe_ranks;
  const tokens = [], ranks = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = (text.indexOf("\n", lineStart) + 1 || text.length + 1) - 1;
    const prefixEnd = text.indexOf(" ", lineStart);
    if (prefixEnd >= 0 && prefixEnd < lineEnd) {
      let at = text.indexOf(" ", prefixEnd + 1);
      if (at < 0 || at > lineEnd) at = lineEnd;
      const offset = Number.parseInt(text.slice(prefixEnd + 1, at), 10);
      for (let rank = offset; at < lineEnd; rank++) {
        const start = at + 1;
        let end = text.indexOf(" ", start);
        if (end < 0 || end > lineEnd) end = lineEnd;
        at = end;
        if (end - start < 2) continue;
        tokens.push(Buffer.from(text.slice(start, end), "base64"));
        ranks.push(rank);
      }
    }
    lineStart = lineEnd + 1;
  }
  const lastIndex = /* @__PURE__ */ new Map();
  tokens.forEach((t, i) => lastIndex.set(Buffer.from(t).toString("latin1"), i));
  const kept = [...lastIndex.values()].sort((a, b) => a - b);
  const offsets = new Uint32Array(kept.length + 1);
  let size = 0;
  kept.forEach((i, k) => {
    offsets[k] = size;
    size += tokens[i].length;
  });
  offsets[kept.length] = size;
  const blob = new Uint8Array(size);
  kept.forEach((i, k) => blob.set(tokens[i], offsets[k]));
  const keptRanks = Uint32Array.from(kept, (i) => ranks[i]);
  return { pattern: file.pat_str, blob, offsets, ranks: keptRanks, ...indexTokens(blob, offsets, kept.length) };
}
var align4 = (n) => n + 3 & ~3;
function tableFromBytes(input) {
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString("latin1") !== MAGIC)
    throw new Error("not a BPE token table (bad magic)");
  const count = view.getUint32(8, true), blobBytes = view.getUint32(12, true), patternBytes = view.getUint32(16, true), slotCount = view.getUint32(20, true);
  const offsetsAt = HEADER_BYTES + align4(patternBytes), ranksAt = offsetsAt + 4 * (count + 1), slotsAt = ranksAt + 4 * count, blobAt = slotsAt + 4 * slotCount;
  if (blobAt + blobBytes !== bytes.byteLength)
    throw new Error(`BPE token table is ${bytes.byteLength} bytes, its header says ${blobAt + blobBytes}`);
  if (slotCount < count || (slotCount & slotCount - 1) !== 0)
    throw new Error(`BPE token table has ${slotCount} index slots for ${count} tokens`);
  const pattern = Buffer.from(bytes.buffer, bytes.byteOffset + HEADER_BYTES, patternBytes).toString("utf8");
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, count + 1);
  const ranks = new Uint32Array(bytes.buffer, bytes.byteOffset + ranksAt, count);
  const blob = new Uint8Array(bytes.buffer, bytes.byteOffset + blobAt, blobBytes);
  const slots = new Int32Array(bytes.buffer, bytes.byteOffset + slotsAt, slotCount);
  return { pattern, blob, offsets, ranks, slots, mask: slotCount - 1 };
}

// src/quality/tokenizer.ts
var TOKENIZER_NAME = "o200k_base";
var MAX_PIECE_BYTES = 512;
var MAX_MEMO = 2e5;
function mergeCount(table, bytes, start, end) {
  const n = end - start;
  if (n <= 1) return n;
  if (rankOf(table, bytes, start, end) >= 0) return 1;
  const starts = [], pairRank = [];
  for (let i = start; i <= end; i++) {
    starts.push(i);
    pairRank.push(i + 2 <= end ? rankOf(table, bytes, i, i + 2) : -1);
  }
  while (starts.length > 2) {
    let best = -1, bestRank = Infinity;
    for (let i = 0; i < starts.length - 2; i++) {
      const r = pairRank[i];
      if (r >= 0 && r < bestRank) {
        bestRank = r;
        best = i;
      }
    }
    if (best < 0) break;
    starts.splice(best + 1, 1);
    pairRank.splice(best + 1, 1);
    pairRank[best] = best + 2 < starts.length ? rankOf(table, bytes, starts[best], starts[best + 2]) : -1;
    if (best > 0) pairRank[best - 1] = rankOf(table, bytes, starts[best - 1], starts[best + 1]);
  }
  return starts.length - 1;
}
var utf8 = new TextEncoder();
var scratch = new Uint8Array(4096);
function pieceCount(piece, table) {
  if (scratch.length < piece.length * 3) scratch = new Uint8Array(piece.length * 3);
  const n = utf8.encodeInto(piece, scratch).written;
  if (n <= MAX_PIECE_BYTES) return mergeCount(table, scratch, 0, n);
  let total = 0;
  for (let i = 0; i < n; i += MAX_PIECE_BYTES) total += mergeCount(table, scratch, i, Math.min(n, i + MAX_PIECE_BYTES));
  return total;
}
var PUNCTUATION = 1;
var ALPHANUMERIC = 2;
var ASCII_CLASS = new Uint8Array(128);
for (let c = 33; c < 127; c++) {
  const alphanumeric = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  ASCII_CLASS[c] = alphanumeric ? ALPHANUMERIC : PUNCTUATION;
}
function detached(s) {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
var ASCII_PROPERTY = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", Lt: "", Lm: "", Lo: "", M: "", N: "0-9" };
function asciiSplitPattern(source) {
  let out = "", inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const property = /^\\([pP])\{(\w+)\}/.exec(source.slice(i));
      if (!property) {
        out += source.slice(i, i + 2);
        i++;
        continue;
      }
      const members = ASCII_PROPERTY[property[2]];
      if (property[1] === "P" || members === void 0) return void 0;
      out += inClass ? members : `[${members}]`;
      i += property[0].length - 1;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}
var NON_ASCII = /[^\x00-\x7f]/;
function counterFromTable(name, table) {
  const ascii = asciiSplitPattern(table.pattern);
  const asciiPattern = ascii === void 0 ? void 0 : new RegExp(ascii, "gu");
  let fullPattern;
  const patternFor = (text) => asciiPattern && !NON_ASCII.test(text) ? asciiPattern : fullPattern ??= new RegExp(table.pattern, "gu");
  const memo = /* @__PURE__ */ new Map();
  const countPieces = (text) => {
    let total = 0;
    for (const piece of text.match(patternFor(text)) ?? []) {
      let n = memo.get(piece);
      if (n === void 0) {
        n = pieceCount(piece, table);
        if (memo.size < MAX_MEMO) memo.set(piece, n);
      }
      total += n;
    }
    return total;
  };
  const segments = /* @__PURE__ */ new Map();
  const segmentCount = (segment) => {
    let n = segments.get(segment);
    if (n === void 0) {
      n = countPieces(segment);
      if (segments.size < MAX_MEMO) segments.set(detached(segment), n);
    }
    return n;
  };
  return {
    name,
    count(text) {
      if (text.length === 0) return 0;
      let total = 0, start = 0;
      for (let quote = text.indexOf('"', 1); quote >= 0 && quote + 1 < text.length; quote = text.indexOf('"', quote + 1)) {
        const before = text.charCodeAt(quote - 1), after = text.charCodeAt(quote + 1);
        if (before < 128 && ASCII_CLASS[before] === PUNCTUATION && after < 128 && ASCII_CLASS[after] === ALPHANUMERIC) {
          total += segmentCount(text.slice(start, quote + 1));
          start = quote + 1;
        }
      }
      return total + segmentCount(start === 0 ? text : text.slice(start));
    }
  };
}
var loading;
var O200K_TABLE_FILE = "o200k_base.tokens.bin";
var BUNDLED = true;
async function loadO200kTable() {
  let lastError;
  for (const dir of ["./", "../"]) {
    try {
      return tableFromBytes(await readFile(new URL(dir + O200K_TABLE_FILE, import.meta.url)));
    } catch (err) {
      lastError = err;
    }
  }
  if (BUNDLED) {
    throw new UserError(
      `the token table ${O200K_TABLE_FILE} beside the mcp-contract bundle is missing or damaged (${lastError.message})`,
      {
        hint: "reinstall mcp-contract (npm install mcp-contract), or rebuild it with `npm run build`; `--no-footprint` skips token counting"
      }
    );
  }
  const m = await import("js-tiktoken/ranks/o200k_base");
  return tableFromRankFile(m.default);
}
function loadTokenCounter() {
  loading ??= loadO200kTable().then((table) => counterFromTable(TOKENIZER_NAME, table));
  return loading;
}

// src/catalog/snapshot-v2.ts
var ENTRY_HEAD = '{\n      "sha256": "';
var ENTRY_TOKENS = '",\n      "tokens": "';
var ENTRY_MIDDLE = '",\n      "tool": ';
var ENTRY_TAIL = "\n    }";
var HASH_LENGTH = "sha256:".length + 64;
var HASH = /^sha256:[0-9a-f]{64}$/;
var STORED_TOKENS = /^([A-Za-z0-9_./-]{1,40}):(0|[1-9][0-9]{0,11}):([0-9a-f]{16})$/;
var MAX_TOKENS_VALUE = 80;
function tokensCheck(toolHash, scheme, count) {
  return sha256(`${toolHash}\0${scheme}\0${count}`).slice("sha256:".length, "sha256:".length + 16);
}
function storedTokensValue(toolHash, tokens) {
  return `${tokens.scheme}:${tokens.count}:${tokensCheck(toolHash, tokens.scheme, tokens.count)}`;
}
function verifiedTokens(value, toolHash) {
  const m = typeof value === "string" ? STORED_TOKENS.exec(value) : null;
  if (!m) return void 0;
  const tokens = { scheme: m[1], count: Number(m[2]) };
  return tokensCheck(toolHash, tokens.scheme, tokens.count) === m[3] ? tokens : void 0;
}
var STORED = /* @__PURE__ */ new WeakMap();
function storedTokenCount(tool, scheme) {
  const stored = STORED.get(tool);
  return stored && stored.scheme === scheme ? stored.count : void 0;
}
function rememberTokens(tool, value, toolHash) {
  const tokens = verifiedTokens(value, toolHash);
  if (tokens) STORED.set(tool, tokens);
}
function fileOf(source) {
  return /^git:[^:]+:(.+)$/.exec(source)?.[1] ?? source;
}
var SnapshotIntegrityError = class extends UserError {
};
function mismatch(source, index, name) {
  const which = typeof name === "string" ? ` (${JSON.stringify(name).slice(0, 80)})` : "";
  return new SnapshotIntegrityError(
    `${source}: tools[${index}]${which} does not match the sha256 stored beside it; the snapshot was edited after \`mcp-contract snapshot\` wrote it, so it may hide a change`,
    {
      hint: `regenerate it from the server and commit the result, e.g. \`npx mcp-contract snapshot --out ${fileOf(source)} -- <server command>\` (or with --url / --config, as it was made); never edit a snapshot by hand.`
    }
  );
}
function badEntry(source, index) {
  return new UserError(`${source}: tools[${index}] is not a {"sha256": "sha256:<hex>", "tool": {...}} entry (snapshot format 2)`, {
    hint: `the snapshot looks hand-edited or corrupted; regenerate it with \`npx mcp-contract snapshot --out ${fileOf(source)} -- <server command>\`.`
  });
}
function verifiedEntryTool(entry, index, source) {
  if (!isObject(entry) || typeof entry.sha256 !== "string" || !isObject(entry.tool) || typeof entry.tool.name !== "string") {
    throw badEntry(source, index);
  }
  const tool = sortToolKeys(entry.tool);
  const hash = sha256(canonicalToolText(tool));
  if (hash !== entry.sha256) throw mismatch(source, index, entry.tool.name);
  rememberToolHash(tool, hash);
  rememberTokens(tool, entry.tokens, hash);
  return tool;
}
function laidOutEntry(bytes, start, end) {
  const hashStart = start + ENTRY_HEAD.length, hashEnd = hashStart + HASH_LENGTH, toolEnd = end - ENTRY_TAIL.length;
  let middle = hashEnd, storedTokens;
  if (bytes.toString("latin1", hashEnd, hashEnd + ENTRY_TOKENS.length) === ENTRY_TOKENS) {
    const valueStart = hashEnd + ENTRY_TOKENS.length;
    const quote = bytes.indexOf(34, valueStart);
    if (quote < 0 || quote - valueStart > MAX_TOKENS_VALUE) return void 0;
    storedTokens = bytes.toString("latin1", valueStart, quote);
    middle = quote;
  }
  const toolStart = middle + ENTRY_MIDDLE.length;
  if (toolEnd <= toolStart) return void 0;
  const storedHash = bytes.toString("latin1", hashStart, hashEnd);
  const laidOut = bytes.toString("latin1", start, hashStart) === ENTRY_HEAD && bytes.toString("latin1", middle, toolStart) === ENTRY_MIDDLE && bytes.toString("latin1", toolEnd, end) === ENTRY_TAIL && HASH.test(storedHash);
  if (!laidOut) return void 0;
  return storedTokens === void 0 ? { storedHash, toolStart, toolEnd } : { storedHash, storedTokens, toolStart, toolEnd };
}
function readToolEntry(bytes, start, end, index, source, reuse) {
  const entry = laidOutEntry(bytes, start, end);
  if (entry && sha256(bytes.subarray(entry.toolStart, entry.toolEnd)) === entry.storedHash) {
    const verifiedHash = entry.storedHash;
    const known = reuse?.(verifiedHash);
    if (known) {
      if (entry.storedTokens !== void 0 && !STORED.has(known)) rememberTokens(known, entry.storedTokens, verifiedHash);
      return { tool: known, verifiedHash };
    }
    const parsed = JSON.parse(bytes.toString("utf8", entry.toolStart, entry.toolEnd));
    if (!isObject(parsed) || typeof parsed.name !== "string") throw badEntry(source, index);
    const tool = sortToolKeys(parsed);
    if (tool === parsed) {
      rememberToolHash(tool, verifiedHash);
      rememberTokens(tool, entry.storedTokens, verifiedHash);
    }
    return { tool, verifiedHash };
  }
  return { tool: verifiedEntryTool(JSON.parse(bytes.toString("utf8", start, end)), index, source) };
}

// src/count-format.ts
function formatCount(n) {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
  return (n < 0 ? "-" : "") + out;
}

// src/quality/footprint.ts
var FOOTPRINT_RULES = defineRules("quality", "src/quality/footprint.ts", "catalog", {
  "catalog-footprint-grew": [
    "info",
    "the tools cost more tokens of model context than the base, past policy.quality.footprintGrowthPercent (default 10%)"
  ],
  "catalog-token-budget-exceeded": [
    "warning",
    "the tools cost more tokens than policy.quality.maxCatalogTokens (severity: policy.quality.budgetSeverity)"
  ]
});
var TOOL_BUDGET_RULES = defineRules("quality", "src/quality/footprint.ts", "tool", {
  "tool-token-budget-exceeded": [
    "warning",
    "a new or changed tool costs more tokens than policy.quality.maxToolTokens (severity: policy.quality.budgetSeverity)"
  ]
});
var FOOTPRINT_MESSAGES = {
  "catalog-footprint-grew": ({ footprint, growth, largest }) => `The tools now cost about ${describeFootprint(footprint)} of model context on every request (${footprint.tokenizer} estimate; the threshold is ${growth}%)${largest ? `; largest growth: ${largest}` : ""}.`,
  "catalog-token-budget-exceeded": ({ tokens, tokenizer, budget }) => `The tools cost about ${formatCount(tokens)} tokens (${tokenizer} estimate), over the budget of ${formatCount(budget)} (policy.quality.maxCatalogTokens).`
};
var TOOL_BUDGET_MESSAGES = {
  "tool-token-budget-exceeded": ({ tool, tokens, tokenizer, budget }) => `Tool "${tool}" costs about ${formatCount(tokens)} tokens (${tokenizer} estimate), over the per-tool budget of ${formatCount(budget)} (policy.quality.maxToolTokens); shorten its description or schema.`
};
var catalogFinding = findingMaker(FOOTPRINT_RULES, FOOTPRINT_MESSAGES);
var toolFinding = findingMaker(TOOL_BUDGET_RULES, TOOL_BUDGET_MESSAGES);
var COUNTED_TOOL_FIELDS = ["annotations", "description", "inputSchema", "name", "outputSchema", "title"];
var COUNTED = new Set(COUNTED_TOOL_FIELDS);
var FOOTPRINT_TOP = 10;
var DEFAULT_FOOTPRINT_GROWTH_PERCENT = 10;
var MIN_FOOTPRINT_GROWTH_TOKENS = 100;
var FOOTPRINT_CAVEAT = "an estimate: other model families (Claude, Gemini, Llama) tokenize differently, see docs/quality.md";
function toolContextJson(tool) {
  let onlyCounted = true;
  for (const key in tool)
    if (!COUNTED.has(key)) {
      onlyCounted = false;
      break;
    }
  let value = tool;
  if (!onlyCounted || !isCanonicalTool(tool)) {
    value = {};
    for (const key of COUNTED_TOOL_FIELDS) if (tool[key] !== void 0) value[key] = tool[key];
  }
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof RangeError) return stringifyDeep(value);
    throw err;
  }
}
function stringifyDeep(value) {
  const out = [];
  const stack = [{ value }];
  while (stack.length) {
    const item = stack.pop();
    if ("text" in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (v === null || typeof v !== "object") {
      out.push(JSON.stringify(v) ?? "null");
      continue;
    }
    const parts = [];
    if (Array.isArray(v)) {
      parts.push({ text: "[" });
      v.forEach((x, i) => parts.push(...i ? [{ text: "," }] : [], { value: x }));
      parts.push({ text: "]" });
    } else {
      parts.push({ text: "{" });
      Object.entries(v).forEach(([k, x], i) => parts.push({ text: `${i ? "," : ""}${JSON.stringify(k)}:` }, { value: x }));
      parts.push({ text: "}" });
    }
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  }
  return out.join("");
}
var TOKEN_COUNT_SCHEME = `${TOKENIZER_NAME}/1`;
async function tokenCounterForSnapshots() {
  const counter = await loadTokenCounter();
  return (tool) => ({ scheme: TOKEN_COUNT_SCHEME, count: counter.count(toolContextJson(tool)) });
}
function countTools(snapshot, counter, byHash) {
  const perTool = /* @__PURE__ */ new Map();
  let total = 0;
  for (const tool of snapshot.tools) {
    const first = !perTool.has(tool.name);
    const hash = first ? snapshot.hashes.tools[tool.name] : void 0;
    let n = hash !== void 0 ? byHash.get(hash) : void 0;
    if (n === void 0) {
      n = storedTokenCount(tool, TOKEN_COUNT_SCHEME) ?? counter.count(toolContextJson(tool));
      if (hash !== void 0) byHash.set(hash, n);
    }
    total += n;
    if (first) perTool.set(tool.name, n);
  }
  return { total, perTool };
}
async function measureFootprint(base, head, counter) {
  const c = counter ?? await loadTokenCounter();
  const byHash = /* @__PURE__ */ new Map();
  const b = countTools(base, c, byHash), h = countTools(head, c, byHash);
  const changes = [];
  for (const name of /* @__PURE__ */ new Set([...b.perTool.keys(), ...h.perTool.keys()])) {
    const before = b.perTool.get(name) ?? 0, after = h.perTool.get(name) ?? 0;
    if (before !== after) changes.push({ tool: name, base: before, head: after, delta: after - before });
  }
  changes.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.tool < y.tool ? -1 : x.tool > y.tool ? 1 : 0));
  const delta = h.total - b.total;
  return {
    footprint: {
      tokenizer: c.name,
      base: b.total,
      head: h.total,
      delta,
      deltaPercent: b.total > 0 ? Math.round(delta / b.total * 1e3) / 10 : null,
      perTool: changes.slice(0, FOOTPRINT_TOP)
    },
    headPerTool: h.perTool
  };
}
function signed(n) {
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatCount(Math.abs(n))}`;
}
function describeFootprint(f) {
  const pct = f.deltaPercent === null ? "" : `, ${f.deltaPercent > 0 ? "+" : f.deltaPercent < 0 ? "−" : "±"}${Math.abs(f.deltaPercent)}%`;
  return `${formatCount(f.base)} → ${formatCount(f.head)} tokens (${signed(f.delta)}${pct})`;
}
function footprintFindings(result, quality, changedTools) {
  const f = result.footprint;
  const out = { new: [], existing: [] };
  const growth = quality?.footprintGrowthPercent ?? DEFAULT_FOOTPRINT_GROWTH_PERCENT;
  const subject = "tools/list";
  if (f.base > 0 && f.delta >= MIN_FOOTPRINT_GROWTH_TOKENS && f.delta / f.base * 100 >= growth) {
    const largest = f.perTool.filter((t) => t.delta > 0).slice(0, 3).map((t) => `\`${t.tool}\` ${signed(t.delta)}`).join(", ");
    out.new.push(
      catalogFinding("catalog-footprint-grew", { subject, path: "", before: f.base, after: f.head }, { footprint: f, growth, largest })
    );
  }
  const severity = quality?.budgetSeverity;
  if (quality?.maxCatalogTokens !== void 0 && f.head > quality.maxCatalogTokens) {
    out.new.push(
      catalogFinding(
        "catalog-token-budget-exceeded",
        { subject, path: "", before: f.base, after: f.head, ...severity ? { severity } : {} },
        { tokens: f.head, tokenizer: f.tokenizer, budget: quality.maxCatalogTokens }
      )
    );
  }
  if (quality?.maxToolTokens !== void 0) {
    for (const [tool, n] of result.headPerTool) {
      if (n <= quality.maxToolTokens) continue;
      const finding13 = toolFinding(
        "tool-token-budget-exceeded",
        { subject: tool, path: "", after: n, ...severity ? { severity } : {} },
        { tool, tokens: n, tokenizer: f.tokenizer, budget: quality.maxToolTokens }
      );
      (changedTools.has(tool) ? out.new : out.existing).push(finding13);
    }
  }
  return out;
}

// src/catalog/deprecation.ts
var DEPRECATED_PREFIX = /^\s*(\[\s*deprecated\s*\]|\(\s*deprecated\s*\)|deprecated\b)/i;
var DEPRECATED_SHOUTED = /\bDEPRECATED\b/;
var DEPRECATED_TITLE = /^\s*deprecated\b|[([]\s*deprecated\s*[)\]]/i;
var DEPRECATION_META_KEY = /(^|[/.:])(deprecated|deprecation)$/i;
var SUNSET_KEYS = ["sunset", "sunsetDate", "removalDate", "removeAfter", "removal", "removedAfter", "until"];
var ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
function dateIn(value) {
  if (typeof value !== "string") return void 0;
  const m = ISO_DATE.exec(value);
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : void 0;
}
function fromMetaValue(value) {
  if (value === true) return { deprecated: true };
  if (typeof value === "string") return { deprecated: true, ...withSunset(dateIn(value)) };
  if (isObject(value)) {
    if (value.deprecated === false) return void 0;
    const sunset = SUNSET_KEYS.map((k) => dateIn(value[k])).find(Boolean);
    return { deprecated: true, ...withSunset(sunset) };
  }
  return void 0;
}
function withSunset(sunset) {
  return sunset ? { sunset } : {};
}
function deprecationOf(tool) {
  const meta = tool._meta;
  if (isObject(meta)) {
    for (const key of Object.keys(meta).sort()) {
      if (!DEPRECATION_META_KEY.test(key)) continue;
      const found = fromMetaValue(meta[key]);
      if (found) return { ...found, marker: `/_meta/${pointerToken(key)}` };
    }
  }
  const description = typeof tool.description === "string" ? tool.description : "";
  if (DEPRECATED_PREFIX.test(description) || DEPRECATED_SHOUTED.test(description)) {
    return { deprecated: true, ...withSunset(dateIn(description)), marker: "/description" };
  }
  if (typeof tool.title === "string" && DEPRECATED_TITLE.test(tool.title)) {
    return { deprecated: true, ...withSunset(dateIn(description)), marker: "/title" };
  }
  return { deprecated: false };
}
function sunsetPassed(dep, now) {
  if (!dep.deprecated || !dep.sunset) return false;
  return Date.parse(dep.sunset + "T23:59:59.999Z") < now.getTime();
}

// src/quality/near-duplicates.ts
var NEAR_IDENTICAL_JACCARD = 0.9;
var MAX_VERIFICATIONS = 2e5;
function wordsOf(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
function descriptionSimilarity(a, b) {
  const wordIds = /* @__PURE__ */ new Map(), shingleIds = /* @__PURE__ */ new Map();
  const wa = wordIdsOf(a, wordIds), wb = wordIdsOf(b, wordIds);
  const numericKeys = wordIds.size < WORD_ID_LIMIT;
  const x = shingleIdsOf(wa, numericKeys, shingleIds), y = shingleIdsOf(wb, numericKeys, shingleIds);
  return x.length && y.length ? jaccardSorted(x, y) : 0;
}
function wordIdsOf(text, wordIds) {
  return wordsOf(text).map((w) => {
    let id = wordIds.get(w);
    if (id === void 0) wordIds.set(w, id = wordIds.size);
    return id;
  });
}
function shingleIdsOf(words, numericKeys, shingleIds) {
  const k = Math.min(3, words.length);
  const ids = [];
  for (let i = 0; i + k <= words.length && k > 0; i++) {
    let key;
    if (numericKeys) {
      key = k;
      for (let j = i; j < i + k; j++) key = key * WORD_ID_LIMIT + words[j];
    } else key = words.slice(i, i + k).join(",");
    let id = shingleIds.get(key);
    if (id === void 0) shingleIds.set(key, id = shingleIds.size);
    ids.push(id);
  }
  return Int32Array.from(new Set(ids)).sort();
}
function jaccardSorted(a, b) {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}
var WORD_ID_LIMIT = 131072;
function nearIdenticalPairs(tools, threshold = NEAR_IDENTICAL_JACCARD) {
  const seen = /* @__PURE__ */ new Set();
  const wordIds = /* @__PURE__ */ new Map(), shingleIds = /* @__PURE__ */ new Map();
  const described = [];
  for (const t of tools) {
    if (seen.has(t.name) || typeof t.description !== "string") continue;
    seen.add(t.name);
    described.push({ name: t.name, words: wordIdsOf(t.description, wordIds) });
  }
  const numericKeys = wordIds.size < WORD_ID_LIMIT;
  const groups = /* @__PURE__ */ new Map();
  for (const t of described) {
    const set = shingleIdsOf(t.words, numericKeys, shingleIds);
    if (set.length === 0) continue;
    const key = set.join(",");
    const group = groups.get(key);
    if (group) group.names.push(t.name);
    else groups.set(key, { names: [t.name], set });
  }
  const pairs = [];
  const push2 = (x, y, similarity2) => pairs.push(x < y ? { a: x, b: y, similarity: similarity2 } : { a: y, b: x, similarity: similarity2 });
  for (const g of groups.values()) for (const other of g.names.slice(1)) push2(g.names[0], other, 1);
  const sets = [...groups.values()];
  const frequency = new Int32Array(shingleIds.size);
  for (const g of sets) for (const id of g.set) frequency[id]++;
  const order = (x, y) => frequency[x] - frequency[y] || x - y;
  sets.sort((x, y) => x.set.length - y.set.length);
  const index = /* @__PURE__ */ new Map();
  let verifications = 0;
  for (let i = 0; i < sets.length && verifications < MAX_VERIFICATIONS; i++) {
    const g = sets[i];
    const tokens = Array.from(g.set).sort(order);
    const prefix = tokens.slice(0, tokens.length - Math.ceil(threshold * tokens.length) + 1);
    const candidates2 = /* @__PURE__ */ new Set();
    for (const tok of prefix) for (const j of index.get(tok) ?? []) candidates2.add(j);
    for (const j of candidates2) {
      const other = sets[j];
      if (other.set.length < threshold * g.set.length) continue;
      if (++verifications > MAX_VERIFICATIONS) break;
      const sim = jaccardSorted(g.set, other.set);
      if (sim >= threshold) push2(other.names[0], g.names[0], Math.round(sim * 1e3) / 1e3);
    }
    for (const tok of prefix) (index.get(tok) ?? index.set(tok, []).get(tok)).push(i);
  }
  return pairs.sort((x, y) => x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);
}

// src/quality/schema-validity.ts
var DIALECT_BY_URL = {
  "json-schema.org/draft/2020-12/schema": "2020-12",
  "json-schema.org/draft/2019-09/schema": "2019-09",
  "json-schema.org/draft-07/schema": "draft-07",
  "json-schema.org/draft-06/schema": "draft-06"
};
function dialectOf2(schema) {
  const declared = schema !== null && typeof schema === "object" && !Array.isArray(schema) ? schema.$schema : void 0;
  if (typeof declared !== "string") return "2020-12";
  return DIALECT_BY_URL[declared.trim().replace(/^https?:\/\//, "").replace(/#$/, "")] ?? null;
}
var VALIDATOR_MODULES = {
  "2020-12": () => import("./draft-2020-12-S4LMUQDX.js"),
  "2019-09": () => import("./draft-2019-09-6OG7GY3F.js"),
  "draft-07": () => import("./draft-07-4IVHPLMQ.js"),
  "draft-06": () => import("./draft-06-FIQ2BJXZ.js")
};
var DIALECTS = Object.keys(VALIDATOR_MODULES);
var loadingValidator = /* @__PURE__ */ new Map();
function loadValidator(dialect) {
  let loading2 = loadingValidator.get(dialect);
  if (!loading2) loadingValidator.set(dialect, loading2 = VALIDATOR_MODULES[dialect]().then((m) => m.default));
  return loading2;
}
function prepareSchemaChecker() {
  loadValidator("2020-12").catch(() => void 0);
}
async function loadSchemaChecker(schemas) {
  const wanted = /* @__PURE__ */ new Set();
  if (schemas === void 0) for (const d of DIALECTS) wanted.add(d);
  else
    for (const schema of schemas) {
      const d = dialectOf2(schema);
      if (d !== null) wanted.add(d);
    }
  const validators = {};
  await Promise.all([...wanted].map(async (d) => validators[d] = await loadValidator(d)));
  return { problem: (schema) => schemaProblem(validators, schema) };
}
function errorsText(errors) {
  return (errors ?? []).map((e) => `schema${e.instancePath} ${e.message ?? "is invalid"}`).join(", ") || "schema is invalid";
}
function schemaProblem(validators, schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema))
    return `it is ${schema === null ? "null" : Array.isArray(schema) ? "an array" : `a ${typeof schema}`}, not a schema object`;
  const dialect = dialectOf2(schema);
  if (dialect === null) return void 0;
  const validate = validators[dialect];
  if (!validate) throw new Error(`internal: the ${dialect} meta-schema validator was not loaded for this checker`);
  try {
    if (validate(schema) !== true) return errorsText(validate.errors);
  } catch (err) {
    if (err instanceof RangeError) return void 0;
    return String(err.message ?? err).split("\n")[0];
  }
  return refOrPatternProblem(schema);
}
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["enum", "const", "default", "examples", "example"]);
function regexProblem(source, where) {
  try {
    new RegExp(source);
    return void 0;
  } catch {
    return `${where || "/"}: ${JSON.stringify(source)} is not a valid regular expression`;
  }
}
function resolvePointer(root, pointer) {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = unescapePointerToken(decodeURIComponent(raw));
    if (node === null || typeof node !== "object") return false;
    node = Array.isArray(node) ? node[Number(key)] : node[key];
    if (node === void 0) return false;
  }
  return true;
}
function collectIds(root) {
  const ids = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      if ((k === "$id" || k === "id") && typeof v === "string") ids.add(v.replace(/#$/, ""));
      else if ((k === "$anchor" || k === "$dynamicAnchor") && typeof v === "string") ids.add("#" + v);
      else if (!DATA_KEYWORDS.has(k)) stack.push(v);
    }
  }
  return ids;
}
function refOrPatternProblem(root) {
  let ids;
  const stack = [{ node: root, at: "" }];
  while (stack.length) {
    const { node, at } = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const children = [];
    if (Array.isArray(node)) node.forEach((v, i) => children.push({ node: v, at: `${at}/${i}` }));
    else {
      for (const [k, v] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(k)) continue;
        const where = `${at}/${pointerToken(k)}`;
        if (k === "pattern" && typeof v === "string") {
          const p = regexProblem(v, where);
          if (p) return p;
        } else if (k === "patternProperties" && v !== null && typeof v === "object" && !Array.isArray(v)) {
          for (const source of Object.keys(v)) {
            const p = regexProblem(source, where);
            if (p) return p;
          }
        } else if ((k === "$ref" || k === "$dynamicRef") && typeof v === "string") {
          if (v === "#" || v.startsWith("#/") && resolvePointer(root, v.slice(1))) continue;
          ids ??= collectIds(root);
          if (ids.has(v.replace(/#$/, "")) || v.startsWith("#") && ids.has(v)) continue;
          return `${where}: the reference ${JSON.stringify(v)} does not resolve inside the schema (clients do not fetch remote schemas)`;
        }
        children.push({ node: v, at: where });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return void 0;
}

// src/catalog/protocol-revision.ts
var REVISION_2026_07_28 = "2026-07-28";
var REVISION = /^\d{4}-\d{2}-\d{2}$/;
function revisionAtLeast(protocolVersion, revision) {
  if (protocolVersion === void 0 || !REVISION.test(protocolVersion)) return void 0;
  return protocolVersion >= revision;
}
function mcpHeadersInForce(protocolVersion) {
  return revisionAtLeast(protocolVersion, REVISION_2026_07_28) !== false;
}
function outputRootMustBeObject(protocolVersion) {
  return revisionAtLeast(protocolVersion, REVISION_2026_07_28) !== true;
}

// src/quality/lint.ts
var LINT_RULES = defineRules("quality", "src/quality/lint.ts", "tool", {
  "tool-description-missing": ["warning", "lint: a tool has no description; models choose tools by their descriptions"],
  "tool-description-too-short": [
    "info",
    "lint: a tool description is shorter than policy.quality.minDescriptionLength (default 20 characters)"
  ],
  "tool-name-invalid": [
    "warning",
    "lint: a tool name is outside the spec's recommended ^[A-Za-z0-9._-]{1,128}$; some hosts reject or rewrite it"
  ],
  "tool-descriptions-near-identical": [
    "warning",
    "lint: two tools have identical or near-identical descriptions (word-triple Jaccard ≥ 0.9); models cannot tell them apart"
  ],
  "input-parameter-undocumented": ["info", "lint: a top-level input parameter has no description"],
  "input-parameter-name-ambiguous": [
    "warning",
    "lint: an undocumented parameter has a name that says nothing (filter, data, input, value, args, …)"
  ],
  "input-required-parameter-has-default": [
    "warning",
    "lint: a required parameter carries a default (a common zod artifact): servers usually accept omission, strict clients do not"
  ],
  "input-schema-invalid": [
    "warning",
    "lint: the inputSchema is not valid JSON Schema for its declared dialect (2020-12 by default; 2019-09, draft-07, draft-06 when declared), or not an object schema"
  ],
  "output-schema-invalid": [
    "warning",
    "lint: the outputSchema is not valid JSON Schema for its declared dialect, or (up to protocol 2025-11-25) not an object schema"
  ]
});
var LINT_MESSAGES = {
  "tool-description-missing": ({ tool }) => `Tool "${tool}" has no description; models choose tools by their descriptions, so it may be called for the wrong task or not at all.`,
  "tool-description-too-short": ({ tool, length, minimum }) => `Tool "${tool}" has a description of ${length} characters, under the minimum of ${minimum} (policy.quality.minDescriptionLength): say what it does, when to use it and what it returns.`,
  "tool-name-invalid": ({ name, problem }) => `Tool name ${q(name)} ${problem}; the MCP spec recommends 1–128 characters from A–Z, a–z, 0–9, "_", "-" and ".", and some hosts reject or rewrite other names.`,
  "tool-descriptions-near-identical": ({ a, b, similarity: similarity2 }) => `Tools "${a}" and "${b}" have ${similarity2 >= 1 ? "identical descriptions" : `near-identical descriptions (${Math.floor(similarity2 * 100)}% of their word triples shared)`}; a model cannot tell which one to call. Say in each what sets it apart.`,
  "input-parameter-undocumented": ({ tool, param }) => `Tool "${tool}": parameter ${q(param)} has no description; models guess its meaning and format from the name alone.`,
  "input-parameter-name-ambiguous": ({ tool, param }) => `Tool "${tool}": parameter ${q(param)} has a name that does not say what to pass and no description; models guess its content. Rename it (e.g. what it filters by) or describe it.`,
  "input-required-parameter-has-default": ({ tool, param, value }) => `Tool "${tool}": parameter ${q(param)} is required but has a default (${JSON.stringify(value)}); strict clients always send it, so the default never applies. Make it optional, or drop the default.`,
  "input-schema-invalid": schemaProblemMessage,
  "output-schema-invalid": schemaProblemMessage
};
function schemaProblemMessage({ tool, key, problem }) {
  return `Tool "${tool}": the ${key} is not valid JSON Schema: ${problem}.`;
}
var finding = findingMaker(LINT_RULES, LINT_MESSAGES);
var TOOL_NAME = /^[A-Za-z0-9._-]{1,128}$/;
var DEFAULT_MIN_DESCRIPTION_LENGTH = 20;
var AMBIGUOUS_PARAMETER_NAMES = /* @__PURE__ */ new Set([
  "filter",
  "data",
  "input",
  "value",
  "val",
  "args",
  "arg",
  "arguments",
  "params",
  "param",
  "parameters",
  "options",
  "opts",
  "payload",
  "obj",
  "object",
  "item",
  "info",
  "misc",
  "extra",
  "tmp",
  "temp",
  "x",
  "foo"
]);
function describedBy(prop, root) {
  if (!isObject(prop)) return void 0;
  if (typeof prop.description === "string" && prop.description.trim()) return prop.description;
  const ref = prop.$ref;
  const m = typeof ref === "string" ? /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref) : null;
  const defs = m ? root[m[1]] : void 0;
  const target = m && isObject(defs) ? defs[unescapePointerToken(m[2])] : void 0;
  return isObject(target) && typeof target.description === "string" && target.description.trim() ? target.description : void 0;
}
function nameProblem(name) {
  if (TOOL_NAME.test(name)) return void 0;
  if (name.length === 0) return "is empty";
  if (name.length > 128) return `is ${name.length} characters long (at most 128)`;
  const bad = [...new Set(name.replace(/[A-Za-z0-9._-]/g, ""))].slice(0, 5).map((c) => q(c)).join(", ");
  return `contains characters outside A–Z, a–z, 0–9, "_", "-" and "." (${bad})`;
}
function codePointsUpTo(text, limit) {
  if (text.length >= 2 * limit) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function lintTool(tool, name, ctx) {
  const out = [];
  lintToolInto(tool, name, ctx, (rule, fields, args) => out.push(finding(rule, fields, args)));
  return out;
}
function lintToolInto(tool, name, ctx, emit) {
  const problem = nameProblem(tool.name);
  if (problem) emit("tool-name-invalid", { subject: name, path: "/name", after: tool.name }, { name: tool.name, problem });
  const description = typeof tool.description === "string" ? tool.description.trim() : "";
  const length = description ? codePointsUpTo(description, ctx.minDescription) : 0;
  if (!description) {
    emit("tool-description-missing", { subject: name, path: "/description" }, { tool: name });
  } else if (length < ctx.minDescription) {
    emit(
      "tool-description-too-short",
      { subject: name, path: "/description", after: tool.description },
      { tool: name, length, minimum: ctx.minDescription }
    );
  }
  const input = tool.inputSchema;
  if (isObject(input) && isObject(input.properties)) {
    const required = new Set(Array.isArray(input.required) ? input.required.filter((r) => typeof r === "string") : []);
    for (const [param, schema] of Object.entries(input.properties)) {
      const path3 = `/inputSchema/properties/${pointerToken(param)}`;
      if (!describedBy(schema, input)) {
        if (AMBIGUOUS_PARAMETER_NAMES.has(param.toLowerCase()))
          emit("input-parameter-name-ambiguous", { subject: name, path: path3 }, { tool: name, param });
        else emit("input-parameter-undocumented", { subject: name, path: path3 }, { tool: name, param });
      }
      if (required.has(param) && isObject(schema) && schema.default !== void 0) {
        emit(
          "input-required-parameter-has-default",
          { subject: name, path: path3, after: schema.default },
          { tool: name, param, value: schema.default }
        );
      }
    }
  }
  for (const [key, rule] of [
    ["inputSchema", "input-schema-invalid"],
    ["outputSchema", "output-schema-invalid"]
  ]) {
    const schema = tool[key];
    if (schema === void 0 || !ctx.checker || !ctx.schemas?.includes(key)) continue;
    let problem2 = ctx.checker.problem(schema);
    if (!problem2 && isObject(schema) && schema.type !== void 0 && schema.type !== "object" && (key === "inputSchema" || outputRootMustBeObject(ctx.protocolVersion))) {
      problem2 = `its root type is ${JSON.stringify(schema.type)}; MCP requires "type": "object"`;
    }
    if (problem2) emit(rule, { subject: name, path: `/${key}` }, { tool: name, key, problem: problem2 });
  }
}
function firstByName(tools) {
  const map = /* @__PURE__ */ new Map();
  for (const t of tools) if (!map.has(t.name)) map.set(t.name, t);
  return map;
}
var lintKey = (f) => `${f.rule}\0${f.path}`;
var pairKey = (a, b) => a < b ? `${a}\0${b}` : `${b}\0${a}`;
function pairFinding(p) {
  return finding(
    "tool-descriptions-near-identical",
    { subject: p.b, path: "/description", extra: { other: p.a, similarity: p.similarity } },
    p
  );
}
async function lintCatalogs(base, head, opts = {}) {
  const minDescription = opts.quality?.minDescriptionLength ?? DEFAULT_MIN_DESCRIPTION_LENGTH, protocolVersion = head.protocolVersion;
  const renamedFrom = /* @__PURE__ */ new Map();
  const alreadyReported = /* @__PURE__ */ new Set();
  const successors = /* @__PURE__ */ new Set();
  for (const f of opts.diffFindings ?? []) {
    if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
    if (f.rule === "tool-dual-registered" && typeof f.extra?.from === "string") successors.add(pairKey(f.extra.from, f.subject));
    if (f.rule.endsWith("required-with-default")) alreadyReported.add(`${f.subject}\0${f.path}`);
  }
  const baseTools = firstByName(base.tools);
  const result = { new: [], existing: [], existingCounts: /* @__PURE__ */ new Map(), changedTools: /* @__PURE__ */ new Set() };
  const countExisting = (rule) => result.existingCounts.set(rule, (result.existingCounts.get(rule) ?? 0) + 1);
  const changed = [];
  for (const [name, tool] of firstByName(head.tools)) {
    const peerName = baseTools.has(name) ? name : renamedFrom.get(name);
    const peer = peerName !== void 0 ? baseTools.get(peerName) : void 0;
    const unchanged = peer !== void 0 && peerName === name && base.hashes.tools[name] !== void 0 && base.hashes.tools[name] === head.hashes.tools[name];
    if (unchanged) {
      if (opts.listExisting === false) lintToolInto(tool, name, { minDescription, protocolVersion }, countExisting);
      else result.existing.push(...lintTool(tool, name, { minDescription, protocolVersion }));
      continue;
    }
    result.changedTools.add(name);
    const schemas = ["inputSchema", "outputSchema"].filter(
      (k) => tool[k] !== void 0 && (!peer || !equalJson(peer[k], tool[k]))
    );
    changed.push({ name, tool, peer, schemas });
  }
  const checked = changed.flatMap(({ tool, peer, schemas }) => schemas.flatMap((k) => [tool[k], peer?.[k]]).filter((x) => x !== void 0));
  const checker = checked.length ? await loadSchemaChecker(checked) : void 0;
  for (const { name, tool, peer, schemas } of changed) {
    const found = lintTool(tool, name, { minDescription, protocolVersion, checker, schemas });
    const had = new Set(
      (peer && found.length ? lintTool(peer, name, { minDescription, protocolVersion, checker, schemas }) : []).map(lintKey)
    );
    for (const f of found) {
      if (had.has(lintKey(f))) result.existing.push(f);
      else if (f.rule === "input-required-parameter-has-default" && alreadyReported.has(`${name}\0${f.path}`)) continue;
      else result.new.push(f);
    }
  }
  const deprecated = new Set(head.tools.filter((t) => deprecationOf(t).deprecated).map((t) => t.name));
  const headPairs = nearIdenticalPairs(head.tools).filter(
    (p) => !successors.has(pairKey(p.a, p.b)) && !deprecated.has(p.a) && !deprecated.has(p.b)
  );
  for (const p of headPairs) {
    const da = baseTools.get(renamedFrom.get(p.a) ?? p.a)?.description, db = baseTools.get(renamedFrom.get(p.b) ?? p.b)?.description;
    const before = typeof da === "string" && typeof db === "string" ? descriptionSimilarity(da, db) : 0;
    (before >= NEAR_IDENTICAL_JACCARD ? result.existing : result.new).push(pairFinding(p));
  }
  return result;
}

// src/catalog/mcp-headers.ts
var MCP_HEADER_KEYWORD = "x-mcp-header";
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["string", "integer", "boolean"]);
var ONE_SCHEMA = /* @__PURE__ */ new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else"
]);
var SCHEMA_LIST = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
var SCHEMA_MAP = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"]);
function problemKeysOf(d) {
  return d.problems.map((p) => `${d.pointer}\0${p}`);
}
function describeParameter(d) {
  return d.parameter && d.parameter.length ? `parameter ${JSON.stringify(d.parameter.join("."))}` : `the schema at ${JSON.stringify(d.pointer || "/")}`;
}
function headerName(value) {
  return `Mcp-Param-${typeof value === "string" ? value : JSON.stringify(value)}`;
}
function typeProblem(type) {
  if (type === void 0) return void 0;
  const types = Array.isArray(type) ? type : [type];
  const bad = types.filter((t) => !(typeof t === "string" && (ALLOWED_TYPES.has(t) || t === "null" && types.length > 1)));
  if (!bad.length) return void 0;
  const number = bad.includes("number") ? ' ("number" is explicitly excluded: use "integer")' : "";
  return `is on a parameter of type ${JSON.stringify(type)}, but only integer, string and boolean parameters may carry a header${number}`;
}
function valueProblems(value) {
  if (typeof value !== "string") return [["not-a-string", `is ${JSON.stringify(value)}, not a string`]];
  if (value === "") return [["empty", "is empty"]];
  if (TOKEN.test(value)) return [];
  if (/[\u0000-\u001f\u007f]/.test(value)) return [["control-character", "contains a control character (CR, LF, tab, …)"]];
  const bad = [...new Set(value.replace(/[!#$%&'*+\-.^_`|~0-9A-Za-z]/g, ""))].slice(0, 5).map((c) => c === " " ? "a space" : JSON.stringify(c)).join(", ");
  return [
    ["not-a-token", `contains ${bad}, outside the HTTP token characters (letters, digits and !#$%&'*+-.^_\`|~; RFC 9110 section 5.1)`]
  ];
}
function readMcpHeaders(inputSchema) {
  if (!isObject(inputSchema)) return { declarations: [], parameters: /* @__PURE__ */ new Set() };
  let reading = READINGS.get(inputSchema);
  if (!reading) READINGS.set(inputSchema, reading = readSchema(inputSchema));
  return reading;
}
var READINGS = /* @__PURE__ */ new WeakMap();
function pointerOf(visit) {
  const parts = [];
  for (let v = visit; v && v.parent; v = v.parent)
    parts.push(v.member === null ? `/${pointerToken(v.keyword)}` : `/${pointerToken(v.keyword)}/${pointerToken(v.member)}`);
  return parts.reverse().join("");
}
function chainOf(visit) {
  if (!visit.parent) return [];
  if (visit.keyword !== "properties" || visit.member === null) return null;
  const above = chainOf(visit.parent);
  return above && [...above, visit.member];
}
function staticParameters(inputSchema) {
  const out = /* @__PURE__ */ new Set();
  const stack = [{ node: inputSchema, pointer: "" }];
  while (stack.length) {
    const { node, pointer } = stack.pop();
    if (!isObject(node) || !isObject(node.properties)) continue;
    for (const name of Object.keys(node.properties)) {
      const sub = node.properties[name];
      if (!isObject(sub)) continue;
      const at = `${pointer}/properties/${pointerToken(name)}`;
      out.add(at);
      stack.push({ node: sub, pointer: at });
    }
  }
  return out;
}
function forEachSubschema(node, visit) {
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (SCHEMA_MAP.has(k) && isObject(v)) {
      for (const name of Object.keys(v)) {
        const sub = v[name];
        if (isObject(sub)) visit(sub, k, name);
      }
    } else if (SCHEMA_LIST.has(k) && Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const sub = v[i];
        if (isObject(sub)) visit(sub, k, i);
      }
    } else if (ONE_SCHEMA.has(k) && isObject(v)) visit(v, k, null);
  }
}
function declaresHeader(inputSchema) {
  const stack = [inputSchema];
  const push2 = (sub) => {
    stack.push(sub);
  };
  while (stack.length) {
    const node = stack.pop();
    if (Object.prototype.hasOwnProperty.call(node, MCP_HEADER_KEYWORD)) return true;
    forEachSubschema(node, push2);
  }
  return false;
}
function schemasWithHeader(inputSchema) {
  if (!declaresHeader(inputSchema)) return [];
  const found = [];
  const stack = [{ node: inputSchema, parent: null, keyword: "", member: null }];
  const children = [];
  while (stack.length) {
    const visit = stack.pop();
    if (Object.prototype.hasOwnProperty.call(visit.node, MCP_HEADER_KEYWORD)) found.push(visit);
    children.length = 0;
    forEachSubschema(
      visit.node,
      (node, keyword, member) => children.push({ node, parent: visit, keyword, member: member === null ? null : String(member) })
    );
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}
function readSchema(inputSchema) {
  let parameters;
  const reading = {
    declarations: [],
    // Only a diff that compares declarations asks; most schemas declare no header.
    get parameters() {
      return parameters ??= staticParameters(inputSchema);
    }
  };
  const found = schemasWithHeader(inputSchema).map((visit) => ({ node: visit.node, pointer: pointerOf(visit), chain: chainOf(visit) }));
  const firstByName3 = /* @__PURE__ */ new Map();
  for (const { node, pointer, chain } of found) {
    const value = node[MCP_HEADER_KEYWORD];
    const issues = [...valueProblems(value)];
    const type = typeProblem(node.type);
    if (type) issues.push(["type-not-allowed", type]);
    if (!chain || chain.length === 0) {
      issues.push([
        "not-statically-reachable",
        chain ? "is on the schema root, not on a property" : 'is not statically reachable from the schema root (only a chain of "properties" keys is: not items, anyOf/oneOf/allOf/not, if/then/else, $defs or $ref)'
      ]);
    }
    const declaration = {
      pointer,
      value,
      parameter: chain && chain.length ? chain : null,
      problems: [],
      reasons: []
    };
    if (typeof value === "string" && value !== "") {
      const first = firstByName3.get(value.toLowerCase());
      if (first)
        issues.push([
          "duplicate",
          `repeats the header name of ${describeParameter(first)} (${JSON.stringify(first.value)}; header names compare case-insensitively)`
        ]);
      else firstByName3.set(value.toLowerCase(), declaration);
    }
    declaration.problems = issues.map(([p]) => p);
    declaration.reasons = issues.map(([, r]) => r);
    reading.declarations.push(declaration);
  }
  return reading;
}
function invalidHeaderMessage(tool, d, isNew) {
  const lead = isNew === "new-tool" ? `Tool "${tool}" is new, but ${describeParameter(d)}` : `Tool "${tool}": ${describeParameter(d)}`;
  return `${lead} declares x-mcp-header ${q(d.value)}, which ${d.reasons.join(", and ")}. Clients on the Streamable HTTP transport MUST exclude a tool with an invalid x-mcp-header from tools/list (MCP 2026-07-28, server/tools "x-mcp-header"), so "${tool}" disappears for every HTTP client${isNew === "changed" ? " that could call it before" : ""}. Fix the declaration or remove it.`;
}

// src/catalog/deprecated-features.ts
var SEP_2577 = "is deprecated in MCP 2026-07-28 (SEP-2577; removal no earlier than the first revision on or after 2027-07-28)";
var DEPRECATED_FEATURES = [
  {
    name: "Logging",
    path: "/capabilities/logging",
    evidence: "advertises the logging capability",
    deprecation: SEP_2577,
    migration: "log to stderr (stdio) or use OpenTelemetry",
    read: (c) => ({ uses: c.capabilities.logging !== void 0 && c.capabilities.logging !== null, value: c.capabilities.logging ?? null })
  },
  {
    name: "Roots",
    path: "/serverRequests",
    evidence: "asked the client for roots/list during the capture",
    deprecation: SEP_2577,
    migration: "take directories or files as tool parameters, resource URIs or server configuration",
    read: (c) => c.serverRequests === void 0 ? void 0 : { uses: c.serverRequests.includes("roots/list"), value: "roots/list" }
  },
  {
    name: "Sampling",
    path: "/serverRequests",
    evidence: "asked the client for sampling/createMessage during the capture",
    deprecation: SEP_2577,
    migration: "call an LLM provider's API directly",
    read: (c) => c.serverRequests === void 0 ? void 0 : { uses: c.serverRequests.includes("sampling/createMessage"), value: "sampling/createMessage" }
  },
  {
    name: "the HTTP+SSE transport",
    path: "/transport",
    evidence: "answers only over the legacy HTTP+SSE transport",
    deprecation: "has been deprecated since MCP 2025-03-26 (Deprecated under the feature lifecycle in 2026-07-28, SEP-2596)",
    migration: "serve Streamable HTTP",
    read: (c) => c.transport === void 0 ? void 0 : { uses: c.transport === "sse", value: c.transport }
  }
];
function deprecatedFeatureUses(base, head) {
  const out = [];
  for (const feature of DEPRECATED_FEATURES) {
    const now = feature.read(head);
    if (now?.uses) out.push({ feature, value: now.value, before: feature.read(base)?.uses });
  }
  return out;
}

// src/quality/protocol.ts
var PROTOCOL_LINT_RULES = defineRules("quality", "src/quality/protocol.ts", "tool", {
  "input-mcp-header-invalid": [
    "breaking",
    "lint: an x-mcp-header declaration breaks the 2026-07-28 constraints (token syntax, integer/string/boolean type, statically reachable, unique); HTTP clients drop the tool from tools/list"
  ]
});
var PROTOCOL_SERVER_LINT_RULES = defineRules("quality", "src/quality/protocol.ts", "server", {
  "tools-list-order-nondeterministic": [
    "warning",
    "lint: tools/list returned the same tools in a different order when read twice (2026-07-28: servers SHOULD keep the order deterministic); clients cannot cache the list and prompt caches miss"
  ],
  "deprecated-feature-in-use": [
    "info",
    "lint: the server keeps depending on a feature the 2026-07-28 specification deprecates (Roots, Sampling, Logging, HTTP+SSE); reported, not gated (the diff warns when it is adopted)"
  ]
});
var PROTOCOL_SERVER_MESSAGES = {
  "tools-list-order-nondeterministic": ({ baseChecked }) => `tools/list returned its tools in a different order when mcp-contract read it twice${baseChecked ? "" : " (the base capture did not check the order)"}: clients that cache the list see a change every time, and a model prompt built from it misses the prompt cache. Sort the tools (e.g. by name) or keep registration order stable; the snapshot is stored in canonical order either way.`,
  "deprecated-feature-in-use": ({ feature, baseKnown }) => `The server ${feature.evidence}${baseKnown ? ", as before" : " (the base snapshot does not record whether it did before)"}: ${feature.name} ${feature.deprecation}; plan to ${feature.migration}.`
};
var serverFinding = findingMaker(PROTOCOL_SERVER_LINT_RULES, PROTOCOL_SERVER_MESSAGES);
function lintServer(base, head, result) {
  const subject = head.server.name ?? base.server.name ?? "server";
  if (head.listOrder?.tools === "unstable") {
    const baseChecked = base.listOrder?.tools !== void 0;
    const order = serverFinding("tools-list-order-nondeterministic", { subject, path: "/listOrder/tools" }, { baseChecked });
    (base.listOrder?.tools === "stable" ? result.new : result.existing).push(order);
  }
  for (const { feature, value, before } of deprecatedFeatureUses(base, head)) {
    if (before === false) continue;
    result.existing.push(
      serverFinding("deprecated-feature-in-use", { subject, path: feature.path, after: value }, { feature, baseKnown: before === true })
    );
  }
}
function lintProtocol(base, head, diffFindings = []) {
  const result = { new: [], existing: [] };
  lintServer(base, head, result);
  if (!mcpHeadersInForce(head.protocolVersion)) return result;
  const renamedFrom = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  for (const f of diffFindings) {
    if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
    if (f.rule === "input-mcp-header-became-invalid") reported.add(`${f.subject}\0${f.path}`);
  }
  const baseTools = new Map(base.tools.map((t) => [t.name, t]).reverse());
  const baseInForce = mcpHeadersInForce(base.protocolVersion);
  const seen = /* @__PURE__ */ new Set();
  for (const tool of head.tools) {
    if (seen.has(tool.name)) continue;
    seen.add(tool.name);
    const invalid = readMcpHeaders(tool.inputSchema).declarations.filter((d) => d.problems.length > 0);
    if (!invalid.length) continue;
    const peer = baseTools.get(baseTools.has(tool.name) ? tool.name : renamedFrom.get(tool.name) ?? "");
    const had = new Set(peer && baseInForce ? readMcpHeaders(peer.inputSchema).declarations.flatMap(problemKeysOf) : []);
    for (const d of invalid) {
      const path3 = `/inputSchema${d.pointer}/${MCP_HEADER_KEYWORD}`;
      const existing = problemKeysOf(d).every((k) => had.has(k));
      if (!existing && reported.has(`${tool.name}\0${path3}`)) continue;
      const finding13 = makeFinding(PROTOCOL_LINT_RULES["input-mcp-header-invalid"], {
        subject: tool.name,
        path: path3,
        after: d.value,
        message: invalidHeaderMessage(tool.name, d, existing ? "existing" : peer ? "changed" : "new-tool")
      });
      (existing ? result.existing : result.new).push(finding13);
    }
  }
  return result;
}

// src/diff/annotations.ts
var ANNOTATION_RULES = defineRules("change", "src/diff/annotations.ts", "tool", {
  "annotation-read-only-removed": [
    "breaking",
    "a tool that was read-only (effective readOnlyHint) may now modify its environment; hosts that auto-approve read-only tools are now wrong"
  ],
  "annotation-destructive-added": [
    "breaking",
    "a non-read-only tool became destructive (effective destructiveHint false → true): a safety escalation"
  ],
  "annotation-idempotent-removed": [
    "warning",
    "a non-read-only tool is no longer idempotent (effective idempotentHint true → false): retries are no longer safe"
  ],
  "annotation-open-world-added": ["warning", "a tool now reaches an open world (effective openWorldHint false → true): new external reach"],
  "annotation-relaxed": [
    "safe",
    "a behaviour hint moved in the safe direction (became read-only, non-destructive, idempotent or closed-world)"
  ]
});
function hint(ann, key, fallback) {
  const v = ann[key];
  return typeof v === "boolean" ? v : fallback;
}
function effectiveHints(tool) {
  const ann = tool.annotations !== null && typeof tool.annotations === "object" && !Array.isArray(tool.annotations) ? tool.annotations : {};
  return {
    readOnly: hint(ann, "readOnlyHint", false),
    destructive: hint(ann, "destructiveHint", true),
    idempotent: hint(ann, "idempotentHint", false),
    openWorld: hint(ann, "openWorldHint", true)
  };
}
var HINT_OF = {
  readOnlyHint: "readOnly",
  destructiveHint: "destructive",
  idempotentHint: "idempotent",
  openWorldHint: "openWorld"
};
var RELAXED_TEXT = {
  readOnly: "is now read-only",
  destructive: "is no longer destructive",
  idempotent: "is now idempotent",
  openWorld: "no longer reaches an open world"
};
var ANNOTATION_MESSAGES = {
  "annotation-read-only-removed": ({ tool, destructive }) => `Tool "${tool}" is no longer read-only${destructive ? " and, by its hints, may now be destructive" : ""}; hosts that auto-approve read-only tools would now run it without asking.`,
  "annotation-destructive-added": ({ tool }) => `Tool "${tool}" is now destructive (destructiveHint false → true); hosts may have auto-approved it as non-destructive.`,
  "annotation-idempotent-removed": ({ tool }) => `Tool "${tool}" is no longer idempotent; clients that retry calls may now repeat its effect.`,
  "annotation-open-world-added": ({ tool }) => `Tool "${tool}" now interacts with an open world of external entities (openWorldHint false → true).`,
  "annotation-relaxed": ({ tool, hint: hint2 }) => `Tool "${tool}" ${RELAXED_TEXT[hint2]}.`
};
var finding2 = findingMaker(ANNOTATION_RULES, ANNOTATION_MESSAGES);
function compareAnnotations(name, base, head) {
  const b = effectiveHints(base), h = effectiveHints(head);
  const out = [];
  const at = (key) => ({
    subject: name,
    path: `/annotations/${key}`,
    before: b[HINT_OF[key]],
    after: h[HINT_OF[key]]
  });
  const relaxed = (key) => finding2("annotation-relaxed", at(key), { tool: name, hint: HINT_OF[key] });
  if (b.readOnly && !h.readOnly) {
    out.push(finding2("annotation-read-only-removed", at("readOnlyHint"), { tool: name, destructive: h.destructive }));
  } else if (!b.readOnly && h.readOnly) {
    out.push(relaxed("readOnlyHint"));
  } else if (!b.readOnly && !h.readOnly) {
    if (!b.destructive && h.destructive) out.push(finding2("annotation-destructive-added", at("destructiveHint"), { tool: name }));
    else if (b.destructive && !h.destructive) out.push(relaxed("destructiveHint"));
    if (b.idempotent && !h.idempotent) out.push(finding2("annotation-idempotent-removed", at("idempotentHint"), { tool: name }));
    else if (!b.idempotent && h.idempotent) out.push(relaxed("idempotentHint"));
  }
  if (!b.openWorld && h.openWorld) out.push(finding2("annotation-open-world-added", at("openWorldHint"), { tool: name }));
  else if (b.openWorld && !h.openWorld) out.push(relaxed("openWorldHint"));
  return out;
}

// src/diff/compare-lists.ts
function firstByKey(list2, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of list2) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}
function compareLists(before, after, key, visitor) {
  const old = firstByKey(before, key), fresh = firstByKey(after, key);
  for (const [k, item] of old) if (!fresh.has(k)) visitor.onRemoved?.(item);
  for (const [k, item] of fresh) {
    if (old.has(k)) visitor.onMutual?.(old.get(k), item);
    else visitor.onAdded?.(item);
  }
}

// src/diff/word-diff.ts
var MAX_TABLE_CELLS = 4e6;
function tokenize(text) {
  return text.match(/\s+|[^\s]+/g) ?? [];
}
function push(out, op, text) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}
function wordDiff(before, after) {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out = [];
  push(out, "equal", a.slice(0, start).join(""));
  const midA = a.slice(start, endA), midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_TABLE_CELLS) {
    push(out, "delete", midA.join(""));
    push(out, "insert", midB.join(""));
  } else {
    const n = midA.length, m = midB.length;
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i2 = n - 1; i2 >= 0; i2--) {
      for (let j2 = m - 1; j2 >= 0; j2--) {
        lcs[i2 * (m + 1) + j2] = midA[i2] === midB[j2] ? lcs[(i2 + 1) * (m + 1) + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * (m + 1) + j2], lcs[i2 * (m + 1) + j2 + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, "equal", midA[i]);
        i++;
        j++;
      } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
        push(out, "delete", midA[i]);
        i++;
      } else {
        push(out, "insert", midB[j]);
        j++;
      }
    }
    while (i < n) push(out, "delete", midA[i++]);
    while (j < m) push(out, "insert", midB[j++]);
  }
  push(out, "equal", a.slice(endA).join(""));
  return absorbWhitespace(out);
}
function absorbWhitespace(segments) {
  const out = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const prev = out[out.length - 1];
    const next = segments[k + 1];
    if (seg.op === "equal" && /^\s+$/.test(seg.text) && prev && prev.op !== "equal" && next && next.op !== "equal") {
      const del = findLast(out, "delete");
      const ins = findLast(out, "insert");
      if (del) del.text += seg.text;
      else push(out, "delete", seg.text);
      if (ins) ins.text += seg.text;
      else push(out, "insert", seg.text);
      continue;
    }
    if (seg.op !== "equal" && prev && prev.op !== "equal") {
      const same = findLast(out, seg.op);
      if (same) {
        same.text += seg.text;
        continue;
      }
    }
    out.push({ ...seg });
  }
  return out;
}
function findLast(out, op) {
  for (let k = out.length - 1; k >= 0 && out[k].op !== "equal"; k--) if (out[k].op === op) return out[k];
  return void 0;
}
var CONTEXT_WORDS = 6;
function renderWordDiff(segments) {
  const parts = [];
  segments.forEach((seg, k) => {
    const text = seg.text.replace(/\s+/g, " ");
    if (seg.op === "equal") {
      parts.push(shorten(text, k > 0, k < segments.length - 1));
      return;
    }
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ["", "", text, ""];
    const marked = core ? seg.op === "delete" ? `[-${core}-]` : `{+${core}+}` : "";
    parts.push(lead + marked + trail);
  });
  return parts.join("").replace(/\s+/g, " ").trim();
}
function shorten(text, hasBefore, hasAfter) {
  const words = text.split(" ");
  const lead = text.startsWith(" ") ? " " : "";
  const trail = text.endsWith(" ") ? " " : "";
  const core = words.filter(Boolean);
  const keepHead = hasBefore ? CONTEXT_WORDS : 0;
  const keepTail = hasAfter ? CONTEXT_WORDS : 0;
  if (core.length <= keepHead + keepTail || !hasBefore && !hasAfter) return text;
  const head = core.slice(0, keepHead).join(" ");
  const tail = core.slice(core.length - keepTail).join(" ");
  return lead + [head, "…", tail].filter(Boolean).join(" ") + trail;
}
function sameWords(before, after) {
  return before.trim().split(/\s+/).join(" ") === after.trim().split(/\s+/).join(" ");
}
function samePunctuatedWords(before, after) {
  const words = (s) => s.split(/\s+/).map((w) => w.replace(/[.,;:!?]+$/, "")).filter(Boolean).join(" ");
  return words(before) === words(after);
}
function textChange(before, after) {
  const b = typeof before === "string" ? before : "";
  const a = typeof after === "string" ? after : "";
  if (sameWords(b, a)) return void 0;
  const segments = wordDiff(b, a);
  const diff = renderWordDiff(segments);
  return { diff, punctuationOnly: samePunctuatedWords(b, a), extra: { wordDiff: diff, wordDiffSegments: segments } };
}
function cosmeticSeverity(change) {
  return change.punctuationOnly ? { severity: "info" } : {};
}

// src/diff/entry-changes.ts
function isUncaptured(c) {
  return c.protocolVersion === void 0 && Object.keys(c.capabilities ?? {}).length === 0;
}
function comparable(base, head, list2) {
  return !(isUncaptured(base) && base[list2].length === 0 || isUncaptured(head) && head[list2].length === 0);
}
function titleChange(label, base, head) {
  const before = base.title ?? null, after = head.title ?? null;
  if (stableJson(before) === stableJson(after)) return void 0;
  return { fields: { path: "/title", before, after }, args: { label, before, after } };
}
function titleMessage({ label, before, after }) {
  return `${label} title changed from ${q(before)} to ${q(after)}.`;
}
function descriptionChange(label, base, head) {
  const change = textChange(base.description, head.description);
  if (!change) return void 0;
  return {
    fields: {
      path: "/description",
      before: base.description ?? null,
      after: head.description ?? null,
      ...cosmeticSeverity(change),
      extra: change.extra
    },
    args: { label, change }
  };
}
function descriptionMessage({ label, change }) {
  return `${label} description changed${change.punctuationOnly ? " in punctuation only" : ""}: ${change.diff}`;
}

// src/diff/opaque-fields.ts
function changedKeys(before, after, interpreted) {
  const b = isObject(before) ? before : {}, a = isObject(after) ? after : {};
  const keys = /* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !interpreted.has(k) && stableJson(b[k] ?? null) !== stableJson(a[k] ?? null)).sort(compareText);
}
function objectAt(def, pointer) {
  return pointer === "" ? def : def[pointer.slice(1)];
}
function fieldOf(obj, key) {
  return isObject(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : null;
}
function shortValue(v) {
  const text = q(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
function changeWords(before, after) {
  if (before === null) return `was added (${shortValue(after)})`;
  if (after === null) return `was removed (it was ${shortValue(before)})`;
  return `changed from ${shortValue(before)} to ${shortValue(after)}`;
}
function opaqueChanges(label, base, head, layout, skip = /* @__PURE__ */ new Set()) {
  const out = [];
  for (const { pointer, interpreted, kind, specDefined } of layout) {
    const objB = objectAt(base, pointer), objH = objectAt(head, pointer);
    const whole = pointer !== "" && [objB, objH].some((v) => v !== void 0 && v !== null && !isObject(v)) && stableJson(objB ?? null) !== stableJson(objH ?? null);
    const keys = whole ? [""] : changedKeys(objB, objH, interpreted);
    for (const key of keys) {
      const path3 = whole ? pointer : `${pointer}/${pointerToken(key)}`;
      if (skip.has(path3)) continue;
      const [before, after] = whole ? [objB ?? null, objH ?? null] : [fieldOf(objB, key), fieldOf(objH, key)];
      const field = whole ? pointer.slice(1) : pointer ? `${pointer.slice(1)}.${key}` : key;
      out.push({ kind, path: path3, before, after, label, whole, key, field, specDefined: specDefined?.has(key) ?? false });
    }
  }
  return out;
}
function opaqueMessage(change) {
  const { label, whole, key, field, before, after } = change;
  if (change.kind === "meta")
    return `${label} ${whole ? "_meta" : `_meta key ${q(key)}`} ${changeWords(before, after)}; hosts that read this metadata may behave differently.`;
  const why = change.specDefined ? "mcp-contract does not interpret it" : "the MCP spec does not define it and mcp-contract does not interpret it";
  return `${label} field ${q(field)} ${changeWords(before, after)}; ${why}, so check the clients that read it.`;
}

// src/diff/pairing.ts
function nameTokens(name) {
  return name.split(/[^A-Za-z0-9]+/).flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[Vv]\d+$)/)).filter(Boolean).map((t) => t.toLowerCase());
}
var VERSION_TOKEN = /^v\d+$/;
function withoutVersion(tokens) {
  return tokens.length > 1 && VERSION_TOKEN.test(tokens[tokens.length - 1]) ? tokens.slice(0, -1) : tokens;
}
function stemOf(token) {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}
function nameKey(name) {
  const tokens = nameTokens(name);
  const base = withoutVersion(tokens);
  const stems = base.map(stemOf);
  return { name, caseKey: tokens.join(""), baseKey: base.join(""), stems, stemSet: new Set(stems) };
}
function relationOf(a, b) {
  if (a.name === b.name) return void 0;
  if (a.caseKey === b.caseKey) return "case-or-separator";
  if (a.baseKey === b.baseKey) return "version";
  const sa = a.stems, sb = b.stems;
  if (sa.length === 0 || sb.length === 0) return void 0;
  const anchored = sa[0] === sb[0] || sa[sa.length - 1] === sb[sb.length - 1];
  if (!anchored) return void 0;
  const [small, large] = a.stemSet.size <= b.stemSet.size ? [a.stemSet, b.stemSet] : [b.stemSet, a.stemSet];
  for (const t of small) if (!large.has(t)) return void 0;
  return "stem";
}
var RelatedNameIndex = class _RelatedNameIndex {
  buckets = /* @__PURE__ */ new Map();
  constructor(names2) {
    for (const name of names2) {
      const key = nameKey(name);
      for (const b of _RelatedNameIndex.bucketsOf(key)) (this.buckets.get(b) ?? this.buckets.set(b, []).get(b)).push(key);
    }
  }
  static bucketsOf(key) {
    return [`c:${key.caseKey}`, `b:${key.baseKey}`, `f:${key.stems[0] ?? ""}`, `l:${key.stems[key.stems.length - 1] ?? ""}`];
  }
  /** Names in the index related to `key`, with their relation. */
  related(key) {
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const b of _RelatedNameIndex.bucketsOf(key)) {
      for (const other of this.buckets.get(b) ?? []) {
        if (seen.has(other.name)) continue;
        seen.add(other.name);
        const relation = relationOf(key, other);
        if (relation) out.push({ key: other, relation });
      }
    }
    return out;
  }
};
function fieldSimilarity(a, b) {
  const setA = new Set(a), setB = new Set(b);
  const union = (/* @__PURE__ */ new Set([...a, ...b])).size;
  if (union === 0) return 1;
  return [...setA].filter((x) => setB.has(x)).length / union;
}
var NEAR_EQUAL_SIMILARITY = 0.5;
var RELATION_RANK = { "case-or-separator": 0, version: 1, stem: 2, "equal-signature": 3 };
function pairRenames(removed, added) {
  const candidates2 = renameCandidates(removed, added);
  candidates2.sort(
    (x, y) => RELATION_RANK[x.pair.relation] - RELATION_RANK[y.pair.relation] || Number(y.pair.equalSignature) - Number(x.pair.equalSignature) || y.similarity - x.similarity || compareText(x.pair.from, y.pair.from) || compareText(x.pair.to, y.pair.to)
  );
  const usedFrom = /* @__PURE__ */ new Set(), usedTo = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const { pair } of candidates2) {
    if (usedFrom.has(pair.from) || usedTo.has(pair.to)) continue;
    usedFrom.add(pair.from);
    usedTo.add(pair.to);
    pairs.push(pair);
  }
  return pairs;
}
function renameCandidates(removed, added) {
  const signatureCount = /* @__PURE__ */ new Map();
  for (const [list2, side] of [
    [removed, "removed"],
    [added, "added"]
  ]) {
    for (const e of list2) {
      const c = signatureCount.get(e.signature) ?? { removed: 0, added: 0 };
      c[side]++;
      signatureCount.set(e.signature, c);
    }
  }
  const candidates2 = [];
  const addedByName = new Map(added.map((a) => [a.name, a]));
  const addedIndex = new RelatedNameIndex(added.map((a) => a.name));
  const addedBySignature = /* @__PURE__ */ new Map();
  for (const a of added) (addedBySignature.get(a.signature) ?? addedBySignature.set(a.signature, []).get(a.signature)).push(a);
  for (const r of removed) {
    const related2 = addedIndex.related(nameKey(r.name));
    for (const { key, relation } of related2) {
      const a = addedByName.get(key.name);
      const equalSignature = r.signature === a.signature;
      const similarity2 = equalSignature ? 1 : fieldSimilarity(r.fields, a.fields);
      if (similarity2 >= NEAR_EQUAL_SIMILARITY)
        candidates2.push({ pair: { from: r.name, to: a.name, relation, equalSignature }, similarity: similarity2 });
    }
    const c = signatureCount.get(r.signature);
    if (r.distinctive && c.removed === 1 && c.added === 1) {
      const a = addedBySignature.get(r.signature)[0];
      if (!related2.some((x) => x.key.name === a.name)) {
        candidates2.push({ pair: { from: r.name, to: a.name, relation: "equal-signature", equalSignature: true }, similarity: 1 });
      }
    }
  }
  return candidates2;
}
var MAX_EXACT_ASSIGNMENT_CELLS = 4e4;
function bestAssignment(edges) {
  const sorted = [...edges].sort((x, y) => compareText(x.from, y.from) || compareText(x.to, y.to));
  const out = [];
  for (const component of components(sorted)) {
    const froms = [...new Set(component.map((e) => e.from))];
    const tos = [...new Set(component.map((e) => e.to))];
    if (froms.length === 1 || tos.length === 1) {
      out.push(heaviest(component));
      continue;
    }
    out.push(
      ...froms.length * tos.length > MAX_EXACT_ASSIGNMENT_CELLS ? greedyAssignment(component) : hungarianAssignment(component, froms, tos)
    );
  }
  return out.sort((x, y) => compareText(x.from, y.from));
}
var weightUnits = (e) => Math.round(e.weight * 1e6);
function heaviest(edges) {
  return edges.reduce((best, e) => weightUnits(e) > weightUnits(best) ? e : best);
}
function components(edges) {
  const parent = /* @__PURE__ */ new Map();
  const find = (x) => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root);
    for (let y = x; y !== root; ) {
      const next = parent.get(y);
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const e of edges) {
    for (const node of [`-${e.from}`, `+${e.to}`]) if (!parent.has(node)) parent.set(node, node);
    const a = find(`-${e.from}`), b = find(`+${e.to}`);
    if (a !== b) parent.set(b, a);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const e of edges) {
    const root = find(`-${e.from}`);
    (groups.get(root) ?? groups.set(root, []).get(root)).push(e);
  }
  return [...groups.values()];
}
function greedyAssignment(edges) {
  const usedFrom = /* @__PURE__ */ new Set(), usedTo = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of [...edges].sort((x, y) => weightUnits(y) - weightUnits(x))) {
    if (usedFrom.has(e.from) || usedTo.has(e.to)) continue;
    usedFrom.add(e.from);
    usedTo.add(e.to);
    out.push(e);
  }
  return out;
}
function hungarianAssignment(edges, froms, tos) {
  const transpose = froms.length > tos.length;
  const rows = transpose ? tos : froms, cols = transpose ? froms : tos;
  const rowIndex = new Map(rows.map((name, i) => [name, i])), colIndex = new Map(cols.map((name, i) => [name, i]));
  const n = rows.length, m = cols.length;
  const cost = new Float64Array(n * m);
  const edgeAt = /* @__PURE__ */ new Map();
  for (const e of edges) {
    const i = rowIndex.get(transpose ? e.to : e.from), j = colIndex.get(transpose ? e.from : e.to);
    cost[i * m + j] = -weightUnits(e);
    edgeAt.set(i * m + j, e);
  }
  const u = new Float64Array(n + 1), v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1), way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = owner[j0];
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0];
      owner[j0] = owner[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = [];
  for (let j = 1; j <= m; j++) {
    const e = owner[j] ? edgeAt.get((owner[j] - 1) * m + (j - 1)) : void 0;
    if (e) out.push(e);
  }
  return out;
}

// src/diff/prompts.ts
var PROMPT_RULES = defineRules("change", "src/diff/prompts.ts", "prompt", {
  "prompt-removed": ["breaking", "a prompt is gone; clients that fetch it fail"],
  "prompt-renamed": ["breaking", "a removed prompt pairs with an added one (related name, equal or near-equal arguments)"],
  "prompt-added": ["safe", "a new prompt"],
  "prompt-argument-added-required": ["breaking", "a new required argument; old prompts/get calls omit it"],
  "prompt-argument-became-required": ["breaking", "an optional argument became required"],
  "prompt-argument-added-optional": ["safe", "a new optional argument"],
  "prompt-argument-became-optional": ["safe", "a required argument became optional"],
  "prompt-argument-removed": ["warning", "an argument is gone; clients still send it"],
  "prompt-description-changed": [
    "warning",
    "the prompt description changed (shown to users and models; info when only punctuation at the end of words changed)"
  ],
  "prompt-argument-description-changed": ["info", "an argument's description changed (shown to users and models)"],
  "prompt-title-changed": ["info", "the prompt display title changed"],
  "prompt-meta-changed": [
    "info",
    "a _meta key of the prompt or of one of its arguments changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it"
  ],
  "prompt-field-changed": [
    "info",
    "a field no other rule interprets changed: icons, an argument's title, or a field the MCP spec does not define for prompts or their arguments; clients that read it may behave differently"
  ]
});
var PROMPT_MESSAGES = {
  "prompt-removed": ({ prompt }) => `Prompt "${prompt}" was removed; clients fetching it will fail.`,
  "prompt-renamed": ({ from, to }) => `Prompt "${from}" was renamed to "${to}"; clients fetching "${from}" will fail. Keep "${from}" registered beside "${to}" until the next major version.`,
  "prompt-added": ({ prompt }) => `Prompt "${prompt}" was added.`,
  "prompt-argument-added-required": ({ prompt, argument }) => `Prompt "${prompt}" has a new required argument "${argument}"; prompts/get calls that omit it will fail.`,
  "prompt-argument-became-required": ({ prompt, argument }) => `Prompt "${prompt}" argument "${argument}" became required; calls that omit it will fail.`,
  "prompt-argument-added-optional": ({ prompt, argument }) => `Prompt "${prompt}" has a new optional argument "${argument}".`,
  "prompt-argument-became-optional": ({ prompt, argument }) => `Prompt "${prompt}" argument "${argument}" became optional.`,
  "prompt-argument-removed": ({ prompt, argument }) => `Prompt "${prompt}" no longer takes argument "${argument}"; clients that still send it may be rejected or see it ignored.`,
  "prompt-description-changed": descriptionMessage,
  "prompt-argument-description-changed": ({ prompt, argument, change }) => `Prompt "${prompt}" argument "${argument}" description changed: ${change.diff}`,
  "prompt-title-changed": titleMessage,
  "prompt-meta-changed": opaqueMessage,
  "prompt-field-changed": opaqueMessage
};
var finding3 = findingMaker(PROMPT_RULES, PROMPT_MESSAGES);
var PROMPT_OPAQUE_FIELDS = [
  {
    pointer: "",
    interpreted: /* @__PURE__ */ new Set(["name", "title", "description", "arguments", "_meta"]),
    kind: "field",
    specDefined: /* @__PURE__ */ new Set(["icons"])
  },
  { pointer: "/_meta", interpreted: /* @__PURE__ */ new Set(), kind: "meta" }
];
var ARGUMENT_OPAQUE_FIELDS = [
  { pointer: "", interpreted: /* @__PURE__ */ new Set(["name", "description", "required", "_meta"]), kind: "field", specDefined: /* @__PURE__ */ new Set(["title"]) },
  { pointer: "/_meta", interpreted: /* @__PURE__ */ new Set(), kind: "meta" }
];
function argumentsOf(p) {
  const list2 = Array.isArray(p.arguments) ? p.arguments : [];
  return list2.flatMap(
    (a, index) => isObject(a) && typeof a.name === "string" ? [{ name: a.name, required: a.required === true, index, description: a.description, def: a }] : []
  );
}
function promptPairingEntry(p) {
  const args = (Array.isArray(p.arguments) ? p.arguments : []).filter(isObject);
  const sorted = [...args].sort((a, b) => String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0);
  const signature = stableJson(sorted);
  return {
    name: p.name,
    signature,
    fields: args.map((a) => String(a.name)),
    distinctive: args.length >= 2 || args.length === 1 && signature.includes('"description"')
  };
}
function compareArgument(name, b, a, out) {
  const at = `/arguments/${a.index}`;
  const args = { prompt: name, argument: a.name };
  const extra = { argument: a.name };
  if (!b.required && a.required) {
    out.push(
      finding3("prompt-argument-became-required", { subject: name, path: `${at}/required`, before: false, after: true, extra }, args)
    );
  } else if (b.required && !a.required) {
    out.push(
      finding3("prompt-argument-became-optional", { subject: name, path: `${at}/required`, before: true, after: false, extra }, args)
    );
  }
  const change = textChange(b.description, a.description);
  if (change) {
    out.push(
      finding3(
        "prompt-argument-description-changed",
        {
          subject: name,
          path: `${at}/description`,
          before: b.description ?? null,
          after: a.description ?? null,
          extra: { ...extra, ...change.extra }
        },
        { ...args, change }
      )
    );
  }
  out.push(...opaqueFindings(name, `Prompt "${name}" argument "${a.name}"`, b.def, a.def, ARGUMENT_OPAQUE_FIELDS, at, extra));
}
function opaqueFindings(name, label, before, after, layout, at = "", extra) {
  return opaqueChanges(label, before, after, layout).map(
    (opaque) => finding3(
      opaque.kind === "meta" ? "prompt-meta-changed" : "prompt-field-changed",
      { subject: name, path: `${at}${opaque.path}`, before: opaque.before, after: opaque.after, extra },
      opaque
    )
  );
}
function comparePrompt(name, base, head, out) {
  const label = `Prompt "${name}"`;
  const desc = descriptionChange(label, base, head);
  if (desc) out.push(finding3("prompt-description-changed", { subject: name, ...desc.fields }, desc.args));
  const title = titleChange(label, base, head);
  if (title) out.push(finding3("prompt-title-changed", { subject: name, ...title.fields }, title.args));
  out.push(...opaqueFindings(name, label, base, head, PROMPT_OPAQUE_FIELDS));
  compareLists(argumentsOf(base), argumentsOf(head), (a) => a.name, {
    onMutual: (b, a) => compareArgument(name, b, a, out),
    onAdded: (a) => {
      const fields = { subject: name, path: `/arguments/${a.index}`, after: a.name, extra: { argument: a.name } };
      const args = { prompt: name, argument: a.name };
      out.push(
        a.required ? finding3("prompt-argument-added-required", fields, args) : finding3("prompt-argument-added-optional", fields, args)
      );
    },
    onRemoved: (b) => {
      out.push(
        finding3(
          "prompt-argument-removed",
          { subject: name, path: `/arguments/${b.index}`, before: b.name, extra: { argument: b.name } },
          { prompt: name, argument: b.name }
        )
      );
    }
  });
}
function diffPrompts(base, head) {
  const out = [];
  if (!comparable(base, head, "prompts")) return out;
  const removed = [], added = [];
  compareLists(base.prompts, head.prompts, (p) => p.name, {
    onMutual: (bp, hp) => {
      if (stableJson(bp) !== stableJson(hp)) comparePrompt(hp.name, bp, hp, out);
    },
    onRemoved: (p) => removed.push(p),
    onAdded: (p) => added.push(p)
  });
  const renames = pairRenames(removed.map(promptPairingEntry), added.map(promptPairingEntry));
  const from = new Map(removed.map((p) => [p.name, p])), to = new Map(added.map((p) => [p.name, p]));
  for (const r of renames) {
    out.push(
      finding3(
        "prompt-renamed",
        { subject: r.to, path: "", before: r.from, after: r.to, extra: { from: r.from, to: r.to } },
        { from: r.from, to: r.to }
      )
    );
    comparePrompt(r.to, from.get(r.from), to.get(r.to), out);
    from.delete(r.from);
    to.delete(r.to);
  }
  for (const p of from.values()) out.push(finding3("prompt-removed", { subject: p.name, path: "", before: p.name }, { prompt: p.name }));
  for (const p of to.values()) out.push(finding3("prompt-added", { subject: p.name, path: "", after: p.name }, { prompt: p.name }));
  return out;
}

// src/diff/uri-templates.ts
var EXPRESSION = /\{([^{}]*)\}/g;
function expressionsOf(template) {
  return [...template.matchAll(EXPRESSION)].map((m) => {
    const body = m[1];
    const operator = /^[+#./;?&=,!@|]/.test(body) ? body[0] : "";
    const vars = body.slice(operator.length).split(",").map((v) => v.trim()).filter(Boolean);
    return { operator, vars };
  });
}
function templateVariables(template) {
  return expressionsOf(template).flatMap((e) => e.vars.map((v) => v.replace(/(\*|:\d+)$/, "")));
}
function templatePattern(template) {
  const literals = template.split(EXPRESSION).filter((_, i) => i % 2 === 0);
  return { test: (uri) => matchesLiterals(literals, uri) };
}
function matchesLiterals(literals, uri) {
  if (literals.length === 1) return uri === literals[0];
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (uri.length < first.length + last.length || !uri.startsWith(first) || !uri.endsWith(last)) return false;
  let at = first.length;
  const end = uri.length - last.length;
  for (const literal of literals.slice(1, -1)) {
    if (literal === "") continue;
    const found = uri.indexOf(literal, at);
    if (found < 0 || found + literal.length > end) return false;
    at = found + literal.length;
  }
  return true;
}
function templateShape(template) {
  return template.replace(EXPRESSION, "{}");
}

// src/diff/resources.ts
var RESOURCE_RULES = defineRules("change", "src/diff/resources.ts", "resource", {
  "resource-removed": ["breaking", "a resource uri is gone; clients reading it fail (warning when a head template still matches the uri)"],
  "resource-added": ["safe", "a new resource"],
  "resource-mime-type-changed": ["warning", "a resource or template now declares another mimeType; readers may not parse it"],
  "resource-title-changed": ["info", "the display title of a resource or template changed"],
  "resource-description-changed": [
    "warning",
    "the description of a resource or template changed (shown to users and models, like a prompt description; info when only punctuation at the end of words changed)"
  ],
  "resource-meta-changed": [
    "info",
    "a _meta key of a resource or template changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it"
  ],
  "resource-field-changed": [
    "info",
    "a field of a resource or template no other rule interprets changed: name, size, icons, annotations (audience, priority; lastModified is volatile) or a field the MCP spec does not define; clients that read it may behave differently"
  ]
});
var RESOURCE_MESSAGES = {
  "resource-removed": ({ uri, coveredBy }) => coveredBy === void 0 ? `Resource "${uri}" was removed; clients reading it will fail.` : `Resource "${uri}" is no longer listed, but template "${coveredBy}" still matches it; clients reading it should keep working if the server serves the template.`,
  "resource-added": ({ uri }) => `Resource "${uri}" was added.`,
  "resource-mime-type-changed": ({ label, before, after }) => `${label} mimeType changed from ${q(before)} to ${q(after)}; readers that parse the old type may fail.`,
  "resource-title-changed": titleMessage,
  "resource-description-changed": descriptionMessage,
  "resource-meta-changed": opaqueMessage,
  "resource-field-changed": opaqueMessage
};
var finding4 = findingMaker(RESOURCE_RULES, RESOURCE_MESSAGES);
function resourceOpaqueFields(identity) {
  return [
    {
      pointer: "",
      interpreted: /* @__PURE__ */ new Set([identity, "mimeType", "title", "description", "annotations", "_meta"]),
      kind: "field",
      specDefined: /* @__PURE__ */ new Set(["name", "size", "icons"])
    },
    // lastModified is volatile: canonicalisation drops it.
    { pointer: "/annotations", interpreted: /* @__PURE__ */ new Set(), kind: "field", specDefined: /* @__PURE__ */ new Set(["audience", "priority"]) },
    { pointer: "/_meta", interpreted: /* @__PURE__ */ new Set(), kind: "meta" }
  ];
}
var RESOURCE_OPAQUE_FIELDS = { resource: resourceOpaqueFields("uri"), resourceTemplate: resourceOpaqueFields("uriTemplate") };
function compareResourcePair(kind, subject, before, after, out) {
  const label = `${kind === "resource" ? "Resource" : "Resource template"} "${subject}"`;
  const mimeBefore = before.mimeType ?? null, mimeAfter = after.mimeType ?? null;
  if (mimeBefore !== mimeAfter) {
    out.push(
      finding4(
        "resource-mime-type-changed",
        { kind, subject, path: "/mimeType", before: mimeBefore, after: mimeAfter },
        { label, before: mimeBefore, after: mimeAfter }
      )
    );
  }
  const title = titleChange(label, before, after);
  if (title) out.push(finding4("resource-title-changed", { kind, subject, ...title.fields }, title.args));
  const desc = descriptionChange(label, before, after);
  if (desc) out.push(finding4("resource-description-changed", { kind, subject, ...desc.fields }, desc.args));
  for (const opaque of opaqueChanges(label, before, after, RESOURCE_OPAQUE_FIELDS[kind])) {
    out.push(
      finding4(
        opaque.kind === "meta" ? "resource-meta-changed" : "resource-field-changed",
        { kind, subject, path: opaque.path, before: opaque.before, after: opaque.after },
        opaque
      )
    );
  }
}
function diffResources(base, head) {
  const out = [];
  if (!comparable(base, head, "resources")) return out;
  const headTemplates = head.resourceTemplates.map((t) => ({ template: t.uriTemplate, pattern: templatePattern(t.uriTemplate) }));
  compareLists(base.resources, head.resources, (r) => r.uri, {
    onRemoved: ({ uri }) => {
      const coveredBy = headTemplates.find((t) => t.pattern.test(uri))?.template;
      const covered2 = coveredBy !== void 0 ? { severity: "warning", extra: { coveredBy } } : {};
      out.push(finding4("resource-removed", { subject: uri, path: "", before: uri, ...covered2 }, { uri, coveredBy }));
    },
    onMutual: (br, hr) => {
      if (stableJson(br) !== stableJson(hr)) compareResourcePair("resource", hr.uri, br, hr, out);
    },
    onAdded: ({ uri }) => out.push(finding4("resource-added", { subject: uri, path: "", after: uri }, { uri }))
  });
  return out;
}

// src/diff/resource-templates.ts
var TEMPLATE_RULES = defineRules("change", "src/diff/resource-templates.ts", "resourceTemplate", {
  "resource-template-removed": ["breaking", "a resource template is gone; clients expanding it get unknown uris"],
  "resource-template-added": ["safe", "a new resource template"],
  "resource-template-variables-changed": [
    "breaking",
    "a template (matched by name or literal shape) has other RFC 6570 variables; clients fill in the old ones"
  ],
  "resource-template-expression-changed": [
    "breaking",
    "a template keeps its variables but expands them differently (RFC 6570 operator or modifier changed)"
  ]
});
var quotedList = (names2) => names2.map((v) => `"${v}"`).join(", ");
var TEMPLATE_MESSAGES = {
  "resource-template-removed": ({ template }) => `Resource template "${template}" was removed; clients expanding it will read uris the server no longer serves.`,
  "resource-template-added": ({ template }) => `Resource template "${template}" was added.`,
  "resource-template-variables-changed": ({
    from,
    to,
    gone,
    fresh
  }) => {
    const parts = [gone.length ? `removed ${quotedList(gone)}` : "", fresh.length ? `added ${quotedList(fresh)}` : ""].filter(Boolean).join("; ");
    return `Resource template "${from}" became "${to}" (variables ${parts || "reordered"}); clients fill in the old variables and build uris the server no longer matches.`;
  },
  "resource-template-expression-changed": ({ from, to }) => `Resource template "${from}" became "${to}": same variables, but they expand to different uris now.`
};
var finding5 = findingMaker(TEMPLATE_RULES, TEMPLATE_MESSAGES);
function pairChangedTemplates(removed, added) {
  const paired = /* @__PURE__ */ new Map();
  const takenHead = /* @__PURE__ */ new Set();
  for (const match of [
    (x, y) => typeof x.name === "string" && x.name === y.name,
    (x, y) => templateShape(x.uriTemplate) === templateShape(y.uriTemplate)
  ]) {
    for (const r of removed) {
      if (paired.has(r)) continue;
      const candidates2 = added.filter((a) => !takenHead.has(a) && match(r, a));
      if (candidates2.length === 1) {
        paired.set(r, candidates2[0]);
        takenHead.add(candidates2[0]);
      }
    }
  }
  return paired;
}
function compareChangedTemplate(r, a, out) {
  const vb = templateVariables(r.uriTemplate), va = templateVariables(a.uriTemplate);
  const fields = {
    subject: a.uriTemplate,
    path: "/uriTemplate",
    before: r.uriTemplate,
    after: a.uriTemplate,
    extra: { from: r.uriTemplate, to: a.uriTemplate, variablesBefore: vb, variablesAfter: va }
  };
  const args = { from: r.uriTemplate, to: a.uriTemplate };
  if (stableJson([...vb].sort()) !== stableJson([...va].sort())) {
    out.push(
      finding5("resource-template-variables-changed", fields, {
        ...args,
        gone: vb.filter((v) => !va.includes(v)),
        fresh: va.filter((v) => !vb.includes(v))
      })
    );
  } else {
    out.push(finding5("resource-template-expression-changed", fields, args));
  }
  compareResourcePair("resourceTemplate", a.uriTemplate, r, a, out);
}
function diffResourceTemplates(base, head) {
  const out = [];
  if (!comparable(base, head, "resourceTemplates")) return out;
  const removed = [], added = [];
  compareLists(base.resourceTemplates, head.resourceTemplates, (t) => t.uriTemplate, {
    onMutual: (bt, ht) => {
      if (stableJson(bt) !== stableJson(ht)) compareResourcePair("resourceTemplate", ht.uriTemplate, bt, ht, out);
    },
    onRemoved: (t) => removed.push(t),
    onAdded: (t) => added.push(t)
  });
  const paired = pairChangedTemplates(removed, added);
  const pairedHead = new Set(paired.values());
  for (const r of removed) {
    const a = paired.get(r);
    if (a) compareChangedTemplate(r, a, out);
    else
      out.push(
        finding5("resource-template-removed", { subject: r.uriTemplate, path: "", before: r.uriTemplate }, { template: r.uriTemplate })
      );
  }
  for (const a of added) {
    if (!pairedHead.has(a))
      out.push(finding5("resource-template-added", { subject: a.uriTemplate, path: "", after: a.uriTemplate }, { template: a.uriTemplate }));
  }
  return out;
}

// src/diff/server.ts
var SERVER_RULES = defineRules("change", "src/diff/server.ts", "server", {
  "server-capability-removed": ["breaking", "a server capability is gone (e.g. tools, prompts, resources.subscribe, listChanged)"],
  "server-client-capability-withdrawn": [
    "info",
    "the server stopped listing a client capability (sampling, elicitation, roots) among its own: servers never offer these, clients do, so no client could rely on it"
  ],
  "server-nonstandard-capability-removed": [
    "info",
    "a top-level capabilities field MCP does not define (not tools, prompts, resources, logging, completions, tasks, extensions, experimental) was removed: no client negotiates by it"
  ],
  "server-capability-added": ["safe", "a new server capability"],
  "server-info-changed": [
    "info",
    "a serverInfo field other than name, title and version changed (websiteUrl, icons, description, …): what hosts show about the server"
  ],
  "server-name-changed": ["warning", "serverInfo.name changed; clients key configurations by it"],
  "server-title-changed": ["info", "serverInfo.title (display name) changed"],
  "server-instructions-changed": [
    "warning",
    "the server instructions (the model's system-level guidance) changed; review the word diff (info when only punctuation at the end of words changed)"
  ],
  "server-protocol-version-changed": ["info", "the negotiated protocol version changed"]
});
var SERVER_MESSAGES = {
  "server-capability-removed": ({ capability }) => `Server no longer advertises capability "${capability}"; clients that use it will fail or stop receiving its notifications.`,
  "server-client-capability-withdrawn": ({ capability }) => `Server no longer lists "${capability}" among its own capabilities; it is a client capability (the client offers it to the server), so no client relied on the server advertising it.`,
  "server-nonstandard-capability-removed": ({ capability }) => `Server no longer lists "${capability}" in its capabilities; MCP defines no server capability of that name, so no client negotiates by it (clients that read the field anyway lose it).`,
  "server-capability-added": ({ capability }) => `Server now advertises capability "${capability}".`,
  "server-info-changed": ({ field, before, after }) => `Server info field ${q(field)} changed from ${shownValue(before)} to ${shownValue(after)}.`,
  "server-name-changed": ({ before, after }) => `Server name changed from ${q(before)} to ${q(after)}; client configurations keyed by the old name may no longer match.`,
  "server-title-changed": ({ before, after }) => `Server title changed from ${q(before)} to ${q(after)}.`,
  "server-instructions-changed": ({ change }) => change.punctuationOnly ? `Server instructions changed in punctuation only: ${change.diff}` : `Server instructions changed (the model reads them as system-level guidance): ${change.diff}`,
  "server-protocol-version-changed": ({ before, after }) => `Negotiated protocol version changed from ${before} to ${after}.`
};
var finding6 = findingMaker(SERVER_RULES, SERVER_MESSAGES);
var MAX_SHOWN_VALUE = 200;
function shownValue(v) {
  const text = q(v);
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
var SERVER_CAPABILITIES = /* @__PURE__ */ new Set(["completions", "experimental", "extensions", "logging", "prompts", "resources", "tasks", "tools"]);
var CLIENT_CAPABILITIES = /* @__PURE__ */ new Set(["elicitation", "roots", "sampling"]);
function removedCapabilityRule(path3) {
  if (parentOf(path3)) return "server-capability-removed";
  const key = unescapePointerToken(path3.slice(1));
  if (CLIENT_CAPABILITIES.has(key)) return "server-client-capability-withdrawn";
  return SERVER_CAPABILITIES.has(key) ? "server-capability-removed" : "server-nonstandard-capability-removed";
}
function capabilityPaths(caps, prefix = "") {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(caps)) return out;
  for (const [key, value] of Object.entries(caps)) {
    if (value === false || value === null) continue;
    const path3 = `${prefix}/${pointerToken(key)}`;
    out.set(path3, value);
    if (isObject(value)) for (const [p, v] of capabilityPaths(value, path3)) out.set(p, v);
  }
  return out;
}
function parentOf(path3) {
  return path3.slice(0, path3.lastIndexOf("/"));
}
function readableCapability(path3) {
  return path3.slice(1).split("/").map(unescapePointerToken).join(".");
}
function diffCapabilities(subject, base, head, out) {
  const before = capabilityPaths(base.capabilities), after = capabilityPaths(head.capabilities);
  compareLists([...before], [...after], ([path3]) => path3, {
    onRemoved: ([path3, value]) => {
      if (parentOf(path3) && !after.has(parentOf(path3))) return;
      out.push(
        finding6(
          removedCapabilityRule(path3),
          { subject, path: `/capabilities${path3}`, before: value },
          { capability: readableCapability(path3) }
        )
      );
    },
    onAdded: ([path3, value]) => {
      if (parentOf(path3) && !before.has(parentOf(path3))) return;
      out.push(
        finding6(
          "server-capability-added",
          { subject, path: `/capabilities${path3}`, after: value },
          { capability: readableCapability(path3) }
        )
      );
    }
  });
}
function diffServerInfoExtras(subject, base, head, out) {
  const before = serverInfoExtras(base.server), after = serverInfoExtras(head.server);
  for (const field of [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const change = { before: before[field] ?? null, after: after[field] ?? null };
    if (equalJson(change.before, change.after)) continue;
    out.push(finding6("server-info-changed", { subject, path: `/server/${pointerToken(field)}`, ...change }, { field, ...change }));
  }
}
function diffServer(base, head) {
  const out = [];
  const subject = head.server.name ?? base.server.name ?? "server";
  const name = { before: base.server.name, after: head.server.name };
  if (name.before !== void 0 && name.after !== void 0 && name.before !== name.after) {
    out.push(
      finding6(
        "server-name-changed",
        { subject, path: "/server/name", before: name.before, after: name.after },
        { before: name.before, after: name.after }
      )
    );
  }
  const title = { before: base.server.title ?? null, after: head.server.title ?? null };
  if (title.before !== title.after && !isUncaptured(base) && !isUncaptured(head)) {
    out.push(finding6("server-title-changed", { subject, path: "/server/title", ...title }, title));
  }
  if (!isUncaptured(base) && !isUncaptured(head)) diffServerInfoExtras(subject, base, head, out);
  const version = { before: base.protocolVersion, after: head.protocolVersion };
  if (version.before !== void 0 && version.after !== void 0 && version.before !== version.after) {
    out.push(
      finding6(
        "server-protocol-version-changed",
        { subject, path: "/protocolVersion", before: version.before, after: version.after },
        { before: version.before, after: version.after }
      )
    );
  }
  if (isUncaptured(base) || isUncaptured(head)) return out;
  const change = textChange(base.instructions, head.instructions);
  if (change) {
    out.push(
      finding6(
        "server-instructions-changed",
        {
          subject,
          path: "/instructions",
          before: base.instructions ?? null,
          after: head.instructions ?? null,
          ...cosmeticSeverity(change),
          extra: change.extra
        },
        { change }
      )
    );
  }
  diffCapabilities(subject, base, head, out);
  return out;
}

// src/diff/schema/values.ts
function valueKey(v) {
  if (v === void 0) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(valueKey).join(",") + "]";
  if (isObject(v))
    return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + valueKey(v[k])).join(",") + "}";
  return JSON.stringify(v);
}
function jsonTypeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function valueHasType(v, type) {
  const t = jsonTypeOf(v);
  return t === type || type === "number" && t === "integer" || type === "any";
}

// src/diff/schema/messages.ts
var retypedNote = (a) => a.retyped ? ` (its type changed from ${a.retyped.from} to ${a.retyped.to})` : "";
var Wording = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Names the place a path points to: 'parameter "options.limit"' / 'field "items[].id"' / 'the arguments'. */
  subject(path3) {
    const segs = path3.split("/").slice(1).map(unescapePointerToken);
    let name = "";
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (s === "properties" && i + 1 < segs.length) name += (name ? "." : "") + segs[++i];
      else if (s === "items") name += "[]";
      else if (s === "prefixItems" && i + 1 < segs.length) name += `[${segs[++i]}]`;
      else if (s === "additionalProperties") name += (name ? "." : "") + "*";
    }
    if (!name) return this.dir === "input" ? "the arguments" : "the result";
    if (name === "*") return this.dir === "input" ? "undeclared parameters" : "undeclared fields";
    return `${this.dir === "input" ? "parameter" : "field"} ${JSON.stringify(name)}`;
  }
  /** Whether a path names the root (the arguments, the result). */
  isRoot(path3) {
    return this.subject(path3) === this.subject("");
  }
  /** How a message about a place starts: 'parameter "q": ', or at the root 'in the arguments, ' / 'in the result, '. */
  lead(path3) {
    return this.isRoot(path3) ? `in ${this.subject(path3)}, ` : `${this.subject(path3)}: `;
  }
  /** Names the schema at a path: "the input schema" at the root, else "the schema of parameter "q"". */
  schemaAt(path3) {
    return path3 === "" ? `the ${this.dir} schema` : `the schema of ${this.subject(path3)}`;
  }
  rejected(what) {
    return this.dir === "input" ? `callers sending ${what} are now rejected` : `readers no longer receive ${what}`;
  }
  accepted(what) {
    return this.dir === "input" ? `callers may now also send ${what}` : `readers may now receive ${what}`;
  }
};
var IN = new Wording("input");
var OUT = new Wording("output");
var shown = (v) => v === void 0 ? "nothing" : JSON.stringify(v);
var list = (vs) => vs.map(valueKey).join(", ");
var typeArticle = (t) => t === "any" ? "any value" : t === "null" ? "null" : t === "integer" || t === "array" || t === "object" ? `an ${t}` : `a ${t}`;
function inconclusive(w, a) {
  switch (a.cause) {
    case "not-a-schema":
      return `${w.schemaAt(a.at)} changed from ${shown(a.before)} to ${shown(a.after)}, and JSON Schema allows only an object or a boolean there; validators reject or ignore it, so its compatibility cannot be checked. Fix the schema.`;
    case "malformed-keyword": {
      const what = a.key === "anyOf" || a.key === "oneOf" || a.key === "allOf" ? `the \`${a.key}\` members that are not schemas` : `\`${a.key.split("/").pop()}\``;
      return `${w.lead(a.at)}${what} changed from ${shown(a.before)} to ${shown(a.after)}; JSON Schema does not allow ${a.disallowed.map(shown).join(" and ")} there, and validators reject or ignore it, so the change cannot be checked. Fix the schema.`;
    }
    case "unresolved-ref": {
      const why = !a.ref.startsWith("#") ? `refers to the external schema ${JSON.stringify(a.ref)}, which mcp-contract never fetches` : `refers to ${JSON.stringify(a.ref)}, which does not exist in the ${a.side} schema`;
      return `${w.schemaAt(a.at)} ${why}; its compatibility cannot be checked. Inline the schema or move it under $defs.`;
    }
    case "too-deep":
      return `the schema nests more than ${a.limit} levels deep (or loops through $refs that far); mcp-contract does not compare it. Review the change by hand, and check the generator.`;
    case "undecided":
      return `${w.schemaAt("")} changed in a way mcp-contract could not decide${a.reason ? ` (${a.reason})` : ""}; review it by hand`;
  }
}
function descriptionChanged(w, a) {
  const what = a.before === void 0 ? "description added" : a.after === void 0 ? "description removed" : "description changed";
  return `${w.lead(a.at)}${what}; the model reads it, review the new wording`;
}
function describeVariant(v) {
  const props = isObject(v.schema.properties) ? v.schema.properties : {};
  for (const [name, p] of Object.entries(props)) {
    if (isObject(p) && p.const !== void 0) return `the variant with ${name} ${valueKey(p.const)}`;
  }
  const m = /\/(anyOf|oneOf)\/(\d+)$/.exec(v.path);
  return m ? `the ${v.type} variant ${m[1]}[${m[2]}]` : `the ${v.type} variant`;
}
function typeNarrowed(w, a) {
  if (a.to === void 0)
    return `${w.lead(a.at)}no longer ${w.dir === "input" ? "accepts" : "returns"} ${typeArticle(a.from)}; ${w.rejected(a.from === "null" ? "null" : `${typeArticle(a.from)} value`)}`;
  return `${w.lead(a.at)}type narrowed from ${a.from} to ${a.to}; ${w.rejected(a.to === "integer" ? "fractional numbers" : `values that are not ${typeArticle(a.to)}`)}`;
}
function typeWidenedFrom(w, a) {
  return `${w.lead(a.at)}type widened from ${a.from} to ${a.to}; ${w.accepted(a.to === "any" ? "any value" : "non-integer numbers")}`;
}
function enumValues(w, a, change) {
  const consequence = change === "removed from" ? w.rejected(list(a.values)) : w.accepted(list(a.values));
  return `${w.lead(a.at)}${a.values.length === 1 ? "value" : "values"} ${list(a.values)} ${change} the enum; ${consequence}`;
}
function stringKeywordRemoved(w, keyword, a) {
  return `${w.lead(a.at)}${keyword} ${JSON.stringify(a.value)} removed; ${w.accepted("strings that do not match it")}`;
}
function stringKeywordChanged(w, keyword, a) {
  const consequence = w.dir === "input" ? "some strings accepted before may now be rejected" : "readers may receive strings in another shape";
  return `${w.lead(a.at)}${keyword} changed from ${JSON.stringify(a.before)} to ${JSON.stringify(a.after)}; ${consequence}`;
}
function formatPattern(w, a) {
  const values = w.dir === "input" ? "accepts the same arguments" : "describes the same results";
  return `${w.lead(a.at)}the ${a.generator} regex for format ${JSON.stringify(a.format)} was ${a.added ? "written out as a pattern" : "dropped from beside the format"}; the generator validates that format with this regex, so the server ${values} (a generator artefact, not a new constraint)`;
}
function describeMove(keyword, before, after, raised) {
  if (before === void 0) return `${keyword} ${after} added`;
  if (after === void 0) return `${keyword} ${before} removed`;
  return `${keyword} ${raised ? "raised" : "lowered"} from ${before} to ${after}`;
}
function numericRange(b, a, side, integer, tightened) {
  const [inner, outer] = tightened ? [a, b] : [b, a];
  if (integer && outer) {
    const [lo, hi] = side === "upper" ? [inner.value + 1, outer.value] : [outer.value, inner.value - 1];
    return lo === hi ? `${lo}` : `${lo}–${hi}`;
  }
  if (side === "upper") return outer ? `values above ${inner.value} up to ${outer.value}` : `values above ${inner.value}`;
  return outer ? `values below ${inner.value} down to ${outer.value}` : `values below ${inner.value}`;
}
function countRange(a) {
  const norm = (v) => v === void 0 ? a.side === "lower" ? 0 : Infinity : v;
  const [lo, hi] = [Math.min(norm(a.before), norm(a.after)), Math.max(norm(a.before), norm(a.after))];
  const thing = a.unit === "characters" ? "strings" : a.unit === "items" ? "arrays" : "objects";
  if (a.side === "lower") return `${thing} with ${lo === hi - 1 ? lo : `${lo}–${hi - 1}`} ${a.unit}`;
  return hi === Infinity ? `${thing} with more than ${lo} ${a.unit}` : `${thing} with ${lo + 1 === hi ? hi : `${lo + 1}–${hi}`} ${a.unit}`;
}
function constraint(w, a, tightened) {
  const consequence = (what) => tightened ? w.rejected(what) : w.accepted(what);
  switch (a.bound) {
    case "numeric": {
      const show = (x) => x && `${x.value}${x.exclusive ? " (exclusive)" : ""}`;
      const move = describeMove(
        a.side === "lower" ? "minimum" : "maximum",
        show(a.before),
        show(a.after),
        a.side === "lower" === tightened
      );
      return `${w.lead(a.at)}${move}; ${consequence(numericRange(a.before, a.after, a.side, a.integer, tightened))}`;
    }
    case "multipleOf":
      return `${w.lead(a.at)}multipleOf changed from ${a.before ?? "none"} to ${a.after ?? "none"}; ${consequence(`numbers that are not multiples of ${tightened ? a.after : a.before}`)}`;
    case "uniqueItems":
      return `${w.lead(a.at)}items ${tightened ? "must now be unique" : "no longer need to be unique"}; ${consequence("arrays with repeated items")}`;
    case "count": {
      const norm = (v) => v === void 0 ? a.side === "lower" ? 0 : Infinity : v;
      const move = describeMove(a.keyword, a.before?.toString(), a.after?.toString(), norm(a.after) > norm(a.before));
      return `${w.lead(a.at)}${move}; ${consequence(countRange(a))}`;
    }
  }
}
var FILLED_DEFAULT = "the server fills the default when a call omits it (generators list defaulted fields as required), but strict clients that validate before calling reject such calls";
function undeclared(w, at) {
  if (!w.isRoot(at)) return { lead: w.lead(at), what: "undeclared properties", extra: "objects with extra keys" };
  return w.dir === "input" ? { lead: "", what: "undeclared arguments", extra: "extra arguments" } : { lead: "", what: "undeclared fields in the result", extra: "extra fields" };
}
var SCHEMA_MESSAGES = {
  "input-property-added-required": (a) => `${IN.subject(a.at)} was added as required; existing calls omit it and are rejected`,
  "input-property-added-required-with-default": (a) => `${IN.subject(a.at)} was added as required with a default (${valueKey(a.default)}); ${FILLED_DEFAULT}`,
  "input-property-added-optional": (a) => `${IN.subject(a.at)} was added as optional`,
  "output-property-added": (a) => `${OUT.subject(a.at)} was added`,
  "input-property-removed": (a) => `${IN.subject(a.at)} was removed; callers that still send it ${a.closedAfter ? "are now rejected (additionalProperties is false)" : "have it ignored"}`,
  "output-property-removed": (a) => `${OUT.subject(a.at)} was removed; readers ${a.wasRequired ? "that rely on it (it was required) break" : "that use it get nothing"}`,
  "input-property-renamed": (a) => `${IN.subject(a.at)} renamed to ${JSON.stringify(a.to)}${retypedNote(a)}; callers still sending ${JSON.stringify(a.from)} ${a.closedAfter ? "are rejected" : "have it ignored"}${a.toIsRequired ? ` and miss the required ${JSON.stringify(a.to)}` : ""}; accept both names for a deprecation period`,
  "output-property-renamed": (a) => `${OUT.subject(a.at)} renamed to ${JSON.stringify(a.to)}${retypedNote(a)}; readers of ${JSON.stringify(a.from)} no longer find it`,
  "input-property-became-required": (a) => `${IN.subject(a.at)} became required; calls that omit it are now rejected`,
  "output-property-became-required": (a) => `${OUT.subject(a.at)} became required; readers can now rely on it`,
  "input-property-became-optional": (a) => `${IN.subject(a.at)} became optional; calls may now omit it`,
  "output-property-became-optional": (a) => `${OUT.subject(a.at)} became optional; readers that rely on it break when it is missing`,
  "input-property-became-required-with-default": (a) => `${IN.subject(a.at)} became required but has a default (${valueKey(a.default)}); ${FILLED_DEFAULT}`,
  "input-property-description-changed": (a) => descriptionChanged(IN, a),
  "output-property-description-changed": (a) => descriptionChanged(OUT, a),
  "input-type-narrowed": (a) => typeNarrowed(IN, a),
  "output-type-narrowed": (a) => typeNarrowed(OUT, a),
  "input-type-widened": (a) => a.from === void 0 ? `${IN.lead(a.at)}now also accepts ${typeArticle(a.to)}` : typeWidenedFrom(IN, { ...a, from: a.from }),
  "output-type-widened": (a) => a.from === void 0 ? `${OUT.lead(a.at)}may now be ${typeArticle(a.to)}; readers that do not handle it break` : typeWidenedFrom(OUT, { ...a, from: a.from }),
  "input-type-changed": (a) => `${IN.lead(a.at)}type changed from ${a.from.join(" or ")} to ${a.to.join(" or ")}; ${a.swapped ? `callers sending ${typeArticle(a.from[0])} are now rejected` : "every call that passed a value for it is now rejected"}`,
  "output-type-changed": (a) => `${OUT.lead(a.at)}type changed from ${a.from.join(" or ")} to ${a.to.join(" or ")}; readers get a different kind of value`,
  "input-enum-value-removed": (a) => enumValues(IN, a, "removed from"),
  "output-enum-value-removed": (a) => enumValues(OUT, a, "removed from"),
  "input-enum-value-added": (a) => enumValues(IN, a, "added to"),
  "output-enum-value-added": (a) => `${enumValues(OUT, a, "added to")} (handle unknown values)`,
  "input-enum-added": (a) => `${IN.lead(a.at)}now limited to ${list(a.values)}; callers sending any other value are now rejected`,
  "output-enum-added": (a) => `${OUT.lead(a.at)}now limited to ${list(a.values)}; readers are unaffected`,
  "input-enum-removed": (a) => `${IN.lead(a.at)}no longer limited to ${list(a.values)}; ${IN.accepted("any value of the type")}`,
  "output-enum-removed": (a) => `${OUT.lead(a.at)}no longer limited to ${list(a.values)}; ${OUT.accepted("any value of the type")}`,
  "input-const-added": (a) => `${IN.lead(a.at)}must now be ${list(a.values)}; callers sending any other value are now rejected`,
  "output-const-added": (a) => `${OUT.lead(a.at)}must now be ${list(a.values)}; readers are unaffected`,
  "input-const-changed": (a) => `${IN.lead(a.at)}constant changed from ${list(a.before)} to ${list(a.after)}; callers sending the old value are now rejected`,
  "output-const-changed": (a) => `${OUT.lead(a.at)}constant changed from ${list(a.before)} to ${list(a.after)}; readers get a different value`,
  "input-const-removed": (a) => `${IN.lead(a.at)}no longer fixed to ${list(a.values)}; ${IN.accepted("any value of the type")}`,
  "output-const-removed": (a) => `${OUT.lead(a.at)}no longer fixed to ${list(a.values)}; ${OUT.accepted("any value of the type")}`,
  "input-pattern-added": (a) => `${IN.lead(a.at)}pattern ${JSON.stringify(a.value)} added; callers sending strings that do not match are now rejected`,
  "output-pattern-added": (a) => `${OUT.lead(a.at)}pattern ${JSON.stringify(a.value)} added; readers are unaffected`,
  "input-pattern-generator-artefact": (a) => formatPattern(IN, a),
  "output-pattern-generator-artefact": (a) => formatPattern(OUT, a),
  "input-pattern-changed": (a) => stringKeywordChanged(IN, "pattern", a),
  "output-pattern-changed": (a) => stringKeywordChanged(OUT, "pattern", a),
  "input-pattern-removed": (a) => stringKeywordRemoved(IN, "pattern", a),
  "output-pattern-removed": (a) => stringKeywordRemoved(OUT, "pattern", a),
  "input-format-added": (a) => `${IN.lead(a.at)}format ${JSON.stringify(a.value)} added; strict validators reject strings in another format`,
  "output-format-added": (a) => `${OUT.lead(a.at)}format ${JSON.stringify(a.value)} added; readers are unaffected`,
  "input-format-changed": (a) => stringKeywordChanged(IN, "format", a),
  "output-format-changed": (a) => stringKeywordChanged(OUT, "format", a),
  "input-format-removed": (a) => stringKeywordRemoved(IN, "format", a),
  "output-format-removed": (a) => stringKeywordRemoved(OUT, "format", a),
  "input-constraint-tightened": (a) => constraint(IN, a, true),
  "output-constraint-tightened": (a) => constraint(OUT, a, true),
  "input-constraint-loosened": (a) => constraint(IN, a, false),
  "output-constraint-loosened": (a) => constraint(OUT, a, false),
  "input-additional-properties-disallowed": (a) => {
    const u = undeclared(IN, a.at);
    return `${u.lead}${u.what} are no longer allowed (additionalProperties: false); calls with ${IN.isRoot(a.at) ? u.extra : "extra keys"}, which models often add, are now rejected`;
  },
  "output-additional-properties-disallowed": (a) => {
    const u = undeclared(OUT, a.at);
    return `${u.lead}${u.what} are no longer allowed (additionalProperties: false); readers are unaffected`;
  },
  "input-additional-properties-allowed": (a) => {
    const u = undeclared(IN, a.at);
    return `${u.lead}${u.what} are now allowed; ${IN.accepted(u.extra)}`;
  },
  "output-additional-properties-allowed": (a) => {
    const u = undeclared(OUT, a.at);
    return `${u.lead}${u.what} are now allowed; ${OUT.accepted(u.extra)}`;
  },
  "input-default-changed": (a) => `${IN.lead(a.at)}default changed from ${valueKey(a.before)} to ${valueKey(a.after)}; calls that omit it now behave differently`,
  "output-default-changed": (a) => `${OUT.lead(a.at)}default changed from ${valueKey(a.before)} to ${valueKey(a.after)}; documentation only`,
  "input-default-removed": (a) => `${IN.lead(a.at)}default ${valueKey(a.value)} removed; calls that omit it no longer get that value`,
  "output-default-removed": (a) => `${OUT.lead(a.at)}default ${valueKey(a.value)} removed; documentation only`,
  "input-default-added": (a) => `${IN.lead(a.at)}default ${valueKey(a.value)} added`,
  "output-default-added": (a) => `${OUT.lead(a.at)}default ${valueKey(a.value)} added`,
  "input-variant-removed": (a) => `${IN.lead(a.at)}${describeVariant(a.variant)} was removed; ${IN.rejected("values that only it matched")}`,
  "output-variant-removed": (a) => `${OUT.lead(a.at)}${describeVariant(a.variant)} was removed; ${OUT.rejected("values that only it matched")}`,
  "input-variant-added": (a) => `${IN.lead(a.at)}${describeVariant(a.variant)} was added; ${IN.accepted("values that only it matches")}`,
  "output-variant-added": (a) => `${OUT.lead(a.at)}${describeVariant(a.variant)} was added; ${OUT.accepted("values that only it matches")}`,
  "input-schema-inconclusive": (a) => inconclusive(IN, a),
  "output-schema-inconclusive": (a) => inconclusive(OUT, a),
  "output-schema-removed": () => "the outputSchema was removed; clients that validate or rely on structuredContent lose their contract",
  "output-schema-added": () => "an outputSchema was added; clients can now rely on structuredContent",
  "input-schema-narrowed": () => "the input schema now rejects some arguments it accepted before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)",
  "output-schema-widened": () => "the output schema now allows results it did not allow before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)",
  "input-schema-widened": () => "the input schema accepts more arguments than before and rejects none it accepted",
  "output-schema-narrowed": () => "the output schema allows fewer results than before and none it did not allow"
};
var WORDED_SCHEMA_RULES = Object.keys(SCHEMA_MESSAGES);
function schemaMessage(id, ...args) {
  return SCHEMA_MESSAGES[id](...args);
}
function walkerMessage(id, args) {
  return SCHEMA_MESSAGES[id](args);
}
function placeLead(direction, at) {
  return (direction === "input" ? IN : OUT).lead(at);
}
function undecidedReason(direction, at, what) {
  return `${placeLead(direction, at)}${what}`;
}
function unreadKeywordsReason(keywords) {
  return `the schemas differ, and ${keywords.map((k) => `\`${k}\``).join(", ")} ${keywords.length === 1 ? "is" : "are"} not compared by the walker`;
}

// src/diff/schema/generator-toggles.ts
var GENERATOR_TOGGLE_RULES = defineRules("change", "src/diff/schema/generator-toggles.ts", "tool", {
  "output-additional-properties-generator-artefact": [
    "info",
    "the root of every output schema in the catalog (two or more tools, all closed before) stopped forbidding undeclared fields at once: the schema generator stopped writing additionalProperties:false, the results the server builds are the same",
    "output"
  ]
});
var MESSAGES = {
  "output-additional-properties-generator-artefact": ({ tool, tools }) => `Tool "${tool}": the result no longer forbids undeclared fields at its root, as in all ${tools} output schemas of this catalog at once; that is the schema generator no longer writing additionalProperties: false, not new fields in the results the server sends`
};
var finding7 = findingMaker(GENERATOR_TOGGLE_RULES, MESSAGES);
var ROOT_OPENED = { rule: "output-additional-properties-allowed", path: "/outputSchema/additionalProperties" };
var MIN_TOGGLED_TOOLS = 2;
var closedRoot = (schema) => isObject(schema) && schema.additionalProperties === false;
function rateGeneratorToggles(findings, base, head) {
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
  const baseOutput = new Map(base.tools.map((t) => [t.name, t.outputSchema]));
  let paired = 0;
  for (const t of head.tools) {
    const before = baseOutput.get(renamedFrom.get(t.name) ?? t.name);
    if (before === void 0 || t.outputSchema === void 0) continue;
    if (!closedRoot(before) || closedRoot(t.outputSchema)) return findings;
    paired++;
  }
  if (paired < MIN_TOGGLED_TOOLS) return findings;
  return findings.map(
    (f) => f.rule === ROOT_OPENED.rule && f.path === ROOT_OPENED.path ? finding7(
      "output-additional-properties-generator-artefact",
      {
        subject: f.subject,
        path: f.path,
        ...f.before !== void 0 ? { before: f.before } : {},
        ...f.after !== void 0 ? { after: f.after } : {},
        extra: { artefact: "additionalProperties: false dropped from every output schema root at once", tools: paired }
      },
      { tool: f.subject, tools: paired }
    ) : f
  );
}

// src/diff/schema/normalize.ts
var VALUE_BRANCH_EXTRAS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "markdownDescription",
  "type"
]);
function normaliseSpellings(node) {
  let out;
  const edit = () => out ??= { ...node };
  if (isObject(node.dependencies)) {
    const o = edit();
    const required = isObject(node.dependentRequired) ? { ...node.dependentRequired } : {};
    const schemas = isObject(node.dependentSchemas) ? { ...node.dependentSchemas } : {};
    for (const [name, dep] of Object.entries(node.dependencies)) {
      if (Array.isArray(dep)) required[name] = [...Array.isArray(required[name]) ? required[name] : [], ...dep];
      else if (schemas[name] === void 0) schemas[name] = dep;
      else schemas[name] = { allOf: [schemas[name], dep] };
    }
    delete o.dependencies;
    if (Object.keys(required).length) o.dependentRequired = required;
    if (Object.keys(schemas).length) o.dependentSchemas = schemas;
  }
  const lists = (out ?? node).dependentRequired;
  if (isObject(lists)) {
    edit().dependentRequired = Object.fromEntries(
      Object.entries(lists).map(([k, v]) => [k, Array.isArray(v) ? [...new Set(v.filter((n) => typeof n === "string"))].sort() : v])
    );
  }
  if (node.nullable !== void 0) {
    const o = edit();
    delete o.nullable;
    const type = node.type;
    if (node.nullable === true && (typeof type === "string" || Array.isArray(type)))
      o.type = [.../* @__PURE__ */ new Set([...Array.isArray(type) ? type : [type], "null"])];
  }
  for (const kw of ["anyOf", "oneOf"]) {
    const merged = mergeValueBranches(out ?? node, kw);
    if (merged) out = merged;
  }
  return out ?? node;
}
function branchValues(m) {
  if (!isObject(m) || m.$ref !== void 0) return void 0;
  const values = m.const !== void 0 ? [m.const] : Array.isArray(m.enum) ? m.enum : void 0;
  if (!values || !Object.keys(m).every((k) => k === "const" || k === "enum" || VALUE_BRANCH_EXTRAS.has(k))) return void 0;
  if (m.const !== void 0 && m.enum !== void 0) return void 0;
  const types = typeof m.type === "string" ? [m.type] : Array.isArray(m.type) ? m.type : void 0;
  if (types && !types.every((t) => typeof t === "string")) return void 0;
  return types ? values.filter((v) => types.some((t) => valueHasType(v, t))) : values;
}
function mergeValueBranches(node, kw) {
  const members = node[kw];
  if (!Array.isArray(members) || node[kw === "anyOf" ? "oneOf" : "anyOf"] !== void 0) return void 0;
  const valued = members.map(branchValues);
  const count = valued.filter((v) => v !== void 0).length;
  if (count === 0 || count === 1 && members.length > 1) return void 0;
  const seen = /* @__PURE__ */ new Map();
  for (const vs of valued) {
    for (const v of new Set(vs ?? [])) {
      const k = valueKey(v);
      if (seen.has(k) && kw === "oneOf") return void 0;
      seen.set(k, v);
    }
  }
  const values = [...seen.values()];
  const out = { ...node };
  if (count < members.length) {
    out[kw] = [{ enum: values }, ...members.filter((_, i) => valued[i] === void 0)];
    return out;
  }
  delete out[kw];
  if (out.enum === void 0 && out.const === void 0) {
    out.enum = values;
    return out;
  }
  const own2 = new Set((out.const !== void 0 ? [out.const] : out.enum).map(valueKey));
  delete out.const;
  out.enum = values.filter((v) => own2.has(valueKey(v)));
  return out;
}

// src/diff/schema/document.ts
var VALUE_SHAPE = {
  type: (v) => typeof v === "string" || Array.isArray(v) && v.every((t) => typeof t === "string"),
  required: (v) => Array.isArray(v) && v.every((t) => typeof t === "string"),
  enum: Array.isArray,
  $ref: (v) => typeof v === "string",
  pattern: (v) => typeof v === "string",
  format: (v) => typeof v === "string",
  uniqueItems: (v) => typeof v === "boolean",
  multipleOf: (v) => typeof v === "number" && v > 0,
  minimum: (v) => typeof v === "number",
  maximum: (v) => typeof v === "number",
  // draft-04 spells exclusive bounds as booleans beside minimum/maximum.
  exclusiveMinimum: (v) => typeof v === "number" || typeof v === "boolean",
  exclusiveMaximum: (v) => typeof v === "number" || typeof v === "boolean",
  ...Object.fromEntries(
    ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains"].map((k) => [
      k,
      (v) => Number.isInteger(v) && v >= 0
    ])
  )
};
function isSchemaValue(v) {
  return typeof v === "boolean" || isObject(v);
}
var ANNOTATION_KEYWORDS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "$schema",
  "$id",
  "$anchor",
  "$dynamicAnchor",
  "$defs",
  "definitions",
  "deprecated",
  "readOnly",
  "writeOnly",
  "markdownDescription",
  "default",
  "nullable",
  "x-order",
  "$vocabulary"
]);
var SUBSCHEMA = /* @__PURE__ */ new Set([
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems"
]);
var SUBSCHEMA_MAP = /* @__PURE__ */ new Set(["properties", "patternProperties", "dependentSchemas", "dependencies"]);
var SUBSCHEMA_SET = /* @__PURE__ */ new Set(["anyOf", "oneOf", "allOf"]);
var VALUE_SET = /* @__PURE__ */ new Set(["enum", "required", "type"]);
var KEY_DIGEST_THRESHOLD = 160;
var KNOWN_KEYWORDS = /* @__PURE__ */ new Set([
  ...ANNOTATION_KEYWORDS,
  ...SUBSCHEMA,
  ...SUBSCHEMA_MAP,
  ...SUBSCHEMA_SET,
  ...VALUE_SET,
  "$ref",
  "const",
  "prefixItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minProperties",
  "maxProperties",
  "dependentRequired",
  "minContains",
  "maxContains",
  "$dynamicRef",
  "$recursiveRef",
  "$recursiveAnchor"
]);
var MAX_SCHEMA_DEPTH = 256;
var SchemaTooDeep = class extends Error {
  constructor() {
    super(`the schema nests more than ${MAX_SCHEMA_DEPTH} levels deep`);
  }
};
var Unresolvable = class {
  constructor(ref, remote) {
    this.ref = ref;
    this.remote = remote;
  }
  ref;
  remote;
};
function safeDecode(token) {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
var SchemaDocument = class {
  /** `interner` must be shared by the documents whose keys are compared, so equal long keys get equal ids. */
  constructor(root, interner = /* @__PURE__ */ new Map()) {
    this.root = root;
    this.interner = interner;
  }
  root;
  interner;
  normCache = /* @__PURE__ */ new WeakMap();
  /** The malformed keywords normalisation dropped from a node (keyed by the normalised node), with their values. */
  malformedOf = /* @__PURE__ */ new WeakMap();
  keyCache = [/* @__PURE__ */ new WeakMap(), /* @__PURE__ */ new WeakMap()];
  refCache = /* @__PURE__ */ new Map();
  /** $refs that could not be followed (remote or dangling), with the first path they were met at. */
  unresolved = /* @__PURE__ */ new Map();
  /** Keywords met while keying that the walker does not know (e.g. contentMediaType, x-vendor keys). */
  unknownKeywords = /* @__PURE__ */ new Set();
  /** Refs currently being expanded while computing keys (cycle guard). */
  expanding = /* @__PURE__ */ new Set();
  /** How many cycle markers keys have contained so far: a key computed without a new marker is context-free and cacheable. */
  markers = 0;
  /** Current recursion depth of key() and norm(), bounded by MAX_SCHEMA_DEPTH. */
  depth = 0;
  /** Follows a local ref ("#", "#/$defs/X", or a "#name" anchor); anything else is unresolvable and recorded. */
  resolveRef(ref) {
    const cached = this.refCache.get(ref);
    if (cached !== void 0) return cached;
    let out;
    if (ref === "#" || ref === "") out = this.root;
    else if (ref.startsWith("#/")) {
      let node = this.root;
      for (const raw of ref.slice(2).split("/")) {
        const token = unescapePointerToken(safeDecode(raw));
        if (Array.isArray(node)) node = node[Number(token)];
        else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : void 0;
        else node = void 0;
        if (node === void 0) break;
      }
      out = node === void 0 ? new Unresolvable(ref, false) : node;
    } else if (ref.startsWith("#")) out = this.anchors().get(ref.slice(1)) ?? new Unresolvable(ref, false);
    else out = new Unresolvable(ref, true);
    if (out instanceof Unresolvable) this.unresolved.set(ref, out);
    this.refCache.set(ref, out);
    return out;
  }
  anchorMap;
  refCounts;
  /** How many times a $ref string appears in the document (a definition used once is just a place). */
  refUses(ref) {
    if (!this.refCounts) {
      const counts = /* @__PURE__ */ new Map();
      const visit = (node, depth) => {
        if (depth > MAX_SCHEMA_DEPTH) return;
        if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
        else if (isObject(node)) {
          if (typeof node.$ref === "string") counts.set(node.$ref, (counts.get(node.$ref) ?? 0) + 1);
          for (const [k, v] of Object.entries(node))
            if (k !== "enum" && k !== "const" && k !== "default" && k !== "examples") visit(v, depth + 1);
        }
      };
      visit(this.root, 0);
      this.refCounts = counts;
    }
    return this.refCounts.get(ref) ?? 0;
  }
  /** Plain-name anchors: `$anchor: "x"` (2019+) and `$id: "#x"` (draft-07), found by one walk of the document. */
  anchors() {
    if (this.anchorMap) return this.anchorMap;
    const map = /* @__PURE__ */ new Map();
    const visit = (node, depth) => {
      if (depth > MAX_SCHEMA_DEPTH) return;
      if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
      else if (isObject(node)) {
        if (typeof node.$anchor === "string" && !map.has(node.$anchor)) map.set(node.$anchor, node);
        if (typeof node.$id === "string" && node.$id.startsWith("#") && !map.has(node.$id.slice(1))) map.set(node.$id.slice(1), node);
        for (const [k, v] of Object.entries(node))
          if (k !== "enum" && k !== "const" && k !== "default" && k !== "examples") visit(v, depth + 1);
      }
    };
    visit(this.root, 0);
    return this.anchorMap = map;
  }
  /**
   * The node as the walker compares it: $ref followed (siblings merged in), allOf merged when it can be done
   * without loss, `type: ["x"]` → "x", draft-04 boolean exclusive bounds → numeric, draft-07 tuple `items` →
   * `prefixItems` (+ `items` for the rest), `additionalProperties: true` dropped. Returns a boolean for boolean schemas.
   */
  norm(node) {
    if (node === void 0 || node === true) return true;
    if (node === false) return false;
    if (!isObject(node)) return true;
    const hit = this.normCache.get(node);
    if (hit !== void 0) return hit;
    this.normCache.set(node, true);
    if (++this.depth > MAX_SCHEMA_DEPTH) {
      this.depth--;
      this.normCache.delete(node);
      throw new SchemaTooDeep();
    }
    try {
      const out = this.normalise(node);
      this.normCache.set(node, out);
      if (typeof out === "object") this.normCache.set(out, out);
      return out;
    } finally {
      this.depth--;
    }
  }
  normalise(node) {
    let out = node;
    const malformed = nonSchemaMembers(node);
    if (typeof node.$ref === "string") {
      const target = this.resolveRef(node.$ref);
      if (!(target instanceof Unresolvable)) {
        const { $ref: _ref, ...siblings } = node;
        const t = this.norm(target);
        if (t === false) return false;
        Object.assign(malformed, this.malformed(t));
        const hasValidationSiblings = Object.keys(siblings).some((k) => !ANNOTATION_KEYWORDS.has(k));
        if (!hasValidationSiblings) {
          if (Object.keys(siblings).length === 0) return t;
          return this.withMalformed(t === true ? { ...siblings } : { ...t, ...siblings }, malformed);
        }
        out = { ...siblings, allOf: [t === true ? {} : t, ...Array.isArray(siblings.allOf) ? siblings.allOf : []] };
      }
    }
    const merged = this.mergeAllOf(out);
    if (merged !== out && Array.isArray(node.allOf)) {
      node.allOf.forEach((member, i) => {
        for (const [k, v] of Object.entries(this.malformed(this.norm(member)))) malformed[`allOf/${i}/${k}`] = v;
      });
    }
    const result = normaliseKeywords(merged);
    return this.withMalformed(result.node, { ...malformed, ...result.malformed });
  }
  withMalformed(n, malformed) {
    if (Object.keys(malformed).length) this.malformedOf.set(n, malformed);
    return n;
  }
  /**
   * Keywords whose value is not what JSON Schema allows, dropped by normalisation (as lenient validators ignore them)
   * but kept here so a change to one is reported, never silently equal. Keyed by their pointer relative to the node.
   */
  malformed(n) {
    return typeof n === "object" && this.malformedOf.get(n) || {};
  }
  /** Merges allOf members into the node when no keyword conflicts; otherwise leaves allOf for opaque comparison. */
  mergeAllOf(node) {
    if (!Array.isArray(node.allOf)) return node;
    const { allOf, ...rest } = node;
    let merged = rest;
    for (const member of allOf) {
      const m = this.norm(member);
      if (m === true) continue;
      if (m === false) return node;
      const next = mergeTwo(merged, m);
      if (next === null) return node;
      merged = next;
    }
    return merged;
  }
  /**
   * Canonical key of a subschema: $refs inlined (a ref met again inside its own expansion stays a ref), annotation
   * keywords dropped (description kept when `withDocs`), order-insensitive lists sorted. Equal keys mean equal schemas.
   */
  key(node, withDocs = false) {
    if (node === void 0) return "true";
    if (!isObject(node)) return node === false ? "false" : node === true ? "true" : "!" + valueKey(node);
    const cache = this.keyCache[withDocs ? 1 : 0];
    const hit = cache.get(node);
    if (hit !== void 0) return hit;
    const ref = typeof node.$ref === "string" ? node.$ref : void 0;
    if (ref !== void 0) {
      if (this.expanding.has(ref)) {
        this.markers++;
        return `{"$ref":${JSON.stringify(ref)}}`;
      }
      this.expanding.add(ref);
    }
    const markersBefore = this.markers;
    let out;
    if (++this.depth > MAX_SCHEMA_DEPTH) {
      this.depth--;
      if (ref !== void 0) this.expanding.delete(ref);
      throw new SchemaTooDeep();
    }
    try {
      const n = this.norm(node);
      out = n === true ? "true" : n === false ? "false" : this.keyOfNormalised(n, withDocs);
    } finally {
      this.depth--;
      if (ref !== void 0) this.expanding.delete(ref);
    }
    if (out.length > KEY_DIGEST_THRESHOLD) {
      let id = this.interner.get(out);
      if (id === void 0) this.interner.set(out, id = this.interner.size);
      out = "#" + id;
    }
    if (this.markers === markersBefore || this.expanding.size === 0) cache.set(node, out);
    return out;
  }
  keyOfNormalised(n, withDocs) {
    const parts = [];
    let keys = Object.keys(n);
    if (typeof n.$ref === "string") parts.push(`"$ref":${JSON.stringify(n.$ref)}`);
    keys = keys.filter((k) => k !== "$ref" && (!ANNOTATION_KEYWORDS.has(k) || k === "default" || withDocs && k === "description"));
    const values = n.const !== void 0 ? [n.const] : Array.isArray(n.enum) ? n.enum : void 0;
    for (const k of keys.sort()) {
      const v = n[k];
      let s;
      if (k === "const" || k === "enum") continue;
      if (!KNOWN_KEYWORDS.has(k)) this.unknownKeywords.add(k);
      if (SUBSCHEMA.has(k)) s = this.key(v, withDocs);
      else if (SUBSCHEMA_MAP.has(k) && isObject(v))
        s = "{" + Object.keys(v).sort().map((p) => JSON.stringify(p) + ":" + (Array.isArray(v[p]) ? valueKey(v[p]) : this.key(v[p], withDocs))).join(",") + "}";
      else if (SUBSCHEMA_SET.has(k) && Array.isArray(v)) {
        const members = [...new Set(v.map((m) => this.key(m, withDocs)))].sort();
        if ((k === "anyOf" || k === "oneOf") && members.length === 1) s = members[0];
        else s = "[" + members.join(",") + "]";
      } else if (k === "prefixItems" && Array.isArray(v)) s = "[" + v.map((m) => this.key(m, withDocs)).join(",") + "]";
      else if (VALUE_SET.has(k) && Array.isArray(v)) s = "[" + [...new Set(v.map(valueKey))].sort().join(",") + "]";
      else s = valueKey(v);
      parts.push(quoted(k) + ":" + s);
    }
    if (values !== void 0) {
      parts.push('"enum":[' + [...new Set(values.map(valueKey))].sort().join(",") + "]");
      if (n.type === void 0) {
        let types = [...new Set(values.map(jsonTypeOf))];
        if (types.includes("number")) types = types.filter((t) => t !== "integer");
        parts.push(
          '"type":' + (types.length === 1 ? JSON.stringify(types[0]) : "[" + types.map((t) => JSON.stringify(t)).sort().join(",") + "]")
        );
      }
    }
    for (const [k, v] of Object.entries(this.malformed(n))) parts.push(quoted("!" + k) + ":" + valueKey(v));
    return parts.length === 0 ? "true" : "{" + parts.sort().join(",") + "}";
  }
};
var QUOTED = /* @__PURE__ */ new Map();
function quoted(k) {
  let q2 = QUOTED.get(k);
  if (q2 === void 0) {
    q2 = JSON.stringify(k);
    if (QUOTED.size < 1e3) QUOTED.set(k, q2);
  }
  return q2;
}
function nonSchemaMembers(node) {
  const out = {};
  for (const k of SUBSCHEMA_SET) {
    const v = node[k];
    const stray = Array.isArray(v) ? v.filter((m) => !isSchemaValue(m)) : [];
    if (stray.length) out[k] = stray.sort((x, y) => valueKey(x) < valueKey(y) ? -1 : valueKey(x) > valueKey(y) ? 1 : 0);
  }
  return out;
}
function wellFormed(k, v) {
  if (SUBSCHEMA_SET.has(k) || k === "prefixItems") return Array.isArray(v);
  if (SUBSCHEMA_MAP.has(k)) return isObject(v);
  if (SUBSCHEMA.has(k)) return isSchemaValue(v) || k === "items" && Array.isArray(v);
  return VALUE_SHAPE[k]?.(v) ?? true;
}
function normaliseKeywords(node) {
  let out;
  const edit = () => out ??= { ...node };
  const malformed = {};
  for (const [k, v] of Object.entries(node)) {
    if (wellFormed(k, v)) continue;
    malformed[k] = v;
    if ((k === "type" || k === "required") && Array.isArray(v)) edit()[k] = v.filter((x) => typeof x === "string");
    else delete edit()[k];
  }
  node = out ?? node;
  const respelled = normaliseSpellings(node);
  if (respelled !== node) node = out = respelled;
  if (Array.isArray(node.type)) {
    const types = [...new Set(node.type)];
    if (types.includes("number") && types.includes("integer")) types.splice(types.indexOf("integer"), 1);
    edit().type = types.length === 1 ? types[0] : types.sort();
  }
  for (const [bound, exclusive] of [
    ["maximum", "exclusiveMaximum"],
    ["minimum", "exclusiveMinimum"]
  ]) {
    if (typeof node[exclusive] === "boolean") {
      const o = edit();
      if (node[exclusive] === true && typeof node[bound] === "number") {
        o[exclusive] = node[bound];
        delete o[bound];
      } else delete o[exclusive];
    }
  }
  for (const k of ["maximum", "exclusiveMaximum"])
    if (typeof node[k] === "number" && node[k] >= Number.MAX_SAFE_INTEGER) delete edit()[k];
  for (const k of ["minimum", "exclusiveMinimum"])
    if (typeof node[k] === "number" && node[k] <= Number.MIN_SAFE_INTEGER) delete edit()[k];
  if (Array.isArray(node.items)) {
    const o = edit();
    o.prefixItems = node.items;
    if (node.additionalItems !== void 0) o.items = node.additionalItems;
    else delete o.items;
    delete o.additionalItems;
  } else if (node.additionalItems !== void 0 && node.prefixItems === void 0) {
    delete edit().additionalItems;
  }
  if (node.additionalProperties === true) delete edit().additionalProperties;
  if (node.items === true && !Array.isArray(node.items)) delete edit().items;
  return { node: out ?? node, malformed };
}
function mergeTwo(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = getOwn(out, k);
    if (cur === void 0) setOwn(out, k, v);
    else if (ANNOTATION_KEYWORDS.has(k))
      continue;
    else if (k === "properties" && isObject(cur) && isObject(v)) {
      const props = { ...cur };
      for (const [p, s] of Object.entries(v)) {
        const had = getOwn(props, p);
        setOwn(props, p, had === void 0 ? s : { allOf: [had, s] });
      }
      out[k] = props;
    } else if (k === "required" && Array.isArray(cur) && Array.isArray(v))
      out[k] = [.../* @__PURE__ */ new Set([...cur, ...v])];
    else if (k === "type") {
      const ta = new Set(Array.isArray(cur) ? cur : [cur]);
      const both = (Array.isArray(v) ? v : [v]).filter((t) => ta.has(t) || t === "integer" && ta.has("number"));
      for (const t of ta) if (t === "integer" && (Array.isArray(v) ? v : [v]).includes("number")) both.push(t);
      const uniq = [...new Set(both)];
      out[k] = uniq.length === 1 ? uniq[0] : uniq;
    } else if (valueKey(cur) !== valueKey(v)) return null;
  }
  return out;
}

// src/diff/schema/format-patterns.ts
var ROWS = [
  [
    "email",
    "zod 4 z.email (default)",
    "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
  ],
  [
    "email",
    "zod 4 z.email (html5Email)",
    "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"
  ],
  [
    "email",
    "zod 4 z.email (rfc5322Email)",
    '^(([^<>()\\[\\]\\\\.,;:\\s@"]+(\\.[^<>()\\[\\]\\\\.,;:\\s@"]+)*)|(".+"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}])|(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,}))$'
  ],
  ["email", "zod 4 z.email (unicodeEmail)", '^[^\\s@"]{1,64}@[^\\s@]{1,255}$'],
  [
    "uuid",
    "zod 4 z.uuid()",
    "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
  ],
  ["uuid", "zod 4 z.uuidv4()", "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$"],
  ["uuid", "zod 4 z.uuidv6()", "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-6[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$"],
  ["uuid", "zod 4 z.uuidv7()", "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$"],
  ["uuid", "zod 4 z.guid()", "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"],
  [
    "date-time",
    "zod 4 z.iso.datetime()",
    "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$"
  ],
  [
    "date-time",
    "zod 4 z.iso.datetime({offset})",
    "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
  ],
  [
    "date",
    "zod 4 z.iso.date()",
    "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
  ],
  [
    "duration",
    "zod 4 z.iso.duration()",
    "^P(?:(\\d+W)|(?!.*W)(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?)$"
  ],
  [
    "ipv4",
    "zod 4 z.ipv4()",
    "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$"
  ],
  [
    "ipv6",
    "zod 4 z.ipv6()",
    "^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$"
  ],
  [
    "cidrv4",
    "zod 4 z.cidrv4()",
    "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\/([0-9]|[1-2][0-9]|3[0-2])$"
  ],
  [
    "cidrv6",
    "zod 4 z.cidrv6()",
    "^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"
  ],
  [
    "hostname",
    "zod 4 z.hostname()",
    "^(?=.{1,253}\\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\\.?$"
  ],
  ["base64", "zod 4 z.base64()", "^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$"],
  ["base64url", "zod 4 z.base64url()", "^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$"],
  ["cuid", "zod 4 z.cuid()", "^[cC][0-9a-z]{6,}$"],
  ["cuid2", "zod 4 z.cuid2()", "^[0-9a-z]+$"],
  ["ulid", "zod 4 z.ulid()", "^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$"],
  ["nanoid", "zod 4 z.nanoid()", "^[a-zA-Z0-9_-]{21}$"],
  ["xid", "zod 4 z.xid()", "^[0-9a-vA-V]{20}$"],
  ["ksuid", "zod 4 z.ksuid()", "^[A-Za-z0-9]{27}$"],
  ["e164", "zod 4 z.e164()", "^\\+[1-9]\\d{6,14}$"],
  [
    "emoji",
    "zod 4 z.emoji()",
    "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$"
  ]
];
var BY_FORMAT = /* @__PURE__ */ new Map();
for (const [format, generator, source] of ROWS) {
  const m = BY_FORMAT.get(format) ?? /* @__PURE__ */ new Map();
  if (!m.has(source)) m.set(source, generator);
  BY_FORMAT.set(format, m);
}
function generatorOfFormatPattern(format, pattern) {
  return BY_FORMAT.get(format)?.get(pattern);
}

// src/diff/schema/keywords.ts
var spec = (since, compare, polarity = "conjunct", until) => ({
  since,
  compare,
  polarity,
  ...until ? { until } : {}
});
var KEYWORDS = {
  // Any instance.
  type: spec("draft-04", "walker"),
  enum: spec("draft-04", "walker"),
  const: spec("draft-06", "walker"),
  nullable: spec("openapi-3.0", "spelling"),
  // type + "null" (normalize.ts)
  // Numbers.
  multipleOf: spec("draft-04", "walker"),
  minimum: spec("draft-04", "walker"),
  maximum: spec("draft-04", "walker"),
  exclusiveMinimum: spec("draft-04", "walker"),
  // draft-04's boolean form becomes the numeric one (document.ts)
  exclusiveMaximum: spec("draft-04", "walker"),
  // Strings.
  minLength: spec("draft-04", "walker"),
  maxLength: spec("draft-04", "walker"),
  pattern: spec("draft-04", "walker"),
  format: spec("draft-04", "walker"),
  // Arrays.
  items: spec("draft-04", "walker"),
  // draft-04–2019-09 array form becomes prefixItems (document.ts)
  prefixItems: spec("2020-12", "walker"),
  additionalItems: spec("draft-04", "spelling", "conjunct", "2019-09"),
  // becomes items beside prefixItems
  minItems: spec("draft-04", "walker"),
  maxItems: spec("draft-04", "walker"),
  uniqueItems: spec("draft-04", "walker"),
  contains: spec("draft-06", "subschema"),
  minContains: spec("2019-09", "count-bound"),
  maxContains: spec("2019-09", "count-bound"),
  unevaluatedItems: spec("2019-09", "subschema"),
  // Objects.
  properties: spec("draft-04", "walker"),
  required: spec("draft-04", "walker"),
  additionalProperties: spec("draft-04", "walker"),
  minProperties: spec("draft-04", "walker"),
  maxProperties: spec("draft-04", "walker"),
  patternProperties: spec("draft-04", "schema-map"),
  propertyNames: spec("draft-06", "subschema"),
  dependencies: spec("draft-04", "spelling", "conjunct", "draft-07"),
  // arrays → dependentRequired, schemas → dependentSchemas
  dependentRequired: spec("2019-09", "name-lists"),
  dependentSchemas: spec("2019-09", "schema-map"),
  unevaluatedProperties: spec("2019-09", "subschema"),
  // Applicators.
  allOf: spec("draft-04", "conjunction"),
  anyOf: spec("draft-04", "union"),
  oneOf: spec("draft-04", "union"),
  // exclusivity: one-of.ts
  not: spec("draft-04", "negated"),
  if: spec("draft-07", "conditional"),
  then: spec("draft-07", "conditional", "none"),
  else: spec("draft-07", "conditional", "none"),
  // References.
  $ref: spec("draft-04", "walker"),
  // local refs followed, others reported (document.ts, walker.ts)
  $recursiveRef: spec("2019-09", "dynamic", "conjunct", "2019-09"),
  $dynamicRef: spec("2020-12", "dynamic"),
  // Identifiers and annotations.
  ...Object.fromEntries(
    [
      ["$schema", "draft-04"],
      ["id", "draft-04"],
      ["$id", "draft-06"],
      ["definitions", "draft-04"],
      ["$defs", "2019-09"],
      ["$anchor", "2019-09"],
      ["$recursiveAnchor", "2019-09"],
      ["$dynamicAnchor", "2020-12"],
      ["$vocabulary", "2019-09"],
      ["$comment", "draft-07"],
      ["title", "draft-04"],
      ["description", "draft-04"],
      ["default", "draft-04"],
      ["examples", "draft-06"],
      ["readOnly", "draft-07"],
      ["writeOnly", "draft-07"],
      ["deprecated", "2019-09"],
      ["contentMediaType", "draft-07"],
      ["contentEncoding", "draft-07"],
      ["contentSchema", "2019-09"]
    ].map(([k, since]) => [k, spec(since, "annotation", "none")])
  )
};
var TABLE_COMPARED = Object.keys(KEYWORDS).filter(
  (k) => k !== "contains" && ["subschema", "negated", "schema-map", "name-lists", "conjunction", "union", "dynamic"].includes(KEYWORDS[k].compare)
);
var EMITTER = "src/diff/schema/keywords.ts";
var KEYWORD_RULES = defineRules("change", EMITTER, "tool", {
  "input-keyword-narrowed": [
    "breaking",
    "an assertion keyword was added (not, if/then/else, contains, propertyNames, patternProperties, dependentRequired, dependentSchemas, allOf/anyOf members, …) or its subschema now rejects more: some arguments accepted before are rejected",
    "input"
  ],
  "input-keyword-widened": [
    "safe",
    "an assertion keyword was removed or its subschema now accepts more: every argument accepted before is still accepted",
    "input"
  ],
  "output-keyword-narrowed": [
    "safe",
    "an assertion keyword was added to the output schema or its subschema now rejects more: readers see the same or fewer kinds of result",
    "output"
  ],
  "output-keyword-widened": [
    "breaking",
    "an assertion keyword was removed from the output schema or its subschema now accepts more: readers may receive results the old schema excluded",
    "output"
  ]
});
var MAX_SHOWN = 160;
function shown2(v) {
  if (v === void 0) return "nothing";
  const text = JSON.stringify(v);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
}
var names = (ks) => ks.map((k) => JSON.stringify(k)).join(", ");
var KeywordComparison = class {
  constructor(host) {
    this.host = host;
  }
  host;
  done = /* @__PURE__ */ new WeakMap();
  compare(b, a, bPath, aPath) {
    let set = this.done.get(b);
    if (!set) this.done.set(b, set = /* @__PURE__ */ new WeakSet());
    if (set.has(a)) return;
    set.add(a);
    const counting = ["contains", "minContains", "maxContains"].filter((kw) => b[kw] !== void 0 || a[kw] !== void 0);
    if (counting.some((kw) => !this.sameKeyword(b, a, kw))) this.contains(b, a, bPath, aPath);
    for (const kw of TABLE_COMPARED) {
      if (b[kw] === void 0 && a[kw] === void 0) continue;
      if (this.sameKeyword(b, a, kw)) continue;
      this.keyword(kw, b, a, bPath, aPath);
    }
    this.conditional(b, a, bPath, aPath);
  }
  sameKeyword(b, a, kw) {
    return this.host.b.key({ [kw]: b[kw] ?? true }) === this.host.a.key({ [kw]: a[kw] ?? true });
  }
  keyword(kw, b, a, bPath, aPath) {
    const compare = KEYWORDS[kw].compare;
    const path3 = `${a[kw] !== void 0 ? aPath : bPath}/${kw}`;
    if (compare === "dynamic") {
      this.host.undecidedAt(
        path3,
        `\`${kw}\` changed from ${shown2(b[kw])} to ${shown2(a[kw])}; it is resolved through the dynamic scope at validation time (the schema it means depends on which schema included this one), so it cannot be compared statically`
      );
      return;
    }
    if (compare === "schema-map" || compare === "name-lists") return this.entries(kw, b, a, bPath, aPath);
    if (a[kw] === void 0) return this.moved("widened", path3, `\`${kw}\` ${shown2(b[kw])} removed`, { before: b[kw] });
    if (b[kw] === void 0) return this.moved("narrowed", path3, `\`${kw}\` ${shown2(a[kw])} added`, { after: a[kw] });
    if (compare === "subschema") return this.host.node(b[kw], a[kw], path3);
    if (compare === "negated") return this.not(b.not, a.not, path3);
    if (compare === "conjunction") return this.allOf(b.allOf, a.allOf, bPath, aPath);
    this.host.node({ [kw]: b[kw] }, { [kw]: a[kw] }, aPath);
  }
  /** Reports a keyword-level move: narrowed (rejects more) or widened (accepts more), with the severity of the direction. */
  moved(how, path3, what, f) {
    const dir = this.host.dir;
    const rule = dir === "input" ? how === "narrowed" ? "input-keyword-narrowed" : "input-keyword-widened" : how === "narrowed" ? "output-keyword-narrowed" : "output-keyword-widened";
    const consequence = how === "narrowed" ? dir === "input" ? "the schema now accepts the same or fewer values: callers sending values it excludes are now rejected" : "the result can only hold the same or fewer values: readers are unaffected" : dir === "input" ? "the schema now accepts the same or more values: every call accepted before still is" : "the result may now hold values the old schema excluded: readers that relied on it may break";
    this.host.emitRule(
      rule,
      KEYWORD_RULES[rule].severity,
      path3,
      `${this.host.lead(path3.replace(/\/[^/]*$/, ""))}${what}; ${consequence}`,
      f
    );
  }
  /**
   * `not`: the negated subschemas are walked in the output direction, whose severities say which way the set of matching
   * values moved (breaking or a loosening warning: it matches more; safe: fewer). Matching more under `not` accepts less.
   */
  not(b, a, path3) {
    const inner = this.host.negated(b, a, path3);
    const matchesMore = [];
    const matchesFewer = [];
    const unsure = [...inner.reasons];
    for (const c of inner.changes) {
      if (c.severity === "info") continue;
      if (UNORDERED_OUTPUT_RULES.has(c.rule)) unsure.push(describeInner(c));
      else (c.severity === "safe" ? matchesFewer : matchesMore).push(describeInner(c));
    }
    if (unsure.length) {
      this.host.undecidedAt(
        path3,
        `the subschema under \`not\` changed in a way the walker cannot order (${unsure.join("; ")}), so whether \`not\` now excludes more or fewer values is undecided`
      );
      return;
    }
    if (matchesMore.length)
      this.moved("narrowed", path3, `the subschema under \`not\` now matches more values (${matchesMore.join("; ")}), so it excludes more`, {
        before: b,
        after: a,
        extra: { keyword: "not", inner: matchesMore }
      });
    if (matchesFewer.length)
      this.moved(
        "widened",
        path3,
        `the subschema under \`not\` now matches fewer values (${matchesFewer.join("; ")}), so it excludes less`,
        { before: b, after: a, extra: { keyword: "not", inner: matchesFewer } }
      );
  }
  /** `contains` with its count bounds: an array must hold between minContains (default 1) and maxContains matching items. */
  contains(b, a, bPath, aPath) {
    const min = (s) => s.contains === void 0 ? 0 : typeof s.minContains === "number" ? s.minContains : 1;
    const max = (s) => s.contains === void 0 || typeof s.maxContains !== "number" ? Infinity : s.maxContains;
    const path3 = `${a.contains !== void 0 ? aPath : bPath}/contains`;
    const [activeB, activeA] = [min(b) > 0 || max(b) < Infinity, min(a) > 0 || max(a) < Infinity];
    if (!activeA && !activeB) return;
    if (!activeB) return this.moved("narrowed", path3, `\`contains\` ${shown2(a.contains)} added`, { after: a.contains });
    if (!activeA) return this.moved("widened", path3, `\`contains\` ${shown2(b.contains)} removed`, { before: b.contains });
    if (this.host.b.key(b.contains) !== this.host.a.key(a.contains)) this.host.node(b.contains, a.contains, path3);
    for (const [kw, vb, va, tighter] of [
      ["minContains", min(b), min(a), min(a) > min(b)],
      ["maxContains", max(b), max(a), max(a) < max(b)]
    ]) {
      if (vb === va) continue;
      const p = `${a[kw] !== void 0 ? aPath : bPath}/${kw}`;
      this.moved(tighter ? "narrowed" : "widened", p, `\`${kw}\` changed from ${vb} to ${va} (items matching \`contains\`)`, {
        before: b[kw],
        after: a[kw]
      });
    }
  }
  /** patternProperties, dependentSchemas, dependentRequired: an entry added is a conjunct, one removed accepts more, a changed one is compared. */
  entries(kw, b, a, bPath, aPath) {
    const mb = isObject(b[kw]) ? b[kw] : {};
    const ma = isObject(a[kw]) ? a[kw] : {};
    const at = (k) => `${Object.prototype.hasOwnProperty.call(ma, k) ? aPath : bPath}/${kw}/${pointerToken(k)}`;
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(mb), ...Object.keys(ma)])].sort();
    for (const k of keys) {
      const [vb, va] = [own(mb, k), own(ma, k)];
      if (kw === "patternProperties" && (vb === void 0 || va === void 0) && constrainsOthers(vb === void 0 ? a : b)) {
        this.host.undecidedAt(
          at(k),
          `pattern ${JSON.stringify(k)} was ${vb === void 0 ? "added to" : "removed from"} \`patternProperties\` beside \`additionalProperties\`; matching names are constrained by the pattern's schema ${vb === void 0 ? "instead of" : "again by"} additionalProperties', so the change both accepts and rejects values`
        );
        continue;
      }
      if (kw === "dependentRequired") {
        const lb = Array.isArray(vb) ? vb : [];
        const la = Array.isArray(va) ? va : [];
        const added = la.filter((n) => !lb.includes(n));
        const removed = lb.filter((n) => !la.includes(n));
        const whenPresent = `whenever ${JSON.stringify(k)} is present`;
        if (added.length)
          this.moved("narrowed", at(k), `\`dependentRequired\` now also requires ${names(added)} ${whenPresent}`, {
            before: vb,
            after: va,
            extra: { keyword: kw, name: k, added }
          });
        if (removed.length)
          this.moved("widened", at(k), `\`dependentRequired\` no longer requires ${names(removed)} ${whenPresent}`, {
            before: vb,
            after: va,
            extra: { keyword: kw, name: k, removed }
          });
        continue;
      }
      const entry = kw === "patternProperties" ? `pattern ${JSON.stringify(k)}` : `the schema applied when ${JSON.stringify(k)} is present`;
      if (vb === void 0) this.moved("narrowed", at(k), `\`${kw}\`: ${entry} added`, { after: va, extra: { keyword: kw, name: k } });
      else if (va === void 0)
        this.moved("widened", at(k), `\`${kw}\`: ${entry} removed`, { before: vb, extra: { keyword: kw, name: k } });
      else this.host.node(vb, va, at(k));
    }
  }
  /** allOf members that could not be merged: equal members pair up, the rest pair by position; extra members are conjuncts. */
  allOf(mb, ma, bPath, aPath) {
    const leftB = mb.map((m, i) => ({ m, i, k: this.host.b.key(m) }));
    const leftA = ma.map((m, i) => ({ m, i, k: this.host.a.key(m) }));
    for (const x of [...leftB]) {
      const j = leftA.findIndex((y) => y.k === x.k);
      if (j < 0) continue;
      leftA.splice(j, 1);
      leftB.splice(leftB.indexOf(x), 1);
    }
    const paired = Math.min(leftB.length, leftA.length);
    for (let i = 0; i < paired; i++) this.host.node(leftB[i].m, leftA[i].m, `${aPath}/allOf/${leftA[i].i}`);
    for (const y of leftA.slice(paired))
      this.moved("narrowed", `${aPath}/allOf/${y.i}`, `\`allOf\` member ${shown2(y.m)} added`, { after: y.m });
    for (const x of leftB.slice(paired))
      this.moved("widened", `${bPath}/allOf/${x.i}`, `\`allOf\` member ${shown2(x.m)} removed`, { before: x.m });
  }
  /**
   * if/then/else as one group: without `if`, then/else do nothing. A group added is a conjunct; with the same `if`, then
   * and else are compared like any subschema. A changed `if` moves values between the branches: undecidable here.
   */
  conditional(b, a, bPath, aPath) {
    const group = (s) => s.if !== void 0 && (s.then !== void 0 || s.else !== void 0) ? { if: s.if, then: s.then ?? true, else: s.else ?? true } : void 0;
    const [gb, ga] = [group(b), group(a)];
    if (gb === void 0 && ga === void 0) return;
    if (this.host.b.key(gb) === this.host.a.key(ga)) return;
    if (gb === void 0)
      return this.moved(
        "narrowed",
        `${aPath}/if`,
        `a conditional (if ${shown2(a.if)}${a.then !== void 0 ? ` then ${shown2(a.then)}` : ""}${a.else !== void 0 ? ` else ${shown2(a.else)}` : ""}) was added`,
        { after: ga }
      );
    if (ga === void 0) return this.moved("widened", `${bPath}/if`, `the conditional (if ${shown2(b.if)}) was removed`, { before: gb });
    const sameIf = this.host.b.key(b.if) === this.host.a.key(a.if);
    const [tb, ta, eb, ea] = [b.then ?? true, a.then ?? true, b.else ?? true, a.else ?? true];
    if (!sameIf && !(this.host.b.key(tb) === this.host.b.key(eb) && this.host.a.key(ta) === this.host.a.key(ea))) {
      this.host.undecidedAt(
        `${aPath}/if`,
        `\`if\` changed from ${shown2(b.if)} to ${shown2(a.if)}; that moves values between the \`then\` and the \`else\` branch, so whether the schema now accepts more or fewer depends on values matching one branch and not the other, which the walker cannot enumerate`
      );
      return;
    }
    if (!sameIf) {
      this.host.node(tb, ta, `${aPath}/then`);
      return;
    }
    if (this.host.b.key(tb) !== this.host.a.key(ta)) this.host.node(tb, ta, `${aPath}/then`);
    if (this.host.b.key(eb) !== this.host.a.key(ea)) this.host.node(eb, ea, `${aPath}/else`);
  }
};
function own(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : void 0;
}
function constrainsOthers(s) {
  return s.additionalProperties !== void 0 && s.additionalProperties !== true && !(isObject(s.additionalProperties) && Object.keys(s.additionalProperties).length === 0);
}
var UNORDERED_OUTPUT_RULES = /* @__PURE__ */ new Set([
  "output-property-renamed",
  "output-pattern-changed",
  "output-format-changed",
  "output-schema-inconclusive"
]);
function describeInner(c) {
  return `${c.rule.replace(/^(input|output)-/, "").replace(/-/g, " ")} at ${c.path || "/"}`;
}
function dynamicScopeReason(b, a) {
  const [sb, sa] = [dynamicScope(b.root), dynamicScope(a.root)];
  if (!sb.refs && !sa.refs) return void 0;
  if (sb.anchors.map((n) => b.key(n[1])).join("\n") === sa.anchors.map((n) => a.key(n[1])).join("\n") && sb.names === sa.names)
    return void 0;
  return "the subschemas carrying `$dynamicAnchor`/`$recursiveAnchor` changed, and `$dynamicRef`/`$recursiveRef` resolves to one of them through the dynamic scope at validation time, so the change cannot be compared statically";
}
function dynamicScope(root) {
  let refs = false;
  const anchors = [];
  const visit = (node, depth) => {
    if (depth > 64) return;
    if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
    else if (isObject(node)) {
      if (node.$dynamicRef !== void 0 || node.$recursiveRef !== void 0) refs = true;
      for (const kw of ["$dynamicAnchor", "$recursiveAnchor"])
        if (node[kw] !== void 0) anchors.push([`${kw}=${JSON.stringify(node[kw])}`, node]);
      for (const [k, v] of Object.entries(node))
        if (k !== "enum" && k !== "const" && k !== "default" && k !== "examples") visit(v, depth + 1);
    }
  };
  visit(root, 0);
  return { refs, anchors, names: anchors.map((x) => x[0]).join("\n") };
}

// src/diff/schema/one-of.ts
var ONE_OF_RULES = defineRules("change", "src/diff/schema/one-of.ts", "tool", {
  "input-one-of-overlap": [
    "breaking",
    "oneOf branches now overlap: an argument that matched exactly one branch before now matches two, and oneOf rejects it (the instance is in the finding)",
    "input"
  ]
});
var DocumentValidator = class _DocumentValidator {
  ajv;
  compiled = /* @__PURE__ */ new WeakMap();
  static ROOT = "mcp-contract:root";
  constructor(root) {
    this.ajv = createAjv(dialectOf(root));
    const copy = ajvCopy(root);
    if (isObject(copy)) {
      const { $id: _i, ...rest } = copy;
      try {
        this.ajv.addSchema(rest, _DocumentValidator.ROOT);
      } catch {
      }
    }
  }
  /** A validator for a subschema, or undefined when ajv cannot compile it (a remote $ref, an unsafe pattern, …). */
  validator(schema) {
    if (typeof schema === "boolean") return () => schema;
    if (!isObject(schema)) return void 0;
    const hit = this.compiled.get(schema);
    if (hit !== void 0) return hit ?? void 0;
    let out = null;
    try {
      const copy = ajvCopy(schema);
      const { $id: _i, ...rest } = copy;
      const fn = this.ajv.compile(rootedRefs(rest));
      out = (v) => {
        try {
          return fn(v) === true;
        } catch {
          return false;
        }
      };
    } catch {
      out = null;
    }
    this.compiled.set(schema, out);
    return out ?? void 0;
  }
};
var VALUE_KEYWORDS = /* @__PURE__ */ new Set(["enum", "const", "default", "examples"]);
function rootedRefs(node) {
  if (Array.isArray(node)) return node.map(rootedRefs);
  if (!isObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string" && v.startsWith("#")) out[k] = `mcp-contract:root${v}`;
    else out[k] = VALUE_KEYWORDS.has(k) ? v : rootedRefs(v);
  }
  return out;
}
var MAX_CANDIDATES = 400;
var MAX_DEPTH = 3;
var MAX_STRING_LENGTH = 16;
function candidates(doc, schema, depth = 0, out = []) {
  const n = doc.norm(schema);
  if (out.length > MAX_CANDIDATES || depth > MAX_DEPTH || typeof n === "boolean") return out;
  const push2 = (v) => void out.push(v);
  for (const k of ["const", "default"]) if (n[k] !== void 0) push2(n[k]);
  for (const k of ["enum", "examples"]) if (Array.isArray(n[k])) n[k].slice(0, 20).forEach(push2);
  if (n.const !== void 0 || Array.isArray(n.enum)) return out;
  const types = typeof n.type === "string" ? [n.type] : Array.isArray(n.type) ? n.type : ["string", "number", "object", "array", "boolean", "null"];
  const num = (k) => typeof n[k] === "number" ? n[k] : void 0;
  for (const t of types) {
    if (t === "null") push2(null);
    else if (t === "boolean") [true, false].forEach(push2);
    else if (t === "string") {
      const lengths = [0, 1, 3, num("minLength"), num("maxLength")].flatMap((l) => l === void 0 ? [] : [l - 1, l, l + 1]);
      for (const l of new Set(lengths)) if (l >= 0 && l <= MAX_STRING_LENGTH) push2("a".repeat(l));
    } else if (t === "number" || t === "integer") {
      const points = [
        0,
        1,
        -1,
        num("minimum"),
        num("maximum"),
        num("exclusiveMinimum"),
        num("exclusiveMaximum"),
        num("multipleOf")
      ].flatMap((x) => x === void 0 ? [] : [x - 1, x, x + 1, x - 0.5, x + 0.5]);
      for (const x of new Set(points)) if (Number.isFinite(x) && (t === "number" || Number.isInteger(x))) push2(x);
    } else if (t === "array") {
      const items = Array.isArray(n.prefixItems) ? n.prefixItems.map((s) => candidates(doc, s, depth + 1, [])[0] ?? null) : [];
      const each = candidates(doc, n.items ?? true, depth + 1, []).slice(0, 4);
      push2(items);
      for (const v of each)
        for (const count of /* @__PURE__ */ new Set([1, 2, num("minItems") ?? 1, num("maxItems") ?? 1, (num("maxItems") ?? 0) + 1]))
          if (count > 0 && count <= 16) push2([...items, ...Array(count).fill(v)]);
    } else if (t === "object") objectCandidates(doc, n, depth, push2);
  }
  return out;
}
function objectCandidates(doc, n, depth, push2) {
  const props = isObject(n.properties) ? n.properties : {};
  const required = Array.isArray(n.required) ? n.required.filter((k) => typeof k === "string") : [];
  const options = /* @__PURE__ */ new Map();
  for (const k of /* @__PURE__ */ new Set([...Object.keys(props), ...required]))
    options.set(
      k,
      candidates(doc, Object.prototype.hasOwnProperty.call(props, k) ? props[k] : n.additionalProperties ?? true, depth + 1, []).slice(
        0,
        6
      )
    );
  const first = (k) => options.get(k)?.[0] ?? null;
  const base = Object.fromEntries(required.map((k) => [k, first(k)]));
  push2(base);
  push2({ ...base, ...Object.fromEntries([...options.keys()].map((k) => [k, first(k)])) });
  for (const [k, vs] of options) for (const v of vs.slice(1)) push2({ ...base, [k]: v });
}
function typesOf(n) {
  if (typeof n.type === "string") return [n.type];
  if (Array.isArray(n.type)) return n.type;
  const values = n.const !== void 0 ? [n.const] : Array.isArray(n.enum) ? n.enum : void 0;
  return values ? [...new Set(values.map(jsonTypeOf))] : ["any"];
}
var typesMeet = (x, y) => x.some(
  (t) => y.some((u) => t === u || t === "any" || u === "any" || t === "integer" && u === "number" || t === "number" && u === "integer")
);
var listed = (n) => typeof n === "boolean" ? void 0 : n.const !== void 0 ? [n.const] : Array.isArray(n.enum) ? n.enum : void 0;
function provablyDisjoint(doc, x, y) {
  const nx = doc.norm(x);
  const ny = doc.norm(y);
  if (nx === false || ny === false) return true;
  if (nx === true || ny === true) return false;
  if (!typesMeet(typesOf(nx), typesOf(ny))) return true;
  const [vx, vy] = [listed(nx), listed(ny)];
  if (vx && vy && !vx.some((v) => vy.some((w) => valueKey(v) === valueKey(w)))) return true;
  if (vx && !vy && vx.every((v) => !typesOf(ny).some((t) => t === "any" || valueHasType(v, t)))) return true;
  const minLen = (n) => typeof n.minLength === "number" ? n.minLength : 0;
  const maxLen = (n) => typeof n.maxLength === "number" ? n.maxLength : Infinity;
  if (typesOf(nx).every((t) => t === "string") && typesOf(ny).every((t) => t === "string") && (maxLen(nx) < minLen(ny) || maxLen(ny) < minLen(nx)))
    return true;
  return objectsDisjoint(doc, nx, ny) || objectsDisjoint(doc, ny, nx);
}
function objectsDisjoint(doc, x, y) {
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  const required = Array.isArray(x.required) ? x.required.filter((k) => typeof k === "string") : [];
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  for (const k of required) {
    if (!has(py, k)) {
      if (y.additionalProperties === false && y.patternProperties === void 0 && typesOf(y).every((t) => t === "object")) return true;
      continue;
    }
    const vx = has(px, k) ? listed(doc.norm(px[k])) : void 0;
    const vy = listed(doc.norm(py[k]));
    if (vx && vy && !vx.some((v) => vy.some((w) => valueKey(v) === valueKey(w)))) return true;
  }
  return false;
}
function unprovenPairs(doc, branches) {
  const out = [];
  for (let i = 0; i < branches.length; i++)
    for (let j = i + 1; j < branches.length; j++) if (!provablyDisjoint(doc, branches[i], branches[j])) out.push([i, j]);
  return out;
}
var OneOfExclusivity = class {
  constructor(host) {
    this.host = host;
  }
  host;
  checked = /* @__PURE__ */ new WeakMap();
  validators;
  check(bRaw, aRaw, nb, na, path3) {
    if (typeof nb !== "object" || typeof na !== "object") return;
    const union = (n, kw) => Array.isArray(n[kw]) && n[kw].length > 1 ? n[kw] : void 0;
    const [oneB, oneA] = [union(nb, "oneOf"), union(na, "oneOf")];
    if (!oneB && !oneA) return;
    const baseUnion = oneB ?? (Array.isArray(nb.anyOf) ? nb.anyOf : void 0);
    if (oneA && !baseUnion && Object.keys(na).some((k) => k !== "oneOf" && !ANNOTATION_KEYWORDS.has(k))) return;
    const key = oneA ?? oneB;
    const other = oneA ? baseUnion ?? nb : na.anyOf ?? na;
    let set = this.checked.get(key);
    if (!set) this.checked.set(key, set = /* @__PURE__ */ new WeakSet());
    if (set.has(other)) return;
    set.add(other);
    if (oneA && oneB && this.host.b.key({ oneOf: oneB }) === this.host.a.key({ oneOf: oneA })) return;
    if (oneA) this.overlapGained(bRaw, aRaw, oneB, baseUnion ?? [bRaw ?? true], oneA, path3);
    else if (union(na, "anyOf")) this.exclusivityLost(bRaw, aRaw, oneB, path3);
  }
  docs() {
    return this.validators ??= [new DocumentValidator(this.host.b.root), new DocumentValidator(this.host.a.root)];
  }
  /** A value both sides' sampled branches suggest, the base accepts, the head rejects, and two head branches match. */
  overlapGained(bRaw, aRaw, oneB, baseBranches, oneA, path3) {
    const headPairs = unprovenPairs(this.host.a, oneA);
    if (!headPairs.length) return;
    const baseWasExclusive = oneB ? unprovenPairs(this.host.b, oneB).length === 0 : false;
    const sources = [...baseBranches.map((m) => [this.host.b, m]), ...oneA.map((m) => [this.host.a, m])];
    const found = this.search(bRaw, aRaw, oneA, "head", sources, (inBase, inHead, matches) => inBase && !inHead && matches.length >= 2);
    if (found) {
      const [v, matches] = found;
      const what = `${this.host.lead(path3)}${JSON.stringify(v)} was accepted before and now matches oneOf branches ${matches.join(" and ")}; oneOf rejects a value that matches more than one branch`;
      const f = { extra: { instance: v, branches: matches } };
      if (this.host.dir === "input")
        this.host.emitRule(
          "input-one-of-overlap",
          ONE_OF_RULES["input-one-of-overlap"].severity,
          `${path3}/oneOf`,
          `${what}, so callers sending it are now rejected`,
          f
        );
      else
        this.host.emitRule(
          "output-keyword-narrowed",
          KEYWORD_RULES["output-keyword-narrowed"].severity,
          `${path3}/oneOf`,
          `${what}, so the result can no longer be it: readers are unaffected`,
          f
        );
      return;
    }
    if (!oneB || baseWasExclusive) {
      const [i, j] = headPairs[0];
      const before = oneB ? "the oneOf branches were provably disjoint before" : baseBranches.length > 1 ? "`anyOf` became `oneOf`" : "a `oneOf` replaced a single schema";
      this.host.undecidedAt(
        `${path3}/oneOf`,
        `${before}, and branches ${i} and ${j} may now overlap (no sampled value matches both, but they are not provably disjoint); a value matching both would be rejected`
      );
    }
  }
  /** oneOf → anyOf: values that matched two branches were rejected and are accepted now. */
  exclusivityLost(bRaw, aRaw, oneB, path3) {
    if (!unprovenPairs(this.host.b, oneB).length) return;
    const found = this.search(
      bRaw,
      aRaw,
      oneB,
      "base",
      oneB.map((m) => [this.host.b, m]),
      (inBase, inHead, matches2) => !inBase && inHead && matches2.length >= 2
    );
    if (!found) {
      this.host.undecidedAt(
        `${path3}/anyOf`,
        "`oneOf` became `anyOf`, and its branches are not provably disjoint; values matching two branches would now be accepted"
      );
      return;
    }
    const [v, matches] = found;
    const rule = this.host.dir === "input" ? "input-keyword-widened" : "output-keyword-widened";
    const consequence = this.host.dir === "input" ? "callers may now also send it" : "readers may now receive it";
    this.host.emitRule(
      rule,
      KEYWORD_RULES[rule].severity,
      `${path3}/anyOf`,
      `${this.host.lead(path3)}\`oneOf\` became \`anyOf\`: ${JSON.stringify(v)} matches branches ${matches.join(" and ")}, which oneOf rejected; ${consequence}`,
      {
        extra: { instance: v, branches: matches }
      }
    );
  }
  /**
   * The first candidate (from `sources`' branches) for which `wanted(base accepts, head accepts, indexes of the
   * `counted` branches it matches)` holds, checked with ajv; undefined when none does or a schema cannot be compiled.
   */
  search(bRaw, aRaw, counted, countedSide, sources, wanted) {
    const [vb, va] = this.docs();
    const base = vb.validator(bRaw ?? true);
    const head = va.validator(aRaw ?? true);
    const branchDoc = countedSide === "head" ? va : vb;
    const branches = counted.map((m) => branchDoc.validator(m));
    if (!base || !head || branches.some((f) => !f)) return void 0;
    const seen = /* @__PURE__ */ new Set();
    for (const [doc, source] of sources) {
      for (const v of candidates(doc, source)) {
        const k = valueKey(v);
        if (seen.has(k)) continue;
        seen.add(k);
        const matches = branches.flatMap((f, i) => f(v) ? [i] : []);
        if (wanted(base(v), head(v), matches)) return [v, matches];
      }
    }
    return void 0;
  }
};

// src/diff/schema/property-renames.ts
var PROPERTY_DESCRIPTION_AGREEMENT = 0.7;
var NAME_DESCRIPTION_FLOOR = 0.4;
var MAX_DESCRIPTION_WORDS = 100;
var MAX_CANDIDATE_PAIRS = 2500;
var MAX_EDITED_NAME = 64;
function pairPropertyRenames(sides, removed, added) {
  if (!removed.length || !added.length) return [];
  const { b, a, pb, pa } = sides;
  const out = equalSchemaRenames(sides, removed, added);
  const taken = new Set(out.flatMap((r) => [r.from, r.to]));
  const restB = removed.filter((n) => !taken.has(n));
  const restA = added.filter((n) => !taken.has(n));
  if (restB.length * restA.length > MAX_CANDIDATE_PAIRS) return out;
  const scored = [];
  for (const from of restB) {
    const tb = typeName(b, pb[from]);
    for (const to of restA) {
      const ta = typeName(a, pa[to]);
      if (!relatedTypes(tb, ta)) continue;
      const sim = descriptionSimilarity2(pb[from], pa[to]);
      const named = namesAgree(from, to, pb[from], pa[to]);
      const described = sim !== void 0 && sim >= PROPERTY_DESCRIPTION_AGREEMENT;
      if (!named && !described) continue;
      scored.push({ from, to, score: (named ? 1 : 0) + (sim ?? 0), evidence: named ? "related-name" : "same-description" });
    }
  }
  for (const c of scored) {
    const rivals = scored.filter((o) => o !== c && (o.from === c.from || o.to === c.to));
    if (rivals.some((o) => o.score >= c.score)) continue;
    const [tb, ta] = [typeName(b, pb[c.from]), typeName(a, pa[c.to])];
    out.push({ from: c.from, to: c.to, evidence: c.evidence, ...tb !== ta ? { retyped: { from: tb, to: ta } } : {} });
  }
  return out;
}
function equalSchemaRenames({ b, a, pb, pa }, removed, added) {
  const byKey = (doc, props, names2) => {
    const m = /* @__PURE__ */ new Map();
    for (const n of names2) {
      const k = doc.key(props[n]);
      m.set(k, [...m.get(k) ?? [], n]);
    }
    return m;
  };
  const ak = byKey(a, pa, added);
  const out = [];
  for (const [k, rs] of byKey(b, pb, removed)) {
    const as = ak.get(k);
    if (rs.length !== 1 || !as || as.length !== 1) continue;
    const [from, to] = [rs[0], as[0]];
    const sameDocs = isObject(pb[from]) && typeof pb[from].description === "string" && b.key(pb[from], true) === a.key(pa[to], true);
    if (sameDocs || namesAgree(from, to, pb[from], pa[to])) out.push({ from, to, evidence: "equal-schema" });
  }
  return out;
}
function namesAgree(from, to, before, after) {
  if (!relatedNames(from, to)) return false;
  const sim = descriptionSimilarity2(before, after);
  return sim === void 0 || sim >= NAME_DESCRIPTION_FLOOR;
}
function typeName(doc, raw) {
  const one = (n2) => {
    if (!isObject(n2)) return "any";
    if (typeof n2.type === "string") return n2.type;
    if (Array.isArray(n2.type)) return [...n2.type].sort().join("|");
    return "any";
  };
  const n = doc.norm(raw);
  const t = one(n);
  if (t !== "array" || !isObject(n) || !isObject(n.items)) return t;
  return `array of ${one(doc.norm(n.items))}`;
}
function relatedTypes(x, y) {
  if (x === y) return x !== "any";
  const num = (t) => t === "integer" || t === "number";
  if (num(x) && num(y)) return true;
  return y === `array of ${x}` || x === `array of ${y}`;
}
function descriptionWords(raw) {
  if (!isObject(raw) || typeof raw.description !== "string") return [];
  return raw.description.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, MAX_DESCRIPTION_WORDS).map((w) => w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w);
}
function descriptionSimilarity2(x, y) {
  const wx = descriptionWords(x);
  const wy = descriptionWords(y);
  if (!wx.length || !wy.length) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const w of wx) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wy) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return 2 * common / (wx.length + wy.length);
}
function relatedNames(x, y) {
  const n = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const [a, b] = [n(x), n(y)];
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length > MAX_EDITED_NAME || b.length > MAX_EDITED_NAME) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

// src/diff/schema/rules.ts
function directed(row, direction) {
  const rule = row[direction];
  if (rule === null) throw new Error(`the schema change "${row.description}" has no ${direction} rule`);
  return rule;
}
function directedRuleDefs(rows, emittedBy) {
  const out = [];
  for (const row of Object.values(rows)) {
    for (const direction of ["input", "output"]) {
      const rule = row[direction];
      if (rule !== null)
        out.push({ id: rule[0], severity: rule[1], direction, subject: "tool", family: "change", description: row.description, emittedBy });
    }
  }
  return out;
}

// src/diff/schema/walker.ts
var WALKER_RULES = {
  "property-added-required": {
    input: ["input-property-added-required", "breaking"],
    output: null,
    description: "a new required property without a default: old calls omit it and are rejected"
  },
  "property-added-required-with-default": {
    input: ["input-property-added-required-with-default", "warning"],
    output: null,
    description: "a new required property that carries a default: generators (zod, pydantic) list defaulted fields as required, and the server fills the default when a call omits it; strict clients that validate before calling do reject such calls"
  },
  "property-added-optional": { input: ["input-property-added-optional", "safe"], output: null, description: "a new optional property" },
  "property-added": { input: null, output: ["output-property-added", "safe"], description: "a new property in the result" },
  "property-removed": {
    input: ["input-property-removed", "warning"],
    output: ["output-property-removed", "warning"],
    description: "a property was removed (input: breaking when the object forbids additional properties; output: breaking when it was required)"
  },
  "property-renamed": {
    input: ["input-property-renamed", "breaking"],
    output: ["output-property-renamed", "warning"],
    description: "a property disappeared and one that is the same parameter appeared in the same object: an equal schema, or a related name or the same description with a related type (a singular string become an array of strings); output: breaking when the old one was required"
  },
  "property-became-required": {
    input: ["input-property-became-required", "breaking"],
    output: ["output-property-became-required", "safe"],
    description: "a property became required"
  },
  "property-became-optional": {
    input: ["input-property-became-optional", "safe"],
    output: ["output-property-became-optional", "breaking"],
    description: "a property became optional"
  },
  "property-became-required-with-default": {
    input: ["input-property-became-required-with-default", "warning"],
    output: null,
    description: "a property became required but carries a default: rated as a required property added with a default (the server fills it when omitted; strict clients reject the omission)"
  },
  "property-description-changed": {
    input: ["input-property-description-changed", "info"],
    output: ["output-property-description-changed", "info"],
    description: "a property's description changed (the model reads it; review the wording)"
  },
  "type-narrowed": {
    input: ["input-type-narrowed", "breaking"],
    output: ["output-type-narrowed", "safe"],
    description: "the type accepts fewer kinds of value (e.g. number → integer, [string, null] → string)"
  },
  "type-widened": {
    input: ["input-type-widened", "safe"],
    output: ["output-type-widened", "breaking"],
    description: "the type accepts more kinds of value"
  },
  "type-changed": {
    input: ["input-type-changed", "breaking"],
    output: ["output-type-changed", "breaking"],
    description: "the type changed to a disjoint one"
  },
  "enum-value-removed": {
    input: ["input-enum-value-removed", "breaking"],
    output: ["output-enum-value-removed", "safe"],
    description: "an enum value was removed"
  },
  "enum-value-added": {
    input: ["input-enum-value-added", "safe"],
    output: ["output-enum-value-added", "warning"],
    description: "an enum value was added"
  },
  "enum-added": {
    input: ["input-enum-added", "breaking"],
    output: ["output-enum-added", "safe"],
    description: "a free value became an enum"
  },
  "enum-removed": {
    input: ["input-enum-removed", "safe"],
    output: ["output-enum-removed", "warning"],
    description: "an enum was removed: any value of the type is now allowed"
  },
  "const-added": {
    input: ["input-const-added", "breaking"],
    output: ["output-const-added", "safe"],
    description: "a free value became a constant"
  },
  "const-changed": {
    input: ["input-const-changed", "breaking"],
    output: ["output-const-changed", "breaking"],
    description: "the constant value changed"
  },
  "const-removed": {
    input: ["input-const-removed", "safe"],
    output: ["output-const-removed", "warning"],
    description: "a constant was removed: any value of the type is now allowed"
  },
  "pattern-added": {
    input: ["input-pattern-added", "breaking"],
    output: ["output-pattern-added", "safe"],
    description: "a pattern was added"
  },
  "pattern-generator-artefact": {
    input: ["input-pattern-generator-artefact", "info"],
    output: ["output-pattern-generator-artefact", "info"],
    description: "a pattern appeared or disappeared beside an unchanged format, and it is the regex a schema generator writes for that format (zod 4's for email, uuid, date-time, ipv4, …): the generator validated the format with it before, so the accepted values are the same"
  },
  "pattern-changed": {
    input: ["input-pattern-changed", "warning"],
    output: ["output-pattern-changed", "warning"],
    description: "the pattern changed (neither direction can be proven)"
  },
  "pattern-removed": {
    input: ["input-pattern-removed", "safe"],
    output: ["output-pattern-removed", "warning"],
    description: "the pattern was removed"
  },
  "format-added": {
    input: ["input-format-added", "warning"],
    output: ["output-format-added", "safe"],
    description: "a format was added (validators often ignore format)"
  },
  "format-changed": {
    input: ["input-format-changed", "warning"],
    output: ["output-format-changed", "warning"],
    description: "the format changed"
  },
  "format-removed": {
    input: ["input-format-removed", "safe"],
    output: ["output-format-removed", "warning"],
    description: "the format was removed"
  },
  "constraint-tightened": {
    input: ["input-constraint-tightened", "breaking"],
    output: ["output-constraint-tightened", "safe"],
    description: "a bound was tightened: minimum↑ maximum↓ exclusive bounds, minLength↑ maxLength↓, minItems↑ maxItems↓, minProperties↑ maxProperties↓, multipleOf, uniqueItems added"
  },
  "constraint-loosened": {
    input: ["input-constraint-loosened", "safe"],
    output: ["output-constraint-loosened", "warning"],
    description: "a bound was loosened"
  },
  "additional-properties-disallowed": {
    input: ["input-additional-properties-disallowed", "breaking"],
    output: ["output-additional-properties-disallowed", "safe"],
    description: "the object no longer accepts undeclared properties (models add extra keys)"
  },
  "additional-properties-allowed": {
    input: ["input-additional-properties-allowed", "safe"],
    output: ["output-additional-properties-allowed", "warning"],
    description: "the object now accepts undeclared properties"
  },
  "default-changed": {
    input: ["input-default-changed", "warning"],
    output: ["output-default-changed", "info"],
    description: "the default changed: omitted arguments now behave differently"
  },
  "default-removed": {
    input: ["input-default-removed", "warning"],
    output: ["output-default-removed", "info"],
    description: "the default was removed"
  },
  "default-added": { input: ["input-default-added", "info"], output: ["output-default-added", "info"], description: "a default was added" },
  "variant-removed": {
    input: ["input-variant-removed", "breaking"],
    output: ["output-variant-removed", "safe"],
    description: "an anyOf/oneOf branch is gone"
  },
  "variant-added": {
    input: ["input-variant-added", "safe"],
    output: ["output-variant-added", "breaking"],
    description: "an anyOf/oneOf branch was added"
  }
};
var SCHEMA_INCONCLUSIVE = {
  input: ["input-schema-inconclusive", "warning"],
  output: ["output-schema-inconclusive", "warning"],
  description: "a keyword the engine cannot compare changed (if/then/else, not, patternProperties, …), a $ref cannot be resolved locally, or the time budget ran out"
};
var CHANGE_KINDS = { ...WALKER_RULES, "schema-inconclusive": SCHEMA_INCONCLUSIVE };
var UNRESOLVED = "$unresolved";
var TYPE_ONLY_IGNORED = /* @__PURE__ */ new Set([
  "type",
  "title",
  "description",
  "examples",
  "$comment",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "nullable"
]);
var STRING_KEYWORD_KINDS = {
  pattern: { added: "pattern-added", removed: "pattern-removed", changed: "pattern-changed" },
  format: { added: "format-added", removed: "format-removed", changed: "format-changed" }
};
var Walker = class _Walker {
  constructor(b, a, dir) {
    this.b = b;
    this.a = a;
    this.dir = dir;
  }
  b;
  a;
  dir;
  changes = [];
  reasons = [];
  seen = /* @__PURE__ */ new WeakMap();
  /** The shared definitions ($ref used more than once) the walk is inside: a change there is reported once, at its first use. */
  viaRefs = [];
  depth = 0;
  /** Keywords the walker's own code does not read (keywords.ts), compared through this walker. */
  keywords = new KeywordComparison(this);
  exclusivity = new OneOfExclusivity(this);
  /** Records a change of a kind at `path`: the rule of this direction, and the arguments its message is written from. */
  emit(kind, path3, args, f = {}) {
    const [rule, severity] = directed(CHANGE_KINDS[kind], this.dir);
    this.emitRule(rule, f.severity ?? severity, path3, walkerMessage(rule, args), f);
  }
  /**
   * Records a change with its sentence (the walker's own from messages.ts; the keyword and oneOf rules' from their
   * detectors); a change inside a shared definition says so.
   */
  emitRule(rule, severity, path3, message, f = {}) {
    const change = { rule, severity, path: path3 };
    if (f.before !== void 0) change.before = f.before;
    if (f.after !== void 0) change.after = f.after;
    const via = this.viaRefs[this.viaRefs.length - 1];
    change.message = via ? `${message} (defined in ${via.ref}, which is used in ${via.uses} places)` : message;
    if (f.extra || via) change.extra = { ...f.extra ?? {}, ...via ? { definedAt: via.ref } : {} };
    this.changes.push(change);
  }
  undecidedAt(path3, why) {
    this.reasons.push(undecidedReason(this.dir, path3, why));
  }
  /** How a message about a place starts: 'parameter "q": ', or at the root 'in the arguments, ' / 'in the result, '. */
  lead(path3) {
    return placeLead(this.dir, path3);
  }
  /** Compares what `not` negates in the output direction (its severities tell more from fewer values), returning the result. */
  negated(bRaw, aRaw, path3) {
    const inner = new _Walker(this.b, this.a, "output");
    inner.node(bRaw, aRaw, path3);
    return { changes: inner.changes, undecided: inner.reasons.length > 0, reasons: inner.reasons };
  }
  /** Compares two subschemas found at `path` (the before and after documents' values at the same logical place). */
  node(bRaw, aRaw, path3) {
    if (this.b.key(bRaw, true) === this.a.key(aRaw, true)) return;
    if (++this.depth > MAX_SCHEMA_DEPTH) throw new SchemaTooDeep();
    try {
      this.compareNodes(bRaw, aRaw, path3);
    } finally {
      this.depth--;
    }
  }
  compareNodes(bRaw, aRaw, path3) {
    if (this.notASchema(bRaw, aRaw, path3)) return;
    const nb = this.b.norm(bRaw);
    const na = this.a.norm(aRaw);
    if (this.unresolvedRef(nb, na, path3)) return;
    if (typeof nb === "object" && typeof na === "object") {
      let set = this.seen.get(nb);
      if (!set) this.seen.set(nb, set = /* @__PURE__ */ new WeakSet());
      if (set.has(na)) return;
      set.add(na);
    }
    this.malformedKeywords(nb, na, path3);
    const ob = typeof nb === "object" ? nb : {};
    const oa = typeof na === "object" ? na : {};
    this.annotations(ob, oa, path3);
    this.exclusivity.check(bRaw, aRaw, nb, na, path3);
    const ref = isObject(aRaw) && typeof aRaw.$ref === "string" ? aRaw.$ref : void 0;
    const uses = ref ? this.a.refUses(ref) : 0;
    const via = ref && uses > 1 ? { ref, uses } : void 0;
    if (via) this.viaRefs.push(via);
    try {
      this.variants(this.variantsOf(this.b, nb, path3), this.variantsOf(this.a, na, path3), path3);
    } finally {
      if (via) this.viaRefs.pop();
    }
  }
  /**
   * A $ref that cannot be followed (remote or dangling; normalised nodes keep `$ref` only then) is reported, never
   * fetched; true when it stops the comparison here. Found after local refs are followed, so a local alias of a
   * remote schema is caught too.
   */
  unresolvedRef(nb, na, path3) {
    for (const [n, side] of [
      [na, "head"],
      [nb, "base"]
    ]) {
      if (typeof n !== "object" || typeof n.$ref !== "string") continue;
      this.reportUnresolved(n.$ref, side, path3);
      return true;
    }
    return false;
  }
  /**
   * A schema that is not an object or a boolean (a string, number, null, array) on either side: validators reject
   * or ignore it, so a change to it cannot be compared; true when it stops the comparison here.
   */
  notASchema(bRaw, aRaw, path3) {
    const bad = (v) => v !== void 0 && !isSchemaValue(v);
    if (!bad(bRaw) && !bad(aRaw)) return false;
    this.emit(
      "schema-inconclusive",
      path3,
      { cause: "not-a-schema", at: path3, before: bRaw, after: aRaw },
      {
        before: bRaw,
        after: aRaw,
        extra: { malformed: true }
      }
    );
    return true;
  }
  /** Keywords whose value JSON Schema does not allow (dropped by normalisation) and that changed: named, never equal. */
  malformedKeywords(nb, na, path3) {
    const mb = this.b.malformed(nb);
    const ma = this.a.malformed(na);
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(mb), ...Object.keys(ma)])].sort()) {
      if (valueKey(mb[k]) === valueKey(ma[k])) continue;
      const keyword = k.split("/").pop();
      const valueAt = (m, n) => m[k] ?? (typeof n === "object" && !k.includes("/") ? n[k] : void 0);
      const [before, after] = [valueAt(mb, nb), valueAt(ma, na)];
      const disallowed = [mb[k], ma[k]].filter((v) => v !== void 0);
      this.emit(
        "schema-inconclusive",
        `${path3}/${k}`,
        { cause: "malformed-keyword", at: path3, key: k, before, after, disallowed },
        {
          before,
          after,
          extra: { keyword, malformed: true }
        }
      );
    }
  }
  reportUnresolved(ref, side, path3) {
    this.emit(
      "schema-inconclusive",
      `${path3}/$ref`,
      { cause: "unresolved-ref", at: path3, ref, side },
      {
        ...side === "head" ? { after: ref } : { before: ref },
        extra: { ref, side }
      }
    );
  }
  annotations(b, a, path3) {
    const db = typeof b.description === "string" ? b.description : void 0;
    const da = typeof a.description === "string" ? a.description : void 0;
    if (db !== da && path3 !== "") {
      this.emit("property-description-changed", `${path3}/description`, { at: path3, before: db, after: da }, { before: db, after: da });
    }
    if (valueKey(b.default) === valueKey(a.default)) return;
    if (b.default === void 0) this.emit("default-added", `${path3}/default`, { at: path3, value: a.default }, { after: a.default });
    else if (a.default === void 0)
      this.emit("default-removed", `${path3}/default`, { at: path3, value: b.default }, { before: b.default });
    else
      this.emit(
        "default-changed",
        `${path3}/default`,
        { at: path3, before: b.default, after: a.default },
        { before: b.default, after: a.default }
      );
  }
  /** Splits a normalised schema into single-type variants (type lists and type-union anyOf/oneOf). */
  variantsOf(doc, n, path3, fromBranch = false) {
    if (n === false) return [];
    if (n === true) return [{ type: "any", schema: {}, path: path3, bare: true }];
    if (typeof n.$ref === "string") return [{ type: UNRESOLVED, schema: n, path: path3, bare: false }];
    const unionKw = Array.isArray(n.anyOf) && n.oneOf === void 0 ? "anyOf" : Array.isArray(n.oneOf) && n.anyOf === void 0 ? "oneOf" : void 0;
    if (unionKw && Object.keys(n).every((k) => k === unionKw || TYPE_ONLY_IGNORED.has(k) && k !== "type")) {
      return n[unionKw].flatMap((m, i) => this.variantsOf(doc, doc.norm(m), `${path3}/${unionKw}/${i}`, true));
    }
    let types;
    if (typeof n.type === "string") types = [n.type];
    else if (Array.isArray(n.type)) types = n.type;
    else if (n.const !== void 0 || Array.isArray(n.enum)) {
      const vals = n.const !== void 0 ? [n.const] : n.enum;
      types = [...new Set(vals.map(jsonTypeOf))];
      if (types.includes("number")) types = types.filter((t) => t !== "integer");
    } else types = ["any"];
    const typeOnly = Object.keys(n).every((k) => TYPE_ONLY_IGNORED.has(k));
    if (n.const !== void 0 || Array.isArray(n.enum)) {
      const vals = n.const !== void 0 ? [n.const] : n.enum;
      types = types.filter((t) => t === "any" || vals.some((v) => valueHasType(v, t)));
    }
    return types.map((type) => ({ type, schema: n, path: path3, bare: types.length > 1 || fromBranch && typeOnly || type === "null" }));
  }
  variants(vb, va, path3) {
    const unresolved = [...vb, ...va].filter((v) => v.type === UNRESOLVED);
    if (unresolved.length) {
      for (const v of unresolved) this.reportUnresolved(v.schema.$ref, va.includes(v) ? "head" : "base", v.path);
      vb = vb.filter((v) => v.type !== UNRESOLVED);
      va = va.filter((v) => v.type !== UNRESOLVED);
      for (const x of vb) {
        const y = va.find((v) => v.type === x.type);
        if (y) this.typed(x, y);
      }
      return;
    }
    const leftB = new Set(vb);
    const leftA = new Set(va);
    const pairs = [];
    const take = (x, y) => {
      pairs.push([x, y]);
      leftB.delete(x);
      leftA.delete(y);
    };
    if (vb.length === 1 && va.length === 1 && (vb[0].type === va[0].type || related(vb[0].type, va[0].type))) {
      this.typed(vb[0], va[0]);
      return;
    }
    for (const x of vb) {
      const kx = this.b.key(x.schema);
      for (const y of leftA)
        if (y.type === x.type && this.a.key(y.schema) === kx) {
          take(x, y);
          break;
        }
    }
    for (const x of [...leftB]) {
      let best;
      let bestScore = -1;
      for (const y of leftA) {
        if (y.type !== x.type) continue;
        const score = similarity(x.schema, y.schema);
        if (score > bestScore) [best, bestScore] = [y, score];
      }
      if (best) take(x, best);
    }
    for (const x of [...leftB])
      for (const y of leftA)
        if (related(x.type, y.type)) {
          take(x, y);
          break;
        }
    if (pairs.length === 0 && vb.length > 0 && va.length > 0) {
      const types = (vs) => vs.length === 1 ? vs[0].type : [...new Set(vs.map((v) => v.type))];
      const names2 = (vs) => [...new Set(vs.map((v) => v.type))];
      this.emit(
        "type-changed",
        `${path3}/type`,
        { at: path3, from: names2(vb), to: names2(va), swapped: false },
        { before: types(vb), after: types(va) }
      );
      return;
    }
    for (const [x, y] of pairs) this.typed(x, y);
    if (leftB.size === 1 && leftA.size === 1) {
      const [x] = leftB;
      const [y] = leftA;
      if (x.bare && y.bare) {
        this.emit(
          "type-changed",
          `${y.path}/type`,
          { at: path3, from: [x.type], to: [y.type], swapped: true },
          { before: x.type, after: y.type }
        );
        return;
      }
    }
    for (const x of leftB) {
      if (x.bare) this.emit("type-narrowed", `${x.path}/type`, { at: path3, from: x.type }, { before: x.type });
      else this.emit("variant-removed", x.path, { at: path3, variant: x }, { before: x.schema });
    }
    for (const y of leftA) {
      if (y.bare) this.emit("type-widened", `${y.path}/type`, { at: path3, to: y.type }, { after: y.type });
      else this.emit("variant-added", y.path, { at: path3, variant: y }, { after: y.schema });
    }
  }
  /** Compares two variants of related types keyword by keyword. */
  typed(x, y) {
    const path3 = y.path;
    const listed2 = allowedValues(x.schema, x.type) !== void 0 && allowedValues(y.schema, y.type) !== void 0;
    if (x.type !== y.type && !listed2) {
      const widened = x.type === "integer" || y.type === "any";
      this.emit(
        widened ? "type-widened" : "type-narrowed",
        `${path3}/type`,
        { at: path3, from: x.type, to: y.type },
        { before: x.type, after: y.type }
      );
    }
    const b = x.schema;
    const a = y.schema;
    this.values(b, a, x.type, y.type, x.path, path3);
    const types = /* @__PURE__ */ new Set([x.type, y.type]);
    const has = (t) => types.has(t) || types.has("any");
    if (has("string")) this.stringKeywords(b, a, x.path, path3);
    if (has("number") || has("integer")) this.numberKeywords(b, a, x.path, path3, x.type === "integer" && y.type === "integer");
    if (has("array")) this.arrayKeywords(b, a, x.path, path3);
    if (has("object")) this.objectKeywords(b, a, x.path, path3);
    this.keywords.compare(b, a, x.path, path3);
  }
  at(b, bPath, aPath, kw) {
    return `${b[kw] !== void 0 && bPath !== aPath ? bPath : aPath}/${kw}`;
  }
  /** enum / const, each side filtered to the variant's type. */
  values(b, a, tb, ta, bPath, aPath) {
    const vb = allowedValues(b, tb);
    const va = allowedValues(a, ta);
    if (!vb && !va) return;
    const kwPath = (x, p) => `${p}/${x.const !== void 0 ? "const" : "enum"}`;
    if (!vb) {
      if (va.isConst) this.emit("const-added", kwPath(a, aPath), { at: aPath, values: va.values }, { after: va.values[0] });
      else this.emit("enum-added", kwPath(a, aPath), { at: aPath, values: va.values }, { after: va.values });
      return;
    }
    if (!va) {
      if (vb.isConst) this.emit("const-removed", kwPath(b, bPath), { at: aPath, values: vb.values }, { before: vb.values[0] });
      else this.emit("enum-removed", kwPath(b, bPath), { at: aPath, values: vb.values }, { before: vb.values });
      return;
    }
    const kb = new Map(vb.values.map((v) => [valueKey(v), v]));
    const ka = new Map(va.values.map((v) => [valueKey(v), v]));
    const removed = [...kb].filter(([k]) => !ka.has(k)).map(([, v]) => v);
    const added = [...ka].filter(([k]) => !kb.has(k)).map(([, v]) => v);
    if (!removed.length && !added.length) return;
    if ((vb.isConst || va.isConst) && vb.values.length === 1 && va.values.length === 1) {
      this.emit(
        "const-changed",
        kwPath(a, aPath),
        { at: aPath, before: vb.values, after: va.values },
        { before: vb.values[0], after: va.values[0] }
      );
      return;
    }
    if (removed.length)
      this.emit("enum-value-removed", kwPath(a, aPath), { at: aPath, values: removed }, { before: removed, extra: { removed } });
    if (added.length) this.emit("enum-value-added", kwPath(a, aPath), { at: aPath, values: added }, { after: added, extra: { added } });
  }
  stringKeywords(b, a, bPath, aPath) {
    for (const kw of ["pattern", "format"]) {
      const vb = typeof b[kw] === "string" ? b[kw] : void 0;
      const va = typeof a[kw] === "string" ? a[kw] : void 0;
      if (vb === va) continue;
      const p = this.at(b, bPath, aPath, kw);
      if (kw === "pattern" && this.formatPatternArtefact(b, a, vb, va, p, aPath)) continue;
      if (vb === void 0) this.emit(STRING_KEYWORD_KINDS[kw].added, p, { at: aPath, value: va }, { after: va });
      else if (va === void 0) this.emit(STRING_KEYWORD_KINDS[kw].removed, p, { at: aPath, value: vb }, { before: vb });
      else this.emit(STRING_KEYWORD_KINDS[kw].changed, p, { at: aPath, before: vb, after: va }, { before: vb, after: va });
    }
    this.bound(b, a, bPath, aPath, "minLength", "lower", "characters");
    this.bound(b, a, bPath, aPath, "maxLength", "upper", "characters");
  }
  /**
   * A pattern added or removed beside the same format, when it is the regex a generator writes for that format
   * (`format: email` gaining zod 4's email regex): reported as the generator's artefact; true when it was.
   */
  formatPatternArtefact(b, a, vb, va, p, at) {
    const format = typeof b.format === "string" && b.format === a.format ? b.format : void 0;
    const pattern = vb === void 0 ? va : va === void 0 ? vb : void 0;
    if (format === void 0 || pattern === void 0) return false;
    const generator = generatorOfFormatPattern(format, pattern);
    if (generator === void 0) return false;
    const added = vb === void 0;
    this.emit(
      "pattern-generator-artefact",
      p,
      { at, format, generator, added },
      {
        ...added ? { after: pattern } : { before: pattern },
        extra: { format, generator, artefact: `the ${generator} regex for format "${format}"` }
      }
    );
    return true;
  }
  numberKeywords(b, a, bPath, aPath, integer) {
    for (const side of ["lower", "upper"]) {
      const lb = numericBound(b, side, integer);
      const la = numericBound(a, side, integer);
      const cmp = compareBound(lb, la, side);
      if (!cmp) continue;
      const kw = (la ?? lb).keyword;
      const p = la ? `${aPath}/${la.keyword}` : `${bPath}/${lb.keyword}`;
      this.emit(
        cmp === "tightened" ? "constraint-tightened" : "constraint-loosened",
        p,
        { bound: "numeric", at: aPath, side, integer, before: lb, after: la },
        {
          before: lb ? lb.raw : void 0,
          after: la ? la.raw : void 0,
          extra: { keyword: kw }
        }
      );
    }
    const mb = typeof b.multipleOf === "number" ? b.multipleOf : void 0;
    const ma = typeof a.multipleOf === "number" ? a.multipleOf : void 0;
    if (mb !== ma) {
      const onlyRemoves = mb === void 0 || ma !== void 0 && isMultiple(ma, mb);
      const onlyAdds = ma === void 0 || mb !== void 0 && isMultiple(mb, ma);
      const kind = onlyRemoves || !onlyAdds && this.dir === "input" ? "constraint-tightened" : "constraint-loosened";
      this.emit(
        kind,
        this.at(b, bPath, aPath, "multipleOf"),
        { bound: "multipleOf", at: aPath, before: mb, after: ma },
        { before: mb, after: ma }
      );
    }
  }
  arrayKeywords(b, a, bPath, aPath) {
    this.bound(b, a, bPath, aPath, "minItems", "lower", "items");
    this.bound(b, a, bPath, aPath, "maxItems", "upper", "items");
    const ub = b.uniqueItems === true;
    const ua = a.uniqueItems === true;
    if (ub !== ua) {
      const at = this.at(b, bPath, aPath, "uniqueItems");
      this.emit(
        ua ? "constraint-tightened" : "constraint-loosened",
        at,
        { bound: "uniqueItems", at: aPath },
        { before: b.uniqueItems, after: a.uniqueItems }
      );
    }
    const tb = Array.isArray(b.prefixItems) ? b.prefixItems : [];
    const ta = Array.isArray(a.prefixItems) ? a.prefixItems : [];
    for (let i = 0; i < Math.max(tb.length, ta.length); i++) {
      const p = i < ta.length ? `${aPath}/prefixItems/${i}` : `${bPath}/prefixItems/${i}`;
      this.node(i < tb.length ? tb[i] : b.items, i < ta.length ? ta[i] : a.items, p);
    }
    if (b.items !== void 0 || a.items !== void 0) this.node(b.items, a.items, `${a.items !== void 0 ? aPath : bPath}/items`);
  }
  objectKeywords(b, a, bPath, aPath) {
    const pb = isObject(b.properties) ? b.properties : {};
    const pa = isObject(a.properties) ? a.properties : {};
    const rb = new Set(Array.isArray(b.required) ? b.required : []);
    const ra = new Set(Array.isArray(a.required) ? a.required : []);
    const closedAfter = a.additionalProperties === false && a.patternProperties === void 0;
    const own2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    const removed = Object.keys(pb).filter((k) => !own2(pa, k) && !ra.has(k));
    const added = Object.keys(pa).filter((k) => !own2(pb, k) && !rb.has(k));
    const propPath = (base, k) => `${base}/properties/${pointerToken(k)}`;
    const renamed = /* @__PURE__ */ new Set();
    for (const { from, to, evidence, retyped } of pairPropertyRenames({ b: this.b, a: this.a, pb, pa }, removed, added)) {
      removed.splice(removed.indexOf(from), 1);
      added.splice(added.indexOf(to), 1);
      renamed.add(from).add(to);
      const severity = this.dir === "output" && rb.has(from) ? "breaking" : void 0;
      const p = propPath(bPath, from);
      this.emit(
        "property-renamed",
        p,
        { at: p, from, to, closedAfter, toIsRequired: ra.has(to), retyped },
        { before: from, after: to, severity, extra: { from, to, evidence, ...retyped ? { retyped } : {} } }
      );
      if (rb.has(from) !== ra.has(to)) this.requiredChange(rb.has(from), ra.has(to), pa[to], propPath(aPath, to));
      this.node(pb[from], pa[to], propPath(aPath, to));
    }
    for (const k of removed) {
      const p = propPath(bPath, k);
      const wasRequired = rb.has(k);
      const breaking = this.dir === "input" ? closedAfter : wasRequired;
      this.emit("property-removed", p, { at: p, closedAfter, wasRequired }, { before: pb[k], severity: breaking ? "breaking" : void 0 });
    }
    for (const k of added) {
      const p = propPath(aPath, k);
      if (this.dir === "output") this.emit("property-added", p, { at: p }, { after: pa[k] });
      else if (ra.has(k)) {
        const dflt = isObject(pa[k]) ? pa[k].default : void 0;
        if (dflt !== void 0) this.emit("property-added-required-with-default", p, { at: p, default: dflt }, { after: pa[k] });
        else this.emit("property-added-required", p, { at: p }, { after: pa[k] });
      } else this.emit("property-added-optional", p, { at: p }, { after: pa[k] });
    }
    const schemaOf = (o, props, k) => own2(props, k) ? props[k] : o.additionalProperties ?? true;
    const common = new Set(
      [...Object.keys(pb), ...Object.keys(pa), ...rb, ...ra].filter((k) => !removed.includes(k) && !added.includes(k) && !renamed.has(k))
    );
    for (const k of common) {
      const p = propPath(own2(pa, k) ? aPath : bPath, k);
      if (rb.has(k) !== ra.has(k)) this.requiredChange(rb.has(k), ra.has(k), pa[k], p);
      if (own2(pb, k) || own2(pa, k)) this.node(schemaOf(b, pb, k), schemaOf(a, pa, k), p);
    }
    this.additionalProperties(b, a, bPath, aPath);
    this.bound(b, a, bPath, aPath, "minProperties", "lower", "properties");
    this.bound(b, a, bPath, aPath, "maxProperties", "upper", "properties");
  }
  requiredChange(wasRequired, isRequired, after, p) {
    if (isRequired) {
      const dflt = isObject(after) && after.default !== void 0;
      if (this.dir === "input" && dflt) this.emit("property-became-required-with-default", p, { at: p, default: after.default });
      else this.emit("property-became-required", p, { at: p });
    } else if (wasRequired) {
      this.emit("property-became-optional", p, { at: p });
    }
  }
  additionalProperties(b, a, bPath, aPath) {
    const xb = b.additionalProperties;
    const xa = a.additionalProperties;
    if (xb === void 0 && xa === void 0) return;
    const closedB = xb === false;
    const closedA = xa === false;
    if (!closedB && closedA) {
      this.emit("additional-properties-disallowed", `${aPath}/additionalProperties`, { at: aPath }, { before: xb ?? true, after: false });
    } else if (closedB && !closedA) {
      this.emit("additional-properties-allowed", `${aPath}/additionalProperties`, { at: aPath }, { before: false, after: xa ?? true });
    } else if (!closedB && !closedA) this.node(xb, xa, `${aPath}/additionalProperties`);
  }
  bound(b, a, bPath, aPath, kw, side, unit) {
    const vb = typeof b[kw] === "number" ? b[kw] : void 0;
    const va = typeof a[kw] === "number" ? a[kw] : void 0;
    const norm = (v) => v === void 0 ? side === "lower" ? 0 : Infinity : v;
    const nb = norm(vb);
    const na = norm(va);
    if (nb === na) return;
    const tightened = side === "lower" ? na > nb : na < nb;
    const args = { bound: "count", at: aPath, keyword: kw, side, unit, before: vb, after: va };
    this.emit(tightened ? "constraint-tightened" : "constraint-loosened", this.at(b, bPath, aPath, kw), args, { before: vb, after: va });
  }
};
function numericBound(s, side, integer) {
  const incKw = side === "lower" ? "minimum" : "maximum";
  const excKw = side === "lower" ? "exclusiveMinimum" : "exclusiveMaximum";
  const cands = [];
  if (typeof s[incKw] === "number") cands.push({ value: s[incKw], exclusive: false, keyword: incKw, raw: s[incKw] });
  if (typeof s[excKw] === "number") cands.push({ value: s[excKw], exclusive: true, keyword: excKw, raw: s[excKw] });
  if (integer) {
    for (const c of cands) {
      c.value = side === "lower" ? c.exclusive ? Math.floor(c.value) + 1 : Math.ceil(c.value) : c.exclusive ? Math.ceil(c.value) - 1 : Math.floor(c.value);
      c.exclusive = false;
    }
  }
  let best;
  for (const c of cands) if (!best || compareBound(best, c, side) === "tightened") best = c;
  return best;
}
function compareBound(b, a, side) {
  if (!b && !a) return void 0;
  if (!b) return "tightened";
  if (!a) return "loosened";
  if (a.value !== b.value) return side === "lower" === a.value > b.value ? "tightened" : "loosened";
  if (a.exclusive !== b.exclusive) return a.exclusive ? "tightened" : "loosened";
  return void 0;
}
function isMultiple(x, of) {
  const r = x / of;
  return Math.abs(r - Math.round(r)) < 1e-9;
}
function allowedValues(s, type) {
  const raw = s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
  if (!raw) return void 0;
  const values = raw.filter((v) => valueHasType(v, type));
  if (type === "null" && values.length === 1) return void 0;
  if (type === "boolean" && new Set(values).size === 2) return void 0;
  return { values, isConst: s.const !== void 0 };
}
function related(x, y) {
  return x === "any" || y === "any" || x === "integer" && y === "number" || x === "number" && y === "integer";
}
function similarity(x, y) {
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  let score = 0;
  for (const k of Object.keys(px)) {
    if (!(k in py)) continue;
    score += 1;
    const cx = isObject(px[k]) ? px[k].const : void 0;
    const cy = isObject(py[k]) ? py[k].const : void 0;
    if (cx !== void 0 && valueKey(cx) === valueKey(cy)) score += 100;
  }
  return score;
}
function walkSchemas(before, after, direction) {
  const interner = /* @__PURE__ */ new Map();
  const [docB, docA] = [new SchemaDocument(before, interner), new SchemaDocument(after, interner)];
  const w = new Walker(docB, docA, direction);
  try {
    w.node(before, after, "");
  } catch (err) {
    if (!(err instanceof SchemaTooDeep)) throw err;
    const [rule, severity] = directed(SCHEMA_INCONCLUSIVE, direction);
    const change = {
      rule,
      severity,
      path: "",
      message: schemaMessage(rule, { cause: "too-deep", limit: MAX_SCHEMA_DEPTH })
    };
    return { changes: [change], undecided: false, reasons: [] };
  }
  const dynamic = dynamicScopeReason(docB, docA);
  if (dynamic) w.reasons.push(dynamic);
  if (w.changes.length === 0 && w.reasons.length === 0 && docB.key(before) !== docA.key(after)) {
    const unknown = [.../* @__PURE__ */ new Set([...docB.unknownKeywords, ...docA.unknownKeywords])].sort();
    if (unknown.length) w.reasons.push(unreadKeywordsReason(unknown));
  }
  return { changes: w.changes, undecided: w.reasons.length > 0, reasons: w.reasons };
}

// src/diff/schema/oracle-finding.ts
var ORACLE_RULES = {
  // The two safety nets are also emitted by the witness search (witness.ts): a counterexample the walker did not name.
  ...defineRules("change", "src/diff/schema/oracle-finding.ts, src/diff/schema/witness.ts", "tool", {
    "input-schema-narrowed": [
      "breaking",
      "safety net: the set-theoretic oracle proves, or the witness search finds a call that shows, that some arguments are no longer accepted, but no specific rule named it",
      "input"
    ],
    "output-schema-widened": [
      "breaking",
      "safety net: the set-theoretic oracle proves, or the witness search finds a value that shows, that the result can hold values it could not before, but no specific rule named it",
      "output"
    ]
  }),
  ...defineRules("change", "src/diff/schema/oracle-finding.ts", "tool", {
    "input-schema-widened": ["safe", "the set-theoretic oracle proves the input accepts more values and nothing less", "input"],
    "output-schema-narrowed": ["safe", "the set-theoretic oracle proves the result holds fewer values and nothing new", "output"]
  })
};
function oracleFinding(outcome, direction, hadBreakingChange, reason) {
  if (outcome === "equal") return void 0;
  if (outcome === "inconclusive") {
    const rule2 = direction === "input" ? "input-schema-inconclusive" : "output-schema-inconclusive";
    return {
      rule: rule2,
      severity: directed(SCHEMA_INCONCLUSIVE, direction)[1],
      path: "",
      message: schemaMessage(rule2, { cause: "undecided", reason }),
      ...reason ? { extra: { reason } } : {}
    };
  }
  const breakingSide = direction === "input" ? "narrowed" : "widened";
  if (outcome === breakingSide || outcome === "both") {
    if (hadBreakingChange) return void 0;
    const rule2 = direction === "input" ? "input-schema-narrowed" : "output-schema-widened";
    return { rule: rule2, severity: ORACLE_RULES[rule2].severity, path: "", message: schemaMessage(rule2) };
  }
  const rule = direction === "input" ? "input-schema-widened" : "output-schema-narrowed";
  return { rule, severity: ORACLE_RULES[rule].severity, path: "", message: schemaMessage(rule) };
}

// src/diff/schema/oracle.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/diff/schema/draft07.ts
var UNREADABLE = [
  "if",
  "then",
  "else",
  "patternProperties",
  "dependencies",
  "dependentSchemas",
  "dependentRequired",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "minContains",
  "maxContains",
  "additionalItems",
  "prefixItems",
  "$dynamicRef",
  "$recursiveRef"
];
var DROPPED = ["enum", "const", "pattern", "format", "multipleOf", "uniqueItems"];
var ANNOTATIONS = [
  "$schema",
  "$id",
  "$anchor",
  "$comment",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$defs",
  "definitions",
  "nullable"
];
var SUBSCHEMA2 = ["items", "additionalProperties", "not", "propertyNames"];
var SUBSCHEMA_LIST = ["allOf", "anyOf", "oneOf"];
var MAX_NODES = 1e5;
var Unsupported = class extends Error {
};
function toDraft07(root) {
  let nodes = 0;
  const stack = [];
  const resolve = (ref, at) => {
    if (!ref.startsWith("#")) throw new Unsupported(`${at}: $ref ${JSON.stringify(ref)} points outside the schema`);
    let node = root;
    if (ref !== "#") {
      for (const raw of ref.slice(2).split("/")) {
        let token = raw;
        try {
          token = decodeURIComponent(raw);
        } catch {
        }
        token = unescapePointerToken(token);
        node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : void 0;
        if (node === void 0) throw new Unsupported(`${at}: $ref ${JSON.stringify(ref)} does not resolve`);
      }
    }
    return node;
  };
  let depth = 0;
  const visit = (node, at, negated) => {
    if (++nodes > MAX_NODES) throw new Unsupported("the schema is too large once its $refs are inlined");
    if (++depth > MAX_SCHEMA_DEPTH) throw new Unsupported(`the schema nests more than ${MAX_SCHEMA_DEPTH} levels deep`);
    try {
      return visitNode(node, at, negated);
    } finally {
      depth--;
    }
  };
  const visitNode = (node, at, negated) => {
    if (typeof node === "boolean") return node;
    if (!isObject(node)) return true;
    const src = node;
    if (typeof src.$ref === "string") {
      const ref = src.$ref;
      if (stack.includes(ref)) throw new Unsupported(`${at}: recursive $ref ${JSON.stringify(ref)}`);
      stack.push(ref);
      try {
        const target = visit(resolve(ref, at), at, negated);
        const { $ref: _r, ...siblings } = src;
        const rest = visit(siblings, at, negated);
        return rest === true || isObject(rest) && Object.keys(rest).length === 0 ? target : { allOf: [target, rest] };
      } finally {
        stack.pop();
      }
    }
    const out = {};
    for (const [k, v] of Object.entries(src)) {
      const p = `${at}/${k}`;
      if (ANNOTATIONS.includes(k)) continue;
      if (UNREADABLE.includes(k) || k === "items" && Array.isArray(v))
        throw new Unsupported(`json-schema-diff cannot read \`${k}\` (at ${p})`);
      if (DROPPED.includes(k)) {
        if (negated) throw new Unsupported(`${p}: \`${k}\` under \`not\``);
        continue;
      }
      if (SUBSCHEMA2.includes(k)) out[k] = visit(v, p, k === "not" ? !negated : negated);
      else if (SUBSCHEMA_LIST.includes(k) && Array.isArray(v)) out[k] = v.map((m, i) => visit(m, `${p}/${i}`, negated));
      else if (k === "properties" && isObject(v))
        out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, visit(s, `${p}/${name}`, negated)]));
      else if ((k === "exclusiveMinimum" || k === "exclusiveMaximum") && typeof v === "boolean") {
        const bound = k === "exclusiveMinimum" ? "minimum" : "maximum";
        if (v && typeof src[bound] === "number") out[k] = src[bound];
      } else if ((k === "minimum" || k === "maximum") && src[k === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true) continue;
      else out[k] = v;
    }
    return out;
  };
  try {
    return { schema: visit(root, "", false) };
  } catch (err) {
    if (err instanceof Unsupported) return { unsupported: err.message };
    throw err;
  }
}

// src/diff/schema/oracle.ts
function loadWorkerThreads() {
  return createRequire(import.meta.url)("node:worker_threads");
}
var OracleThread = class {
  worker;
  ready;
  dead = false;
  constructor(file) {
    this.worker = new (loadWorkerThreads()).Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 128 } });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m) => {
        if (m.ready) {
          this.worker.off("error", onError);
          resolve();
        }
      };
      const onError = (err) => {
        this.dead = true;
        reject(err);
      };
      this.worker.once("message", onMessage);
      this.worker.once("error", onError);
    });
    this.ready.catch(() => void 0);
    this.worker.on("exit", () => this.dead = true);
  }
  run(id, before, after, ms) {
    return new Promise((resolve) => {
      const finish = (r) => {
        clearTimeout(timer);
        this.worker.off("message", onMessage);
        this.worker.off("error", onError);
        this.worker.off("exit", onExit);
        resolve(r);
      };
      const onMessage = (m) => {
        if (m.id !== id) return;
        finish(m.error !== void 0 ? { error: m.error } : { removals: !!m.removals, additions: !!m.additions });
      };
      const onError = (err) => {
        this.dead = true;
        finish({ error: err.message });
      };
      const onExit = () => finish({ error: "the oracle worker exited" });
      const timer = setTimeout(
        () => {
          this.kill();
          finish({ timeout: true });
        },
        Math.max(1, ms)
      );
      this.worker.on("message", onMessage);
      this.worker.on("error", onError);
      this.worker.on("exit", onExit);
      this.worker.postMessage({ id, before, after });
    });
  }
  kill() {
    this.dead = true;
    return this.worker.terminate();
  }
};
var SchemaOracle = class {
  perPairMs;
  totalMs;
  maxThreads;
  idle = [];
  live = /* @__PURE__ */ new Set();
  nextId = 0;
  workerFile;
  constructor(opts = {}) {
    this.workerFile = opts.workerFile;
    this.perPairMs = opts.perPairMs ?? 2e3;
    this.totalMs = opts.totalMs ?? 1e4;
    this.maxThreads = Math.max(1, opts.workers ?? Math.min(2, availableParallelism()));
  }
  async check(pairs) {
    const deadline = Date.now() + this.totalMs;
    const results = new Array(pairs.length);
    const queue = [];
    pairs.forEach((p, index) => {
      const implicit = { type: "object" };
      const b = toDraft07(p.before ?? implicit);
      const a = toDraft07(p.after ?? implicit);
      if ("unsupported" in b || "unsupported" in a) {
        results[index] = {
          outcome: "inconclusive",
          reason: "unsupported" in a ? a.unsupported : b.unsupported
        };
      } else queue.push({ index, before: b.schema, after: a.schema });
    });
    if (queue.length === 0) return results;
    let file;
    try {
      file = this.workerFile ?? await workerFile();
    } catch (err) {
      const reason = `the oracle could not start: ${err instanceof Error ? err.message : String(err)}`;
      for (const job of queue) results[job.index] = { outcome: "inconclusive", reason };
      return results;
    }
    let startFailure;
    const lane = async () => {
      let thread;
      try {
        while (queue.length > 0 && startFailure === void 0) {
          if (!thread || thread.dead) thread = this.acquire(file);
          const left = deadline - Date.now();
          if (left <= 0) return;
          const started = await Promise.race([
            thread.ready.then(
              () => "ok",
              (err) => `the oracle worker failed to start: ${err instanceof Error ? err.message : String(err)}`
            ),
            sleep(left).then(() => "timeout")
          ]);
          if (started !== "ok") {
            await thread.kill();
            if (started !== "timeout") startFailure = started;
            return;
          }
          const job = queue.shift();
          if (!job) return;
          const budget = Math.min(this.perPairMs, deadline - Date.now());
          const r = await thread.run(this.nextId++, job.before, job.after, budget);
          results[job.index] = toResult(
            r,
            budget < this.perPairMs ? "the global oracle budget ran out" : `no answer within ${this.perPairMs} ms`
          );
        }
      } finally {
        if (thread && !thread.dead) this.release(thread);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.maxThreads, queue.length) }, lane));
    for (const job of queue) results[job.index] = { outcome: "inconclusive", reason: startFailure ?? "the global oracle budget ran out" };
    return results;
  }
  /** Terminates every worker thread. */
  async close() {
    const all = [...this.live];
    this.live.clear();
    this.idle.length = 0;
    await Promise.all(all.map((t) => t.kill()));
  }
  acquire(file) {
    let t = this.idle.pop();
    while (t && t.dead) t = this.idle.pop();
    if (!t) {
      t = new OracleThread(file);
      this.live.add(t);
      t.worker.on("exit", () => this.live.delete(t));
    }
    t.worker.ref();
    return t;
  }
  release(t) {
    t.worker.unref();
    this.idle.push(t);
  }
};
function toResult(r, timeoutReason) {
  if ("timeout" in r) return { outcome: "inconclusive", reason: timeoutReason };
  if ("error" in r) return { outcome: "inconclusive", reason: `json-schema-diff failed: ${r.error}` };
  if (r.removals && r.additions) return { outcome: "both" };
  if (r.removals) return { outcome: "narrowed" };
  if (r.additions) return { outcome: "widened" };
  return { outcome: "equal" };
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
var workerFilePromise;
function workerFile() {
  workerFilePromise ??= (async () => {
    for (const rel of ["./oracle-worker.js", "../oracle-worker.js"]) {
      const url = new URL(rel, import.meta.url);
      if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
    }
    const source = new URL("../oracle-worker.ts", import.meta.url);
    if (source.protocol !== "file:" || !existsSync(fileURLToPath(source)))
      throw new Error("oracle-worker.js is missing next to the bundle; rebuild with `npm run build`");
    return buildWorkerFromSource(fileURLToPath(source));
  })();
  workerFilePromise.catch(() => workerFilePromise = void 0);
  return workerFilePromise;
}
async function buildWorkerFromSource(entry) {
  const hasher = createHash("sha256").update(readFileSync(entry));
  try {
    hasher.update(readFileSync(createRequire(entry).resolve("json-schema-diff/package.json")));
  } catch {
  }
  const hash = hasher.digest("hex").slice(0, 16);
  const dir = path.join(tmpdir(), "mcp-contract-oracle");
  const out = path.join(dir, `oracle-worker-${hash}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const esbuildName = "esbuild";
    const esbuild = await import(esbuildName);
    const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
    await esbuild.build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      logLevel: "silent",
      banner: {
        js: "import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);"
      }
    });
    renameSync(tmp, out);
    pruneOldBuilds(dir, out);
  }
  return pathToFileURL(out);
}
function pruneOldBuilds(dir, keep) {
  const dayAgo = Date.now() - 864e5;
  try {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file !== keep && /^oracle-worker-.*\.mjs$/.test(name) && statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
    }
  } catch {
  }
}

// src/diff/schema/index.ts
var OUTPUT_SCHEMA_RULES = defineRules("change", "src/diff/schema/index.ts", "tool", {
  "output-schema-removed": [
    "breaking",
    "the tool no longer declares an outputSchema: structuredContent readers lose their contract",
    "output"
  ],
  "output-schema-added": ["safe", "the tool now declares an outputSchema", "output"]
});
var SCHEMA_RULES = [
  ...directedRuleDefs(WALKER_RULES, "src/diff/schema/walker.ts"),
  ...directedRuleDefs({ inconclusive: SCHEMA_INCONCLUSIVE }, "src/diff/schema/walker.ts, src/diff/schema/oracle-finding.ts"),
  ...Object.values(OUTPUT_SCHEMA_RULES),
  ...Object.values(ORACLE_RULES),
  ...Object.values(GENERATOR_TOGGLE_RULES)
];
var IMPLICIT_INPUT = { type: "object" };
function compareSchemas(before, after, direction) {
  if (direction === "output" && (before === void 0 || after === void 0)) {
    if (before === void 0 && after === void 0) return { changes: [], undecided: false, reasons: [] };
    const rule = after === void 0 ? "output-schema-removed" : "output-schema-added";
    const change = {
      rule,
      severity: OUTPUT_SCHEMA_RULES[rule].severity,
      path: "",
      ...after === void 0 ? { before } : { after },
      message: schemaMessage(rule)
    };
    return { changes: [change], undecided: false, reasons: [] };
  }
  return walkSchemas(asObjectRoot(before ?? IMPLICIT_INPUT), asObjectRoot(after ?? IMPLICIT_INPUT), direction);
}
function asObjectRoot(schema) {
  if (!isObject(schema) || schema.type !== void 0) return schema;
  if (["$ref", "anyOf", "oneOf", "allOf", "enum", "const", "not"].some((k) => k in schema)) return schema;
  return { ...schema, type: "object" };
}

// src/diff/rename-evidence.ts
var VERB_GROUPS = [
  ["get", "fetch", "retrieve", "read", "load", "list", "show", "print", "display", "view", "return"],
  ["create", "add", "new", "make", "insert"],
  ["update", "edit", "modify", "patch", "change", "set"],
  ["delete", "remove", "destroy", "drop", "erase"],
  ["search", "find", "lookup"],
  ["run", "execute", "exec", "invoke", "trigger", "start"],
  ["stop", "halt", "kill", "cancel", "terminate"],
  ["send", "post"],
  ["enable"],
  ["disable"],
  ["open"],
  ["close"],
  ["lock"],
  ["unlock"],
  ["upload"],
  ["download"],
  ["import"],
  ["export"],
  ["archive"],
  ["restore"],
  ["subscribe"],
  ["unsubscribe"],
  ["pause"],
  ["resume"],
  ["approve"],
  ["reject"],
  ["merge"],
  ["push"],
  ["pull"],
  ["sync"],
  ["copy"],
  ["move"],
  ["rename"],
  ["toggle"],
  ["count"],
  ["validate"],
  ["summarize"]
];
var VERB_GROUP = new Map(VERB_GROUPS.flatMap((group, i) => group.map((verb) => [verb, i])));
var FILLER_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "by",
  "of",
  "for",
  "to",
  "from",
  "in",
  "on",
  "at",
  "with",
  "and",
  "or",
  "all",
  "id",
  "ids",
  "my",
  "me"
]);
var VERSION_WORD = /^v\d+$/;
function nameWords(name) {
  const words = nameTokens(name).filter((t) => !FILLER_WORDS.has(t) && !VERSION_WORD.test(t)).map(stemOf);
  const verbGroup = words.length ? VERB_GROUP.get(words[0]) : void 0;
  return { key: nameKey(name), words, verbGroup, coreStart: verbGroup !== void 0 && words.length > 1 ? 1 : 0 };
}
var MIN_PREFIX = 3;
function sharedPart(a, b) {
  if (a === b) return a;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short) ? short : void 0;
}
function nameEvidence(a, b) {
  const relation = relationOf(a.key, b.key);
  const verbConflict = a.verbGroup !== void 0 && b.verbGroup !== void 0 && a.verbGroup !== b.verbGroup;
  const sameVerb = a.verbGroup !== void 0 && a.verbGroup === b.verbGroup;
  const matchedA = /* @__PURE__ */ new Set();
  const shared = [];
  let matched = 0;
  if (sameVerb) {
    matchedA.add(0);
    matched++;
  }
  const matchedB = new Set(sameVerb ? [0] : []);
  const partOf = /* @__PURE__ */ new Map();
  for (const exact of [true, false]) {
    for (let j = 0; j < b.words.length; j++) {
      if (matchedB.has(j)) continue;
      for (let i = 0; i < a.words.length; i++) {
        if (matchedA.has(i)) continue;
        const part = exact ? a.words[i] === b.words[j] ? a.words[i] : void 0 : sharedPart(a.words[i], b.words[j]);
        if (part === void 0) continue;
        matchedA.add(i);
        matchedB.add(j);
        matched++;
        if (i >= a.coreStart && j >= b.coreStart) partOf.set(j, part);
        break;
      }
    }
  }
  for (const j of [...partOf.keys()].sort((x, y) => x - y)) shared.push(partOf.get(j));
  const small = Math.min(a.words.length, b.words.length), total = a.words.length + b.words.length;
  const tokenSimilarity = small === 0 ? 0 : (2 * matched / total + matched / small) / 2;
  const similarity2 = relation === "case-or-separator" || relation === "version" ? 1 : Math.max(relation === "stem" ? STEM_NAME_SIMILARITY : 0, tokenSimilarity);
  return {
    ...relation ? { relation } : {},
    similarity: similarity2,
    shared,
    ...sameVerb && a.words[0] !== b.words[0] ? { verbs: [a.words[0], b.words[0]] } : {},
    contained: small > 0 && matched === small,
    verbConflict
  };
}
var STEM_NAME_SIMILARITY = 0.9;
function schemaEvidence(a, b) {
  const similarity2 = a.signature === b.signature ? 1 : fieldSimilarity(a.fields, b.fields);
  const kind = a.signature === b.signature ? "equal" : similarity2 === 1 ? "same-parameters" : similarity2 > 0 ? "similar-parameters" : "different-parameters";
  return { kind, similarity: similarity2, trivial: !a.distinctive && !b.distinctive, noParameters: a.fields.length === 0 && b.fields.length === 0 };
}
var MAX_DESCRIPTION_WORDS2 = 200;
var MIN_PREFIX_WORDS = 4;
var PREFIX_SIMILARITY = 0.9;
function descriptionWords2(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, MAX_DESCRIPTION_WORDS2);
}
function descriptionEvidence(before, after) {
  const a = descriptionWords2(before), b = descriptionWords2(after);
  if (!a.length || !b.length) return void 0;
  let common = 0;
  for (const seg of wordDiff(a.join(" "), b.join(" "))) if (seg.op === "equal") common += seg.text.split(" ").filter(Boolean).length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const keptAsPrefix = short.length >= MIN_PREFIX_WORDS && short.length < long.length && short.every((w, i) => long[i] === w);
  const similarity2 = 2 * common / (a.length + b.length);
  return { similarity: keptAsPrefix ? Math.max(similarity2, PREFIX_SIMILARITY) : similarity2, keptAsPrefix };
}
var WEIGHTS = { name: 0.4, schema: 0.3, description: 0.3 };
function renameEvidence(from, to) {
  return weigh(
    nameEvidence(nameWords(from.name), nameWords(to.name)),
    schemaEvidence(from, to),
    descriptionEvidence(from.description, to.description)
  );
}
function weigh(name, schema, description) {
  let sum = WEIGHTS.name * name.similarity, weight = WEIGHTS.name;
  if (!schema.trivial) {
    sum += WEIGHTS.schema * schema.similarity;
    weight += WEIGHTS.schema;
  }
  if (description) {
    sum += WEIGHTS.description * description.similarity;
    weight += WEIGHTS.description;
  }
  return { name, schema, ...description ? { description } : {}, confidence: sum / weight };
}
var DESCRIPTION_AGREEMENT = { contained: 0.7, swapped: 0.85 };
var MIN_EVIDENCE_CONFIDENCE = 0.7;
function evidenceMakesRename(e) {
  if (!namesAndSchemasFit(e.name, e.schema) || !e.description) return false;
  const agreement = e.name.contained ? DESCRIPTION_AGREEMENT.contained : DESCRIPTION_AGREEMENT.swapped;
  return e.description.similarity >= agreement && e.confidence >= MIN_EVIDENCE_CONFIDENCE;
}
function namesAndSchemasFit(name, schema) {
  return !name.verbConflict && name.shared.length > 0 && schema.similarity >= NEAR_EQUAL_SIMILARITY;
}
function renameByEvidence(from, fromWords, to, toWords) {
  const name = nameEvidence(fromWords, toWords), schema = schemaEvidence(from, to);
  if (!namesAndSchemasFit(name, schema)) return void 0;
  const evidence = weigh(name, schema, descriptionEvidence(from.description, to.description));
  return evidenceMakesRename(evidence) ? evidence : void 0;
}
var MAX_EVIDENCE_CANDIDATES = 64;
var wordKey = (word) => word.slice(0, MIN_PREFIX);
function pairToolRenames(removed, added) {
  const removedByName = new Map(removed.map((e) => [e.name, e])), addedByName = new Map(added.map((e) => [e.name, e]));
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const addEdge = (from, to, relation, evidence) => {
    edges.push({
      from: from.name,
      to: to.name,
      relation,
      equalSignature: from.signature === to.signature,
      evidence,
      weight: evidence.confidence
    });
  };
  for (const { pair } of renameCandidates(removed, added)) {
    seen.add(`${pair.from}\0${pair.to}`);
    const from = removedByName.get(pair.from), to = addedByName.get(pair.to);
    addEdge(from, to, pair.relation, renameEvidence(from, to));
  }
  const byWord = /* @__PURE__ */ new Map();
  for (const entry of added) {
    const words = nameWords(entry.name);
    for (const key of new Set(words.words.slice(words.coreStart).map(wordKey)))
      (byWord.get(key) ?? byWord.set(key, []).get(key)).push({ entry, words });
  }
  for (const r of removed) {
    const w = nameWords(r.name);
    const buckets = [...new Set(w.words.slice(w.coreStart).map(wordKey))].map((k) => byWord.get(k) ?? []).sort((x, y) => x.length - y.length);
    const weighed = /* @__PURE__ */ new Set();
    for (const bucket of buckets) {
      for (const { entry: a, words } of bucket) {
        if (weighed.size >= MAX_EVIDENCE_CANDIDATES) break;
        if (weighed.has(a.name)) continue;
        weighed.add(a.name);
        if (seen.has(`${r.name}\0${a.name}`)) continue;
        const evidence = renameByEvidence(r, w, a, words);
        if (evidence) addEdge(r, a, "evidence", evidence);
      }
    }
  }
  return bestAssignment(edges).map(({ weight: _weight, ...rename }) => rename);
}
var percent = (x) => `${Math.round(x * 100)}%`;
function describeRenameEvidence(e) {
  const parts = [];
  const schema = e.schema.noParameters ? "no parameters in either" : {
    equal: "same input schema",
    "same-parameters": "same parameters",
    "similar-parameters": `${percent(e.schema.similarity)} of the parameters shared`,
    "different-parameters": "no parameter shared"
  }[e.schema.kind];
  parts.push(e.schema.trivial ? `${schema} (too common to count)` : schema);
  if (e.description) {
    parts.push(
      e.description.similarity === 1 && !e.description.keptAsPrefix ? "same description" : e.description.keptAsPrefix ? "the old description kept as the start of the new one" : `descriptions ${percent(e.description.similarity)} alike`
    );
  }
  const relation = {
    "case-or-separator": "same words, other case or separators",
    version: "a version suffix",
    stem: "one name inside the other"
  };
  const name = e.name.relation ? [relation[e.name.relation]] : [];
  if (e.name.shared.length) name.push(`names share \`${e.name.shared.join("-")}\``);
  if (e.name.verbs) name.push(`\`${e.name.verbs[0]}\` ≈ \`${e.name.verbs[1]}\``);
  if (name.length) parts.push(name.join(", "));
  return `confidence ${percent(e.confidence)}: ${parts.join("; ")}`;
}
function renameEvidenceExtra(e) {
  const round = (x) => Math.round(x * 1e3) / 1e3;
  return {
    confidence: round(e.confidence),
    evidence: {
      name: {
        ...e.name.relation ? { relation: e.name.relation } : {},
        similarity: round(e.name.similarity),
        shared: e.name.shared,
        ...e.name.verbs ? { verbs: e.name.verbs } : {}
      },
      schema: {
        kind: e.schema.kind,
        similarity: round(e.schema.similarity),
        trivial: e.schema.trivial,
        noParameters: e.schema.noParameters
      },
      ...e.description ? { description: { similarity: round(e.description.similarity), keptAsPrefix: e.description.keptAsPrefix } } : {}
    }
  };
}

// src/diff/tools.ts
var TOOL_RULES = defineRules("change", "src/diff/tools.ts", "tool", {
  "tool-removed": ["breaking", "a tool is gone and no added tool takes its place; clients calling it fail"],
  "tool-renamed": [
    "breaking",
    "a removed tool pairs with an added one (related name and near-equal input schema, or an equal distinctive schema); keep the old name registered until the next major"
  ],
  "tool-removed-after-deprecation": ["warning", "a tool the base marked deprecated was removed after its sunset date"],
  "tool-added": ["safe", "a new tool"],
  "tool-dual-registered": [
    "safe",
    "a new tool is registered beside an unbroken old one it succeeds (e.g. x_v2 beside x, or getUser beside get_user)"
  ],
  "tool-deprecated": ["info", "a deprecation marker appeared (description prefix or _meta deprecation key)"],
  "tool-title-changed": ["info", "the display title (title or annotations.title) changed"],
  "tool-description-changed": [
    "warning",
    "the description (the model's instructions) changed; review the word diff for injected orders (info when only punctuation at the end of words changed)"
  ],
  "tool-icons-changed": ["info", "the icons changed"],
  "tool-task-support-changed": [
    "breaking",
    "execution.taskSupport changed: breaking when a way of calling the tool (plain call or task) is lost, safe when one is gained"
  ],
  "tool-meta-changed": [
    "info",
    "a _meta key changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it"
  ],
  "tool-field-changed": [
    "info",
    "a field the MCP spec does not define for tools (at the top level, in annotations or in execution) changed; mcp-contract does not interpret it, clients that read it may behave differently"
  ],
  "catalog-duplicate-tool-name": ["warning", "the head lists two tools with the same name; clients see only one of them"]
});
var callModeText = (mode) => mode === "call" ? "a plain tools/call" : mode === "task" ? "a task-augmented call" : `mode ${q(mode)}`;
var TOOL_MESSAGES = {
  "tool-removed": ({ tool, deprecated, sunset }) => {
    const why = !deprecated ? "" : sunset ? ` It was marked deprecated, but its sunset date ${sunset} has not passed yet.` : " It was marked deprecated, but without a sunset date, so removing it is still breaking; give deprecations a sunset date.";
    return `Tool "${tool}" was removed; clients calling it will fail.${why}`;
  },
  "tool-renamed": (r) => `Tool "${r.from}" was renamed to "${r.to}" (${describeRenameEvidence(r.evidence)}); clients calling "${r.from}" will fail. Keep "${r.from}" registered beside "${r.to}" (marked deprecated) until the next major version.`,
  "tool-removed-after-deprecation": ({ tool, sunset }) => `Tool "${tool}" was removed after its deprecation sunset date ${sunset}; clients were told to migrate.`,
  "tool-added": ({ tool }) => `Tool "${tool}" was added.`,
  "tool-dual-registered": ({ tool, predecessor }) => `Tool "${tool}" was added beside "${predecessor}", which still works as before: clients can migrate at their own pace.`,
  "tool-deprecated": ({ tool, sunset }) => `Tool "${tool}" is now marked deprecated${sunset ? `, with sunset date ${sunset}` : " (no sunset date given)"}.`,
  "tool-title-changed": (a) => a.field === "title" ? `Tool "${a.tool}" title changed from ${q(a.before)} to ${q(a.after)}.` : `Tool "${a.tool}" annotations.title changed from ${q(a.before)} to ${q(a.after)} (clients that read \`title\` first still show ${q(a.shown)}).`,
  "tool-description-changed": ({ tool, change }) => change.punctuationOnly ? `Tool "${tool}" description changed in punctuation only: ${change.diff}` : `Tool "${tool}" description changed (the model reads it as instructions): ${change.diff}`,
  "tool-icons-changed": ({ tool }) => `Tool "${tool}" icons changed.`,
  "tool-task-support-changed": ({ tool, before, after, lost }) => lost.length ? `Tool "${tool}" task support changed from "${before}" to "${after}": clients invoking it with ${lost.map(callModeText).join(" and ")} will now be rejected.` : `Tool "${tool}" task support changed from "${before}" to "${after}": a new way to invoke it, existing calls still work.`,
  "tool-meta-changed": opaqueMessage,
  "tool-field-changed": opaqueMessage,
  "catalog-duplicate-tool-name": ({ tool, count }) => `The head lists ${count} tools named "${tool}"; clients keep only one of them, so which definition they call is undefined. Give each tool a unique name.`
};
var finding8 = findingMaker(TOOL_RULES, TOOL_MESSAGES);
var SCHEMA_KEY = { input: "inputSchema", output: "outputSchema" };
function schemaFinding(tool, direction, change) {
  return {
    rule: change.rule,
    severity: change.severity,
    kind: "tool",
    subject: tool,
    tool,
    path: `/${SCHEMA_KEY[direction]}${change.path}`,
    ...change.before !== void 0 ? { before: change.before } : {},
    ...change.after !== void 0 ? { after: change.after } : {},
    message: `Tool "${tool}": ${change.message}`,
    ...change.extra !== void 0 ? { extra: change.extra } : {}
  };
}
var OPAQUE_FIELDS = [
  {
    pointer: "",
    interpreted: /* @__PURE__ */ new Set(["name", "title", "description", "inputSchema", "outputSchema", "annotations", "icons", "execution", "_meta"]),
    kind: "field"
  },
  {
    pointer: "/annotations",
    interpreted: /* @__PURE__ */ new Set(["title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"]),
    kind: "field"
  },
  { pointer: "/execution", interpreted: /* @__PURE__ */ new Set(["taskSupport"]), kind: "field" },
  { pointer: "/_meta", interpreted: /* @__PURE__ */ new Set(), kind: "meta" }
];
function displayTitle(tool) {
  if (typeof tool.title === "string") return { value: tool.title, path: "/title" };
  const ann = isObject(tool.annotations) ? tool.annotations : {};
  return { value: typeof ann.title === "string" ? ann.title : void 0, path: "/annotations/title" };
}
function titleChange2(name, base, head) {
  const tb = displayTitle(base), th = displayTitle(head);
  if (tb.value !== th.value) {
    return {
      path: th.value !== void 0 ? th.path : tb.path,
      args: { tool: name, field: "title", before: tb.value ?? null, after: th.value ?? null }
    };
  }
  const ab = isObject(base.annotations) ? base.annotations.title : void 0, ah = isObject(head.annotations) ? head.annotations.title : void 0;
  if (stableJson(ab ?? null) === stableJson(ah ?? null)) return void 0;
  return {
    path: "/annotations/title",
    args: { tool: name, field: "annotations.title", before: ab ?? null, after: ah ?? null, shown: th.value ?? null }
  };
}
var TASK_MODES = {
  forbidden: ["call"],
  optional: ["call", "task"],
  required: ["task"]
};
function taskSupportOf(tool) {
  const exec = isObject(tool.execution) ? tool.execution : {};
  return typeof exec.taskSupport === "string" ? exec.taskSupport : "forbidden";
}
function compareSchemaPair(name, direction, base, head, out) {
  const key = SCHEMA_KEY[direction];
  const before = base[key], after = head[key];
  if (equalJson(before ?? null, after ?? null)) return;
  const result = compareSchemas(before, after, direction);
  for (const change of result.changes) out.findings.push(schemaFinding(name, direction, change));
  if (result.undecided) {
    out.undecided.push({
      tool: name,
      direction,
      before,
      after,
      hadBreakingChange: result.changes.some((c) => c.severity === "breaking"),
      reasons: result.reasons ?? []
    });
  }
}
function compareToolPair(name, base, head) {
  const out = { findings: [], undecided: [] };
  const title = titleChange2(name, base, head);
  if (title)
    out.findings.push(
      finding8("tool-title-changed", { subject: name, path: title.path, before: title.args.before, after: title.args.after }, title.args)
    );
  const desc = textChange(base.description, head.description);
  if (desc) {
    out.findings.push(
      finding8(
        "tool-description-changed",
        {
          subject: name,
          path: "/description",
          before: base.description ?? null,
          after: head.description ?? null,
          ...cosmeticSeverity(desc),
          extra: desc.extra
        },
        { tool: name, change: desc }
      )
    );
  }
  if (stableJson(base.icons ?? null) !== stableJson(head.icons ?? null)) {
    out.findings.push(
      finding8(
        "tool-icons-changed",
        { subject: name, path: "/icons", before: base.icons ?? null, after: head.icons ?? null },
        { tool: name }
      )
    );
  }
  const sb = taskSupportOf(base), sh = taskSupportOf(head);
  if (sb !== sh) {
    const modesBefore = TASK_MODES[sb] ?? [sb], modesAfter = TASK_MODES[sh] ?? [sh];
    const lost = modesBefore.filter((m) => !modesAfter.includes(m));
    out.findings.push(
      finding8(
        "tool-task-support-changed",
        {
          subject: name,
          path: "/execution/taskSupport",
          before: sb,
          after: sh,
          severity: lost.length ? "breaking" : "safe"
        },
        { tool: name, before: sb, after: sh, lost }
      )
    );
  }
  const depBefore = deprecationOf(base), depAfter = deprecationOf(head);
  if (depAfter.deprecated && !depBefore.deprecated) {
    out.findings.push(
      finding8(
        "tool-deprecated",
        { subject: name, path: depAfter.marker ?? "", after: depAfter.sunset ?? true },
        { tool: name, sunset: depAfter.sunset }
      )
    );
  }
  const namedMarkers = /* @__PURE__ */ new Set([
    depAfter.deprecated && !depBefore.deprecated ? depAfter.marker : void 0,
    base.name !== head.name && depBefore.deprecated ? depBefore.marker : void 0
  ]);
  for (const change of opaqueChanges(`Tool "${name}"`, base, head, OPAQUE_FIELDS, namedMarkers)) {
    out.findings.push(
      finding8(
        change.kind === "meta" ? "tool-meta-changed" : "tool-field-changed",
        { subject: name, path: change.path, before: change.before, after: change.after },
        change
      )
    );
  }
  out.findings.push(...compareAnnotations(name, base, head));
  compareSchemaPair(name, "input", base, head, out);
  compareSchemaPair(name, "output", base, head, out);
  return out;
}
function compareDuplicateDefinitions(name, baseDefs, headDefs) {
  const unmatchedHead = headDefs.map(hashTool);
  const results = [];
  for (const b of baseDefs) {
    const i = unmatchedHead.indexOf(hashTool(b));
    if (i >= 0) {
      unmatchedHead.splice(i, 1);
      continue;
    }
    let best;
    let bestScore = [Infinity, Infinity];
    for (const h of headDefs) {
      const pair = compareToolPair(name, b, h);
      const score = [
        pair.findings.length + pair.undecided.length,
        pair.findings.filter((f) => f.severity === "breaking").length
      ];
      if (score[0] < bestScore[0] || score[0] === bestScore[0] && score[1] < bestScore[1]) {
        best = pair;
        bestScore = score;
      }
    }
    if (best) results.push(best);
  }
  return results;
}
function byName(tools) {
  const map = /* @__PURE__ */ new Map();
  const duplicates = /* @__PURE__ */ new Set();
  for (const t of tools) {
    if (map.has(t.name)) duplicates.add(t.name);
    else map.set(t.name, t);
  }
  return { map, duplicates };
}
function pairingEntry(tool) {
  const schema = isObject(tool.inputSchema) ? { ...tool.inputSchema } : { type: "object" };
  delete schema.$schema;
  const props = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const signature = isCanonicalTool(tool) ? JSON.stringify(schema) : stableJson(schema);
  return {
    name: tool.name,
    signature,
    fields: props,
    // `{}` or one undocumented field is too common to identify a tool without a related name.
    distinctive: props.length >= 2 || props.length === 1 && signature.includes('"description"')
  };
}
function diffTools(baseTools, headTools, now) {
  const out = { findings: [], undecided: [] };
  const base = byName(baseTools), head = byName(headTools);
  for (const name of head.duplicates) {
    if (base.duplicates.has(name)) continue;
    const count = headTools.filter((t) => t.name === name).length;
    out.findings.push(finding8("catalog-duplicate-tool-name", { subject: name, path: "", after: count }, { tool: name, count }));
  }
  const broken = /* @__PURE__ */ new Set();
  const removed = [], added = [];
  compareLists(baseTools, headTools, (t) => t.name, {
    // Same name: compare unless the canonical definitions hash equal. A name listed twice compares every definition.
    onMutual: (b, h) => {
      const name = h.name;
      const pairs = base.duplicates.has(name) || head.duplicates.has(name) ? compareDuplicateDefinitions(
        name,
        baseTools.filter((t) => t.name === name),
        headTools.filter((t) => t.name === name)
      ) : hashTool(b) === hashTool(h) ? [] : [compareToolPair(name, b, h)];
      for (const pair of pairs) {
        if (pair.findings.some((f) => f.severity === "breaking")) broken.add(name);
        out.findings.push(...pair.findings);
        out.undecided.push(...pair.undecided);
      }
    },
    // Removed after their announced sunset: allowed, and never treated as the old half of a rename.
    onRemoved: (b) => {
      const dep = deprecationOf(b);
      if (sunsetPassed(dep, now))
        out.findings.push(
          finding8("tool-removed-after-deprecation", { subject: b.name, path: "", before: b.name }, { tool: b.name, sunset: dep.sunset })
        );
      else removed.push(b);
    },
    onAdded: (a) => added.push(a)
  });
  const renameEntry = (t) => ({ ...pairingEntry(t), description: typeof t.description === "string" ? t.description : "" });
  const renames = pairToolRenames(removed.map(renameEntry), added.map(renameEntry));
  const renamedFrom = new Set(renames.map((r) => r.from)), renamedTo = new Set(renames.map((r) => r.to));
  for (const r of renames) {
    out.findings.push(
      finding8(
        "tool-renamed",
        {
          subject: r.to,
          path: "",
          before: r.from,
          after: r.to,
          extra: { from: r.from, to: r.to, relation: r.relation, ...renameEvidenceExtra(r.evidence) }
        },
        r
      )
    );
    const pair = compareToolPair(r.to, base.map.get(r.from), head.map.get(r.to));
    out.findings.push(...pair.findings);
    out.undecided.push(...pair.undecided);
  }
  for (const b of removed) {
    if (renamedFrom.has(b.name)) continue;
    const dep = deprecationOf(b);
    out.findings.push(
      finding8(
        "tool-removed",
        {
          subject: b.name,
          path: "",
          before: b.name,
          ...dep.deprecated ? { extra: { deprecated: true, ...dep.sunset ? { sunset: dep.sunset } : {} } } : {}
        },
        { tool: b.name, deprecated: dep.deprecated, sunset: dep.sunset }
      )
    );
  }
  const successorsOf = new RelatedNameIndex([...head.map.keys()].filter((n) => base.map.has(n) && !broken.has(n)));
  for (const a of added) {
    if (renamedTo.has(a.name)) continue;
    const predecessor = findPredecessor(a, successorsOf, head.map);
    if (predecessor) {
      out.findings.push(
        finding8(
          "tool-dual-registered",
          { subject: a.name, path: "", after: a.name, extra: { from: predecessor, to: a.name } },
          { tool: a.name, predecessor }
        )
      );
    } else {
      out.findings.push(finding8("tool-added", { subject: a.name, path: "", after: a.name }, { tool: a.name }));
    }
  }
  return out;
}
function findPredecessor(added, candidates2, head) {
  const rank = { "case-or-separator": 0, version: 1, stem: 2 };
  let best;
  const addedFields = pairingEntry(added).fields;
  for (const { key, relation } of candidates2.related(nameKey(added.name))) {
    if (relation === "stem" && fieldSimilarity(pairingEntry(head.get(key.name)).fields, addedFields) < NEAR_EQUAL_SIMILARITY) continue;
    const r = rank[relation];
    if (!best || r < best.rank || r === best.rank && compareText(key.name, best.name) < 0) best = { name: key.name, rank: r };
  }
  return best?.name;
}

// src/diff/mcp-headers.ts
var MCP_HEADER_RULES = defineRules("change", "src/diff/mcp-headers.ts", "tool", {
  "input-mcp-header-added": [
    "breaking",
    "a parameter the base had is now mirrored into an Mcp-Param-* header (x-mcp-header): servers reject calls from clients holding the old inputSchema until they list tools again",
    "input"
  ],
  "input-mcp-header-removed": [
    "breaking",
    "a parameter is no longer mirrored into its Mcp-Param-* header (x-mcp-header): gateways and proxies that route or filter on it lose it",
    "input"
  ],
  "input-mcp-header-renamed": [
    "breaking",
    "a parameter's x-mcp-header changed: it travels in another Mcp-Param-* header, so gateways routing on the old one lose it and clients holding the old inputSchema are rejected",
    "input"
  ],
  "input-mcp-header-became-invalid": [
    "breaking",
    "an x-mcp-header declaration that the base version did not have breaks the 2026-07-28 constraints (token syntax, integer/string/boolean type, statically reachable, unique): HTTP clients must drop the tool from tools/list",
    "input"
  ]
});
var pathOf = (d) => `/inputSchema${d.pointer}/${MCP_HEADER_KEYWORD}`;
function firstByName2(tools) {
  const map = /* @__PURE__ */ new Map();
  for (const t of tools) if (!map.has(t.name)) map.set(t.name, t);
  return map;
}
function compareDeclarations(tool, before, after) {
  const out = [];
  const valid = (r) => r.declarations.filter((d) => d.problems.length === 0);
  const invalidAt = (r) => new Set(r.declarations.filter((d) => d.problems.length > 0).map((d) => d.pointer));
  const headInvalid = invalidAt(after), baseInvalid = invalidAt(before);
  const lower = (d) => d.value.toLowerCase();
  const headNames = new Set(valid(after).map(lower)), baseNames = new Set(valid(before).map(lower));
  const gone = valid(before).filter((d) => !headNames.has(lower(d)));
  const come = new Map(
    valid(after).filter((d) => !baseNames.has(lower(d))).map((d) => [d.pointer, d])
  );
  for (const b of gone) {
    const a = come.get(b.pointer);
    if (a) {
      come.delete(b.pointer);
      out.push(
        makeFinding(MCP_HEADER_RULES["input-mcp-header-renamed"], {
          subject: tool,
          path: pathOf(a),
          before: b.value,
          after: a.value,
          message: `Tool "${tool}": ${describeParameter(a)} now travels in the ${q(headerName(a.value))} header instead of ${q(headerName(b.value))}; gateways and proxies that route or filter on ${q(headerName(b.value))} no longer receive it, and the server rejects calls from clients holding the old inputSchema (HeaderMismatch) until they list tools again. Keep the old header name, or ship this as a breaking change.`
        })
      );
    } else if (!headInvalid.has(b.pointer)) {
      out.push(
        makeFinding(MCP_HEADER_RULES["input-mcp-header-removed"], {
          subject: tool,
          path: pathOf(b),
          before: b.value,
          message: `Tool "${tool}": ${describeParameter(b)} is no longer mirrored into the ${q(headerName(b.value))} header; gateways and proxies that route or filter on it no longer receive it. Keep the x-mcp-header declaration, or ship this as a breaking change.`
        })
      );
    }
  }
  for (const a of come.values()) {
    if (!before.parameters.has(a.pointer) || baseInvalid.has(a.pointer)) continue;
    out.push(
      makeFinding(MCP_HEADER_RULES["input-mcp-header-added"], {
        subject: tool,
        path: pathOf(a),
        after: a.value,
        message: `Tool "${tool}": ${describeParameter(a)} is now mirrored into the ${q(headerName(a.value))} header; the server must reject a call that carries the value without the header (HeaderMismatch), so clients holding the old inputSchema fail until they list tools again. Ship this as a breaking change.`
      })
    );
  }
  return out;
}
function diffMcpHeaders(base, head, toolFindings) {
  if (!mcpHeadersInForce(head.protocolVersion)) return [];
  const baseInForce = mcpHeadersInForce(base.protocolVersion);
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const f of toolFindings)
    if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
  const baseTools = firstByName2(base.tools);
  const out = [];
  for (const [name, tool] of firstByName2(head.tools)) {
    const after = readMcpHeaders(tool.inputSchema);
    const peer = baseTools.get(baseTools.has(name) ? name : renamedFrom.get(name) ?? "");
    const before = peer && baseInForce ? readMcpHeaders(peer.inputSchema) : void 0;
    if (!after.declarations.length && !before?.declarations.length) continue;
    const had = new Set(before?.declarations.flatMap(problemKeysOf) ?? []);
    for (const d of after.declarations) {
      if (!d.problems.length || problemKeysOf(d).every((k) => had.has(k))) continue;
      out.push(
        makeFinding(MCP_HEADER_RULES["input-mcp-header-became-invalid"], {
          subject: name,
          path: pathOf(d),
          after: d.value,
          message: invalidHeaderMessage(name, d, peer ? "changed" : "new-tool")
        })
      );
    }
    if (before) out.push(...compareDeclarations(name, before, after));
  }
  return out;
}

// src/diff/network-refs.ts
var NETWORK_REF_RULES = defineRules("change", "src/diff/network-refs.ts", "tool", {
  "input-schema-network-ref-added": [
    "breaking",
    "the inputSchema newly references a schema by http(s) URI: clients must not fetch it, and a schema with an unresolved external $ref should be rejected (MCP 2026-07-28), so validating clients refuse every call",
    "input"
  ],
  "output-schema-network-ref-added": [
    "breaking",
    "the outputSchema newly references a schema by http(s) URI: clients must not fetch it, and a schema with an unresolved external $ref should be rejected (MCP 2026-07-28), so validating clients refuse every result",
    "output"
  ]
});
var DATA_KEYWORDS2 = /* @__PURE__ */ new Set(["enum", "const", "default", "examples", "example"]);
var NETWORK_URI = /^https?:\/\//i;
function networkRefs(schema) {
  const refs = /* @__PURE__ */ new Map(), ids = /* @__PURE__ */ new Set();
  const stack = [{ node: schema ?? null, at: "" }];
  while (stack.length) {
    const { node, at } = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const children = Array.isArray(node) ? node.map((v, i) => ({ node: v, at: `${at}/${i}` })) : [];
    if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        const where = `${at}/${pointerToken(k)}`;
        if ((k === "$ref" || k === "$dynamicRef") && typeof v === "string" && NETWORK_URI.test(v) && !refs.has(v)) refs.set(v, where);
        else if ((k === "$id" || k === "id") && typeof v === "string") ids.add(v.replace(/#.*$/, ""));
        else if (!DATA_KEYWORDS2.has(k)) children.push({ node: v, at: where });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  for (const uri of [...refs.keys()]) if (ids.has(uri.replace(/#.*$/, ""))) refs.delete(uri);
  return refs;
}
var SIDES = [
  { key: "inputSchema", rule: "input-schema-network-ref-added", consequence: "clients that validate arguments reject every call" },
  {
    key: "outputSchema",
    rule: "output-schema-network-ref-added",
    consequence: "clients that validate structured results (they SHOULD) reject every result"
  }
];
function diffNetworkRefs(base, head, toolFindings) {
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const f of toolFindings)
    if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
  const baseTools = new Map(base.tools.map((t) => [t.name, t]).reverse());
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const tool of head.tools) {
    if (seen.has(tool.name)) continue;
    seen.add(tool.name);
    const peer = baseTools.get(baseTools.has(tool.name) ? tool.name : renamedFrom.get(tool.name) ?? "");
    if (!peer) continue;
    for (const { key, rule, consequence } of SIDES) {
      if (peer[key] === void 0 || tool[key] === void 0) continue;
      const had = networkRefs(peer[key]);
      for (const [uri, at] of networkRefs(tool[key])) {
        if (had.has(uri)) continue;
        out.push(
          makeFinding(NETWORK_REF_RULES[rule], {
            subject: tool.name,
            path: `/${key}${at}`,
            after: uri,
            message: `Tool "${tool.name}": the ${key} now references the network schema ${q(uri)} at ${q(at.replace(/\/\$(dynamic)?[rR]ef$/, "") || "/")}. MCP 2026-07-28 forbids clients to fetch it and says a schema that fails to validate because of an unresolved external $ref SHOULD be rejected (basic/index, "$ref Resolution"), so ${consequence}. Copy the referenced schema under $defs and point to it with "#/$defs/…".`
          })
        );
      }
    }
  }
  return out;
}

// src/policy/policy-diff.ts
import * as path2 from "node:path";

// src/policy/waivers.ts
function waiverMatches(waiver, finding13) {
  if (waiver.rule !== finding13.rule) return false;
  if (waiver.tool === "*" || waiver.tool === finding13.subject) return true;
  const { from, to } = finding13.extra ?? {};
  return waiver.tool === from || waiver.tool === to;
}
function waiverExpired(waiver, now) {
  if (!waiver.expires) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(waiver.expires);
  if (!m) return true;
  const endOfDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
  return Number.isNaN(endOfDay) || now.getTime() >= endOfDay;
}
function findWaivers(waivers, finding13, now) {
  const matching = waivers.filter((w) => waiverMatches(w, finding13));
  return {
    live: matching.find((w) => !waiverExpired(w, now)),
    expired: matching.find((w) => waiverExpired(w, now))
  };
}

// src/policy/policy-diff.ts
var POLICY_RULES = defineRules("policy", "src/policy/policy-diff.ts", "catalog", {
  "policy-fail-on-raised": ["breaking", "the pull request raised policy.failOn, so changes the base's policy failed on now pass"],
  "policy-override-loosened": [
    "breaking",
    "the pull request turned a rule off or lowered its severity below the base's (an override added, changed or removed)"
  ],
  "policy-waiver-added": ["breaking", 'the pull request added a waiver, or widened one (another tool, "*", a later or no expiry date)'],
  "policy-bump-loosened": [
    "breaking",
    "the pull request relaxed the bump a breaking change needs under 1.0.0 (zeroMajorBreakingBump major → minor)"
  ],
  "policy-server-removed": [
    "breaking",
    "a server of the base commit's config is no longer listed in the head's, so its contract is no longer checked"
  ],
  "policy-version-sources-changed": ["warning", "the pull request changed where the version is read from (policy.versionSources)"]
});
var POLICY_MESSAGES = {
  "policy-fail-on-raised": ({ before, after }) => `policy.failOn went from "${before}" to "${after}": ${before} changes without their bump no longer fail the check.`,
  "policy-override-loosened": ({ rule, before, after }) => `Rule ${q(rule)} went from ${before.value} (${before.from}) to ${after.value === "off" ? "off: its findings are dropped" : `${after.value} (${after.from})`}.`,
  "policy-waiver-added": ({ waiver, widened }) => `${widened ? "A waiver was widened" : "A waiver was added"}: ${q(waiver.rule)} on ${waiver.tool === "*" ? 'every subject ("*")' : q(waiver.tool)}${waiver.expires ? ` until ${waiver.expires}` : " with no expiry"} (reason: ${q(waiver.reason)}).`,
  "policy-bump-loosened": ({ before, after }) => `policy.zeroMajorBreakingBump went from "${before}" to "${after}": under 1.0.0 a breaking change now passes with a ${after} bump.`,
  "policy-server-removed": ({ name, snapshot }) => `Server ${q(name)} (snapshot ${q(snapshot)}) is in the base commit's config but not in the head's: its contract is no longer checked.`,
  "policy-version-sources-changed": ({ before, after }) => `policy.versionSources changed from ${before} to ${after}; the version the gate compares is now read elsewhere.`
};
var finding9 = findingMaker(POLICY_RULES, POLICY_MESSAGES);
var FAIL_ON_RANK = { breaking: 0, warning: 1, safe: 2 };
var SEVERITY_RANK = { off: 0, info: 1, safe: 2, warning: 3, breaking: 4 };
function effectiveSeverity(policy, rule, defaultSeverity, side) {
  const overrides = policy.overrides ?? {};
  if (Object.prototype.hasOwnProperty.call(overrides, rule)) return { value: overrides[rule], from: `the ${side}'s override` };
  const value = defaultSeverity(rule);
  return value ? { value, from: "the default" } : void 0;
}
function covered(b, h, now) {
  if (b.rule !== h.rule || b.tool !== "*" && b.tool !== h.tool || waiverExpired(b, now)) return false;
  if (!b.expires) return true;
  return h.expires !== void 0 && h.expires <= b.expires;
}
function describeSources(policy, dir) {
  const sources = (policy.versionSources ?? [{ type: "serverInfo" }]).map(
    (s) => "path" in s && s.path && dir && path2.isAbsolute(s.path) ? { ...s, path: path2.relative(dir, s.path).split(path2.sep).join("/") } : s
  );
  return JSON.stringify(sources);
}
function diffPolicies(input) {
  const { base, head, configRel: subject } = input;
  const now = input.now ?? /* @__PURE__ */ new Date();
  const out = [];
  const failBefore = base.failOn ?? "breaking";
  const failAfter = head.failOn ?? "breaking";
  if (FAIL_ON_RANK[failAfter] < FAIL_ON_RANK[failBefore]) {
    out.push(
      finding9(
        "policy-fail-on-raised",
        { subject, path: "/policy/failOn", before: failBefore, after: failAfter },
        { before: failBefore, after: failAfter }
      )
    );
  }
  const rules = [.../* @__PURE__ */ new Set([...Object.keys(base.overrides ?? {}), ...Object.keys(head.overrides ?? {})])].sort();
  for (const rule of rules) {
    const before = effectiveSeverity(base, rule, input.defaultSeverity, "base");
    const after = effectiveSeverity(head, rule, input.defaultSeverity, "head");
    if (!before || !after || SEVERITY_RANK[after.value] >= SEVERITY_RANK[before.value]) continue;
    out.push(
      finding9(
        "policy-override-loosened",
        { subject, path: `/policy/overrides/${pointerToken(rule)}`, before: before.value, after: after.value },
        { rule, before, after }
      )
    );
  }
  (head.waivers ?? []).forEach((waiver, i) => {
    if ((base.waivers ?? []).some((b) => covered(b, waiver, now))) return;
    const widened = (base.waivers ?? []).some((b) => b.rule === waiver.rule);
    out.push(
      finding9(
        "policy-waiver-added",
        { subject, path: `/policy/waivers/${i}`, after: { ...waiver } },
        { waiver, widened }
      )
    );
  });
  const bumpBefore = base.zeroMajorBreakingBump ?? "minor";
  const bumpAfter = head.zeroMajorBreakingBump ?? "minor";
  if (bumpBefore === "major" && bumpAfter === "minor") {
    out.push(
      finding9(
        "policy-bump-loosened",
        { subject, path: "/policy/zeroMajorBreakingBump", before: bumpBefore, after: bumpAfter },
        { before: bumpBefore, after: bumpAfter }
      )
    );
  }
  for (const server of input.removedServers ?? []) {
    out.push(finding9("policy-server-removed", { subject, path: "/servers", before: server.name }, server));
  }
  const sourcesBefore = describeSources(base, input.dir);
  const sourcesAfter = describeSources(head, input.dir);
  if (sourcesBefore !== sourcesAfter) {
    out.push(
      finding9(
        "policy-version-sources-changed",
        { subject, path: "/policy/versionSources", before: sourcesBefore, after: sourcesAfter },
        { before: sourcesBefore, after: sourcesAfter }
      )
    );
  }
  return out;
}

// src/diff/cache-hints.ts
var CACHE_HINT_RULES = defineRules("change", "src/diff/cache-hints.ts", "server", {
  "list-cache-scope-changed": [
    "warning",
    "a list result changed cacheScope (public/private, absent read as private): who may share a cached copy across users changed"
  ],
  "list-cache-ttl-changed": [
    "info",
    "a list result changed ttlMs (absent or negative read as 0): how long clients may reuse a cached copy"
  ]
});
var LIST_METHODS = [
  ["tools", "tools/list", "tools"],
  ["prompts", "prompts/list", "prompts"],
  ["resources", "resources/list", "resources"],
  ["resourceTemplates", "resources/templates/list", "resources"]
];
function given(raw, effective) {
  if (raw === null) return `${q(effective)} (not given)`;
  return raw === effective ? q(raw) : `${q(effective)} (sent as ${truncateText(q(raw), 40)})`;
}
function describeDuration(ms) {
  if (ms === 0) return "no time (re-fetch on every use)";
  if (ms < 1e3) return `${ms} ms`;
  if (ms < 12e4) return `${Math.round(ms / 1e3)} s`;
  if (ms < 72e5) return `${Math.round(ms / 6e4)} min`;
  return `${Math.round(ms / 36e5)} h`;
}
var CACHE_HINT_MESSAGES = {
  "list-cache-scope-changed": ({ method, before, after, from, to }) => `${method} cacheScope changed from ${given(before, from)} to ${given(after, to)}: ` + (to === "public" ? "shared gateways and caching proxies may now store the list and serve that one copy to every user; make sure it holds no per-user entries." : "the list is now per user: shared caches must stop serving one copy across authorization contexts, and clients behind a shared cache fetch their own."),
  "list-cache-ttl-changed": ({ method, from, to }) => `${method} ttlMs changed from ${from} to ${to}: clients may now reuse a cached list for ${describeDuration(to)} instead of ${describeDuration(from)}${to > from ? "; a change inside that window reaches them only through list_changed notifications" : ""}.`
};
var finding10 = findingMaker(CACHE_HINT_RULES, CACHE_HINT_MESSAGES);
function effectiveTtl(raw) {
  return typeof raw === "number" && Number.isFinite(raw) && raw > 0 ? raw : 0;
}
function effectiveScope(raw) {
  return raw === "public" ? "public" : "private";
}
function hintsKnown(c) {
  return c.cacheHints !== void 0 || revisionAtLeast(c.protocolVersion, REVISION_2026_07_28) === false;
}
function diffCacheHints(base, head) {
  if (!hintsKnown(base) || !hintsKnown(head)) return [];
  const subject = head.server.name ?? base.server.name ?? "server";
  const out = [];
  const serves = (c, capability) => c.capabilities[capability] !== void 0 && c.capabilities[capability] !== null;
  for (const [key, method, capability] of LIST_METHODS) {
    if (!serves(base, capability) || !serves(head, capability)) continue;
    const before = base.cacheHints?.[key] ?? {}, after = head.cacheHints?.[key] ?? {};
    const scope = { before: before.cacheScope ?? null, after: after.cacheScope ?? null };
    const [from, to] = [effectiveScope(scope.before), effectiveScope(scope.after)];
    if (from !== to) {
      out.push(
        finding10("list-cache-scope-changed", { subject, path: `/cacheHints/${key}/cacheScope`, ...scope }, { method, ...scope, from, to })
      );
    }
    const ttl = { before: before.ttlMs ?? null, after: after.ttlMs ?? null };
    const [ttlFrom, ttlTo] = [effectiveTtl(ttl.before), effectiveTtl(ttl.after)];
    if (ttlFrom !== ttlTo) {
      out.push(
        finding10("list-cache-ttl-changed", { subject, path: `/cacheHints/${key}/ttlMs`, ...ttl }, { method, from: ttlFrom, to: ttlTo })
      );
    }
  }
  return out;
}

// src/diff/deprecated-features.ts
var DEPRECATED_FEATURE_RULES = defineRules("change", "src/diff/deprecated-features.ts", "server", {
  "deprecated-feature-adopted": [
    "warning",
    "the server starts depending on a feature the 2026-07-28 specification deprecates (Roots, Sampling, Logging: SEP-2577; the HTTP+SSE transport: SEP-2596)"
  ]
});
var DEPRECATED_FEATURE_MESSAGES = {
  "deprecated-feature-adopted": ({ feature }) => `The server now ${feature.evidence}: ${feature.name} ${feature.deprecation}, and new implementations should not adopt it; ${feature.migration} instead.`
};
var finding11 = findingMaker(DEPRECATED_FEATURE_RULES, DEPRECATED_FEATURE_MESSAGES);
function diffDeprecatedFeatures(base, head) {
  const subject = head.server.name ?? base.server.name ?? "server";
  return deprecatedFeatureUses(base, head).filter((use) => use.before === false).map(({ feature, value }) => finding11("deprecated-feature-adopted", { subject, path: feature.path, after: value }, { feature }));
}

// src/diff/uncaptured-lists.ts
var UNCAPTURED_LIST_RULES = defineRules("change", "src/diff/uncaptured-lists.ts", "server", {
  "list-not-captured": [
    "warning",
    "a list was captured on one side only (the other capture tolerated its JSON-RPC error with --tolerate), so its entries were not compared"
  ]
});
var UNCAPTURED_LIST_MESSAGES = {
  "list-not-captured": ({ failed, side, otherCount, key }) => `${failed.method} was not captured in the ${side} (the server answered JSON-RPC error ${failed.code} ${q(failed.message)}, tolerated by --tolerate ${failed.method}), so the ${otherCount} ${key} the ${side === "base" ? "head" : "base"} lists were not compared with anything; check them by hand, or capture both sides again.`
};
var finding12 = findingMaker(UNCAPTURED_LIST_RULES, UNCAPTURED_LIST_MESSAGES);
var KEYS = ["prompts", "resources", "resourceTemplates"];
function uncapturedKeys(base, head) {
  return KEYS.filter((key) => base.uncapturedLists?.[key] !== void 0 || head.uncapturedLists?.[key] !== void 0);
}
function withoutUncapturedLists(base, head) {
  const keys = uncapturedKeys(base, head);
  if (keys.length === 0) return [base, head];
  const empty = Object.fromEntries(keys.map((k) => [k, []]));
  return [
    { ...base, ...empty },
    { ...head, ...empty }
  ];
}
function diffUncapturedLists(base, head) {
  const subject = head.server.name ?? base.server.name ?? "server";
  const out = [];
  for (const key of uncapturedKeys(base, head)) {
    const inBase = base.uncapturedLists?.[key], inHead = head.uncapturedLists?.[key];
    if (inBase && inHead) continue;
    const side = inBase ? "base" : "head";
    const failed = inBase ?? inHead;
    const otherCount = (side === "base" ? head : base)[key].length;
    out.push(
      finding12(
        "list-not-captured",
        { subject, path: `/uncapturedLists/${key}`, ...side === "base" ? { before: failed.method } : { after: failed.method } },
        { failed, side, otherCount, key }
      )
    );
  }
  return out;
}

// src/rules/registry.ts
var RULES = Object.freeze([
  ...Object.values(TOOL_RULES),
  ...Object.values(ANNOTATION_RULES),
  ...Object.values(MCP_HEADER_RULES),
  ...Object.values(NETWORK_REF_RULES),
  ...SCHEMA_RULES,
  ...Object.values(KEYWORD_RULES),
  ...Object.values(ONE_OF_RULES),
  ...Object.values(PROMPT_RULES),
  ...Object.values(RESOURCE_RULES),
  ...Object.values(TEMPLATE_RULES),
  ...Object.values(SERVER_RULES),
  ...Object.values(CACHE_HINT_RULES),
  ...Object.values(DEPRECATED_FEATURE_RULES),
  ...Object.values(UNCAPTURED_LIST_RULES),
  // Catalog quality (lint and token footprint): findings about the head itself, not about a change.
  ...Object.values(LINT_RULES),
  ...Object.values(PROTOCOL_LINT_RULES),
  ...Object.values(PROTOCOL_SERVER_LINT_RULES),
  ...Object.values(FOOTPRINT_RULES),
  ...Object.values(TOOL_BUDGET_RULES),
  // The gate's own policy, compared between the base commit's config and the head's (the Action on pull requests).
  ...Object.values(POLICY_RULES),
  // Usage evidence: recorded results checked against the head's outputSchema (src/usage/impact.ts).
  ...Object.values(USAGE_RULES)
]);
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
function getRule(id) {
  return BY_ID.get(id);
}
function isQualityRule(id) {
  return BY_ID.get(id)?.family === "quality";
}

export {
  loadTokenCounter,
  storedTokensValue,
  SnapshotIntegrityError,
  verifiedEntryTool,
  readToolEntry,
  formatCount,
  FOOTPRINT_CAVEAT,
  tokenCounterForSnapshots,
  measureFootprint,
  signed,
  describeFootprint,
  footprintFindings,
  prepareSchemaChecker,
  lintCatalogs,
  lintProtocol,
  diffPrompts,
  diffResources,
  diffResourceTemplates,
  diffServer,
  rateGeneratorToggles,
  KEYWORD_RULES,
  ONE_OF_RULES,
  oracleFinding,
  SchemaOracle,
  SCHEMA_RULES,
  schemaFinding,
  diffTools,
  diffMcpHeaders,
  diffNetworkRefs,
  waiverMatches,
  waiverExpired,
  findWaivers,
  diffPolicies,
  diffCacheHints,
  diffDeprecatedFeatures,
  withoutUncapturedLists,
  diffUncapturedLists,
  RULES,
  getRule,
  isQualityRule
};
