// `mcp-contract rules`: prints the rule registry (every rule id, its default severity, direction and meaning).
import { RULES } from '../rules/registry.js';
import type { RuleDef } from '../findings/finding.js';
import { BUMP_FOR_SEVERITY } from '../findings/finding.js';
import { EXIT, UserError } from '../errors.js';
import { parseFlags } from './flags.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const RULES_USAGE = `Usage: mcp-contract rules [--format text|json|markdown]

Lists every rule id the diff can emit with its default severity, the bump it requires, the direction it
reads (input: what callers send; output: what callers read), what it is about and the file that emits it.
Rule ids are stable: use them in waivers and severity overrides.`;

const SUBJECT_HEADINGS: Record<RuleDef['subject'], string> = {
  tool: 'Tools',
  catalog: 'Catalog',
  prompt: 'Prompts',
  resource: 'Resources',
  resourceTemplate: 'Resource templates',
  server: 'Server',
};

/** Rules grouped by subject, schema rules under their own headings, in registry order. */
function groups(rules: readonly RuleDef[]): Array<[string, RuleDef[]]> {
  const out = new Map<string, RuleDef[]>();
  for (const r of rules) {
    const heading =
      r.family === 'quality'
        ? 'Catalog quality (lint and token footprint; see docs/quality.md)'
        : r.family === 'policy'
          ? 'Policy (the config a pull request changes; see docs/action.md)'
          : r.direction === 'input'
            ? 'Input schema (what callers send)'
            : r.direction === 'output'
              ? 'Output schema (what callers read)'
              : r.id.startsWith('annotation-')
                ? 'Annotations (effective values)'
                : SUBJECT_HEADINGS[r.subject];
    (out.get(heading) ?? out.set(heading, []).get(heading)!).push(r);
  }
  return [...out];
}

/** Escapes a registry string for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
}

/** The Markdown rule reference (used by `rules --format markdown` and scripts/gen-rules-doc.mjs for the README). */
export function rulesMarkdown(rules: readonly RuleDef[] = RULES): string {
  const lines: string[] = [];
  for (const [heading, list] of groups(rules)) {
    lines.push(`### ${heading}`, '', '| id | severity | bump | meaning | emitted by |', '|---|---|---|---|---|');
    for (const r of list)
      // No version bump covers a loosened policy: only an approval does (policy/gate.ts).
      lines.push(
        `| \`${r.id}\` | ${r.severity} | ${r.family === 'policy' ? 'approval' : BUMP_FOR_SEVERITY[r.severity]} | ${cell(r.description)} | \`${r.emittedBy}\` |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

export function rulesText(rules: readonly RuleDef[] = RULES): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines: string[] = [];
  for (const [heading, list] of groups(rules)) {
    lines.push(heading);
    for (const r of list) lines.push(`  ${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}`);
    lines.push('');
  }
  lines.push(
    `${rules.length} rules. Severity is the default; some rules escalate (e.g. input-property-removed is breaking when the object forbids extra properties).`,
  );
  return lines.join('\n');
}

export function rulesJson(rules: readonly RuleDef[] = RULES): string {
  return JSON.stringify(
    rules.map((r) => ({ ...r, bump: BUMP_FOR_SEVERITY[r.severity] })),
    null,
    2,
  );
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    { command: 'rules' },
  );
  if (values.help) {
    process.stdout.write(RULES_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length) {
    throw new UserError(`unexpected argument ${JSON.stringify(positionals[0])} for mcp-contract rules`, {
      hint: 'run `mcp-contract rules --help`.',
    });
  }
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format as Format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`, {
      hint: 'run `mcp-contract rules --format json`.',
    });
  }
  const out = format === 'json' ? rulesJson() : format === 'markdown' ? rulesMarkdown() : rulesText();
  process.stdout.write(out + '\n');
  return EXIT.ok;
}
