// The rule registry: unique kebab-case ids, complete definitions, and each rule found from its id in one hop.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { duplicateRuleIds, getRule, RULES } from '../../src/rules/registry.js';
import { SEVERITIES } from '../../src/findings/finding.js';
import { REPO_ROOT } from '../helpers/cli.js';

/** The files that emit rules: every emittedBy file, and all of src/diff and src/quality. */
function emittingFiles(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? under(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
    );
  return [...new Set([...RULES.flatMap((r) => r.emittedBy.split(/,\s*/)), ...under('src/diff'), ...under('src/quality')])].sort();
}

/**
 * Template literals and `+` chains made of kebab-case text and computed parts that could produce one of `ids`
 * ("line: shape", the computed parts shown as `…`): an id built that way is invisible to a plain-text search.
 */
function idBuilders(source: string, ids: readonly string[]): string[] {
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const check = (node: ts.Node, parts: Array<string | null>, shape: string): void => {
    const text = parts.filter((p): p is string => p !== null).join('');
    if (!parts.includes(null) || !text.includes('-') || !/^[a-z0-9-]*$/.test(text)) return;
    const re = new RegExp(`^${parts.map((p) => (p === null ? '[a-z0-9]+(?:-[a-z0-9]+)*' : p)).join('')}$`);
    if (ids.some((id) => re.test(id))) hits.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${shape}`);
  };
  const operands = (e: ts.Expression): ts.Expression[] =>
    ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken
      ? [...operands(e.left), ...operands(e.right)]
      : [ts.isParenthesizedExpression(e) ? e.expression : e];
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.flatMap((s) => [null, s.literal.text])];
      check(node, parts, `\`${parts.map((p) => (p === null ? '${…}' : p)).join('')}\``);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)
    ) {
      const ops = operands(node);
      const parts = ops.map((o) => (ts.isStringLiteral(o) || ts.isNoSubstitutionTemplateLiteral(o) ? o.text : null));
      check(node, parts, ops.map((o, i) => (parts[i] === null ? '…' : `'${parts[i]}'`)).join(' + '));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe('rule registry', () => {
  it('has no duplicate ids', () => {
    expect(duplicateRuleIds()).toEqual([]);
    // The check itself can fail.
    expect(duplicateRuleIds([RULES[0], RULES[1], RULES[0]])).toEqual([RULES[0].id]);
  });

  it('defines every field of every rule', () => {
    for (const r of RULES) {
      expect(r.id, r.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(SEVERITIES, r.id).toContain(r.severity);
      expect(['input', 'output', 'none'], r.id).toContain(r.direction);
      expect(['tool', 'prompt', 'resource', 'resourceTemplate', 'server', 'catalog'], r.id).toContain(r.subject);
      expect(r.description.length, r.id).toBeGreaterThan(8);
      expect(r.description, r.id).not.toContain('\n');
    }
  });

  it('names files that exist and write the rule id literally (a plain-text search finds it)', () => {
    for (const r of RULES) {
      // Some rules name two emitters ("walker.ts, oracle-finding.ts"): each writes the id.
      for (const emitter of r.emittedBy.split(/,\s*/)) {
        const file = path.join(REPO_ROOT, emitter);
        expect(existsSync(file), `${r.id}: ${emitter}`).toBe(true);
        expect(readFileSync(file, 'utf8'), `${r.id} in ${emitter}`).toContain(`'${r.id}'`);
      }
    }
  });

  it('builds no rule id from a template or a concatenation in the code that emits rules', () => {
    const ids = RULES.map((r) => r.id);
    // The check itself can fail: each of these builds a rule id.
    expect(
      idBuilders(
        "const a = `${direction}-${kind}`;\nconst b = `${kw}-added`;\nconst c = 'input-' + kind;\nconst d = kind + '-removed';",
        ids,
      ),
    ).toEqual(['1: `${…}-${…}`', '2: `${…}-added`', "3: 'input-' + …", "4: … + '-removed'"]);
    expect(
      idBuilders("const p = `${path}/type`;\nconst m = `parameter ${name} was removed`;\nconst id = 'input-type-narrowed';", ids),
    ).toEqual([]);
    const offenders = emittingFiles().flatMap((file) =>
      idBuilders(readFileSync(path.join(REPO_ROOT, file), 'utf8'), ids).map((hit) => `${file}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });

  it('covers every rule id named in RULES.md', () => {
    // The starting catalog the project shipped with; ids there are public and must stay.
    const documented = [
      'tool-removed',
      'tool-renamed',
      'tool-removed-after-deprecation',
      'tool-added',
      'tool-dual-registered',
      'tool-deprecated',
      'tool-title-changed',
      'tool-description-changed',
      'tool-icons-changed',
      'tool-task-support-changed',
      'annotation-read-only-removed',
      'annotation-destructive-added',
      'annotation-idempotent-removed',
      'annotation-open-world-added',
      'annotation-relaxed',
      'prompt-removed',
      'prompt-renamed',
      'prompt-added',
      'prompt-argument-added-required',
      'prompt-argument-became-required',
      'prompt-argument-added-optional',
      'prompt-argument-removed',
      'prompt-description-changed',
      'resource-removed',
      'resource-template-removed',
      'resource-added',
      'resource-template-added',
      'resource-template-variables-changed',
      'resource-mime-type-changed',
      'server-capability-removed',
      'server-capability-added',
      'server-name-changed',
      'server-instructions-changed',
      'server-protocol-version-changed',
      'input-property-added-required',
      'input-schema-narrowed',
      'output-schema-removed',
      'output-schema-widened',
    ];
    expect(documented.filter((id) => !getRule(id))).toEqual([]);
  });

  it('looks rules up by id', () => {
    expect(getRule('tool-renamed')).toMatchObject({ severity: 'breaking', subject: 'tool', emittedBy: 'src/diff/tools.ts' });
    expect(getRule('no-such-rule')).toBeUndefined();
  });

  it('matches the generated reference in docs/rules.md (run `npm run docs:rules` after changing a rule)', () => {
    const run = () =>
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/gen-rules-doc.mjs'), '--check'], { cwd: REPO_ROOT, stdio: 'pipe' });
    expect(run).not.toThrow();
    const doc = readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
    for (const r of RULES) expect(doc, r.id).toContain(`| \`${r.id}\` | ${r.severity} |`);
  });
});
