// Runs the bundled CLI (dist/cli.js, built by the vitest global setup) as a real process and collects its output.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_PATH = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliResult {
  /** Exit code, or null when the process was killed by a signal (see `signal`). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock duration of the run in milliseconds. */
  durationMs: number;
  /** The child's pid (its process group too when `detached` was set). */
  pid: number | undefined;
}

export interface CliOptions {
  cwd?: string;
  /** Environment of the CLI; defaults to this process's environment. Merged over it when `mergeEnv` is true. */
  env?: NodeJS.ProcessEnv;
  mergeEnv?: boolean;
  /** Text written to the CLI's stdin (stdin is closed afterwards either way). */
  input?: string;
  /** Kill the CLI with SIGKILL after this long (default 60 s) and fail. */
  timeoutMs?: number;
  /** Called once the process is spawned (e.g. to send it a signal mid-run). */
  onSpawn?: (pid: number) => void;
}

/** Runs `node dist/cli.js ...args` and resolves with its exit code and output (never rejects on a non-zero exit). */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const env = opts.env === undefined ? process.env : opts.mergeEnv ? { ...process.env, ...opts.env } : opts.env;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: opts.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mcp-contract ${args.join(' ')} did not exit within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('spawn', () => {
      if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started, pid: child.pid });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}
