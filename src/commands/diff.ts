// `mcp-contract diff BASE HEAD`: loads two catalogs, diffs them and prints the findings; exit 1 at the --fail-on level.
import { toSnapshot } from '../catalog/canonical.js';
import { loadCatalogPair } from '../catalog/snapshot-file.js';
import { analyze, type AnalyzeOptions } from '../analyze/index.js';
import { parseLintReportFlag, policyForRun } from '../config/resolve.js';
import { EXIT, UserError } from '../errors.js';
import { prepareQuality } from '../quality/index.js';
import { FAIL_ON, isFailOn, type FailOn, type LintReportMode } from '../config/types.js';
import { atOrAbove } from '../findings/finding.js';
import { buildReport } from '../report/build.js';
import { parseFlags } from './flags.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, outputSettings, printReport, type OutputSettings } from './output.js';
import type { UsageSettings } from '../usage/index.js';
import { QUALITY_OPTIONS, QUALITY_USAGE } from './quality-args.js';
import { USAGE_HELP, USAGE_OPTIONS, usageSettings } from './usage-args.js';

export const DIFF_USAGE = `Usage: mcp-contract diff BASE HEAD [options]

Diffs two MCP catalogs and classifies every change by rule (see \`mcp-contract rules\`).
BASE and HEAD are each one of:
  a snapshot file written by \`mcp-contract snapshot\`
  a raw tools/list result, e.g. {"tools": [...]} (optionally with serverInfo, prompts, resources, resourceTemplates)
  git:REF:PATH   the file as it is at a git revision, e.g. git:origin/main:mcp-contract.snapshot.json
  -              standard input (one of the two at most)

Options:
  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL: breaking (default), warning or safe
                          (oasdiff's --fail-on; \`check --fail-on\` gates on the version bump instead)
  --no-oracle             skip the set-theoretic schema check (faster; undecided schema changes are reported as inconclusive)
${QUALITY_USAGE}
  --help                  show this help

${OUTPUT_USAGE}

${USAGE_HELP}

The required bump is read on the base's version line (its serverInfo.version), the rule \`check\` gates with:
under 1.0.0 a breaking change needs a minor bump and a safe one a patch; without a base version, or from 1.0.0,
breaking → major, safe → minor, warning/info → patch. \`diff\` compares no versions: \`check\` does.

Exit codes: 0 no finding at the --fail-on level, 1 at least one (by default: a breaking change), 2 bad input or usage.`;

const OPTIONS = {
  ...OUTPUT_OPTIONS,
  ...USAGE_OPTIONS,
  'fail-on': { type: 'string' },
  'no-oracle': { type: 'boolean' },
  ...QUALITY_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

interface DiffArgs {
  base: string;
  head: string;
  output: OutputSettings;
  failOn: FailOn;
  oracle: boolean;
  lint: boolean;
  lintReport?: LintReportMode;
  footprint: boolean;
  usage?: UsageSettings;
}

function usageError(message: string): UserError {
  return new UserError(message, {
    hint: 'run `mcp-contract diff --help` for the usage, e.g. `mcp-contract diff git:origin/main:mcp-contract.snapshot.json mcp-contract.snapshot.json`.',
  });
}

export function parseDiffArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DiffArgs | 'help' {
  const { values, positionals } = parseFlags(argv, OPTIONS, { command: 'diff' });
  if (values.help) return 'help';
  if (positionals.length !== 2) throw usageError(`diff needs exactly two catalogs (BASE and HEAD), got ${positionals.length}`);
  if (positionals[0] === '-' && positionals[1] === '-') throw usageError('only one of BASE and HEAD can be "-" (standard input)');
  const failOn = values['fail-on'] ?? 'breaking';
  if (!isFailOn(failOn)) throw usageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  const usage = usageSettings(values, undefined);
  return {
    base: positionals[0]!,
    head: positionals[1]!,
    output: outputSettings(values, env),
    failOn,
    oracle: !values['no-oracle'],
    lint: !values['no-lint'],
    ...(values.lint !== undefined ? { lintReport: parseLintReportFlag(values.lint) } : {}),
    footprint: !values['no-footprint'],
    ...(usage ? { usage } : {}),
  };
}

/**
 * Both catalogs as canonical snapshots. Head tools identical to the base's share their canonical form (sorted,
 * serialised and hashed once). The raw parsed catalogs stay in here: they are garbage before the diff and lint allocate.
 */
async function loadSnapshots(baseSource: string, headSource: string) {
  const [base, head] = await loadCatalogPair(baseSource, headSource);
  return {
    baseSnap: toSnapshot(base.catalog),
    headSnap: toSnapshot(head.catalog, base.catalog),
    baseSource: base.source,
    headSource: head.source,
  };
}

export interface PairOptions {
  oracle: boolean;
  lint: boolean;
  /** `--lint all|count`: how the report shows the lint findings already in the base (unset: counted per rule). */
  lintReport?: LintReportMode;
  footprint: boolean;
  /** Usage evidence to weigh the breaking findings against (docs/usage.md). */
  usage?: UsageSettings;
}

/** Loads, diffs and reports two catalogs as `diff` does (`changelog` too): the report and the findings it gates on. */
export async function diffReport(base: string, head: string, opts: PairOptions) {
  const options: AnalyzeOptions = {
    policy: policyForRun(undefined, {
      lint: opts.lint,
      footprint: opts.footprint,
      ...(opts.lintReport ? { lintReport: opts.lintReport } : {}),
    }),
    oracle: opts.oracle,
  };
  // The token table is read while the catalogs are (a file read on the thread pool; lint's validators load only when a schema changed).
  if (opts.footprint) prepareQuality({ lint: false, footprint: true });
  const { baseSnap, headSnap, baseSource, headSource } = await loadSnapshots(base, head);
  const analysis = await analyze(baseSnap, headSnap, options);
  // The usage readers (reference scan, call files) load only when a run names usage evidence.
  const weighed = opts.usage
    ? await (await import('../usage/index.js')).weighRun(analysis.findings, baseSnap, headSnap, opts.usage)
    : undefined;
  const findings = weighed?.findings ?? analysis.findings;
  const report = buildReport({
    label: headSnap.server.name ?? baseSnap.server.name ?? 'mcp server',
    base: baseSnap,
    head: headSnap,
    baseSource,
    headSource,
    findings,
    // Demoted findings change the bump: then it is computed from the weighed findings.
    ...(weighed ? {} : { requiredBump: analysis.requiredBump }),
    ...(analysis.footprint ? { footprint: analysis.footprint } : {}),
    ...(analysis.existing ? { lintExisting: analysis.existing } : {}),
    ...(weighed ? { usage: weighed.section } : {}),
  });
  return { report, findings };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseDiffArgs(argv);
  if (args === 'help') {
    process.stdout.write(DIFF_USAGE + '\n');
    return EXIT.ok;
  }
  const { report, findings } = await diffReport(args.base, args.head, args);
  if (args.failOn !== 'breaking') report.failOn = args.failOn;
  printReport(report, args.output);
  return findings.some((f) => atOrAbove(f.severity, args.failOn)) ? EXIT.violated : EXIT.ok;
}
