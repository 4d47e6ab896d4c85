// The report every renderer takes: both catalogs' identity, the findings and, for `check`, the verdict.
import type { Bump, Severity } from '../findings/finding.js';
import type { GatedFinding, Verdict } from '../policy/types.js';
import type { ExistingLint } from '../quality/existing.js';
import type { Footprint } from '../quality/footprint.js';
import type { UsageSection } from '../usage/types.js';

export interface CatalogRef {
  name?: string;
  version?: string;
  /** "sha256:<hex>" catalog hash. */
  hash: string;
  /** Where it came from: file path, git:REF:PATH, or the server command/url. */
  source?: string;
  toolCount: number;
}

export interface Report {
  /** Label of the server (config name or server name), used in headings and the sticky-comment marker. */
  label: string;
  base: CatalogRef;
  head: CatalogRef;
  requiredBump: Bump;
  counts: Record<Severity, number>;
  findings: GatedFinding[];
  /** `diff --fail-on` below breaking: the lowest severity that makes a plain diff fail (absent: breaking). */
  failOn?: Severity;
  /** Present for `check` (and the Action); absent for a plain `diff`. */
  verdict?: Verdict;
  /** Token footprint of the tools, base → head (absent when not measured, e.g. --no-footprint). */
  footprint?: Footprint;
  /** Catalog-quality findings on tools (absent when lint did not run, e.g. --no-lint). */
  lint?: LintSection;
  /** Usage evidence the breaking findings were weighed against (absent when none was asked for; see docs/usage.md). */
  usage?: UsageSection;
}

export interface LintSection {
  /** Introduced by this change: also in `findings`, where they count toward the gate. */
  new: GatedFinding[];
  /**
   * Already in the base: reported here only, never gated (policy overrides still apply; "off" drops them). Counted
   * per rule; the findings themselves only with `--lint all` (policy.quality.lintReport "all").
   */
  existing: ExistingLint<GatedFinding>;
}
