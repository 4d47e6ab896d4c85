// What the Action touches of the runner and GitHub, as one injected interface: main.ts wires @actions/core and Octokit, tests a recorder.
import type { GitHubApi } from './api.js';
import type { RunContext } from './event.js';

/** Where a workflow-command annotation points (the subset of @actions/core's AnnotationProperties the Action sets). */
export interface AnnotationPlace {
  title?: string;
  file?: string;
  startLine?: number;
}

/** The log: plain lines and workflow-command annotations. */
export interface ActionLog {
  info(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  notice(message: string, place?: AnnotationPlace): void;
}

export interface ActionSurface extends ActionLog {
  /** One input by its action.yml name, "" when unset (as core.getInput). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Masks the value wherever it would appear in the log. */
  setSecret(value: string): void;
  /** Marks the step failed with this message (an error annotation). */
  setFailed(message: string): void;
  /** Step debug logging is on: errors carry their stack. */
  isDebug(): boolean;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary; absent when the run has no summary file. */
  writeSummary?: (markdown: string) => Promise<void>;
  /** The REST client for the run's repository, authenticated with `token`. */
  github(token: string, ctx: RunContext): GitHubApi;
}
