import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/commands/target-args.ts
var TARGET_OPTIONS = {
  cwd: { type: "string" },
  env: { type: "string", multiple: true },
  "pass-env": { type: "string", multiple: true },
  url: { type: "string" },
  header: { type: "string", multiple: true },
  start: { type: "string" },
  "timeout-start": { type: "string" },
  "timeout-request": { type: "string" },
  "timeout-total": { type: "string" },
  "max-pages": { type: "string" },
  "max-bytes": { type: "string" },
  "client-capabilities": { type: "string" },
  "check-order": { type: "boolean" },
  tolerate: { type: "string", multiple: true }
};
var TARGET_USAGE = `Server (stdio: put the command after --; HTTP: --url):
  -- <command> [args...]        run a stdio server (its own process group; ended on exit, error and timeout)
  --cwd DIR                     working directory of the server or start command
  --env KEY=VALUE               set a variable for the server (repeatable)
  --pass-env NAME               pass one of our variables through (repeatable); by default the server only
                                gets PATH, HOME, USER, LANG, LC_*, TMPDIR, TEMP, TMP, SHELL, TERM, TZ (+ Windows basics)
  --url URL                     Streamable HTTP endpoint (legacy SSE is tried when it refuses POST)
  --header "Name: value"        HTTP header for every request, e.g. Authorization (repeatable)
  --start "<command>"           shell command that launches the HTTP server first; mcp-contract waits for --url
  --timeout-start MS            start + handshake (default 30000)
  --timeout-request MS          each request (default 15000)
  --timeout-total MS            the whole capture (default 120000)
  --max-pages N                 most pages per list (default 1000)
  --max-bytes N                 most bytes of list results (default 67108864)
  --client-capabilities JSON    capabilities to declare (default {"elicitation":{},"roots":{"listChanged":true},"sampling":{}})
  --check-order                 read tools/list twice and lint an order that changes (default: only for one small page)
  --tolerate METHOD             a list the server advertises but answers with an error (prompts/list, resources/list,
                                resources/templates/list) is recorded as not captured instead of failing (repeatable)`;
function splitAtDoubleDash(argv) {
  const i = argv.indexOf("--");
  return i < 0 ? { flags: [...argv], command: [] } : { flags: argv.slice(0, i), command: argv.slice(i + 1) };
}
function positiveInt(flag, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`--${flag} must be a positive whole number, got "${value}"`, {
      hint: `e.g. --${flag} ${flag.startsWith("timeout") ? "60000 (milliseconds)" : "100"}`
    });
  }
  return n;
}
function keyValues(flag, items, sep, example) {
  if (!items?.length) return void 0;
  const out = {};
  for (const item of items) {
    const i = item.indexOf(sep);
    const key = i < 0 ? "" : item.slice(0, i).trim();
    if (!key) throw new UserError(`--${flag} "${item}" is not ${example}`, { hint: `write it as --${flag} "${example}".` });
    out[key] = sep === ":" ? item.slice(i + 1).trim() : item.slice(i + 1);
  }
  return out;
}
function envWithoutValue(item, parent = process.env) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) {
    return new UserError(`--env "${item}" is not KEY=VALUE`, { hint: 'write it as --env "KEY=VALUE".' });
  }
  const here = parent[item] !== void 0 ? `${item} is set here: ` : `${item} is not set here either; set it, then `;
  return new UserError(`--env ${item} has no value`, {
    hint: `${here}pass it through with --pass-env ${item} (its value stays out of the command line); to give the server another value, write --env ${item}=VALUE.`
  });
}
function targetFromArgs(values, command) {
  const target = {};
  if (command.length) target.command = command;
  if (values.url !== void 0) target.url = values.url;
  if (values.start !== void 0) target.start = values.start;
  if (values.cwd !== void 0) target.cwd = values.cwd;
  if (values["check-order"] !== void 0) target.checkOrder = values["check-order"];
  for (const item of values.env ?? []) if (!item.includes("=")) throw envWithoutValue(item);
  const env = keyValues("env", values.env, "=", "KEY=VALUE");
  if (env) target.env = env;
  if (values["pass-env"]?.length) target.passEnv = values["pass-env"];
  if (values.tolerate?.length) target.tolerate = [...new Set(values.tolerate)];
  const headers = keyValues("header", values.header, ":", "Name: value");
  if (headers) target.headers = headers;
  const timeouts = {
    startMs: positiveInt("timeout-start", values["timeout-start"]),
    requestMs: positiveInt("timeout-request", values["timeout-request"]),
    totalMs: positiveInt("timeout-total", values["timeout-total"])
  };
  if (Object.values(timeouts).some((v) => v !== void 0)) target.timeouts = dropUndefined(timeouts);
  const limits = { maxPages: positiveInt("max-pages", values["max-pages"]), maxBytes: positiveInt("max-bytes", values["max-bytes"]) };
  if (Object.values(limits).some((v) => v !== void 0)) target.limits = dropUndefined(limits);
  if (values["client-capabilities"] !== void 0) {
    let caps;
    try {
      caps = JSON.parse(values["client-capabilities"]);
    } catch (err) {
      throw new UserError(`--client-capabilities is not valid JSON: ${err.message}`, {
        hint: `e.g. --client-capabilities '{"sampling":{}}' (or '{}' to declare none).`
      });
    }
    if (caps === null || typeof caps !== "object" || Array.isArray(caps)) {
      throw new UserError("--client-capabilities must be a JSON object", { hint: `e.g. --client-capabilities '{"sampling":{}}'.` });
    }
    target.clientCapabilities = caps;
  }
  return target;
}
function hasTargetArgs(values, command) {
  return command.length > 0 || Object.keys(TARGET_OPTIONS).some((k) => values[k] !== void 0);
}
function mergeTargets(base, over) {
  return {
    ...base,
    ...over,
    ...base.env || over.env ? { env: { ...base.env, ...over.env } } : {},
    ...base.headers || over.headers ? { headers: { ...base.headers, ...over.headers } } : {},
    ...base.passEnv || over.passEnv ? { passEnv: [.../* @__PURE__ */ new Set([...base.passEnv ?? [], ...over.passEnv ?? []])] } : {},
    ...base.tolerate || over.tolerate ? { tolerate: [.../* @__PURE__ */ new Set([...base.tolerate ?? [], ...over.tolerate ?? []])] } : {},
    ...base.timeouts || over.timeouts ? { timeouts: { ...base.timeouts, ...over.timeouts } } : {},
    ...base.limits || over.limits ? { limits: { ...base.limits, ...over.limits } } : {}
  };
}
function dropUndefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== void 0));
}

export {
  TARGET_OPTIONS,
  TARGET_USAGE,
  splitAtDoubleDash,
  targetFromArgs,
  hasTargetArgs,
  mergeTargets
};
