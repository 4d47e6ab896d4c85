// Runs git with arguments (never a shell) and returns its standard output: the one git runner of the CLI and the Action.
import { promisify } from 'node:util';

interface GitOptions {
  cwd: string;
  maxBuffer: number;
  timeout?: number;
}

/**
 * `git ARGS` in `cwd`, its output as UTF-8 text (or its bytes, with `encoding: 'buffer'`); rejects with git's stderr on
 * the error when git exits non-zero. child_process (and net, dgram and stream under it) is loaded on the first git
 * call, not when the CLI starts: a diff of two files never runs git.
 */
export async function execGit(args: string[], options: GitOptions & { encoding: 'buffer' }): Promise<{ stdout: Buffer }>;
export async function execGit(args: string[], options: GitOptions): Promise<{ stdout: string }>;
export async function execGit(args: string[], options: GitOptions & { encoding?: 'buffer' }): Promise<{ stdout: string | Buffer }> {
  const { execFile } = await import('node:child_process');
  return promisify(execFile)('git', args, { ...options, encoding: options.encoding ?? 'utf8' });
}
