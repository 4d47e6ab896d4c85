// Types for the pure helpers bench/run.mjs exports (the verdict check and the table renderer).
export interface BenchFinding {
  rule: string;
  severity: string;
  subject?: string;
  tool?: string;
  path: string;
  message?: string;
}
export function checkNullableVerdict(findings: BenchFinding[]): { ok: boolean; why: string };
export interface BenchRow {
  id: string;
  name: string;
  unit: string;
  n: number | null;
  min: number | null;
  median: number | null;
  max: number | null;
  baseline: string | null;
  ratio: number | null;
  budget: string | null;
  pass: boolean | null;
  /** How far under (+) or over (−) its limit the value is, in percent of the limit; null without a budget. */
  margin?: number | null;
  note: string;
}
/** The budgets of issue 16 (ratios against in-run floors; memory and output sizes absolute). */
export const BUDGETS: Record<string, number>;
export function judge(value: number, limit: number, ok?: boolean): { pass: boolean; margin: number };
export function renderTable(rows: BenchRow[]): string;
export function checkOracleSlowVerdict(findings: BenchFinding[]): { ok: boolean; why: string; budgetMs: number | null };
export function compareRuleCounts(expectedRules: string[], foundRules: string[]): string | undefined;
export function splitLint<F extends BenchFinding>(findings: F[], lintFindings: BenchFinding[]): { contract: F[]; lint: number };
