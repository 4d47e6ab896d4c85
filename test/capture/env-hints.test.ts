// A server that fails for want of a variable set in the user's shell but not passed: the hint names it and the flag (the
// CLI) or the input (the Action) that passes it; the debug advice is worded for its reader too.
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unpassedVariablesNamed } from '../../src/capture/environment.js';
import { formatError, UserError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { SERVERS, traceCapture } from './fixtures.js';

const NEEDS_KEY = path.join(SERVERS, 'faulty', 'needs-api-key.mjs');
const CLI_ADVICE = 'BRAVE_API_KEY is set here but not passed to the server; add --pass-env BRAVE_API_KEY (or "passEnv" in the config).';

describe('naming the variable a failing server needs', () => {
  afterEach(() => {
    delete process.env.BRAVE_API_KEY;
  });

  it('set here, not passed: the hint names it and --pass-env; passing it makes the capture work', async () => {
    process.env.BRAVE_API_KEY = 'secret-value';
    const { error } = await traceCapture({ command: ['node', NEEDS_KEY] });
    expect(error?.message).toBe('the server crashed on start: it exited with code 1 before answering the handshake');
    const text = formatError(error);
    expect(text).toContain(`${CLI_ADVICE}`);
    expect(text).not.toContain('secret-value');
    expect(formatError(error, false, 'action')).toContain(
      'BRAVE_API_KEY is set in this step\'s environment but not passed to the server; add it to the `pass-env` input (pass-env: BRAVE_API_KEY) or to "passEnv" in the config.',
    );
    const passed = await traceCapture({ command: ['node', NEEDS_KEY], passEnv: ['BRAVE_API_KEY'] });
    expect(passed.error).toBeUndefined();
    expect(passed.catalog?.tools.map((t) => t.name)).toEqual(['web_search']);
  });

  it('not set here: no advice to pass what is not there', async () => {
    const { error } = await traceCapture({ command: ['node', NEEDS_KEY] });
    expect((error as UserError).advice).toEqual([{ kind: 'env' }]);
    expect(formatError(error)).not.toContain('--pass-env BRAVE_API_KEY');
    expect(formatError(error)).toContain(
      'hint: check the command, its arguments, its working directory and the environment it needs; its stderr is below.',
    );
    expect(formatError(error)).toContain(
      'Only allowlisted variables reach the server: set others with --env KEY=VALUE, or pass your own with --pass-env NAME.',
    );
    expect(formatError(error, false, 'action')).toContain(
      "Only allowlisted variables reach the server: set others with the `env` input, or pass the step's own with the `pass-env` input.",
    );
  });

  it('the CLI prints it under hint:', async () => {
    const r = await runCli(['snapshot', '--out', 'never.json', '--', 'node', NEEDS_KEY], { env: { BRAVE_API_KEY: 'x' }, mergeEnv: true });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('  | Error: BRAVE_API_KEY environment variable is required');
    expect(r.stderr).toMatch(new RegExp(`^hint: .*${CLI_ADVICE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('finds at most three names, first named first, never one already passed or allowlisted', () => {
    const parent = { PATH: '/bin', A_KEY: '1', B_TOKEN: '2', C_SECRET: '3', D_URL: '4', GIVEN_KEY: '5', EMPTY_VAR: '' };
    const stderr = 'missing GIVEN_KEY; PATH_X? then B_TOKEN, A_KEY, B_TOKEN again, EMPTY_VAR, C_SECRET, D_URL and ERROR';
    expect(unpassedVariablesNamed(stderr, { passEnv: ['GIVEN_KEY'] }, parent, 'linux')).toEqual(['B_TOKEN', 'A_KEY', 'C_SECRET']);
    expect(unpassedVariablesNamed('PATH is wrong', {}, parent, 'linux')).toEqual([]);
    expect(unpassedVariablesNamed('needs A_KEY', { env: { A_KEY: 'explicit' } }, parent, 'linux')).toEqual([]);
  });

  it('the debug advice: --debug on the command line, ACTIONS_STEP_DEBUG in the Action, none when the stack is shown', () => {
    const bug = new Error('boom');
    expect(formatError(bug).split('\n')[2]).toBe(
      'hint: this is probably a bug in mcp-contract; report it. Re-run with --debug (or MCP_CONTRACT_DEBUG=1) for the stack trace.',
    );
    expect(formatError(bug, false, 'action').split('\n')[2]).toBe(
      'hint: this is probably a bug in mcp-contract; report it. Re-run the job with debug logging (Re-run jobs → "Enable debug logging", or the repository variable ACTIONS_STEP_DEBUG=true) for the stack trace.',
    );
    expect(formatError(bug, true, 'action').split('\n')[2]).toBe(
      'hint: this is probably a bug in mcp-contract; report it with the stack trace below.',
    );
    const odd = new UserError('capture failed', { hint: 'check that x is an MCP server.', advice: [{ kind: 'debug' }] });
    expect(formatError(odd, false, 'action')).toContain('hint: check that x is an MCP server. Re-run the job with debug logging');
    expect(formatError(odd, true)).toContain('hint: check that x is an MCP server.\n');
  });
});
