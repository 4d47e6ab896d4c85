// Diffs the tool lists: pairing (same name, renames, dual registration), presence rules and every per-tool comparison.
import { equalJson, hashTool, isCanonicalTool, stableJson } from '../catalog/canonical.js';
import type { ToolDef } from '../catalog/types.js';
import { isObject, type Json, type JsonObject } from '../findings/json.js';
import { compareAnnotations } from './annotations.js';
import { deprecationOf, sunsetPassed } from '../catalog/deprecation.js';
import { compareText } from '../findings/finding.js';
import { compareLists } from './compare-lists.js';
import { fieldSimilarity, NEAR_EQUAL_SIMILARITY, nameKey, RelatedNameIndex, type PairingEntry } from './pairing.js';
import { describeRenameEvidence, pairToolRenames, renameEvidenceExtra, type ToolRename } from './rename-evidence.js';
import { opaqueChanges, opaqueMessage, type OpaqueObject } from './opaque-fields.js';
import { defineRules, findingMaker, q, type MessageTable } from '../findings/rule-kit.js';
import { compareSchemas, type SchemaChange } from './schema/index.js';
import type { Finding } from '../findings/finding.js';
import { cosmeticSeverity, textChange, type TextChange } from './word-diff.js';

export const TOOL_RULES = defineRules('change', 'src/diff/tools.ts', 'tool', {
  'tool-removed': ['breaking', 'a tool is gone and no added tool takes its place; clients calling it fail'],
  'tool-renamed': [
    'breaking',
    'a removed tool pairs with an added one (related name and near-equal input schema, or an equal distinctive schema); keep the old name registered until the next major',
  ],
  'tool-removed-after-deprecation': ['warning', 'a tool the base marked deprecated was removed after its sunset date'],
  'tool-added': ['safe', 'a new tool'],
  'tool-dual-registered': [
    'safe',
    'a new tool is registered beside an unbroken old one it succeeds (e.g. x_v2 beside x, or getUser beside get_user)',
  ],
  'tool-deprecated': ['info', 'a deprecation marker appeared (description prefix or _meta deprecation key)'],
  'tool-title-changed': ['info', 'the display title (title or annotations.title) changed'],
  'tool-description-changed': [
    'warning',
    "the description (the model's instructions) changed; review the word diff for injected orders (info when only punctuation at the end of words changed)",
  ],
  'tool-icons-changed': ['info', 'the icons changed'],
  'tool-task-support-changed': [
    'breaking',
    'execution.taskSupport changed: breaking when a way of calling the tool (plain call or task) is lost, safe when one is gained',
  ],
  'tool-meta-changed': [
    'info',
    'a _meta key changed (volatile keys such as timestamps excepted): protocol-level metadata some hosts read; review it',
  ],
  'tool-field-changed': [
    'info',
    'a field the MCP spec does not define for tools (at the top level, in annotations or in execution) changed; mcp-contract does not interpret it, clients that read it may behave differently',
  ],
  'catalog-duplicate-tool-name': ['warning', 'the head lists two tools with the same name; clients see only one of them'],
});

/** How a tool's title changed: its display title, or an annotations.title behind a top-level title (`shown`, what newer clients display). */
type ToolTitleArgs = { tool: string; before: Json; after: Json } & ({ field: 'title' } | { field: 'annotations.title'; shown: Json });

/** A way of calling a tool, as the task-support message names the ways it lost. */
const callModeText = (mode: string) =>
  mode === 'call' ? 'a plain tools/call' : mode === 'task' ? 'a task-augmented call' : `mode ${q(mode)}`;

/** What paired a rename, in the words of its message. */

const TOOL_MESSAGES = {
  'tool-removed': ({ tool, deprecated, sunset }: { tool: string; deprecated: boolean; sunset?: string }) => {
    const why = !deprecated
      ? ''
      : sunset
        ? ` It was marked deprecated, but its sunset date ${sunset} has not passed yet.`
        : ' It was marked deprecated, but without a sunset date, so removing it is still breaking; give deprecations a sunset date.';
    return `Tool "${tool}" was removed; clients calling it will fail.${why}`;
  },
  'tool-renamed': (r: ToolRename) =>
    `Tool "${r.from}" was renamed to "${r.to}" (${describeRenameEvidence(r.evidence)}); clients calling "${r.from}" will fail. Keep "${r.from}" registered beside "${r.to}" (marked deprecated) until the next major version.`,
  'tool-removed-after-deprecation': ({ tool, sunset }: { tool: string; sunset?: string }) =>
    `Tool "${tool}" was removed after its deprecation sunset date ${sunset}; clients were told to migrate.`,
  'tool-added': ({ tool }: { tool: string }) => `Tool "${tool}" was added.`,
  'tool-dual-registered': ({ tool, predecessor }: { tool: string; predecessor: string }) =>
    `Tool "${tool}" was added beside "${predecessor}", which still works as before: clients can migrate at their own pace.`,
  'tool-deprecated': ({ tool, sunset }: { tool: string; sunset?: string }) =>
    `Tool "${tool}" is now marked deprecated${sunset ? `, with sunset date ${sunset}` : ' (no sunset date given)'}.`,
  'tool-title-changed': (a: ToolTitleArgs) =>
    a.field === 'title'
      ? `Tool "${a.tool}" title changed from ${q(a.before)} to ${q(a.after)}.`
      : `Tool "${a.tool}" annotations.title changed from ${q(a.before)} to ${q(a.after)} (clients that read \`title\` first still show ${q(a.shown)}).`,
  'tool-description-changed': ({ tool, change }: { tool: string; change: TextChange }) =>
    change.punctuationOnly
      ? `Tool "${tool}" description changed in punctuation only: ${change.diff}`
      : `Tool "${tool}" description changed (the model reads it as instructions): ${change.diff}`,
  'tool-icons-changed': ({ tool }: { tool: string }) => `Tool "${tool}" icons changed.`,
  'tool-task-support-changed': ({ tool, before, after, lost }: { tool: string; before: string; after: string; lost: readonly string[] }) =>
    lost.length
      ? `Tool "${tool}" task support changed from "${before}" to "${after}": clients invoking it with ${lost.map(callModeText).join(' and ')} will now be rejected.`
      : `Tool "${tool}" task support changed from "${before}" to "${after}": a new way to invoke it, existing calls still work.`,
  'tool-meta-changed': opaqueMessage,
  'tool-field-changed': opaqueMessage,
  'catalog-duplicate-tool-name': ({ tool, count }: { tool: string; count: number }) =>
    `The head lists ${count} tools named "${tool}"; clients keep only one of them, so which definition they call is undefined. Give each tool a unique name.`,
} satisfies MessageTable<keyof typeof TOOL_RULES>;

const finding = findingMaker(TOOL_RULES, TOOL_MESSAGES);

/** A schema pair the walker could not decide, queued for the set-theoretic oracle. */
export interface UndecidedSchemaPair {
  tool: string;
  direction: 'input' | 'output';
  before: Json | undefined;
  after: Json | undefined;
  /** Whether the walker already reported a breaking change for this pair (the oracle adds nothing then). */
  hadBreakingChange: boolean;
  /** Where and why the walker could not decide (for the inconclusive message). */
  reasons: string[];
}

export interface ToolsDiff {
  findings: Finding[];
  undecided: UndecidedSchemaPair[];
}

const SCHEMA_KEY = { input: 'inputSchema', output: 'outputSchema' } as const;

/** A schema change from the walker or oracle as a Finding on a tool; its path is prefixed with the schema's key. */
export function schemaFinding(tool: string, direction: 'input' | 'output', change: SchemaChange): Finding {
  return {
    rule: change.rule,
    severity: change.severity,
    kind: 'tool',
    subject: tool,
    tool,
    path: `/${SCHEMA_KEY[direction]}${change.path}`,
    ...(change.before !== undefined ? { before: change.before as Json } : {}),
    ...(change.after !== undefined ? { after: change.after as Json } : {}),
    message: `Tool "${tool}": ${change.message}`,
    ...(change.extra !== undefined ? { extra: change.extra as Record<string, Json> } : {}),
  };
}

/**
 * The objects of a tool definition and the fields in each that other rules interpret; every other field is compared
 * as an opaque value (all of `_meta`, as deprecation keys are reported by tool-deprecated).
 */
const OPAQUE_FIELDS: readonly OpaqueObject[] = [
  {
    pointer: '',
    interpreted: new Set(['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'icons', 'execution', '_meta']),
    kind: 'field',
  },
  {
    pointer: '/annotations',
    interpreted: new Set(['title', 'readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']),
    kind: 'field',
  },
  { pointer: '/execution', interpreted: new Set(['taskSupport']), kind: 'field' },
  { pointer: '/_meta', interpreted: new Set(), kind: 'meta' },
];

function displayTitle(tool: ToolDef): { value: string | undefined; path: string } {
  if (typeof tool.title === 'string') return { value: tool.title, path: '/title' };
  const ann = isObject(tool.annotations) ? tool.annotations : {};
  return { value: typeof ann.title === 'string' ? ann.title : undefined, path: '/annotations/title' };
}

/** The title change clients see: the display title, or an annotations.title behind an unchanged top-level title; undefined when none. */
function titleChange(name: string, base: ToolDef, head: ToolDef): { path: string; args: ToolTitleArgs } | undefined {
  const tb = displayTitle(base),
    th = displayTitle(head);
  if (tb.value !== th.value) {
    return {
      path: th.value !== undefined ? th.path : tb.path,
      args: { tool: name, field: 'title', before: tb.value ?? null, after: th.value ?? null },
    };
  }
  // annotations.title behind a top-level title: clients that predate `title` still show it.
  const ab = isObject(base.annotations) ? base.annotations.title : undefined,
    ah = isObject(head.annotations) ? head.annotations.title : undefined;
  if (stableJson(ab ?? null) === stableJson(ah ?? null)) return undefined;
  return {
    path: '/annotations/title',
    args: { tool: name, field: 'annotations.title', before: ab ?? null, after: ah ?? null, shown: th.value ?? null },
  };
}

/** The ways a client may invoke a tool under each execution.taskSupport value (absent means "forbidden"). */
const TASK_MODES: Record<string, readonly string[]> = {
  forbidden: ['call'],
  optional: ['call', 'task'],
  required: ['task'],
};

function taskSupportOf(tool: ToolDef): string {
  const exec = isObject(tool.execution) ? tool.execution : {};
  return typeof exec.taskSupport === 'string' ? exec.taskSupport : 'forbidden';
}

function compareSchemaPair(name: string, direction: 'input' | 'output', base: ToolDef, head: ToolDef, out: ToolsDiff): void {
  const key = SCHEMA_KEY[direction];
  const before = base[key],
    after = head[key];
  if (equalJson(before ?? null, after ?? null)) return;
  const result = compareSchemas(before, after, direction);
  for (const change of result.changes) out.findings.push(schemaFinding(name, direction, change));
  if (result.undecided) {
    out.undecided.push({
      tool: name,
      direction,
      before,
      after,
      hadBreakingChange: result.changes.some((c) => c.severity === 'breaking'),
      reasons: result.reasons ?? [],
    });
  }
}

/** Everything that differs between two definitions of one tool (same name, or a rename pair reported under `name`). */
export function compareToolPair(name: string, base: ToolDef, head: ToolDef): ToolsDiff {
  const out: ToolsDiff = { findings: [], undecided: [] };
  const title = titleChange(name, base, head);
  if (title)
    out.findings.push(
      finding('tool-title-changed', { subject: name, path: title.path, before: title.args.before, after: title.args.after }, title.args),
    );

  const desc = textChange(base.description, head.description);
  if (desc) {
    out.findings.push(
      finding(
        'tool-description-changed',
        {
          subject: name,
          path: '/description',
          before: base.description ?? null,
          after: head.description ?? null,
          ...cosmeticSeverity(desc),
          extra: desc.extra as unknown as Record<string, Json>,
        },
        { tool: name, change: desc },
      ),
    );
  }

  if (stableJson(base.icons ?? null) !== stableJson(head.icons ?? null)) {
    out.findings.push(
      finding(
        'tool-icons-changed',
        { subject: name, path: '/icons', before: base.icons ?? null, after: head.icons ?? null },
        { tool: name },
      ),
    );
  }

  const sb = taskSupportOf(base),
    sh = taskSupportOf(head);
  if (sb !== sh) {
    const modesBefore = TASK_MODES[sb] ?? [sb],
      modesAfter = TASK_MODES[sh] ?? [sh];
    const lost = modesBefore.filter((m) => !modesAfter.includes(m));
    out.findings.push(
      finding(
        'tool-task-support-changed',
        {
          subject: name,
          path: '/execution/taskSupport',
          before: sb,
          after: sh,
          severity: lost.length ? 'breaking' : 'safe',
        },
        { tool: name, before: sb, after: sh, lost },
      ),
    );
  }

  const depBefore = deprecationOf(base),
    depAfter = deprecationOf(head);
  if (depAfter.deprecated && !depBefore.deprecated) {
    out.findings.push(
      finding(
        'tool-deprecated',
        { subject: name, path: depAfter.marker ?? '', after: depAfter.sunset ?? true },
        { tool: name, sunset: depAfter.sunset },
      ),
    );
  }

  // What the rules above do not interpret is compared as opaque values, so no change to a definition goes unseen.
  // Deprecation markers other rules name: a new one (tool-deprecated), and the old tool's in a rename (its successor drops it).
  const namedMarkers = new Set([
    depAfter.deprecated && !depBefore.deprecated ? depAfter.marker : undefined,
    base.name !== head.name && depBefore.deprecated ? depBefore.marker : undefined,
  ]);
  for (const change of opaqueChanges(`Tool "${name}"`, base, head, OPAQUE_FIELDS, namedMarkers)) {
    out.findings.push(
      finding(
        change.kind === 'meta' ? 'tool-meta-changed' : 'tool-field-changed',
        { subject: name, path: change.path, before: change.before, after: change.after },
        change,
      ),
    );
  }

  out.findings.push(...compareAnnotations(name, base, head));
  compareSchemaPair(name, 'input', base, head, out);
  compareSchemaPair(name, 'output', base, head, out);
  return out;
}

/**
 * A name listed more than once (on either side): which definition a client gets is undefined, so no change to
 * any of them may hide behind the name. Definitions equal on both sides cancel out; every other base definition
 * is compared with its closest head definition (the one with the fewest findings, then the fewest breaking).
 */
function compareDuplicateDefinitions(name: string, baseDefs: readonly ToolDef[], headDefs: readonly ToolDef[]): ToolsDiff[] {
  const unmatchedHead = headDefs.map(hashTool);
  const results: ToolsDiff[] = [];
  for (const b of baseDefs) {
    const i = unmatchedHead.indexOf(hashTool(b));
    if (i >= 0) {
      unmatchedHead.splice(i, 1);
      continue;
    }
    let best: ToolsDiff | undefined;
    let bestScore: [number, number] = [Infinity, Infinity];
    for (const h of headDefs) {
      const pair = compareToolPair(name, b, h);
      const score: [number, number] = [
        pair.findings.length + pair.undecided.length,
        pair.findings.filter((f) => f.severity === 'breaking').length,
      ];
      if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
        best = pair;
        bestScore = score;
      }
    }
    if (best) results.push(best);
  }
  return results;
}

/** First definition of each name (lists are canonical, so "first" is stable) and the names listed twice. */
function byName(tools: readonly ToolDef[]): { map: Map<string, ToolDef>; duplicates: Set<string> } {
  const map = new Map<string, ToolDef>();
  const duplicates = new Set<string>();
  for (const t of tools) {
    if (map.has(t.name)) duplicates.add(t.name);
    else map.set(t.name, t);
  }
  return { map, duplicates };
}

/** What pairing compares: the canonical input schema (minus the dialect URL) and its top-level property names. */
function pairingEntry(tool: ToolDef): PairingEntry {
  const schema: JsonObject = isObject(tool.inputSchema) ? { ...tool.inputSchema } : { type: 'object' };
  delete schema.$schema;
  const props = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  // Canonical tools have sorted keys: their JSON text is their stable JSON, made natively.
  const signature = isCanonicalTool(tool) ? JSON.stringify(schema) : stableJson(schema);
  return {
    name: tool.name,
    signature,
    fields: props,
    // `{}` or one undocumented field is too common to identify a tool without a related name.
    distinctive: props.length >= 2 || (props.length === 1 && signature.includes('"description"')),
  };
}

/** Diffs two canonical tool lists. `now` decides whether a deprecated tool's sunset has passed. */
export function diffTools(baseTools: readonly ToolDef[], headTools: readonly ToolDef[], now: Date): ToolsDiff {
  const out: ToolsDiff = { findings: [], undecided: [] };
  const base = byName(baseTools),
    head = byName(headTools);

  for (const name of head.duplicates) {
    if (base.duplicates.has(name)) continue;
    const count = headTools.filter((t) => t.name === name).length;
    out.findings.push(finding('catalog-duplicate-tool-name', { subject: name, path: '', after: count }, { tool: name, count }));
  }

  const broken = new Set<string>();
  const removed: ToolDef[] = [],
    added: ToolDef[] = [];
  compareLists(baseTools, headTools, (t) => t.name, {
    // Same name: compare unless the canonical definitions hash equal. A name listed twice compares every definition.
    onMutual: (b, h) => {
      const name = h.name;
      const pairs =
        base.duplicates.has(name) || head.duplicates.has(name)
          ? compareDuplicateDefinitions(
              name,
              baseTools.filter((t) => t.name === name),
              headTools.filter((t) => t.name === name),
            )
          : hashTool(b) === hashTool(h)
            ? []
            : [compareToolPair(name, b, h)];
      for (const pair of pairs) {
        if (pair.findings.some((f) => f.severity === 'breaking')) broken.add(name);
        out.findings.push(...pair.findings);
        out.undecided.push(...pair.undecided);
      }
    },
    // Removed after their announced sunset: allowed, and never treated as the old half of a rename.
    onRemoved: (b) => {
      const dep = deprecationOf(b);
      if (sunsetPassed(dep, now))
        out.findings.push(
          finding('tool-removed-after-deprecation', { subject: b.name, path: '', before: b.name }, { tool: b.name, sunset: dep.sunset }),
        );
      else removed.push(b);
    },
    onAdded: (a) => added.push(a),
  });

  const renameEntry = (t: ToolDef) => ({ ...pairingEntry(t), description: typeof t.description === 'string' ? t.description : '' });
  const renames = pairToolRenames(removed.map(renameEntry), added.map(renameEntry));
  const renamedFrom = new Set(renames.map((r) => r.from)),
    renamedTo = new Set(renames.map((r) => r.to));
  for (const r of renames) {
    out.findings.push(
      finding(
        'tool-renamed',
        {
          subject: r.to,
          path: '',
          before: r.from,
          after: r.to,
          extra: { from: r.from, to: r.to, relation: r.relation, ...renameEvidenceExtra(r.evidence) },
        },
        r,
      ),
    );
    // What else differs between the old and the new definition, reported under the new name.
    const pair = compareToolPair(r.to, base.map.get(r.from)!, head.map.get(r.to)!);
    out.findings.push(...pair.findings);
    out.undecided.push(...pair.undecided);
  }

  for (const b of removed) {
    if (renamedFrom.has(b.name)) continue;
    const dep = deprecationOf(b);
    out.findings.push(
      finding(
        'tool-removed',
        {
          subject: b.name,
          path: '',
          before: b.name,
          ...(dep.deprecated ? { extra: { deprecated: true, ...(dep.sunset ? { sunset: dep.sunset } : {}) } } : {}),
        },
        { tool: b.name, deprecated: dep.deprecated, sunset: dep.sunset },
      ),
    );
  }

  // Old tools a new one can succeed: still registered and not broken.
  const successorsOf = new RelatedNameIndex([...head.map.keys()].filter((n) => base.map.has(n) && !broken.has(n)));
  for (const a of added) {
    if (renamedTo.has(a.name)) continue;
    const predecessor = findPredecessor(a, successorsOf, head.map);
    if (predecessor) {
      out.findings.push(
        finding(
          'tool-dual-registered',
          { subject: a.name, path: '', after: a.name, extra: { from: predecessor, to: a.name } },
          { tool: a.name, predecessor },
        ),
      );
    } else {
      out.findings.push(finding('tool-added', { subject: a.name, path: '', after: a.name }, { tool: a.name }));
    }
  }
  return out;
}

/**
 * The old tool a newly added one succeeds while the old one stays registered: present in both
 * catalogs, without breaking changes, and related by a version suffix or a case/separator change
 * (or a shared stem with a near-equal input schema).
 */
function findPredecessor(added: ToolDef, candidates: RelatedNameIndex, head: Map<string, ToolDef>): string | undefined {
  const rank = { 'case-or-separator': 0, version: 1, stem: 2 } as const;
  let best: { name: string; rank: number } | undefined;
  const addedFields = pairingEntry(added).fields;
  for (const { key, relation } of candidates.related(nameKey(added.name))) {
    if (relation === 'stem' && fieldSimilarity(pairingEntry(head.get(key.name)!).fields, addedFields) < NEAR_EQUAL_SIMILARITY) continue;
    const r = rank[relation];
    if (!best || r < best.rank || (r === best.rank && compareText(key.name, best.name) < 0)) best = { name: key.name, rank: r };
  }
  return best?.name;
}
