// Walks a repository for usage references: the files the globs name (bounded in count and size), each read once, references with file and line.
import { lstat, readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UserError } from '../errors.js';
import { referencesInFile } from './extract.js';
import { pathMatcher } from './glob.js';
import type { ToolIndex } from './tool-index.js';
import type { EvidenceSource, UsageReference } from './types.js';

/** The files read when no globs are given: prompts and templates, agent and skill files, MCP client configs, code. */
export const DEFAULT_USAGE_GLOBS: readonly string[] = [
  '**/*.{md,mdx,txt,prompt}',
  '**/*.{j2,jinja,jinja2,hbs,handlebars,mustache}',
  '**/.claude/agents/*.md',
  '**/SKILL.md',
  '**/{.mcp.json,mcp.json,claude_desktop_config.json,mcp_config.json}',
  '**/.claude/settings{,.local}.json',
  '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}',
];
/** Folders never walked: dependencies, build output, version control. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.venv', 'venv', '__pycache__', '.next', 'target']);

export interface ScanLimits {
  /** Most matching files read. Default 5000. */
  maxFiles?: number;
  /** Largest file read, in bytes (a larger one is skipped and named). Default 1 MiB. */
  maxFileBytes?: number;
  /** Most directory entries looked at in all. Default 100000. */
  maxEntries?: number;
}

export interface ScanOptions extends ScanLimits {
  root: string;
  /** The root as the user gave it (for the report). */
  shownRoot?: string;
  globs?: readonly string[];
}

/**
 * Every reference under `root` to a tool of the index. Symbolic links are not followed (a link out of the repository
 * is not the repository's usage). Limits stop the walk and say so in the evidence's notes.
 */
export async function scanReferences(
  index: ToolIndex,
  opts: ScanOptions,
): Promise<{ references: UsageReference[]; source: EvidenceSource }> {
  const maxFiles = opts.maxFiles ?? 5000,
    maxFileBytes = opts.maxFileBytes ?? 1024 * 1024,
    maxEntries = opts.maxEntries ?? 100_000;
  const globs = opts.globs?.length ? opts.globs : DEFAULT_USAGE_GLOBS;
  let matches: (p: string) => boolean;
  try {
    matches = pathMatcher(globs);
  } catch (err) {
    throw new UserError(`a usage glob is too large: ${(err as Error).message}`, {
      hint: 'split the pattern into several --usage-refs globs.',
    });
  }
  try {
    if (!(await lstat(opts.root)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UserError(`the usage root ${opts.root} is not a directory`, {
      hint: 'give the repository folder to read references from with --usage-root DIR (or usage.root in the config).',
    });
  }
  const references: UsageReference[] = [];
  const notes: string[] = [];
  const skippedLarge: string[] = [];
  let files = 0,
    entries = 0;
  const pending = [''];
  walk: while (pending.length) {
    const dir = pending.shift()!;
    let listing;
    try {
      listing = await readdir(path.join(opts.root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of listing) {
      if (++entries > maxEntries) {
        notes.push(`stopped after ${maxEntries} directory entries`);
        break walk;
      }
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(rel);
        continue;
      }
      if (!entry.isFile() || !matches(rel)) continue;
      if (files >= maxFiles) {
        notes.push(`stopped at ${maxFiles} files`);
        break walk;
      }
      const full = path.join(opts.root, rel);
      const info = await lstat(full);
      if (info.size > maxFileBytes) {
        skippedLarge.push(rel);
        continue;
      }
      files++;
      references.push(...referencesInFile(rel, await readFile(full, 'utf8'), index));
    }
  }
  if (skippedLarge.length) {
    notes.push(
      `skipped ${skippedLarge.length} file(s) over ${Math.round(maxFileBytes / 1024)} KiB: ${skippedLarge.slice(0, 5).join(', ')}${skippedLarge.length > 5 ? ', …' : ''}`,
    );
  }
  // One order whatever the walk: by file (code-unit order), then line.
  references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    references,
    source: {
      kind: 'references',
      origin: `${opts.globs?.length ? globs.join(', ') : 'the default globs'} under ${opts.shownRoot ?? opts.root}`,
      count: files,
      notes,
      ...(notes.length ? { incomplete: true } : {}),
    },
  };
}
