// The shared server flags (`snapshot`, `check`): parsing into a ServerTarget, malformed values, merging over a config.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mergeTargets, splitAtDoubleDash, TARGET_OPTIONS, targetFromArgs } from '../../src/commands/target-args.js';
import { UserError } from '../../src/errors.js';

function parse(argv: string[]) {
  const { flags, command } = splitAtDoubleDash(argv);
  const { values } = parseArgs({ args: flags, options: TARGET_OPTIONS, strict: true });
  return targetFromArgs(values, command);
}

describe('server flags', () => {
  it('turns every flag into its ServerTarget field', () => {
    expect(
      parse([
        '--cwd',
        'srv',
        '--env',
        'A=1',
        '--env',
        'B=x=y',
        '--pass-env',
        'API_KEY',
        '--timeout-start',
        '5000',
        '--timeout-request',
        '600',
        '--timeout-total',
        '9000',
        '--max-pages',
        '3',
        '--max-bytes',
        '4096',
        '--client-capabilities',
        '{"sampling":{}}',
        '--',
        'node',
        'server.js',
        '--port',
        '1',
      ]),
    ).toEqual({
      command: ['node', 'server.js', '--port', '1'],
      cwd: 'srv',
      env: { A: '1', B: 'x=y' },
      passEnv: ['API_KEY'],
      timeouts: { startMs: 5000, requestMs: 600, totalMs: 9000 },
      limits: { maxPages: 3, maxBytes: 4096 },
      clientCapabilities: { sampling: {} },
    });
    expect(
      parse([
        '--url',
        'http://127.0.0.1:1/mcp',
        '--header',
        'Authorization: Bearer a:b',
        '--header',
        'X-Team:  core ',
        '--start',
        'node http.js',
      ]),
    ).toEqual({
      url: 'http://127.0.0.1:1/mcp',
      headers: { Authorization: 'Bearer a:b', 'X-Team': 'core' },
      start: 'node http.js',
    });
    expect(parse(['--timeout-start', '100', '--', 'x'])).toEqual({ command: ['x'], timeouts: { startMs: 100 } });
  });

  it.each([
    [['--env', 'NOVALUE', '--', 'x'], '--env NOVALUE has no value'],
    [['--env', 'not a name', '--', 'x'], '--env "not a name" is not KEY=VALUE'],
    [['--header', 'Bearer abc', '--', 'x'], '--header "Bearer abc" is not Name: value'],
    [['--timeout-start', '5s', '--', 'x'], '--timeout-start must be a positive whole number, got "5s"'],
    [['--max-pages', '0', '--', 'x'], '--max-pages must be a positive whole number, got "0"'],
    [['--client-capabilities', '{sampling}', '--', 'x'], '--client-capabilities is not valid JSON'],
    [['--client-capabilities', '[]', '--', 'x'], '--client-capabilities must be a JSON object'],
  ])('rejects %j with a usage error', (argv, message) => {
    let err: unknown;
    try {
      parse(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).message).toContain(message);
    expect((err as UserError).hint).toBeTruthy();
  });

  it('merges flags over a configured server: set fields win, maps merge', () => {
    expect(
      mergeTargets(
        { command: ['node', 's.js'], env: { A: '1', B: '2' }, timeouts: { startMs: 1, requestMs: 2 }, snapshot: 's.json' },
        { env: { B: 'flag' }, timeouts: { requestMs: 9 } },
      ),
    ).toEqual({ command: ['node', 's.js'], env: { A: '1', B: 'flag' }, timeouts: { startMs: 1, requestMs: 9 }, snapshot: 's.json' });
  });
});
