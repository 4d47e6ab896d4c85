import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-DEY5WHHG.js";
import {
  readToolEntry,
  storedTokensValue,
  verifiedEntryTool
} from "./chunk-LLRBDKEF.js";
import {
  SERVER_REQUEST_METHODS,
  SNAPSHOT_FORMAT_VERSION,
  isObject,
  isTolerableList,
  readServerInfo,
  serializeSnapshot,
  sha256,
  sortToolKeys,
  toSnapshot
} from "./chunk-D2AULK6V.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/catalog/snapshot-file.ts
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";

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
  if (isObject(obj.uncapturedLists)) {
    const uncaptured = {};
    for (const key of CATALOG_LIST_KEYS) {
      const entry = obj.uncapturedLists[key];
      if (!isObject(entry) || !isTolerableList(entry.method)) continue;
      const code = typeof entry.code === "number" ? entry.code : 0;
      uncaptured[key] = { method: entry.method, code, message: typeof entry.message === "string" ? entry.message : "" };
    }
    if (Object.keys(uncaptured).length) out.uncapturedLists = uncaptured;
  }
  if (Array.isArray(obj.serverRequests)) {
    out.serverRequests = obj.serverRequests.filter((m) => SERVER_REQUEST_METHODS.includes(m));
  }
  return out;
}

// src/git-exec.ts
import { promisify } from "node:util";
async function execGit(args, options) {
  const { execFile } = await import("node:child_process");
  return promisify(execFile)("git", args, { ...options, encoding: options.encoding ?? "utf8" });
}

// src/catalog/git-revision-hint.ts
async function gitOut(args, cwd) {
  try {
    const { stdout } = await execGit(args, { cwd, maxBuffer: 1024 * 1024, timeout: 1e4 });
    return stdout.trim();
  } catch {
    return void 0;
  }
}
async function repoFacts(ref, cwd) {
  const [remotes, shallow, resolved, fetchConfig] = await Promise.all([
    gitOut(["remote"], cwd),
    gitOut(["rev-parse", "--is-shallow-repository"], cwd),
    gitOut(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd),
    gitOut(["config", "--get-regexp", "^remote\\..*\\.fetch$"], cwd)
  ]);
  const refspecs = /* @__PURE__ */ new Map();
  for (const line of (fetchConfig ?? "").split("\n")) {
    const m = /^remote\.(.+)\.fetch (.+)$/.exec(line);
    if (m) refspecs.set(m[1], [...refspecs.get(m[1]) ?? [], m[2]]);
  }
  return {
    remotes: (remotes ?? "").split("\n").filter(Boolean),
    shallow: shallow === "true",
    revisionExists: Boolean(resolved),
    refspecs
  };
}
function remoteTrackingParts(ref, remotes) {
  const name = ref.startsWith("refs/remotes/") ? ref.slice("refs/remotes/".length) : ref;
  for (const remote of [...remotes].sort((a, b) => b.length - a.length)) {
    if (name.startsWith(`${remote}/`) && name.length > remote.length + 1) return { remote, branch: name.slice(remote.length + 1) };
  }
  return void 0;
}
function fetchBranchCommand(facts, remote, branch) {
  const depth = facts.shallow ? "--depth=1 " : "";
  const mapsAll = (facts.refspecs.get(remote) ?? []).some((spec) => spec.replace(/^\+/, "") === `refs/heads/*:refs/remotes/${remote}/*`);
  return `git fetch ${depth}${remote} ${mapsAll ? branch : `${branch}:refs/remotes/${remote}/${branch}`}`;
}
var FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i;
var SHORT_SHA = /^[0-9a-f]{7,39}$/i;
async function gitRevisionHint(ref, file, stderr, cwd) {
  if (/not a git repository/i.test(stderr)) {
    return `git: sources are read from the repository around the working directory, and ${cwd} is not inside one; run mcp-contract from the repository, or give the snapshot as a file path.`;
  }
  const facts = await repoFacts(ref, cwd);
  if (facts.revisionExists) {
    return `the revision ${ref} is here but has no ${file}: the path in git:REF:PATH is relative to the repository root (start it with ./ for the current directory); list what the revision holds with \`git ls-tree -r --name-only ${ref}\`.`;
  }
  const shallowNote = facts.shallow ? " This is a shallow clone (`git rev-parse --is-shallow-repository` says true): only the commits fetched so far are here; `git fetch --unshallow` fetches the whole history, and in GitHub Actions `actions/checkout` with `fetch-depth: 0` does." : "";
  const depth = facts.shallow ? "--depth=1 " : "";
  const tracking = remoteTrackingParts(ref, facts.remotes);
  if (tracking) {
    return `the remote-tracking branch ${ref} is not here yet; fetch it with \`${fetchBranchCommand(facts, tracking.remote, tracking.branch)}\` (the branch name as the remote knows it, without "${tracking.remote}/").${shallowNote}`;
  }
  const remote = facts.remotes.includes("origin") ? "origin" : facts.remotes[0];
  if (remote === void 0) {
    return `no commit, branch or tag ${ref} is here, and this repository has no remote to fetch it from; check the name with \`git branch -a\` and \`git tag\`, or give a commit SHA.`;
  }
  if (FULL_SHA.test(ref)) {
    return `the commit ${ref} is not here; fetch it with \`git fetch ${depth}${remote} ${ref}\`.${shallowNote}`;
  }
  if (SHORT_SHA.test(ref)) {
    return `if ${ref} is an abbreviated commit SHA, its commit is not here: fetch the history that has it (\`git fetch ${facts.shallow ? "--unshallow " : ""}${remote}\`) or give the full 40-character SHA.${shallowNote}`;
  }
  return `no commit, branch or tag ${ref} is here. A branch of the remote is read through its remote-tracking name: \`${fetchBranchCommand(facts, remote, ref)}\`, then git:${remote}/${ref}:${file}; a tag: \`git fetch ${depth}${remote} tag ${ref}\`. Check the name with \`git ls-remote ${remote} ${ref}\`.${shallowNote}`;
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
function skipString(bytes, at) {
  let end = bytes.indexOf(QUOTE, at + 1);
  while (end > 0) {
    let backslashes = 0;
    for (let k = end - 1; bytes[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return -1;
}
function skipContainer(bytes, at) {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      i = skipString(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}
function toolSlices(bytes) {
  let i = 0;
  const skipSpace = () => {
    while (i < bytes.length && isSpace(bytes[i])) i++;
  };
  skipSpace();
  if (bytes[i] !== OPEN_OBJECT) return void 0;
  i++;
  let found;
  for (; ; ) {
    skipSpace();
    if (bytes[i] === CLOSE_OBJECT) return found;
    if (bytes[i] !== QUOTE) return void 0;
    const keyEnd = skipString(bytes, i);
    if (keyEnd < 0) return void 0;
    const key = bytes.toString("latin1", i + 1, keyEnd - 1);
    if (key.includes("\\")) return void 0;
    i = keyEnd;
    skipSpace();
    if (bytes[i] !== COLON) return void 0;
    i++;
    skipSpace();
    const c = bytes[i];
    if (key === "tools") {
      if (found || c !== OPEN_ARRAY) return void 0;
      found = elementsOf(bytes, i);
      if (!found) return void 0;
      i = found.arrayEnd;
    } else if (c === QUOTE) {
      i = skipString(bytes, i);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i = skipContainer(bytes, i);
    } else {
      while (i < bytes.length && bytes[i] !== COMMA && bytes[i] !== CLOSE_OBJECT) i++;
    }
    if (i < 0 || i >= bytes.length) return void 0;
    skipSpace();
    if (bytes[i] === COMMA) i++;
    else if (bytes[i] !== CLOSE_OBJECT) return void 0;
  }
}
function elementsOf(bytes, start) {
  const elements = [];
  let i = start + 1;
  const skipSpace = () => {
    while (i < bytes.length && isSpace(bytes[i])) i++;
  };
  skipSpace();
  if (bytes[i] === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
  for (; ; ) {
    skipSpace();
    if (bytes[i] !== OPEN_OBJECT) return void 0;
    const end = skipContainer(bytes, i);
    if (end < 0) return void 0;
    elements.push(i, end);
    i = end;
    skipSpace();
    const c = bytes[i];
    if (c === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
    if (c !== COMMA) return void 0;
    i++;
  }
}
var STORED_TOOLS_OPEN = '\n  "tools": [\n    {';
var STORED_ENTRY_BREAK = '},\n    {\n      "sha256"';
var STORED_TOOLS_CLOSE = "\n    }\n  ]";
var BREAK_TO_ENTRY = "},\n    ".length;
function storedToolSlices(bytes) {
  const open = bytes.indexOf(STORED_TOOLS_OPEN);
  if (open < 0) return void 0;
  const arrayStart = open + STORED_TOOLS_OPEN.length - "[\n    {".length;
  const starts = [open + STORED_TOOLS_OPEN.length - 1];
  for (let next = bytes.indexOf(STORED_ENTRY_BREAK, starts[0]); next >= 0; next = bytes.indexOf(STORED_ENTRY_BREAK, next + 1))
    starts.push(next + BREAK_TO_ENTRY);
  let close = -1;
  while (starts.length && (close = bytes.indexOf(STORED_TOOLS_CLOSE, starts[starts.length - 1])) < 0) starts.pop();
  if (!starts.length || close < 0) return void 0;
  const elements = [];
  for (let k = 0; k < starts.length; k++)
    elements.push(starts[k], k + 1 < starts.length ? starts[k + 1] - BREAK_TO_ENTRY + 1 : close + "\n    }".length);
  return { arrayStart, arrayEnd: close + STORED_TOOLS_CLOSE.length, elements };
}

// src/catalog/snapshot-file.ts
var DEFAULT_SNAPSHOT_PATH = "mcp-contract.snapshot.json";
function snapshotFileText(snapshot, countTokens) {
  return serializeSnapshot(snapshot, countTokens && ((tool, hash) => storedTokensValue(hash, countTokens(tool))));
}
async function writeSnapshotFile(file, snapshot, countTokens) {
  try {
    await writeFileAtomic(file, snapshotFileText(snapshot, countTokens));
  } catch (err) {
    throw new UserError(`could not write the snapshot to ${file}: ${err.message}`, {
      hint: "check that the directory exists and is writable, or choose another path with --out.",
      cause: err
    });
  }
}
var MAX_SOURCE_BYTES = 512 * 1024 * 1024;
async function readStdin() {
  if (process.stdin.isTTY) {
    throw new UserError('"-" reads the catalog from standard input, but standard input is a terminal', {
      hint: 'pipe the file in, e.g. `cat head.json | mcp-contract diff base.json -`, or give the file path instead of "-".'
    });
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_SOURCE_BYTES) {
      throw new UserError(`standard input holds more than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB, more than a catalog read here may`, {
        hint: "check what is piped in; a catalog file that large is read from its path or git:REF:PATH the same way."
      });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
async function readSource(source, cwd = process.cwd()) {
  return (await readSourceBytes(source, cwd)).toString("utf8");
}
async function readFileInto(file, into) {
  const handle = await fs.open(file, "r");
  try {
    const wanted = (await handle.stat()).size + 1;
    if (into.bytes.length < wanted) into.bytes = Buffer.allocUnsafeSlow(wanted);
    let length = 0;
    for (; ; ) {
      if (length === into.bytes.length) {
        const larger = Buffer.allocUnsafeSlow(2 * into.bytes.length);
        into.bytes.copy(larger, 0, 0, length);
        into.bytes = larger;
      }
      const { bytesRead } = await handle.read(into.bytes, length, into.bytes.length - length, null);
      if (bytesRead === 0) return into.bytes.subarray(0, length);
      length += bytesRead;
      if (length > MAX_SOURCE_BYTES) {
        throw new UserError(`${file} holds more than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB, more than a catalog read here may`, {
          hint: "check that the path names the catalog file (a snapshot or a tools/list result), not a log or an archive."
        });
      }
    }
  } finally {
    await handle.close();
  }
}
async function readSourceBytes(source, cwd = process.cwd(), into) {
  if (source === "-") return readStdin();
  const git = /^git:([^:]+):(.+)$/.exec(source);
  if (git) {
    const [, ref, file] = git;
    if (ref.startsWith("-")) {
      throw new UserError(`"${source}" names the git revision "${ref}", which starts with "-"`, {
        hint: "give a branch, tag or commit SHA, e.g. git:origin/main:mcp-contract.snapshot.json."
      });
    }
    try {
      const { stdout } = await execGit(["show", "--end-of-options", `${ref}:${file}`], {
        cwd,
        maxBuffer: MAX_SOURCE_BYTES,
        encoding: "buffer"
      });
      return stdout;
    } catch (err) {
      const stderr = String(err.stderr ?? err.message).trim();
      throw new UserError(`could not read ${file} at git revision ${ref}: ${stderr.split("\n")[0]}`, {
        hint: await gitRevisionHint(ref, file, stderr, cwd),
        cause: err
      });
    }
  }
  try {
    return into ? await readFileInto(source, into) : await fs.readFile(source);
  } catch (err) {
    if (err instanceof UserError) throw err;
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
  const catalog = {
    server: readServerInfo(serverRaw),
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
  return parseToolByTool(await readSourceBytes(source, cwd), source).loaded;
}
async function loadCatalogPair(baseSource, headSource, cwd) {
  const headFirst = headSource === "-";
  const headBytesEarly = headFirst ? await readSourceBytes(headSource, cwd) : void 0;
  const buffer = { bytes: Buffer.alloc(0) };
  const base = parseToolByTool(await readSourceBytes(baseSource, cwd, buffer), baseSource, { collect: true });
  const head = parseToolByTool(headBytesEarly ?? await readSourceBytes(headSource, cwd, buffer), headSource, { known: base.byKey });
  return [base.loaded, head.loaded];
}
var TOOLS_PLACEHOLDER = `mcp-contract tools ${randomUUID()}`;
function slicesOf(bytes) {
  return storedToolSlices(bytes) ?? toolSlices(bytes);
}
var entryKey = (verifiedHash) => `entry ${verifiedHash}`;
var rawKey = (bytes, start, end) => `raw ${sha256(bytes.subarray(start, end))}`;
function parseToolByTool(bytes, source, reuse = {}) {
  const parseWhole = () => ({ loaded: parseCatalogJson(parseJsonText(bytes.toString("utf8"), source), source) });
  const slices = slicesOf(bytes);
  if (!slices) return parseWhole();
  let rest = {};
  const tools = [];
  const byKey = reuse.collect ? /* @__PURE__ */ new Map() : void 0;
  const remember = (key, tool) => {
    if (byKey && !byKey.has(key)) byKey.set(key, tool);
  };
  try {
    const around = JSON.parse(
      bytes.toString("utf8", 0, slices.arrayStart) + JSON.stringify(TOOLS_PLACEHOLDER) + bytes.toString("utf8", slices.arrayEnd)
    );
    if (!isObject(around) || around.tools !== TOOLS_PLACEHOLDER) return parseWhole();
    rest = around;
    const entries = rest.formatVersion === 2;
    const known = reuse.known;
    const lookUp = known && ((hash) => known.get(entryKey(hash)));
    for (let k = 0; k < slices.elements.length; k += 2) {
      const start = slices.elements[k], end = slices.elements[k + 1];
      if (entries) {
        const { tool: tool2, verifiedHash } = readToolEntry(bytes, start, end, k / 2, source, lookUp);
        if (verifiedHash !== void 0) remember(entryKey(verifiedHash), tool2);
        tools.push(tool2);
        continue;
      }
      const key = known || byKey ? rawKey(bytes, start, end) : void 0;
      const same = key !== void 0 ? known?.get(key) : void 0;
      if (same) {
        tools.push(same);
        continue;
      }
      const tool = JSON.parse(bytes.toString("utf8", start, end));
      if (!isObject(tool) || typeof tool.name !== "string") return parseWhole();
      const sorted = sortToolKeys(tool);
      if (key !== void 0) remember(key, sorted);
      tools.push(sorted);
    }
  } catch (err) {
    if (err instanceof SyntaxError) return parseWhole();
    throw err;
  }
  rest.tools = tools;
  return { loaded: parseCatalogJson(rest, source, true), ...byKey ? { byKey } : {} };
}
async function loadSnapshot(source, cwd) {
  return toSnapshot((await loadCatalog(source, cwd)).catalog);
}

export {
  execGit,
  DEFAULT_SNAPSHOT_PATH,
  snapshotFileText,
  writeSnapshotFile,
  readSource,
  loadCatalog,
  loadCatalogPair,
  loadSnapshot
};
