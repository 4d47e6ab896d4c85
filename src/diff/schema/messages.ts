// Writes the sentence of every schema finding from its rule id and typed arguments: the walker and the oracle only detect.
import type { Json, JsonObject } from '../../findings/json.js';
import { isObject, unescapePointerToken } from '../../findings/json.js';
import { valueKey } from './values.js';
import type { SchemaDirection } from './rules.js';

/**
 * Every rule id of the schema module that has a sentence: the keys of the message table. The emitters word their ids
 * through {@link schemaMessage} and {@link MessageArgs}, so an id of theirs without an entry here fails `tsc` there
 * (the walker's kinds through `KindArgs`, index.ts's and oracle-finding.ts's rules through `schemaMessage`); this
 * module imports none of them, so the arrows point one way.
 */
export type SchemaRuleId = keyof typeof SCHEMA_MESSAGES;

/** The place a finding speaks about: a JSON pointer to a subschema, relative to the schema root. */
interface At {
  at: string;
}

/** An anyOf/oneOf branch as the walker split it: its single type, its schema and where it sits. */
export interface VariantShape {
  type: string;
  schema: JsonObject;
  path: string;
}

/** The effective bound of one side of a numeric range (for integers, > 0 and ≥ 1 are the same bound). */
export interface NumericBound {
  value: number;
  exclusive: boolean;
  keyword: string;
  raw: number;
}

type Inconclusive =
  | { cause: 'not-a-schema'; at: string; before?: Json; after?: Json }
  /** `key` is the malformed keyword's key on the node (`anyOf`, or `properties/x` for a member of a keyword). */
  | { cause: 'malformed-keyword'; at: string; key: string; before?: Json; after?: Json; disallowed: Json[] }
  | { cause: 'unresolved-ref'; at: string; ref: string; side: 'head' | 'base' }
  | { cause: 'too-deep'; limit: number }
  | { cause: 'undecided'; reason?: string };

interface Values extends At {
  values: Json[];
}
interface ValueChange<T> extends At {
  before: T;
  after: T;
}
interface Keyword extends At {
  value: string;
}
/** A type left (`to` absent: it left a union) or moved to a narrower one. */
interface TypeNarrowed extends At {
  from: string;
  to?: string;
}
/** A type joined (`from` absent: it joined a union) or moved to a wider one. */
interface TypeWidened extends At {
  from?: string;
  to: string;
}
/** `swapped`: one member of a union was swapped for another, the rest unchanged. */
interface TypeChanged extends At {
  from: string[];
  to: string[];
  swapped: boolean;
}
interface VariantChange extends At {
  variant: VariantShape;
}
interface PropertyRenamed extends At {
  from: string;
  to: string;
  closedAfter: boolean;
  toIsRequired: boolean;
  /** The types when the rename also changed it (a singular string made an array of strings). */
  retyped?: { from: string; to: string };
}

const retypedNote = (a: PropertyRenamed): string => (a.retyped ? ` (its type changed from ${a.retyped.from} to ${a.retyped.to})` : '');
interface PropertyRemoved extends At {
  closedAfter: boolean;
  wasRequired: boolean;
}
/** What a count bound counts: characters of a string, items of an array, properties of an object. */
export type CountUnit = 'characters' | 'items' | 'properties';

type ConstraintMove =
  | { bound: 'numeric'; at: string; side: 'lower' | 'upper'; integer: boolean; before?: NumericBound; after?: NumericBound }
  | { bound: 'multipleOf'; at: string; before?: number; after?: number }
  | { bound: 'uniqueItems'; at: string }
  | { bound: 'count'; at: string; keyword: string; side: 'lower' | 'upper'; unit: CountUnit; before?: number; after?: number };

/** How one direction names places and consequences. */
class Wording {
  constructor(readonly dir: SchemaDirection) {}

  /** Names the place a path points to: 'parameter "options.limit"' / 'field "items[].id"' / 'the arguments'. */
  subject(path: string): string {
    const segs = path.split('/').slice(1).map(unescapePointerToken);
    let name = '';
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      if (s === 'properties' && i + 1 < segs.length) name += (name ? '.' : '') + segs[++i];
      else if (s === 'items') name += '[]';
      else if (s === 'prefixItems' && i + 1 < segs.length) name += `[${segs[++i]}]`;
      else if (s === 'additionalProperties') name += (name ? '.' : '') + '*';
    }
    if (!name) return this.dir === 'input' ? 'the arguments' : 'the result';
    if (name === '*') return this.dir === 'input' ? 'undeclared parameters' : 'undeclared fields';
    return `${this.dir === 'input' ? 'parameter' : 'field'} ${JSON.stringify(name)}`;
  }

  /** Whether a path names the root (the arguments, the result). */
  isRoot(path: string): boolean {
    return this.subject(path) === this.subject('');
  }

  /** How a message about a place starts: 'parameter "q": ', or at the root 'in the arguments, ' / 'in the result, '. */
  lead(path: string): string {
    return this.isRoot(path) ? `in ${this.subject(path)}, ` : `${this.subject(path)}: `;
  }

  /** Names the schema at a path: "the input schema" at the root, else "the schema of parameter "q"". */
  schemaAt(path: string): string {
    return path === '' ? `the ${this.dir} schema` : `the schema of ${this.subject(path)}`;
  }

  rejected(what: string): string {
    return this.dir === 'input' ? `callers sending ${what} are now rejected` : `readers no longer receive ${what}`;
  }

  accepted(what: string): string {
    return this.dir === 'input' ? `callers may now also send ${what}` : `readers may now receive ${what}`;
  }
}

const IN = new Wording('input');
const OUT = new Wording('output');

/** A schema value for a message: its JSON, or "nothing" when absent. */
const shown = (v: Json | undefined): string => (v === undefined ? 'nothing' : JSON.stringify(v));

const list = (vs: Json[]): string => vs.map(valueKey).join(', ');

const typeArticle = (t: string): string =>
  t === 'any' ? 'any value' : t === 'null' ? 'null' : t === 'integer' || t === 'array' || t === 'object' ? `an ${t}` : `a ${t}`;

function inconclusive(w: Wording, a: Inconclusive): string {
  switch (a.cause) {
    case 'not-a-schema':
      return `${w.schemaAt(a.at)} changed from ${shown(a.before)} to ${shown(a.after)}, and JSON Schema allows only an object or a boolean there; validators reject or ignore it, so its compatibility cannot be checked. Fix the schema.`;
    case 'malformed-keyword': {
      const what =
        a.key === 'anyOf' || a.key === 'oneOf' || a.key === 'allOf'
          ? `the \`${a.key}\` members that are not schemas`
          : `\`${a.key.split('/').pop()!}\``;
      return `${w.lead(a.at)}${what} changed from ${shown(a.before)} to ${shown(a.after)}; JSON Schema does not allow ${a.disallowed.map(shown).join(' and ')} there, and validators reject or ignore it, so the change cannot be checked. Fix the schema.`;
    }
    case 'unresolved-ref': {
      const why = !a.ref.startsWith('#')
        ? `refers to the external schema ${JSON.stringify(a.ref)}, which mcp-contract never fetches`
        : `refers to ${JSON.stringify(a.ref)}, which does not exist in the ${a.side} schema`;
      return `${w.schemaAt(a.at)} ${why}; its compatibility cannot be checked. Inline the schema or move it under $defs.`;
    }
    case 'too-deep':
      return `the schema nests more than ${a.limit} levels deep (or loops through $refs that far); mcp-contract does not compare it. Review the change by hand, and check the generator.`;
    case 'undecided':
      return `${w.schemaAt('')} changed in a way mcp-contract could not decide${a.reason ? ` (${a.reason})` : ''}; review it by hand`;
  }
}

function descriptionChanged(w: Wording, a: ValueChange<string | undefined>): string {
  const what = a.before === undefined ? 'description added' : a.after === undefined ? 'description removed' : 'description changed';
  return `${w.lead(a.at)}${what}; the model reads it, review the new wording`;
}

/** Names an anyOf/oneOf branch for a message: by its discriminator when it has one ("the variant with kind "cat""). */
function describeVariant(v: VariantShape): string {
  const props = isObject(v.schema.properties) ? v.schema.properties : {};
  for (const [name, p] of Object.entries(props)) {
    if (isObject(p) && p.const !== undefined) return `the variant with ${name} ${valueKey(p.const)}`;
  }
  const m = /\/(anyOf|oneOf)\/(\d+)$/.exec(v.path);
  return m ? `the ${v.type} variant ${m[1]}[${m[2]}]` : `the ${v.type} variant`;
}

function typeNarrowed(w: Wording, a: TypeNarrowed): string {
  if (a.to === undefined)
    return `${w.lead(a.at)}no longer ${w.dir === 'input' ? 'accepts' : 'returns'} ${typeArticle(a.from)}; ${w.rejected(a.from === 'null' ? 'null' : `${typeArticle(a.from)} value`)}`;
  return `${w.lead(a.at)}type narrowed from ${a.from} to ${a.to}; ${w.rejected(a.to === 'integer' ? 'fractional numbers' : `values that are not ${typeArticle(a.to)}`)}`;
}

function typeWidenedFrom(w: Wording, a: TypeWidened & { from: string }): string {
  return `${w.lead(a.at)}type widened from ${a.from} to ${a.to}; ${w.accepted(a.to === 'any' ? 'any value' : 'non-integer numbers')}`;
}

function enumValues(w: Wording, a: Values, change: 'removed from' | 'added to'): string {
  const consequence = change === 'removed from' ? w.rejected(list(a.values)) : w.accepted(list(a.values));
  return `${w.lead(a.at)}${a.values.length === 1 ? 'value' : 'values'} ${list(a.values)} ${change} the enum; ${consequence}`;
}

function stringKeywordRemoved(w: Wording, keyword: 'pattern' | 'format', a: Keyword): string {
  return `${w.lead(a.at)}${keyword} ${JSON.stringify(a.value)} removed; ${w.accepted('strings that do not match it')}`;
}

function stringKeywordChanged(w: Wording, keyword: 'pattern' | 'format', a: ValueChange<string>): string {
  const consequence =
    w.dir === 'input' ? 'some strings accepted before may now be rejected' : 'readers may receive strings in another shape';
  return `${w.lead(a.at)}${keyword} changed from ${JSON.stringify(a.before)} to ${JSON.stringify(a.after)}; ${consequence}`;
}

/** A pattern a generator writes for a format, added or removed beside that unchanged format. */
interface FormatPattern extends At {
  format: string;
  generator: string;
  added: boolean;
}

function formatPattern(w: Wording, a: FormatPattern): string {
  const values = w.dir === 'input' ? 'accepts the same arguments' : 'describes the same results';
  return `${w.lead(a.at)}the ${a.generator} regex for format ${JSON.stringify(a.format)} was ${a.added ? 'written out as a pattern' : 'dropped from beside the format'}; the generator validates that format with this regex, so the server ${values} (a generator artefact, not a new constraint)`;
}

/** "maximum 10 added" / "maximum 10 removed" / "maximum lowered from 100 to 50". */
function describeMove(keyword: string, before: string | undefined, after: string | undefined, raised: boolean): string {
  if (before === undefined) return `${keyword} ${after} added`;
  if (after === undefined) return `${keyword} ${before} removed`;
  return `${keyword} ${raised ? 'raised' : 'lowered'} from ${before} to ${after}`;
}

/** The numbers a numeric bound's move lets in or keeps out ("6–10", "values above 5 up to 10"). */
function numericRange(
  b: NumericBound | undefined,
  a: NumericBound | undefined,
  side: 'lower' | 'upper',
  integer: boolean,
  tightened: boolean,
): string {
  const [inner, outer] = tightened ? [a!, b] : [b!, a]; // inner: the tighter bound
  if (integer && outer) {
    const [lo, hi] = side === 'upper' ? [inner.value + 1, outer.value] : [outer.value, inner.value - 1];
    return lo === hi ? `${lo}` : `${lo}–${hi}`;
  }
  if (side === 'upper') return outer ? `values above ${inner.value} up to ${outer.value}` : `values above ${inner.value}`;
  return outer ? `values below ${inner.value} down to ${outer.value}` : `values below ${inner.value}`;
}

/** The values a count bound's move lets in or keeps out ("strings with 3–4 characters"). */
function countRange(a: Extract<ConstraintMove, { bound: 'count' }>): string {
  const norm = (v: number | undefined): number => (v === undefined ? (a.side === 'lower' ? 0 : Infinity) : v);
  const [lo, hi] = [Math.min(norm(a.before), norm(a.after)), Math.max(norm(a.before), norm(a.after))];
  const thing = a.unit === 'characters' ? 'strings' : a.unit === 'items' ? 'arrays' : 'objects';
  if (a.side === 'lower') return `${thing} with ${lo === hi - 1 ? lo : `${lo}–${hi - 1}`} ${a.unit}`;
  return hi === Infinity ? `${thing} with more than ${lo} ${a.unit}` : `${thing} with ${lo + 1 === hi ? hi : `${lo + 1}–${hi}`} ${a.unit}`;
}

function constraint(w: Wording, a: ConstraintMove, tightened: boolean): string {
  const consequence = (what: string): string => (tightened ? w.rejected(what) : w.accepted(what));
  switch (a.bound) {
    case 'numeric': {
      const show = (x?: NumericBound): string | undefined => x && `${x.value}${x.exclusive ? ' (exclusive)' : ''}`;
      const move = describeMove(
        a.side === 'lower' ? 'minimum' : 'maximum',
        show(a.before),
        show(a.after),
        (a.side === 'lower') === tightened,
      );
      return `${w.lead(a.at)}${move}; ${consequence(numericRange(a.before, a.after, a.side, a.integer, tightened))}`;
    }
    case 'multipleOf':
      return `${w.lead(a.at)}multipleOf changed from ${a.before ?? 'none'} to ${a.after ?? 'none'}; ${consequence(`numbers that are not multiples of ${tightened ? a.after : a.before}`)}`;
    case 'uniqueItems':
      return `${w.lead(a.at)}items ${tightened ? 'must now be unique' : 'no longer need to be unique'}; ${consequence('arrays with repeated items')}`;
    case 'count': {
      const norm = (v: number | undefined): number => (v === undefined ? (a.side === 'lower' ? 0 : Infinity) : v);
      const move = describeMove(a.keyword, a.before?.toString(), a.after?.toString(), norm(a.after) > norm(a.before));
      return `${w.lead(a.at)}${move}; ${consequence(countRange(a))}`;
    }
  }
}

/** A required property with a default, added or made required: one consequence for both (docs/rules.md says why). */
const FILLED_DEFAULT =
  'the server fills the default when a call omits it (generators list defaulted fields as required), but strict clients that validate before calling reject such calls';

/** At the root the undeclared properties are the tool's arguments (or the result's fields): said plainly. */
function undeclared(w: Wording, at: string): { lead: string; what: string; extra: string } {
  if (!w.isRoot(at)) return { lead: w.lead(at), what: 'undeclared properties', extra: 'objects with extra keys' };
  return w.dir === 'input'
    ? { lead: '', what: 'undeclared arguments', extra: 'extra arguments' }
    : { lead: '', what: 'undeclared fields in the result', extra: 'extra fields' };
}

/** The message of every schema rule id, from the arguments its emitter passes. */
const SCHEMA_MESSAGES = {
  'input-property-added-required': (a: At) => `${IN.subject(a.at)} was added as required; existing calls omit it and are rejected`,
  'input-property-added-required-with-default': (a: At & { default: Json }) =>
    `${IN.subject(a.at)} was added as required with a default (${valueKey(a.default)}); ${FILLED_DEFAULT}`,
  'input-property-added-optional': (a: At) => `${IN.subject(a.at)} was added as optional`,
  'output-property-added': (a: At) => `${OUT.subject(a.at)} was added`,
  'input-property-removed': (a: PropertyRemoved) =>
    `${IN.subject(a.at)} was removed; callers that still send it ${a.closedAfter ? 'are now rejected (additionalProperties is false)' : 'have it ignored'}`,
  'output-property-removed': (a: PropertyRemoved) =>
    `${OUT.subject(a.at)} was removed; readers ${a.wasRequired ? 'that rely on it (it was required) break' : 'that use it get nothing'}`,
  'input-property-renamed': (a: PropertyRenamed) =>
    `${IN.subject(a.at)} renamed to ${JSON.stringify(a.to)}${retypedNote(a)}; callers still sending ${JSON.stringify(a.from)} ${a.closedAfter ? 'are rejected' : 'have it ignored'}` +
    `${a.toIsRequired ? ` and miss the required ${JSON.stringify(a.to)}` : ''}; accept both names for a deprecation period`,
  'output-property-renamed': (a: PropertyRenamed) =>
    `${OUT.subject(a.at)} renamed to ${JSON.stringify(a.to)}${retypedNote(a)}; readers of ${JSON.stringify(a.from)} no longer find it`,
  'input-property-became-required': (a: At) => `${IN.subject(a.at)} became required; calls that omit it are now rejected`,
  'output-property-became-required': (a: At) => `${OUT.subject(a.at)} became required; readers can now rely on it`,
  'input-property-became-optional': (a: At) => `${IN.subject(a.at)} became optional; calls may now omit it`,
  'output-property-became-optional': (a: At) => `${OUT.subject(a.at)} became optional; readers that rely on it break when it is missing`,
  'input-property-became-required-with-default': (a: At & { default: Json }) =>
    `${IN.subject(a.at)} became required but has a default (${valueKey(a.default)}); ${FILLED_DEFAULT}`,
  'input-property-description-changed': (a: ValueChange<string | undefined>) => descriptionChanged(IN, a),
  'output-property-description-changed': (a: ValueChange<string | undefined>) => descriptionChanged(OUT, a),
  'input-type-narrowed': (a: TypeNarrowed) => typeNarrowed(IN, a),
  'output-type-narrowed': (a: TypeNarrowed) => typeNarrowed(OUT, a),
  'input-type-widened': (a: TypeWidened) =>
    a.from === undefined ? `${IN.lead(a.at)}now also accepts ${typeArticle(a.to)}` : typeWidenedFrom(IN, { ...a, from: a.from }),
  'output-type-widened': (a: TypeWidened) =>
    a.from === undefined
      ? `${OUT.lead(a.at)}may now be ${typeArticle(a.to)}; readers that do not handle it break`
      : typeWidenedFrom(OUT, { ...a, from: a.from }),
  'input-type-changed': (a: TypeChanged) =>
    `${IN.lead(a.at)}type changed from ${a.from.join(' or ')} to ${a.to.join(' or ')}; ${a.swapped ? `callers sending ${typeArticle(a.from[0]!)} are now rejected` : 'every call that passed a value for it is now rejected'}`,
  'output-type-changed': (a: TypeChanged) =>
    `${OUT.lead(a.at)}type changed from ${a.from.join(' or ')} to ${a.to.join(' or ')}; readers get a different kind of value`,
  'input-enum-value-removed': (a: Values) => enumValues(IN, a, 'removed from'),
  'output-enum-value-removed': (a: Values) => enumValues(OUT, a, 'removed from'),
  'input-enum-value-added': (a: Values) => enumValues(IN, a, 'added to'),
  'output-enum-value-added': (a: Values) => `${enumValues(OUT, a, 'added to')} (handle unknown values)`,
  'input-enum-added': (a: Values) => `${IN.lead(a.at)}now limited to ${list(a.values)}; callers sending any other value are now rejected`,
  'output-enum-added': (a: Values) => `${OUT.lead(a.at)}now limited to ${list(a.values)}; readers are unaffected`,
  'input-enum-removed': (a: Values) => `${IN.lead(a.at)}no longer limited to ${list(a.values)}; ${IN.accepted('any value of the type')}`,
  'output-enum-removed': (a: Values) => `${OUT.lead(a.at)}no longer limited to ${list(a.values)}; ${OUT.accepted('any value of the type')}`,
  'input-const-added': (a: Values) => `${IN.lead(a.at)}must now be ${list(a.values)}; callers sending any other value are now rejected`,
  'output-const-added': (a: Values) => `${OUT.lead(a.at)}must now be ${list(a.values)}; readers are unaffected`,
  'input-const-changed': (a: ValueChange<Json[]>) =>
    `${IN.lead(a.at)}constant changed from ${list(a.before)} to ${list(a.after)}; callers sending the old value are now rejected`,
  'output-const-changed': (a: ValueChange<Json[]>) =>
    `${OUT.lead(a.at)}constant changed from ${list(a.before)} to ${list(a.after)}; readers get a different value`,
  'input-const-removed': (a: Values) => `${IN.lead(a.at)}no longer fixed to ${list(a.values)}; ${IN.accepted('any value of the type')}`,
  'output-const-removed': (a: Values) => `${OUT.lead(a.at)}no longer fixed to ${list(a.values)}; ${OUT.accepted('any value of the type')}`,
  'input-pattern-added': (a: Keyword) =>
    `${IN.lead(a.at)}pattern ${JSON.stringify(a.value)} added; callers sending strings that do not match are now rejected`,
  'output-pattern-added': (a: Keyword) => `${OUT.lead(a.at)}pattern ${JSON.stringify(a.value)} added; readers are unaffected`,
  'input-pattern-generator-artefact': (a: FormatPattern) => formatPattern(IN, a),
  'output-pattern-generator-artefact': (a: FormatPattern) => formatPattern(OUT, a),
  'input-pattern-changed': (a: ValueChange<string>) => stringKeywordChanged(IN, 'pattern', a),
  'output-pattern-changed': (a: ValueChange<string>) => stringKeywordChanged(OUT, 'pattern', a),
  'input-pattern-removed': (a: Keyword) => stringKeywordRemoved(IN, 'pattern', a),
  'output-pattern-removed': (a: Keyword) => stringKeywordRemoved(OUT, 'pattern', a),
  'input-format-added': (a: Keyword) =>
    `${IN.lead(a.at)}format ${JSON.stringify(a.value)} added; strict validators reject strings in another format`,
  'output-format-added': (a: Keyword) => `${OUT.lead(a.at)}format ${JSON.stringify(a.value)} added; readers are unaffected`,
  'input-format-changed': (a: ValueChange<string>) => stringKeywordChanged(IN, 'format', a),
  'output-format-changed': (a: ValueChange<string>) => stringKeywordChanged(OUT, 'format', a),
  'input-format-removed': (a: Keyword) => stringKeywordRemoved(IN, 'format', a),
  'output-format-removed': (a: Keyword) => stringKeywordRemoved(OUT, 'format', a),
  'input-constraint-tightened': (a: ConstraintMove) => constraint(IN, a, true),
  'output-constraint-tightened': (a: ConstraintMove) => constraint(OUT, a, true),
  'input-constraint-loosened': (a: ConstraintMove) => constraint(IN, a, false),
  'output-constraint-loosened': (a: ConstraintMove) => constraint(OUT, a, false),
  'input-additional-properties-disallowed': (a: At) => {
    const u = undeclared(IN, a.at);
    return `${u.lead}${u.what} are no longer allowed (additionalProperties: false); calls with ${IN.isRoot(a.at) ? u.extra : 'extra keys'}, which models often add, are now rejected`;
  },
  'output-additional-properties-disallowed': (a: At) => {
    const u = undeclared(OUT, a.at);
    return `${u.lead}${u.what} are no longer allowed (additionalProperties: false); readers are unaffected`;
  },
  'input-additional-properties-allowed': (a: At) => {
    const u = undeclared(IN, a.at);
    return `${u.lead}${u.what} are now allowed; ${IN.accepted(u.extra)}`;
  },
  'output-additional-properties-allowed': (a: At) => {
    const u = undeclared(OUT, a.at);
    return `${u.lead}${u.what} are now allowed; ${OUT.accepted(u.extra)}`;
  },
  'input-default-changed': (a: ValueChange<Json>) =>
    `${IN.lead(a.at)}default changed from ${valueKey(a.before)} to ${valueKey(a.after)}; calls that omit it now behave differently`,
  'output-default-changed': (a: ValueChange<Json>) =>
    `${OUT.lead(a.at)}default changed from ${valueKey(a.before)} to ${valueKey(a.after)}; documentation only`,
  'input-default-removed': (a: At & { value: Json }) =>
    `${IN.lead(a.at)}default ${valueKey(a.value)} removed; calls that omit it no longer get that value`,
  'output-default-removed': (a: At & { value: Json }) => `${OUT.lead(a.at)}default ${valueKey(a.value)} removed; documentation only`,
  'input-default-added': (a: At & { value: Json }) => `${IN.lead(a.at)}default ${valueKey(a.value)} added`,
  'output-default-added': (a: At & { value: Json }) => `${OUT.lead(a.at)}default ${valueKey(a.value)} added`,
  'input-variant-removed': (a: VariantChange) =>
    `${IN.lead(a.at)}${describeVariant(a.variant)} was removed; ${IN.rejected('values that only it matched')}`,
  'output-variant-removed': (a: VariantChange) =>
    `${OUT.lead(a.at)}${describeVariant(a.variant)} was removed; ${OUT.rejected('values that only it matched')}`,
  'input-variant-added': (a: VariantChange) =>
    `${IN.lead(a.at)}${describeVariant(a.variant)} was added; ${IN.accepted('values that only it matches')}`,
  'output-variant-added': (a: VariantChange) =>
    `${OUT.lead(a.at)}${describeVariant(a.variant)} was added; ${OUT.accepted('values that only it matches')}`,
  'input-schema-inconclusive': (a: Inconclusive) => inconclusive(IN, a),
  'output-schema-inconclusive': (a: Inconclusive) => inconclusive(OUT, a),
  'output-schema-removed': () => 'the outputSchema was removed; clients that validate or rely on structuredContent lose their contract',
  'output-schema-added': () => 'an outputSchema was added; clients can now rely on structuredContent',
  'input-schema-narrowed': () =>
    'the input schema now rejects some arguments it accepted before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)',
  'output-schema-widened': () =>
    'the output schema now allows results it did not allow before (proven by set comparison; no specific rule named the change, look at not/anyOf/allOf)',
  'input-schema-widened': () => 'the input schema accepts more arguments than before and rejects none it accepted',
  'output-schema-narrowed': () => 'the output schema allows fewer results than before and none it did not allow',
} as const satisfies Record<string, (args: never) => string>;

/** Every rule id that has a sentence here (a test checks each is a registered rule: no sentence for a gone rule). */
export const WORDED_SCHEMA_RULES: readonly string[] = Object.keys(SCHEMA_MESSAGES);

/** The arguments the message of a rule id takes. */
export type MessageArgs<Id extends SchemaRuleId> = Parameters<(typeof SCHEMA_MESSAGES)[Id]>;

/** A $ref definition used in several places, where a change inside it was found (reported once, at its first use). */
export interface SharedDefinition {
  ref: string;
  uses: number;
}

/** The sentence of a schema finding, noting the shared definition the change sits in. */
export function schemaMessage<Id extends SchemaRuleId>(id: Id, ...args: MessageArgs<Id>): string {
  return (SCHEMA_MESSAGES[id] as (...a: MessageArgs<Id>) => string)(...args);
}

/** The walker's form of schemaMessage: the id picked by direction, so the arguments are those both ids share. */
export function walkerMessage(id: SchemaRuleId, args: unknown): string {
  return (SCHEMA_MESSAGES[id] as (a: unknown) => string)(args);
}

/** How a sentence about a place starts: 'parameter "q": ', or at the root 'in the arguments, ' / 'in the result, '. */
export function placeLead(direction: SchemaDirection, at: string): string {
  return (direction === 'input' ? IN : OUT).lead(at);
}

/** One line of why the walker left a comparison undecided: the place, then what changed there. */
export function undecidedReason(direction: SchemaDirection, at: string, what: string): string {
  return `${placeLead(direction, at)}${what}`;
}

/** Why nothing was named though the schemas differ: keywords the walker does not read. */
export function unreadKeywordsReason(keywords: string[]): string {
  return `the schemas differ, and ${keywords.map((k) => `\`${k}\``).join(', ')} ${keywords.length === 1 ? 'is' : 'are'} not compared by the walker`;
}
