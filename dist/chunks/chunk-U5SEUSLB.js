import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-VCXET6DC.js";
import {
  SERVER_REQUEST_METHODS,
  SNAPSHOT_FORMAT_VERSION,
  canonicalToolText,
  isObject,
  rememberToolHash,
  serializeSnapshot,
  sha256,
  sortToolKeys,
  toSnapshot
} from "./chunk-A3POFYG3.js";
import {
  UserError
} from "./chunk-GBM6N2PC.js";

// src/catalog/snapshot-file.ts
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import { promisify } from "node:util";

// src/catalog/capture-notes.ts
var CATALOG_LIST_KEYS = ["tools", "prompts", "resources", "resourceTemplates"];
var TRANSPORTS = ["stdio", "streamable-http", "sse"];
function readCaptureNotes(obj) {
  const out = {};
  if (isObject(obj.cacheHints)) {
    const hints = {};
    for (const key of CATALOG_LIST_KEYS) {
      const hint = obj.cacheHints[key];
      if (!isObject(hint)) continue;
      hints[key] = {
        ...hint.ttlMs !== void 0 ? { ttlMs: hint.ttlMs } : {},
        ...hint.cacheScope !== void 0 ? { cacheScope: hint.cacheScope } : {}
      };
    }
    if (Object.keys(hints).length) out.cacheHints = hints;
  }
  if (TRANSPORTS.includes(obj.transport)) out.transport = obj.transport;
  if (isObject(obj.listOrder)) {
    const order = {};
    for (const key of CATALOG_LIST_KEYS) {
      const value = obj.listOrder[key];
      if (value === "stable" || value === "unstable") order[key] = value;
    }
    if (Object.keys(order).length) out.listOrder = order;
  }
  if (Array.isArray(obj.serverRequests)) {
    out.serverRequests = obj.serverRequests.filter((m) => SERVER_REQUEST_METHODS.includes(m));
  }
  return out;
}

// src/catalog/snapshot-v2.ts
var ENTRY_HEAD = '{\n      "sha256": "';
var ENTRY_MIDDLE = '",\n      "tool": ';
var ENTRY_TAIL = "\n    }";
var HASH_LENGTH = "sha256:".length + 64;
var HASH = /^sha256:[0-9a-f]{64}$/;
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
  return tool;
}
function readToolEntry(raw, index, source) {
  const toolStart = ENTRY_HEAD.length + HASH_LENGTH + ENTRY_MIDDLE.length;
  const hash = raw.slice(ENTRY_HEAD.length, ENTRY_HEAD.length + HASH_LENGTH);
  const laidOut = raw.startsWith(ENTRY_HEAD) && raw.startsWith(ENTRY_MIDDLE, ENTRY_HEAD.length + HASH_LENGTH) && raw.endsWith(ENTRY_TAIL) && raw.length > toolStart + ENTRY_TAIL.length && HASH.test(hash);
  if (laidOut) {
    const text = raw.slice(toolStart, raw.length - ENTRY_TAIL.length);
    if (sha256(text) === hash) {
      const parsed = JSON.parse(text);
      if (!isObject(parsed) || typeof parsed.name !== "string") throw badEntry(source, index);
      const tool = sortToolKeys(parsed);
      if (tool === parsed) rememberToolHash(tool, hash);
      return tool;
    }
  }
  return verifiedEntryTool(JSON.parse(raw), index, source);
}

// src/catalog/tool-slices.ts
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
function skipString(text, at) {
  let end = text.indexOf('"', at + 1);
  while (end > 0) {
    let backslashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
function skipContainer(text, at) {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}
function toolSlices(text) {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  skipSpace();
  if (text.charCodeAt(i) !== OPEN_OBJECT) return void 0;
  i++;
  let found;
  for (; ; ) {
    skipSpace();
    if (text.charCodeAt(i) === CLOSE_OBJECT) return found;
    if (text.charCodeAt(i) !== QUOTE) return void 0;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return void 0;
    const key = text.slice(i + 1, keyEnd - 1);
    if (key.includes("\\")) return void 0;
    i = keyEnd;
    skipSpace();
    if (text.charCodeAt(i) !== COLON) return void 0;
    i++;
    skipSpace();
    const c = text.charCodeAt(i);
    if (key === "tools") {
      if (found || c !== OPEN_ARRAY) return void 0;
      found = elementsOf(text, i);
      if (!found) return void 0;
      i = found.arrayEnd;
    } else if (c === QUOTE) {
      i = skipString(text, i);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i = skipContainer(text, i);
    } else {
      while (i < text.length && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== CLOSE_OBJECT) i++;
    }
    if (i < 0 || i >= text.length) return void 0;
    skipSpace();
    if (text.charCodeAt(i) === COMMA) i++;
    else if (text.charCodeAt(i) !== CLOSE_OBJECT) return void 0;
  }
}
function elementsOf(text, start) {
  const elements = [];
  let i = start + 1;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  skipSpace();
  if (text.charCodeAt(i) === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
  for (; ; ) {
    skipSpace();
    if (text.charCodeAt(i) !== OPEN_OBJECT) return void 0;
    const end = skipContainer(text, i);
    if (end < 0) return void 0;
    elements.push(i, end);
    i = end;
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
    if (c !== COMMA) return void 0;
    i++;
  }
}
var STORED_TOOLS_OPEN = '\n  "tools": [\n    {';
var STORED_ENTRY_BREAK = '},\n    {\n      "sha256"';
var STORED_TOOLS_CLOSE = "\n    }\n  ]";
var BREAK_TO_ENTRY = "},\n    ".length;
function storedToolSlices(text) {
  const open = text.indexOf(STORED_TOOLS_OPEN);
  if (open < 0 || text.indexOf(STORED_TOOLS_OPEN.slice(1), open + STORED_TOOLS_OPEN.length) >= 0) return void 0;
  const arrayStart = open + STORED_TOOLS_OPEN.length - "[\n    {".length;
  const starts = [open + STORED_TOOLS_OPEN.length - 1];
  for (let next = text.indexOf(STORED_ENTRY_BREAK, starts[0]); next >= 0; next = text.indexOf(STORED_ENTRY_BREAK, next + 1))
    starts.push(next + BREAK_TO_ENTRY);
  let close = -1;
  while (starts.length && (close = text.indexOf(STORED_TOOLS_CLOSE, starts[starts.length - 1])) < 0) starts.pop();
  if (!starts.length || close < 0) return void 0;
  const elements = [];
  for (let k = 0; k < starts.length; k++)
    elements.push(starts[k], k + 1 < starts.length ? starts[k + 1] - BREAK_TO_ENTRY + 1 : close + "\n    }".length);
  return { arrayStart, arrayEnd: close + STORED_TOOLS_CLOSE.length, elements };
}

// src/catalog/snapshot-file.ts
var execFileP = promisify(execFile);
var DEFAULT_SNAPSHOT_PATH = "mcp-contract.snapshot.json";
async function writeSnapshotFile(file, snapshot) {
  try {
    await writeFileAtomic(file, serializeSnapshot(snapshot));
  } catch (err) {
    throw new UserError(`could not write the snapshot to ${file}: ${err.message}`, {
      hint: "check that the directory exists and is writable, or choose another path with --out.",
      cause: err
    });
  }
}
async function readSource(source, cwd = process.cwd()) {
  const git = /^git:([^:]+):(.+)$/.exec(source);
  if (git) {
    const [, ref, file] = git;
    if (ref.startsWith("-")) {
      throw new UserError(`"${source}" names the git revision "${ref}", which starts with "-"`, {
        hint: "give a branch, tag or commit SHA, e.g. git:origin/main:mcp-contract.snapshot.json."
      });
    }
    try {
      const { stdout } = await execFileP("git", ["show", "--end-of-options", `${ref}:${file}`], {
        cwd,
        maxBuffer: 512 * 1024 * 1024,
        encoding: "utf8"
      });
      return stdout;
    } catch (err) {
      const stderr = String(err.stderr ?? err.message).trim();
      throw new UserError(`could not read ${file} at git revision ${ref}: ${stderr.split("\n")[0]}`, {
        hint: `check that the revision exists locally (\`git fetch origin ${ref}\` on a shallow checkout) and that the path is relative to the repository root: \`git show ${ref}:${file}\`.`,
        cause: err
      });
    }
  }
  try {
    return await fs.readFile(source, "utf8");
  } catch (err) {
    const code = err.code;
    throw new UserError(`could not read ${source}: ${code === "ENOENT" ? "no such file" : err.message}`, {
      hint: code === "ENOENT" ? "check the path; create a snapshot with `mcp-contract snapshot --out FILE -- <server command>`." : "check the file permissions.",
      cause: err
    });
  }
}
function listOf(obj, key, source, keyField) {
  const v = obj[key];
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v)) throw notACatalog(source, `"${key}" is ${typeof v}, expected an array`);
  v.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry[keyField] !== "string") {
      throw notACatalog(source, `${key}[${i}] has no string "${keyField}"`);
    }
  });
  return v;
}
function notACatalog(source, why) {
  return new UserError(`${source} is not a catalog: ${why}`, {
    hint: 'pass a snapshot written by `mcp-contract snapshot`, or a raw tools/list result such as {"tools": [...]}.'
  });
}
function parseCatalogJson(value, source, toolsVerified = false) {
  if (!isObject(value)) throw notACatalog(source, "the top level is not a JSON object");
  let obj = value;
  if (isObject(obj.result) && !("tools" in obj) && !("formatVersion" in obj)) obj = obj.result;
  let formatVersion;
  if ("formatVersion" in obj) {
    if (typeof obj.formatVersion !== "number" || !Number.isInteger(obj.formatVersion)) {
      throw new UserError(`${source}: "formatVersion" must be an integer, found ${JSON.stringify(obj.formatVersion)}`, {
        hint: "the snapshot looks hand-edited or corrupted; regenerate it with `mcp-contract snapshot`."
      });
    }
    formatVersion = obj.formatVersion;
    if (formatVersion > SNAPSHOT_FORMAT_VERSION || formatVersion < 1) {
      throw new UserError(
        `${source} has snapshot format version ${formatVersion}; this mcp-contract reads formats 1 to ${SNAPSHOT_FORMAT_VERSION}`,
        {
          hint: formatVersion > SNAPSHOT_FORMAT_VERSION ? "the snapshot was written by a newer mcp-contract: upgrade mcp-contract (npx mcp-contract@latest) or pin the version that wrote it." : "the snapshot is corrupted; regenerate it with `mcp-contract snapshot`."
        }
      );
    }
  }
  const hasAnyList = ["tools", "prompts", "resources", "resourceTemplates"].some((k) => k in obj);
  if (!hasAnyList) throw notACatalog(source, 'it has none of "tools", "prompts", "resources", "resourceTemplates"');
  if (formatVersion === 2 && !toolsVerified && Array.isArray(obj.tools)) {
    obj = { ...obj, tools: obj.tools.map((entry, i) => verifiedEntryTool(entry, i, source)) };
  }
  const serverRaw = isObject(obj.server) ? obj.server : isObject(obj.serverInfo) ? obj.serverInfo : {};
  const str = (v) => typeof v === "string" ? v : void 0;
  const catalog = {
    server: Object.fromEntries(
      Object.entries({ name: str(serverRaw.name), title: str(serverRaw.title), version: str(serverRaw.version) }).filter(
        ([, v]) => v !== void 0
      )
    ),
    capabilities: isObject(obj.capabilities) ? obj.capabilities : {},
    tools: listOf(obj, "tools", source, "name"),
    prompts: listOf(obj, "prompts", source, "name"),
    resources: listOf(obj, "resources", source, "uri"),
    resourceTemplates: listOf(obj, "resourceTemplates", source, "uriTemplate")
  };
  if (typeof obj.protocolVersion === "string") catalog.protocolVersion = obj.protocolVersion;
  if (isObject(obj.clientCapabilities)) catalog.clientCapabilities = obj.clientCapabilities;
  if (typeof obj.instructions === "string") catalog.instructions = obj.instructions;
  Object.assign(catalog, readCaptureNotes(obj));
  return { source, catalog, formatVersion };
}
function parseJsonText(text, source) {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err.message;
    const pos = /position (\d+)/.exec(msg) ?? (/end of JSON input/.test(msg) ? [msg, String(text.length)] : null);
    let where = "";
    if (pos) {
      const upto = text.slice(0, Number(pos[1]));
      const line = upto.split("\n").length;
      const col = upto.length - upto.lastIndexOf("\n");
      where = ` at line ${line}, column ${col}`;
    }
    throw new UserError(`${source} is not valid JSON${where}: ${msg}`, {
      hint: "the file looks truncated or hand-edited; regenerate it with `mcp-contract snapshot`, or restore it with `git checkout -- <file>`."
    });
  }
}
async function loadCatalog(source, cwd) {
  const text = await readSource(source, cwd);
  return parseToolByTool(text, source, slicesOf(text));
}
async function loadCatalogPair(baseSource, headSource, cwd) {
  const [baseText, headText] = await Promise.all([readSource(baseSource, cwd), readSource(headSource, cwd)]);
  const baseSlices = slicesOf(baseText);
  const base = parseToolByTool(baseText, baseSource, baseSlices);
  const known = /* @__PURE__ */ new Map();
  if (baseSlices && base.catalog.tools.length === baseSlices.elements.length / 2) {
    for (let k = 0; k < base.catalog.tools.length; k++) {
      const raw = baseText.slice(baseSlices.elements[2 * k], baseSlices.elements[2 * k + 1]);
      if (!known.has(raw)) known.set(raw, base.catalog.tools[k]);
    }
  }
  return [base, parseToolByTool(headText, headSource, slicesOf(headText), known)];
}
function slicesOf(text) {
  return storedToolSlices(text) ?? toolSlices(text);
}
function parseToolByTool(text, source, slices, known) {
  const parseWhole = () => parseCatalogJson(parseJsonText(text, source), source);
  if (!slices) return parseWhole();
  let rest;
  const tools = [];
  try {
    rest = JSON.parse(text.slice(0, slices.arrayStart) + "[]" + text.slice(slices.arrayEnd));
    const entries = isObject(rest) && rest.formatVersion === 2;
    for (let k = 0; k < slices.elements.length; k += 2) {
      const raw = text.slice(slices.elements[k], slices.elements[k + 1]);
      const same = known?.get(raw);
      if (same) {
        tools.push(same);
        continue;
      }
      const tool = entries ? readToolEntry(raw, k / 2, source) : JSON.parse(raw);
      if (!isObject(tool) || typeof tool.name !== "string") return parseWhole();
      tools.push(entries ? tool : sortToolKeys(tool));
    }
  } catch (err) {
    if (err instanceof SyntaxError) return parseWhole();
    throw err;
  }
  if (!isObject(rest)) return parseWhole();
  rest.tools = tools;
  return parseCatalogJson(rest, source, true);
}
async function loadSnapshot(source, cwd) {
  return toSnapshot((await loadCatalog(source, cwd)).catalog);
}

export {
  SnapshotIntegrityError,
  DEFAULT_SNAPSHOT_PATH,
  writeSnapshotFile,
  readSource,
  loadCatalog,
  loadCatalogPair,
  loadSnapshot
};
