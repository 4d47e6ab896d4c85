// Config loading through the one resolver: JSON Schema validation with errors naming the file and the JSON path, path resolution, run settings.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPathOf } from '../../src/config/load.js';
import { policyForRun, resolveConfig } from '../../src/config/resolve.js';
import { FAIL_ON, isFailOn, type ContractConfig } from '../../src/config/types.js';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { UserError } from '../../src/errors.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-config-');

function write(value: unknown, name = 'mcp-contract.config.json'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

async function loadError(value: unknown): Promise<UserError & { file: string }> {
  const file = write(value);
  try {
    await resolveConfig(file);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return Object.assign(err as UserError, { file });
  }
  throw new Error('expected resolveConfig to fail');
}

describe('resolveConfig', () => {
  it('accepts a full config covering servers and policy', async () => {
    const full: ContractConfig = {
      $schema: './schema/config.schema.json',
      servers: [
        {
          name: 'stdio',
          command: ['node', 'server.js'],
          cwd: 'srv',
          env: { A: '1' },
          passEnv: ['API_KEY'],
          timeouts: { startMs: 1000, requestMs: 2000, totalMs: 3000 },
          limits: { maxPages: 5, maxBytes: 1024 },
          clientCapabilities: { sampling: {} },
          snapshot: 'snaps/stdio.json',
        },
        { url: 'http://127.0.0.1:3000/mcp', headers: { Authorization: 'Bearer x' }, start: 'node http.js' },
      ],
      policy: {
        failOn: 'warning',
        zeroMajorBreakingBump: 'major',
        overrides: { 'tool.removed': 'warning', 'description.changed': 'off' },
        waivers: [{ rule: 'tool.removed', tool: 'old_tool', reason: 'deprecated for a year', expires: '2027-01-31' }],
        versionSources: [
          { type: 'serverInfo' },
          { type: 'package.json', path: 'pkg/package.json' },
          { type: 'pyproject.toml' },
          { type: 'file', path: 'VERSION', regex: '(\\d+\\.\\d+\\.\\d+)' },
        ],
      },
    };
    const file = write(full);
    const loaded = await resolveConfig(file);
    const dir = path.dirname(file);
    expect(loaded.servers![0].cwd).toBe(path.join(dir, 'srv'));
    expect(loaded.servers![0].snapshot).toBe(path.join(dir, 'snaps/stdio.json'));
    // A server without cwd runs in the config file's directory.
    expect(loaded.servers![1].cwd).toBe(dir);
    // Version source files too, a source without a path naming the file of its type beside the config.
    expect(loaded.policy).toEqual({
      ...full.policy,
      versionSources: [
        { type: 'serverInfo' },
        { type: 'package.json', path: path.join(dir, 'pkg/package.json') },
        { type: 'pyproject.toml', path: path.join(dir, 'pyproject.toml') },
        { type: 'file', path: path.join(dir, 'VERSION'), regex: '(\\d+\\.\\d+\\.\\d+)' },
      ],
    });
    expect(loaded).toMatchObject({ file, dir });
  });

  it('keeps absolute paths as they are', async () => {
    const loaded = await resolveConfig(
      write({
        servers: [{ command: ['x'], cwd: '/opt/srv', snapshot: '/tmp/s.json' }],
        policy: { versionSources: [{ type: 'package.json', path: '/opt/srv/package.json' }] },
      }),
    );
    expect(loaded.servers![0]).toMatchObject({ cwd: '/opt/srv', snapshot: '/tmp/s.json' });
    expect(loaded.policy.versionSources).toEqual([{ type: 'package.json', path: '/opt/srv/package.json' }]);
  });

  it('reads a relative config path from the given directory, and resolves its contents against its own folder', async () => {
    const file = write({
      servers: [{ command: ['x'], snapshot: 's.json' }],
      policy: { versionSources: [{ type: 'file', path: 'VERSION', regex: '(.+)' }] },
    });
    const dir = path.dirname(file);
    const parent = path.dirname(dir);
    const loaded = await resolveConfig(path.join(path.basename(dir), path.basename(file)), { cwd: parent });
    expect(loaded.file).toBe(file);
    expect(loaded.servers[0]).toMatchObject({ cwd: dir, snapshot: path.join(dir, 's.json') });
    expect(loaded.policy.versionSources).toEqual([{ type: 'file', path: path.join(dir, 'VERSION'), regex: '(.+)' }]);
    await expect(resolveConfig('nope.json', { cwd: parent })).rejects.toMatchObject({
      message: 'could not read the config file nope.json: no such file',
      hint: `check the config path (it is relative to ${parent}).`,
    });
  });

  it.each([
    [{ servers: [{ command: ['node'], timeouts: { startMs: -5 } }] }, 'servers[0].timeouts.startMs must be >= 1'],
    [{ servers: [{ comand: ['node'] }] }, 'servers[0]: unknown field "comand"'],
    [{ servers: [{ command: ['node'], url: 'http://x/mcp' }] }, 'servers[0] needs exactly one of "command"'],
    [{ servers: [{ env: { A: '1' } }] }, 'servers[0] needs exactly one of "command"'],
    [{ servers: [{ url: 'ftp://x' }] }, 'servers[0].url must match pattern "^https?://"'],
    [{ servers: [{ command: ['node'], env: { PORT: 3000 } }] }, 'servers[0].env.PORT must be string'],
    [{ policy: { failOn: 'sometimes' } }, 'policy.failOn must be one of "breaking", "warning", "safe"'],
    [{ policy: { waivers: [{ rule: 'tool.removed', tool: 'x' }] } }, "policy.waivers[0] must have required property 'reason'"],
    [
      { policy: { waivers: [{ rule: 'r', tool: 'x', reason: 'y', expires: 'next year' }] } },
      'policy.waivers[0].expires must match pattern',
    ],
    [{ policy: { versionSources: [{ type: 'file', path: 'VERSION' }] } }, 'policy.versionSources[0] must be {"type": "serverInfo"}'],
    [{ policy: { overrides: { 'tool.removed': 'fatal' } } }, 'policy.overrides["tool.removed"]'],
    [{ server: [] }, '(top level): unknown field "server"'],
  ])('rejects %j naming the field', async (value, expected) => {
    const err = await loadError(value);
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain(`the config file ${err.file} is invalid: `);
    expect(`${err.message}\n${err.details ?? ''}`).toContain(expected);
    expect(err.hint).toContain('config.schema.json');
  });

  it('lists every problem when there are several', async () => {
    const err = await loadError({ servers: [{ command: [] }, { url: 'http://x', timeouts: { totalMs: 0 } }] });
    expect(err.details).toContain('servers[0].command must NOT have fewer than 1 items');
    expect(err.details).toContain('servers[1].timeouts.totalMs must be >= 1');
  });

  it('bad JSON and a missing file are usage errors naming the file', async () => {
    const err = await loadError('{"servers": [],}');
    expect(err.message).toContain(`the config file ${err.file} is not valid JSON`);
    expect(err.hint).toContain('trailing comma');
    await expect(resolveConfig('/no/such/config.json')).rejects.toThrow(
      'could not read the config file /no/such/config.json: no such file',
    );
  });

  it('jsonPathOf renders JSON pointers readably', () => {
    expect(jsonPathOf('')).toBe('(top level)');
    expect(jsonPathOf('/servers/0/env/MY_VAR')).toBe('servers[0].env.MY_VAR');
    expect(jsonPathOf('/policy/overrides/tool.removed')).toBe('policy.overrides["tool.removed"]');
    expect(jsonPathOf('/a~1b')).toBe('["a/b"]');
  });
});

describe('policyForRun', () => {
  it("puts the run's settings over the config's policy and keeps what the run leaves unset", () => {
    const policy = { failOn: 'warning' as const, overrides: { 'tool-removed': 'warning' as const }, quality: { maxToolTokens: 10 } };
    expect(policyForRun(policy, {})).toEqual(policy);
    expect(policyForRun(policy, { failOn: 'safe', lint: false })).toEqual({
      ...policy,
      failOn: 'safe',
      quality: { maxToolTokens: 10, lint: false },
    });
    expect(policyForRun(undefined, { footprint: false })).toEqual({ quality: { footprint: false } });
    // true means "not turned off here": a policy that turns lint off stays off.
    expect(policyForRun({ quality: { lint: false } }, { lint: true })).toEqual({ quality: { lint: false } });
    expect(policy).toEqual({ failOn: 'warning', overrides: { 'tool-removed': 'warning' }, quality: { maxToolTokens: 10 } });
  });
});

describe('FAIL_ON', () => {
  it("is the schema's policy.failOn enum, and isFailOn accepts exactly its values", () => {
    expect(schema.definitions.policy.properties.failOn.enum).toEqual([...FAIL_ON]);
    expect(FAIL_ON.every(isFailOn)).toBe(true);
    expect(['info', 'Breaking', ''].some(isFailOn)).toBe(false);
  });
});
