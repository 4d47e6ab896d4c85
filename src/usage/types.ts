// The usage evidence every usage stage shares: references found in a repository, recorded tool calls, and where they came from.
import type { Json, JsonObject } from '../findings/json.js';

/** What kind of file a reference was found in. */
export type ReferenceKind = 'prompt' | 'agent' | 'skill' | 'client-config' | 'code';

/** One place in a repository that names a tool (and maybe some of its parameters). */
export interface UsageReference {
  tool: string;
  /** Path relative to the usage root, `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  kind: ReferenceKind;
  /** Parameter names the reference names: the keys of a code call's arguments, or parameters named beside the tool in text. */
  params: string[];
  /** The argument keys are exactly known (a code call with an object literal): a parameter not listed is not sent. */
  argumentsKnown?: boolean;
  /** The client config denies the tool here (a deny list): the reference says the tool is NOT used. */
  denied?: boolean;
  /** The entry that named it, when it was a glob or an `mcp__server__tool` form (e.g. "mcp__files__*"). */
  via?: string;
  /** A common word equal to the tool's name, unquoted in prose: it may not mean the tool, so it never proves a break. */
  loose?: boolean;
}

/** One recorded tools/call. */
export interface RecordedCall {
  tool: string;
  /** The arguments, when the recording carried them (OTLP: the opt-in gen_ai.tool.call.arguments). */
  arguments?: JsonObject;
  /** The result's structuredContent, when recorded. */
  structuredContent?: Json;
  /** ISO time of the call, when recorded. */
  time?: string;
  /** Where it was read: file and, for JSONL, line. */
  source: string;
}

/** One input of usage evidence, named in the report ("which evidence was used and how old it is"). */
export interface EvidenceSource {
  kind: 'references' | 'calls';
  /** The globs and root (references) or the file (calls). */
  origin: string;
  /** Files scanned (references) or calls read (calls). */
  count: number;
  /** The oldest and newest recorded call times (calls only, when the recording has times). */
  oldest?: string;
  newest?: string;
  /** Limits that cut the scan short, said plainly (e.g. "stopped at 5000 files"). */
  notes: string[];
  /** A limit left evidence unread (files, calls): nothing may then be demoted as unused (fail closed). */
  incomplete?: boolean;
}

export interface UsageEvidence {
  references: UsageReference[];
  calls: RecordedCall[];
  sources: EvidenceSource[];
}

/** Whether any evidence was read at all: with none, nothing may be called unused (fail closed). */
export function hasEvidence(evidence: UsageEvidence | undefined): evidence is UsageEvidence {
  return evidence !== undefined && evidence.sources.some((s) => s.count > 0);
}

/** What the report says about the evidence of a run: which was read, how old, and what it did to the findings. */
export interface UsageSection {
  sources: EvidenceSource[];
  /** Breaking findings per label. */
  labels: { broken: number; 'potentially-affected': number; unaffected: number };
  /** Whether the run asked to demote unused breaking findings, and how many it demoted. */
  demoteUnused: boolean;
  demoted: number;
  /** Set when evidence was asked for but none was read: nothing is called unused (fail closed). */
  empty?: boolean;
  /** Trusted URL prefix (set by the Action, never from evidence) that references link to in Markdown. */
  linkBase?: string;
}
