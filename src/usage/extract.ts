// Finds the references one file makes to tools: prompt/template text, agent and skill front matter, MCP client configs, and code.
import { isObject, type Json } from '../findings/json.js';
import { findCodeCalls } from './code-calls.js';
import { LineTable } from './lines.js';
import { toolsOfEntry, type ToolIndex } from './tool-index.js';
import type { ReferenceKind, UsageReference } from './types.js';

const CODE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py)$/;
const CLIENT_CONFIG_NAMES = new Set([
  '.mcp.json',
  'mcp.json',
  'claude_desktop_config.json',
  'settings.json',
  'settings.local.json',
  'mcp_config.json',
]);
/** Keys of a client config's server entry (or of the file) that list tools the agent may use, and that it may not. */
const ALLOW_KEYS = ['allowedTools', 'allowTools', 'alwaysAllow', 'includeTools', 'enabledTools', 'tools', 'allow'];
const DENY_KEYS = ['disabledTools', 'deniedTools', 'excludeTools', 'disallowedTools', 'deny'];

/** Which reader a file gets, by its path. */
export function kindOfFile(relativePath: string): ReferenceKind {
  const base = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  if (CLIENT_CONFIG_NAMES.has(base) && base.endsWith('.json')) return 'client-config';
  if (base === 'SKILL.md') return 'skill';
  if (/(^|\/)agents\/[^/]+\.md$/.test(relativePath)) return 'agent';
  if (CODE_EXTENSIONS.test(base)) return 'code';
  return 'prompt';
}

/** Characters of a tool name in the MCP spec (A–Z, a–z, 0–9, `_`, `-`, `.`), and `/` (some servers use it). */
const TOKEN = /[A-Za-z0-9_./-]+/g;
const QUOTES = new Set(['`', '"', "'"]);

/**
 * A name common words could collide with (`search`, `read`): in prose, unquoted, it is a loose reference — it may be
 * the tool or the word, so it keeps the tool from being called unused but never makes a finding broken.
 */
function isDistinctive(name: string): boolean {
  return /[_.\-/0-9]/.test(name) || /[a-z][A-Z]/.test(name);
}

interface Token {
  text: string;
  start: number;
  quoted: boolean;
}

function tokensOfLine(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(TOKEN)) {
    // A sentence's full stop or a path's slash at the end is no part of the name.
    const text = m[0].replace(/[./-]+$/, '');
    if (text === '') continue;
    const before = line[m.index - 1];
    // Quoted, in a code span, or a template's {{ … }}: named on purpose, even when the name is a common word.
    const quoted = (before !== undefined && QUOTES.has(before)) || /\{\{\s*$/.test(line.slice(Math.max(0, m.index - 8), m.index));
    out.push({ text, start: m.index, quoted });
  }
  return out;
}

/**
 * References in text: a token equal to a tool name (or an `mcp__server__tool` form) on a line, with the parameters of
 * that tool named on the same line. Names are looked up in a Set (no pattern is built from catalog text).
 */
export function textReferences(
  file: string,
  text: string,
  kind: ReferenceKind,
  index: ToolIndex,
  opts: { quotedOnly?: boolean } = {},
): UsageReference[] {
  const out: UsageReference[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const tokens = tokensOfLine(lines[i]!);
    // tool → how it was named: an `mcp__` entry (via), plainly (''), or loosely (a common word, unquoted).
    const found = new Map<string, { via?: string; loose?: boolean }>();
    for (const token of tokens) {
      if (token.text.startsWith('mcp__')) {
        const { tools, via } = toolsOfEntry(token.text, index);
        for (const t of tools) found.set(t, via ? { via } : {});
      } else if (index.names.has(token.text)) {
        const sure = token.quoted || isDistinctive(token.text);
        if (sure && (token.quoted || !opts.quotedOnly)) found.set(token.text, found.get(token.text)?.via ? found.get(token.text)! : {});
        else if (!opts.quotedOnly && !found.has(token.text)) found.set(token.text, { loose: true });
      }
    }
    for (const [tool, how] of found) {
      const params = index.params.get(tool);
      const named = params ? [...new Set(tokens.map((t) => t.text).filter((t) => t !== tool && params.has(t)))] : [];
      out.push({
        tool,
        file,
        line: i + 1,
        kind,
        params: named,
        ...(how.via ? { via: how.via } : {}),
        ...(how.loose ? { loose: true } : {}),
      });
    }
  }
  return out;
}

/** The YAML front matter of a Markdown file: its lines (after the opening `---`) and the line number of the first. */
function frontMatter(text: string): { lines: string[]; firstLine: number } | undefined {
  if (!text.startsWith('---')) return undefined;
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? undefined : { lines: lines.slice(1, end), firstLine: 2 };
}

/** The entries of one front-matter key (`tools: a, b` or a YAML list under it), each with its line. */
function frontMatterList(text: string, key: string): { entry: string; line: number }[] {
  const fm = frontMatter(text);
  if (!fm) return [];
  const out: { entry: string; line: number }[] = [];
  for (let i = 0; i < fm.lines.length; i++) {
    const line = fm.lines[i]!;
    if (!line.startsWith(`${key}:`)) continue;
    const inline = line.slice(key.length + 1).trim();
    const listed = inline.startsWith('[') ? inline.slice(1, inline.lastIndexOf(']') < 0 ? undefined : inline.lastIndexOf(']')) : inline;
    for (const entry of listed.split(/[,\s]+/)) if (entry.replace(/["']/g, '') !== '') out.push({ entry, line: fm.firstLine + i });
    for (let j = i + 1; j < fm.lines.length && /^\s+-\s*/.test(fm.lines[j]!); j++) {
      out.push({ entry: fm.lines[j]!.replace(/^\s+-\s*/, '').trim(), line: fm.firstLine + j });
    }
  }
  return out;
}

/** Agent definitions (`tools:`) and skills (`allowed-tools:`): the listed tools, then the body as prompt text. */
function frontMatterReferences(file: string, text: string, kind: 'agent' | 'skill', index: ToolIndex): UsageReference[] {
  const key = kind === 'agent' ? 'tools' : 'allowed-tools';
  const out: UsageReference[] = [];
  for (const { entry, line } of frontMatterList(text, key)) {
    const { tools, via } = toolsOfEntry(entry, index);
    for (const tool of tools) out.push({ tool, file, line, kind, params: [], ...(via ? { via } : {}) });
  }
  const listed = new Set(out.map((r) => `${r.tool}\u0000${r.line}`));
  return [...out, ...textReferences(file, text, kind, index).filter((r) => !listed.has(`${r.tool}\u0000${r.line}`))];
}

/** The line of the first occurrence of an entry's JSON text in the file (for a config's list entry). */
function lineOfEntry(text: string, lines: LineTable, entry: string): number {
  const at = text.indexOf(JSON.stringify(entry));
  return at < 0 ? 1 : lines.lineOf(at);
}

/** MCP client configs: the allow lists (the agent uses these tools) and deny lists (it does not). */
function clientConfigReferences(file: string, text: string, index: ToolIndex): UsageReference[] {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch {
    return [];
  }
  if (!isObject(doc)) return [];
  const lines = new LineTable(text);
  const out: UsageReference[] = [];
  const listsOf = (holder: Json) => {
    if (!isObject(holder)) return;
    for (const [keys, denied] of [
      [ALLOW_KEYS, false],
      [DENY_KEYS, true],
    ] as const) {
      for (const key of keys) {
        const list = holder[key];
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (typeof entry !== 'string') continue;
          const { tools, via } = toolsOfEntry(entry, index);
          for (const tool of tools)
            out.push({
              tool,
              file,
              line: lineOfEntry(text, lines, entry),
              kind: 'client-config',
              params: [],
              ...(denied ? { denied } : {}),
              ...(via ? { via } : {}),
            });
        }
      }
    }
  };
  listsOf(doc);
  listsOf(doc.permissions);
  for (const serversKey of ['mcpServers', 'servers']) {
    const servers = doc[serversKey];
    if (isObject(servers)) for (const server of Object.values(servers)) listsOf(server);
  }
  return out;
}

/** Code: tool calls with their argument keys, then quoted tool names elsewhere (e.g. a list of tools an agent may use). */
function codeReferences(file: string, text: string, index: ToolIndex): UsageReference[] {
  const lines = new LineTable(text);
  const out: UsageReference[] = [];
  const calls = findCodeCalls(text);
  for (const call of calls) {
    if (!index.names.has(call.tool)) continue;
    out.push({
      tool: call.tool,
      file,
      line: lines.lineOf(call.offset),
      kind: 'code',
      params: call.argumentKeys ?? [],
      ...(call.argumentKeys ? { argumentsKnown: true } : {}),
    });
  }
  // A quoted name inside a call already found is that call, not a second reference.
  const callLines = new Set<string>();
  for (const call of calls) {
    for (let line = lines.lineOf(call.offset); line <= lines.lineOf(call.end); line++) callLines.add(`${call.tool}\u0000${line}`);
  }
  return [
    ...out,
    ...textReferences(file, text, 'code', index, { quotedOnly: true }).filter((r) => !callLines.has(`${r.tool}\u0000${r.line}`)),
  ];
}

/** Every reference one file makes to a tool of the index. */
export function referencesInFile(file: string, text: string, index: ToolIndex): UsageReference[] {
  const kind = kindOfFile(file);
  switch (kind) {
    case 'client-config':
      return clientConfigReferences(file, text, index);
    case 'agent':
    case 'skill':
      return frontMatterReferences(file, text, kind, index);
    case 'code':
      return codeReferences(file, text, index);
    case 'prompt':
      return textReferences(file, text, 'prompt', index);
  }
}
