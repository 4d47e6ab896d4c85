// Settles schema verdicts by instances: a validator-checked witness for every breaking schema finding, and a bounded counterexample search behind every schema change called non-breaking.
import { SCHEMA_RULES } from './index.js';
import { KEYWORD_RULES } from './keywords.js';
import { ONE_OF_RULES } from './one-of.js';
import { equalJson, stableJson } from '../../catalog/canonical.js';
import type { Catalog, ToolDef } from '../../catalog/types.js';
import type { Finding } from '../../findings/finding.js';
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { validInstances } from './valid-instances.js';
import { bySize, CandidateGenerator } from './witness-candidates.js';
import { REGEX_INPUT_CAP } from './regex-guard.js';
import { compileSchema, type Compiled, type ValidationError } from './witness-validator.js';
import type { SchemaDirection } from './rules.js';

/**
 * The bounds of the pass. The counts decide in practice and are deterministic: the same diff gives the same
 * findings on a fast and on a loaded machine (a time budget that decides would not, and the gate's verdict must not
 * depend on the machine). The times are a safety net for a pathological schema (one validation of a backtracking
 * pattern cannot be interrupted, so they are checked between validations).
 */
export interface WitnessOptions {
  /** Most instances validated per pair (default 300). */
  maxCandidates?: number;
  /**
   * Most pairs searched per diff (default 200): witnesses for breaking findings first, then the counterexample
   * searches. Past it, a breaking finding gets a note instead of a witness and the remaining pairs are not searched,
   * so a diff with thousands of changed schemas stays bounded.
   */
  maxPairs?: number;
  /** Safety net: time for one pair's search, after both schemas are compiled (default 250 ms). */
  perPairMs?: number;
  /** Safety net: time for the whole pass over one diff, compiling included (default 5000 ms); acts like maxPairs. */
  totalMs?: number;
}

export const DEFAULT_WITNESS_CANDIDATES = 300;
export const DEFAULT_WITNESS_PAIRS = 200;
export const DEFAULT_WITNESS_MS = 250;
export const DEFAULT_WITNESS_TOTAL_MS = 5000;

const SCHEMA_KEY = { input: 'inputSchema', output: 'outputSchema' } as const;
/** What a tool without inputSchema accepts, per the MCP spec. */
const IMPLICIT_INPUT: Json = { type: 'object' };

/** The outcome of one search: an instance the accepting side allows and the rejecting side does not, or why there is none. */
export type SearchResult = { witness: Json; tried: number } | { note: string; tried: number };

/**
 * Which side must accept and which must reject for a change to break a client: an input breaks when the base
 * accepted a call the head rejects; an output breaks when the head may return a value the base rejected.
 */
function sides(direction: SchemaDirection, before: Json, after: Json): { accepting: Json; rejecting: Json } {
  return direction === 'input' ? { accepting: before, rejecting: after } : { accepting: after, rejecting: before };
}

/** Which regex keywords a schema holds anywhere: `pattern` sees string values, the others see property names. */
function regexReach(node: Json, found = { values: false, keys: false }, depth = 0): { values: boolean; keys: boolean } {
  if (depth > 64 || (found.values && found.keys)) return found;
  if (Array.isArray(node)) for (const v of node) regexReach(v, found, depth + 1);
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') found.values = true;
      else if (k === 'patternProperties' || k === 'propertyNames') found.keys = true;
      if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') regexReach(v, found, depth + 1);
    }
  }
  return found;
}

/** Keywords that never change which instances validate here (formats are not asserted: see witness-validator.ts). */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'markdownDescription',
  'default',
  'format',
  'x-order',
]);
const SUBSCHEMA = new Set([
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'allOf',
  'anyOf',
  'oneOf',
  'prefixItems',
]);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);

/**
 * A schema without its annotations, as JSON text: two schemas with the same text accept the same instances, so the
 * search (and ajv) can skip a pair whose change is only descriptions, titles, examples or defaults.
 */
export function validationText(schema: Json): string {
  const strip = (node: Json, depth: number): Json => {
    if (depth > 256) return node;
    if (Array.isArray(node)) return node.map((n) => strip(n, depth + 1));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k)) continue;
      if (SUBSCHEMA.has(k)) out[k] = strip(v, depth + 1);
      else if (SUBSCHEMA_MAP.has(k) && isObject(v))
        out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, strip(sub, depth + 1)]));
      else out[k] = v;
    }
    return out;
  };
  return stableJson(strip(schema, 0));
}

/** Whether an instance keeps every string a regex could read within the cap (see REGEX_INPUT_CAP in regex-guard.ts). */
function withinRegexCap(value: Json, reach: { values: boolean; keys: boolean }): boolean {
  if (typeof value === 'string') return !reach.values || value.length <= REGEX_INPUT_CAP;
  if (Array.isArray(value)) return value.every((v) => withinRegexCap(v, reach));
  if (isObject(value))
    return Object.entries(value).every(([k, v]) => (!reach.keys || k.length <= REGEX_INPUT_CAP) && withinRegexCap(v, reach));
  return true;
}

/**
 * Searches one schema pair for an instance `accepting` allows and `rejecting` does not: first the candidates placed
 * where `path` points (with `hints`, e.g. a finding's before and after values), then the generic ones from the
 * accepting schema's root; smallest first within each, at most `maxCandidates` validated and never past `perPairMs`.
 * Both schemas are compiled with ajv (see witness-validator.ts) and the witness is valid under the one, invalid
 * under the other, checked before it is returned. With `at` (a finding's instance location) the rejecting side must
 * refuse it there too; with `explained` (places graded findings name) it must refuse it somewhere else as well.
 */
export async function searchWitness(
  direction: SchemaDirection,
  before: Json,
  after: Json,
  focus: { path?: string; hints?: Json[]; explained?: string[][]; at?: string[] } = {},
  opts: WitnessOptions = {},
): Promise<SearchResult> {
  const { accepting, rejecting } = sides(direction, before, after);
  const explained = focus.explained ?? [];
  const [acc, rej] = [compileSchema(accepting), compileSchema(rejecting)];
  const failed =
    compileFailure(acc, direction === 'input' ? 'base' : 'head') ?? compileFailure(rej, direction === 'input' ? 'head' : 'base');
  if (failed) return { note: failed, tried: 0 };
  const validUnderAccepting = (acc as Extract<Compiled, { validate: unknown }>).validate;
  const validUnderRejecting = (rej as Extract<Compiled, { validate: unknown }>).validate;
  // A value the rejecting side refuses only where an already graded finding points is that finding's case, not a new
  // one. Telling needs every error: that validator is compiled only when a candidate gets that far.
  // A witness for a finding must be refused (at least also) where that finding points, not only by some other change.
  let everyError: Compiled | undefined;
  const errorsOf = async (candidate: Json): Promise<ValidationError[] | undefined> => {
    everyError ??= compileSchema(rejecting, { allErrors: true });
    return 'validate' in everyError && !everyError.validate(candidate) ? everyError.errors() : undefined;
  };
  const counts = async (candidate: Json): Promise<boolean> => {
    if (!explained.length && !focus.at) return true;
    const errors = await errorsOf(candidate);
    if (!errors) return true; // the every-error validator could not be built: the plain verdict stands
    if (explained.length && errors.every((e) => explainedBy(e, explained))) return false;
    return !focus.at || errors.some((e) => explainedBy(e, [focus.at!]));
  };
  const budgetMs = opts.perPairMs ?? DEFAULT_WITNESS_MS;
  const maxCandidates = opts.maxCandidates ?? DEFAULT_WITNESS_CANDIDATES;
  const deadline = performance.now() + budgetMs;

  const generator = new CandidateGenerator(accepting);
  const reach = regexReach([accepting, rejecting]);
  let tried = 0,
    capped = 0;
  const none = (): string =>
    `${tried} generated instances tried, none valid under the ${direction === 'input' ? 'base' : 'head'} schema and invalid under the ${direction === 'input' ? 'head' : 'base'} one`;
  const seen = new Set<string>();
  const rounds = [
    () => (focus.path ? generator.along(focus.path, focus.hints ?? [], new CandidateGenerator(rejecting)) : []),
    () => generator.rootObjects(maxCandidates + 1),
    // Instances built to be valid under the accepting side: each costs one validation of the rejecting side only.
    () => validInstances(accepting, 64),
    // Last, what the rejecting side's `not` matches (so it rejects): values the accepting side's schema never names,
    // e.g. a property renamed under `not`.
    () => new CandidateGenerator(rejecting).negatedObjects(maxCandidates + 1),
  ];
  for (const round of rounds) {
    for (const candidate of bySize(round())) {
      if (!isObject(candidate)) continue;
      // Generation is deterministic, so plain JSON text (cheaper than the sorted form) names a candidate well enough.
      const key = JSON.stringify(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!withinRegexCap(candidate, reach)) {
        capped++;
        continue;
      }
      if (tried >= maxCandidates) return { note: `${none()} (the cap is ${maxCandidates})`, tried };
      if (performance.now() > deadline) return { note: `the ${budgetMs} ms budget ran out after ${tried} instances`, tried };
      tried++;
      let shows: boolean;
      try {
        shows = validUnderAccepting(candidate) && !validUnderRejecting(candidate) && (await counts(candidate));
      } catch (err) {
        // ajv's code recurses with the instance: a $ref that refers to itself without consuming input never returns.
        const why =
          err instanceof RangeError
            ? 'validation recursed without end (a $ref that refers to itself, e.g. #/properties/x inside x)'
            : String(err);
        return { note: `the schemas cannot be validated instance by instance: ${why}`, tried };
      }
      if (shows) return { witness: candidate, tried };
    }
  }
  const regexNote = capped
    ? `; ${capped} longer candidates skipped: strings a pattern reads are kept to ${REGEX_INPUT_CAP} characters`
    : '';
  return { note: `${none()}${regexNote}`, tried };
}

/**
 * The instance locations a finding's path names, as pointer tokens with `*` for "any element or undeclared property":
 * `/properties/a/items/enum` → ['a', '*']. A path into `$defs` names no instance location (undefined).
 */
export function instanceLocation(path: string): string[] | undefined {
  const segs = path.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!,
      next = segs[i + 1],
      last = i === segs.length - 1;
    if (s === 'properties' && next !== undefined) out.push(segs[++i]!);
    else if ((s === 'items' || s === 'prefixItems') && next !== undefined && /^\d+$/.test(next)) out.push(segs[++i]!);
    else if ((s === 'items' || s === 'additionalProperties') && !last) out.push('*');
    else if ((s === 'anyOf' || s === 'oneOf' || s === 'allOf') && next !== undefined && /^\d+$/.test(next)) i++;
    else if (s === '$defs' || s === 'definitions') return undefined;
    else break;
  }
  return out;
}

function explainedBy(e: ValidationError, locations: string[][]): boolean {
  const at = e.at.split('/').slice(1);
  return locations.some((loc) => loc.length <= at.length && loc.every((t, i) => t === '*' || t === at[i]));
}

function compileFailure(c: Compiled, side: string): string | undefined {
  return 'error' in c ? `ajv cannot compile the ${side} schema: ${c.error}` : undefined;
}

/** The schema-level finding a counterexample turns a non-breaking verdict into (the oracle's safety-net rule ids). */
function counterexampleFinding(tool: string, direction: SchemaDirection, witness: Json, verdict: string): Finding {
  const input = direction === 'input';
  return {
    rule: input ? 'input-schema-narrowed' : 'output-schema-widened',
    severity: 'breaking',
    kind: 'tool',
    subject: tool,
    tool,
    path: `/${SCHEMA_KEY[direction]}`,
    message: input
      ? `Tool "${tool}": the input schema now rejects a call it accepted before: the witness search found arguments the base schema accepts and the head schema rejects, though ${verdict} (look at the keywords around the change)`
      : `Tool "${tool}": the output schema now allows a result it did not allow before: the witness search found a value the head schema allows and the base schema rejects, though ${verdict} (look at the keywords around the change)`,
    extra: { witness },
  };
}

/**
 * Whether a non-breaking finding already names a change in the breaking direction and grades it on purpose, so a
 * counterexample at its place is that finding's own case, not a new one: every warning (an output enum value added,
 * a loosened output bound, a new required input with a default: warnings by the rule table) except
 * `*-schema-inconclusive` (the engine could not tell) and `input-pattern-changed` (a pattern that now rejects old
 * input is a narrowing, `input-pattern-added`'s case); and `output-property-added`, the table's one deliberate "safe"
 * for a widening: a new result field is safe even when the old output schema was closed (readers ignore fields they
 * do not know; zod and pydantic close every object). Other safe and info findings claim that nothing breaks, so a
 * counterexample there proves them wrong. `output-pattern-changed` does acknowledge: an output pattern that now
 * allows more is a loosened output constraint, which the table grades a warning like `output-pattern-removed`.
 */
export function acknowledges(f: Finding): boolean {
  if (f.rule === 'output-property-added') return true;
  // A generator artefact (extra.artefact: the regex a generator writes for a format) names its change and rates it
  // info on purpose: an instance the format or the runtime never let through is that finding's own case.
  if (typeof f.extra?.artefact === 'string') return true;
  return f.severity === 'warning' && !f.rule.endsWith('-schema-inconclusive') && f.rule !== 'input-pattern-changed';
}

/** What the engine said about a pair that had no breaking finding, for the counterexample's message. */
function verdictOf(findings: Finding[]): string {
  if (findings.length === 0) return 'no rule reported a change';
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  return `the engine called the change non-breaking (${rules.slice(0, 4).join(', ')}${rules.length > 4 ? ', …' : ''})`;
}

/**
 * Scalars and list members of a finding's after/before, the new value first: the new bound and its neighbours, the
 * removed enum value, the lost type's value.
 */
function hintsOf(f: Finding): Json[] {
  const out: Json[] = [];
  for (const v of [f.after, f.before]) {
    if (v === undefined) continue;
    if (Array.isArray(v)) out.push(...v.slice(0, 16));
    else if (!isObject(v)) out.push(v);
    if (typeof v === 'number') out.push(v + 1, v - 1);
  }
  return out;
}

interface SchemaPair {
  tool: string;
  direction: SchemaDirection;
  before: Json;
  after: Json;
}

/** Names listed more than once on either side: which definitions a finding compared is not knowable from the name. */
function duplicated(tools: readonly ToolDef[]): Set<string> {
  const seen = new Set<string>(),
    twice = new Set<string>();
  for (const t of tools) (seen.has(t.name) ? twice : seen).add(t.name);
  return twice;
}

/**
 * The rules that speak about the set of valid values (the walker's, the keyword and oneOf rules, the oracle's): only
 * they have an instance to show. Rules on a schema's transport or references (x-mcp-header, network $ref) do not.
 */
const VALUE_SET_RULES: ReadonlySet<string> = new Set(
  [...SCHEMA_RULES, ...Object.values(KEYWORD_RULES), ...Object.values(ONE_OF_RULES)].map((r) => r.id),
);

/** Whether a rule's findings can carry a witness (it is about which values a schema accepts). */
export function speaksOfValues(rule: string): boolean {
  return VALUE_SET_RULES.has(rule);
}

function isSchemaFinding(f: Finding, direction: SchemaDirection): boolean {
  const key = `/${SCHEMA_KEY[direction]}`;
  return (
    f.kind === 'tool' && speaksOfValues(f.rule) && f.rule.startsWith(`${direction}-`) && (f.path === key || f.path.startsWith(`${key}/`))
  );
}

function withExtra(f: Finding, extra: Record<string, Json>): Finding {
  return { ...f, extra: { ...(f.extra ?? {}), ...extra } };
}

/**
 * The post-pass over the findings of every tool whose schemas changed (canonical catalogs, as the diff compares).
 * Each breaking input or output schema finding gets `extra.witness` (checked against both schemas) or `extra.witnessNote`
 * (why none was found). A changed pair without a breaking finding in its direction is searched too: a
 * counterexample adds `input-schema-narrowed` / `output-schema-widened` with its witness. Tools whose schemas did
 * not change are never searched. Renamed tools are compared with the definition they were renamed from.
 */
export async function attachWitnesses(base: Catalog, head: Catalog, findings: Finding[], opts: WitnessOptions = {}): Promise<Finding[]> {
  const baseByName = new Map(base.tools.map((t) => [t.name, t] as const));
  const headByName = new Map(head.tools.map((t) => [t.name, t] as const));
  const twice = new Set([...duplicated(base.tools), ...duplicated(head.tools)]);
  const renamedFrom = new Map<string, string>();
  for (const f of findings) if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);

  const out = [...findings];
  const pairs: SchemaPair[] = [];
  for (const [name, h] of headByName) {
    const b = baseByName.get(renamedFrom.get(name) ?? name);
    if (!b || twice.has(name)) continue;
    for (const direction of ['input', 'output'] as const) {
      const key = SCHEMA_KEY[direction];
      const before = b[key] as Json | undefined,
        after = h[key] as Json | undefined;
      if (equalJson(before ?? null, after ?? null)) continue;
      if (direction === 'output' && (before === undefined || after === undefined)) continue; // presence rules, no instance to show
      pairs.push({ tool: name, direction, before: before ?? IMPLICIT_INPUT, after: after ?? IMPLICIT_INPUT });
    }
  }
  const pairOf = new Map(pairs.map((p) => [`${p.tool}\u0000${p.direction}`, p] as const));
  const totalMs = opts.totalMs ?? DEFAULT_WITNESS_TOTAL_MS;
  const maxPairs = opts.maxPairs ?? DEFAULT_WITNESS_PAIRS;
  const deadline = performance.now() + totalMs;
  let searched = 0;
  const breakingIn = new Map<string, number>();
  for (const f of findings) {
    const d = isSchemaFinding(f, 'input') ? 'input' : isSchemaFinding(f, 'output') ? 'output' : undefined;
    if (d && f.severity === 'breaking') breakingIn.set(`${f.subject}\u0000${d}`, (breakingIn.get(`${f.subject}\u0000${d}`) ?? 0) + 1);
  }
  /** Why no further pair may be searched in this diff, or undefined while the budget lasts. */
  const spent = (): string | undefined =>
    searched >= maxPairs
      ? `the witness budget of this diff (${maxPairs} schema pairs searched) was used up before this finding`
      : performance.now() > deadline
        ? `the witness budget of this diff (${totalMs} ms for all changed schemas) ran out before this finding`
        : undefined;

  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (f.severity !== 'breaking' || f.kind !== 'tool') continue;
    const direction = isSchemaFinding(f, 'input') ? 'input' : isSchemaFinding(f, 'output') ? 'output' : undefined;
    if (!direction) continue;
    if (twice.has(f.subject)) {
      out[i] = withExtra(f, {
        witnessNote: 'the tool name is listed more than once, so which two definitions this finding compares is ambiguous',
      });
      continue;
    }
    const pair = pairOf.get(`${f.subject}\u0000${direction}`);
    if (!pair) {
      out[i] = withExtra(f, {
        witnessNote:
          direction === 'output'
            ? 'one side declares no outputSchema: the contract itself is gone, no single value shows it'
            : 'the schemas of this pair could not be found again',
      });
      continue;
    }
    const over = spent();
    if (over) {
      out[i] = withExtra(f, { witnessNote: over });
      continue;
    }
    searched++;
    const path = f.path.slice(SCHEMA_KEY[direction].length + 1);
    // A finding on a property itself (added, removed, renamed, became required) is about its object: a rename's call
    // is refused for the new name's absence, not at the old name.
    // With one breaking finding in the pair any witness is its own; the check (an extra compile) is for two or more.
    const location = breakingIn.get(`${f.subject}\u0000${direction}`)! > 1 ? instanceLocation(path) : undefined;
    const at = location && /\/properties\/[^/]+$/.test(path) ? location.slice(0, -1) : location;
    const result = await searchWitness(direction, pair.before, pair.after, { path, hints: hintsOf(f), ...(at ? { at } : {}) }, opts);
    out[i] = withExtra(f, 'witness' in result ? { witness: result.witness } : { witnessNote: result.note });
  }

  for (const pair of pairs) {
    const own = findings.filter((f) => f.subject === pair.tool && isSchemaFinding(f, pair.direction));
    if (own.some((f) => f.severity === 'breaking')) continue;
    if (validationText(pair.before) === validationText(pair.after)) continue; // only annotations changed: no instance tells them apart
    if (spent()) break;
    searched++;
    const explained = own
      .filter(acknowledges)
      .map((f) => instanceLocation(f.path.slice(SCHEMA_KEY[pair.direction].length + 1)))
      .filter((l): l is string[] => l !== undefined);
    const result = await searchWitness(pair.direction, pair.before, pair.after, { explained }, opts);
    if ('witness' in result) out.push(counterexampleFinding(pair.tool, pair.direction, result.witness, verdictOf(own)));
  }
  return out;
}
