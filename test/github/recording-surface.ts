// An ActionSurface for in-process tests: inputs from a map, and every output, log line, annotation, summary and failure recorded.
import { GitHubApi } from '../../src/github/api.js';
import type { RunContext } from '../../src/github/event.js';
import type { ActionSurface, AnnotationPlace } from '../../src/github/surface.js';

export interface LoggedLine {
  level: 'info' | 'warning' | 'error' | 'notice';
  message: string;
  place?: AnnotationPlace;
}

export class RecordingSurface implements ActionSurface {
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly failures: string[] = [];
  readonly log: LoggedLine[] = [];
  readonly groups: string[] = [];
  /** Each write to the job summary, in order. */
  readonly summaries: string[] = [];
  /** The tokens the REST client was built with. */
  readonly tokens: string[] = [];
  debug = false;
  writeSummary?: (markdown: string) => Promise<void> = async (markdown) => void this.summaries.push(markdown);

  /** `inputs` by their action.yml names, as a workflow's `with:` gives them. */
  constructor(private readonly inputs: Record<string, string>) {}

  getInput(name: string): string {
    // core.getInput trims the value.
    return (this.inputs[name] ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  setFailed(message: string): void {
    this.failures.push(message);
  }
  info(message: string): void {
    this.log.push({ level: 'info', message });
  }
  warning(message: string, place?: AnnotationPlace): void {
    this.log.push({ level: 'warning', message, ...(place ? { place } : {}) });
  }
  error(message: string, place?: AnnotationPlace): void {
    this.log.push({ level: 'error', message, ...(place ? { place } : {}) });
  }
  notice(message: string, place?: AnnotationPlace): void {
    this.log.push({ level: 'notice', message, ...(place ? { place } : {}) });
  }
  isDebug(): boolean {
    return this.debug;
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(name);
    return fn();
  }
  github(token: string, ctx: RunContext): GitHubApi {
    this.tokens.push(token);
    return new GitHubApi(token, ctx.owner, ctx.repo, ctx.apiUrl);
  }

  /** The summary as the runner's file would hold it after the step. */
  get summary(): string {
    return this.summaries.join('');
  }
  lines(level: LoggedLine['level']): LoggedLine[] {
    return this.log.filter((l) => l.level === level);
  }
}
