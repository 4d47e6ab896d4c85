// Collects the usage evidence of one run (references under a root, recorded call files) against the tools of both catalogs.
import * as path from 'node:path';
import type { Snapshot } from '../catalog/types.js';
import { readCalls } from './calls.js';
import { scanReferences, type ScanLimits } from './scan.js';
import { toolIndex } from './tool-index.js';
import type { Policy } from '../config/types.js';
import { compareFindings, type Finding, type Severity } from '../findings/finding.js';
import { applyOverrides } from '../policy/overrides.js';
import { USAGE_RULES, weighUsage } from './impact.js';
import { hasEvidence, type UsageEvidence, type UsageSection } from './types.js';

export { weighUsage, usageOf, USAGE_RULES, type FindingUsage, type UsageLabel } from './impact.js';
export { hasEvidence, type UsageEvidence, type UsageSection } from './types.js';

/** The usage settings of a run (CLI flags over the config's `usage` section); paths absolute or relative to `cwd`. */
export interface UsageSettings extends ScanLimits {
  /** The repository folder references are read from (given → references are scanned). */
  root?: string;
  /** Globs under the root (default: DEFAULT_USAGE_GLOBS). */
  refs?: string[];
  /** Recorded call files: OTLP JSON or JSONL. */
  calls?: string[];
  /** Demote breaking findings nothing uses to warnings (needs evidence; fail closed). */
  demoteUnused?: boolean;
  /** The policy's severity overrides, applied to the findings the evidence adds (the others had them in analyze()). */
  overrides?: Policy['overrides'];
}

/** Whether the settings ask for any evidence. */
export function wantsUsage(settings: UsageSettings | undefined): settings is UsageSettings {
  return settings !== undefined && (settings.root !== undefined || (settings.refs?.length ?? 0) > 0 || (settings.calls?.length ?? 0) > 0);
}

/** Reads the evidence the settings name; references are matched against every tool of base and head. */
export async function collectUsage(base: Snapshot, head: Snapshot, settings: UsageSettings, cwd = process.cwd()): Promise<UsageEvidence> {
  const evidence: UsageEvidence = { references: [], calls: [], sources: [] };
  if (settings.root !== undefined || settings.refs?.length) {
    const { references, source } = await scanReferences(toolIndex(base, head), {
      ...settings,
      root: path.resolve(cwd, settings.root ?? '.'),
      shownRoot: settings.root ?? '.',
      ...(settings.refs?.length ? { globs: settings.refs } : {}),
    });
    evidence.references.push(...references);
    evidence.sources.push(source);
  }
  for (const file of settings.calls ?? []) {
    const { calls, source } = await readCalls(path.resolve(cwd, file), file);
    evidence.calls.push(...calls);
    evidence.sources.push(source);
  }
  return evidence;
}

/** The findings of a run weighed against the usage its settings name, and the report's evidence section. */
export async function weighRun<F extends Finding & { originalSeverity?: Severity }>(
  findings: readonly F[],
  base: Snapshot,
  head: Snapshot,
  settings: UsageSettings,
  cwd?: string,
): Promise<{ findings: F[]; section: UsageSection }> {
  const evidence = await collectUsage(base, head, settings, cwd);
  const weighed = await weighUsage(findings, base, head, evidence, { demoteUnused: settings.demoteUnused === true });
  const isAdded = (f: Finding) => Object.hasOwn(USAGE_RULES, f.rule);
  const added = applyOverrides(weighed.findings.filter(isAdded), settings.overrides) as F[];
  return {
    findings: [...weighed.findings.filter((f) => !isAdded(f)), ...added].sort(compareFindings),
    section: {
      sources: evidence.sources,
      labels: weighed.labels,
      demoteUnused: settings.demoteUnused === true,
      demoted: weighed.demoted,
      ...(hasEvidence(evidence) ? {} : { empty: true }),
    },
  };
}
