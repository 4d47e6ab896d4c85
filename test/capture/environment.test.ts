// The server environment allowlist as a pure function: what passes, what never does, and Windows' case-insensitive names.
import { describe, expect, it } from 'vitest';
import { serverEnvironment } from '../../src/capture/environment.js';

const runner = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C',
  TMPDIR: '/tmp',
  TERM: 'xterm',
  GITHUB_TOKEN: 'ghp',
  INPUT_GITHUB_TOKEN: 'in',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
  NODE_OPTIONS: '--require /hook.js',
  NPM_TOKEN: 'npm',
  OPENAI_API_KEY: 'sk',
};

describe('serverEnvironment', () => {
  it('keeps the allowlist and drops everything else', () => {
    expect(serverEnvironment({}, runner, 'linux')).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C',
      TMPDIR: '/tmp',
      TERM: 'xterm',
    });
  });

  it('adds passEnv names that exist, and explicit env values win over everything', () => {
    const env = serverEnvironment(
      { passEnv: ['OPENAI_API_KEY', 'MISSING'], env: { PATH: '/opt/bin', INPUT_MODE: 'explicit' } },
      runner,
      'linux',
    );
    expect(env).toMatchObject({ OPENAI_API_KEY: 'sk', PATH: '/opt/bin', INPUT_MODE: 'explicit' });
    expect(env).not.toHaveProperty('MISSING');
    expect(env).not.toHaveProperty('GITHUB_TOKEN');
  });

  it('matches names case-insensitively on Windows only', () => {
    const win = { Path: 'C:\\Windows', SYSTEMROOT: 'C:\\Windows', windir: 'C:\\Windows', GITHUB_TOKEN: 'ghp' };
    expect(serverEnvironment({}, win, 'win32')).toEqual({ Path: 'C:\\Windows', SYSTEMROOT: 'C:\\Windows', windir: 'C:\\Windows' });
    expect(serverEnvironment({}, { Path: '/x' }, 'linux')).toEqual({});
  });
});
