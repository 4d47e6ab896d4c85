// YAML configs read into the same values as JSON (one schema), auto-discovery in the working directory, and unknown rule ids refused.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverConfig } from '../../src/config/discover.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { UserError } from '../../src/errors.js';
import { assertKnownRuleIds, unknownRuleIds } from '../../src/rules/policy-rule-ids.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-yaml-');

async function errorOf(run: () => Promise<unknown> | unknown): Promise<UserError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError');
}

const YAML_CONFIG = `# the same config as the JSON below
servers:
  - name: weather
    command: [node, server.js]
    snapshot: snaps/weather.json
    env:
      DEBUG: "no"
policy:
  failOn: warning
  overrides:
    tool-description-changed: "off"
  waivers:
    - rule: tool-removed
      tool: old_tool
      reason: deprecated for a year
      expires: 2027-01-31
`;

const JSON_CONFIG = {
  servers: [{ name: 'weather', command: ['node', 'server.js'], snapshot: 'snaps/weather.json', env: { DEBUG: 'no' } }],
  policy: {
    failOn: 'warning',
    overrides: { 'tool-description-changed': 'off' },
    waivers: [{ rule: 'tool-removed', tool: 'old_tool', reason: 'deprecated for a year', expires: '2027-01-31' }],
  },
};

describe('YAML config files', () => {
  it('resolve to exactly what the same JSON config does (a date stays a string)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), YAML_CONFIG);
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(JSON_CONFIG));
    const fromYaml = await resolveConfig(path.join(dir, 'a.yaml'));
    const fromJson = await resolveConfig(path.join(dir, 'b.json'));
    expect({ ...fromYaml, file: '' }).toEqual({ ...fromJson, file: '' });
    expect(fromYaml.policy.waivers![0]!.expires).toBe('2027-01-31');
  });

  it('are checked by the same schema, with the same messages', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.yml'), 'policy:\n  failOn: sometimes\n');
    const err = await errorOf(() => resolveConfig(path.join(dir, 'c.yml')));
    expect(err.message).toBe(
      `the config file ${path.join(dir, 'c.yml')} is invalid: policy.failOn must be one of "breaking", "warning", "safe"`,
    );
  });

  it('name the line of a syntax error, and refuse a duplicate key', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), 'policy:\n  failOn: [breaking\nservers: []\n');
    const err = await errorOf(() => resolveConfig(path.join(dir, 'bad.yaml')));
    expect(err.message).toMatch(/^the config file .*bad\.yaml is not valid YAML: .* at line 3, column 1:$/);
    expect(err.hint).toContain('fix the syntax at that line');
    writeFileSync(path.join(dir, 'dup.yaml'), 'policy:\n  failOn: breaking\n  failOn: safe\n');
    expect((await errorOf(() => resolveConfig(path.join(dir, 'dup.yaml')))).message).toMatch(/is not valid YAML: Map keys must be unique/);
  });
});

describe('discoverConfig', () => {
  it('finds mcp-contract.config.json, .yaml or .yml, none, or refuses two', async () => {
    const dir = tempDir();
    expect(await discoverConfig(dir)).toBeUndefined();
    writeFileSync(path.join(dir, 'mcp-contract.config.yml'), 'policy: {}\n');
    expect(await discoverConfig(dir)).toBe('mcp-contract.config.yml');
    writeFileSync(path.join(dir, 'mcp-contract.config.json'), '{}');
    const err = await errorOf(() => discoverConfig(dir));
    expect(err.message).toBe(`found mcp-contract.config.json and mcp-contract.config.yml in ${dir}; which one holds the policy is unclear`);
    expect(err.hint).toBe('keep one of them, or name the one to use with --config FILE.');
  });
});

describe('rule ids in the policy', () => {
  it('an unknown override or waiver id is an error naming the closest id', async () => {
    const policy = {
      overrides: { 'tool-remove': 'off' as const, 'tool-added': 'info' as const },
      waivers: [
        { rule: 'input-property-becme-required', tool: '*', reason: 'r' },
        { rule: 'no-such-thing-at-all', tool: 'x', reason: 'r' },
      ],
    };
    expect(unknownRuleIds(policy)).toEqual([
      { where: 'policy.overrides["tool-remove"]', id: 'tool-remove', closest: 'tool-removed' },
      { where: 'policy.waivers[0].rule', id: 'input-property-becme-required', closest: 'input-property-became-required' },
      { where: 'policy.waivers[1].rule', id: 'no-such-thing-at-all' },
    ]);
    const err = await errorOf(() => assertKnownRuleIds(policy, 'mcp-contract.config.yaml'));
    expect(err.message).toBe(
      'the config file mcp-contract.config.yaml names an unknown rule id: policy.overrides["tool-remove"]: "tool-remove" is no rule id; did you mean "tool-removed"?',
    );
    expect(err.details).toBe(
      [
        '  - policy.overrides["tool-remove"]: "tool-remove" is no rule id; did you mean "tool-removed"?',
        '  - policy.waivers[0].rule: "input-property-becme-required" is no rule id; did you mean "input-property-became-required"?',
        '  - policy.waivers[1].rule: "no-such-thing-at-all" is no rule id',
      ].join('\n'),
    );
    expect(err.hint).toBe('`mcp-contract rules` lists every rule id; an override or waiver with an unknown id would match nothing.');
    expect(() => assertKnownRuleIds({ overrides: { 'tool-removed': 'warning' } }, 'x')).not.toThrow();
    expect(unknownRuleIds({ overrides: { constructor: 'off' as const } })).toEqual([
      { where: 'policy.overrides["constructor"]', id: 'constructor' },
    ]);
  });
});
