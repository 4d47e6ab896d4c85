// Reads the head (or base) version from the configured sources: serverInfo, package.json, server.json, pyproject.toml or a file + regex.
import * as path from 'node:path';
import * as vm from 'node:vm';
import { readSource } from '../catalog/snapshot-file.js';
import type { VersionSource } from '../config/types.js';
import { EXIT, UserError } from '../errors.js';
import type { Reason } from './types.js';

export interface VersionReading {
  /** Human label naming the source and file, e.g. "package.json (./package.json)". */
  source: string;
  version?: string;
  /** Why no version came out of this source. */
  error?: string;
}

export interface VersionResult {
  /** The version all readable sources agree on (the first source's, when they disagree). */
  version?: string;
  /** The sources read, for messages ("package.json (./package.json)" or several joined by " and "). */
  source: string;
  readings: VersionReading[];
  /** Blocking reasons: sources that disagree or could not be read. */
  reasons: Reason[];
}

const DEFAULT_FILE: Record<Exclude<VersionSource['type'], 'serverInfo' | 'file'>, string> = {
  'package.json': 'package.json',
  'server.json': 'server.json',
  'pyproject.toml': 'pyproject.toml',
};

export function versionFromPackageJson(text: string): string | undefined {
  const v = (JSON.parse(text) as { version?: unknown }).version;
  return typeof v === 'string' ? v : undefined;
}

/** The MCP registry's server.json: `version`, or the older `version_detail.version`. */
export function versionFromServerJson(text: string): string | undefined {
  const obj = JSON.parse(text) as { version?: unknown; version_detail?: { version?: unknown } };
  if (typeof obj.version === 'string') return obj.version;
  const detail = obj.version_detail?.version;
  return typeof detail === 'string' ? detail : undefined;
}

/**
 * A tiny TOML reader for exactly one thing: `version = "…"` under `[project]` (PEP 621), else under
 * `[tool.poetry]`. Handles basic and literal strings, comments and whitespace; nothing else of TOML.
 * Returns `{dynamic: true}` when [project] declares the version dynamic (set by the build backend).
 */
export function versionFromPyproject(text: string): { version?: string; dynamic?: boolean } {
  const found: Record<string, string> = {};
  let section = '';
  let dynamic = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([^\]\s]+)\s*\]\s*(#.*)?$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    if (section !== 'project' && section !== 'tool.poetry') continue;
    const kv = /^version\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    if (kv && found[section] === undefined) found[section] = kv[1] ?? kv[2]!;
    if (section === 'project' && /^dynamic\s*=.*["']version["']/.test(line)) dynamic = true;
  }
  const version = found.project ?? found['tool.poetry'];
  return version !== undefined ? { version } : { dynamic };
}

/** How long a `file` version source's regex may run over its file before the check stops with an error. */
export const VERSION_REGEX_BUDGET_MS = 250;

/**
 * First capture group (or the whole match) of `regex` in `text`. The regex comes from the config, which a pull
 * request can edit, so it runs in a separate V8 context under a time budget: a pattern that backtracks
 * catastrophically (`^(a|a)+$`) stops after VERSION_REGEX_BUDGET_MS with an error (exit 3) instead of hanging
 * the job. Throws UserError for an invalid regex too.
 */
export function versionFromRegex(text: string, regex: string, budgetMs = VERSION_REGEX_BUDGET_MS): string | undefined {
  try {
    new RegExp(regex, 'm');
  } catch (err) {
    throw new UserError(`policy.versionSources: invalid regex ${JSON.stringify(regex)}: ${(err as Error).message}`, {
      hint: 'fix the "regex" of the file version source in the config; its first capture group must match the version, e.g. "VERSION = \\"([^\\"]+)\\"".',
    });
  }
  let m: string[] | null;
  try {
    m = vm.runInNewContext(
      'const m = new RegExp(regex, "m").exec(text); m === null ? null : Array.from(m, (g) => g ?? null)',
      { regex, text },
      {
        timeout: budgetMs,
      },
    ) as string[] | null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw err;
    throw new UserError(
      `policy.versionSources: the regex ${JSON.stringify(regex)} ran for more than ${budgetMs} ms over a ${text.length}-character file and was stopped`,
      {
        exitCode: EXIT.capture,
        hint: 'the pattern backtracks catastrophically (nested or overlapping repetition such as (a|a)+ or (a+)+). Rewrite the "regex" of the file version source to match the version line directly, e.g. "^VERSION = \\"([0-9][^\\"]*)\\"", with no repeated group that can match the same text two ways.',
      },
    );
  }
  return m ? (m[1] ?? m[0]!) : undefined;
}

function label(source: VersionSource, file?: string): string {
  if (source.type === 'serverInfo') return 'serverInfo.version';
  if (source.type === 'file') return `${file} (regex ${source.regex})`;
  return `${source.type} (${file})`;
}

async function readOne(source: VersionSource, opts: ReadOptions): Promise<VersionReading> {
  if (source.type === 'serverInfo') {
    const v = opts.serverInfoVersion;
    return v !== undefined && v !== ''
      ? { source: opts.serverInfoLabel ?? label(source), version: v }
      : { source: opts.serverInfoLabel ?? label(source), error: 'the server reported no serverInfo.version' };
  }
  const file = source.path ?? DEFAULT_FILE[source.type as keyof typeof DEFAULT_FILE];
  const cwd = opts.cwd ?? process.cwd();
  // At a revision, git reads `./path` against the directory it runs in; an absolute path (as the config resolver
  // writes them) becomes that relative form, since `git show REF:/abs/path` names nothing.
  const atRef = path.isAbsolute(file)
    ? `./${path.relative(cwd, file).split(path.sep).join('/')}`
    : file.startsWith('./')
      ? file
      : `./${file}`;
  const where = opts.gitRef ? `git:${opts.gitRef}:${file}` : file;
  const name = label(source, where);
  let text: string;
  try {
    text = opts.gitRef ? await readSource(`git:${opts.gitRef}:${atRef}`, cwd) : await readSource(path.resolve(cwd, file));
  } catch (err) {
    return { source: name, error: (err as Error).message };
  }
  try {
    let version: string | undefined;
    let why = 'no "version" field';
    switch (source.type) {
      case 'package.json':
        version = versionFromPackageJson(text);
        break;
      case 'server.json':
        version = versionFromServerJson(text);
        why = 'no "version" (or "version_detail.version") field';
        break;
      case 'pyproject.toml': {
        const r = versionFromPyproject(text);
        version = r.version;
        why = r.dynamic
          ? '[project] declares the version dynamic; use a file + regex source for the file that sets it'
          : 'no version under [project] or [tool.poetry]';
        break;
      }
      case 'file':
        version = versionFromRegex(text, source.regex);
        why = 'the regex did not match';
        break;
    }
    return version !== undefined ? { source: name, version: version.trim() } : { source: name, error: why };
  } catch (err) {
    if (err instanceof UserError) throw err;
    return { source: name, error: `not valid JSON: ${(err as Error).message}` };
  }
}

export interface ReadOptions {
  /** serverInfo.version as the captured server (or snapshot) reported it. */
  serverInfoVersion?: string;
  /** Label for the serverInfo source, e.g. "the server's serverInfo.version". */
  serverInfoLabel?: string;
  /** Directory file sources are relative to. */
  cwd?: string;
  /** Read file sources as they are at this git revision (for the baseline side). */
  gitRef?: string;
}

/**
 * Reads every configured source (default: serverInfo only). They must agree: sources that disagree give
 * a blocking `version-source-mismatch` reason naming each source and value; a configured source that
 * cannot be read while others can gives `version-source-unreadable`.
 */
export async function readVersion(sources: readonly VersionSource[] | undefined, opts: ReadOptions = {}): Promise<VersionResult> {
  const list = sources && sources.length > 0 ? sources : [{ type: 'serverInfo' } as VersionSource];
  const readings: VersionReading[] = [];
  for (const s of list) readings.push(await readOne(s, opts));
  const ok = readings.filter((r) => r.version !== undefined);
  const reasons: Reason[] = [];
  const distinct = new Set(ok.map((r) => r.version!.replace(/^v/, '')));
  if (distinct.size > 1) {
    reasons.push({
      code: 'version-source-mismatch',
      blocking: true,
      message: `the version sources disagree: ${ok.map((r) => `${r.source} says ${r.version}`).join(', ')}. Set the same version in each (one of them was probably forgotten in the release).`,
    });
  }
  if (ok.length > 0 && ok.length < readings.length) {
    const bad = readings.filter((r) => r.version === undefined);
    reasons.push({
      code: 'version-source-unreadable',
      blocking: true,
      message: `could not read the version from ${bad.map((r) => `${r.source}: ${r.error}`).join('; ')}. Fix the file or remove the source from policy.versionSources.`,
    });
  }
  if (ok.length === 0 && list.some((s) => s.type !== 'serverInfo')) {
    // Blocks only through the gate, when a bump has to be checked; until then it is a note.
    reasons.push({
      code: 'version-source-unreadable',
      blocking: false,
      message: `no version could be read: ${readings.map((r) => `${r.source}: ${r.error}`).join('; ')}. Fix the file or the source in policy.versionSources.`,
    });
  }
  const first = ok[0];
  const source = first ? first.source : readings.map((r) => `${r.source} (${r.error})`).join(' and ');
  return { ...(first ? { version: first.version } : {}), source, readings, reasons };
}
