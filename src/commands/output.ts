// How a command writes its report: the shared output flags (--format, --quiet, --color/--no-color) and the colour rule.
import { parseFormat, REPORT_FORMATS, renderReport, type RenderOptions, type ReportFormat } from '../report/render.js';
import type { Report } from '../report/types.js';
import { UserError } from '../errors.js';
import type { FlagSpec } from './flags.js';

/** parseArgs spec of the output flags; spread it into a command's own options. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies FlagSpec;

export const OUTPUT_USAGE = `Output:
  --format FMT            ${REPORT_FORMATS.join(', ')} (default text); githubactions prints workflow-command
                          annotations, so \`run: npx mcp-contract …\` annotates a pull request without the Action
  --quiet, -q             print no report; the exit code is the verdict (errors still go to stderr)
  --color, --no-color     force ANSI colour in the text report on or off (default: on when stdout is a terminal;
                          FORCE_COLOR=1 turns it on, NO_COLOR=1 off)`;

export interface OutputValues {
  format?: string;
  quiet?: boolean;
  color?: boolean;
  'no-color'?: boolean;
}

export interface OutputSettings {
  format: ReportFormat;
  quiet: boolean;
  color: boolean;
}

/**
 * Whether the text report is coloured: --color / --no-color first, then FORCE_COLOR (any value but 0 or false: on;
 * 0 or false: off), then NO_COLOR (any non-empty value: off, see no-color.org), then whether stdout is a terminal.
 */
export function useColor(values: OutputValues, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (values.color && values['no-color']) {
    throw new UserError('--color and --no-color contradict each other', { hint: 'give one of them (or neither).' });
  }
  if (values.color) return true;
  if (values['no-color']) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !/^(0|false)$/i.test(force);
  if (env.NO_COLOR) return false;
  return isTTY;
}

/** The output settings of a run, from its flags and the environment. */
export function outputSettings(values: OutputValues, env: NodeJS.ProcessEnv = process.env): OutputSettings {
  const format = parseFormat(values.format);
  return { format, quiet: values.quiet === true, color: format === 'text' && useColor(values, env, process.stdout.isTTY === true) };
}

/** Prints the report (nothing with --quiet), ending in one newline. */
export function printReport(report: Report, settings: OutputSettings, opts: RenderOptions = {}): void {
  if (settings.quiet) return;
  const out = renderReport(report, settings.format, { ...opts, color: settings.color });
  process.stdout.write(out.endsWith('\n') ? out : out + '\n');
}
