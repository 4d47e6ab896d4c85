// Runs git with arguments (never a shell) and returns its standard output: the one git runner of the CLI and the Action.
import { promisify } from 'node:util';

/**
 * `git ARGS` in `cwd`, its output as UTF-8 text; rejects with git's stderr on the error when git exits non-zero.
 * child_process (and net, dgram and stream under it) is loaded on the first git call, not when the CLI starts: a
 * diff of two files never runs git.
 */
export async function execGit(args: string[], options: { cwd: string; maxBuffer: number; timeout?: number }): Promise<{ stdout: string }> {
  const { execFile } = await import('node:child_process');
  return promisify(execFile)('git', args, { ...options, encoding: 'utf8' });
}
