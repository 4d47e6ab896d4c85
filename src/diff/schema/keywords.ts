// The keyword table: every assertion and applicator keyword of JSON Schema drafts 04–2020-12 (+ OpenAPI `nullable`), with its polarity and how its subschemas are compared.
import type { Severity } from '../../findings/finding.js';
import { isObject, pointerToken, type Json, type JsonObject } from '../../findings/json.js';
import { defineRules } from '../../findings/rule-kit.js';
import type { SchemaDocument } from './document.js';
import type { SchemaDirection } from './rules.js';
import type { SchemaChange, SchemaComparison } from './comparison.js';

export type Dialect = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12' | 'openapi-3.0';

/**
 * How a keyword is compared:
 * - `walker`: by the walker's own code (types, values, bounds, properties, items);
 * - `spelling`: rewritten to its 2020-12 form before comparing (normalize.ts, document.ts), so dialects compare equal;
 * - `annotation`: never changes which values validate;
 * - `subschema`: one subschema, same polarity (a wider subschema accepts more);
 * - `negated`: one subschema, flipped polarity (a wider subschema under `not` accepts less);
 * - `schema-map`: names or patterns → subschemas, same polarity, entry by entry;
 * - `name-lists`: names → lists of names required alongside;
 * - `conditional`: if/then/else, compared as one group;
 * - `conjunction` / `union`: allOf that could not be merged, anyOf/oneOf beside other keywords, member by member;
 * - `count-bound`: minContains/maxContains, bounds on how many items match `contains`;
 * - `dynamic`: resolved through the dynamic scope at validation time, never statically.
 */
export type KeywordCompare =
  | 'walker'
  | 'spelling'
  | 'annotation'
  | 'subschema'
  | 'negated'
  | 'schema-map'
  | 'name-lists'
  | 'conditional'
  | 'conjunction'
  | 'union'
  | 'count-bound'
  | 'dynamic';

export interface KeywordSpec {
  /** The first dialect that defines the keyword (and the last, when a later one dropped or renamed it). */
  since: Dialect;
  until?: Dialect;
  compare: KeywordCompare;
  /**
   * `conjunct`: an assertion or applicator: adding it adds a conjunct (the schema accepts the same or less), removing it
   * accepts the same or more. `none`: an annotation, or a keyword that only modifies another (then/else without if).
   */
  polarity: 'conjunct' | 'none';
}

const spec = (since: Dialect, compare: KeywordCompare, polarity: KeywordSpec['polarity'] = 'conjunct', until?: Dialect): KeywordSpec => ({
  since,
  compare,
  polarity,
  ...(until ? { until } : {}),
});

/** Every keyword of drafts 04, 06, 07, 2019-09 and 2020-12, and OpenAPI 3.0's `nullable`. */
export const KEYWORDS: Readonly<Record<string, KeywordSpec>> = {
  // Any instance.
  type: spec('draft-04', 'walker'),
  enum: spec('draft-04', 'walker'),
  const: spec('draft-06', 'walker'),
  nullable: spec('openapi-3.0', 'spelling'), // type + "null" (normalize.ts)
  // Numbers.
  multipleOf: spec('draft-04', 'walker'),
  minimum: spec('draft-04', 'walker'),
  maximum: spec('draft-04', 'walker'),
  exclusiveMinimum: spec('draft-04', 'walker'), // draft-04's boolean form becomes the numeric one (document.ts)
  exclusiveMaximum: spec('draft-04', 'walker'),
  // Strings.
  minLength: spec('draft-04', 'walker'),
  maxLength: spec('draft-04', 'walker'),
  pattern: spec('draft-04', 'walker'),
  format: spec('draft-04', 'walker'),
  // Arrays.
  items: spec('draft-04', 'walker'), // draft-04–2019-09 array form becomes prefixItems (document.ts)
  prefixItems: spec('2020-12', 'walker'),
  additionalItems: spec('draft-04', 'spelling', 'conjunct', '2019-09'), // becomes items beside prefixItems
  minItems: spec('draft-04', 'walker'),
  maxItems: spec('draft-04', 'walker'),
  uniqueItems: spec('draft-04', 'walker'),
  contains: spec('draft-06', 'subschema'),
  minContains: spec('2019-09', 'count-bound'),
  maxContains: spec('2019-09', 'count-bound'),
  unevaluatedItems: spec('2019-09', 'subschema'),
  // Objects.
  properties: spec('draft-04', 'walker'),
  required: spec('draft-04', 'walker'),
  additionalProperties: spec('draft-04', 'walker'),
  minProperties: spec('draft-04', 'walker'),
  maxProperties: spec('draft-04', 'walker'),
  patternProperties: spec('draft-04', 'schema-map'),
  propertyNames: spec('draft-06', 'subschema'),
  dependencies: spec('draft-04', 'spelling', 'conjunct', 'draft-07'), // arrays → dependentRequired, schemas → dependentSchemas
  dependentRequired: spec('2019-09', 'name-lists'),
  dependentSchemas: spec('2019-09', 'schema-map'),
  unevaluatedProperties: spec('2019-09', 'subschema'),
  // Applicators.
  allOf: spec('draft-04', 'conjunction'),
  anyOf: spec('draft-04', 'union'),
  oneOf: spec('draft-04', 'union'), // exclusivity: one-of.ts
  not: spec('draft-04', 'negated'),
  if: spec('draft-07', 'conditional'),
  then: spec('draft-07', 'conditional', 'none'),
  else: spec('draft-07', 'conditional', 'none'),
  // References.
  $ref: spec('draft-04', 'walker'), // local refs followed, others reported (document.ts, walker.ts)
  $recursiveRef: spec('2019-09', 'dynamic', 'conjunct', '2019-09'),
  $dynamicRef: spec('2020-12', 'dynamic'),
  // Identifiers and annotations.
  ...Object.fromEntries(
    (
      [
        ['$schema', 'draft-04'],
        ['id', 'draft-04'],
        ['$id', 'draft-06'],
        ['definitions', 'draft-04'],
        ['$defs', '2019-09'],
        ['$anchor', '2019-09'],
        ['$recursiveAnchor', '2019-09'],
        ['$dynamicAnchor', '2020-12'],
        ['$vocabulary', '2019-09'],
        ['$comment', 'draft-07'],
        ['title', 'draft-04'],
        ['description', 'draft-04'],
        ['default', 'draft-04'],
        ['examples', 'draft-06'],
        ['readOnly', 'draft-07'],
        ['writeOnly', 'draft-07'],
        ['deprecated', '2019-09'],
        ['contentMediaType', 'draft-07'],
        ['contentEncoding', 'draft-07'],
        ['contentSchema', '2019-09'],
      ] as const
    ).map(([k, since]) => [k, spec(since, 'annotation', 'none')]),
  ),
};

/** The keywords this module compares one by one, from the table (contains and its count bounds go as one group, as do if/then/else). */
const TABLE_COMPARED = Object.keys(KEYWORDS).filter(
  (k) =>
    k !== 'contains' &&
    ['subschema', 'negated', 'schema-map', 'name-lists', 'conjunction', 'union', 'dynamic'].includes(KEYWORDS[k]!.compare),
);

const EMITTER = 'src/diff/schema/keywords.ts';

/** The rules of keyword-level changes the walker has no narrower rule for (an assertion added or removed, a negated or conditional subschema moved). */
export const KEYWORD_RULES = defineRules('change', EMITTER, 'tool', {
  'input-keyword-narrowed': [
    'breaking',
    'an assertion keyword was added (not, if/then/else, contains, propertyNames, patternProperties, dependentRequired, dependentSchemas, allOf/anyOf members, …) or its subschema now rejects more: some arguments accepted before are rejected',
    'input',
  ],
  'input-keyword-widened': [
    'safe',
    'an assertion keyword was removed or its subschema now accepts more: every argument accepted before is still accepted',
    'input',
  ],
  'output-keyword-narrowed': [
    'safe',
    'an assertion keyword was added to the output schema or its subschema now rejects more: readers see the same or fewer kinds of result',
    'output',
  ],
  'output-keyword-widened': [
    'breaking',
    'an assertion keyword was removed from the output schema or its subschema now accepts more: readers may receive results the old schema excluded',
    'output',
  ],
});

/** What the keyword comparison needs from the walker that runs it. */
export interface KeywordHost {
  readonly dir: SchemaDirection;
  readonly b: SchemaDocument;
  readonly a: SchemaDocument;
  /** Compares two subschemas in the walker's direction. */
  node(before: Json | undefined, after: Json | undefined, path: string): void;
  /** Compares two subschemas in the output direction (for `not`), returning what it found instead of reporting it. */
  negated(before: Json | undefined, after: Json | undefined, path: string): SchemaComparison;
  emitRule(
    rule: string,
    severity: Severity,
    path: string,
    message: string,
    f?: { before?: Json; after?: Json; extra?: Record<string, Json> },
  ): void;
  undecidedAt(path: string, why: string): void;
  lead(path: string): string;
}

/** Longest keyword value a message quotes in full; the finding's before/after carry the whole value. */
const MAX_SHOWN = 160;

/** A shown keyword value (catalog text: JSON-quoted, so quotes and newlines stay visible), shortened when long. */
function shown(v: Json | undefined): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
}
const names = (ks: string[]): string => ks.map((k) => JSON.stringify(k)).join(', ');

/**
 * Compares the keywords of two normalised nodes that the walker's own code does not read (the table's subschema,
 * negated, schema-map, name-lists, conditional, conjunction, union, count-bound and dynamic rows). Each pair of
 * nodes is compared once, however many type variants share it.
 */
export class KeywordComparison {
  private readonly done = new WeakMap<object, WeakSet<object>>();

  constructor(private readonly host: KeywordHost) {}

  compare(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    let set = this.done.get(b);
    if (!set) this.done.set(b, (set = new WeakSet()));
    if (set.has(a)) return;
    set.add(a);
    const counting = ['contains', 'minContains', 'maxContains'].filter((kw) => b[kw] !== undefined || a[kw] !== undefined);
    if (counting.some((kw) => !this.sameKeyword(b, a, kw))) this.contains(b, a, bPath, aPath);
    for (const kw of TABLE_COMPARED) {
      if (b[kw] === undefined && a[kw] === undefined) continue;
      if (this.sameKeyword(b, a, kw)) continue;
      this.keyword(kw, b, a, bPath, aPath);
    }
    this.conditional(b, a, bPath, aPath);
  }

  private sameKeyword(b: JsonObject, a: JsonObject, kw: string): boolean {
    return this.host.b.key({ [kw]: b[kw] ?? true } as Json) === this.host.a.key({ [kw]: a[kw] ?? true } as Json);
  }

  private keyword(kw: string, b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const compare = KEYWORDS[kw]!.compare;
    const path = `${a[kw] !== undefined ? aPath : bPath}/${kw}`;
    if (compare === 'dynamic') {
      this.host.undecidedAt(
        path,
        `\`${kw}\` changed from ${shown(b[kw])} to ${shown(a[kw])}; it is resolved through the dynamic scope at validation time (the schema it means depends on which schema included this one), so it cannot be compared statically`,
      );
      return;
    }
    if (compare === 'schema-map' || compare === 'name-lists') return this.entries(kw, b, a, bPath, aPath);
    if (a[kw] === undefined) return this.moved('widened', path, `\`${kw}\` ${shown(b[kw])} removed`, { before: b[kw] });
    if (b[kw] === undefined) return this.moved('narrowed', path, `\`${kw}\` ${shown(a[kw])} added`, { after: a[kw] });
    if (compare === 'subschema') return this.host.node(b[kw], a[kw], path);
    if (compare === 'negated') return this.not(b.not, a.not, path);
    if (compare === 'conjunction') return this.allOf(b.allOf as Json[], a.allOf as Json[], bPath, aPath);
    // anyOf/oneOf beside other keywords: one more conjunct, its branches compared as a union of their own.
    this.host.node({ [kw]: b[kw]! }, { [kw]: a[kw]! }, aPath);
  }

  /** Reports a keyword-level move: narrowed (rejects more) or widened (accepts more), with the severity of the direction. */
  private moved(
    how: 'narrowed' | 'widened',
    path: string,
    what: string,
    f: { before?: Json; after?: Json; extra?: Record<string, Json> },
  ): void {
    const dir = this.host.dir;
    const rule =
      dir === 'input'
        ? how === 'narrowed'
          ? 'input-keyword-narrowed'
          : 'input-keyword-widened'
        : how === 'narrowed'
          ? 'output-keyword-narrowed'
          : 'output-keyword-widened';
    const consequence =
      how === 'narrowed'
        ? dir === 'input'
          ? 'the schema now accepts the same or fewer values: callers sending values it excludes are now rejected'
          : 'the result can only hold the same or fewer values: readers are unaffected'
        : dir === 'input'
          ? 'the schema now accepts the same or more values: every call accepted before still is'
          : 'the result may now hold values the old schema excluded: readers that relied on it may break';
    this.host.emitRule(
      rule,
      KEYWORD_RULES[rule].severity,
      path,
      `${this.host.lead(path.replace(/\/[^/]*$/, ''))}${what}; ${consequence}`,
      f,
    );
  }

  /**
   * `not`: the negated subschemas are walked in the output direction, whose severities say which way the set of matching
   * values moved (breaking or a loosening warning: it matches more; safe: fewer). Matching more under `not` accepts less.
   */
  private not(b: Json, a: Json, path: string): void {
    const inner = this.host.negated(b, a, path);
    const matchesMore: string[] = [];
    const matchesFewer: string[] = [];
    const unsure = [...inner.reasons];
    for (const c of inner.changes) {
      if (c.severity === 'info') continue;
      if (UNORDERED_OUTPUT_RULES.has(c.rule)) unsure.push(describeInner(c));
      else (c.severity === 'safe' ? matchesFewer : matchesMore).push(describeInner(c));
    }
    if (unsure.length) {
      this.host.undecidedAt(
        path,
        `the subschema under \`not\` changed in a way the walker cannot order (${unsure.join('; ')}), so whether \`not\` now excludes more or fewer values is undecided`,
      );
      return;
    }
    if (matchesMore.length)
      this.moved('narrowed', path, `the subschema under \`not\` now matches more values (${matchesMore.join('; ')}), so it excludes more`, {
        before: b,
        after: a,
        extra: { keyword: 'not', inner: matchesMore },
      });
    if (matchesFewer.length)
      this.moved(
        'widened',
        path,
        `the subschema under \`not\` now matches fewer values (${matchesFewer.join('; ')}), so it excludes less`,
        { before: b, after: a, extra: { keyword: 'not', inner: matchesFewer } },
      );
  }

  /** `contains` with its count bounds: an array must hold between minContains (default 1) and maxContains matching items. */
  private contains(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const min = (s: JsonObject): number => (s.contains === undefined ? 0 : typeof s.minContains === 'number' ? s.minContains : 1);
    const max = (s: JsonObject): number => (s.contains === undefined || typeof s.maxContains !== 'number' ? Infinity : s.maxContains);
    const path = `${a.contains !== undefined ? aPath : bPath}/contains`;
    const [activeB, activeA] = [min(b) > 0 || max(b) < Infinity, min(a) > 0 || max(a) < Infinity];
    if (!activeA && !activeB) return;
    if (!activeB) return this.moved('narrowed', path, `\`contains\` ${shown(a.contains)} added`, { after: a.contains });
    if (!activeA) return this.moved('widened', path, `\`contains\` ${shown(b.contains)} removed`, { before: b.contains });
    if (this.host.b.key(b.contains) !== this.host.a.key(a.contains)) this.host.node(b.contains, a.contains, path);
    for (const [kw, vb, va, tighter] of [
      ['minContains', min(b), min(a), min(a) > min(b)],
      ['maxContains', max(b), max(a), max(a) < max(b)],
    ] as const) {
      if (vb === va) continue;
      const p = `${a[kw] !== undefined ? aPath : bPath}/${kw}`;
      this.moved(tighter ? 'narrowed' : 'widened', p, `\`${kw}\` changed from ${vb} to ${va} (items matching \`contains\`)`, {
        before: b[kw],
        after: a[kw],
      });
    }
  }

  /** patternProperties, dependentSchemas, dependentRequired: an entry added is a conjunct, one removed accepts more, a changed one is compared. */
  private entries(kw: string, b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const mb = isObject(b[kw]) ? (b[kw] as JsonObject) : {};
    const ma = isObject(a[kw]) ? (a[kw] as JsonObject) : {};
    const at = (k: string): string => `${Object.prototype.hasOwnProperty.call(ma, k) ? aPath : bPath}/${kw}/${pointerToken(k)}`;
    const keys = [...new Set([...Object.keys(mb), ...Object.keys(ma)])].sort();
    for (const k of keys) {
      const [vb, va] = [own(mb, k), own(ma, k)];
      if (kw === 'patternProperties' && (vb === undefined || va === undefined) && constrainsOthers(vb === undefined ? a : b)) {
        // A pattern also takes the names it matches out of additionalProperties' reach: it accepts some names and constrains others.
        this.host.undecidedAt(
          at(k),
          `pattern ${JSON.stringify(k)} was ${vb === undefined ? 'added to' : 'removed from'} \`patternProperties\` beside \`additionalProperties\`; matching names are constrained by the pattern's schema ${vb === undefined ? 'instead of' : 'again by'} additionalProperties', so the change both accepts and rejects values`,
        );
        continue;
      }
      if (kw === 'dependentRequired') {
        const lb = Array.isArray(vb) ? (vb as string[]) : [];
        const la = Array.isArray(va) ? (va as string[]) : [];
        const added = la.filter((n) => !lb.includes(n));
        const removed = lb.filter((n) => !la.includes(n));
        const whenPresent = `whenever ${JSON.stringify(k)} is present`;
        if (added.length)
          this.moved('narrowed', at(k), `\`dependentRequired\` now also requires ${names(added)} ${whenPresent}`, {
            before: vb,
            after: va,
            extra: { keyword: kw, name: k, added },
          });
        if (removed.length)
          this.moved('widened', at(k), `\`dependentRequired\` no longer requires ${names(removed)} ${whenPresent}`, {
            before: vb,
            after: va,
            extra: { keyword: kw, name: k, removed },
          });
        continue;
      }
      const entry = kw === 'patternProperties' ? `pattern ${JSON.stringify(k)}` : `the schema applied when ${JSON.stringify(k)} is present`;
      if (vb === undefined) this.moved('narrowed', at(k), `\`${kw}\`: ${entry} added`, { after: va, extra: { keyword: kw, name: k } });
      else if (va === undefined)
        this.moved('widened', at(k), `\`${kw}\`: ${entry} removed`, { before: vb, extra: { keyword: kw, name: k } });
      else this.host.node(vb, va, at(k));
    }
  }

  /** allOf members that could not be merged: equal members pair up, the rest pair by position; extra members are conjuncts. */
  private allOf(mb: Json[], ma: Json[], bPath: string, aPath: string): void {
    const leftB = mb.map((m, i) => ({ m, i, k: this.host.b.key(m) }));
    const leftA = ma.map((m, i) => ({ m, i, k: this.host.a.key(m) }));
    for (const x of [...leftB]) {
      const j = leftA.findIndex((y) => y.k === x.k);
      if (j < 0) continue;
      leftA.splice(j, 1);
      leftB.splice(leftB.indexOf(x), 1);
    }
    const paired = Math.min(leftB.length, leftA.length);
    for (let i = 0; i < paired; i++) this.host.node(leftB[i]!.m, leftA[i]!.m, `${aPath}/allOf/${leftA[i]!.i}`);
    for (const y of leftA.slice(paired))
      this.moved('narrowed', `${aPath}/allOf/${y.i}`, `\`allOf\` member ${shown(y.m)} added`, { after: y.m });
    for (const x of leftB.slice(paired))
      this.moved('widened', `${bPath}/allOf/${x.i}`, `\`allOf\` member ${shown(x.m)} removed`, { before: x.m });
  }

  /**
   * if/then/else as one group: without `if`, then/else do nothing. A group added is a conjunct; with the same `if`, then
   * and else are compared like any subschema. A changed `if` moves values between the branches: undecidable here.
   */
  private conditional(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const group = (s: JsonObject): Json | undefined =>
      s.if !== undefined && (s.then !== undefined || s.else !== undefined)
        ? { if: s.if, then: s.then ?? true, else: s.else ?? true }
        : undefined;
    const [gb, ga] = [group(b), group(a)];
    if (gb === undefined && ga === undefined) return;
    if (this.host.b.key(gb) === this.host.a.key(ga)) return;
    if (gb === undefined)
      return this.moved(
        'narrowed',
        `${aPath}/if`,
        `a conditional (if ${shown(a.if)}${a.then !== undefined ? ` then ${shown(a.then)}` : ''}${a.else !== undefined ? ` else ${shown(a.else)}` : ''}) was added`,
        { after: ga },
      );
    if (ga === undefined) return this.moved('widened', `${bPath}/if`, `the conditional (if ${shown(b.if)}) was removed`, { before: gb });
    const sameIf = this.host.b.key(b.if) === this.host.a.key(a.if);
    const [tb, ta, eb, ea] = [b.then ?? true, a.then ?? true, b.else ?? true, a.else ?? true];
    if (!sameIf && !(this.host.b.key(tb) === this.host.b.key(eb) && this.host.a.key(ta) === this.host.a.key(ea))) {
      this.host.undecidedAt(
        `${aPath}/if`,
        `\`if\` changed from ${shown(b.if)} to ${shown(a.if)}; that moves values between the \`then\` and the \`else\` branch, so whether the schema now accepts more or fewer depends on values matching one branch and not the other, which the walker cannot enumerate`,
      );
      return;
    }
    if (!sameIf) {
      // then ≡ else on both sides: the condition selects nothing, the group is the branch itself.
      this.host.node(tb, ta, `${aPath}/then`);
      return;
    }
    if (this.host.b.key(tb) !== this.host.a.key(ta)) this.host.node(tb, ta, `${aPath}/then`);
    if (this.host.b.key(eb) !== this.host.a.key(ea)) this.host.node(eb, ea, `${aPath}/else`);
  }
}

function own(o: JsonObject, k: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

/** Whether additionalProperties restricts the names patterns do not match (false or a schema other than true/{}). */
function constrainsOthers(s: JsonObject): boolean {
  return (
    s.additionalProperties !== undefined &&
    s.additionalProperties !== true &&
    !(isObject(s.additionalProperties) && Object.keys(s.additionalProperties).length === 0)
  );
}

/** Output rules that do not say which way the set of values moved (a changed pattern or format, a rename, an inconclusive change). */
const UNORDERED_OUTPUT_RULES = new Set([
  'output-property-renamed',
  'output-pattern-changed',
  'output-format-changed',
  'output-schema-inconclusive',
]);

/** An inner change named without its direction (the inner walk ran the other way): "type-widened at /not/type". */
function describeInner(c: SchemaChange): string {
  return `${c.rule.replace(/^(input|output)-/, '').replace(/-/g, ' ')} at ${c.path || '/'}`;
}

/**
 * Why a pair that uses `$dynamicRef`/`$recursiveRef` cannot be compared statically, when the subschemas carrying a
 * dynamic (or recursive) anchor changed: which of them a dynamic reference means is resolved through the dynamic scope
 * at validation time, so the walker, which compares the reference itself, would see no change. Undefined otherwise.
 */
export function dynamicScopeReason(b: SchemaDocument, a: SchemaDocument): string | undefined {
  const [sb, sa] = [dynamicScope(b.root), dynamicScope(a.root)];
  if (!sb.refs && !sa.refs) return undefined;
  if (sb.anchors.map((n) => b.key(n[1])).join('\n') === sa.anchors.map((n) => a.key(n[1])).join('\n') && sb.names === sa.names)
    return undefined;
  return 'the subschemas carrying `$dynamicAnchor`/`$recursiveAnchor` changed, and `$dynamicRef`/`$recursiveRef` resolves to one of them through the dynamic scope at validation time, so the change cannot be compared statically';
}

/** Whether a schema uses a dynamic reference, and every subschema that carries a dynamic (or recursive) anchor, in document order. */
function dynamicScope(root: Json): { refs: boolean; anchors: Array<[string, Json]>; names: string } {
  let refs = false;
  const anchors: Array<[string, Json]> = [];
  const visit = (node: Json, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) for (const v of node) visit(v, depth + 1);
    else if (isObject(node)) {
      if (node.$dynamicRef !== undefined || node.$recursiveRef !== undefined) refs = true;
      for (const kw of ['$dynamicAnchor', '$recursiveAnchor'])
        if (node[kw] !== undefined) anchors.push([`${kw}=${JSON.stringify(node[kw])}`, node]);
      for (const [k, v] of Object.entries(node))
        if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') visit(v, depth + 1);
    }
  };
  visit(root, 0);
  return { refs, anchors, names: anchors.map((x) => x[0]).join('\n') };
}
