// Action entry (dist/index.js): wires @actions/core and the REST client into the surface and runs the Action in the step's environment.
import * as core from '@actions/core';
import { GitHubApi } from './github/api.js';
import { runAction } from './github/run-action.js';
import type { ActionSurface } from './github/surface.js';

const surface: ActionSurface = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  setFailed: (message) => core.setFailed(message),
  info: (message) => core.info(message),
  warning: (message, place) => core.warning(message, place),
  error: (message, place) => core.error(message, place),
  notice: (message, place) => core.notice(message, place),
  isDebug: () => core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true',
  group: (name, fn) => core.group(name, fn),
  ...(process.env.GITHUB_STEP_SUMMARY
    ? { writeSummary: async (markdown: string) => void (await core.summary.addRaw(markdown).write()) }
    : {}),
  github: (token, ctx) => new GitHubApi(token, ctx.owner, ctx.repo, ctx.apiUrl),
};

await runAction(surface, process.env);
// Keep-alive sockets of the HTTP client must not hold the step open once the work is done.
process.exit(process.exitCode ?? 0);
