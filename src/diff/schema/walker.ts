// The directional JSON Schema walker: finds each structural change between two schemas and names it with an input-* or output-* rule (messages.ts words it).
import type { Json, JsonObject } from '../../findings/json.js';
import type { Severity } from '../../findings/finding.js';
import { isObject, pointerToken } from '../../findings/json.js';
import { MAX_SCHEMA_DEPTH, SchemaDocument, SchemaTooDeep, isSchemaValue, type Schema } from './document.js';
import { generatorOfFormatPattern } from './format-patterns.js';
import { dynamicScopeReason, KeywordComparison } from './keywords.js';
import {
  schemaMessage,
  placeLead,
  undecidedReason,
  unreadKeywordsReason,
  walkerMessage,
  type CountUnit,
  type MessageArgs,
  type NumericBound,
  type SharedDefinition,
} from './messages.js';
import { OneOfExclusivity } from './one-of.js';
import type { SchemaChange, SchemaComparison } from './comparison.js';
import { pairPropertyRenames } from './property-renames.js';
import { directed, type DirectedRule, type IdsOf, type SchemaDirection } from './rules.js';
import { jsonTypeOf, valueHasType, valueKey } from './values.js';

/**
 * The walker's rules: one row per change kind, its literal rule id and default severity for input and for output, so
 * one walker serves both directions; `null` where the kind is never emitted in that direction (an added output field
 * is `output-property-added` whatever its status). Severities follow RULES.md; kinds that had no output twin there take
 * the mirrored severity: narrowing an output is safe, loosening a constraint on an output is a warning, widening an
 * output's type is breaking.
 */
export const WALKER_RULES = {
  'property-added-required': {
    input: ['input-property-added-required', 'breaking'],
    output: null,
    description: 'a new required property without a default: old calls omit it and are rejected',
  },
  'property-added-required-with-default': {
    input: ['input-property-added-required-with-default', 'warning'],
    output: null,
    description:
      'a new required property that carries a default: generators (zod, pydantic) list defaulted fields as required, and the server fills the default when a call omits it; strict clients that validate before calling do reject such calls',
  },
  'property-added-optional': { input: ['input-property-added-optional', 'safe'], output: null, description: 'a new optional property' },
  'property-added': { input: null, output: ['output-property-added', 'safe'], description: 'a new property in the result' },
  'property-removed': {
    input: ['input-property-removed', 'warning'],
    output: ['output-property-removed', 'warning'],
    description:
      'a property was removed (input: breaking when the object forbids additional properties; output: breaking when it was required)',
  },
  'property-renamed': {
    input: ['input-property-renamed', 'breaking'],
    output: ['output-property-renamed', 'warning'],
    description:
      'a property disappeared and one that is the same parameter appeared in the same object: an equal schema, or a related name or the same description with a related type (a singular string become an array of strings); output: breaking when the old one was required',
  },
  'property-became-required': {
    input: ['input-property-became-required', 'breaking'],
    output: ['output-property-became-required', 'safe'],
    description: 'a property became required',
  },
  'property-became-optional': {
    input: ['input-property-became-optional', 'safe'],
    output: ['output-property-became-optional', 'breaking'],
    description: 'a property became optional',
  },
  'property-became-required-with-default': {
    input: ['input-property-became-required-with-default', 'warning'],
    output: null,
    description:
      'a property became required but carries a default: rated as a required property added with a default (the server fills it when omitted; strict clients reject the omission)',
  },
  'property-description-changed': {
    input: ['input-property-description-changed', 'info'],
    output: ['output-property-description-changed', 'info'],
    description: "a property's description changed (the model reads it; review the wording)",
  },
  'type-narrowed': {
    input: ['input-type-narrowed', 'breaking'],
    output: ['output-type-narrowed', 'safe'],
    description: 'the type accepts fewer kinds of value (e.g. number → integer, [string, null] → string)',
  },
  'type-widened': {
    input: ['input-type-widened', 'safe'],
    output: ['output-type-widened', 'breaking'],
    description: 'the type accepts more kinds of value',
  },
  'type-changed': {
    input: ['input-type-changed', 'breaking'],
    output: ['output-type-changed', 'breaking'],
    description: 'the type changed to a disjoint one',
  },
  'enum-value-removed': {
    input: ['input-enum-value-removed', 'breaking'],
    output: ['output-enum-value-removed', 'safe'],
    description: 'an enum value was removed',
  },
  'enum-value-added': {
    input: ['input-enum-value-added', 'safe'],
    output: ['output-enum-value-added', 'warning'],
    description: 'an enum value was added',
  },
  'enum-added': {
    input: ['input-enum-added', 'breaking'],
    output: ['output-enum-added', 'safe'],
    description: 'a free value became an enum',
  },
  'enum-removed': {
    input: ['input-enum-removed', 'safe'],
    output: ['output-enum-removed', 'warning'],
    description: 'an enum was removed: any value of the type is now allowed',
  },
  'const-added': {
    input: ['input-const-added', 'breaking'],
    output: ['output-const-added', 'safe'],
    description: 'a free value became a constant',
  },
  'const-changed': {
    input: ['input-const-changed', 'breaking'],
    output: ['output-const-changed', 'breaking'],
    description: 'the constant value changed',
  },
  'const-removed': {
    input: ['input-const-removed', 'safe'],
    output: ['output-const-removed', 'warning'],
    description: 'a constant was removed: any value of the type is now allowed',
  },
  'pattern-added': {
    input: ['input-pattern-added', 'breaking'],
    output: ['output-pattern-added', 'safe'],
    description: 'a pattern was added',
  },
  'pattern-generator-artefact': {
    input: ['input-pattern-generator-artefact', 'info'],
    output: ['output-pattern-generator-artefact', 'info'],
    description:
      "a pattern appeared or disappeared beside an unchanged format, and it is the regex a schema generator writes for that format (zod 4's for email, uuid, date-time, ipv4, …): the generator validated the format with it before, so the accepted values are the same",
  },
  'pattern-changed': {
    input: ['input-pattern-changed', 'warning'],
    output: ['output-pattern-changed', 'warning'],
    description: 'the pattern changed (neither direction can be proven)',
  },
  'pattern-removed': {
    input: ['input-pattern-removed', 'safe'],
    output: ['output-pattern-removed', 'warning'],
    description: 'the pattern was removed',
  },
  'format-added': {
    input: ['input-format-added', 'warning'],
    output: ['output-format-added', 'safe'],
    description: 'a format was added (validators often ignore format)',
  },
  'format-changed': {
    input: ['input-format-changed', 'warning'],
    output: ['output-format-changed', 'warning'],
    description: 'the format changed',
  },
  'format-removed': {
    input: ['input-format-removed', 'safe'],
    output: ['output-format-removed', 'warning'],
    description: 'the format was removed',
  },
  'constraint-tightened': {
    input: ['input-constraint-tightened', 'breaking'],
    output: ['output-constraint-tightened', 'safe'],
    description:
      'a bound was tightened: minimum↑ maximum↓ exclusive bounds, minLength↑ maxLength↓, minItems↑ maxItems↓, minProperties↑ maxProperties↓, multipleOf, uniqueItems added',
  },
  'constraint-loosened': {
    input: ['input-constraint-loosened', 'safe'],
    output: ['output-constraint-loosened', 'warning'],
    description: 'a bound was loosened',
  },
  'additional-properties-disallowed': {
    input: ['input-additional-properties-disallowed', 'breaking'],
    output: ['output-additional-properties-disallowed', 'safe'],
    description: 'the object no longer accepts undeclared properties (models add extra keys)',
  },
  'additional-properties-allowed': {
    input: ['input-additional-properties-allowed', 'safe'],
    output: ['output-additional-properties-allowed', 'warning'],
    description: 'the object now accepts undeclared properties',
  },
  'default-changed': {
    input: ['input-default-changed', 'warning'],
    output: ['output-default-changed', 'info'],
    description: 'the default changed: omitted arguments now behave differently',
  },
  'default-removed': {
    input: ['input-default-removed', 'warning'],
    output: ['output-default-removed', 'info'],
    description: 'the default was removed',
  },
  'default-added': { input: ['input-default-added', 'info'], output: ['output-default-added', 'info'], description: 'a default was added' },
  'variant-removed': {
    input: ['input-variant-removed', 'breaking'],
    output: ['output-variant-removed', 'safe'],
    description: 'an anyOf/oneOf branch is gone',
  },
  'variant-added': {
    input: ['input-variant-added', 'safe'],
    output: ['output-variant-added', 'breaking'],
    description: 'an anyOf/oneOf branch was added',
  },
} as const satisfies Record<string, DirectedRule>;

/** A change the walker cannot compare; the oracle-finding emits it too, for the pairs the set comparison could not decide. */
export const SCHEMA_INCONCLUSIVE = {
  input: ['input-schema-inconclusive', 'warning'],
  output: ['output-schema-inconclusive', 'warning'],
  description:
    'a keyword the engine cannot compare changed (if/then/else, not, patternProperties, …), a $ref cannot be resolved locally, or the time budget ran out',
} as const satisfies DirectedRule;

const CHANGE_KINDS = { ...WALKER_RULES, 'schema-inconclusive': SCHEMA_INCONCLUSIVE } as const;
export type SchemaChangeKind = keyof typeof CHANGE_KINDS;

/** What a change records besides its rule, path and message; `severity` only where a condition raises the default. */
interface ChangeFields {
  before?: Json;
  after?: Json;
  severity?: Severity;
  extra?: Record<string, Json>;
}

/** The message arguments of a change kind: the same for its input and its output rule. */
type KindArgs<K extends SchemaChangeKind> = MessageArgs<IdsOf<(typeof CHANGE_KINDS)[K]>>[0];

/** One single-type branch of a schema: `{type: [string, null]}` and `anyOf: [{type: string}, {type: null}]` both give two. */
interface Variant {
  type: string; // a JSON type name, or 'any' when the schema does not restrict the type
  schema: JsonObject;
  path: string;
  /** Only the type distinguishes it (a type-list member, or a branch with nothing but `type`): its loss is a type change. */
  bare: boolean;
}

/** The variant type of a branch that is a $ref we cannot follow. */
const UNRESOLVED = '$unresolved';
const TYPE_ONLY_IGNORED = new Set([
  'type',
  'title',
  'description',
  'examples',
  '$comment',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
]);

/** The change kinds of the string keywords compared alike. */
const STRING_KEYWORD_KINDS = {
  pattern: { added: 'pattern-added', removed: 'pattern-removed', changed: 'pattern-changed' },
  format: { added: 'format-added', removed: 'format-removed', changed: 'format-changed' },
} as const satisfies Record<string, Record<string, SchemaChangeKind>>;

class Walker {
  readonly changes: SchemaChange[] = [];
  readonly reasons: string[] = [];
  private readonly seen = new WeakMap<object, WeakSet<object>>();
  /** The shared definitions ($ref used more than once) the walk is inside: a change there is reported once, at its first use. */
  private readonly viaRefs: SharedDefinition[] = [];
  private depth = 0;

  /** Keywords the walker's own code does not read (keywords.ts), compared through this walker. */
  private readonly keywords: KeywordComparison = new KeywordComparison(this);
  private readonly exclusivity: OneOfExclusivity = new OneOfExclusivity(this);

  constructor(
    readonly b: SchemaDocument,
    readonly a: SchemaDocument,
    readonly dir: SchemaDirection,
  ) {}

  /** Records a change of a kind at `path`: the rule of this direction, and the arguments its message is written from. */
  private emit<K extends SchemaChangeKind>(kind: K, path: string, args: KindArgs<K>, f: ChangeFields = {}): void {
    const [rule, severity] = directed(CHANGE_KINDS[kind], this.dir);
    this.emitRule(rule, f.severity ?? severity, path, walkerMessage(rule, args), f);
  }

  /**
   * Records a change with its sentence (the walker's own from messages.ts; the keyword and oneOf rules' from their
   * detectors); a change inside a shared definition says so.
   */
  emitRule(rule: string, severity: Severity, path: string, message: string, f: Omit<ChangeFields, 'severity'> = {}): void {
    // Key order is the documented finding shape: rule, severity, path, before, after, message, extra.
    const change = { rule, severity, path } as SchemaChange;
    if (f.before !== undefined) change.before = f.before;
    if (f.after !== undefined) change.after = f.after;
    const via = this.viaRefs[this.viaRefs.length - 1];
    change.message = via ? `${message} (defined in ${via.ref}, which is used in ${via.uses} places)` : message;
    if (f.extra || via) change.extra = { ...(f.extra ?? {}), ...(via ? { definedAt: via.ref } : {}) };
    this.changes.push(change);
  }

  undecidedAt(path: string, why: string): void {
    this.reasons.push(undecidedReason(this.dir, path, why));
  }

  /** How a message about a place starts: 'parameter "q": ', or at the root 'in the arguments, ' / 'in the result, '. */
  lead(path: string): string {
    return placeLead(this.dir, path);
  }

  /** Compares what `not` negates in the output direction (its severities tell more from fewer values), returning the result. */
  negated(bRaw: Schema | undefined, aRaw: Schema | undefined, path: string): SchemaComparison {
    const inner = new Walker(this.b, this.a, 'output');
    inner.node(bRaw, aRaw, path);
    return { changes: inner.changes, undecided: inner.reasons.length > 0, reasons: inner.reasons };
  }

  /** Compares two subschemas found at `path` (the before and after documents' values at the same logical place). */
  node(bRaw: Schema | undefined, aRaw: Schema | undefined, path: string): void {
    // Keys inline local $refs and keep unresolvable ones verbatim: equal keys mean nothing to report below.
    if (this.b.key(bRaw, true) === this.a.key(aRaw, true)) return;
    if (++this.depth > MAX_SCHEMA_DEPTH) throw new SchemaTooDeep();
    try {
      this.compareNodes(bRaw, aRaw, path);
    } finally {
      this.depth--;
    }
  }

  private compareNodes(bRaw: Schema | undefined, aRaw: Schema | undefined, path: string): void {
    if (this.notASchema(bRaw, aRaw, path)) return;
    const nb = this.b.norm(bRaw);
    const na = this.a.norm(aRaw);
    if (this.unresolvedRef(nb, na, path)) return;
    if (typeof nb === 'object' && typeof na === 'object') {
      let set = this.seen.get(nb);
      if (!set) this.seen.set(nb, (set = new WeakSet()));
      if (set.has(na)) return; // compared already (a shared $ref target, or a cycle)
      set.add(na);
    }
    this.malformedKeywords(nb, na, path);
    const ob = typeof nb === 'object' ? nb : {};
    const oa = typeof na === 'object' ? na : {};
    this.annotations(ob, oa, path);
    // oneOf also rejects values that match two branches: whether any exist depends on the branches.
    this.exclusivity.check(bRaw, aRaw, nb, na, path);
    // Structurally equal subtrees still get walked when their full keys differ: a nested description changed.
    const ref = isObject(aRaw) && typeof aRaw.$ref === 'string' ? aRaw.$ref : undefined;
    const uses = ref ? this.a.refUses(ref) : 0;
    const via = ref && uses > 1 ? { ref, uses } : undefined;
    if (via) this.viaRefs.push(via);
    try {
      this.variants(this.variantsOf(this.b, nb, path), this.variantsOf(this.a, na, path), path);
    } finally {
      if (via) this.viaRefs.pop();
    }
  }

  /**
   * A $ref that cannot be followed (remote or dangling; normalised nodes keep `$ref` only then) is reported, never
   * fetched; true when it stops the comparison here. Found after local refs are followed, so a local alias of a
   * remote schema is caught too.
   */
  private unresolvedRef(nb: JsonObject | boolean, na: JsonObject | boolean, path: string): boolean {
    for (const [n, side] of [
      [na, 'head'],
      [nb, 'base'],
    ] as const) {
      if (typeof n !== 'object' || typeof n.$ref !== 'string') continue;
      this.reportUnresolved(n.$ref, side, path);
      return true;
    }
    return false;
  }

  /**
   * A schema that is not an object or a boolean (a string, number, null, array) on either side: validators reject
   * or ignore it, so a change to it cannot be compared; true when it stops the comparison here.
   */
  private notASchema(bRaw: Schema | undefined, aRaw: Schema | undefined, path: string): boolean {
    const bad = (v: Schema | undefined): boolean => v !== undefined && !isSchemaValue(v);
    if (!bad(bRaw) && !bad(aRaw)) return false;
    this.emit(
      'schema-inconclusive',
      path,
      { cause: 'not-a-schema', at: path, before: bRaw, after: aRaw },
      {
        before: bRaw,
        after: aRaw,
        extra: { malformed: true },
      },
    );
    return true;
  }

  /** Keywords whose value JSON Schema does not allow (dropped by normalisation) and that changed: named, never equal. */
  private malformedKeywords(nb: JsonObject | boolean, na: JsonObject | boolean, path: string): void {
    const mb = this.b.malformed(nb);
    const ma = this.a.malformed(na);
    for (const k of [...new Set([...Object.keys(mb), ...Object.keys(ma)])].sort()) {
      if (valueKey(mb[k]) === valueKey(ma[k])) continue;
      const keyword = k.split('/').pop()!;
      // The other side's value, when it is well-formed and still on the normalised node.
      const valueAt = (m: JsonObject, n: JsonObject | boolean): Json | undefined =>
        m[k] ?? (typeof n === 'object' && !k.includes('/') ? n[k] : undefined);
      const [before, after] = [valueAt(mb, nb), valueAt(ma, na)];
      const disallowed = [mb[k], ma[k]].filter((v): v is Json => v !== undefined);
      this.emit(
        'schema-inconclusive',
        `${path}/${k}`,
        { cause: 'malformed-keyword', at: path, key: k, before, after, disallowed },
        {
          before,
          after,
          extra: { keyword, malformed: true },
        },
      );
    }
  }

  private reportUnresolved(ref: string, side: 'head' | 'base', path: string): void {
    this.emit(
      'schema-inconclusive',
      `${path}/$ref`,
      { cause: 'unresolved-ref', at: path, ref, side },
      {
        ...(side === 'head' ? { after: ref } : { before: ref }),
        extra: { ref, side },
      },
    );
  }

  private annotations(b: JsonObject, a: JsonObject, path: string): void {
    const db = typeof b.description === 'string' ? b.description : undefined;
    const da = typeof a.description === 'string' ? a.description : undefined;
    if (db !== da && path !== '') {
      this.emit('property-description-changed', `${path}/description`, { at: path, before: db, after: da }, { before: db, after: da });
    }
    if (valueKey(b.default) === valueKey(a.default)) return;
    if (b.default === undefined) this.emit('default-added', `${path}/default`, { at: path, value: a.default! }, { after: a.default });
    else if (a.default === undefined)
      this.emit('default-removed', `${path}/default`, { at: path, value: b.default }, { before: b.default });
    else
      this.emit(
        'default-changed',
        `${path}/default`,
        { at: path, before: b.default, after: a.default },
        { before: b.default, after: a.default },
      );
  }

  /** Splits a normalised schema into single-type variants (type lists and type-union anyOf/oneOf). */
  private variantsOf(doc: SchemaDocument, n: JsonObject | boolean, path: string, fromBranch = false): Variant[] {
    if (n === false) return [];
    if (n === true) return [{ type: 'any', schema: {}, path, bare: true }];
    if (typeof n.$ref === 'string') return [{ type: UNRESOLVED, schema: n, path, bare: false }];
    const unionKw =
      Array.isArray(n.anyOf) && n.oneOf === undefined ? 'anyOf' : Array.isArray(n.oneOf) && n.anyOf === undefined ? 'oneOf' : undefined;
    if (unionKw && Object.keys(n).every((k) => k === unionKw || (TYPE_ONLY_IGNORED.has(k) && k !== 'type'))) {
      return (n[unionKw] as Json[]).flatMap((m, i) => this.variantsOf(doc, doc.norm(m), `${path}/${unionKw}/${i}`, true));
    }
    let types: string[];
    if (typeof n.type === 'string') types = [n.type];
    else if (Array.isArray(n.type)) types = n.type as string[];
    else if (n.const !== undefined || Array.isArray(n.enum)) {
      const vals = n.const !== undefined ? [n.const] : (n.enum as Json[]);
      types = [...new Set(vals.map(jsonTypeOf))];
      if (types.includes('number')) types = types.filter((t) => t !== 'integer');
    } else types = ['any'];
    const typeOnly = Object.keys(n).every((k) => TYPE_ONLY_IGNORED.has(k));
    // {type: [string, number], enum: ["a"]} accepts no number: a type no listed value has is no variant at all.
    if (n.const !== undefined || Array.isArray(n.enum)) {
      const vals = n.const !== undefined ? [n.const] : (n.enum as Json[]);
      types = types.filter((t) => t === 'any' || vals.some((v) => valueHasType(v, t)));
    }
    return types.map((type) => ({ type, schema: n, path, bare: types.length > 1 || (fromBranch && typeOnly) || type === 'null' }));
  }

  private variants(vb: Variant[], va: Variant[], path: string): void {
    const unresolved = [...vb, ...va].filter((v) => v.type === UNRESOLVED);
    if (unresolved.length) {
      // A branch we cannot read may cover any value: report it, compare what pairs up, claim nothing about the rest.
      for (const v of unresolved) this.reportUnresolved((v.schema as JsonObject).$ref as string, va.includes(v) ? 'head' : 'base', v.path);
      vb = vb.filter((v) => v.type !== UNRESOLVED);
      va = va.filter((v) => v.type !== UNRESOLVED);
      for (const x of vb) {
        const y = va.find((v) => v.type === x.type);
        if (y) this.typed(x, y);
      }
      return;
    }
    const leftB = new Set(vb);
    const leftA = new Set(va);
    const pairs: Array<[Variant, Variant]> = [];
    const take = (x: Variant, y: Variant): void => {
      pairs.push([x, y]);
      leftB.delete(x);
      leftA.delete(y);
    };
    // 1. equal content and type; 2. same type, best structural match; 3. related types (integer ⊂ number ⊂ any).
    // One variant on each side (the common case) needs no content keys: they pair if their types are related.
    if (vb.length === 1 && va.length === 1 && (vb[0]!.type === va[0]!.type || related(vb[0]!.type, va[0]!.type))) {
      this.typed(vb[0]!, va[0]!);
      return;
    }
    for (const x of vb) {
      const kx = this.b.key(x.schema);
      for (const y of leftA)
        if (y.type === x.type && this.a.key(y.schema) === kx) {
          take(x, y);
          break;
        }
    }
    for (const x of [...leftB]) {
      let best: Variant | undefined;
      let bestScore = -1;
      for (const y of leftA) {
        if (y.type !== x.type) continue;
        const score = similarity(x.schema, y.schema);
        if (score > bestScore) [best, bestScore] = [y, score];
      }
      if (best) take(x, best);
    }
    for (const x of [...leftB])
      for (const y of leftA)
        if (related(x.type, y.type)) {
          take(x, y);
          break;
        }

    if (pairs.length === 0 && vb.length > 0 && va.length > 0) {
      // Nothing in common (string → integer, number → [string, null]): one disjoint change, not a removal plus additions.
      const types = (vs: Variant[]): Json => (vs.length === 1 ? vs[0]!.type : [...new Set(vs.map((v) => v.type))]);
      const names = (vs: Variant[]): string[] => [...new Set(vs.map((v) => v.type))];
      this.emit(
        'type-changed',
        `${path}/type`,
        { at: path, from: names(vb), to: names(va), swapped: false },
        { before: types(vb), after: types(va) },
      );
      return;
    }
    for (const [x, y] of pairs) this.typed(x, y);
    if (leftB.size === 1 && leftA.size === 1) {
      const [x] = leftB;
      const [y] = leftA;
      if (x!.bare && y!.bare) {
        // anyOf [string, null] → anyOf [integer, null]: one type swapped for another, the rest unchanged.
        this.emit(
          'type-changed',
          `${y!.path}/type`,
          { at: path, from: [x!.type], to: [y!.type], swapped: true },
          { before: x!.type, after: y!.type },
        );
        return;
      }
    }
    for (const x of leftB) {
      if (x.bare) this.emit('type-narrowed', `${x.path}/type`, { at: path, from: x.type }, { before: x.type });
      else this.emit('variant-removed', x.path, { at: path, variant: x }, { before: x.schema as Json });
    }
    for (const y of leftA) {
      if (y.bare) this.emit('type-widened', `${y.path}/type`, { at: path, to: y.type }, { after: y.type });
      else this.emit('variant-added', y.path, { at: path, variant: y }, { after: y.schema as Json });
    }
  }

  /** Compares two variants of related types keyword by keyword. */
  private typed(x: Variant, y: Variant): void {
    const path = y.path;
    // When both sides list their values, the value comparison says everything ({type: number, enum: [1, 2]} → integer is no narrowing).
    const listed = allowedValues(x.schema, x.type) !== undefined && allowedValues(y.schema, y.type) !== undefined;
    if (x.type !== y.type && !listed) {
      const widened = x.type === 'integer' || y.type === 'any';
      this.emit(
        widened ? 'type-widened' : 'type-narrowed',
        `${path}/type`,
        { at: path, from: x.type, to: y.type },
        { before: x.type, after: y.type },
      );
    }
    const b = x.schema;
    const a = y.schema;
    this.values(b, a, x.type, y.type, x.path, path);
    const types = new Set([x.type, y.type]);
    const has = (t: string): boolean => types.has(t) || types.has('any');
    if (has('string')) this.stringKeywords(b, a, x.path, path);
    if (has('number') || has('integer')) this.numberKeywords(b, a, x.path, path, x.type === 'integer' && y.type === 'integer');
    if (has('array')) this.arrayKeywords(b, a, x.path, path);
    if (has('object')) this.objectKeywords(b, a, x.path, path);
    this.keywords.compare(b, a, x.path, path);
  }

  private at(b: JsonObject, bPath: string, aPath: string, kw: string): string {
    return `${b[kw] !== undefined && bPath !== aPath ? bPath : aPath}/${kw}`;
  }

  /** enum / const, each side filtered to the variant's type. */
  private values(b: JsonObject, a: JsonObject, tb: string, ta: string, bPath: string, aPath: string): void {
    const vb = allowedValues(b, tb);
    const va = allowedValues(a, ta);
    if (!vb && !va) return;
    const kwPath = (x: JsonObject, p: string): string => `${p}/${x.const !== undefined ? 'const' : 'enum'}`;
    if (!vb) {
      if (va!.isConst) this.emit('const-added', kwPath(a, aPath), { at: aPath, values: va!.values }, { after: va!.values[0] });
      else this.emit('enum-added', kwPath(a, aPath), { at: aPath, values: va!.values }, { after: va!.values });
      return;
    }
    if (!va) {
      if (vb.isConst) this.emit('const-removed', kwPath(b, bPath), { at: aPath, values: vb.values }, { before: vb.values[0] });
      else this.emit('enum-removed', kwPath(b, bPath), { at: aPath, values: vb.values }, { before: vb.values });
      return;
    }
    const kb = new Map(vb.values.map((v) => [valueKey(v), v]));
    const ka = new Map(va.values.map((v) => [valueKey(v), v]));
    const removed = [...kb].filter(([k]) => !ka.has(k)).map(([, v]) => v);
    const added = [...ka].filter(([k]) => !kb.has(k)).map(([, v]) => v);
    if (!removed.length && !added.length) return;
    if ((vb.isConst || va.isConst) && vb.values.length === 1 && va.values.length === 1) {
      this.emit(
        'const-changed',
        kwPath(a, aPath),
        { at: aPath, before: vb.values, after: va.values },
        { before: vb.values[0], after: va.values[0] },
      );
      return;
    }
    if (removed.length)
      this.emit('enum-value-removed', kwPath(a, aPath), { at: aPath, values: removed }, { before: removed, extra: { removed } });
    if (added.length) this.emit('enum-value-added', kwPath(a, aPath), { at: aPath, values: added }, { after: added, extra: { added } });
  }

  private stringKeywords(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    for (const kw of ['pattern', 'format'] as const) {
      const vb = typeof b[kw] === 'string' ? (b[kw] as string) : undefined;
      const va = typeof a[kw] === 'string' ? (a[kw] as string) : undefined;
      if (vb === va) continue;
      const p = this.at(b, bPath, aPath, kw);
      if (kw === 'pattern' && this.formatPatternArtefact(b, a, vb, va, p, aPath)) continue;
      if (vb === undefined) this.emit(STRING_KEYWORD_KINDS[kw].added, p, { at: aPath, value: va! }, { after: va });
      else if (va === undefined) this.emit(STRING_KEYWORD_KINDS[kw].removed, p, { at: aPath, value: vb }, { before: vb });
      else this.emit(STRING_KEYWORD_KINDS[kw].changed, p, { at: aPath, before: vb, after: va }, { before: vb, after: va });
    }
    this.bound(b, a, bPath, aPath, 'minLength', 'lower', 'characters');
    this.bound(b, a, bPath, aPath, 'maxLength', 'upper', 'characters');
  }

  /**
   * A pattern added or removed beside the same format, when it is the regex a generator writes for that format
   * (`format: email` gaining zod 4's email regex): reported as the generator's artefact; true when it was.
   */
  private formatPatternArtefact(
    b: JsonObject,
    a: JsonObject,
    vb: string | undefined,
    va: string | undefined,
    p: string,
    at: string,
  ): boolean {
    const format = typeof b.format === 'string' && b.format === a.format ? b.format : undefined;
    const pattern = vb === undefined ? va : va === undefined ? vb : undefined;
    if (format === undefined || pattern === undefined) return false;
    const generator = generatorOfFormatPattern(format, pattern);
    if (generator === undefined) return false;
    const added = vb === undefined;
    this.emit(
      'pattern-generator-artefact',
      p,
      { at, format, generator, added },
      {
        ...(added ? { after: pattern } : { before: pattern }),
        extra: { format, generator, artefact: `the ${generator} regex for format "${format}"` },
      },
    );
    return true;
  }

  private numberKeywords(b: JsonObject, a: JsonObject, bPath: string, aPath: string, integer: boolean): void {
    for (const side of ['lower', 'upper'] as const) {
      const lb = numericBound(b, side, integer);
      const la = numericBound(a, side, integer);
      const cmp = compareBound(lb, la, side);
      if (!cmp) continue;
      const kw = (la ?? lb)!.keyword;
      const p = la ? `${aPath}/${la.keyword}` : `${bPath}/${lb!.keyword}`;
      this.emit(
        cmp === 'tightened' ? 'constraint-tightened' : 'constraint-loosened',
        p,
        { bound: 'numeric', at: aPath, side, integer, before: lb, after: la },
        {
          before: lb ? lb.raw : undefined,
          after: la ? la.raw : undefined,
          extra: { keyword: kw },
        },
      );
    }
    const mb = typeof b.multipleOf === 'number' ? b.multipleOf : undefined;
    const ma = typeof a.multipleOf === 'number' ? a.multipleOf : undefined;
    if (mb !== ma) {
      // A new divisor that is a multiple of the old one only removes values; the reverse only adds. Otherwise (2 → 3)
      // it does both, and the side that hurts this direction is reported.
      const onlyRemoves = mb === undefined || (ma !== undefined && isMultiple(ma, mb));
      const onlyAdds = ma === undefined || (mb !== undefined && isMultiple(mb, ma));
      const kind = onlyRemoves || (!onlyAdds && this.dir === 'input') ? 'constraint-tightened' : 'constraint-loosened';
      this.emit(
        kind,
        this.at(b, bPath, aPath, 'multipleOf'),
        { bound: 'multipleOf', at: aPath, before: mb, after: ma },
        { before: mb, after: ma },
      );
    }
  }

  private arrayKeywords(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    this.bound(b, a, bPath, aPath, 'minItems', 'lower', 'items');
    this.bound(b, a, bPath, aPath, 'maxItems', 'upper', 'items');
    const ub = b.uniqueItems === true;
    const ua = a.uniqueItems === true;
    if (ub !== ua) {
      const at = this.at(b, bPath, aPath, 'uniqueItems');
      this.emit(
        ua ? 'constraint-tightened' : 'constraint-loosened',
        at,
        { bound: 'uniqueItems', at: aPath },
        { before: b.uniqueItems, after: a.uniqueItems },
      );
    }
    const tb = Array.isArray(b.prefixItems) ? (b.prefixItems as Json[]) : [];
    const ta = Array.isArray(a.prefixItems) ? (a.prefixItems as Json[]) : [];
    for (let i = 0; i < Math.max(tb.length, ta.length); i++) {
      const p = i < ta.length ? `${aPath}/prefixItems/${i}` : `${bPath}/prefixItems/${i}`;
      this.node(i < tb.length ? tb[i] : b.items, i < ta.length ? ta[i] : a.items, p);
    }
    if (b.items !== undefined || a.items !== undefined) this.node(b.items, a.items, `${a.items !== undefined ? aPath : bPath}/items`);
  }

  private objectKeywords(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const pb = isObject(b.properties) ? b.properties : {};
    const pa = isObject(a.properties) ? a.properties : {};
    const rb = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
    const ra = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
    const closedAfter = a.additionalProperties === false && a.patternProperties === undefined;
    const own = (o: JsonObject, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
    // A name listed in `required` exists on that side even without a schema (it takes additionalProperties').
    const removed = Object.keys(pb).filter((k) => !own(pa, k) && !ra.has(k));
    const added = Object.keys(pa).filter((k) => !own(pb, k) && !rb.has(k));
    const propPath = (base: string, k: string): string => `${base}/properties/${pointerToken(k)}`;

    const renamed = new Set<string>();
    for (const { from, to, evidence, retyped } of pairPropertyRenames({ b: this.b, a: this.a, pb, pa }, removed, added)) {
      removed.splice(removed.indexOf(from), 1);
      added.splice(added.indexOf(to), 1);
      renamed.add(from).add(to);
      const severity = this.dir === 'output' && rb.has(from) ? 'breaking' : undefined;
      const p = propPath(bPath, from);
      this.emit(
        'property-renamed',
        p,
        { at: p, from, to, closedAfter, toIsRequired: ra.has(to), retyped },
        { before: from, after: to, severity, extra: { from, to, evidence, ...(retyped ? { retyped } : {}) } },
      );
      if (rb.has(from) !== ra.has(to)) this.requiredChange(rb.has(from), ra.has(to), pa[to]!, propPath(aPath, to));
      // What else changed is reported under the new name: the type made an array, a bound dropped, a reworded description.
      this.node(pb[from], pa[to], propPath(aPath, to));
    }
    for (const k of removed) {
      const p = propPath(bPath, k);
      const wasRequired = rb.has(k);
      // Input: breaking when the object now rejects the old name; output: breaking when readers could rely on it.
      const breaking = this.dir === 'input' ? closedAfter : wasRequired;
      this.emit('property-removed', p, { at: p, closedAfter, wasRequired }, { before: pb[k], severity: breaking ? 'breaking' : undefined });
    }
    for (const k of added) {
      const p = propPath(aPath, k);
      if (this.dir === 'output') this.emit('property-added', p, { at: p }, { after: pa[k] });
      else if (ra.has(k)) {
        const dflt = isObject(pa[k]) ? (pa[k] as JsonObject).default : undefined;
        if (dflt !== undefined) this.emit('property-added-required-with-default', p, { at: p, default: dflt }, { after: pa[k] });
        else this.emit('property-added-required', p, { at: p }, { after: pa[k] });
      } else this.emit('property-added-optional', p, { at: p }, { after: pa[k] });
    }
    // Names on both sides: declared, or required without a declared schema.
    const schemaOf = (o: JsonObject, props: JsonObject, k: string): Json => (own(props, k) ? props[k]! : (o.additionalProperties ?? true));
    const common = new Set(
      [...Object.keys(pb), ...Object.keys(pa), ...rb, ...ra].filter((k) => !removed.includes(k) && !added.includes(k) && !renamed.has(k)),
    );
    for (const k of common) {
      const p = propPath(own(pa, k) ? aPath : bPath, k);
      if (rb.has(k) !== ra.has(k)) this.requiredChange(rb.has(k), ra.has(k), pa[k], p);
      if (own(pb, k) || own(pa, k)) this.node(schemaOf(b, pb, k), schemaOf(a, pa, k), p);
    }
    this.additionalProperties(b, a, bPath, aPath);
    this.bound(b, a, bPath, aPath, 'minProperties', 'lower', 'properties');
    this.bound(b, a, bPath, aPath, 'maxProperties', 'upper', 'properties');
  }

  private requiredChange(wasRequired: boolean, isRequired: boolean, after: Json | undefined, p: string): void {
    if (isRequired) {
      const dflt = isObject(after) && after.default !== undefined;
      if (this.dir === 'input' && dflt) this.emit('property-became-required-with-default', p, { at: p, default: after.default as Json });
      else this.emit('property-became-required', p, { at: p });
    } else if (wasRequired) {
      this.emit('property-became-optional', p, { at: p });
    }
  }

  private additionalProperties(b: JsonObject, a: JsonObject, bPath: string, aPath: string): void {
    const xb = b.additionalProperties;
    const xa = a.additionalProperties;
    if (xb === undefined && xa === undefined) return;
    const closedB = xb === false;
    const closedA = xa === false;
    if (!closedB && closedA) {
      this.emit('additional-properties-disallowed', `${aPath}/additionalProperties`, { at: aPath }, { before: xb ?? true, after: false });
    } else if (closedB && !closedA) {
      this.emit('additional-properties-allowed', `${aPath}/additionalProperties`, { at: aPath }, { before: false, after: xa ?? true });
    } else if (!closedB && !closedA) this.node(xb, xa, `${aPath}/additionalProperties`);
  }

  private bound(b: JsonObject, a: JsonObject, bPath: string, aPath: string, kw: string, side: 'lower' | 'upper', unit: CountUnit): void {
    const vb = typeof b[kw] === 'number' ? (b[kw] as number) : undefined;
    const va = typeof a[kw] === 'number' ? (a[kw] as number) : undefined;
    const norm = (v: number | undefined): number => (v === undefined ? (side === 'lower' ? 0 : Infinity) : v);
    const nb = norm(vb);
    const na = norm(va);
    if (nb === na) return;
    const tightened = side === 'lower' ? na > nb : na < nb;
    const args = { bound: 'count', at: aPath, keyword: kw, side, unit, before: vb, after: va } as const;
    this.emit(tightened ? 'constraint-tightened' : 'constraint-loosened', this.at(b, bPath, aPath, kw), args, { before: vb, after: va });
  }
}

function numericBound(s: JsonObject, side: 'lower' | 'upper', integer: boolean): NumericBound | undefined {
  const incKw = side === 'lower' ? 'minimum' : 'maximum';
  const excKw = side === 'lower' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const cands: NumericBound[] = [];
  if (typeof s[incKw] === 'number') cands.push({ value: s[incKw] as number, exclusive: false, keyword: incKw, raw: s[incKw] as number });
  if (typeof s[excKw] === 'number') cands.push({ value: s[excKw] as number, exclusive: true, keyword: excKw, raw: s[excKw] as number });
  if (integer) {
    // For integers, > 0 and ≥ 1 are the same bound.
    for (const c of cands) {
      c.value =
        side === 'lower'
          ? c.exclusive
            ? Math.floor(c.value) + 1
            : Math.ceil(c.value)
          : c.exclusive
            ? Math.ceil(c.value) - 1
            : Math.floor(c.value);
      c.exclusive = false;
    }
  }
  let best: NumericBound | undefined;
  for (const c of cands) if (!best || compareBound(best, c, side) === 'tightened') best = c;
  return best;
}

/** How the bound moved from b to a, or undefined when it means the same. */
function compareBound(
  b: NumericBound | undefined,
  a: NumericBound | undefined,
  side: 'lower' | 'upper',
): 'tightened' | 'loosened' | undefined {
  if (!b && !a) return undefined;
  if (!b) return 'tightened';
  if (!a) return 'loosened';
  if (a.value !== b.value) return (side === 'lower') === a.value > b.value ? 'tightened' : 'loosened';
  if (a.exclusive !== b.exclusive) return a.exclusive ? 'tightened' : 'loosened';
  return undefined;
}

function isMultiple(x: number, of: number): boolean {
  const r = x / of;
  return Math.abs(r - Math.round(r)) < 1e-9;
}

function allowedValues(s: JsonObject, type: string): { values: Json[]; isConst: boolean } | undefined {
  const raw = s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? (s.enum as Json[]) : undefined;
  if (!raw) return undefined;
  const values = raw.filter((v) => valueHasType(v, type));
  // An enum that lists every value of its type restricts nothing (e.g. [null] for null, [true, false] for boolean).
  if (type === 'null' && values.length === 1) return undefined;
  if (type === 'boolean' && new Set(values).size === 2) return undefined;
  return { values, isConst: s.const !== undefined };
}

/** integer ⊂ number ⊂ any: variants of related types are compared keyword by keyword. */
function related(x: string, y: string): boolean {
  return x === 'any' || y === 'any' || (x === 'integer' && y === 'number') || (x === 'number' && y === 'integer');
}

/** How alike two same-type variants are, to pair anyOf branches that changed (discriminators weigh most). */
function similarity(x: JsonObject, y: JsonObject): number {
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  let score = 0;
  for (const k of Object.keys(px)) {
    if (!(k in py)) continue;
    score += 1;
    const cx = isObject(px[k]) ? (px[k] as JsonObject).const : undefined;
    const cy = isObject(py[k]) ? (py[k] as JsonObject).const : undefined;
    if (cx !== undefined && valueKey(cx) === valueKey(cy)) score += 100;
  }
  return score;
}

/** Synchronous structural comparison of two schemas in one direction. */
export function walkSchemas(before: Schema, after: Schema, direction: SchemaDirection): SchemaComparison {
  const interner = new Map<string, number>();
  const [docB, docA] = [new SchemaDocument(before, interner), new SchemaDocument(after, interner)];
  const w = new Walker(docB, docA, direction);
  try {
    w.node(before, after, '');
  } catch (err) {
    if (!(err instanceof SchemaTooDeep)) throw err;
    // Generated schemas gone wrong can nest thousands of levels: say so instead of overflowing the stack.
    const [rule, severity] = directed(SCHEMA_INCONCLUSIVE, direction);
    const change: SchemaChange = {
      rule,
      severity,
      path: '',
      message: schemaMessage(rule, { cause: 'too-deep', limit: MAX_SCHEMA_DEPTH }),
    };
    return { changes: [change], undecided: false, reasons: [] };
  }
  const dynamic = dynamicScopeReason(docB, docA);
  if (dynamic) w.reasons.push(dynamic);
  if (w.changes.length === 0 && w.reasons.length === 0 && docB.key(before) !== docA.key(after)) {
    // Nothing named, yet the canonical forms differ and carry keywords the walker does not read: let the oracle look.
    const unknown = [...new Set([...docB.unknownKeywords, ...docA.unknownKeywords])].sort();
    if (unknown.length) w.reasons.push(unreadKeywordsReason(unknown));
  }
  return { changes: w.changes, undecided: w.reasons.length > 0, reasons: w.reasons };
}
