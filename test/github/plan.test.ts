// planJobs: the servers of a run and how each is checked, from the inputs, the config and the event (pure, so plain objects in).
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/resolve.js';
import type { ContractConfig } from '../../src/config/types.js';
import type { RunContext } from '../../src/github/event.js';
import { parseInputs } from '../../src/github/inputs.js';
import { planJobs } from '../../src/github/plan.js';

const inputs = (given: Record<string, string>) => parseInputs((name) => given[name] ?? '');
const WORKSPACE = { workDir: '/repo', root: '/repo' };

/** A config as resolveConfig returns it for the file `file` under /repo: server cwd made absolute against its folder. */
function resolved(file: string, config: ContractConfig): ResolvedConfig {
  const dir = `/repo/${file}`.replace(/\/[^/]*$/, '');
  return {
    ...config,
    file: `/repo/${file}`,
    dir,
    servers: (config.servers ?? []).map((s) => ({ ...s, cwd: s.cwd ?? dir })),
    policy: { ...config.policy },
  };
}

function context(extra: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'push',
    owner: 'acme',
    repo: 'weather',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    workspace: '/repo',
    runnerTemp: '/tmp',
    stepId: 'contract',
    ...extra,
  };
}
const PULL_REQUEST = { number: 3, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), isFork: false, labels: [] };

describe('planJobs', () => {
  it('plans the one server of the `command` input, keyed by its snapshot path, with the Action env', () => {
    const plan = planJobs(
      inputs({ command: 'node server.js --stdio', env: 'A=1', 'pass-env': 'TOKEN', tolerate: 'resources/list' }),
      undefined,
      context({ runId: '9' }),
      WORKSPACE,
    );
    expect(plan.jobs).toEqual([
      {
        key: 'mcp-contract.snapshot.json',
        target: {
          cwd: '/repo',
          env: { A: '1' },
          passEnv: ['TOKEN'],
          tolerate: ['resources/list'],
          command: ['node', 'server.js', '--stdio'],
        },
        snapshotAbs: '/repo/mcp-contract.snapshot.json',
        snapshotRel: 'mcp-contract.snapshot.json',
        refreshCommand: 'npx mcp-contract snapshot --out mcp-contract.snapshot.json --tolerate resources/list -- node server.js --stdio',
      },
    ]);
    expect(plan.policy).toBeUndefined();
    expect(plan.approvalHint).toBeUndefined();
    expect(plan.summaryPointer).toBe('The full report is in the [job summary](https://github.com/acme/weather/actions/runs/9).');
  });

  it('in a working-directory, keys the server by the repository-relative snapshot and refreshes it from the root', () => {
    const plan = planJobs(
      inputs({
        url: 'http://localhost:3000/mcp',
        start: 'npm start',
        headers: 'Authorization: Bearer x',
        'working-directory': 'packages/w',
      }),
      undefined,
      context(),
      { workDir: '/repo/packages/w', root: '/repo' },
    );
    const [job] = plan.jobs;
    expect(job).toMatchObject({ key: 'packages/w/mcp-contract.snapshot.json', snapshotAbs: '/repo/packages/w/mcp-contract.snapshot.json' });
    expect(job!.target).toEqual({
      cwd: '/repo/packages/w',
      env: {},
      headers: { Authorization: 'Bearer x' },
      url: 'http://localhost:3000/mcp',
      start: 'npm start',
    });
    expect(job!.refreshCommand).toBe(
      "cd packages/w && npx mcp-contract snapshot --out mcp-contract.snapshot.json --url http://localhost:3000/mcp --start 'npm start'",
    );
    expect(plan.summaryPointer).toBe('The full report is in the job summary.');
  });

  it('merges each config server with the Action inputs: its own env, pass-env and headers win; headers only reach HTTP servers', () => {
    // As resolveConfig returns it: cwd and snapshot already absolute (relative to the config file in /repo/conf).
    const config: ContractConfig = {
      servers: [
        {
          name: 'api',
          url: 'http://localhost:1/mcp',
          headers: { 'X-Tenant': 'own' },
          cwd: '/repo/conf',
          env: { A: 'server' },
          passEnv: ['P2', 'P1'],
          tolerate: ['prompts/list'],
          snapshot: '/repo/snaps/api.json',
        },
        { command: ['node', 'tools.js'], cwd: '/repo/conf/tools' },
      ],
    };
    const given = {
      config: 'conf/mcp-contract.config.json',
      env: 'A=action\nB=action',
      'pass-env': 'P1',
      tolerate: 'resources/list',
      headers: 'X-Tenant: action\nAuthorization: Bearer t',
    };
    const plan = planJobs(inputs(given), resolved(given.config, config), context(), WORKSPACE);
    expect(plan.jobs.map((j) => [j.key, j.snapshotRel])).toEqual([
      ['api', 'snaps/api.json'],
      ['server-2', 'conf/server-2.snapshot.json'],
    ]);
    expect(plan.jobs[0]!.target).toMatchObject({
      name: 'api',
      cwd: '/repo/conf',
      env: { A: 'server', B: 'action' },
      passEnv: ['P1', 'P2'],
      tolerate: ['resources/list', 'prompts/list'],
      headers: { 'X-Tenant': 'own', Authorization: 'Bearer t' },
    });
    expect(plan.jobs[1]!.target).toEqual({
      name: 'server-2',
      command: ['node', 'tools.js'],
      cwd: '/repo/conf/tools',
      env: { A: 'action', B: 'action' },
      passEnv: ['P1'],
      tolerate: ['resources/list'],
    });
    expect(plan.jobs[1]!.refreshCommand).toBe(
      'npx mcp-contract snapshot --out conf/server-2.snapshot.json --tolerate resources/list -- node tools.js',
    );
  });

  it('gives a single config server the `snapshot` input beside the config, and refuses an empty or clashing config', () => {
    const one = planJobs(
      inputs({ config: 'c/config.json', snapshot: 'contract.json' }),
      resolved('c/config.json', { servers: [{ name: 'only', command: ['s'] }] }),
      context(),
      WORKSPACE,
    );
    expect(one.jobs[0]!.snapshotRel).toBe('c/contract.json');
    expect(() => planJobs(inputs({ config: 'c.json' }), resolved('c.json', { servers: [] }), context(), WORKSPACE)).toThrow(
      /c\.json lists no servers/,
    );
    const clash: ContractConfig = {
      servers: [
        { name: 'a', command: ['a'], snapshot: '/repo/s.json' },
        { name: 'b', command: ['b'], snapshot: '/repo/s.json' },
      ],
    };
    expect(() => planJobs(inputs({ config: 'c.json' }), resolved('c.json', clash), context(), WORKSPACE)).toThrow(
      /two servers in c\.json share the snapshot s\.json/,
    );
  });

  it('applies `fail-on` over the config policy, and names the approve label on pull requests only', () => {
    const config: ContractConfig = {
      servers: [{ name: 'a', command: ['a'] }],
      policy: { failOn: 'breaking', waivers: [{ rule: 'tool-removed', tool: '*', reason: 'r' }] },
    };
    const plan = planJobs(
      inputs({ config: 'c.json', 'fail-on': 'warning', 'approve-label': 'ok-`break`' }),
      resolved('c.json', config),
      context({ pullRequest: PULL_REQUEST }),
      WORKSPACE,
    );
    expect(plan.policy).toEqual({ failOn: 'warning', waivers: [{ rule: 'tool-removed', tool: '*', reason: 'r' }] });
    expect(plan.approvalHint).toBe('add the `ok-break` label to this pull request and re-run the job');
    expect(planJobs(inputs({ command: 'a', 'fail-on': 'safe' }), undefined, context(), WORKSPACE).policy).toEqual({ failOn: 'safe' });
  });
});
