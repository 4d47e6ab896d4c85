// Action entry (dist/index.js): read the inputs, run the check, set the outputs, fail the step when the contract is violated.
import * as core from '@actions/core';
import { formatError } from './errors.js';
import { readRunContext } from './github/event.js';
import { parseInputs } from './github/inputs.js';
import { runAction } from './github/run-action.js';

function debugOn(): boolean {
  return core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

async function main(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    // Header values are credentials as a rule; ones typed in literally (not from secrets) are masked in the log too.
    for (const value of Object.values(inputs.headers)) if (value) core.setSecret(value);
    const result = await runAction(inputs, readRunContext());
    core.setOutput('verdict', result.verdict);
    core.setOutput('required-bump', result.requiredBump);
    core.setOutput('breaking-count', String(result.breakingCount));
    core.setOutput('catalog-hash', result.catalogHash);
    core.setOutput('report', result.reportPath);
    if (result.verdict === 'fail') core.setFailed(result.failureMessage ?? 'mcp-contract: the contract is violated');
  } catch (err) {
    core.setFailed(formatError(err, debugOn()));
  }
}

await main();
// Keep-alive sockets of the HTTP client must not hold the step open once the work is done.
process.exit(process.exitCode ?? 0);
