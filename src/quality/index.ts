// Entry point of catalog quality: token footprint and lint of the head, split into findings that count (new) and findings already there.
import type { Snapshot } from '../catalog/types.js';
import type { QualityPolicy } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import { footprintFindings, measureFootprint, type Footprint, type FootprintResult } from './footprint.js';
import { lintCatalogs } from './lint.js';
import { lintProtocol } from './protocol.js';
import { prepareSchemaChecker } from './schema-validity.js';
import { loadTokenCounter } from './tokenizer.js';

export {
  COUNTED_TOOL_FIELDS,
  describeFootprint,
  FOOTPRINT_RULES,
  FOOTPRINT_TOP,
  TOOL_BUDGET_RULES,
  toolContextJson,
  type Footprint,
  type ToolFootprintChange,
} from './footprint.js';
export { AMBIGUOUS_PARAMETER_NAMES, LINT_RULES } from './lint.js';
export { loadTokenCounter, TOKENIZER_NAME } from './tokenizer.js';

export interface QualityOptions {
  quality?: QualityPolicy;
  /** Run the lint rules (default true). */
  lint?: boolean;
  /** Count tokens (default true). */
  footprint?: boolean;
  /** The diff's findings (renames, changes already reported). */
  diffFindings?: readonly Finding[];
  /** The footprint measured earlier (measureToolTokens), instead of counting here. */
  measured?: FootprintResult;
  /** Make every "already there" finding (default true); false counts those of unchanged tools in `existingCounts` instead. */
  listExisting?: boolean;
}

export interface QualityResult {
  /** Lint and footprint findings introduced by this change: add them to the diff's findings before the gate. */
  findings: Finding[];
  /** Lint (and per-tool budget) findings the base had too: reported, not gated. Undefined when lint was off. */
  existing?: Finding[];
  /** With `listExisting: false`, more findings the base had too (on unchanged tools), counted per rule, not in `existing`. */
  existingCounts?: Map<string, number>;
  footprint?: Footprint;
}

/**
 * Starts loading what assessQuality will need (the tokenizer's rank table, the default dialect's meta-schema validator) without waiting for it, so a caller
 * can overlap that fixed cost with I/O, e.g. while a server boots. A load that fails fails again where it is awaited.
 */
export function prepareQuality(opts: Pick<QualityOptions, 'lint' | 'footprint'> = {}): void {
  const ignore = (): void => undefined;
  if (opts.footprint !== false) loadTokenCounter().catch(ignore);
  if (opts.lint !== false) prepareSchemaChecker();
}

/** Counts both catalogs' tool tokens (unchanged tools once). Pass the result to assessQuality as `measured`. */
export async function measureToolTokens(base: Snapshot, head: Snapshot): Promise<FootprintResult> {
  return measureFootprint(base, head);
}

/** Footprint and lint of `head` against `base`. Pure apart from lazily loading the tokenizer and ajv. */
export async function assessQuality(base: Snapshot, head: Snapshot, opts: QualityOptions = {}): Promise<QualityResult> {
  const out: QualityResult = { findings: [] };
  const lint =
    opts.lint === false
      ? undefined
      : await lintCatalogs(base, head, {
          ...(opts.quality ? { quality: opts.quality } : {}),
          ...(opts.diffFindings ? { diffFindings: opts.diffFindings } : {}),
          ...(opts.listExisting === false ? { listExisting: false } : {}),
        });
  if (lint) {
    const protocol = lintProtocol(base, head, opts.diffFindings);
    out.findings.push(...lint.new, ...protocol.new);
    out.existing = [...lint.existing, ...protocol.existing];
    if (lint.existingCounts.size) out.existingCounts = lint.existingCounts;
  }
  if (opts.footprint !== false) {
    const measured = opts.measured ?? (await measureFootprint(base, head));
    out.footprint = measured.footprint;
    const changed = lint?.changedTools ?? changedToolNames(base, head);
    const budget = footprintFindings(measured, opts.quality, changed);
    out.findings.push(...budget.new);
    if (out.existing) out.existing.push(...budget.existing);
  }
  return out;
}

/** Head tools that are new or whose canonical hash differs from the base's. */
function changedToolNames(base: Snapshot, head: Snapshot): Set<string> {
  const out = new Set<string>();
  for (const [name, hash] of Object.entries(head.hashes.tools)) if (base.hashes.tools[name] !== hash) out.add(name);
  return out;
}
