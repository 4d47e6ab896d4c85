// Builds the environment a server process gets: an allowlist of ours, plus what the target explicitly adds or passes through;
// and finds the variables a failing server's output names that we have but did not pass.
import type { ServerTarget } from '../config/types.js';

/**
 * Variables a process commonly needs to run at all (find binaries, locale, temp dir, home, terminal), on POSIX
 * and Windows. Secrets of the CI runner (GITHUB_TOKEN, INPUT_*, ACTIONS_*, cloud credentials) are not on it.
 * NODE_OPTIONS is deliberately left out: the runner's (or a test runner's) loader hooks and flags must not
 * change how the server under test behaves; pass it with `--pass-env NODE_OPTIONS` when a server needs it.
 */
export const ALLOWED_ENV = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SHELL',
  'TERM',
  // Windows: a process cannot start without some of these.
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'CommonProgramFiles',
  'NUMBER_OF_PROCESSORS',
];
const ALLOWED_PREFIXES = ['LC_'];

function isAllowed(name: string, caseInsensitive: boolean): boolean {
  const norm = caseInsensitive ? name.toUpperCase() : name;
  return ALLOWED_ENV.some((a) => (caseInsensitive ? a.toUpperCase() : a) === norm) || ALLOWED_PREFIXES.some((p) => norm.startsWith(p));
}

/**
 * The server's environment: allowlisted variables of `parent`, then every `passEnv` name that `parent` has,
 * then `target.env` (explicit values win). Nothing else of `parent` leaks through.
 */
export function serverEnvironment(
  target: Pick<ServerTarget, 'env' | 'passEnv'>,
  parent: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Record<string, string> {
  const caseInsensitive = platform === 'win32';
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && isAllowed(name, caseInsensitive)) out[name] = value;
  }
  for (const name of target.passEnv ?? []) {
    const value = parent[name];
    if (value !== undefined) out[name] = value;
  }
  return { ...out, ...(target.env ?? {}) };
}

/** How a variable name looks in a server's output: upper case with at least one underscore (BRAVE_API_KEY, not ERROR). */
const VARIABLE_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/**
 * The variables `text` (the tail of a failing server's stderr, bounded by its ring buffer) names that are set in
 * `parent` but were not given to the server: at most three, in the order first named. Names only, never values.
 */
export function unpassedVariablesNamed(
  text: string,
  target: Pick<ServerTarget, 'env' | 'passEnv'>,
  parent: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const given = serverEnvironment(target, parent, platform);
  const out: string[] = [];
  for (const [name] of text.matchAll(VARIABLE_NAME)) {
    if (out.includes(name) || given[name] !== undefined || !parent[name]) continue;
    out.push(name);
    if (out.length === 3) break;
  }
  return out;
}
