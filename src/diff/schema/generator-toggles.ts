// Recognises a generator's catalog-wide toggle: every output schema's root `additionalProperties: false` dropped at once, rated as the generator change it is.
import type { Catalog } from '../../catalog/types.js';
import type { Finding } from '../../findings/finding.js';
import { isObject, type Json } from '../../findings/json.js';
import { defineRules, findingMaker, type MessageTable } from '../../findings/rule-kit.js';

export const GENERATOR_TOGGLE_RULES = defineRules('change', 'src/diff/schema/generator-toggles.ts', 'tool', {
  'output-additional-properties-generator-artefact': [
    'info',
    'the root of every output schema in the catalog (two or more tools, all closed before) stopped forbidding undeclared fields at once: the schema generator stopped writing additionalProperties:false, the results the server builds are the same',
    'output',
  ],
});

const MESSAGES = {
  'output-additional-properties-generator-artefact': ({ tool, tools }: { tool: string; tools: number }) =>
    `Tool "${tool}": the result no longer forbids undeclared fields at its root, as in all ${tools} output schemas of this catalog at once; that is the schema generator no longer writing additionalProperties: false, not new fields in the results the server sends`,
} satisfies MessageTable<keyof typeof GENERATOR_TOGGLE_RULES>;

const finding = findingMaker(GENERATOR_TOGGLE_RULES, MESSAGES);

/** Where the walker reports an output schema's root opened. */
const ROOT_OPENED = { rule: 'output-additional-properties-allowed', path: '/outputSchema/additionalProperties' };
/** Fewer tools than this are no pattern: one tool's output opened is that tool's change. */
const MIN_TOGGLED_TOOLS = 2;

const closedRoot = (schema: Json | undefined): boolean => isObject(schema) && schema.additionalProperties === false;

/**
 * The findings with each root-opened output finding rated as a generator artefact, when every tool that has an output
 * schema on both sides (under its old name after a rename) had a closed root and now has an open one.
 */
export function rateGeneratorToggles(findings: Finding[], base: Catalog, head: Catalog): Finding[] {
  const renamedFrom = new Map<string, string>();
  for (const f of findings) if (f.rule === 'tool-renamed' && typeof f.extra?.from === 'string') renamedFrom.set(f.subject, f.extra.from);
  const baseOutput = new Map(base.tools.map((t) => [t.name, t.outputSchema as Json | undefined] as const));
  let paired = 0;
  for (const t of head.tools) {
    const before = baseOutput.get(renamedFrom.get(t.name) ?? t.name);
    if (before === undefined || t.outputSchema === undefined) continue;
    if (!closedRoot(before) || closedRoot(t.outputSchema as Json)) return findings;
    paired++;
  }
  if (paired < MIN_TOGGLED_TOOLS) return findings;
  return findings.map((f) =>
    f.rule === ROOT_OPENED.rule && f.path === ROOT_OPENED.path
      ? finding(
          'output-additional-properties-generator-artefact',
          {
            subject: f.subject,
            path: f.path,
            ...(f.before !== undefined ? { before: f.before } : {}),
            ...(f.after !== undefined ? { after: f.after } : {}),
            extra: { artefact: 'additionalProperties: false dropped from every output schema root at once', tools: paired },
          },
          { tool: f.subject, tools: paired },
        )
      : f,
  );
}
