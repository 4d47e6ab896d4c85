// Action inputs: command-line splitting without a shell, KEY=VALUE env lines, defaults and the errors for bad input.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseEnvLines, parseInputs, splitCommandLine } from '../../src/github/inputs.js';

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
    expect(parseInputs(reader({ command: 'node a', comment: 'false', 'fail-on': 'warning' }))).toMatchObject({ comment: false, failOn: 'warning' });
  });
});
