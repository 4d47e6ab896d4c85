// Runs one command as a child process and measures its wall time and peak RSS; plus the small statistics the bench prints.
//
// Peak RSS: GNU time (`/usr/bin/time -f %M -o FILE`) when it is installed, because it reads the kernel's
// exact high-water mark from wait4(). Without it, the bench polls /proc/<pid>/status (VmHWM, itself a
// high-water mark) every 2 ms until the child exits: the last growth before exit can be missed, so that
// figure is a lower bound and the table says so. Every command of a comparison goes through the same
// wrapper, so the few hundred microseconds the wrapper costs cancel out in the ratios.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// MCPC_BENCH_RSS=proc forces the /proc fallback (used by its test).
const GNU_TIME = process.env.MCPC_BENCH_RSS === 'proc' ? undefined : ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));
/** How peak RSS is read on this machine, for the report. */
export const RSS_METHOD = GNU_TIME ? `GNU time -f %M (${GNU_TIME})` : '/proc/<pid>/status VmHWM polled every 2 ms (lower bound)';

let counter = 0;

/**
 * Spawns `command args` and resolves with { ms, rssBytes, code, signal, stdout, stderr, timedOut }.
 * `ms` is measured from just before spawn until the child's exit, in this process.
 */
export function runMeasured(command, args, { cwd, env, timeoutMs = 120_000 } = {}) {
  // One file per run, removed as soon as it is read (no directory to leave behind if a test worker is killed).
  const rssFile = path.join(tmpdir(), `mcpc-bench-rss-${process.pid}-${counter++}-${Date.now()}.txt`);
  const [bin, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(bin, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let polledHwmKb = 0;
    const poll = GNU_TIME
      ? undefined
      : setInterval(() => {
          polledHwmKb = Math.max(polledHwmKb, readVmHwmKb(child.pid));
        }, 2);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssKb = polledHwmKb;
      if (GNU_TIME) {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figure when the child fails.
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          rssKb = Number(lines[lines.length - 1]) || 0;
        } catch {
          rssKb = 0;
        }
        rmSync(rssFile, { force: true });
      }
      resolve({
        ms,
        rssBytes: rssKb * 1024,
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function readVmHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** min / median / max of a list of numbers. */
export function summarize(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), n: values.length };
}
