// Entry point of the diff stage: pairs two catalogs, runs every rule and the schema oracle, and returns sorted findings.
import { canonicalize, hashTool, stableJson } from '../catalog/canonical.js';
import type { Catalog, ToolDef } from '../catalog/types.js';
import { diffPrompts } from './prompts.js';
import { diffResourceTemplates } from './resource-templates.js';
import { diffResources } from './resources.js';
import { diffServer } from './server.js';
import { diffMcpHeaders } from './mcp-headers.js';
import { diffNetworkRefs } from './network-refs.js';
import { diffCacheHints } from './cache-hints.js';
import { diffDeprecatedFeatures } from './deprecated-features.js';
import { diffUncapturedLists, withoutUncapturedLists } from './uncaptured-lists.js';
import { oracleFinding, SchemaOracle } from './schema/index.js';
import { attachWitnesses, type WitnessOptions } from './schema/witness.js';
import { rateGeneratorToggles } from './schema/generator-toggles.js';
import { diffTools, schemaFinding, type UndecidedSchemaPair } from './tools.js';
import { compareFindings, type Finding } from '../findings/finding.js';

export { describeWordDiff, renderWordDiff, wordDiff, type DiffSegment } from './word-diff.js';

export interface DiffOptions {
  /** The set-theoretic safety net for schema pairs the walker could not decide: undefined = create one for this call, false = off. */
  oracle?: SchemaOracle | false;
  /** "Now" for deprecation sunset dates (default: the current time). */
  now?: Date;
  /** The witness search over tools whose schemas changed (budgets per pair); false = off. */
  witness?: WitnessOptions | false;
}

/** Runs the oracle once over every undecided schema pair of the whole catalog and turns its verdicts into findings. */
async function runOracle(pending: UndecidedSchemaPair[], option: SchemaOracle | false | undefined): Promise<Finding[]> {
  if (pending.length === 0) return [];
  const findings: Finding[] = [];
  if (option === false) {
    // Oracle off: what the walker could not decide stays undecided, and says so.
    for (const p of pending) {
      const change = oracleFinding(
        'inconclusive',
        p.direction,
        p.hadBreakingChange,
        ['set comparison disabled (--no-oracle)', ...p.reasons].join('; '),
      );
      if (change) findings.push(schemaFinding(p.tool, p.direction, change));
    }
    return findings;
  }
  const oracle = option ?? new SchemaOracle();
  try {
    const results = await oracle.check(pending.map((p) => ({ before: p.before, after: p.after, direction: p.direction })));
    results.forEach((result, i) => {
      const p = pending[i];
      const reason = [result.reason, ...p.reasons].filter(Boolean).join('; ');
      const change = oracleFinding(result.outcome, p.direction, p.hadBreakingChange, reason || undefined);
      if (change) findings.push(schemaFinding(p.tool, p.direction, change));
    });
  } finally {
    if (option === undefined) await oracle.close();
  }
  return findings;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = stableJson({
      rule: f.rule,
      kind: f.kind,
      subject: f.subject,
      path: f.path,
      before: f.before ?? null,
      after: f.after ?? null,
    });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names a tool list holds once (a name listed twice is compared definition by definition, never skipped). */
function listedOnce(tools: readonly ToolDef[]): Map<string, ToolDef> {
  const once = new Map<string, ToolDef>(),
    twice = new Set<string>();
  for (const t of tools) {
    if (once.has(t.name)) twice.add(t.name);
    else once.set(t.name, t);
  }
  for (const name of twice) once.delete(name);
  return once;
}

/**
 * Both catalogs without the tools that are the same in each (same name, listed once, equal canonical hash: the same
 * canonical text, often the same object read once). Nothing about such a tool can differ, so the passes that look at
 * every tool (x-mcp-header, network $ref, witnesses) see only the changed, added and removed ones.
 */
function withoutUnchangedTools(b: Catalog, h: Catalog): [Catalog, Catalog] {
  const baseOnce = listedOnce(b.tools);
  const unchanged = new Set<string>();
  for (const [name, t] of listedOnce(h.tools)) {
    const peer = baseOnce.get(name);
    if (peer !== undefined && (peer === t || hashTool(peer) === hashTool(t))) unchanged.add(name);
  }
  if (unchanged.size === 0) return [b, h];
  const keep = (t: ToolDef) => !unchanged.has(t.name);
  return [
    { ...b, tools: b.tools.filter(keep) },
    { ...h, tools: h.tools.filter(keep) },
  ];
}

/**
 * Every difference between two catalogs that a client could notice, classified by rule. Accepts
 * Catalogs or Snapshots; both are canonicalised first, so key order, list order and volatile `_meta`
 * fields never produce findings. Tools with equal canonical hashes are skipped without walking.
 */
export async function diffCatalogs(base: Catalog, head: Catalog, opts: DiffOptions = {}): Promise<Finding[]> {
  const canonicalBase = canonicalize(base),
    canonicalHead = canonicalize(head);
  // A list one side did not capture is unknown there: compared with nothing, and said so (list-not-captured).
  const [b, h] = withoutUncapturedLists(canonicalBase, canonicalHead);
  const tools = diffTools(b.tools, h.tools, opts.now ?? new Date());
  const [bChanged, hChanged] = withoutUnchangedTools(b, h);
  // An unchanged tool can still gain x-mcp-header findings when the head's protocol revision brings headers into force.
  const sameRevision = b.protocolVersion === h.protocolVersion;
  const findings = dedupe([
    ...tools.findings,
    ...(sameRevision ? diffMcpHeaders(bChanged, hChanged, tools.findings) : diffMcpHeaders(b, h, tools.findings)),
    ...diffNetworkRefs(bChanged, hChanged, tools.findings),
    ...diffServer(b, h),
    ...diffCacheHints(b, h),
    ...diffDeprecatedFeatures(b, h),
    ...diffUncapturedLists(canonicalBase, canonicalHead),
    ...diffPrompts(b, h),
    ...diffResources(b, h),
    ...diffResourceTemplates(b, h),
    ...(await runOracle(tools.undecided, opts.oracle)),
  ]);
  const rated = rateGeneratorToggles(findings, b, h);
  // Every breaking schema finding gets a checked witness, and every schema change called non-breaking a counterexample search.
  const checked = opts.witness === false ? rated : await attachWitnesses(bChanged, hChanged, rated, opts.witness);
  return checked.sort(compareFindings);
}
