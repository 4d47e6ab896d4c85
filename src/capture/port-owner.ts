// Names the processes listening on a TCP port, best effort (Linux: /proc/net/tcp{,6} and /proc/<pid>/fd), for readiness and messages.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface PortListener {
  pid: number;
  /** Its command line (argv joined by spaces), or its short name when the command line is unreadable. */
  command: string;
}

/** TCP state 0A in /proc/net/tcp: LISTEN. */
const LISTEN = '0A';

/** Socket inodes listening on `port` (any address), from the kernel's TCP tables. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== LISTEN) continue;
      const localPort = parseInt(fields[1]!.slice(fields[1]!.lastIndexOf(':') + 1), 16);
      if (localPort === port && fields[9] !== '0') inodes.add(fields[9]!);
    }
  }
  return inodes;
}

function commandOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.length) return argv.join(' ');
  } catch {
    /* exited meanwhile */
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/**
 * The processes holding a listening socket on `port`: undefined where this cannot be known (not Linux), an empty
 * list when no readable process holds it (nothing listens, or the holder belongs to another user or container).
 */
export function listenersOn(port: number): PortListener[] | undefined {
  if (process.platform !== 'linux') return undefined;
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return [];
  const holders: PortListener[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // not ours to read, or gone
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1]!)) {
        holders.push({ pid: Number(pid), command: commandOf(Number(pid)) });
        break;
      }
    }
  }
  return holders;
}

/** "pid 123 (node server.js), pid 456 (…)" for a message; commands are cut, as they are only a clue. */
export function describeListeners(listeners: readonly PortListener[]): string {
  return listeners.map((l) => `pid ${l.pid} (${l.command.length > 120 ? l.command.slice(0, 119) + '…' : l.command})`).join(', ');
}
