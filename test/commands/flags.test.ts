// The one flag parser of every command: exact messages for an unknown flag (with the closest one), a missing value, a switch given a value.
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/commands/flags.js';
import { useColor } from '../../src/commands/output.js';
import { UserError } from '../../src/errors.js';
import { boundedDistance, closestName } from '../../src/suggest.js';

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'no-lint': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

function failure(argv: string[], serverAfterDoubleDash = false): { message: string; hint?: string } {
  try {
    parseFlags(argv, OPTIONS, { command: 'check', serverAfterDoubleDash });
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return { message: (err as UserError).message, hint: (err as UserError).hint };
  }
  throw new Error(`parseFlags accepted ${argv.join(' ')}`);
}

describe('closestName', () => {
  it('suggests a near name, a unique completion, and nothing for a far one', () => {
    expect(closestName('tool-remove', ['tool-added', 'tool-removed', 'tool-renamed'])).toBe('tool-removed');
    expect(closestName('--formt', ['--format', '--fail-on'])).toBe('--format');
    expect(closestName('--fial-on', ['--format', '--fail-on'])).toBe('--fail-on'); // a swap is one edit
    expect(closestName('--fail', ['--format', '--fail-on'])).toBe('--fail-on'); // completes one name only
    expect(closestName('--frobnicate', ['--format', '--fail-on'])).toBeUndefined();
    expect(closestName('x'.repeat(500), ['x'])).toBeUndefined(); // long input: no work, no guess
  });

  it('stops counting past the bound', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3); // bound + 1
    expect(boundedDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('parseFlags', () => {
  it('names the closest flag for an unknown one', () => {
    expect(failure(['--formt', 'json'])).toEqual({
      message: 'unknown option --formt for mcp-contract check',
      hint: 'did you mean --format? (`mcp-contract check --help` lists the options.)',
    });
    expect(failure(['--no-lnt'])).toEqual({
      message: 'unknown option --no-lnt for mcp-contract check',
      hint: 'did you mean --no-lint? (`mcp-contract check --help` lists the options.)',
    });
    expect(failure(['--fail-on=warnng', '--formats=json'])).toMatchObject({ message: 'unknown option --formats for mcp-contract check' });
    expect(failure(['-x'])).toEqual({
      message: 'unknown option -x for mcp-contract check',
      hint: '`mcp-contract check --help` lists the options.',
    });
  });

  it("never advises `--` for a flag of ours, and explains it for one that may be the server's", () => {
    expect(failure(['--port', '8080'], true)).toEqual({
      message: 'unknown option --port for mcp-contract check',
      hint: '`mcp-contract check --help` lists the options. If --port is a flag of the server itself, write it after `--` with the server command (everything after `--` goes to the server).',
    });
    expect(failure(['--formt'], true).hint).toBe('did you mean --format? (`mcp-contract check --help` lists the options.)');
  });

  it('says when a value is missing or a switch is given one', () => {
    expect(failure(['--format'])).toEqual({ message: '--format needs a value', hint: '`mcp-contract check --help` lists the options.' });
    expect(failure(['--format', '--no-lint']).message).toBe('--format needs a value');
    expect(failure(['--no-lint=yes']).message).toBe('--no-lint is a switch and takes no value (got "--no-lint=yes")');
  });

  it('parses what is known, "-" as a positional, and stops at --', () => {
    const { values, positionals } = parseFlags(['--format=json', '-o', 'r.md', '-', '--', '--anything'], OPTIONS, { command: 'diff' });
    expect(values).toEqual({ format: 'json', out: 'r.md' });
    expect(positionals).toEqual(['-', '--anything']);
  });
});

describe('useColor', () => {
  it('flags first, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(useColor({ color: true }, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor({ 'no-color': true }, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColor({}, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor({}, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor({}, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor({}, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({}, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor({}, {}, false)).toBe(false);
    expect(() => useColor({ color: true, 'no-color': true }, {}, false)).toThrow('--color and --no-color contradict each other');
  });
});
