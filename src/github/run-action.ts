// The Action's work for one run: check each server against its baseline, then publish (summary, comment, annotations, check run, SARIF).
import { oneLine } from '../text.js';
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { captureCatalog } from '../capture/index.js';
import { serializeSnapshot, toSnapshot } from '../catalog/canonical.js';
import { loadSnapshot } from '../catalog/snapshot-file.js';
import type { Bump } from '../findings/finding.js';
import { BUMP_ORDER } from '../findings/finding.js';
import type { Policy, ServerTarget } from '../config/types.js';
import { policyForRun, resolveConfig } from '../config/resolve.js';
import { formatError, UserError } from '../errors.js';
import { codeBlock, inlineCode } from '../report/escape.js';
import { renderReport } from '../report/render.js';
import type { Report } from '../report/types.js';
import { refreshCommand, runCheck } from '../run/check.js';
import { emitAnnotations, locateAnnotations, toCheckAnnotations, type LocatedAnnotation } from './annotations.js';
import { GitHubApi, httpStatus } from './api.js';
import { resolveBaseline, type Baseline } from './baseline.js';
import { publishCheckRun } from './check-run.js';
import { runUrl, type RunContext } from './event.js';
import { addWorktree, ensureCommit, repoRoot, type Worktree } from './git.js';
import type { ActionInputs } from './inputs.js';
import { indexSources, type SourceIndex } from './locate.js';
import { renderNoBaseline } from './no-baseline.js';
import { COMMENT_LIMIT, commentBody, commentMarker, upsertStickyComment } from './sticky-comment.js';

/** At most this many servers are booted at once. */
const CONCURRENCY = 2;

interface ServerJob {
  /** Stable identity of the server in this repository: its config name, else its snapshot path. Keys the sticky comment. */
  key: string;
  /** Config name, when there is one (else the report uses the server's own name). */
  name?: string;
  target: ServerTarget;
  snapshotAbs: string;
  /** Relative to the repository root, forward slashes. */
  snapshotRel: string;
}

export interface ServerOutcome {
  key: string;
  label: string;
  verdict: 'pass' | 'fail';
  requiredBump: Bump;
  breakingCount: number;
  catalogHash?: string;
  /** The full Markdown report (job summary). */
  markdown: string;
  /** The report sized for a PR comment. */
  commentMarkdown: string;
  /** JSON report object. */
  json: unknown;
  report?: Report;
  snapshotRel: string;
  /** Whether there was anything to say (findings, a failure, or no baseline): a clean pass does not open a new comment. */
  noteworthy: boolean;
  error?: unknown;
}

export interface ActionResult {
  verdict: 'pass' | 'fail';
  requiredBump: Bump;
  breakingCount: number;
  /** The catalog hash (one server) or a JSON object label → hash (several). */
  catalogHash: string;
  reportPath: string;
  outcomes: ServerOutcome[];
  /** The message for core.setFailed when the verdict is fail. */
  failureMessage?: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** The CLI command that (re)writes a server's snapshot, run from the repository root. */
function snapshotCommand(job: ServerJob, workDirRel: string): string {
  const inWorkDir = workDirRel !== '.';
  const out = inWorkDir ? path.posix.relative(workDirRel, job.snapshotRel) : job.snapshotRel;
  return `${inWorkDir ? `cd ${workDirRel} && ` : ''}${refreshCommand(out, job.target)}`;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** Runs `command` through bash in `cwd`, its output going to the log; a non-zero exit is a UserError. */
function runShell(command: string, cwd: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Like a `run:` step, minus what only this step should see: the inputs (the token) and the runner's own tokens.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_)/.test(k)));
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => reject(new UserError(`could not run ${what}: ${err.message}`, { hint: 'bash must be on PATH (it is on GitHub-hosted runners).' })));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new UserError(`${what} failed (${signal ?? `exit code ${code}`}) in ${cwd}`, {
        hint: `its output is in the log above; run \`${command}\` on a checkout of the base commit to reproduce, or fix the \`base-setup\` input.`,
      }));
    });
  });
}

export class ActionRun {
  private readonly warned = new Set<string>();
  private api?: GitHubApi;
  private root = '';
  private workDir = '';
  private tempDir = '';
  private policy?: Policy;
  private approved?: { by: string };
  private sources?: Promise<SourceIndex>;
  private baseWorktree?: Promise<Worktree>;

  constructor(private readonly inputs: ActionInputs, private readonly ctx: RunContext) {}

  /** Warns once per topic (a fork PR's 403 would otherwise repeat for every server). */
  private warnOnce(topic: string, message: string): void {
    if (this.warned.has(topic)) return;
    this.warned.add(topic);
    core.warning(message);
  }

  private async jobs(): Promise<ServerJob[]> {
    const { inputs } = this;
    const snapshotOf = (file: string): Pick<ServerJob, 'snapshotAbs' | 'snapshotRel'> => {
      const snapshotAbs = path.resolve(this.workDir, file);
      return { snapshotAbs, snapshotRel: toPosix(path.relative(this.root, snapshotAbs)) };
    };
    if (inputs.config) {
      const config = await resolveConfig(inputs.config, { cwd: this.workDir });
      const configPath = config.file;
      this.policy = config.policy;
      const servers = config.servers;
      if (servers.length === 0) {
        throw new UserError(`${inputs.config} lists no servers`, { hint: 'add a "servers" array, e.g. [{"name": "api", "command": ["node", "server.js"], "snapshot": "api.snapshot.json"}].' });
      }
      const seen = new Set<string>();
      return servers.map((s: ServerTarget, i: number) => {
        const name = s.name ?? `server-${i + 1}`;
        // resolveConfig made `snapshot` absolute (relative to the config file); the default sits beside the config.
        const snapshot = s.snapshot ?? path.resolve(path.dirname(configPath), servers.length === 1 ? inputs.snapshot : `${name}.snapshot.json`);
        const job: ServerJob = {
          key: name,
          name,
          target: {
            ...s,
            name,
            cwd: path.resolve(this.workDir, s.cwd ?? '.'),
            env: { ...inputs.env, ...s.env },
            ...(inputs.passEnv.length || s.passEnv ? { passEnv: [...new Set([...inputs.passEnv, ...(s.passEnv ?? [])])] } : {}),
            // The Action's headers go to every HTTP server of the config; a server's own headers win.
            ...(s.url && (Object.keys(inputs.headers).length || s.headers) ? { headers: { ...inputs.headers, ...s.headers } } : {}),
          },
          ...snapshotOf(snapshot),
        };
        if (seen.has(job.snapshotRel)) {
          throw new UserError(`two servers in ${inputs.config} share the snapshot ${job.snapshotRel}`, { hint: 'give each server its own "snapshot" path.' });
        }
        seen.add(job.snapshotRel);
        return job;
      });
    }
    const target: ServerTarget = {
      cwd: this.workDir,
      env: inputs.env,
      ...(inputs.passEnv.length ? { passEnv: inputs.passEnv } : {}),
      ...(Object.keys(inputs.headers).length ? { headers: inputs.headers } : {}),
      ...(inputs.command ? { command: inputs.command } : {}),
      ...(inputs.url ? { url: inputs.url } : {}),
      ...(inputs.start ? { start: inputs.start } : {}),
    };
    const snap = snapshotOf(inputs.snapshot);
    return [{ key: snap.snapshotRel, target, ...snap }];
  }

  private async readApproval(): Promise<void> {
    const pr = this.ctx.pullRequest;
    if (!pr) return;
    const labels = new Set(pr.labels);
    if (this.api && !labels.has(this.inputs.approveLabel)) {
      // The label may have been added after the event that started this run.
      try {
        for (const l of await this.api.listIssueLabels(pr.number)) labels.add(l);
      } catch (err) {
        core.info(`could not re-read the pull request's labels (${httpStatus(err) ?? (err as Error).message}); using the event's labels`);
      }
    }
    if (labels.has(this.inputs.approveLabel)) this.approved = { by: `the "${this.inputs.approveLabel}" label` };
  }

  /**
   * The base commit checked out beside the workspace and set up with `base-setup`, once per run
   * (every server of a config shares it); removed when the run ends.
   */
  private baseTree(baseSha: string): Promise<Worktree> {
    this.baseWorktree ??= (async () => {
      if (!(await ensureCommit(this.root, baseSha))) {
        throw new UserError(`could not fetch the base commit ${baseSha.slice(0, 12)} to run \`base-setup\``, {
          hint: 'use `actions/checkout` (the `origin` remote must be readable), or `fetch-depth: 0`.',
        });
      }
      const worktree = await addWorktree(this.root, baseSha);
      try {
        const baseWorkDir = path.join(worktree.dir, path.relative(this.root, this.workDir));
        await core.group(`mcp-contract: base-setup at ${baseSha.slice(0, 7)}`, () => runShell(this.inputs.baseSetup!, baseWorkDir, '`base-setup`'));
      } catch (err) {
        await worktree.remove();
        throw err;
      }
      return worktree;
    })();
    return this.baseWorktree;
  }

  /** No snapshot at the base: boot the server from the set-up base worktree (same command, same relative cwd) and capture it. */
  private async captureBase(job: ServerJob, baseSha: string): Promise<Baseline> {
    const worktree = await this.baseTree(baseSha);
    const target = { ...job.target, cwd: path.join(worktree.dir, path.relative(this.root, job.target.cwd ?? this.workDir)) };
    const base = toSnapshot(await captureCatalog(target));
    const file = path.join(this.tempDir, `base-${job.key.replace(/[^A-Za-z0-9._-]/g, '_')}.captured.snapshot.json`);
    await fs.writeFile(file, serializeSnapshot(base), 'utf8');
    return { kind: 'file', source: file, description: `the server at the base commit ${baseSha.slice(0, 7)} (built with base-setup)` };
  }

  private async checkServer(job: ServerJob, summaryPointer: string): Promise<ServerOutcome> {
    let baseline = await resolveBaseline({
      ctx: this.ctx,
      baseline: this.inputs.baseline,
      api: this.api,
      root: this.root || undefined,
      snapshotAbs: job.snapshotAbs,
      snapshotRel: job.snapshotRel,
      cwd: this.workDir,
      tempDir: this.tempDir,
      key: job.key,
    });
    if (baseline.kind === 'none' && this.inputs.baseSetup && baseline.baseSha && this.root) {
      baseline = await this.captureBase(job, baseline.baseSha);
    }
    const workDirRel = toPosix(path.relative(this.root, this.workDir)) || '.';

    if (baseline.kind === 'none') {
      const head = toSnapshot(await captureCatalog(job.target));
      let committedDrift = false;
      if (existsSync(job.snapshotAbs)) {
        committedDrift = (await loadSnapshot(job.snapshotAbs).catch(() => undefined))?.hashes.catalog !== head.hashes.catalog;
      }
      const label = job.name ?? head.server.name ?? job.key;
      const markdown = renderNoBaseline({ label, reason: baseline.reason, head, snapshotRel: job.snapshotRel, refreshCommand: snapshotCommand(job, workDirRel), committedDrift });
      return {
        key: job.key,
        label,
        verdict: 'pass',
        requiredBump: 'none',
        breakingCount: 0,
        catalogHash: head.hashes.catalog,
        markdown,
        commentMarkdown: markdown,
        json: { label, verdict: 'pass', baseline: null, reason: baseline.reason, head: { name: head.server.name, version: head.server.version, hash: head.hashes.catalog, toolCount: head.tools.length } },
        snapshotRel: job.snapshotRel,
        noteworthy: true,
      };
    }

    const { report, head } = await runCheck({
      ...(job.name ? { label: job.name } : {}),
      target: job.target,
      baseline: baseline.source,
      // The head must carry an up-to-date snapshot when there is one (or the base had one: deleting it fails too).
      // Relative to the working directory (the process runs there), so the refresh command it prints is runnable.
      ...(existsSync(job.snapshotAbs) || baseline.fromSnapshot ? { snapshotFile: path.relative(this.workDir, job.snapshotAbs) || job.snapshotAbs } : {}),
      ...(this.policy ? { policy: this.policy } : {}),
      ...(this.approved ? { approved: this.approved } : {}),
      ...(this.ctx.pullRequest ? { approvalHint: `add the \`${this.inputs.approveLabel.replace(/`/g, '')}\` label to this pull request and re-run the job` } : {}),
      cwd: this.workDir,
    });
    report.base.source = baseline.description;
    const verdict = report.verdict?.verdict ?? 'pass';
    // The job summary takes up to 1 MiB: it carries the whole report.
    const markdown = renderReport(report, 'markdown', { maxLength: 900_000 });
    const commentMarkdown = renderReport(report, 'markdown', {
      maxLength: COMMENT_LIMIT - commentMarker(job.key).length - 200,
      summaryPointer,
    });
    return {
      key: job.key,
      label: report.label,
      verdict,
      requiredBump: report.requiredBump,
      breakingCount: report.counts.breaking,
      catalogHash: head.hashes.catalog,
      markdown,
      commentMarkdown,
      json: JSON.parse(renderReport(report, 'json')),
      report,
      snapshotRel: job.snapshotRel,
      noteworthy: verdict === 'fail' || report.findings.length > 0 || (report.verdict?.reasons.length ?? 0) > 0,
    };
  }

  private errorOutcome(job: ServerJob, err: unknown): ServerOutcome {
    const text = formatError(err, core.isDebug());
    // The error carries the server's stderr: untrusted, so it goes through the shared escaping (fence, hidden characters).
    const markdown = [`### ❌ mcp-contract: ${inlineCode(job.key)} — could not be checked`, codeBlock(text, 'text')].join('\n');
    return {
      key: job.key, label: job.name ?? job.key, verdict: 'fail', requiredBump: 'none', breakingCount: 0,
      markdown, commentMarkdown: markdown, json: { label: job.name ?? job.key, verdict: 'fail', error: text },
      snapshotRel: job.snapshotRel, noteworthy: true, error: err,
    };
  }

  async run(): Promise<ActionResult> {
    const { inputs, ctx } = this;
    this.workDir = path.resolve(ctx.workspace, inputs.workingDirectory);
    if (!existsSync(this.workDir)) {
      throw new UserError(`working-directory ${inputs.workingDirectory} does not exist in ${ctx.workspace}`, { hint: 'give a path relative to the repository root, and check out the repository first (actions/checkout).' });
    }
    this.root = (await repoRoot(this.workDir)) ?? ctx.workspace;
    // Paths in the inputs and the config are relative to the working directory, as in a `run:` step with it.
    process.chdir(this.workDir);
    this.tempDir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'mcp-contract-'));
    if (inputs.githubToken && ctx.owner && ctx.repo) this.api = new GitHubApi(inputs.githubToken, ctx.owner, ctx.repo, ctx.apiUrl);

    const jobs = await this.jobs();
    this.policy = policyForRun(this.policy, inputs.failOn ? { failOn: inputs.failOn } : {});
    await this.readApproval();

    const url = runUrl(ctx);
    const pointer = url ? `The full report is in the [job summary](${url}).` : 'The full report is in the job summary.';
    let outcomes: ServerOutcome[];
    try {
      outcomes = await mapLimit(jobs, CONCURRENCY, (job) => this.checkServer(job, pointer).catch((err) => this.errorOutcome(job, err)));
    } finally {
      await this.baseWorktree?.then((w) => w.remove(), () => undefined);
      await fs.rm(this.tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
    if (jobs.length === 1 && outcomes[0]!.error) throw outcomes[0]!.error;

    const annotations = await this.annotate(jobs, outcomes);
    await this.writeSummary(outcomes);
    await this.comment(outcomes);
    await this.checkRuns(outcomes, annotations);
    if (inputs.sarif) await this.writeSarif(jobs, outcomes);
    const reportPath = await this.writeJsonReport(outcomes);

    const failed = outcomes.filter((o) => o.verdict === 'fail');
    return {
      verdict: failed.length > 0 ? 'fail' : 'pass',
      requiredBump: outcomes.reduce<Bump>((b, o) => maxBump(b, o.requiredBump), 'none'),
      breakingCount: outcomes.reduce((n, o) => n + o.breakingCount, 0),
      catalogHash: outcomes.length === 1 ? outcomes[0]!.catalogHash ?? '' : JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.label, o.catalogHash ?? null]))),
      reportPath,
      outcomes,
      failureMessage: failed.length === 0 ? undefined : failed.map((o) => (o.error ? `${oneLine(o.label)}: ${formatError(o.error, false)}` : this.failureLine(o))).join('\n'),
    };
  }

  private failureLine(o: ServerOutcome): string {
    // Reasons quote catalog text (tool names): one visible line each, so nothing hidden reaches the log.
    const reasons = o.report?.verdict?.reasons.filter((r) => r.blocking).map((r) => oneLine(r.message, 1000)) ?? [];
    return `mcp-contract: ${oneLine(o.label)} violates its contract${reasons.length ? `: ${reasons.join(' ')}` : ''} (details in the job summary${this.ctx.pullRequest ? ' and the pull request comment' : ''})`;
  }

  private async annotate(jobs: ServerJob[], outcomes: ServerOutcome[]): Promise<Map<string, LocatedAnnotation[]>> {
    const byKey = new Map<string, LocatedAnnotation[]>();
    if (!outcomes.some((o) => o.report && o.report.findings.length > 0)) return byKey;
    const index = await this.sourceIndex(jobs);
    for (const o of outcomes) {
      if (!o.report) continue;
      const list = locateAnnotations(o.report.findings, o.verdict === 'fail', index.locator(o.snapshotRel), o.label);
      byKey.set(o.key, list);
      emitAnnotations(list);
    }
    return byKey;
  }

  private async writeSummary(outcomes: ServerOutcome[]): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    if (outcomes.length > 1) {
      const failed = outcomes.filter((o) => o.verdict === 'fail').length;
      core.summary.addHeading(`mcp-contract: ${outcomes.length} servers, ${failed === 0 ? 'all pass' : `${failed} failing`}`, 2);
    }
    for (const o of outcomes) core.summary.addRaw(o.markdown, true).addEOL();
    try {
      await core.summary.write();
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}`);
    }
  }

  private async comment(outcomes: ServerOutcome[]): Promise<void> {
    const pr = this.ctx.pullRequest;
    if (!pr || !this.inputs.comment) return;
    if (!this.api) {
      this.warnOnce('comment', 'mcp-contract: no `github-token`, so no pull request comment; the report is in the job summary.');
      return;
    }
    for (const o of outcomes) {
      const result = await upsertStickyComment(this.api, pr.number, o.key, commentBody(o.key, o.commentMarkdown), { createIfMissing: o.noteworthy });
      if (result.action === 'forbidden') {
        this.warnOnce('comment', `mcp-contract could not comment on pull request #${pr.number} (HTTP ${result.status}${pr.isFork ? ', a pull request from a fork gets a read-only token' : ''}); the full report is in the job summary. ${pr.isFork ? '' : 'Give the job `permissions: pull-requests: write`.'}`.trim());
        return;
      }
      if (result.action !== 'skipped') core.info(`mcp-contract: ${result.action} the pull request comment for ${oneLine(o.label)} (id ${result.id})`);
    }
  }

  private async checkRuns(outcomes: ServerOutcome[], annotations: Map<string, LocatedAnnotation[]>): Promise<void> {
    const name = this.inputs.checkName;
    const sha = this.ctx.sha;
    if (!name || !this.api || !sha) return;
    for (const o of outcomes) {
      try {
        await publishCheckRun(this.api, {
          name: outcomes.length > 1 ? `${name} (${oneLine(o.label, 80)})` : name,
          headSha: sha,
          passed: o.verdict === 'pass',
          title: o.verdict === 'pass' ? `${oneLine(o.label, 80)}: contract kept` : `${oneLine(o.label, 80)}: contract violated`,
          summary: o.markdown,
          annotations: toCheckAnnotations(annotations.get(o.key) ?? []),
          detailsUrl: runUrl(this.ctx),
        });
      } catch (err) {
        const status = httpStatus(err);
        if (status === 403 || status === 404) {
          this.warnOnce('check-run', `mcp-contract could not create the check run "${name}" (HTTP ${status}); give the job \`permissions: checks: write\` (not available to pull requests from forks). The step's own status still gates the merge.`);
          return;
        }
        throw err;
      }
    }
  }

  /** The repository's tool registrations, indexed once per run (annotations and SARIF share it). */
  private sourceIndex(jobs: ServerJob[]): Promise<SourceIndex> {
    this.sources ??= indexSources({ root: this.root, exclude: jobs.map((j) => j.snapshotRel) });
    return this.sources;
  }

  private async writeSarif(jobs: ServerJob[], outcomes: ServerOutcome[]): Promise<void> {
    const index = await this.sourceIndex(jobs);
    const runs: unknown[] = [];
    let doc: { runs?: unknown[] } & Record<string, unknown> = {};
    for (const o of outcomes) {
      if (!o.report) continue;
      const one = JSON.parse(renderReport(o.report, 'sarif', { locate: index.locator(o.snapshotRel), snapshotUri: o.snapshotRel }));
      if (!doc.version) doc = one;
      runs.push(...(one.runs ?? []));
    }
    if (!doc.version) doc = { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [] };
    doc.runs = runs;
    const file = path.resolve(this.workDir, this.inputs.sarif!);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(doc, null, 2) + '\n', 'utf8');
    core.info(`mcp-contract: wrote SARIF to ${file}`);
  }

  private async writeJsonReport(outcomes: ServerOutcome[]): Promise<string> {
    const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'mcp-contract');
    await fs.mkdir(dir, { recursive: true });
    // One file per step: a job may run the Action more than once.
    const file = path.join(dir, `report-${(process.env.GITHUB_ACTION || 'mcp-contract').replace(/[^\w.-]/g, '_')}.json`);
    const json = outcomes.length === 1 ? outcomes[0]!.json : outcomes.map((o) => o.json);
    await fs.writeFile(file, JSON.stringify(json, null, 2) + '\n', 'utf8');
    return file;
  }
}

export function runAction(inputs: ActionInputs, ctx: RunContext): Promise<ActionResult> {
  return new ActionRun(inputs, ctx).run();
}
