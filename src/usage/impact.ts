// Weighs every breaking finding against usage evidence (broken / potentially affected / unaffected), demotes unused ones on request, and checks recorded results against outputSchema.
import type { Snapshot, ToolDef } from '../catalog/types.js';
import { compileSchema, type Compiled, type ValidationError } from '../diff/schema/witness-validator.js';
import type { Finding, Severity } from '../findings/finding.js';
import { isObject, unescapePointerToken, type Json, type JsonObject } from '../findings/json.js';
import { defineRules, makeFinding, q } from '../findings/rule-kit.js';
import { hasEvidence, type RecordedCall, type UsageEvidence, type UsageReference } from './types.js';

export const USAGE_RULES = defineRules('usage', 'src/usage/impact.ts', 'tool', {
  'recorded-output-schema-mismatch': [
    'breaking',
    "recorded results' structuredContent does not match the tool's outputSchema: breaking when the head's schema rejects results the base's accepted, a warning when both reject them (the schema does not describe what the server returns)",
    'output',
  ],
});

export type UsageLabel = 'broken' | 'potentially-affected' | 'unaffected';

/** Most references kept on one finding (the count says how many there were). */
const MAX_REFERENCES_SHOWN = 20;

/** What the usage evidence says about one finding; stored as the finding's `extra.usage`. */
export interface FindingUsage {
  label: UsageLabel;
  /** Why, in one sentence. */
  reason: string;
  references: { file: string; line: number; kind: string; params: string[] }[];
  referenceCount: number;
  calls?: {
    rejected: number;
    ofTool: number;
    total: number;
    share: number;
    example?: { source: string; arguments: JsonObject; error: string };
  };
  /** Set when --demote-unused turned this breaking finding into a warning. */
  demoted?: boolean;
}

export interface ImpactOptions {
  /** Demote breaking findings that no evidence touches to warnings (only when evidence exists). */
  demoteUnused?: boolean;
}

/** Rules that break a call which omits the property (the others break a call that sends it). */
const OMISSION_RULES = new Set(['input-property-added-required', 'input-property-became-required']);

/** Where in the tool a finding is: the whole tool, one top-level input property, the input or output schema, or elsewhere. */
function changedPart(f: Finding): { area: 'tool' | 'input' | 'output' | 'other'; param?: string; errorsAt?: string[] } {
  if (f.path === '') return { area: 'tool' };
  const tokens = f.path.split('/').slice(1).map(unescapePointerToken);
  if (tokens[0] === 'inputSchema') {
    const param = tokens[1] === 'properties' ? tokens[2] : undefined;
    if (param === undefined) return { area: 'input' };
    // A renamed parameter fails a call at the new name (now required) as much as at the old one (now refused).
    const renamedTo = f.rule === 'input-property-renamed' && typeof f.after === 'string' ? [f.after] : [];
    return { area: 'input', param, errorsAt: [param, ...renamedTo] };
  }
  if (tokens[0] === 'outputSchema') return { area: 'output' };
  return { area: 'other' };
}

/** Whether a reference uses exactly the changed part. */
function referenceBreaks(f: Finding, ref: UsageReference, part: ReturnType<typeof changedPart>): boolean {
  if (ref.loose) return false;
  if (part.area === 'tool') return true;
  if (part.area !== 'input' || part.param === undefined) return false;
  if (OMISSION_RULES.has(f.rule)) return ref.argumentsKnown === true && !ref.params.includes(part.param);
  return ref.params.includes(part.param);
}

function toolsByName(snapshot: Snapshot): Map<string, ToolDef> {
  return new Map(snapshot.tools.map((t) => [t.name, t]));
}

function groupByTool<T extends { tool: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.tool);
    if (list) list.push(item);
    else out.set(item.tool, [item]);
  }
  return out;
}

/** A recorded call the base's inputSchema accepts and the head's rejects, with the head's errors. */
interface Replay {
  call: RecordedCall;
  errors: ValidationError[];
}

/**
 * The evidence grouped by tool, and each tool's recorded arguments replayed through both input schemas once (however
 * many findings the tool has): the work is one validation pair per recorded call.
 */
class UsageIndex {
  readonly refs: Map<string, UsageReference[]>;
  readonly calls: Map<string, RecordedCall[]>;
  readonly total: number;
  readonly base: Map<string, ToolDef>;
  readonly head: Map<string, ToolDef>;
  private readonly schemas = new Map<Json, Compiled>();
  private readonly replayed = new Map<string, Promise<Replay[]>>();

  constructor(
    evidence: UsageEvidence,
    base: Snapshot,
    head: Snapshot,
    private readonly renamedFrom: ReadonlyMap<string, string>,
  ) {
    this.refs = groupByTool(evidence.references.filter((r) => !r.denied));
    this.calls = groupByTool(evidence.calls);
    this.total = evidence.calls.length;
    this.base = toolsByName(base);
    this.head = toolsByName(head);
  }

  schema(schema: Json): Compiled {
    let hit = this.schemas.get(schema);
    if (!hit) this.schemas.set(schema, (hit = compileSchema(schema, { allErrors: true })));
    return hit;
  }

  /** The name a head tool had in the base (renamed tools), else its own. */
  baseNameOf(headName: string): string {
    return this.renamedFrom.get(headName) ?? headName;
  }

  /** Recorded calls under the tool's base name and its head name. */
  callsOf(baseName: string, headName: string): RecordedCall[] {
    const under = this.calls.get(baseName) ?? [];
    return baseName === headName ? under : [...under, ...(this.calls.get(headName) ?? [])];
  }

  /** The tool's recorded calls that the change rejects (already invalid against the base: not this change's doing). */
  replays(baseName: string, headName: string): Promise<Replay[]> {
    const key = `${baseName}\u0000${headName}`;
    let hit = this.replayed.get(key);
    if (!hit) this.replayed.set(key, (hit = this.replay(baseName, headName)));
    return hit;
  }

  private async replay(baseName: string, headName: string): Promise<Replay[]> {
    const headTool = this.head.get(headName),
      baseTool = this.base.get(baseName);
    if (!headTool || !isObject(headTool.inputSchema)) return [];
    const head = this.schema(headTool.inputSchema);
    const base = baseTool && isObject(baseTool.inputSchema) ? this.schema(baseTool.inputSchema) : undefined;
    if ('error' in head) return [];
    const out: Replay[] = [];
    for (const call of this.callsOf(baseName, headName)) {
      if (!call.arguments) continue;
      if (base && !('error' in base) && !base.validate(call.arguments)) continue;
      if (!head.validate(call.arguments)) out.push({ call, errors: head.errors() });
    }
    return out;
  }
}

/** The replayed calls a finding explains: every rejection for a whole-schema change, else those at its parameters; each with its first error. */
async function rejectedCalls(
  index: UsageIndex,
  baseName: string,
  headName: string,
  params: readonly string[] | undefined,
): Promise<{ call: RecordedCall; error: string }[]> {
  const out: { call: RecordedCall; error: string }[] = [];
  for (const { call, errors } of await index.replays(baseName, headName)) {
    const relevant =
      params === undefined ? errors : errors.filter((e) => params.some((p) => e.at === `/${p}` || e.at.startsWith(`/${p}/`)));
    if (relevant.length) out.push({ call, error: `${relevant[0]!.at || '(root)'} fails ${relevant[0]!.keyword}` });
  }
  return out;
}

function shownReferences(refs: readonly UsageReference[]): FindingUsage['references'] {
  return refs.slice(0, MAX_REFERENCES_SHOWN).map((r) => ({ file: r.file, line: r.line, kind: r.kind, params: r.params }));
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** The usage label of one breaking tool finding. */
async function labelOf(f: Finding, index: UsageIndex): Promise<FindingUsage> {
  const part = changedPart(f);
  // A renamed tool's findings name it by its head name; its users still call it by the base name.
  const baseName = index.baseNameOf(f.subject);
  const underBase = index.refs.get(baseName) ?? [];
  const refs = baseName === f.subject ? underBase : [...underBase, ...(index.refs.get(f.subject) ?? [])];
  const breaking = f.rule === 'tool-renamed' ? underBase.filter((r) => !r.loose) : refs.filter((r) => referenceBreaks(f, r, part));
  const callsUnderBase = index.calls.get(baseName) ?? [];
  const calls = index.callsOf(baseName, f.subject);
  const total = index.total;
  let rejected: { call: RecordedCall; error: string }[] = [];
  if (part.area === 'tool')
    rejected = callsUnderBase.map((call) => ({
      call,
      error: f.rule === 'tool-renamed' ? `the tool is now ${q(f.subject)}` : 'the tool is gone',
    }));
  else if (part.area === 'input') rejected = await rejectedCalls(index, baseName, f.subject, part.errorsAt);
  const callStats =
    calls.length > 0
      ? {
          rejected: rejected.length,
          ofTool: calls.length,
          total,
          share: total ? rejected.length / total : 0,
          ...(rejected[0]
            ? { example: { source: rejected[0].call.source, arguments: rejected[0].call.arguments ?? {}, error: rejected[0].error } }
            : {}),
        }
      : undefined;
  const withCalls = callStats ? { calls: callStats } : {};
  const shown = {
    references: shownReferences(breaking.length ? [...breaking, ...refs.filter((r) => !breaking.includes(r))] : refs),
    referenceCount: refs.length,
  };
  if (breaking.length || rejected.length) {
    const parts = [
      ...(breaking.length
        ? [`${breaking.length} reference${breaking.length === 1 ? '' : 's'} use${breaking.length === 1 ? 's' : ''} exactly what changed`]
        : []),
      ...(rejected.length
        ? [
            `${rejected.length} of ${calls.length} recorded call${calls.length === 1 ? '' : 's'} of ${q(baseName)} (${percent(callStats!.share)} of all recorded calls) now fail${rejected.length === 1 ? 's' : ''}`,
          ]
        : []),
    ];
    return { label: 'broken', reason: parts.join('; '), ...shown, ...withCalls };
  }
  if (refs.length || calls.length) {
    const sure = refs.filter((r) => !r.loose);
    const withArgs = calls.filter((c) => c.arguments).length;
    const parts = [
      ...(sure.length ? [`${q(baseName)} is referenced ${sure.length} time${sure.length === 1 ? '' : 's'}, not the changed part`] : []),
      ...(sure.length < refs.length
        ? [
            `${q(baseName)} appears ${refs.length - sure.length} time${refs.length - sure.length === 1 ? '' : 's'} as a plain word that may mean the tool`,
          ]
        : []),
      ...(calls.length && withArgs === 0 ? [`${calls.length} recorded call${calls.length === 1 ? '' : 's'} without arguments`] : []),
      ...(withArgs ? [`${withArgs} recorded call${withArgs === 1 ? '' : 's'} with arguments, none rejected by the head schema`] : []),
    ];
    return { label: 'potentially-affected', reason: parts.join('; '), ...shown, ...withCalls };
  }
  const names = baseName === f.subject ? q(f.subject) : `${q(baseName)} or ${q(f.subject)}`;
  return { label: 'unaffected', reason: `no reference or recorded call uses ${names}`, references: [], referenceCount: 0 };
}

/** The finding for recorded results that the head's outputSchema rejects, or undefined. */
async function outputMismatch(tool: ToolDef, index: UsageIndex): Promise<Finding | undefined> {
  if (!isObject(tool.outputSchema)) return undefined;
  const baseName = index.baseNameOf(tool.name);
  const results = index.callsOf(baseName, tool.name).filter((c) => c.structuredContent !== undefined);
  if (results.length === 0) return undefined;
  const head = index.schema(tool.outputSchema);
  if ('error' in head) return undefined;
  const baseTool = index.base.get(baseName);
  const base = baseTool && isObject(baseTool.outputSchema) ? index.schema(baseTool.outputSchema) : undefined;
  let rejected = 0,
    newlyRejected = 0;
  let example: { source: string; error: string } | undefined;
  for (const call of results) {
    if (head.validate(call.structuredContent!)) continue;
    const err = head.errors()[0];
    rejected++;
    example ??= { source: call.source, error: err ? `${err.at || '(root)'} fails ${err.keyword}` : 'invalid' };
    if (base && !('error' in base) && base.validate(call.structuredContent!)) newlyRejected++;
  }
  if (rejected === 0) return undefined;
  const severity: Severity = newlyRejected > 0 ? 'breaking' : 'warning';
  return makeFinding(USAGE_RULES['recorded-output-schema-mismatch'], {
    subject: tool.name,
    path: '/outputSchema',
    severity,
    message: `${rejected} of ${results.length} recorded result${results.length === 1 ? '' : 's'} of ${q(tool.name)} ${rejected === 1 ? "doesn't" : "don't"} match the declared outputSchema (first: ${example!.source}, ${example!.error})${newlyRejected ? `; ${newlyRejected} matched the base's schema, so the change made it describe results the server does not return` : ''}: clients that validate structuredContent reject these results`,
    extra: { rejected, results: results.length, newlyRejected, example: example! },
  });
}

export interface ImpactResult<F extends Finding> {
  findings: F[];
  /** Breaking findings demoted to warnings by --demote-unused. */
  demoted: number;
  labels: Record<UsageLabel, number>;
}

/**
 * Labels every breaking finding with what the evidence says (as `extra.usage`), adds the recorded-result findings,
 * and with `demoteUnused` turns breaking findings labelled unaffected into warnings. With no evidence at all nothing
 * is labelled unaffected and nothing is demoted (fail closed). Findings on prompts, resources and the server are
 * labelled potentially affected: their usage is not read.
 */
export async function weighUsage<F extends Finding & { originalSeverity?: Severity }>(
  findings: readonly F[],
  base: Snapshot,
  head: Snapshot,
  evidence: UsageEvidence | undefined,
  opts: ImpactOptions = {},
): Promise<ImpactResult<F>> {
  const labels: Record<UsageLabel, number> = { broken: 0, 'potentially-affected': 0, unaffected: 0 };
  if (!hasEvidence(evidence)) return { findings: [...findings], demoted: 0, labels };
  const renamedFrom = new Map<string, string>();
  for (const f of findings) if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
  const index = new UsageIndex(evidence, base, head, renamedFrom);
  // Evidence cut short by a limit may miss the one use: then nothing is demoted.
  const complete = !evidence.sources.some((s) => s.incomplete);
  let demoted = 0;
  const out: F[] = [];
  for (const f of findings) {
    if (f.severity !== 'breaking') {
      out.push(f);
      continue;
    }
    const usage: FindingUsage =
      f.kind === 'tool'
        ? await labelOf(f, index)
        : {
            label: 'potentially-affected',
            reason: `usage of ${f.kind === 'server' ? 'the server' : `${f.kind}s`} is not read from the evidence`,
            references: [],
            referenceCount: 0,
          };
    labels[usage.label]++;
    if (opts.demoteUnused && complete && usage.label === 'unaffected') {
      demoted++;
      usage.demoted = true;
      out.push({
        ...f,
        severity: 'warning',
        originalSeverity: f.originalSeverity ?? f.severity,
        extra: { ...f.extra, usage: usage as unknown as Json },
      });
    } else out.push({ ...f, extra: { ...f.extra, usage: usage as unknown as Json } });
  }
  for (const tool of head.tools) {
    const mismatch = await outputMismatch(tool, index);
    if (mismatch) out.push(mismatch as F);
  }
  return { findings: out, demoted, labels };
}

/** The usage of a finding, as stored by weighUsage. */
export function usageOf(f: Finding): FindingUsage | undefined {
  const u = f.extra?.usage;
  return isObject(u) && typeof u.label === 'string' ? (u as unknown as FindingUsage) : undefined;
}
