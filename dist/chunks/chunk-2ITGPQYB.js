import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  SERVER_REQUEST_METHODS,
  SNAPSHOT_FORMAT_VERSION,
  canonicalToolText,
  isObject,
  readServerInfo,
  rememberToolHash,
  serializeSnapshot,
  sha256,
  sortToolKeys,
  toSnapshot,
  unescapePointerToken
} from "./chunk-4CB2JE25.js";
import {
  UserError
} from "./chunk-GBM6N2PC.js";
import {
  require_ajv
} from "./chunk-LMG6EXSG.js";
import {
  __toESM
} from "./chunk-PAFTTTTQ.js";

// src/config/resolve.ts
import * as path from "node:path";

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
import { promises as fs } from "node:fs";

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mcp-contract/mcp-contract/schema/config.schema.json",
  title: "mcp-contract configuration",
  description: "Servers to capture (mcp-contract snapshot/check --config) and the policy of the contract gate.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    servers: {
      description: "One entry per server to capture; each writes its own snapshot.",
      type: "array",
      items: { $ref: "#/definitions/server" }
    },
    policy: { $ref: "#/definitions/policy" }
  },
  definitions: {
    positiveInteger: { type: "integer", minimum: 1 },
    stringMap: { type: "object", additionalProperties: { type: "string" } },
    server: {
      type: "object",
      additionalProperties: false,
      description: "How to reach one server: a stdio command, or a url (optionally launched by start first).",
      oneOf: [
        { required: ["command"], not: { required: ["url"] } },
        { required: ["url"], not: { required: ["command"] } }
      ],
      properties: {
        name: { type: "string", description: "Label for reports; defaults to the server's own name." },
        command: {
          description: "stdio server argv: [command, ...args].",
          type: "array",
          minItems: 1,
          items: { type: "string" }
        },
        url: { type: "string", pattern: "^https?://", description: "Streamable HTTP endpoint (legacy SSE as a fallback)." },
        headers: { $ref: "#/definitions/stringMap", description: "HTTP headers for every request (e.g. Authorization)." },
        start: {
          type: "string",
          minLength: 1,
          description: "Shell command that launches the HTTP server before url is contacted."
        },
        cwd: { type: "string", description: "Working directory; relative to this config file." },
        env: { $ref: "#/definitions/stringMap", description: "Extra environment for the server (added to the allowlist)." },
        checkOrder: {
          type: "boolean",
          description: "Read tools/list twice and lint an order that changes (default: only when it is one small page)."
        },
        passEnv: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Names of further variables of the runner's environment to pass through (e.g. API keys)."
        },
        timeouts: {
          type: "object",
          additionalProperties: false,
          properties: {
            startMs: { $ref: "#/definitions/positiveInteger", description: "Start and handshake. Default 30000." },
            requestMs: { $ref: "#/definitions/positiveInteger", description: "Each request. Default 15000." },
            totalMs: { $ref: "#/definitions/positiveInteger", description: "The whole capture. Default 120000." }
          }
        },
        limits: {
          type: "object",
          additionalProperties: false,
          properties: {
            maxPages: { $ref: "#/definitions/positiveInteger", description: "Most pages per list. Default 1000." },
            maxBytes: { $ref: "#/definitions/positiveInteger", description: "Most bytes of list results. Default 64 MiB." }
          }
        },
        clientCapabilities: {
          type: "object",
          description: "Client capabilities to declare. Default: elicitation, roots, sampling (so gated tools are listed)."
        },
        snapshot: {
          type: "string",
          minLength: 1,
          description: "Path of this server's snapshot; relative to this config file. Default mcp-contract.snapshot.json."
        }
      }
    },
    severity: { enum: ["breaking", "warning", "safe", "info"] },
    versionSource: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["type"],
          properties: { type: { const: "serverInfo" } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type"],
          properties: {
            type: { enum: ["package.json", "server.json", "pyproject.toml"] },
            path: {
              type: "string",
              description: "The file to read; relative to this config file. Default: the file named by type, beside this config file."
            }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "path", "regex"],
          properties: {
            type: { const: "file" },
            path: { type: "string", description: "The file to read; relative to this config file." },
            regex: { type: "string" }
          }
        }
      ]
    },
    waiver: {
      type: "object",
      additionalProperties: false,
      required: ["rule", "tool", "reason"],
      properties: {
        rule: { type: "string", minLength: 1 },
        tool: { type: "string", minLength: 1, description: 'Tool (or other subject) name; "*" for all.' },
        reason: { type: "string", minLength: 1 },
        expires: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          description: "YYYY-MM-DD; past it the waiver no longer applies."
        }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      properties: {
        failOn: {
          enum: ["breaking", "warning", "safe"],
          description: "Lowest severity that fails the gate when not covered by a bump. Default breaking."
        },
        zeroMajorBreakingBump: {
          enum: ["minor", "major"],
          description: "Under 1.0.0, the bump a breaking change needs. Default minor."
        },
        overrides: {
          type: "object",
          description: 'rule id → severity (or "off").',
          additionalProperties: { anyOf: [{ $ref: "#/definitions/severity" }, { const: "off" }] }
        },
        waivers: { type: "array", items: { $ref: "#/definitions/waiver" } },
        versionSources: { type: "array", items: { $ref: "#/definitions/versionSource" } },
        quality: {
          type: "object",
          additionalProperties: false,
          description: "Catalog quality: lint thresholds and token budgets (tokens are o200k_base estimates).",
          properties: {
            lint: { type: "boolean", description: "Run the lint rules. Default true." },
            footprint: { type: "boolean", description: "Count the tools' tokens (footprint section and findings). Default true." },
            minDescriptionLength: {
              type: "integer",
              minimum: 0,
              description: "Tool descriptions shorter than this (characters) are tool-description-too-short. Default 20."
            },
            footprintGrowthPercent: {
              type: "number",
              minimum: 0,
              description: "catalog-footprint-grew when the tools' tokens grow by at least this percentage. Default 10."
            },
            maxCatalogTokens: {
              $ref: "#/definitions/positiveInteger",
              description: "Token budget for all tools together (catalog-token-budget-exceeded)."
            },
            maxToolTokens: {
              $ref: "#/definitions/positiveInteger",
              description: "Token budget per tool (tool-token-budget-exceeded)."
            },
            budgetSeverity: { $ref: "#/definitions/severity", description: "Severity of the budget findings. Default warning." }
          }
        }
      }
    }
  }
};

// src/config/load.ts
var validator;
function validate(value) {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(config_schema_default);
  return validator(value) ? [] : [...validator.errors ?? []];
}
function jsonPathOf(instancePath) {
  if (!instancePath) return "(top level)";
  return instancePath.split("/").slice(1).map(unescapePointerToken).reduce(
    (acc, seg) => /^\d+$/.test(seg) ? `${acc}[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? acc ? `${acc}.${seg}` : seg : `${acc}[${JSON.stringify(seg)}]`,
    ""
  );
}
var ONE_OF_MESSAGES = [
  [/^\/servers\/\d+$/, 'needs exactly one of "command" (a stdio server, e.g. ["node", "server.js"]) or "url" (an HTTP server)'],
  [
    /^\/policy\/versionSources\/\d+$/,
    'must be {"type": "serverInfo"}, {"type": "package.json" | "server.json" | "pyproject.toml", "path"?} or {"type": "file", "path", "regex"}'
  ]
];
function describe(errors) {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const lines = /* @__PURE__ */ new Set();
  for (const e of errors) {
    const where = jsonPathOf(e.instancePath);
    if (e.keyword === "oneOf") {
      lines.add(`${where} ${ONE_OF_MESSAGES.find(([re]) => re.test(e.instancePath))?.[1] ?? e.message}`);
      continue;
    }
    if ([...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + "/")) && /(^|\/)oneOf\//.test(e.schemaPath.replace(/^#\//, "")))
      continue;
    if (e.keyword === "additionalProperties") {
      lines.add(`${where}: unknown field "${e.params.additionalProperty}"`);
    } else if (e.keyword === "enum") {
      lines.add(
        `${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
      );
    } else {
      lines.add(`${where} ${e.message}`);
    }
  }
  return [...lines];
}
async function readConfigFile(file, shownAs = file, relativeTo = "the current directory") {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (err) {
    const missing = err.code === "ENOENT";
    throw new UserError(`could not read the config file ${shownAs}: ${missing ? "no such file" : err.message}`, {
      hint: missing ? `check the config path (it is relative to ${relativeTo}).` : "check the file permissions.",
      cause: err
    });
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`the config file ${shownAs} is not valid JSON: ${err.message}`, {
      hint: "fix the syntax (a trailing comma or a comment is the usual culprit; JSON allows neither)."
    });
  }
  const problems = describe(validate(value));
  if (problems.length) {
    const shown = problems.slice(0, 8);
    throw new UserError(`the config file ${shownAs} is invalid: ${shown[0]}`, {
      details: problems.length > 1 ? shown.map((p) => `  - ${p}`).join("\n") + (problems.length > shown.length ? `
  … and ${problems.length - shown.length} more` : "") : void 0,
      hint: 'fix the named field; the format is described by schema/config.schema.json (add "$schema": "./node_modules/mcp-contract/schema/config.schema.json" for editor help).'
    });
  }
  return value;
}

// src/config/resolve.ts
function resolveVersionSource(source, dir) {
  if (source.type === "serverInfo") return source;
  return { ...source, path: path.resolve(dir, source.path ?? source.type) };
}
async function resolveConfig(file, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  return resolvePaths(await readConfigFile(absolute, file, opts.cwd === void 0 ? "the current directory" : cwd), absolute);
}
async function resolveConfigCopy(file, shownAs, as) {
  return resolvePaths(await readConfigFile(file, shownAs), as);
}
function resolvePaths(config, absolute) {
  const dir = path.dirname(absolute);
  const servers = (config.servers ?? []).map((server) => ({
    ...server,
    cwd: path.resolve(dir, server.cwd ?? "."),
    ...server.snapshot !== void 0 ? { snapshot: path.resolve(dir, server.snapshot) } : {}
  }));
  const policy = { ...config.policy };
  if (policy.versionSources) policy.versionSources = policy.versionSources.map((s) => resolveVersionSource(s, dir));
  return { ...config, file: absolute, dir, servers, policy };
}
function policyForRun(policy, run) {
  const out = { ...policy };
  if (run.failOn !== void 0) out.failOn = run.failOn;
  if (run.lint === false || run.footprint === false) {
    out.quality = {
      ...out.quality,
      ...run.lint === false ? { lint: false } : {},
      ...run.footprint === false ? { footprint: false } : {}
    };
  }
  return out;
}

// src/fs-atomic.ts
import { randomBytes } from "node:crypto";
import { promises as fs2 } from "node:fs";
import * as path2 from "node:path";
var OutsideWriteError = class extends Error {
  constructor(file, realDir, root) {
    super(`${file} resolves to ${realDir}, outside ${root} (a parent folder is a symlink)`);
    this.file = file;
    this.realDir = realDir;
    this.root = root;
    this.name = "OutsideWriteError";
  }
  file;
  realDir;
  root;
};
function isInside(dir, root) {
  const rel = path2.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
async function writeFileAtomic(file, text, opts = {}) {
  const target = path2.resolve(file);
  const dir = path2.dirname(target);
  await fs2.mkdir(dir, { recursive: true });
  if (opts.confineTo !== void 0) {
    const [realDir, realRoot] = await Promise.all([fs2.realpath(dir), fs2.realpath(opts.confineTo)]);
    if (!isInside(realDir, realRoot)) throw new OutsideWriteError(file, realDir, realRoot);
  }
  const tmp = path2.join(dir, `.${path2.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await fs2.open(tmp, "wx");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs2.rename(tmp, target);
  } catch (err) {
    await fs2.rm(tmp, { force: true });
    throw err;
  }
}

// src/catalog/snapshot-file.ts
import { execFile } from "node:child_process";
import { promises as fs3 } from "node:fs";
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
    return await fs3.readFile(source, "utf8");
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
  resolveConfig,
  resolveConfigCopy,
  policyForRun,
  writeFileAtomic,
  SnapshotIntegrityError,
  DEFAULT_SNAPSHOT_PATH,
  writeSnapshotFile,
  readSource,
  loadCatalog,
  loadCatalogPair,
  loadSnapshot
};
