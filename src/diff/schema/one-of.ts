// oneOf exclusivity: whether a changed oneOf now rejects values that match two branches (or a oneOf → anyOf now accepts them), with the instance that shows it.
import { isObject, type Json, type JsonObject } from '../../findings/json.js';
import { defineRules } from '../../findings/rule-kit.js';
import { ANNOTATION_KEYWORDS, type SchemaDocument } from './document.js';
import { jsonTypeOf, valueHasType, valueKey } from './values.js';
import { KEYWORD_RULES, type KeywordHost } from './keywords.js';
import { ajvCopy, createAjv, dialectOf } from './witness-validator.js';

export const ONE_OF_RULES = defineRules('change', 'src/diff/schema/one-of.ts', 'tool', {
  'input-one-of-overlap': [
    'breaking',
    'oneOf branches now overlap: an argument that matched exactly one branch before now matches two, and oneOf rejects it (the instance is in the finding)',
    'input',
  ],
});

type Validate = (v: Json) => boolean;
/** A branch to draw candidate instances from, with the document its $refs resolve in. */
type Source = [SchemaDocument, Json];

/**
 * Validates instances against subschemas of one document with a real validator (the shared ajv factory, in the
 * document's dialect, with its regex guard); local $refs resolve in the document.
 */
class DocumentValidator {
  private readonly ajv: ReturnType<typeof createAjv>;
  private readonly compiled = new WeakMap<object, Validate | null>();
  private static readonly ROOT = 'mcp-contract:root';

  constructor(root: Json) {
    this.ajv = createAjv(dialectOf(root));
    const copy = ajvCopy(root);
    if (isObject(copy)) {
      const { $id: _i, ...rest } = copy;
      try {
        this.ajv.addSchema(rest as object, DocumentValidator.ROOT);
      } catch {
        // A root ajv refuses (an unsafe pattern, an ill-formed keyword): subschemas that refer into it do not compile.
      }
    }
  }

  /** A validator for a subschema, or undefined when ajv cannot compile it (a remote $ref, an unsafe pattern, …). */
  validator(schema: Json): Validate | undefined {
    if (typeof schema === 'boolean') return () => schema;
    if (!isObject(schema)) return undefined;
    const hit = this.compiled.get(schema);
    if (hit !== undefined) return hit ?? undefined;
    let out: Validate | null = null;
    try {
      const copy = ajvCopy(schema) as JsonObject;
      const { $id: _i, ...rest } = copy;
      const fn = this.ajv.compile(rootedRefs(rest) as object);
      // A $ref that refers to itself without consuming input makes ajv recurse forever: such a value shows nothing.
      out = (v: Json) => {
        try {
          return fn(v) === true;
        } catch {
          return false;
        }
      };
    } catch {
      out = null;
    }
    this.compiled.set(schema, out);
    return out ?? undefined;
  }
}

const VALUE_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** A copy whose local $refs ("#…") point into the registered document root. */
function rootedRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rootedRefs);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#')) out[k] = `mcp-contract:root${v}`;
    else out[k] = VALUE_KEYWORDS.has(k) ? v : rootedRefs(v);
  }
  return out;
}

const MAX_CANDIDATES = 400;
const MAX_DEPTH = 3;
const MAX_STRING_LENGTH = 16;

/**
 * Instances a branch suggests: its listed values, defaults and examples, and typed values at and around its bounds
 * (lengths, counts, numbers), objects with their required (and all declared) properties filled. A witness is
 * looked for among these, and every candidate is checked by the validator: nothing here is trusted as proof.
 */
function candidates(doc: SchemaDocument, schema: Json, depth = 0, out: Json[] = []): Json[] {
  const n = doc.norm(schema);
  if (out.length > MAX_CANDIDATES || depth > MAX_DEPTH || typeof n === 'boolean') return out;
  const push = (v: Json): void => void out.push(v);
  for (const k of ['const', 'default'] as const) if (n[k] !== undefined) push(n[k]!);
  for (const k of ['enum', 'examples'] as const) if (Array.isArray(n[k])) (n[k] as Json[]).slice(0, 20).forEach(push);
  if (n.const !== undefined || Array.isArray(n.enum)) return out;
  const types =
    typeof n.type === 'string'
      ? [n.type]
      : Array.isArray(n.type)
        ? (n.type as string[])
        : ['string', 'number', 'object', 'array', 'boolean', 'null'];
  const num = (k: string): number | undefined => (typeof n[k] === 'number' ? (n[k] as number) : undefined);
  for (const t of types) {
    if (t === 'null') push(null);
    else if (t === 'boolean') [true, false].forEach(push);
    else if (t === 'string') {
      const lengths = [0, 1, 3, num('minLength'), num('maxLength')].flatMap((l) => (l === undefined ? [] : [l - 1, l, l + 1]));
      // Short strings only: a catalog's pattern is untrusted, and a backtracking one stays fast on a few characters.
      for (const l of new Set(lengths)) if (l >= 0 && l <= MAX_STRING_LENGTH) push('a'.repeat(l));
    } else if (t === 'number' || t === 'integer') {
      const points = [
        0,
        1,
        -1,
        num('minimum'),
        num('maximum'),
        num('exclusiveMinimum'),
        num('exclusiveMaximum'),
        num('multipleOf'),
      ].flatMap((x) => (x === undefined ? [] : [x - 1, x, x + 1, x - 0.5, x + 0.5]));
      for (const x of new Set(points)) if (Number.isFinite(x) && (t === 'number' || Number.isInteger(x))) push(x);
    } else if (t === 'array') {
      const items = Array.isArray(n.prefixItems) ? (n.prefixItems as Json[]).map((s) => candidates(doc, s, depth + 1, [])[0] ?? null) : [];
      const each = candidates(doc, n.items ?? true, depth + 1, []).slice(0, 4);
      push(items);
      for (const v of each)
        for (const count of new Set([1, 2, num('minItems') ?? 1, num('maxItems') ?? 1, (num('maxItems') ?? 0) + 1]))
          if (count > 0 && count <= 16) push([...items, ...Array(count).fill(v)]);
    } else if (t === 'object') objectCandidates(doc, n, depth, push);
  }
  return out;
}

function objectCandidates(doc: SchemaDocument, n: JsonObject, depth: number, push: (v: Json) => void): void {
  const props = isObject(n.properties) ? n.properties : {};
  const required = Array.isArray(n.required) ? (n.required as Json[]).filter((k): k is string => typeof k === 'string') : [];
  const options = new Map<string, Json[]>();
  for (const k of new Set([...Object.keys(props), ...required]))
    options.set(
      k,
      candidates(doc, Object.prototype.hasOwnProperty.call(props, k) ? props[k]! : (n.additionalProperties ?? true), depth + 1, []).slice(
        0,
        6,
      ),
    );
  const first = (k: string): Json => options.get(k)?.[0] ?? null;
  const base = Object.fromEntries(required.map((k) => [k, first(k)]));
  push(base);
  push({ ...base, ...Object.fromEntries([...options.keys()].map((k) => [k, first(k)])) });
  // One property varied at a time over its own candidates, the others at their first.
  for (const [k, vs] of options) for (const v of vs.slice(1)) push({ ...base, [k]: v });
}

/** Types a normalised branch admits ('any' when unrestricted), from `type` or its listed values. */
function typesOf(n: JsonObject): string[] {
  if (typeof n.type === 'string') return [n.type];
  if (Array.isArray(n.type)) return n.type as string[];
  const values = n.const !== undefined ? [n.const] : Array.isArray(n.enum) ? (n.enum as Json[]) : undefined;
  return values ? [...new Set(values.map(jsonTypeOf))] : ['any'];
}

const typesMeet = (x: string[], y: string[]): boolean =>
  x.some((t) =>
    y.some((u) => t === u || t === 'any' || u === 'any' || (t === 'integer' && u === 'number') || (t === 'number' && u === 'integer')),
  );

/** The values a normalised schema lists (const/enum), if it lists any. */
const listed = (n: JsonObject | boolean): Json[] | undefined =>
  typeof n === 'boolean' ? undefined : n.const !== undefined ? [n.const] : Array.isArray(n.enum) ? (n.enum as Json[]) : undefined;

/**
 * Whether no instance can match both branches, by a cheap proof: disjoint types, disjoint listed values, a required
 * discriminator property whose listed values differ, a required property the other branch forbids (additionalProperties
 * false), or string lengths that cannot meet. False means "not proven", not "overlapping".
 */
export function provablyDisjoint(doc: SchemaDocument, x: Json, y: Json): boolean {
  const nx = doc.norm(x);
  const ny = doc.norm(y);
  if (nx === false || ny === false) return true;
  if (nx === true || ny === true) return false;
  if (!typesMeet(typesOf(nx), typesOf(ny))) return true;
  const [vx, vy] = [listed(nx), listed(ny)];
  if (vx && vy && !vx.some((v) => vy.some((w) => valueKey(v) === valueKey(w)))) return true;
  if (vx && !vy && vx.every((v) => !typesOf(ny).some((t) => t === 'any' || valueHasType(v, t)))) return true;
  const minLen = (n: JsonObject): number => (typeof n.minLength === 'number' ? n.minLength : 0);
  const maxLen = (n: JsonObject): number => (typeof n.maxLength === 'number' ? n.maxLength : Infinity);
  if (
    typesOf(nx).every((t) => t === 'string') &&
    typesOf(ny).every((t) => t === 'string') &&
    (maxLen(nx) < minLen(ny) || maxLen(ny) < minLen(nx))
  )
    return true;
  return objectsDisjoint(doc, nx, ny) || objectsDisjoint(doc, ny, nx);
}

/** x's required properties against y: a discriminator with other values, or a name y does not allow at all. */
function objectsDisjoint(doc: SchemaDocument, x: JsonObject, y: JsonObject): boolean {
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  const required = Array.isArray(x.required) ? (x.required as Json[]).filter((k): k is string => typeof k === 'string') : [];
  const has = (o: JsonObject, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  for (const k of required) {
    if (!has(py, k)) {
      if (y.additionalProperties === false && y.patternProperties === undefined && typesOf(y).every((t) => t === 'object')) return true;
      continue;
    }
    const vx = has(px, k) ? listed(doc.norm(px[k])) : undefined;
    const vy = listed(doc.norm(py[k]));
    if (vx && vy && !vx.some((v) => vy.some((w) => valueKey(v) === valueKey(w)))) return true;
  }
  return false;
}

/** Every pair of branches that is not provably disjoint, as index pairs. */
function unprovenPairs(doc: SchemaDocument, branches: Json[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < branches.length; i++)
    for (let j = i + 1; j < branches.length; j++) if (!provablyDisjoint(doc, branches[i]!, branches[j]!)) out.push([i, j]);
  return out;
}

/** Runs the exclusivity check at the places the walker meets a changed oneOf (or an anyOf that became one, or back). */
export class OneOfExclusivity {
  private readonly checked = new WeakMap<object, WeakSet<object>>();
  private validators?: [DocumentValidator, DocumentValidator];

  constructor(private readonly host: KeywordHost) {}

  check(bRaw: Json | undefined, aRaw: Json | undefined, nb: JsonObject | boolean, na: JsonObject | boolean, path: string): void {
    if (typeof nb !== 'object' || typeof na !== 'object') return;
    const union = (n: JsonObject, kw: 'oneOf' | 'anyOf'): Json[] | undefined =>
      Array.isArray(n[kw]) && (n[kw] as Json[]).length > 1 ? (n[kw] as Json[]) : undefined;
    const [oneB, oneA] = [union(nb, 'oneOf'), union(na, 'oneOf')];
    if (!oneB && !oneA) return;
    const baseUnion = oneB ?? (Array.isArray(nb.anyOf) ? (nb.anyOf as Json[]) : undefined);
    // A oneOf added beside other keywords is one more conjunct (keywords.ts); a oneOf that is the whole schema replaces it.
    if (oneA && !baseUnion && Object.keys(na).some((k) => k !== 'oneOf' && !ANNOTATION_KEYWORDS.has(k))) return;
    // Once per pair of unions, however many variants or wrappers lead here.
    const key = oneA ?? oneB!;
    const other: object = oneA ? (baseUnion ?? nb) : ((na.anyOf as Json[] | undefined) ?? na);
    let set = this.checked.get(key);
    if (!set) this.checked.set(key, (set = new WeakSet()));
    if (set.has(other)) return;
    set.add(other);
    if (oneA && oneB && this.host.b.key({ oneOf: oneB }) === this.host.a.key({ oneOf: oneA })) return;
    if (oneA) this.overlapGained(bRaw, aRaw, oneB, baseUnion ?? [bRaw ?? true], oneA, path);
    else if (union(na, 'anyOf')) this.exclusivityLost(bRaw, aRaw, oneB!, path);
  }

  private docs(): [DocumentValidator, DocumentValidator] {
    return (this.validators ??= [new DocumentValidator(this.host.b.root), new DocumentValidator(this.host.a.root)]);
  }

  /** A value both sides' sampled branches suggest, the base accepts, the head rejects, and two head branches match. */
  private overlapGained(
    bRaw: Json | undefined,
    aRaw: Json | undefined,
    oneB: Json[] | undefined,
    baseBranches: Json[],
    oneA: Json[],
    path: string,
  ): void {
    const headPairs = unprovenPairs(this.host.a, oneA);
    if (!headPairs.length) return; // every pair of head branches is disjoint: oneOf is anyOf here
    const baseWasExclusive = oneB ? unprovenPairs(this.host.b, oneB).length === 0 : false;
    const sources: Source[] = [...baseBranches.map((m): Source => [this.host.b, m]), ...oneA.map((m): Source => [this.host.a, m])];
    const found = this.search(bRaw, aRaw, oneA, 'head', sources, (inBase, inHead, matches) => inBase && !inHead && matches.length >= 2);
    if (found) {
      const [v, matches] = found;
      const what = `${this.host.lead(path)}${JSON.stringify(v)} was accepted before and now matches oneOf branches ${matches.join(' and ')}; oneOf rejects a value that matches more than one branch`;
      const f = { extra: { instance: v, branches: matches } };
      // Output: the overlap only removes results (narrower, safe); widened branches are reported by the walk itself.
      if (this.host.dir === 'input')
        this.host.emitRule(
          'input-one-of-overlap',
          ONE_OF_RULES['input-one-of-overlap'].severity,
          `${path}/oneOf`,
          `${what}, so callers sending it are now rejected`,
          f,
        );
      else
        this.host.emitRule(
          'output-keyword-narrowed',
          KEYWORD_RULES['output-keyword-narrowed'].severity,
          `${path}/oneOf`,
          `${what}, so the result can no longer be it: readers are unaffected`,
          f,
        );
      return;
    }
    if (!oneB || baseWasExclusive) {
      const [i, j] = headPairs[0]!;
      const before = oneB
        ? 'the oneOf branches were provably disjoint before'
        : baseBranches.length > 1
          ? '`anyOf` became `oneOf`'
          : 'a `oneOf` replaced a single schema';
      this.host.undecidedAt(
        `${path}/oneOf`,
        `${before}, and branches ${i} and ${j} may now overlap (no sampled value matches both, but they are not provably disjoint); a value matching both would be rejected`,
      );
    }
  }

  /** oneOf → anyOf: values that matched two branches were rejected and are accepted now. */
  private exclusivityLost(bRaw: Json | undefined, aRaw: Json | undefined, oneB: Json[], path: string): void {
    if (!unprovenPairs(this.host.b, oneB).length) return;
    const found = this.search(
      bRaw,
      aRaw,
      oneB,
      'base',
      oneB.map((m): Source => [this.host.b, m]),
      (inBase, inHead, matches) => !inBase && inHead && matches.length >= 2,
    );
    if (!found) {
      this.host.undecidedAt(
        `${path}/anyOf`,
        '`oneOf` became `anyOf`, and its branches are not provably disjoint; values matching two branches would now be accepted',
      );
      return;
    }
    const [v, matches] = found;
    const rule = this.host.dir === 'input' ? 'input-keyword-widened' : 'output-keyword-widened';
    const consequence = this.host.dir === 'input' ? 'callers may now also send it' : 'readers may now receive it';
    this.host.emitRule(
      rule,
      KEYWORD_RULES[rule].severity,
      `${path}/anyOf`,
      `${this.host.lead(path)}\`oneOf\` became \`anyOf\`: ${JSON.stringify(v)} matches branches ${matches.join(' and ')}, which oneOf rejected; ${consequence}`,
      {
        extra: { instance: v, branches: matches },
      },
    );
  }

  /**
   * The first candidate (from `sources`' branches) for which `wanted(base accepts, head accepts, indexes of the
   * `counted` branches it matches)` holds, checked with ajv; undefined when none does or a schema cannot be compiled.
   */
  private search(
    bRaw: Json | undefined,
    aRaw: Json | undefined,
    counted: Json[],
    countedSide: 'base' | 'head',
    sources: Source[],
    wanted: (inBase: boolean, inHead: boolean, matches: number[]) => boolean,
  ): [Json, number[]] | undefined {
    const [vb, va] = this.docs();
    const base = vb.validator(bRaw ?? true);
    const head = va.validator(aRaw ?? true);
    const branchDoc = countedSide === 'head' ? va : vb;
    const branches = counted.map((m) => branchDoc.validator(m));
    if (!base || !head || branches.some((f) => !f)) return undefined;
    const seen = new Set<string>();
    for (const [doc, source] of sources) {
      for (const v of candidates(doc, source)) {
        const k = valueKey(v);
        if (seen.has(k)) continue;
        seen.add(k);
        const matches = branches.flatMap((f, i) => (f!(v) ? [i] : []));
        if (wanted(base(v), head(v), matches)) return [v, matches];
      }
    }
    return undefined;
  }
}
