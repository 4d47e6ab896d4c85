// Runs the bundled Action (dist/index.js) as a real process with the environment a GitHub runner sets, in a temp git repository.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { captureCatalog } from '../../src/capture/index.js';
import { serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { REPO_ROOT } from '../helpers/cli.js';

export const ACTION_PATH = path.join(REPO_ROOT, 'dist', 'index.js');
export const CATALOG_SERVER = path.join(REPO_ROOT, 'fixtures', 'servers', 'catalog-server.mjs');
export const WEATHER = (version: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'fixtures', 'servers', 'weather', `${version}.json`), 'utf8'));
/** The command line the tests give the Action (as a workflow would in `with: command:`). */
export const SERVER_COMMAND = `node ${CATALOG_SERVER} catalog.json`;

/** A weather catalog file at `version`, served as server version `serverVersion` (to make a break without its bump). */
export function weather(version: string, serverVersion = version): string {
  const catalog = WEATHER(version);
  catalog.serverInfo = { ...catalog.serverInfo, version: serverVersion };
  return JSON.stringify(catalog, null, 2) + '\n';
}

/** TypeScript source registering the weather tools, so annotations have a line to point at (never executed). */
export const SERVER_SOURCE = [
  "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';",
  '',
  "const server = new McpServer({ name: 'weather', version: '1.0.0' });",
  "server.registerTool('get_forecast', { description: 'Forecast' }, async () => ({ content: [] }));",
  "server.registerTool('get_conditions', { description: 'Conditions' }, async () => ({ content: [] }));",
  "server.registerTool('save_favorite_city', { description: 'Save' }, async () => ({ content: [] }));",
  "server.registerTool('get_alerts', { description: 'Alerts' }, async () => ({ content: [] }));",
  '',
].join('\n');

/** Captures the catalog file through the real fixture server and returns the snapshot file text. */
export async function snapshotOf(catalogText: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpc-snap-'));
  try {
    writeFileSync(path.join(dir, 'catalog.json'), catalogText);
    const catalog = await captureCatalog({ command: ['node', CATALOG_SERVER, 'catalog.json'], cwd: dir });
    return serializeSnapshot(toSnapshot(catalog));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.test',
    },
  }).trim();
}

function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    if (text === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export interface TwoCommitRepo {
  /** The bare "origin" both commits are pushed to. */
  origin: string;
  /** A full clone at the head commit: the workspace. */
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A repository with a base commit (on main) and a head commit on top (branch feature), pushed to a bare origin. */
export function makeRepo(parent: string, base: Record<string, string>, head: Record<string, string | null>): TwoCommitRepo {
  const origin = path.join(parent, 'origin.git');
  const dir = path.join(parent, 'work');
  git(parent, 'init', '-q', '--bare', '-b', 'main', origin);
  git(parent, 'init', '-q', '-b', 'main', dir);
  git(dir, 'remote', 'add', 'origin', origin);
  writeFiles(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFiles(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'push', '-q', 'origin', 'main', 'feature');
  return { origin, dir, baseSha, headSha };
}

/** A one-commit-deep clone of the head, as actions/checkout makes by default. */
export function shallowClone(repo: TwoCommitRepo, parent: string): string {
  const dir = path.join(parent, 'shallow');
  git(parent, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo.origin}`, dir);
  return dir;
}

export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  labels?: string[];
  fork?: boolean;
}

/** A pull_request event payload with the fields GitHub sends that the Action reads (and a few it does not). */
export function pullRequestPayload(e: PullRequestEvent): unknown {
  const baseRepo = { id: 1, name: 'weather', full_name: 'acme/weather', fork: false, owner: { login: 'acme' }, default_branch: 'main' };
  const headRepo = e.fork ? { id: 2, name: 'weather', full_name: 'mallory/weather', fork: true, owner: { login: 'mallory' } } : baseRepo;
  return {
    action: 'synchronize',
    number: e.number,
    pull_request: {
      number: e.number,
      state: 'open',
      title: 'Change the weather',
      labels: (e.labels ?? []).map((name, i) => ({ id: i + 1, name })),
      base: { ref: 'main', sha: e.baseSha, repo: baseRepo },
      head: { ref: 'feature', sha: e.headSha, repo: headRepo },
    },
    repository: baseRepo,
    sender: { login: e.fork ? 'mallory' : 'alice' },
  };
}

export interface ActionRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed on stdout: ::error file=...,line=...::message */
  commands: { command: string; props: Record<string, string>; message: string }[];
}

/** Parses the runner's GITHUB_OUTPUT file (name<<DELIM / value / DELIM). */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommands(stdout: string): ActionRunResult['commands'] {
  const out: ActionRunResult['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeCommand(kv.slice(eq + 1));
    }
    out.push({ command: m[1]!, props, message: unescapeCommand(m[3]!) });
  }
  return out;
}

export interface ActionEnv {
  workspace: string;
  apiUrl: string;
  eventName: string;
  /** The event payload, written to GITHUB_EVENT_PATH. */
  event: unknown;
  sha: string;
  /** Action inputs by their action.yml names (`github-token`, `command`, ...). */
  inputs: Record<string, string>;
  /** Scratch directory for the runner files (event, output, summary, RUNNER_TEMP). */
  scratch: string;
  /** More runner variables, e.g. RUNNER_DEBUG. */
  extraEnv?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** The files a runner gives a step, and the environment that names them (plus the inputs as INPUT_* variables). */
export interface PreparedRunner {
  env: NodeJS.ProcessEnv;
  outputPath: string;
  summaryPath: string;
}

/** Writes the event, output and summary files into `scratch` and builds the environment the runner sets for a `uses:` step. */
export function prepareRunner(env: Omit<ActionEnv, 'timeoutMs'>): PreparedRunner {
  mkdirSync(env.scratch, { recursive: true });
  const runnerTemp = mkdtempSync(path.join(env.scratch, 'runner-temp-'));
  const eventPath = path.join(env.scratch, 'event.json');
  const outputPath = path.join(env.scratch, 'output.txt');
  const summaryPath = path.join(env.scratch, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(env.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: env.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/weather',
    GITHUB_API_URL: env.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: env.sha,
    GITHUB_REF: env.eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_ACTION: 'contract',
    GITHUB_WORKSPACE: env.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...env.extraEnv,
  };
  for (const [name, value] of Object.entries(env.inputs)) childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env: childEnv, outputPath, summaryPath };
}

/** Runs `node dist/index.js` the way the runner does for `uses:` and collects outputs, summary and workflow commands. */
export async function runAction(env: ActionEnv): Promise<ActionRunResult> {
  const { env: childEnv, outputPath, summaryPath } = prepareRunner(env);
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_PATH], { cwd: env.workspace, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timeoutMs = env.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Action did not exit within ${timeoutMs} ms\nstdout:\n${out}\nstderr:\n${err}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve({ code: c, stdout: out, stderr: err });
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseCommands(stdout),
  };
}
