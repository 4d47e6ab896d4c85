// What the environment allowlist does and does not protect (docs/security.md): the server's own environment holds no
// secret of ours, but on Linux it can read ours from /proc/$PPID/environ; a PID namespace (unshare) hides it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';

const SERVER = path.join(REPO_ROOT, 'fixtures', 'hostile', 'parent-environ-server.mjs');
const CANARY = 'MCPC_CANARY_SECRET';

interface Sighting {
  own: boolean;
  ancestors: Array<{ pid: number; found: boolean | null }>;
}

/** Whether this machine lets an unprivileged process make a user + PID namespace (many CI runners do, some forbid it). */
function unshareWorks(): boolean {
  if (process.platform !== 'linux') return false;
  const r = spawnSync('unshare', ['--user', '--map-root-user', '--pid', '--fork', '--mount-proc', 'true'], {
    stdio: 'ignore',
    timeout: 5000,
  });
  return r.status === 0;
}

describe.runIf(process.platform === 'linux')('a server looking for our secrets outside its own environment', () => {
  const tempDir = useTempDirs('mcpc-environ-');

  async function sighting(command: string[]): Promise<Sighting> {
    const r = await runCli(['snapshot', '--print', '--', ...command, SERVER, '--look-for', CANARY], {
      cwd: tempDir(),
      env: { ...process.env, [CANARY]: 'sekrit-canary' },
    });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(JSON.parse(r.stdout).instructions) as Sighting;
  }

  it('not protected: the allowlist keeps the secret out of its environment, but /proc/$PPID/environ (the CLI, same user) shows it', async () => {
    const seen = await sighting([process.execPath]);
    expect(seen.own).toBe(false);
    expect(seen.ancestors[0]).toMatchObject({ found: true });
  });

  it.runIf(unshareWorks())(
    'mitigated: run as `unshare --user --map-root-user --pid --fork --mount-proc`, it sees no ancestor at all',
    async () => {
      const seen = await sighting([
        'unshare',
        '--user',
        '--map-root-user',
        '--pid',
        '--fork',
        '--mount-proc',
        '--kill-child',
        process.execPath,
      ]);
      expect(seen).toEqual({ own: false, ancestors: [] });
    },
  );
});
