// The tool names and parameter names references are matched against (base ∪ head), and how one allow-list entry names tools.
import type { Snapshot, ToolDef } from '../catalog/types.js';
import { isObject } from '../findings/json.js';
import { isGlob, namesMatching } from './glob.js';

export interface ToolIndex {
  names: ReadonlySet<string>;
  /** Top-level input property names per tool (both sides). */
  params: ReadonlyMap<string, ReadonlySet<string>>;
}

function inputProperties(tool: ToolDef): string[] {
  const schema = tool.inputSchema;
  return isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
}

/** The index of every tool either side has, with the parameters either side declares. */
export function toolIndex(...snapshots: readonly Pick<Snapshot, 'tools'>[]): ToolIndex {
  const params = new Map<string, Set<string>>();
  for (const snapshot of snapshots) {
    for (const tool of snapshot.tools) {
      const set = params.get(tool.name) ?? new Set<string>();
      for (const p of inputProperties(tool)) set.add(p);
      params.set(tool.name, set);
    }
  }
  return { names: new Set(params.keys()), params };
}

/**
 * The tools one agent/skill/client-config entry names: `mcp__server__tool` (Claude Code's form; the tool part may be a
 * glob, and `mcp__server` alone means all of that server's tools), a glob such as `read_*`, or a plain name. Entries
 * that name no tool of the index (built-in tools like `Read`, other servers' tools) name nothing.
 */
export function toolsOfEntry(entry: string, index: ToolIndex): { tools: string[]; via?: string } {
  const trimmed = entry.trim().replace(/^["']|["']$/g, '');
  if (trimmed.startsWith('mcp__')) {
    const rest = trimmed.slice('mcp__'.length);
    const split = rest.indexOf('__');
    const toolPart = split < 0 ? '*' : rest.slice(split + 2);
    return { tools: isGlob(toolPart) ? namesMatching(toolPart, index.names) : index.names.has(toolPart) ? [toolPart] : [], via: trimmed };
  }
  if (isGlob(trimmed)) return { tools: namesMatching(trimmed, index.names), via: trimmed };
  return { tools: index.names.has(trimmed) ? [trimmed] : [] };
}
