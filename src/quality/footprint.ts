// Token footprint of a catalog's tools (what a host pays in model context per request), base → head, and the footprint and budget findings.
import type { Snapshot, ToolDef } from '../catalog/types.js';
import type { Json, JsonObject } from '../findings/json.js';
import type { QualityPolicy } from '../config/types.js';
import { isCanonicalTool } from '../catalog/canonical.js';
import { defineRules, findingMaker, type MessageTable } from '../findings/rule-kit.js';
import type { Finding } from '../findings/finding.js';
import { loadTokenCounter, TOKENIZER_NAME, type TokenCounter } from './tokenizer.js';
import { storedTokenCount, type ToolTokenCounter } from '../catalog/snapshot-v2.js';
import { formatCount } from '../count-format.js';

export const FOOTPRINT_RULES = defineRules('quality', 'src/quality/footprint.ts', 'catalog', {
  'catalog-footprint-grew': [
    'info',
    'the tools cost more tokens of model context than the base, past policy.quality.footprintGrowthPercent (default 10%)',
  ],
  'catalog-token-budget-exceeded': [
    'warning',
    'the tools cost more tokens than policy.quality.maxCatalogTokens (severity: policy.quality.budgetSeverity)',
  ],
});
export const TOOL_BUDGET_RULES = defineRules('quality', 'src/quality/footprint.ts', 'tool', {
  'tool-token-budget-exceeded': [
    'warning',
    'a new or changed tool costs more tokens than policy.quality.maxToolTokens (severity: policy.quality.budgetSeverity)',
  ],
});

/** A token count over a budget: the count, the tokenizer it comes from and the budget. */
interface OverBudgetArgs {
  tokens: number;
  tokenizer: string;
  budget: number;
}

const FOOTPRINT_MESSAGES = {
  'catalog-footprint-grew': ({ footprint, growth, largest }: { footprint: Footprint; growth: number; largest: string }) =>
    `The tools now cost about ${describeFootprint(footprint)} of model context on every request (${footprint.tokenizer} estimate; the threshold is ${growth}%)${largest ? `; largest growth: ${largest}` : ''}.`,
  'catalog-token-budget-exceeded': ({ tokens, tokenizer, budget }: OverBudgetArgs) =>
    `The tools cost about ${formatCount(tokens)} tokens (${tokenizer} estimate), over the budget of ${formatCount(budget)} (policy.quality.maxCatalogTokens).`,
} satisfies MessageTable<keyof typeof FOOTPRINT_RULES>;

const TOOL_BUDGET_MESSAGES = {
  'tool-token-budget-exceeded': ({ tool, tokens, tokenizer, budget }: OverBudgetArgs & { tool: string }) =>
    `Tool "${tool}" costs about ${formatCount(tokens)} tokens (${tokenizer} estimate), over the per-tool budget of ${formatCount(budget)} (policy.quality.maxToolTokens); shorten its description or schema.`,
} satisfies MessageTable<keyof typeof TOOL_BUDGET_RULES>;

const catalogFinding = findingMaker(FOOTPRINT_RULES, FOOTPRINT_MESSAGES);
const toolFinding = findingMaker(TOOL_BUDGET_RULES, TOOL_BUDGET_MESSAGES);

/** Fields of a tool a host puts in the model's context, in canonical (sorted) order; everything else (`_meta`, `icons`, `execution`, unknown keys) is left out. */
export const COUNTED_TOOL_FIELDS = ['annotations', 'description', 'inputSchema', 'name', 'outputSchema', 'title'] as const;
const COUNTED = new Set<string>(COUNTED_TOOL_FIELDS);
/** How many per-tool changes the report keeps (largest |delta| first). */
export const FOOTPRINT_TOP = 10;
export const DEFAULT_FOOTPRINT_GROWTH_PERCENT = 10;
/** Growth smaller than this many tokens is never reported, whatever the percentage (one tool added to a tiny catalog doubles it). */
export const MIN_FOOTPRINT_GROWTH_TOKENS = 100;
/** What the numbers are, said wherever they are shown. */
export const FOOTPRINT_CAVEAT = 'an estimate: other model families (Claude, Gemini, Llama) tokenize differently, see docs/quality.md';

export interface ToolFootprintChange {
  tool: string;
  base: number;
  head: number;
  delta: number;
}

export interface Footprint {
  /** The BPE the counts come from ("o200k_base"): an estimate for other model families. */
  tokenizer: string;
  base: number;
  head: number;
  delta: number;
  /** delta / base × 100, one decimal; null when the base has no tools. */
  deltaPercent: number | null;
  /** The FOOTPRINT_TOP largest per-tool changes by |delta| (then by name); added tools have base 0, removed ones head 0. */
  perTool: ToolFootprintChange[];
}

/**
 * The text counted for one tool: its canonical JSON (keys sorted at every depth) restricted to the counted fields.
 * A canonical tool with nothing else, the usual case, is serialised as it is. The text is not kept: counted and
 * dropped tool by tool, the texts of a large catalog never all live at once.
 */
export function toolContextJson(tool: ToolDef): string {
  let onlyCounted = true;
  for (const key in tool)
    if (!COUNTED.has(key)) {
      onlyCounted = false;
      break;
    }
  let value: JsonObject = tool;
  if (!onlyCounted || !isCanonicalTool(tool)) {
    value = {};
    for (const key of COUNTED_TOOL_FIELDS) if (tool[key] !== undefined) value[key] = tool[key]!;
  }
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof RangeError) return stringifyDeep(value);
    throw err;
  }
}

/** JSON.stringify for values nested deeper than the call stack allows (same output, explicit stack). */
export function stringifyDeep(value: Json): string {
  const out: string[] = [];
  // Either a value to write or a literal piece of punctuation.
  const stack: Array<{ value: Json } | { text: string }> = [{ value }];
  while (stack.length) {
    const item = stack.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (v === null || typeof v !== 'object') {
      out.push(JSON.stringify(v) ?? 'null');
      continue;
    }
    const parts: Array<{ value: Json } | { text: string }> = [];
    if (Array.isArray(v)) {
      parts.push({ text: '[' });
      v.forEach((x, i) => parts.push(...(i ? [{ text: ',' }] : []), { value: x }));
      parts.push({ text: ']' });
    } else {
      parts.push({ text: '{' });
      Object.entries(v).forEach(([k, x], i) => parts.push({ text: `${i ? ',' : ''}${JSON.stringify(k)}:` }, { value: x }));
      parts.push({ text: '}' });
    }
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
  }
  return out.join('');
}

/**
 * What a stored count was counted with: the tokenizer, and (after the slash) the version of what is counted
 * (toolContextJson over COUNTED_TOOL_FIELDS, and the tokenizer's long-piece chunking). Bump the version whenever
 * either changes: counts stored under another scheme are then not used, and every tool is counted again.
 */
export const TOKEN_COUNT_SCHEME = `${TOKENIZER_NAME}/1`;

/** Counts a tool for storing beside it in a snapshot file (format 2 `tokens`, snapshot-v2.ts). Loads the tokenizer. */
export async function tokenCounterForSnapshots(): Promise<ToolTokenCounter> {
  const counter = await loadTokenCounter();
  return (tool) => ({ scheme: TOKEN_COUNT_SCHEME, count: counter.count(toolContextJson(tool)) });
}

/**
 * Token count per tool name (first definition of a name) and the catalog total (every definition, duplicates
 * included). A tool read from a snapshot file that stores its count (checked there against the tool's hash) is not
 * counted again.
 */
function countTools(
  snapshot: Snapshot,
  counter: TokenCounter,
  byHash: Map<string, number>,
): { total: number; perTool: Map<string, number> } {
  const perTool = new Map<string, number>();
  let total = 0;
  for (const tool of snapshot.tools) {
    const first = !perTool.has(tool.name);
    // Equal canonical hash ⇒ equal counted fields: unchanged tools are counted once for both catalogs.
    const hash = first ? snapshot.hashes.tools[tool.name] : undefined;
    let n = hash !== undefined ? byHash.get(hash) : undefined;
    if (n === undefined) {
      n = storedTokenCount(tool, TOKEN_COUNT_SCHEME) ?? counter.count(toolContextJson(tool));
      if (hash !== undefined) byHash.set(hash, n);
    }
    total += n;
    if (first) perTool.set(tool.name, n);
  }
  return { total, perTool };
}

export interface FootprintResult {
  footprint: Footprint;
  /** Head token count per tool name, for the per-tool budget. */
  headPerTool: Map<string, number>;
}

/** Counts both catalogs' tools (unchanged tools once) and lists the largest per-tool changes. */
export async function measureFootprint(base: Snapshot, head: Snapshot, counter?: TokenCounter): Promise<FootprintResult> {
  const c = counter ?? (await loadTokenCounter());
  const byHash = new Map<string, number>();
  const b = countTools(base, c, byHash),
    h = countTools(head, c, byHash);
  const changes: ToolFootprintChange[] = [];
  for (const name of new Set([...b.perTool.keys(), ...h.perTool.keys()])) {
    const before = b.perTool.get(name) ?? 0,
      after = h.perTool.get(name) ?? 0;
    if (before !== after) changes.push({ tool: name, base: before, head: after, delta: after - before });
  }
  changes.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.tool < y.tool ? -1 : x.tool > y.tool ? 1 : 0));
  const delta = h.total - b.total;
  return {
    footprint: {
      tokenizer: c.name,
      base: b.total,
      head: h.total,
      delta,
      deltaPercent: b.total > 0 ? Math.round((delta / b.total) * 1000) / 10 : null,
      perTool: changes.slice(0, FOOTPRINT_TOP),
    },
    headPerTool: h.perTool,
  };
}

export function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatCount(Math.abs(n))}`;
}

/** "1,234 → 1,400 tokens (+166, +13.5%)" */
export function describeFootprint(f: Footprint): string {
  const pct = f.deltaPercent === null ? '' : `, ${f.deltaPercent > 0 ? '+' : f.deltaPercent < 0 ? '−' : '±'}${Math.abs(f.deltaPercent)}%`;
  return `${formatCount(f.base)} → ${formatCount(f.head)} tokens (${signed(f.delta)}${pct})`;
}

/**
 * Findings from the footprint: growth past the configured percentage (info), the catalog budget, and the
 * per-tool budget for tools in `changedTools` (new or changed in the head; unchanged tools over budget are
 * returned in `existing`, like lint findings already there).
 */
export function footprintFindings(
  result: FootprintResult,
  quality: QualityPolicy | undefined,
  changedTools: ReadonlySet<string>,
): { new: Finding[]; existing: Finding[] } {
  const f = result.footprint;
  const out = { new: [] as Finding[], existing: [] as Finding[] };
  const growth = quality?.footprintGrowthPercent ?? DEFAULT_FOOTPRINT_GROWTH_PERCENT;
  const subject = 'tools/list';
  if (f.base > 0 && f.delta >= MIN_FOOTPRINT_GROWTH_TOKENS && (f.delta / f.base) * 100 >= growth) {
    const largest = f.perTool
      .filter((t) => t.delta > 0)
      .slice(0, 3)
      .map((t) => `\`${t.tool}\` ${signed(t.delta)}`)
      .join(', ');
    out.new.push(
      catalogFinding('catalog-footprint-grew', { subject, path: '', before: f.base, after: f.head }, { footprint: f, growth, largest }),
    );
  }
  const severity = quality?.budgetSeverity;
  if (quality?.maxCatalogTokens !== undefined && f.head > quality.maxCatalogTokens) {
    out.new.push(
      catalogFinding(
        'catalog-token-budget-exceeded',
        { subject, path: '', before: f.base, after: f.head, ...(severity ? { severity } : {}) },
        { tokens: f.head, tokenizer: f.tokenizer, budget: quality.maxCatalogTokens },
      ),
    );
  }
  if (quality?.maxToolTokens !== undefined) {
    for (const [tool, n] of result.headPerTool) {
      if (n <= quality.maxToolTokens) continue;
      const finding = toolFinding(
        'tool-token-budget-exceeded',
        { subject: tool, path: '', after: n, ...(severity ? { severity } : {}) },
        { tool, tokens: n, tokenizer: f.tokenizer, budget: quality.maxToolTokens },
      );
      (changedTools.has(tool) ? out.new : out.existing).push(finding);
    }
  }
  return out;
}
