// Server outcomes for the publisher tests: a job for a server key, and the real check of a catalog pair written to disk.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RunContext } from '../../src/github/event.js';
import type { ServerOutcome } from '../../src/github/outcome.js';
import type { ServerJob } from '../../src/github/plan.js';
import { runCheck } from '../../src/run/check.js';

/** The plan's job for a server key, as a config with that name would give it. */
export function serverJob(key: string): ServerJob {
  return {
    key,
    name: key,
    target: { command: ['node', `${key}.js`] },
    snapshotAbs: `/repo/${key}.snapshot.json`,
    snapshotRel: `${key}.snapshot.json`,
    refreshCommand: `npx mcp-contract snapshot --out ${key}.snapshot.json -- node ${key}.js`,
  };
}

/** The real check (lint and footprint off) of server `key` going from `baseTools` to `headTools`, its catalogs written into `dir`. */
export async function checkedTools(key: string, dir: string, baseTools: object[], headTools: object[]): Promise<ServerOutcome> {
  const write = (name: string, tools: object[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify({ serverInfo: { name: key, version: '1.0.0' }, tools }));
    return file;
  };
  const { report, head } = await runCheck({
    label: key,
    headFile: write('head.json', headTools),
    baseline: write('base.json', baseTools),
    policy: { quality: { lint: false, footprint: false } },
  });
  return { kind: 'checked', job: serverJob(key), report, catalogHash: head.hashes.catalog };
}

/** The Action's context on pull request `number` of acme/weather against the fake REST server at `apiUrl`. */
export function pullRequestContext(apiUrl: string, runnerTemp: string, number: number): RunContext {
  return {
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'weather',
    sha: 'h'.repeat(40),
    apiUrl,
    serverUrl: 'https://github.example',
    workspace: '/repo',
    runnerTemp,
    stepId: 'contract',
    pullRequest: { number, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), isFork: false, labels: [] },
  };
}
