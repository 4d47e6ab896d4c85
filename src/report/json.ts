// JSON report: the stable, documented shape scripts and the Action read.
import type { Json } from '../findings/json.js';
import type { Bump, Severity, SubjectKind } from '../findings/finding.js';
import type { ActualBump, GatedFinding, Reason } from '../policy/types.js';
import type { Footprint } from '../quality/footprint.js';
import { usageOf, type FindingUsage } from '../usage/impact.js';
import type { UsageSection } from '../usage/types.js';
import type { CatalogRef, Report } from './types.js';

/** One finding in the JSON report. `before`/`after` are omitted when the value did not exist on that side. */
export interface JsonFinding {
  rule: string;
  severity: Severity;
  kind: SubjectKind;
  subject: string;
  /** The tool name for tool findings, else null. */
  tool: string | null;
  path: string;
  before?: Json;
  after?: Json;
  message: string;
  originalSeverity?: Severity;
  waived?: { reason: string; expires?: string };
  approved?: { by: string };
  /**
   * Only on breaking schema findings (and `input-schema-narrowed` / `output-schema-widened` found by the search):
   * `witness`, an instance checked with ajv against both schemas (input: the base accepts it, the head rejects it;
   * output: the head allows it, the base rejects it), or `witnessNote`, why none was found within the search budget.
   */
  extra?: { witness?: Json; witnessNote?: string };
  /** Breaking findings, when usage evidence was given: the label (broken / potentially-affected / unaffected), why, the references and recorded calls (docs/usage.md). */
  usage?: FindingUsage;
}

/** The witness fields of a finding's extra (the rest of extra is for renderers, not part of the documented shape). */
function witnessExtra(f: GatedFinding): JsonFinding['extra'] | undefined {
  const e = f.extra;
  if (!e) return undefined;
  if (e.witness !== undefined) return { witness: e.witness };
  if (typeof e.witnessNote === 'string') return { witnessNote: e.witnessNote };
  return undefined;
}

/**
 * The documented JSON report:
 * `{ label, base:{name,version,hash,source,toolCount}, head:{…}, requiredBump, counts, findings:[…] }` (a breaking
 * schema finding carries `extra.witness` or `extra.witnessNote`, see JsonFinding)
 * and, for `check`, `verdict` ("pass"|"fail"), `actualBump`, `baseVersion`, `headVersion`, `suggestedVersion`, `reasons`.
 * When measured: `footprint: {tokenizer, base, head, delta, deltaPercent, perTool: [{tool, base, head, delta}]}`
 * (perTool: the 10 largest |delta|). When lint ran: `lint: {new: […], existing: {count, byRule: {ruleId: n}, findings?: […]}}`
 * — `new` findings are also in `findings` (they count toward the gate); those already in the base are counted per
 * rule (exactly), and listed in `existing.findings` only with `--lint all` (policy.quality.lintReport "all").
 */
export interface JsonReport {
  label: string;
  base: CatalogRef;
  head: CatalogRef;
  requiredBump: Bump;
  counts: Record<Severity, number>;
  findings: JsonFinding[];
  verdict?: 'pass' | 'fail';
  actualBump?: ActualBump;
  baseVersion?: string | null;
  headVersion?: string | null;
  suggestedVersion?: string | null;
  reasons?: Reason[];
  footprint?: Footprint;
  lint?: { new: JsonFinding[]; existing: { count: number; byRule: Record<string, number>; findings?: JsonFinding[] } };
  /** The usage evidence read and what it did (docs/usage.md). */
  usage?: UsageSection;
}

function refJson(ref: CatalogRef): CatalogRef {
  return {
    name: ref.name ?? null,
    version: ref.version ?? null,
    hash: ref.hash,
    source: ref.source ?? null,
    toolCount: ref.toolCount,
  } as unknown as CatalogRef;
}

function jsonFinding(f: GatedFinding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    kind: f.kind,
    subject: f.subject,
    tool: f.kind === 'tool' ? (f.tool ?? f.subject) : null,
    path: f.path,
    ...(f.before !== undefined ? { before: f.before } : {}),
    ...(f.after !== undefined ? { after: f.after } : {}),
    message: f.message,
    ...(f.originalSeverity ? { originalSeverity: f.originalSeverity } : {}),
    ...(f.waived ? { waived: f.waived } : {}),
    ...(f.approved ? { approved: f.approved } : {}),
    ...(witnessExtra(f) ? { extra: witnessExtra(f) } : {}),
    ...(usageOf(f) ? { usage: usageOf(f) } : {}),
  };
}

export function toJsonReport(report: Report): JsonReport {
  const out: JsonReport = {
    label: report.label,
    base: refJson(report.base),
    head: refJson(report.head),
    requiredBump: report.requiredBump,
    counts: report.counts,
    findings: report.findings.map(jsonFinding),
  };
  const v = report.verdict;
  if (v) {
    out.verdict = v.verdict;
    out.actualBump = v.actualBump;
    out.baseVersion = v.baseVersion ?? null;
    out.headVersion = v.headVersion ?? null;
    out.suggestedVersion = v.suggestedVersion ?? null;
    out.reasons = v.reasons;
  }
  if (report.footprint) out.footprint = report.footprint;
  if (report.lint) {
    const { count, byRule, findings } = report.lint.existing;
    out.lint = {
      new: report.lint.new.map(jsonFinding),
      existing: { count, byRule, ...(findings ? { findings: findings.map(jsonFinding) } : {}) },
    };
  }
  if (report.usage) out.usage = report.usage;
  return out;
}

export function renderJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}
