// Turns the Action's raw string inputs into a validated ActionInputs (command line splitting, env lines, booleans).
import { UserError } from '../errors.js';
import { FAIL_ON, isFailOn, type Policy } from '../config/types.js';
import { TOLERABLE_LISTS, isTolerableList } from '../catalog/types.js';

export interface ActionInputs {
  /** stdio server argv, already split. */
  command?: string[];
  url?: string;
  start?: string;
  /** Directory the server runs in and relative paths resolve against (relative to the workspace). */
  workingDirectory: string;
  env: Record<string, string>;
  /** Names of runner environment variables passed through to the server (e.g. a secret set with the step's `env:`). */
  passEnv: string[];
  /** Lists the server advertises but cannot serve, captured as "not captured" instead of failing (`--tolerate`). */
  tolerate: string[];
  /** HTTP headers sent to `url` (e.g. Authorization). */
  headers: Record<string, string>;
  /** Config file listing several servers (and the policy). */
  config?: string;
  snapshot: string;
  /** "auto" (the snapshot at the PR base), a file path, or git:REF:PATH. */
  baseline: string;
  baseSetup?: string;
  failOn?: Policy['failOn'];
  comment: boolean;
  approveLabel: string;
  githubToken: string;
  sarif?: string;
  checkName?: string;
  /** Usage evidence (docs/usage.md): references under this folder, these globs, these recorded call files. */
  usageRoot?: string;
  usageRefs: string[];
  usageCalls: string[];
  demoteUnused: boolean;
}

/** Reads one input by its action.yml name; returns "" when unset (as @actions/core does). */
export type InputReader = (name: string) => string;

/**
 * Splits a command line the way a POSIX shell splits words, without running a shell: whitespace
 * separates words, '...' is literal, "..." honours \" \\ \$ \`, a backslash outside quotes escapes
 * the next character. Pipes, redirections, `&&`, `;` and `$VAR` are refused: nothing would expand them.
 */
export function splitCommandLine(line: string, inputName = 'command'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (what: string): never => {
    throw new UserError(`the \`${inputName}\` input ${what}: ${JSON.stringify(line)}`, {
      hint: `\`${inputName}\` is split into words like a shell would, but no shell runs it. Quote arguments with spaces ('a b' or "a b"); for pipes, \`&&\` or variables, put them in a script and run that, e.g. \`${inputName}: bash ./start-server.sh\`, or use \${{ env.NAME }} expressions.`,
    });
  };
  while (i < line.length) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) fail('has an unclosed single quote');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          word += line[i + 1];
          i += 2;
          continue;
        }
        if (d === '$' && /[A-Za-z_{(]/.test(line[i + 1] ?? '')) fail('uses a shell variable or substitution inside double quotes');
        word += d;
        i++;
      }
      if (!closed) fail('has an unclosed double quote');
      inWord = true;
    } else if (c === '\\') {
      if (i + 1 >= line.length) fail('ends with a lone backslash');
      if (line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (/\s/.test(c)) {
      if (inWord) {
        words.push(word);
        word = '';
        inWord = false;
      }
      i++;
    } else if ('|&;<>`'.includes(c)) {
      fail(`contains the shell operator \`${c}\``);
    } else if (c === '$' && /[A-Za-z_{(]/.test(line[i + 1] ?? '')) {
      fail('uses a shell variable or substitution');
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The lines of a multi-line input that carry a setting (trimmed; blank lines and `#` comments skipped), with their 0-based index. */
function settingLines(text: string): Array<[line: string, index: number]> {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.trim();
    return line && !line.startsWith('#') ? [[line, index] as [string, number]] : [];
  });
}

/** Parses `KEY=VALUE` lines (blank lines and `#` comments skipped). */
export function parseEnvLines(text: string, inputName = 'env'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [line, index] of settingLines(text)) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new UserError(`line ${index + 1} of the \`${inputName}\` input is not KEY=VALUE: ${JSON.stringify(line)}`, {
        hint: `write one variable per line, e.g.\n  ${inputName}: |\n    API_URL=http://localhost:8080\n    LOG_LEVEL=debug`,
      });
    }
    env[key] = line.slice(eq + 1);
  }
  return env;
}

/** Parses `pass-env`: variable names separated by newlines, commas or spaces. */
export function parsePassEnv(text: string): string[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UserError(`the \`pass-env\` input names ${JSON.stringify(name)}, which is not an environment variable name`, {
        hint: "list variable names, one per line or comma-separated, e.g.\n  pass-env: |\n    API_KEY\n    DATABASE_URL\nand set their values with the step's `env:` (e.g. `API_KEY: ${{ secrets.API_KEY }}`).",
      });
    }
  }
  return [...new Set(names)];
}

/** Parses `tolerate`: list methods (prompts/list, resources/list, resources/templates/list) separated by newlines, commas or spaces. */
export function parseTolerate(text: string): string[] {
  const methods = text.split(/[\s,]+/).filter(Boolean);
  for (const method of methods) {
    if (!isTolerableList(method)) {
      throw new UserError(`the \`tolerate\` input names ${JSON.stringify(method)}, which is not a list that can be tolerated`, {
        hint: `name one or more of ${TOLERABLE_LISTS.join(', ')}, e.g.\n  tolerate: resources/list\ntools/list is the contract itself and is never tolerated.`,
      });
    }
  }
  return [...new Set(methods)];
}

/** Parses `headers`: one `Name: value` per line (blank lines and `#` comments skipped). */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [line, index] of settingLines(text)) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    // RFC 9110 field names are tokens; a value must not hold a line break (it would start another header).
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UserError(`line ${index + 1} of the \`headers\` input is not "Name: value"`, {
        hint: 'write one header per line, e.g.\n  headers: |\n    Authorization: Bearer ${{ secrets.MCP_TOKEN }}\n    X-Tenant: ci',
      });
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new UserError(`the \`${name}\` input must be true or false, found ${JSON.stringify(value)}`, {
    hint: `set \`${name}: true\` or \`${name}: false\`.`,
  });
}

/** Reads and validates every input; throws a UserError naming the input that is wrong. */
export function parseInputs(read: InputReader): ActionInputs {
  const get = (name: string) => read(name).trim();
  const commandLine = get('command');
  const url = get('url');
  const config = get('config');
  const sources = [commandLine && 'command', url && 'url', config && 'config'].filter(Boolean);
  if (sources.length === 0) {
    throw new UserError('no server to check: set one of the `command`, `url` or `config` inputs', {
      hint: 'for a stdio server: `command: node dist/server.js`; for HTTP: `url: http://localhost:3000/mcp` with `start: npm start`; for several servers: `config: mcp-contract.config.json`.',
    });
  }
  if (sources.length > 1) {
    throw new UserError(`the inputs ${sources.map((s) => `\`${s}\``).join(' and ')} are all set; give exactly one`, {
      hint: 'use `command` for a stdio server, `url` (with `start` to launch it) for an HTTP server, or `config` to list several servers in a file.',
    });
  }
  const start = get('start');
  if (start && !url) {
    throw new UserError('`start` is set without `url`', {
      hint: '`start` launches an HTTP server that is then contacted at `url`; for a stdio server use `command` alone.',
    });
  }
  const headers = parseHeaderLines(read('headers'));
  if (Object.keys(headers).length && !url && !config) {
    throw new UserError('`headers` is set without `url`', {
      hint: '`headers` are sent to the HTTP server at `url` (or, with `config`, to every HTTP server it lists); a stdio server gets credentials through `env` or `pass-env`.',
    });
  }
  const command = commandLine ? splitCommandLine(commandLine) : undefined;
  if (command && command.length === 0) {
    throw new UserError('the `command` input is empty after splitting', { hint: 'e.g. `command: node dist/server.js`.' });
  }
  const failOnRaw = get('fail-on');
  if (failOnRaw && !isFailOn(failOnRaw)) {
    throw new UserError(`the \`fail-on\` input must be one of ${FAIL_ON.join(', ')}; found ${JSON.stringify(failOnRaw)}`, {
      hint: '`fail-on: breaking` (the default) fails only on breaking changes without the needed version bump.',
    });
  }
  return {
    command,
    url: url || undefined,
    start: start || undefined,
    workingDirectory: get('working-directory') || '.',
    env: parseEnvLines(read('env')),
    passEnv: parsePassEnv(read('pass-env')),
    tolerate: parseTolerate(read('tolerate')),
    headers,
    config: config || undefined,
    snapshot: get('snapshot') || 'mcp-contract.snapshot.json',
    baseline: get('baseline') || 'auto',
    baseSetup: get('base-setup') || undefined,
    failOn: (failOnRaw || undefined) as Policy['failOn'],
    comment: parseBoolean(read('comment'), 'comment', true),
    approveLabel: get('approve-label') || 'breaking-change-approved',
    githubToken: get('github-token'),
    sarif: get('sarif') || undefined,
    checkName: get('check-name') || undefined,
    usageRoot: get('usage-root') || undefined,
    usageRefs: lines(read('usage-refs')),
    usageCalls: lines(read('usage-calls')),
    demoteUnused: parseBoolean(read('demote-unused'), 'demote-unused', false),
  };
}

/** The non-empty lines of a multi-line input, trimmed. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
