// Weighs the evidence that a removed tool and an added one are one tool under a new name (names, input schema, description) and picks the renames.
import {
  bestAssignment,
  fieldSimilarity,
  NEAR_EQUAL_SIMILARITY,
  nameKey,
  nameTokens,
  relationOf,
  renameCandidates,
  stemOf,
  type NameKey,
  type NameRelation,
  type PairingEntry,
  type RenamePair,
} from './pairing.js';
import { wordDiff } from './word-diff.js';

/** One side of a possible tool rename: what the name-and-signature pairing reads, plus the description. */
export interface RenameEntry extends PairingEntry {
  /** The description the model reads ('' when there is none). */
  description: string;
}

/**
 * Leading verbs that do the same kind of thing. Two names whose leading verbs fall in different groups
 * (`get_env` / `set_env`, `enable_x` / `disable_x`) are different tools whatever else they share;
 * one-word groups are there to be told apart from the others.
 */
const VERB_GROUPS: readonly (readonly string[])[] = [
  ['get', 'fetch', 'retrieve', 'read', 'load', 'list', 'show', 'print', 'display', 'view', 'return'],
  ['create', 'add', 'new', 'make', 'insert'],
  ['update', 'edit', 'modify', 'patch', 'change', 'set'],
  ['delete', 'remove', 'destroy', 'drop', 'erase'],
  ['search', 'find', 'lookup'],
  ['run', 'execute', 'exec', 'invoke', 'trigger', 'start'],
  ['stop', 'halt', 'kill', 'cancel', 'terminate'],
  ['send', 'post'],
  ['enable'],
  ['disable'],
  ['open'],
  ['close'],
  ['lock'],
  ['unlock'],
  ['upload'],
  ['download'],
  ['import'],
  ['export'],
  ['archive'],
  ['restore'],
  ['subscribe'],
  ['unsubscribe'],
  ['pause'],
  ['resume'],
  ['approve'],
  ['reject'],
  ['merge'],
  ['push'],
  ['pull'],
  ['sync'],
  ['copy'],
  ['move'],
  ['rename'],
  ['toggle'],
  ['count'],
  ['validate'],
  ['summarize'],
];
const VERB_GROUP = new Map(VERB_GROUPS.flatMap((group, i) => group.map((verb) => [verb, i] as const)));

/** Words that say nothing about what a tool is (they never count as shared evidence). */
const FILLER_WORDS = new Set([
  'a',
  'an',
  'the',
  'by',
  'of',
  'for',
  'to',
  'from',
  'in',
  'on',
  'at',
  'with',
  'and',
  'or',
  'all',
  'id',
  'ids',
  'my',
  'me',
]);
const VERSION_WORD = /^v\d+$/;

/** A name's words as pairing by evidence reads them (worked out once per tool). */
interface NameWords {
  key: NameKey;
  /** Lower-case, singularised words without filler and version words. */
  words: string[];
  /** The verb group of the leading word, when it is a known verb. */
  verbGroup: number | undefined;
  /** Index of the first word that says what the tool acts on: 1 after a leading verb (0 when the verb is the only word). */
  coreStart: number;
}

function nameWords(name: string): NameWords {
  const words = nameTokens(name)
    .filter((t) => !FILLER_WORDS.has(t) && !VERSION_WORD.test(t))
    .map(stemOf);
  const verbGroup = words.length ? VERB_GROUP.get(words[0]) : undefined;
  return { key: nameKey(name), words, verbGroup, coreStart: verbGroup !== undefined && words.length > 1 ? 1 : 0 };
}

/** Shortest word part that counts as a shared prefix (`doc` / `documentation`, `env` / `environment`). */
const MIN_PREFIX = 3;

/** The part two words share: the word when equal, the shorter when it starts the longer; else undefined. */
function sharedPart(a: string, b: string): string | undefined {
  if (a === b) return a;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short) ? short : undefined;
}

/** What the two names have in common. */
export interface NameEvidence {
  /** The name relation of the name-and-signature pairing, when there is one. */
  relation?: NameRelation;
  /** 0–1: the mean of the shared-word fraction of the longer name (Dice) and of the shorter name. */
  similarity: number;
  /** Shared words past the leading verb, in the new name's order (a shared prefix for `doc` / `documentation`). */
  shared: string[];
  /** The leading verbs, when they differ but mean the same (`print` ≈ `get`). */
  verbs?: [string, string];
  /** Every word of one name is matched in the other (nothing swapped, at most words added). */
  contained: boolean;
  /** Both names start with known verbs of different groups (`get` / `set`). */
  verbConflict: boolean;
}

function nameEvidence(a: NameWords, b: NameWords): NameEvidence {
  const relation = relationOf(a.key, b.key);
  const verbConflict = a.verbGroup !== undefined && b.verbGroup !== undefined && a.verbGroup !== b.verbGroup;
  const sameVerb = a.verbGroup !== undefined && a.verbGroup === b.verbGroup;
  const matchedA = new Set<number>();
  const shared: string[] = [];
  let matched = 0;
  if (sameVerb) {
    matchedA.add(0);
    matched++;
  }
  // Exact words first, then shared prefixes, so `docs` takes `docs` before `documentation`.
  const matchedB = new Set<number>(sameVerb ? [0] : []);
  const partOf = new Map<number, string>();
  for (const exact of [true, false]) {
    for (let j = 0; j < b.words.length; j++) {
      if (matchedB.has(j)) continue;
      for (let i = 0; i < a.words.length; i++) {
        if (matchedA.has(i)) continue;
        const part = exact ? (a.words[i] === b.words[j] ? a.words[i] : undefined) : sharedPart(a.words[i], b.words[j]);
        if (part === undefined) continue;
        matchedA.add(i);
        matchedB.add(j);
        matched++;
        if (i >= a.coreStart && j >= b.coreStart) partOf.set(j, part);
        break;
      }
    }
  }
  for (const j of [...partOf.keys()].sort((x, y) => x - y)) shared.push(partOf.get(j)!);
  const small = Math.min(a.words.length, b.words.length),
    total = a.words.length + b.words.length;
  const tokenSimilarity = small === 0 ? 0 : ((2 * matched) / total + matched / small) / 2;
  const similarity =
    relation === 'case-or-separator' || relation === 'version'
      ? 1
      : Math.max(relation === 'stem' ? STEM_NAME_SIMILARITY : 0, tokenSimilarity);
  return {
    ...(relation ? { relation } : {}),
    similarity,
    shared,
    ...(sameVerb && a.words[0] !== b.words[0] ? { verbs: [a.words[0], b.words[0]] as [string, string] } : {}),
    contained: small > 0 && matched === small,
    verbConflict,
  };
}

/** A shared stem (`read_file` / `read_text_file`) is a close name relation even when many words were added. */
const STEM_NAME_SIMILARITY = 0.9;

/** How the input schemas compare. */
export interface SchemaEvidence {
  /** equal: same canonical schema; same-parameters: same top-level property names; similar-parameters: some shared. */
  kind: 'equal' | 'same-parameters' | 'similar-parameters' | 'different-parameters';
  /** Jaccard similarity of the top-level property names (1 for equal schemas and for two empty ones). */
  similarity: number;
  /** Both schemas are too common to tell tools apart (`{}` or one undocumented property): not counted as evidence. */
  trivial: boolean;
  /** Neither schema declares a property. */
  noParameters: boolean;
}

function schemaEvidence(a: PairingEntry, b: PairingEntry): SchemaEvidence {
  const similarity = a.signature === b.signature ? 1 : fieldSimilarity(a.fields, b.fields);
  const kind =
    a.signature === b.signature
      ? 'equal'
      : similarity === 1
        ? 'same-parameters'
        : similarity > 0
          ? 'similar-parameters'
          : 'different-parameters';
  return { kind, similarity, trivial: !a.distinctive && !b.distinctive, noParameters: a.fields.length === 0 && b.fields.length === 0 };
}

/** How the descriptions compare. */
export interface DescriptionEvidence {
  /** 0–1: words in common (longest common subsequence of the lower-cased words) over the mean word count. */
  similarity: number;
  /** The shorter description is the start of the longer one (and at least MIN_PREFIX_WORDS words long); false when the words are equal. */
  keptAsPrefix: boolean;
}

/** Only the first words of long descriptions are compared (the opening says what a tool does). */
const MAX_DESCRIPTION_WORDS = 200;
/** A kept prefix counts only from this many words: "Search" alone is not a description. */
const MIN_PREFIX_WORDS = 4;
/** What a kept prefix counts for when the words in common say less (the new text may add a lot). */
const PREFIX_SIMILARITY = 0.9;

function descriptionWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_DESCRIPTION_WORDS);
}

function descriptionEvidence(before: string, after: string): DescriptionEvidence | undefined {
  const a = descriptionWords(before),
    b = descriptionWords(after);
  if (!a.length || !b.length) return undefined;
  let common = 0;
  for (const seg of wordDiff(a.join(' '), b.join(' '))) if (seg.op === 'equal') common += seg.text.split(' ').filter(Boolean).length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const keptAsPrefix = short.length >= MIN_PREFIX_WORDS && short.length < long.length && short.every((w, i) => long[i] === w);
  const similarity = (2 * common) / (a.length + b.length);
  return { similarity: keptAsPrefix ? Math.max(similarity, PREFIX_SIMILARITY) : similarity, keptAsPrefix };
}

/** Everything weighed for one possible rename, and the confidence drawn from it. */
export interface RenameEvidence {
  name: NameEvidence;
  schema: SchemaEvidence;
  /** Undefined when either tool has no description. */
  description?: DescriptionEvidence;
  /** 0–1: the weighted mean of the name, schema and description similarities that carry information. */
  confidence: number;
}

/** Weights of the evidence kinds in the confidence; a trivial schema or a missing description drops out of the mean. */
const WEIGHTS = { name: 0.4, schema: 0.3, description: 0.3 };

export function renameEvidence(from: RenameEntry, to: RenameEntry): RenameEvidence {
  return weigh(
    nameEvidence(nameWords(from.name), nameWords(to.name)),
    schemaEvidence(from, to),
    descriptionEvidence(from.description, to.description),
  );
}

function weigh(name: NameEvidence, schema: SchemaEvidence, description: DescriptionEvidence | undefined): RenameEvidence {
  let sum = WEIGHTS.name * name.similarity,
    weight = WEIGHTS.name;
  if (!schema.trivial) {
    sum += WEIGHTS.schema * schema.similarity;
    weight += WEIGHTS.schema;
  }
  if (description) {
    sum += WEIGHTS.description * description.similarity;
    weight += WEIGHTS.description;
  }
  return { name, schema, ...(description ? { description } : {}), confidence: sum / weight };
}

/**
 * Thresholds for a rename found by evidence (names unrelated for the name-and-signature pairing):
 * - the descriptions must agree: ≥ 0.7 when one name's words all reappear in the other, ≥ 0.85 when each name
 *   has a word the other lacks (a swapped word may name another thing: `create_issue_comment` /
 *   `create_pr_comment` share "create … comment" and most of their description, and are different tools);
 * - and the confidence must reach 0.7, so weak names need strong schemas and descriptions to make up for them.
 */
export const DESCRIPTION_AGREEMENT = { contained: 0.7, swapped: 0.85 };
export const MIN_EVIDENCE_CONFIDENCE = 0.7;

/**
 * Whether the evidence alone makes a rename: the names share a word past the leading verb and their verbs do not
 * conflict, the input parameters are near-equal (at least half shared, or both empty), and the descriptions agree.
 * A schema never pairs two tools by itself here: two tools that take `{}` pair only when a name word and the
 * description say so too.
 */
export function evidenceMakesRename(e: RenameEvidence): boolean {
  if (!namesAndSchemasFit(e.name, e.schema) || !e.description) return false;
  const agreement = e.name.contained ? DESCRIPTION_AGREEMENT.contained : DESCRIPTION_AGREEMENT.swapped;
  return e.description.similarity >= agreement && e.confidence >= MIN_EVIDENCE_CONFIDENCE;
}

function namesAndSchemasFit(name: NameEvidence, schema: SchemaEvidence): boolean {
  return !name.verbConflict && name.shared.length > 0 && schema.similarity >= NEAR_EQUAL_SIMILARITY;
}

/** The evidence for a pair when it makes a rename, else undefined; the descriptions are compared only when names and schemas fit. */
function renameByEvidence(from: RenameEntry, fromWords: NameWords, to: RenameEntry, toWords: NameWords): RenameEvidence | undefined {
  const name = nameEvidence(fromWords, toWords),
    schema = schemaEvidence(from, to);
  if (!namesAndSchemasFit(name, schema)) return undefined;
  const evidence = weigh(name, schema, descriptionEvidence(from.description, to.description));
  return evidenceMakesRename(evidence) ? evidence : undefined;
}

/** A chosen tool rename with its evidence; relation 'evidence' when only the evidence (not name and signature) made it. */
export interface ToolRename extends Omit<RenamePair, 'relation'> {
  relation: RenamePair['relation'] | 'evidence';
  evidence: RenameEvidence;
}

/**
 * At most this many added tools are weighed per removed tool by evidence, taken from its rarest name words first:
 * a word every tool shares (`get`) cannot tell them apart, and the cap keeps 10,000-tool catalogs near-linear.
 */
export const MAX_EVIDENCE_CANDIDATES = 64;

/** The index key of a name word: its first MIN_PREFIX letters, so `doc` and `documentation` meet. */
const wordKey = (word: string): string => word.slice(0, MIN_PREFIX);

/**
 * The tool renames among removed and added tools: every pair the name-and-signature pairing accepts (see
 * `renameCandidates`), and every pair the evidence makes (`evidenceMakesRename`), weighted by confidence; then
 * the assignment with the highest total confidence (`bestAssignment`), so each tool is in at most one rename.
 */
export function pairToolRenames(removed: readonly RenameEntry[], added: readonly RenameEntry[]): ToolRename[] {
  const removedByName = new Map(removed.map((e) => [e.name, e])),
    addedByName = new Map(added.map((e) => [e.name, e]));
  const edges: Array<ToolRename & { weight: number }> = [];
  const seen = new Set<string>();
  const addEdge = (from: RenameEntry, to: RenameEntry, relation: ToolRename['relation'], evidence: RenameEvidence) => {
    edges.push({
      from: from.name,
      to: to.name,
      relation,
      equalSignature: from.signature === to.signature,
      evidence,
      weight: evidence.confidence,
    });
  };
  for (const { pair } of renameCandidates(removed, added)) {
    seen.add(`${pair.from}\u0000${pair.to}`);
    const from = removedByName.get(pair.from)!,
      to = addedByName.get(pair.to)!;
    addEdge(from, to, pair.relation, renameEvidence(from, to));
  }

  const byWord = new Map<string, Array<{ entry: RenameEntry; words: NameWords }>>();
  for (const entry of added) {
    const words = nameWords(entry.name);
    for (const key of new Set(words.words.slice(words.coreStart).map(wordKey)))
      (byWord.get(key) ?? byWord.set(key, []).get(key)!).push({ entry, words });
  }
  for (const r of removed) {
    const w = nameWords(r.name);
    const buckets = [...new Set(w.words.slice(w.coreStart).map(wordKey))]
      .map((k) => byWord.get(k) ?? [])
      .sort((x, y) => x.length - y.length);
    const weighed = new Set<string>();
    for (const bucket of buckets) {
      for (const { entry: a, words } of bucket) {
        if (weighed.size >= MAX_EVIDENCE_CANDIDATES) break;
        if (weighed.has(a.name)) continue;
        weighed.add(a.name);
        if (seen.has(`${r.name}\u0000${a.name}`)) continue;
        const evidence = renameByEvidence(r, w, a, words);
        if (evidence) addEdge(r, a, 'evidence', evidence);
      }
    }
  }
  return bestAssignment(edges).map(({ weight: _weight, ...rename }) => rename);
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The evidence in words, for the finding's message: `confidence 93%: same input schema; descriptions 91% alike; names share `env``. */
export function describeRenameEvidence(e: RenameEvidence): string {
  const parts: string[] = [];
  const schema = e.schema.noParameters
    ? 'no parameters in either'
    : {
        equal: 'same input schema',
        'same-parameters': 'same parameters',
        'similar-parameters': `${percent(e.schema.similarity)} of the parameters shared`,
        'different-parameters': 'no parameter shared',
      }[e.schema.kind];
  parts.push(e.schema.trivial ? `${schema} (too common to count)` : schema);
  if (e.description) {
    parts.push(
      e.description.similarity === 1 && !e.description.keptAsPrefix
        ? 'same description'
        : e.description.keptAsPrefix
          ? 'the old description kept as the start of the new one'
          : `descriptions ${percent(e.description.similarity)} alike`,
    );
  }
  const relation = {
    'case-or-separator': 'same words, other case or separators',
    version: 'a version suffix',
    stem: 'one name inside the other',
  };
  const name = e.name.relation ? [relation[e.name.relation]] : [];
  if (e.name.shared.length) name.push(`names share \`${e.name.shared.join('-')}\``);
  if (e.name.verbs) name.push(`\`${e.name.verbs[0]}\` ≈ \`${e.name.verbs[1]}\``);
  if (name.length) parts.push(name.join(', '));
  return `confidence ${percent(e.confidence)}: ${parts.join('; ')}`;
}

/** The evidence as structured data, for the finding's `extra`. */
export function renameEvidenceExtra(e: RenameEvidence): {
  confidence: number;
  evidence: Record<string, Record<string, string | number | boolean | string[]>>;
} {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    confidence: round(e.confidence),
    evidence: {
      name: {
        ...(e.name.relation ? { relation: e.name.relation } : {}),
        similarity: round(e.name.similarity),
        shared: e.name.shared,
        ...(e.name.verbs ? { verbs: e.name.verbs } : {}),
      },
      schema: {
        kind: e.schema.kind,
        similarity: round(e.schema.similarity),
        trivial: e.schema.trivial,
        noParameters: e.schema.noParameters,
      },
      ...(e.description ? { description: { similarity: round(e.description.similarity), keptAsPrefix: e.description.keptAsPrefix } } : {}),
    },
  };
}
