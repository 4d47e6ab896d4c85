// The Action's usage inputs: parsed, planned (paths inside the repository, the config's section under the inputs) and linked to the checked commit.
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/resolve.js';
import type { RunContext } from '../../src/github/event.js';
import { parseInputs } from '../../src/github/inputs.js';
import { planJobs } from '../../src/github/plan.js';
import { assertUsageInside } from '../../src/github/repo-paths.js';
import { useTempDirs } from '../helpers/temp.js';

const inputs = (given: Record<string, string>) => parseInputs((name) => given[name] ?? '');
const WORKSPACE = { workDir: '/repo/svc', root: '/repo' };
const CONTEXT: RunContext = {
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'notes',
  sha: 'c'.repeat(40),
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  workspace: '/repo',
  runnerTemp: '/tmp',
  stepId: 'contract',
};

describe('usage inputs of the Action', () => {
  it('plans the evidence relative to the working directory and links references to the checked commit', () => {
    const plan = planJobs(
      inputs({
        command: 'node server.js',
        'usage-root': '../agents',
        'usage-refs': 'prompts/**/*.md\n**/.mcp.json\n',
        'usage-calls': 'traces/week.otlp.json',
        'demote-unused': 'true',
      }),
      undefined,
      CONTEXT,
      WORKSPACE,
    );
    expect(plan.usage).toEqual({
      root: '/repo/agents',
      refs: ['prompts/**/*.md', '**/.mcp.json'],
      calls: ['/repo/svc/traces/week.otlp.json'],
      demoteUnused: true,
    });
    expect(plan.usageLinkBase).toBe(`https://github.com/acme/notes/blob/${'c'.repeat(40)}/agents/`);
  });

  it("takes the config's usage section when no input is given, and refuses evidence outside the repository", () => {
    const config: ResolvedConfig = {
      file: '/repo/svc/mcp-contract.json',
      dir: '/repo/svc',
      servers: [{ command: ['node', 's.js'], cwd: '/repo/svc' }],
      policy: {},
      usage: { calls: ['/repo/svc/calls.jsonl'] },
    };
    expect(planJobs(inputs({ config: 'mcp-contract.json' }), config, CONTEXT, WORKSPACE).usage).toEqual({
      calls: ['/repo/svc/calls.jsonl'],
    });
    expect(() => planJobs(inputs({ command: 'node s.js', 'usage-calls': '../../etc/calls.jsonl' }), undefined, CONTEXT, WORKSPACE)).toThrow(
      /usage calls file/,
    );
  });

  it('asks for no evidence without usage inputs or config', () => {
    const plan = planJobs(inputs({ command: 'node server.js' }), undefined, CONTEXT, WORKSPACE);
    expect(plan.usage).toBeUndefined();
    expect(plan.usageLinkBase).toBeUndefined();
  });
});

describe('usage evidence through symlinks', () => {
  const tempDir = useTempDirs('mcpc-usage-link-');

  it('refuses a calls file that links out of the repository, accepts one inside', async () => {
    const root = tempDir(),
      outside = tempDir();
    writeFileSync(path.join(outside, 'secret.jsonl'), '{"tool":"x"}\n');
    symlinkSync(path.join(outside, 'secret.jsonl'), path.join(root, 'calls.jsonl'));
    writeFileSync(path.join(root, 'real.jsonl'), '{"tool":"x"}\n');
    await expect(assertUsageInside(root, { calls: [path.join(root, 'calls.jsonl')] })).rejects.toThrow(
      /the usage calls file calls\.jsonl leads \(through a symlink\)/,
    );
    await expect(assertUsageInside(root, { root, calls: [path.join(root, 'real.jsonl')] })).resolves.toBeUndefined();
  });
});
