// `mcp-contract changelog BASE HEAD`: release notes between two snapshots or git refs, grouped by severity.
import { DEFAULT_SNAPSHOT_PATH } from '../catalog/snapshot-file.js';
import { EXIT, UserError } from '../errors.js';
import { CHANGELOG_FORMATS, renderChangelog, type ChangelogFormat } from '../report/changelog.js';
import { oneLine } from '../text.js';
import { diffReport } from './diff.js';
import { parseFlags } from './flags.js';

export const CHANGELOG_USAGE = `Usage: mcp-contract changelog BASE HEAD [--path FILE] [--format markdown|text|json] [--no-oracle]

Release notes of the contract between two versions: every change, grouped by severity (breaking changes,
changes to review, additions and compatible changes, other changes), and the version bump they require.
BASE and HEAD are each one of:
  a catalog file (a name ending in .json): a snapshot or a raw tools/list result
  git:REF:PATH   the file as it is at a git revision
  REF            a git branch, tag or commit: the snapshot file (--path) as it is there, e.g. v1.2.0
  -              standard input (one of the two at most)

Options:
  --path FILE    the snapshot file read at each REF (default ${DEFAULT_SNAPSHOT_PATH}, relative to the repository root)
  --format FMT   markdown (default), text or json
  --no-oracle    skip the set-theoretic schema check (faster; undecided schema changes are reported as inconclusive)
  --help         show this help

Example: mcp-contract changelog v1.2.0 HEAD > release-notes.md

Exit codes: 0 written (whatever changed), 2 bad input or usage.`;

const OPTIONS = {
  path: { type: 'string' },
  format: { type: 'string' },
  'no-oracle': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(message: string): UserError {
  return new UserError(message, { hint: 'run `mcp-contract changelog --help`, e.g. `mcp-contract changelog v1.2.0 HEAD`.' });
}

/** A positional as a catalog source: a file, git:REF:PATH and - as they are; any other word is a git ref holding `file`. */
export function changelogSource(arg: string, file: string): string {
  if (arg === '-' || arg.startsWith('git:') || /\.json$/i.test(arg)) return arg;
  return `git:${arg}:${file}`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, OPTIONS, { command: 'changelog' });
  if (values.help) {
    process.stdout.write(CHANGELOG_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw usageError(`changelog needs two versions (BASE and HEAD), got ${positionals.length}`);
  if (positionals[0] === '-' && positionals[1] === '-') throw usageError('only one of BASE and HEAD can be "-" (standard input)');
  const format = values.format ?? 'markdown';
  if (!(CHANGELOG_FORMATS as readonly string[]).includes(format)) {
    throw usageError(`--format must be one of ${CHANGELOG_FORMATS.join(', ')}, got "${oneLine(format, 40)}"`);
  }
  const file = values.path ?? DEFAULT_SNAPSHOT_PATH;
  // Release notes describe changes: the lint and the token count describe the head itself, so they stay out.
  const { report } = await diffReport(changelogSource(positionals[0]!, file), changelogSource(positionals[1]!, file), {
    oracle: !values['no-oracle'],
    lint: false,
    footprint: false,
  });
  process.stdout.write(renderChangelog(report, format as ChangelogFormat));
  return EXIT.ok;
}
