// Types for bench/measure.mjs (used by the bench tests).
export const RSS_METHOD: string;
export interface MeasuredRun {
  ms: number;
  rssBytes: number;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}
export function runMeasured(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<MeasuredRun>;
export function median(values: number[]): number;
export function summarize(values: number[]): { min: number; median: number; max: number; n: number };
