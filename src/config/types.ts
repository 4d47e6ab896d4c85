// The configuration model shared by the CLI and the Action: servers to capture and the gate's policy.
import type { JsonObject } from '../findings/json.js';
import type { Severity } from '../findings/finding.js';

export interface Timeouts {
  /** Spawn (and for HTTP with `start`, readiness) until the handshake completes. Default 30 s. */
  startMs?: number;
  /** Each JSON-RPC request. Default 15 s. */
  requestMs?: number;
  /** The whole capture, start to teardown. Default 120 s. */
  totalMs?: number;
}

export interface CaptureLimits {
  /** Most pages followed per list. Default 1000. */
  maxPages?: number;
  /** Most bytes of list results in total. Default 64 MiB. */
  maxBytes?: number;
}

/** How to reach one server: a stdio command, or a URL (optionally started by a command first). */
export interface ServerTarget {
  /** Label for reports; defaults to the server's own name. */
  name?: string;
  /** stdio: argv of the server ([command, ...args]). */
  command?: string[];
  /** Streamable HTTP (legacy SSE as a fallback) endpoint. */
  url?: string;
  headers?: Record<string, string>;
  /** Shell command that launches the HTTP server before `url` is contacted. */
  start?: string;
  cwd?: string;
  /** Extra environment for the server process (added to the allowlist). */
  env?: Record<string, string>;
  /** Names of further variables of our own environment to pass through (e.g. API keys the server needs). */
  passEnv?: string[];
  timeouts?: Timeouts;
  limits?: CaptureLimits;
  /** Client capabilities to declare; default: the common ones (sampling, roots, elicitation). */
  clientCapabilities?: JsonObject;
  /** Path of this server's committed snapshot. Default mcp-contract.snapshot.json. */
  snapshot?: string;
  /** Read tools/list twice and report an order that changes (default: only when it is one small page). */
  checkOrder?: boolean;
  /**
   * List methods (prompts/list, resources/list, resources/templates/list) whose JSON-RPC error is recorded in the
   * snapshot as "not captured" instead of failing the capture: for checking a third-party server as it is.
   */
  tolerate?: string[];
}

export type VersionSource =
  | { type: 'serverInfo' }
  | { type: 'package.json'; path?: string }
  | { type: 'server.json'; path?: string }
  | { type: 'pyproject.toml'; path?: string }
  | { type: 'file'; path: string; regex: string };

export interface Waiver {
  rule: string;
  /** Tool (or other subject) name; "*" for all. */
  tool: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); past it the waiver no longer applies and the gate says so. */
  expires?: string;
}

/** Catalog quality (lint and token footprint): thresholds and budgets. All optional. */
export interface QualityPolicy {
  /** Run the lint rules (default true; `--no-lint` turns them off for one run). */
  lint?: boolean;
  /** Count the tools' tokens (default true; `--no-footprint` turns it off for one run). */
  footprint?: boolean;
  /** A tool description shorter than this many characters (trimmed) is `tool-description-too-short`. Default 20. */
  minDescriptionLength?: number;
  /** `catalog-footprint-grew` when the tools' token count grows by at least this percentage. Default 10. */
  footprintGrowthPercent?: number;
  /** Budget for all tools together, in o200k_base tokens: past it, `catalog-token-budget-exceeded`. */
  maxCatalogTokens?: number;
  /** Budget per tool, in o200k_base tokens: past it, `tool-token-budget-exceeded`. */
  maxToolTokens?: number;
  /** Severity of the budget findings. Default "warning". */
  budgetSeverity?: Severity;
  /** Lint findings already in the base: "count" (default) counts them per rule in every report, "all" also lists them. */
  lintReport?: LintReportMode;
}

/** How a report shows the lint findings already in the base (`policy.quality.lintReport`, `--lint`). */
export const LINT_REPORT_MODES = ['count', 'all'] as const;
export type LintReportMode = (typeof LINT_REPORT_MODES)[number];

/** Whether a string is one of LINT_REPORT_MODES (for validating a flag or an input). */
export function isLintReportMode(value: string): value is LintReportMode {
  return (LINT_REPORT_MODES as readonly string[]).includes(value);
}

/** The values of `policy.failOn`, `--fail-on` and the Action's `fail-on` input (declared here only). */
export const FAIL_ON = ['breaking', 'warning', 'safe'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Whether a string is one of FAIL_ON (for validating a flag or an input). */
export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}

export interface Policy {
  /** Lowest severity that fails the gate when not covered by a bump. Default "breaking". */
  failOn?: FailOn;
  /** Under 1.0.0, the bump a breaking change needs: "minor" (default, the 0.x convention) or "major". */
  zeroMajorBreakingBump?: 'minor' | 'major';
  /** rule id → severity that replaces the registry's (or "off" to drop the rule). */
  overrides?: Record<string, Severity | 'off'>;
  waivers?: Waiver[];
  versionSources?: VersionSource[];
  /** Lint and token-footprint settings (see docs/quality.md). */
  quality?: QualityPolicy;
}

/** Usage evidence (docs/usage.md): references in a repository and recorded calls that breaking findings are weighed against. */
export interface UsageConfig {
  /** Repository folder references are read from (relative to the config file). */
  root?: string;
  /** Globs under the root (default: prompts, templates, agent/skill files, client configs, code). */
  refs?: string[];
  /** Recorded call files: OTLP JSON traces or JSONL of {tool, arguments, result?} (relative to the config file). */
  calls?: string[];
  /** Demote breaking findings that no evidence touches to warnings (with no evidence, nothing is demoted). */
  demoteUnused?: boolean;
}

export interface ContractConfig {
  $schema?: string;
  servers?: ServerTarget[];
  policy?: Policy;
  usage?: UsageConfig;
}
