// Reads the process table (/proc, falling back to ps) so tests can prove that no server process was left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  /** Command line (argv joined by spaces), or the short name when the command line is unreadable. */
  command: string;
}

/** Parses /proc/<pid>/stat: "pid (comm) state ppid pgrp ..." where comm may contain spaces and parentheses. */
function readProcStat(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const [state, ppid, pgid] = stat.slice(close + 2).split(' ');
    if (state === 'Z' || state === 'X') return undefined; // zombies hold no resources; their parent reaps them
    let command = comm;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      if (cmdline) command = cmdline;
    } catch {
      /* process exited while we read it */
    }
    return { pid, ppid: Number(ppid), pgid: Number(pgid), command };
  } catch {
    return undefined;
  }
}

/** Every live (non-zombie) process on the machine. */
export function listProcesses(): ProcessEntry[] {
  if (existsSync('/proc/self/stat')) {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map((d) => readProcStat(Number(d)))
      .filter((p): p is ProcessEntry => p !== undefined);
  }
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!m || m[4].startsWith('Z')) return [];
    return [{ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), command: m[5] }];
  });
}

/** Live processes whose process group is `pgid`. */
export function processesInGroup(pgid: number): ProcessEntry[] {
  return listProcesses().filter((p) => p.pgid === pgid);
}

/** Live processes whose command line contains `marker` (e.g. a unique temp path passed to the server). */
export function processesMatching(marker: string): ProcessEntry[] {
  return listProcesses().filter((p) => p.command.includes(marker) && p.pid !== process.pid);
}

/**
 * Waits (bounded) until no process matches, then throws listing the survivors if some remain. Teardown is
 * asynchronous (SIGTERM, grace period, SIGKILL), so a short wait for the condition avoids flaky failures.
 */
export async function assertNoProcessLeft(what: { pgid: number } | { marker: string }, opts: { withinMs?: number } = {}): Promise<void> {
  const find = () => ('pgid' in what ? processesInGroup(what.pgid) : processesMatching(what.marker));
  const deadline = Date.now() + (opts.withinMs ?? 3000);
  let left = find();
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    left = find();
  }
  if (left.length) {
    const label = 'pgid' in what ? `process group ${what.pgid}` : `"${what.marker}"`;
    throw new Error(`processes of ${label} left running:\n${left.map((p) => `  ${p.pid} (pgid ${p.pgid}) ${p.command}`).join('\n')}`);
  }
}

/** Kills whatever still matches (cleanup after a failed test, so one failure does not leak into others). */
export function killMatching(marker: string): void {
  for (const p of processesMatching(marker)) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
