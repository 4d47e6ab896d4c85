// Finds the line of source that registers a tool or prompt (for annotations and SARIF), falling back to the snapshot file.
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { execGit } from '../git-exec.js';

/** A place in the repository: `uri` is relative to the repository root with forward slashes; lines start at 1. */
export interface SourceLocation {
  uri: string;
  line: number;
}

export type Locate = (finding: Finding) => SourceLocation | undefined;

export interface IndexOptions {
  /** Repository root; every `uri` is relative to it. */
  root: string;
  /** Files (relative to root) left out of the search, e.g. the snapshot files. */
  exclude?: string[];
  maxFiles?: number;
  maxFileBytes?: number;
}

export interface SourceIndex {
  /** A lookup that falls back to the subject's line in `snapshotPath` (relative to root), then to its first line. */
  locator(snapshotPath?: string): Locate;
}

const SOURCE_EXTENSIONS = new Set([
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.py',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.cs',
  '.rb',
  '.php',
  '.json',
  '.yaml',
  '.yml',
]);
const SKIPPED_DIRS = /(^|\/)(node_modules|dist|vendor|build|out|coverage|target|\.git|\.venv|venv|__pycache__|\.next)\//;
const SKIPPED_FILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|[^/]*\.snapshot\.json|[^/]*\.min\.js)$/;
const TEST_PATHS = /(^|\/)(test|tests|__tests__|spec|fixtures?|examples?)\/|\.(test|spec)\.[a-z]+$/;

type Kind = 'tool' | 'prompt';
interface Pattern {
  re: RegExp;
  /** Which kinds a match names; "any" patterns (a bare `name: "x"`) serve tools and prompts alike. */
  kind: Kind | 'any';
  score: number;
}

const Q = `(["'\`])`;
const LIT = `([^"'\`\\r\\n]+)\\1`;
// Each regex captures the name in its last group; `d` gives its index so the line is that of the name.
const PATTERNS: Pattern[] = [
  // registerTool("x", server.tool("x", mcp.NewTool("x", addTool("x", @mcp.tool("x")
  { re: new RegExp(`\\b(?:registerTool|addTool|NewTool|tool)\\s*\\(\\s*${Q}${LIT}`, 'gd'), kind: 'tool', score: 3 },
  { re: new RegExp(`\\b(?:registerPrompt|addPrompt|NewPrompt|prompt)\\s*\\(\\s*${Q}${LIT}`, 'gd'), kind: 'prompt', score: 3 },
  // @mcp.tool(...) / @tool on the def (Python), #[tool(...)] on the fn (Rust); an explicit name= is caught below.
  { re: /@[\w.]*\btool\b(?:\([^)]*\))?[ \t]*\r?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/dg, kind: 'tool', score: 3 },
  { re: /@[\w.]*\bprompt\b(?:\([^)]*\))?[ \t]*\r?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/dg, kind: 'prompt', score: 3 },
  { re: /#\[tool\b[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\s+(\w+)/dg, kind: 'tool', score: 3 },
  // @mcp.tool(name="x"), Tool(name="x"), #[tool(name = "x")], [McpServerTool(Name = "x")]
  { re: new RegExp(`\\b(?:tool|Tool|McpServerTool)\\s*\\(\\s*(?:[^()]*?,\\s*)?[Nn]ame\\s*=\\s*${Q}${LIT}`, 'gd'), kind: 'tool', score: 3 },
  {
    re: new RegExp(`\\b(?:prompt|Prompt|McpServerPrompt)\\s*\\(\\s*(?:[^()]*?,\\s*)?[Nn]ame\\s*=\\s*${Q}${LIT}`, 'gd'),
    kind: 'prompt',
    score: 3,
  },
  // name: "x", "name": "x", Name: "x", name = "x" (object literals, JSON/YAML manifests, Go structs)
  { re: new RegExp(`\\b[Nn]ame["']?\\s*[:=]\\s*${Q}${LIT}`, 'gd'), kind: 'any', score: 1 },
];

interface Hit extends SourceLocation {
  score: number;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Repository files worth searching: tracked by git when possible, else a bounded walk. */
async function listFiles(root: string, maxFiles: number): Promise<string[]> {
  let files: string[];
  try {
    const { stdout } = await execGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    files = stdout.split('\0').filter(Boolean);
  } catch {
    files = [];
    const walk = async (dir: string): Promise<void> => {
      if (files.length >= maxFiles * 4) return;
      for (const entry of await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.test(rel + '/')) await walk(rel);
        } else if (entry.isFile()) files.push(rel);
      }
    };
    await walk('');
  }
  return files
    .filter((f) => SOURCE_EXTENSIONS.has(path.extname(f).toLowerCase()) && !SKIPPED_DIRS.test(f) && !SKIPPED_FILES.test(f))
    .sort()
    .slice(0, maxFiles);
}

/** Line of a subject in the snapshot file (its name/uri entry under the right list), or undefined. */
function snapshotLine(text: string, finding: Finding): number | undefined {
  const list = { tool: 'tools', prompt: 'prompts', resource: 'resources', resourceTemplate: 'resourceTemplates' }[finding.kind as string];
  const key = finding.kind === 'resource' ? 'uri' : finding.kind === 'resourceTemplate' ? 'uriTemplate' : 'name';
  const listAt = list ? text.search(new RegExp(`"${list}"\\s*:`)) : -1;
  if (list && listAt >= 0) {
    const needle = new RegExp(`"${key}"\\s*:\\s*${JSON.stringify(finding.subject).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    const at = text.slice(listAt).search(needle);
    if (at >= 0) return lineAt(text, listAt + at);
  }
  if (finding.kind === 'server') {
    const at = text.search(/"server"\s*:/);
    if (at >= 0) return lineAt(text, at);
  }
  return undefined;
}

/**
 * Indexes the repository once: for each tool and prompt name, the line that registers it. Registration calls and
 * decorators beat a bare `name: "x"`. Tests, fixtures and examples are never searched: a name a test harness or a
 * fixture catalog repeats says nothing about where the server registers it, and the snapshot line is the better place.
 */
export async function indexSources(opts: IndexOptions): Promise<SourceIndex> {
  const maxFiles = opts.maxFiles ?? 5000;
  const maxFileBytes = opts.maxFileBytes ?? 1024 * 1024;
  const excluded = new Set((opts.exclude ?? []).map((f) => f.split(path.sep).join('/')));
  const best = { tool: new Map<string, Hit>(), prompt: new Map<string, Hit>() };
  const record = (kind: Kind, name: string, hit: Hit) => {
    const old = best[kind].get(name);
    if (!old || hit.score > old.score) best[kind].set(name, hit);
  };

  for (const file of await listFiles(opts.root, maxFiles)) {
    if (excluded.has(file) || TEST_PATHS.test(file)) continue;
    const abs = path.join(opts.root, file);
    let text: string;
    try {
      const stat = await fs.stat(abs);
      if (!stat.isFile() || stat.size > maxFileBytes) continue;
      text = await fs.readFile(abs, 'utf8');
    } catch {
      continue;
    }
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (const m of text.matchAll(p.re)) {
        const group = m.length - 1;
        const name = m[group]!;
        const at = m.indices?.[group]?.[0] ?? m.index ?? 0;
        const hit = { uri: file, line: lineAt(text, at), score: p.score };
        if (p.kind === 'any') {
          record('tool', name, hit);
          record('prompt', name, hit);
        } else record(p.kind, name, hit);
      }
    }
  }

  const snapshots = new Map<string, string | undefined>();
  const snapshotText = (rel: string) => {
    if (!snapshots.has(rel)) {
      try {
        snapshots.set(rel, readFileSync(path.join(opts.root, rel), 'utf8'));
      } catch {
        snapshots.set(rel, undefined);
      }
    }
    return snapshots.get(rel);
  };

  return {
    locator(snapshotPath) {
      const snapshotRel = snapshotPath?.split(path.sep).join('/');
      return (finding) => {
        if (finding.kind === 'tool' || finding.kind === 'prompt') {
          const names = [finding.subject];
          // A rename is reported under the new name; when that is not found, the old one may still be registered.
          if (typeof finding.extra?.from === 'string') names.push(finding.extra.from);
          for (const name of names) {
            const hit = best[finding.kind].get(name);
            if (hit) return { uri: hit.uri, line: hit.line };
          }
        }
        const text = snapshotRel === undefined ? undefined : snapshotText(snapshotRel);
        if (snapshotRel !== undefined && text !== undefined) return { uri: snapshotRel, line: snapshotLine(text, finding) ?? 1 };
        return undefined;
      };
    },
  };
}

/** One-shot lookup for a single snapshot: indexes the repository (leaving the snapshot out) and returns the locator. */
export async function buildLocator(opts: IndexOptions & { snapshotPath?: string }): Promise<Locate> {
  const exclude = [...(opts.exclude ?? []), ...(opts.snapshotPath ? [opts.snapshotPath] : [])];
  return (await indexSources({ ...opts, exclude })).locator(opts.snapshotPath);
}
