// The CLI flags that describe one server (shared by `snapshot` and `check`) and their translation into a ServerTarget.
import type { ParseArgsConfig } from 'node:util';
import type { JsonObject } from '../findings/json.js';
import type { ServerTarget } from '../config/types.js';
import { UserError } from '../errors.js';

/** parseArgs option spec for the server flags; spread it into a command's own options. */
export const TARGET_OPTIONS = {
  cwd: { type: 'string' },
  env: { type: 'string', multiple: true },
  'pass-env': { type: 'string', multiple: true },
  url: { type: 'string' },
  header: { type: 'string', multiple: true },
  start: { type: 'string' },
  'timeout-start': { type: 'string' },
  'timeout-request': { type: 'string' },
  'timeout-total': { type: 'string' },
  'max-pages': { type: 'string' },
  'max-bytes': { type: 'string' },
  'client-capabilities': { type: 'string' },
  'check-order': { type: 'boolean' },
  tolerate: { type: 'string', multiple: true },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Help text for the server flags, for a command's --help. */
export const TARGET_USAGE = `Server (stdio: put the command after --; HTTP: --url):
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

export type TargetValues = {
  [K in keyof typeof TARGET_OPTIONS]?: (typeof TARGET_OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof TARGET_OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** Splits argv at the first `--`: flags before it, the server command after it. */
export function splitAtDoubleDash(argv: readonly string[]): { flags: string[]; command: string[] } {
  const i = argv.indexOf('--');
  return i < 0 ? { flags: [...argv], command: [] } : { flags: argv.slice(0, i), command: argv.slice(i + 1) };
}

function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`--${flag} must be a positive whole number, got "${value}"`, {
      hint: `e.g. --${flag} ${flag.startsWith('timeout') ? '60000 (milliseconds)' : '100'}`,
    });
  }
  return n;
}

function keyValues(flag: string, items: string[] | undefined, sep: string, example: string): Record<string, string> | undefined {
  if (!items?.length) return undefined;
  const out: Record<string, string> = {};
  for (const item of items) {
    const i = item.indexOf(sep);
    const key = i < 0 ? '' : item.slice(0, i).trim();
    if (!key) throw new UserError(`--${flag} "${item}" is not ${example}`, { hint: `write it as --${flag} "${example}".` });
    out[key] = sep === ':' ? item.slice(i + 1).trim() : item.slice(i + 1);
  }
  return out;
}

/** `--env NAME` with no `=VALUE`: most likely meant to pass our own NAME through, which is what --pass-env does. */
function envWithoutValue(item: string, parent: NodeJS.ProcessEnv = process.env): UserError {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) {
    return new UserError(`--env "${item}" is not KEY=VALUE`, { hint: 'write it as --env "KEY=VALUE".' });
  }
  const here = parent[item] !== undefined ? `${item} is set here: ` : `${item} is not set here either; set it, then `;
  return new UserError(`--env ${item} has no value`, {
    hint: `${here}pass it through with --pass-env ${item} (its value stays out of the command line); to give the server another value, write --env ${item}=VALUE.`,
  });
}

/** Parsed flag values + the argv after `--` → a ServerTarget (UserError on a malformed value). Unset flags stay unset. */
export function targetFromArgs(values: TargetValues, command: string[]): ServerTarget {
  const target: ServerTarget = {};
  if (command.length) target.command = command;
  if (values.url !== undefined) target.url = values.url;
  if (values.start !== undefined) target.start = values.start;
  if (values.cwd !== undefined) target.cwd = values.cwd;
  if (values['check-order'] !== undefined) target.checkOrder = values['check-order'];
  for (const item of values.env ?? []) if (!item.includes('=')) throw envWithoutValue(item);
  const env = keyValues('env', values.env, '=', 'KEY=VALUE');
  if (env) target.env = env;
  if (values['pass-env']?.length) target.passEnv = values['pass-env'];
  if (values.tolerate?.length) target.tolerate = [...new Set(values.tolerate)];
  const headers = keyValues('header', values.header, ':', 'Name: value');
  if (headers) target.headers = headers;
  const timeouts = {
    startMs: positiveInt('timeout-start', values['timeout-start']),
    requestMs: positiveInt('timeout-request', values['timeout-request']),
    totalMs: positiveInt('timeout-total', values['timeout-total']),
  };
  if (Object.values(timeouts).some((v) => v !== undefined)) target.timeouts = dropUndefined(timeouts);
  const limits = { maxPages: positiveInt('max-pages', values['max-pages']), maxBytes: positiveInt('max-bytes', values['max-bytes']) };
  if (Object.values(limits).some((v) => v !== undefined)) target.limits = dropUndefined(limits);
  if (values['client-capabilities'] !== undefined) {
    let caps: unknown;
    try {
      caps = JSON.parse(values['client-capabilities']);
    } catch (err) {
      throw new UserError(`--client-capabilities is not valid JSON: ${(err as Error).message}`, {
        hint: `e.g. --client-capabilities '{"sampling":{}}' (or '{}' to declare none).`,
      });
    }
    if (caps === null || typeof caps !== 'object' || Array.isArray(caps)) {
      throw new UserError('--client-capabilities must be a JSON object', { hint: `e.g. --client-capabilities '{"sampling":{}}'.` });
    }
    target.clientCapabilities = caps as JsonObject;
  }
  return target;
}

/** True when any server flag (or a command after --) was given. */
export function hasTargetArgs(values: TargetValues, command: string[]): boolean {
  return command.length > 0 || Object.keys(TARGET_OPTIONS).some((k) => values[k as keyof TargetValues] !== undefined);
}

/** Overlays `over` (flags) on `base` (a configured server): set fields win, maps merge. */
export function mergeTargets(base: ServerTarget, over: ServerTarget): ServerTarget {
  return {
    ...base,
    ...over,
    ...(base.env || over.env ? { env: { ...base.env, ...over.env } } : {}),
    ...(base.headers || over.headers ? { headers: { ...base.headers, ...over.headers } } : {}),
    ...(base.passEnv || over.passEnv ? { passEnv: [...new Set([...(base.passEnv ?? []), ...(over.passEnv ?? [])])] } : {}),
    ...(base.tolerate || over.tolerate ? { tolerate: [...new Set([...(base.tolerate ?? []), ...(over.tolerate ?? [])])] } : {}),
    ...(base.timeouts || over.timeouts ? { timeouts: { ...base.timeouts, ...over.timeouts } } : {}),
    ...(base.limits || over.limits ? { limits: { ...base.limits, ...over.limits } } : {}),
  };
}

function dropUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
