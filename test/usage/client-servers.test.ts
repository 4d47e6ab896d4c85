// Servers of an MCP client config as capture targets: stdio and remote, `${VAR}` secrets filled only at capture, a missing one named.
import { describe, expect, it } from 'vitest';
import { clientServersOf, targetOfClientServer } from '../../src/usage/client-servers.js';

const CONFIG = JSON.stringify({
  mcpServers: {
    files: { command: 'npx', args: ['-y', 'server-filesystem', '.'], env: { ROOT: '${HOME}' } },
    issues: { url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer ${ISSUES_TOKEN}' } },
  },
});

describe('client config servers', () => {
  it('reads stdio and remote servers with their templates as written', () => {
    expect(clientServersOf(CONFIG, '.mcp.json')).toEqual([
      { name: 'files', command: 'npx', args: ['-y', 'server-filesystem', '.'], env: { ROOT: '${HOME}' } },
      { name: 'issues', url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer ${ISSUES_TOKEN}' } },
    ]);
  });

  it('fills secrets from the environment for the capture, and names a missing one with the fix', () => {
    const [files, issues] = clientServersOf(CONFIG, '.mcp.json');
    expect(targetOfClientServer(issues!, '/repo', { ISSUES_TOKEN: 't0k' })).toEqual({
      name: 'issues',
      url: 'https://mcp.example.com/mcp',
      headers: { Authorization: 'Bearer t0k' },
      cwd: '/repo',
    });
    expect(targetOfClientServer(files!, '/repo', { HOME: '/home/a' })).toEqual({
      name: 'files',
      command: ['npx', '-y', 'server-filesystem', '.'],
      env: { ROOT: '/home/a' },
      cwd: '/repo',
    });
    expect(() => targetOfClientServer(issues!, '/repo', {})).toThrow(
      'server "issues" header Authorization uses ${ISSUES_TOKEN}, which is not set',
    );
  });
});
