// The rule registry: unique kebab-case ids, complete definitions, and each rule found from its id in one hop.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateRuleIds, getRule, RULES } from '../../src/rules/registry.js';
import { SEVERITIES } from '../../src/findings/finding.js';
import { REPO_ROOT } from '../helpers/cli.js';

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

  it('names a file that exists and mentions the rule (catalog rules by their literal id)', () => {
    for (const r of RULES) {
      // Some schema rules name two emitters ("walker.ts, oracle-finding.ts").
      for (const emitter of r.emittedBy.split(/,\s*/)) {
        const file = path.join(REPO_ROOT, emitter);
        expect(existsSync(file), `${r.id}: ${emitter}`).toBe(true);
        if (!emitter.includes('/schema/')) expect(readFileSync(file, 'utf8'), r.id).toContain(`'${r.id}'`);
      }
    }
  });

  it('covers every rule id named in RULES.md', () => {
    // The starting catalog the project shipped with; ids there are public and must stay.
    const documented = ['tool-removed', 'tool-renamed', 'tool-removed-after-deprecation', 'tool-added', 'tool-dual-registered', 'tool-deprecated',
      'tool-title-changed', 'tool-description-changed', 'tool-icons-changed', 'tool-task-support-changed',
      'annotation-read-only-removed', 'annotation-destructive-added', 'annotation-idempotent-removed', 'annotation-open-world-added', 'annotation-relaxed',
      'prompt-removed', 'prompt-renamed', 'prompt-added', 'prompt-argument-added-required', 'prompt-argument-became-required',
      'prompt-argument-added-optional', 'prompt-argument-removed', 'prompt-description-changed',
      'resource-removed', 'resource-template-removed', 'resource-added', 'resource-template-added', 'resource-template-variables-changed', 'resource-mime-type-changed',
      'server-capability-removed', 'server-capability-added', 'server-name-changed', 'server-instructions-changed', 'server-protocol-version-changed',
      'input-property-added-required', 'input-schema-narrowed', 'output-schema-removed', 'output-schema-widened'];
    expect(documented.filter((id) => !getRule(id))).toEqual([]);
  });

  it('looks rules up by id', () => {
    expect(getRule('tool-renamed')).toMatchObject({ severity: 'breaking', subject: 'tool', emittedBy: 'src/diff/tools.ts' });
    expect(getRule('no-such-rule')).toBeUndefined();
  });

  it('matches the generated reference in docs/rules.md (run `npm run docs:rules` after changing a rule)', () => {
    const run = () => execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/gen-rules-doc.mjs'), '--check'], { cwd: REPO_ROOT, stdio: 'pipe' });
    expect(run).not.toThrow();
    const doc = readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
    for (const r of RULES) expect(doc, r.id).toContain(`| \`${r.id}\` | ${r.severity} |`);
  });
});
