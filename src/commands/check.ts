// `mcp-contract check`: captures a server (or reads --head), gates it against a baseline, prints the report; exit 0/1/2/3.
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../catalog/snapshot-file.js';
import { parseLintReportFlag, policyForRun, resolveConfig } from '../config/resolve.js';
import { FAIL_ON, isFailOn, type ContractConfig, type ServerTarget } from '../config/types.js';
import { EXIT, UserError } from '../errors.js';
import { parseFormat, renderReport } from '../report/render.js';
import type { ReportFormat } from '../report/render.js';
import { runCheck } from '../run/check.js';
import { hasTargetArgs, mergeTargets, splitAtDoubleDash, TARGET_OPTIONS, TARGET_USAGE, targetFromArgs } from './target-args.js';

export const CHECK_USAGE = `Usage: mcp-contract check --baseline <FILE|git:REF:PATH> [options] -- <server command> [args...]
       mcp-contract check --baseline <FILE|git:REF:PATH> --head FILE [options]

Captures the server, diffs its catalog against the baseline and gates the version bump:
breaking changes need a major bump (a minor one under 1.0.0), unless waived in the policy or approved.

Options:
  --baseline SRC          the base contract: a snapshot file or git:REF:PATH (e.g. git:origin/main:mcp-contract.snapshot.json)
  --head FILE             gate this catalog file instead of capturing a server
  --snapshot FILE         also fail when the committed snapshot FILE no longer matches the live catalog
  --config FILE           config file (policy: failOn, overrides, waivers, versionSources; servers);
                          the paths inside it are relative to the config file
  --server NAME           which server of the config to check (needed when it lists several)
  --format FMT            text (default), markdown, json or sarif
  --out-report FILE       also write the report to FILE (format from the extension: .md, .sarif, .txt; else JSON)
  --fail-on LEVEL         breaking (default), warning or safe: the lowest severity that needs its bump
  --approve-breaking      let breaking changes pass without the major bump; the report records the approval
  --now YYYY-MM-DD        the date used for waiver expiry and deprecation sunsets (default: today)
  --no-lint               skip the catalog lint (descriptions, names, parameters, schema validity)
  --lint MODE             count (default): lint findings already in the base are counted per rule; all: also listed
  --no-footprint          skip the token count of the tools (o200k_base estimate)
  --help                  show this help

${TARGET_USAGE}

Exit codes: 0 pass, 1 the contract is violated, 2 usage/config/input error, 3 the server could not be captured.`;

const OPTIONS = {
  ...TARGET_OPTIONS,
  baseline: { type: 'string' },
  head: { type: 'string' },
  snapshot: { type: 'string' },
  config: { type: 'string' },
  server: { type: 'string' },
  format: { type: 'string' },
  'out-report': { type: 'string' },
  'fail-on': { type: 'string' },
  'approve-breaking': { type: 'boolean' },
  now: { type: 'string' },
  'no-lint': { type: 'boolean' },
  lint: { type: 'string' },
  'no-footprint': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(message: string, hint = 'run `mcp-contract check --help` for the usage.'): UserError {
  return new UserError(message, { hint });
}

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw usageError(`--now must be a date like 2026-03-01, got "${value}"`);
  return date;
}

function formatForFile(file: string): ReportFormat {
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif';
  if (/\.txt$/i.test(file)) return 'text';
  return 'json';
}

/** The configured server to check: the only one, or the one named by --server. */
function configuredServer(config: ContractConfig | undefined, name: string | undefined): ServerTarget | undefined {
  const servers = config?.servers ?? [];
  if (name !== undefined) {
    const found = servers.find((s) => s.name === name);
    if (!found)
      throw usageError(
        `no server named "${name}" in the config`,
        `the config lists: ${servers.map((s) => s.name ?? '(unnamed)').join(', ') || 'no servers'}.`,
      );
    return found;
  }
  if (servers.length > 1)
    throw usageError(
      `the config lists ${servers.length} servers; choose one with --server NAME`,
      `names: ${servers.map((s) => s.name ?? '(unnamed)').join(', ')}.`,
    );
  return servers[0];
}

export async function run(argv: string[]): Promise<number> {
  const { flags, command } = splitAtDoubleDash(argv);
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>>['values'];
  try {
    ({ values } = parseArgs({ args: flags, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw usageError(
      `${(err as Error).message.split('\n')[0]}`,
      'run `mcp-contract check --help` for the options; the server command goes after `--`.',
    );
  }
  if (values.help) {
    process.stdout.write(CHECK_USAGE + '\n');
    return EXIT.ok;
  }
  if (!values.baseline) {
    throw usageError(
      'check needs --baseline (the base contract)',
      'e.g. --baseline git:origin/main:mcp-contract.snapshot.json, or a snapshot file written by `mcp-contract snapshot`.',
    );
  }
  const format = parseFormat(values.format);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !isFailOn(failOn)) {
    throw usageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  }
  const now = parseNow(values.now);
  const lintReport = values.lint !== undefined ? parseLintReportFlag(values.lint) : undefined;

  // Every path in the config is relative to the config file (config/resolve.ts), like the servers' paths.
  const config = values.config !== undefined ? await resolveConfig(values.config) : undefined;
  const policy = policyForRun(config?.policy, {
    ...(failOn !== undefined ? { failOn } : {}),
    ...(values['no-lint'] ? { lint: false } : {}),
    ...(values['no-footprint'] ? { footprint: false } : {}),
    ...(lintReport ? { lintReport } : {}),
  });

  let target: ServerTarget | undefined;
  let refreshCommand: string | undefined;
  if (values.head === undefined) {
    const fromFlags = targetFromArgs(values, command);
    const fromConfig = configuredServer(config, values.server);
    const flagged = hasTargetArgs(values, command);
    target = fromConfig ? (flagged ? mergeTargets(fromConfig, fromFlags) : fromConfig) : flagged ? fromFlags : undefined;
    // A configured server is refreshed through its config (which holds its cwd, env and flags).
    if (fromConfig && !flagged && values.snapshot !== undefined) {
      refreshCommand =
        (config?.servers?.length ?? 0) > 1
          ? `npx mcp-contract snapshot --config ${values.config}`
          : `npx mcp-contract snapshot --config ${values.config} --out ${values.snapshot}`;
    }
  } else if (hasTargetArgs(values, command)) {
    throw usageError(
      'give either a server to capture or --head FILE, not both',
      'drop `--head` to check the live server, or drop the server command to gate two files.',
    );
  }

  const result = await runCheck({
    ...(target ? { target } : {}),
    ...(values.head !== undefined ? { headFile: values.head } : {}),
    baseline: values.baseline,
    ...(values.snapshot !== undefined ? { snapshotFile: values.snapshot } : {}),
    ...(refreshCommand ? { refreshCommand } : {}),
    policy,
    ...(values['approve-breaking'] ? { approved: { by: 'the --approve-breaking flag' } } : {}),
    ...(now ? { now } : {}),
  });

  const color = format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const out = renderReport(result.report, format, { color, ...(values.snapshot ? { snapshotUri: values.snapshot } : {}) });
  process.stdout.write(out.endsWith('\n') ? out : out + '\n');
  const reportFile = values['out-report'];
  if (reportFile !== undefined) {
    try {
      await writeFileAtomic(
        reportFile,
        renderReport(result.report, formatForFile(reportFile), values.snapshot ? { snapshotUri: values.snapshot } : {}),
      );
    } catch (err) {
      throw new UserError(`could not write the report to ${reportFile}: ${(err as Error).message}`, {
        hint: 'check that the directory exists and is writable.',
        cause: err,
      });
    }
  }
  return result.exitCode;
}
