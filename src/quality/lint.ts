// Lints the head catalog's tools (descriptions, names, parameters, schema validity) and splits the findings into new in this change vs already in the base.
import type { Snapshot, ToolDef } from '../catalog/types.js';
import { pointerToken, unescapePointerToken, isObject, type Json, type JsonObject } from '../findings/json.js';
import type { QualityPolicy } from '../config/types.js';
import { defineRules, findingMaker, q, type ChangeFields, type MessageArgs, type MessageTable } from '../findings/rule-kit.js';
import { equalJson } from '../catalog/canonical.js';
import { deprecationOf } from '../catalog/deprecation.js';
import type { Finding } from '../findings/finding.js';
import { descriptionSimilarity, NEAR_IDENTICAL_JACCARD, nearIdenticalPairs, type SimilarPair } from './near-duplicates.js';
import { loadSchemaChecker, type SchemaChecker } from './schema-validity.js';
import { outputRootMustBeObject } from '../catalog/protocol-revision.js';

export const LINT_RULES = defineRules('quality', 'src/quality/lint.ts', 'tool', {
  'tool-description-missing': ['warning', 'lint: a tool has no description; models choose tools by their descriptions'],
  'tool-description-too-short': [
    'info',
    'lint: a tool description is shorter than policy.quality.minDescriptionLength (default 20 characters)',
  ],
  'tool-name-invalid': [
    'warning',
    "lint: a tool name is outside the spec's recommended ^[A-Za-z0-9._-]{1,128}$; some hosts reject or rewrite it",
  ],
  'tool-descriptions-near-identical': [
    'warning',
    'lint: two tools have identical or near-identical descriptions (word-triple Jaccard ≥ 0.9); models cannot tell them apart',
  ],
  'input-parameter-undocumented': ['info', 'lint: a top-level input parameter has no description'],
  'input-parameter-name-ambiguous': [
    'warning',
    'lint: an undocumented parameter has a name that says nothing (filter, data, input, value, args, …)',
  ],
  'input-required-parameter-has-default': [
    'warning',
    'lint: a required parameter carries a default (a common zod artifact): servers usually accept omission, strict clients do not',
  ],
  'input-schema-invalid': [
    'warning',
    'lint: the inputSchema is not valid JSON Schema for its declared dialect (2020-12 by default; 2019-09, draft-07, draft-06 when declared), or not an object schema',
  ],
  'output-schema-invalid': [
    'warning',
    'lint: the outputSchema is not valid JSON Schema for its declared dialect, or (up to protocol 2025-11-25) not an object schema',
  ],
});

/** A tool and one of its top-level input parameters, as the parameter messages name them. */
interface ParameterArgs {
  tool: string;
  param: string;
}

const LINT_MESSAGES = {
  'tool-description-missing': ({ tool }: { tool: string }) =>
    `Tool "${tool}" has no description; models choose tools by their descriptions, so it may be called for the wrong task or not at all.`,
  'tool-description-too-short': ({ tool, length, minimum }: { tool: string; length: number; minimum: number }) =>
    `Tool "${tool}" has a description of ${length} characters, under the minimum of ${minimum} (policy.quality.minDescriptionLength): say what it does, when to use it and what it returns.`,
  'tool-name-invalid': ({ name, problem }: { name: string; problem: string }) =>
    `Tool name ${q(name)} ${problem}; the MCP spec recommends 1–128 characters from A–Z, a–z, 0–9, "_", "-" and ".", and some hosts reject or rewrite other names.`,
  'tool-descriptions-near-identical': ({ a, b, similarity }: SimilarPair) =>
    `Tools "${a}" and "${b}" have ${similarity >= 1 ? 'identical descriptions' : `near-identical descriptions (${Math.floor(similarity * 100)}% of their word triples shared)`}; a model cannot tell which one to call. Say in each what sets it apart.`,
  'input-parameter-undocumented': ({ tool, param }: ParameterArgs) =>
    `Tool "${tool}": parameter ${q(param)} has no description; models guess its meaning and format from the name alone.`,
  'input-parameter-name-ambiguous': ({ tool, param }: ParameterArgs) =>
    `Tool "${tool}": parameter ${q(param)} has a name that does not say what to pass and no description; models guess its content. Rename it (e.g. what it filters by) or describe it.`,
  'input-required-parameter-has-default': ({ tool, param, value }: ParameterArgs & { value: Json }) =>
    `Tool "${tool}": parameter ${q(param)} is required but has a default (${JSON.stringify(value)}); strict clients always send it, so the default never applies. Make it optional, or drop the default.`,
  'input-schema-invalid': schemaProblemMessage,
  'output-schema-invalid': schemaProblemMessage,
} satisfies MessageTable<keyof typeof LINT_RULES>;

function schemaProblemMessage({ tool, key, problem }: { tool: string; key: SchemaKey; problem: string }): string {
  return `Tool "${tool}": the ${key} is not valid JSON Schema: ${problem}.`;
}

const finding = findingMaker(LINT_RULES, LINT_MESSAGES);

type LintRuleId = keyof typeof LINT_RULES;
/** Where lintTool puts what it finds: findings (collect), or only their rule ids for findings that are counted, not listed. */
type LintSink = <R extends LintRuleId>(rule: R, fields: ChangeFields, args: MessageArgs<typeof LINT_MESSAGES, R>) => void;

/** The spec's recommended tool-name alphabet and length (MCP 2025-11-25, "Tool names"). */
const TOOL_NAME = /^[A-Za-z0-9._-]{1,128}$/;
export const DEFAULT_MIN_DESCRIPTION_LENGTH = 20;
/** Parameter names that do not say what to pass; flagged only when the parameter has no description. */
export const AMBIGUOUS_PARAMETER_NAMES: ReadonlySet<string> = new Set([
  'filter',
  'data',
  'input',
  'value',
  'val',
  'args',
  'arg',
  'arguments',
  'params',
  'param',
  'parameters',
  'options',
  'opts',
  'payload',
  'obj',
  'object',
  'item',
  'info',
  'misc',
  'extra',
  'tmp',
  'temp',
  'x',
  'foo',
]);

export interface LintOptions {
  quality?: QualityPolicy;
  /**
   * Make findings of the unchanged tools (all "existing") too (default true). False counts them per rule in
   * `existingCounts` instead, without building their messages: what a report that only counts them needs.
   */
  listExisting?: boolean;
  /** The diff's findings: renames (so a renamed tool is compared with its old self) and changes already reported. */
  diffFindings?: readonly Finding[];
}

export interface LintResult {
  /** Findings introduced by this change: they count toward the gate. */
  new: Finding[];
  /** Findings the base had too: reported, not gated. */
  existing: Finding[];
  /** With `listExisting: false`: the unchanged tools' findings (existing too, not in `existing`), counted per rule. */
  existingCounts: Map<string, number>;
  /** Head tools that are new or changed (lint compiled their schemas). */
  changedTools: Set<string>;
}

type SchemaKey = 'inputSchema' | 'outputSchema';

interface ToolLintContext {
  minDescription: number;
  /** The head's negotiated protocol version: up to 2025-11-25 an outputSchema root must be an object. */
  protocolVersion?: string;
  /** Checks schema validity; absent for unchanged tools (validity is checked only where the change touched). */
  checker?: SchemaChecker;
  /** The schemas to check with `checker` (those that are new or differ from the base version). */
  schemas?: readonly SchemaKey[];
}

/** A property's description, following one local $ref ("#/$defs/x", "#/definitions/x") when the property is only a reference. */
function describedBy(prop: Json, root: JsonObject): string | undefined {
  if (!isObject(prop)) return undefined;
  if (typeof prop.description === 'string' && prop.description.trim()) return prop.description;
  const ref = prop.$ref;
  const m = typeof ref === 'string' ? /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref) : null;
  const defs = m ? root[m[1]!] : undefined;
  const target = m && isObject(defs) ? defs[unescapePointerToken(m[2]!)] : undefined;
  return isObject(target) && typeof target.description === 'string' && target.description.trim() ? target.description : undefined;
}

function nameProblem(name: string): string | undefined {
  if (TOOL_NAME.test(name)) return undefined;
  if (name.length === 0) return 'is empty';
  if (name.length > 128) return `is ${name.length} characters long (at most 128)`;
  const bad = [...new Set(name.replace(/[A-Za-z0-9._-]/g, ''))]
    .slice(0, 5)
    .map((c) => q(c))
    .join(', ');
  return `contains characters outside A–Z, a–z, 0–9, "_", "-" and "." (${bad})`;
}

/**
 * The number of code points in `text` when it is under `limit`, else some number ≥ `limit`: a description's length
 * is only compared with the minimum, and a code point is one or two UTF-16 units, so most texts need no counting.
 */
function codePointsUpTo(text: string, limit: number): number {
  if (text.length >= 2 * limit) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Every lint finding on one tool definition (subject: `name`, so a renamed tool's base version is linted under its new name). */
function lintTool(tool: ToolDef, name: string, ctx: ToolLintContext): Finding[] {
  const out: Finding[] = [];
  lintToolInto(tool, name, ctx, (rule, fields, args) => out.push(finding(rule, fields, args)));
  return out;
}

/** The rules lintTool applies, each hit given to `emit` (lintTool makes findings of them; counting only tallies the rule). */
function lintToolInto(tool: ToolDef, name: string, ctx: ToolLintContext, emit: LintSink): void {
  const problem = nameProblem(tool.name);
  if (problem) emit('tool-name-invalid', { subject: name, path: '/name', after: tool.name }, { name: tool.name, problem });

  const description = typeof tool.description === 'string' ? tool.description.trim() : '';
  const length = description ? codePointsUpTo(description, ctx.minDescription) : 0;
  if (!description) {
    emit('tool-description-missing', { subject: name, path: '/description' }, { tool: name });
  } else if (length < ctx.minDescription) {
    emit(
      'tool-description-too-short',
      { subject: name, path: '/description', after: tool.description as string },
      { tool: name, length, minimum: ctx.minDescription },
    );
  }

  const input = tool.inputSchema;
  if (isObject(input) && isObject(input.properties)) {
    const required = new Set(Array.isArray(input.required) ? input.required.filter((r): r is string => typeof r === 'string') : []);
    for (const [param, schema] of Object.entries(input.properties)) {
      const path = `/inputSchema/properties/${pointerToken(param)}`;
      if (!describedBy(schema, input)) {
        if (AMBIGUOUS_PARAMETER_NAMES.has(param.toLowerCase()))
          emit('input-parameter-name-ambiguous', { subject: name, path }, { tool: name, param });
        else emit('input-parameter-undocumented', { subject: name, path }, { tool: name, param });
      }
      if (required.has(param) && isObject(schema) && schema.default !== undefined) {
        emit(
          'input-required-parameter-has-default',
          { subject: name, path, after: schema.default },
          { tool: name, param, value: schema.default },
        );
      }
    }
  }

  for (const [key, rule] of [
    ['inputSchema', 'input-schema-invalid'],
    ['outputSchema', 'output-schema-invalid'],
  ] as const) {
    const schema = tool[key];
    if (schema === undefined || !ctx.checker || !ctx.schemas?.includes(key)) continue;
    let problem = ctx.checker.problem(schema);
    if (
      !problem &&
      isObject(schema) &&
      schema.type !== undefined &&
      schema.type !== 'object' &&
      (key === 'inputSchema' || outputRootMustBeObject(ctx.protocolVersion))
    ) {
      problem = `its root type is ${JSON.stringify(schema.type)}; MCP requires "type": "object"`;
    }
    if (problem) emit(rule, { subject: name, path: `/${key}` }, { tool: name, key, problem });
  }
}

function firstByName(tools: readonly ToolDef[]): Map<string, ToolDef> {
  const map = new Map<string, ToolDef>();
  for (const t of tools) if (!map.has(t.name)) map.set(t.name, t);
  return map;
}

const lintKey = (f: Finding) => `${f.rule}\u0000${f.path}`;
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function pairFinding(p: SimilarPair): Finding {
  return finding(
    'tool-descriptions-near-identical',
    { subject: p.b, path: '/description', extra: { other: p.a, similarity: p.similarity } },
    p,
  );
}

/**
 * Lints the head. New and changed tools are linted in full and compared with their base version (same name,
 * or the old name of a rename): what the base version had too is "existing", the rest "new". Their schemas are
 * checked only where new or different from the base version's. Unchanged tools get every rule but schema
 * validity (ajv takes ~0.3 ms per schema: seconds for 10,000 unchanged tools on every run), and all their
 * findings are "existing" (only counted per rule, in `existingCounts`, with `listExisting: false`). A near-identical description pair is "existing" when the base had the same pair; a
 * successor beside its still-registered predecessor (tool-dual-registered), or a pair with a deprecated tool,
 * is not reported.
 */
export async function lintCatalogs(base: Snapshot, head: Snapshot, opts: LintOptions = {}): Promise<LintResult> {
  const minDescription = opts.quality?.minDescriptionLength ?? DEFAULT_MIN_DESCRIPTION_LENGTH,
    protocolVersion = head.protocolVersion;
  const renamedFrom = new Map<string, string>();
  const alreadyReported = new Set<string>();
  const successors = new Set<string>();
  for (const f of opts.diffFindings ?? []) {
    if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
    if (f.rule === 'tool-dual-registered' && typeof f.extra?.from === 'string') successors.add(pairKey(f.extra.from, f.subject));
    if (f.rule.endsWith('required-with-default')) alreadyReported.add(`${f.subject}\u0000${f.path}`);
  }
  const baseTools = firstByName(base.tools);
  const result: LintResult = { new: [], existing: [], existingCounts: new Map(), changedTools: new Set() };
  const countExisting: LintSink = (rule) => result.existingCounts.set(rule, (result.existingCounts.get(rule) ?? 0) + 1);

  const changed: Array<{ name: string; tool: ToolDef; peer: ToolDef | undefined; schemas: SchemaKey[] }> = [];
  for (const [name, tool] of firstByName(head.tools)) {
    const peerName = baseTools.has(name) ? name : renamedFrom.get(name);
    const peer = peerName !== undefined ? baseTools.get(peerName) : undefined;
    const unchanged =
      peer !== undefined &&
      peerName === name &&
      base.hashes.tools[name] !== undefined &&
      base.hashes.tools[name] === head.hashes.tools[name];
    if (unchanged) {
      if (opts.listExisting === false) lintToolInto(tool, name, { minDescription, protocolVersion }, countExisting);
      else result.existing.push(...lintTool(tool, name, { minDescription, protocolVersion }));
      continue;
    }
    result.changedTools.add(name);
    // Schemas equal to the base version's would only repeat what was already there: checked only when new or changed
    // (so a description-only change never loads a validator).
    const schemas = (['inputSchema', 'outputSchema'] as const).filter(
      (k) => tool[k] !== undefined && (!peer || !equalJson(peer[k], tool[k]!)),
    );
    changed.push({ name, tool, peer, schemas });
  }
  // Only the validators of the dialects the checked schemas declare (both versions: the base one is compared) are loaded.
  const checked = changed.flatMap(({ tool, peer, schemas }) => schemas.flatMap((k) => [tool[k], peer?.[k]]).filter((x) => x !== undefined));
  const checker = checked.length ? await loadSchemaChecker(checked) : undefined;
  for (const { name, tool, peer, schemas } of changed) {
    const found = lintTool(tool, name, { minDescription, protocolVersion, checker, schemas });
    // The base version is linted only when there is something to compare (most changed tools lint clean).
    const had = new Set(
      (peer && found.length ? lintTool(peer, name, { minDescription, protocolVersion, checker, schemas }) : []).map(lintKey),
    );
    for (const f of found) {
      if (had.has(lintKey(f))) result.existing.push(f);
      else if (f.rule === 'input-required-parameter-has-default' && alreadyReported.has(`${name}\u0000${f.path}`)) continue;
      else result.new.push(f);
    }
  }

  // A successor registered beside its predecessor, or a deprecated tool, may well keep the same words for a while.
  const deprecated = new Set(head.tools.filter((t) => deprecationOf(t).deprecated).map((t) => t.name));
  const headPairs = nearIdenticalPairs(head.tools).filter(
    (p) => !successors.has(pairKey(p.a, p.b)) && !deprecated.has(p.a) && !deprecated.has(p.b),
  );
  // "Existing" when the two tools' base versions were already that close (compared directly: no second search).
  for (const p of headPairs) {
    const da = baseTools.get(renamedFrom.get(p.a) ?? p.a)?.description,
      db = baseTools.get(renamedFrom.get(p.b) ?? p.b)?.description;
    const before = typeof da === 'string' && typeof db === 'string' ? descriptionSimilarity(da, db) : 0;
    (before >= NEAR_IDENTICAL_JACCARD ? result.existing : result.new).push(pairFinding(p));
  }
  return result;
}
