import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  ajvClasses,
  unescapePointerToken
} from "./chunk-D2AULK6V.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/config/types.ts
var LINT_REPORT_MODES = ["count", "all"];
function isLintReportMode(value) {
  return LINT_REPORT_MODES.includes(value);
}
var FAIL_ON = ["breaking", "warning", "safe"];
function isFailOn(value) {
  return FAIL_ON.includes(value);
}

// src/config/resolve.ts
import * as path2 from "node:path";

// src/config/load.ts
import { promises as fs2 } from "node:fs";

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
    policy: { $ref: "#/definitions/policy" },
    usage: {
      description: "Usage evidence the breaking findings are weighed against (docs/usage.md): references in a repository and recorded tool calls.",
      type: "object",
      additionalProperties: false,
      properties: {
        root: { type: "string", description: "Repository folder references are read from, relative to this file." },
        refs: { type: "array", items: { type: "string", minLength: 1 }, description: "Globs under the root (default: prompts, templates, agent and skill files, MCP client configs, code)." },
        calls: { type: "array", items: { type: "string", minLength: 1 }, description: "Recorded call files: OTLP JSON traces (GenAI/MCP conventions) or JSONL of {tool, arguments, result?}, relative to this file." },
        demoteUnused: { type: "boolean", description: "Demote breaking findings no evidence touches to warnings; with no evidence nothing is demoted." }
      }
    }
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
        tolerate: {
          type: "array",
          uniqueItems: true,
          items: { enum: ["prompts/list", "resources/list", "resources/templates/list"] },
          description: "List methods the server advertises but answers with an error, recorded in the snapshot as not captured instead of failing (checking a third-party server as it is). tools/list cannot be tolerated."
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
            budgetSeverity: { $ref: "#/definitions/severity", description: "Severity of the budget findings. Default warning." },
            lintReport: {
              enum: ["count", "all"],
              description: "Lint findings already in the base: count them per rule (count, the default) or also list them (all; --lint all for one run)."
            }
          }
        }
      }
    }
  }
};

// src/config/discover.ts
import { promises as fs } from "node:fs";
import * as path from "node:path";
var CONFIG_FILE_NAMES = ["mcp-contract.config.json", "mcp-contract.config.yaml", "mcp-contract.config.yml"];
async function isFile(file) {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
async function discoverConfig(dir = process.cwd()) {
  const found = [];
  for (const name of CONFIG_FILE_NAMES) if (await isFile(path.join(dir, name))) found.push(name);
  if (found.length > 1) {
    throw new UserError(`found ${found.join(" and ")} in ${dir}; which one holds the policy is unclear`, {
      hint: "keep one of them, or name the one to use with --config FILE."
    });
  }
  return found[0];
}
function isYamlConfig(file) {
  return /\.ya?ml$/i.test(file);
}

// src/config/load.ts
var validator;
function validate(value) {
  validator ??= new (ajvClasses()).Ajv({ allErrors: true, strict: false }).compile(config_schema_default);
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
function parseJsonConfig(text, shownAs) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`the config file ${shownAs} is not valid JSON: ${err.message}`, {
      hint: "fix the syntax (a trailing comma or a comment is the usual culprit; JSON allows neither)."
    });
  }
}
async function parseYamlConfig(text, shownAs) {
  const yaml = await import("./dist-5VVSO3MJ.js");
  const parseYaml = yaml.default?.parse ?? yaml.parse;
  try {
    return parseYaml(text, { schema: "core", uniqueKeys: true, maxAliasCount: 100, prettyErrors: true });
  } catch (err) {
    const first = err.message.split("\n")[0];
    throw new UserError(`the config file ${shownAs} is not valid YAML: ${first}`, {
      hint: 'fix the syntax at that line (indentation with spaces, a space after each "key:", quotes around a value starting with a special character).'
    });
  }
}
async function readConfigFile(file, shownAs = file, relativeTo = "the current directory") {
  let text;
  try {
    text = await fs2.readFile(file, "utf8");
  } catch (err) {
    const missing = err.code === "ENOENT";
    throw new UserError(`could not read the config file ${shownAs}: ${missing ? "no such file" : err.message}`, {
      hint: missing ? `check the config path (it is relative to ${relativeTo}).` : "check the file permissions.",
      cause: err
    });
  }
  const value = isYamlConfig(file) ? await parseYamlConfig(text, shownAs) : parseJsonConfig(text, shownAs);
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
  return { ...source, path: path2.resolve(dir, source.path ?? source.type) };
}
async function resolveConfig(file, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const absolute = path2.resolve(cwd, file);
  return resolvePaths(await readConfigFile(absolute, file, opts.cwd === void 0 ? "the current directory" : cwd), absolute);
}
async function resolveConfigCopy(file, shownAs, as) {
  return resolvePaths(await readConfigFile(file, shownAs), as);
}
function resolvePaths(config, absolute) {
  const dir = path2.dirname(absolute);
  const servers = (config.servers ?? []).map((server) => ({
    ...server,
    cwd: path2.resolve(dir, server.cwd ?? "."),
    ...server.snapshot !== void 0 ? { snapshot: path2.resolve(dir, server.snapshot) } : {}
  }));
  const policy = { ...config.policy };
  if (policy.versionSources) policy.versionSources = policy.versionSources.map((s) => resolveVersionSource(s, dir));
  const usage = config.usage ? {
    ...config.usage,
    ...config.usage.root !== void 0 || config.usage.refs?.length ? { root: path2.resolve(dir, config.usage.root ?? ".") } : {},
    ...config.usage.calls ? { calls: config.usage.calls.map((c) => path2.resolve(dir, c)) } : {}
  } : void 0;
  return { ...config, file: absolute, dir, servers, policy, ...usage ? { usage } : {} };
}
function parseLintReportFlag(value) {
  if (value !== void 0 && isLintReportMode(value)) return value;
  throw new UserError(`--lint takes ${LINT_REPORT_MODES.join(" or ")}, got ${value === void 0 ? "nothing" : JSON.stringify(value)}`, {
    hint: "use `--lint all` to list the lint findings already in the base (the default, `count`, counts them per rule); `--no-lint` turns the lint off; policy.quality.lintReport sets it for every run."
  });
}
function policyForRun(policy, run) {
  const out = { ...policy };
  if (run.failOn !== void 0) out.failOn = run.failOn;
  if (run.lint === false || run.footprint === false || run.lintReport !== void 0) {
    out.quality = {
      ...out.quality,
      ...run.lint === false ? { lint: false } : {},
      ...run.footprint === false ? { footprint: false } : {},
      ...run.lintReport !== void 0 ? { lintReport: run.lintReport } : {}
    };
  }
  return out;
}

// src/fs-atomic.ts
import { randomBytes } from "node:crypto";
import { promises as fs3 } from "node:fs";
import * as path3 from "node:path";
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
  const rel = path3.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
async function writeFileAtomic(file, text, opts = {}) {
  const target = path3.resolve(file);
  const dir = path3.dirname(target);
  await fs3.mkdir(dir, { recursive: true });
  if (opts.confineTo !== void 0) {
    const [realDir, realRoot] = await Promise.all([fs3.realpath(dir), fs3.realpath(opts.confineTo)]);
    if (!isInside(realDir, realRoot)) throw new OutsideWriteError(file, realDir, realRoot);
  }
  const tmp = path3.join(dir, `.${path3.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await fs3.open(tmp, "wx");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs3.rename(tmp, target);
  } catch (err) {
    await fs3.rm(tmp, { force: true });
    throw err;
  }
}

export {
  discoverConfig,
  FAIL_ON,
  isFailOn,
  resolveConfig,
  resolveConfigCopy,
  parseLintReportFlag,
  policyForRun,
  writeFileAtomic
};
