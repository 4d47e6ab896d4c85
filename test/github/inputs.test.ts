// Action inputs: command-line splitting without a shell, KEY=VALUE env lines, defaults and the errors for bad input.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseEnvLines, parseHeaderLines, parseInputs, parsePassEnv, parseTolerate, splitCommandLine } from '../../src/github/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('splitCommandLine', () => {
  it.each([
    ['node dist/server.js', ['node', 'dist/server.js']],
    ['  node   a  ', ['node', 'a']],
    [`python -m "my server" --name 'it''s'`, ['python', '-m', 'my server', '--name', 'its']],
    [`node "a \\"quoted\\" word" b\\ c`, ['node', 'a "quoted" word', 'b c']],
    [`node ''`, ['node', '']],
    [`node 'a$HOME'`, ['node', 'a$HOME']],
    ['npx -y @scope/server@1.2.3 --port=3000', ['npx', '-y', '@scope/server@1.2.3', '--port=3000']],
    ['echo price$', ['echo', 'price$']],
  ])('%s', (line, words) => {
    expect(splitCommandLine(line)).toEqual(words);
  });

  it.each([
    ['node a | tee log', 'shell operator `|`'],
    ['npm ci && node a', 'shell operator `&`'],
    ['node $SERVER', 'shell variable'],
    ['node "${X}"', 'shell variable'],
    ["node 'open", 'unclosed single quote'],
    ['node "open', 'unclosed double quote'],
  ])('refuses %s', (line, why) => {
    expect(() => splitCommandLine(line)).toThrow(UserError);
    expect(() => splitCommandLine(line)).toThrow(why);
  });
});

describe('parseEnvLines', () => {
  it('reads KEY=VALUE lines, keeps = in values, skips blanks and comments', () => {
    expect(parseEnvLines('A=1\n\n# note\n B = x=y \r\nEMPTY=')).toEqual({ A: '1', B: ' x=y', EMPTY: '' });
  });
  it('names the bad line', () => {
    expect(() => parseEnvLines('A=1\nnot a pair')).toThrow(/line 2 of the `env` input/);
  });
});

describe('parseInputs', () => {
  it('fills the documented defaults', () => {
    const inputs = parseInputs(reader({ command: 'node server.mjs', 'github-token': 't' }));
    expect(inputs).toMatchObject({
      command: ['node', 'server.mjs'],
      workingDirectory: '.',
      snapshot: 'mcp-contract.snapshot.json',
      baseline: 'auto',
      comment: true,
      approveLabel: 'breaking-change-approved',
      githubToken: 't',
    });
    expect(inputs.failOn).toBeUndefined();
  });
  it('needs exactly one way to reach the server', () => {
    expect(() => parseInputs(reader({}))).toThrow(/no server to check/);
    expect(() => parseInputs(reader({ command: 'node a', url: 'http://x' }))).toThrow(/give exactly one/);
    expect(() => parseInputs(reader({ start: 'npm start', command: 'node a' }))).toThrow(/`start` is set without `url`/);
  });
  it('validates fail-on and comment', () => {
    expect(() => parseInputs(reader({ command: 'node a', 'fail-on': 'major' }))).toThrow(/fail-on/);
    expect(() => parseInputs(reader({ command: 'node a', comment: 'maybe' }))).toThrow(/`comment` input must be true or false/);
    expect(parseInputs(reader({ command: 'node a', comment: 'false', 'fail-on': 'warning' }))).toMatchObject({
      comment: false,
      failOn: 'warning',
    });
  });
});

describe('pass-env and headers inputs', () => {
  const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

  it('pass-env takes names one per line or comma-separated, once each; anything else is refused with an example', () => {
    expect(parsePassEnv('API_KEY\n DATABASE_URL, API_KEY  X1')).toEqual(['API_KEY', 'DATABASE_URL', 'X1']);
    expect(parsePassEnv('')).toEqual([]);
    expect(() => parsePassEnv('API_KEY=1')).toThrow(/not an environment variable name/);
    expect(() => parsePassEnv('API_KEY=1')).toThrow(expect.objectContaining({ hint: expect.stringContaining('secrets.API_KEY') }));
  });

  it('tolerate takes list methods one per line or comma-separated, once each; tools/list and unknown names are refused', () => {
    expect(parseTolerate('resources/list\n prompts/list, resources/list')).toEqual(['resources/list', 'prompts/list']);
    expect(parseTolerate('')).toEqual([]);
    expect(() => parseTolerate('tools/list')).toThrow('the `tolerate` input names "tools/list", which is not a list that can be tolerated');
    expect(() => parseTolerate('resources')).toThrow(
      expect.objectContaining({
        hint: 'name one or more of prompts/list, resources/list, resources/templates/list, e.g.\n  tolerate: resources/list\ntools/list is the contract itself and is never tolerated.',
      }),
    );
    expect(parseInputs(read({ command: 'node s.js', tolerate: 'resources/list' })).tolerate).toEqual(['resources/list']);
  });

  it('headers are "Name: value" lines (colons in the value kept); a line without a valid name is refused', () => {
    expect(parseHeaderLines('Authorization: Bearer a:b\n# note\n\nX-Tenant:ci')).toEqual({ Authorization: 'Bearer a:b', 'X-Tenant': 'ci' });
    expect(() => parseHeaderLines('Bearer abc')).toThrow(/line 1 of the `headers` input/);
    expect(() => parseHeaderLines('Bad Name: x')).toThrow(/not "Name: value"/);
  });

  it('reach the parsed inputs; headers need an HTTP server (url or config)', () => {
    const inputs = parseInputs(read({ url: 'http://127.0.0.1:1/mcp', headers: 'Authorization: Bearer t', 'pass-env': 'API_KEY' }));
    expect(inputs.headers).toEqual({ Authorization: 'Bearer t' });
    expect(inputs.passEnv).toEqual(['API_KEY']);
    expect(() => parseInputs(read({ command: 'node s.js', headers: 'Authorization: Bearer t' }))).toThrow(/`headers` is set without `url`/);
    expect(parseInputs(read({ config: 'c.json', headers: 'X: 1' })).headers).toEqual({ X: '1' });
  });
});
