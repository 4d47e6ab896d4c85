// Runs every policy fixture (a base and a head config) through the Action's plan and pins the policy findings; every policy rule has one.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig, resolveConfigCopy } from '../../src/config/resolve.js';
import { readRunContext } from '../../src/github/event.js';
import { parseInputs } from '../../src/github/inputs.js';
import { planJobs } from '../../src/github/plan.js';
import { RULES } from '../../src/rules/registry.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { useTempDirs } from '../helpers/temp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/policy');
const CONFIG = 'mcp-contract.config.json';
const emitted = new Set<string>();

interface Expected {
  rule: string;
  severity: string;
  subject: string;
  path: string;
  message: string;
}
const key = (f: Expected) => `${f.rule} ${f.severity} ${JSON.stringify(f.subject)} ${f.path} ${JSON.stringify(f.message)}`;

describe('policy fixtures', () => {
  const tempDir = useTempDirs('mcpc-policy-fixtures-');
  const cases = fixtureCases(root);
  it('has one fixture per policy rule at least', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  it.each(cases)('%s', async (name) => {
    // The head's config in a repository-like folder, the base's as the copy the Action reads at the base commit.
    const dir = tempDir();
    copyFileSync(path.join(root, name, 'head.json'), path.join(dir, CONFIG));
    const config = await resolveConfig(CONFIG, { cwd: dir });
    const baseConfig = await resolveConfigCopy(path.join(root, name, 'base.json'), `${name}/base.json`, config.file);
    const inputs = parseInputs((input) => (input === 'config' ? CONFIG : ''));
    const event = path.join(dir, 'event.json');
    writeFileSync(event, '{}');
    const ctx = readRunContext({ GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: dir });
    const plan = planJobs(inputs, config, ctx, { workDir: dir, root: dir }, baseConfig);
    const findings = plan.jobs[0]!.policyFindings ?? [];
    for (const f of findings) emitted.add(f.rule);
    expect(plan.jobs.slice(1).every((j) => j.policyFindings === undefined)).toBe(true);
    const expectedFile = path.join(root, name, 'expected.json');
    const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected[]) : [];
    expect(findings.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('emits every policy rule in at least one fixture', () => {
    expect(RULES.filter((r) => r.family === 'policy' && !emitted.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
