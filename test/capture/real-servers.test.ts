// Real MCP servers from npm (pinned under aliases in node_modules), snapshotted through the bundled CLI:
// observed tool names, byte-identical snapshots on a second capture, and no process left behind.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { assertNoProcessLeft } from '../helpers/processes.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-real-');

interface RealServer {
  pkg: string;
  /** Needs an allowed directory argument (filesystem servers). */
  needsDir?: boolean;
  protocolVersion: string;
  tools: string[];
  prompts: number;
  resources: number;
  templates: number;
}

// Observed from captures of the pinned versions and checked by hand against each package's source.
const SERVERS: RealServer[] = [
  {
    pkg: 'everything-2026.8.31',
    protocolVersion: '2025-11-25',
    prompts: 4,
    resources: 7,
    templates: 2,
    tools: [
      'echo',
      'get-annotated-message',
      'get-env',
      'get-resource-links',
      'get-resource-reference',
      'get-roots-list',
      'get-structured-content',
      'get-sum',
      'get-tiny-image',
      'gzip-file-as-resource',
      'simulate-research-query',
      'toggle-simulated-logging',
      'toggle-subscriber-updates',
      'trigger-elicitation-request',
      'trigger-long-running-operation',
      'trigger-sampling-request',
    ],
  },
  {
    pkg: 'everything-2025.7.1',
    protocolVersion: '2025-11-25',
    prompts: 3,
    resources: 100,
    templates: 1,
    tools: ['add', 'annotatedMessage', 'echo', 'getResourceReference', 'getTinyImage', 'longRunningOperation', 'printEnv', 'sampleLLM'],
  },
  {
    pkg: 'memory-2025.4.25',
    protocolVersion: '2024-11-05',
    prompts: 0,
    resources: 0,
    templates: 0,
    tools: [
      'add_observations',
      'create_entities',
      'create_relations',
      'delete_entities',
      'delete_observations',
      'delete_relations',
      'open_nodes',
      'read_graph',
      'search_nodes',
    ],
  },
  {
    pkg: 'memory-2026.8.31',
    protocolVersion: '2025-11-25',
    prompts: 0,
    resources: 1,
    templates: 0,
    tools: [
      'add_observations',
      'create_entities',
      'create_relations',
      'delete_entities',
      'delete_observations',
      'delete_relations',
      'open_nodes',
      'read_graph',
      'search_nodes',
    ],
  },
  {
    pkg: 'sequential-thinking-2025.7.1',
    protocolVersion: '2024-11-05',
    prompts: 0,
    resources: 0,
    templates: 0,
    tools: ['sequentialthinking'],
  },
  {
    pkg: 'sequential-thinking-2026.8.31',
    protocolVersion: '2025-11-25',
    prompts: 0,
    resources: 0,
    templates: 0,
    tools: ['sequentialthinking'],
  },
  {
    pkg: 'filesystem-2025.7.1',
    needsDir: true,
    protocolVersion: '2025-11-25',
    prompts: 0,
    resources: 0,
    templates: 0,
    tools: [
      'create_directory',
      'directory_tree',
      'edit_file',
      'get_file_info',
      'list_allowed_directories',
      'list_directory',
      'list_directory_with_sizes',
      'move_file',
      'read_file',
      'read_multiple_files',
      'search_files',
      'write_file',
    ],
  },
  {
    pkg: 'filesystem-2026.8.31',
    needsDir: true,
    protocolVersion: '2025-11-25',
    prompts: 0,
    resources: 0,
    templates: 0,
    tools: [
      'create_directory',
      'directory_tree',
      'edit_file',
      'get_file_info',
      'list_allowed_directories',
      'list_directory',
      'list_directory_with_sizes',
      'move_file',
      'read_file',
      'read_media_file',
      'read_multiple_files',
      'read_text_file',
      'search_files',
      'write_file',
    ],
  },
];

/** Snapshots through the CLI (--verbose to learn the process group) and checks the group is gone afterwards. */
async function snapshot(server: RealServer, dir: string, out: string, extraFlags: string[] = []): Promise<string> {
  const command = ['node', path.join(REPO_ROOT, 'node_modules', server.pkg, 'dist/index.js'), ...(server.needsDir ? [dir] : [])];
  const result = await runCli(['snapshot', '--verbose', '--out', out, ...extraFlags, '--', ...command], { cwd: dir });
  expect(result.stderr).not.toContain('error:');
  expect(result.code).toBe(0);
  const pgid = Number(/\(pid (\d+), own process group\)/.exec(result.stderr)?.[1]);
  expect(pgid).toBeGreaterThan(0);
  await assertNoProcessLeft({ pgid });
  return readFileSync(out, 'utf8');
}

describe('real servers from npm', () => {
  for (const server of SERVERS) {
    it(`${server.pkg}: tools, determinism, teardown`, async () => {
      const dir = tempDir();
      const first = await snapshot(server, dir, path.join(dir, 'a.json'));
      const second = await snapshot(server, dir, path.join(dir, 'b.json'));
      expect(second).toBe(first);
      const snap = parseSnapshotText(first, 'first');
      expect(snap.protocolVersion).toBe(server.protocolVersion);
      expect(snap.tools.map((t: { name: string }) => t.name)).toEqual(server.tools);
      expect(Object.keys(snap.hashes.tools)).toEqual(server.tools);
      expect([snap.prompts.length, snap.resources.length, snap.resourceTemplates.length]).toEqual([
        server.prompts,
        server.resources,
        server.templates,
      ]);
    });
  }

  it('everything-2026.8.31 lists its sampling/roots/elicitation tools only to clients declaring them', async () => {
    const dir = tempDir();
    const everything = SERVERS[0];
    const bare = parseSnapshotText(await snapshot(everything, dir, path.join(dir, 'bare.json'), ['--client-capabilities', '{}']), 'bare');
    const hidden = everything.tools.filter((t) => !bare.tools.some((b: { name: string }) => b.name === t));
    expect(hidden).toEqual(['get-roots-list', 'trigger-elicitation-request', 'trigger-sampling-request']);
    expect(bare.clientCapabilities).toEqual({});
  });
});
