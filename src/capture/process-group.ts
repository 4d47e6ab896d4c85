// Starts a server in its own process group and ends the whole group, and on Linux every descendant that left it, on every path, signals included.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { CaptureError } from '../errors.js';
import { LineRing } from './ring-buffer.js';
import { revealHidden } from '../text.js';

export const KILL_GRACE_MS = 2000;

/**
 * Every process we start gets this variable, with a value unique to it, and whatever it starts inherits it. A
 * descendant that leaves the process group (setsid, a daemonising double fork) is still found by it on Linux, where
 * /proc shows each process's environment, and is ended with the group. (A process that clears its environment as
 * well escapes; so does anything on macOS that leaves the group, where the group alone is signalled.)
 */
export const PROCESS_TREE_VAR = 'MCP_CONTRACT_PROCESS_TREE';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnSpec {
  /** argv: [command, ...args]; or a shell command line when `shell` is true. */
  argv: string[];
  shell?: boolean;
  cwd?: string;
  env: Record<string, string>;
  /** What the process is, for messages: "the server", "the start command". */
  label: string;
  /** Pipe stdout to the caller (stdio servers) or into the stderr ring (start commands, whose stdout is only logs). */
  stdout: 'pipe' | 'log';
}

/** A running process group: the leader's pipes, its stderr tail, its exit, and a teardown that ends every member. */
export class ProcessGroup {
  readonly stderr = new LineRing();
  exitInfo: ExitInfo | undefined;
  readonly exited: Promise<ExitInfo>;
  /** Resolves once the leader exited and its pipes are drained (its last stderr lines are in `stderr`). */
  readonly closed: Promise<void>;
  private ending: Promise<void> | undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly spec: SpawnSpec,
    private readonly treeMark: Buffer,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
    this.closed = new Promise((resolve) => child.once('close', () => resolve()));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => this.stderr.push(d));
    if (spec.stdout === 'log') child.stdout?.setEncoding('utf8').on('data', (d: string) => this.stderr.push(d));
    child.stdin?.on('error', () => {
      /* EPIPE when the server died; its exit is reported instead */
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Spawns the process detached (its own group) and resolves once it runs; a missing command is a CaptureError. */
  static async start(spec: SpawnSpec): Promise<ProcessGroup> {
    const [command, ...args] = spec.argv;
    const tree = `${process.pid}-${randomBytes(8).toString('hex')}`;
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: { ...spec.env, [PROCESS_TREE_VAR]: tree },
      detached: process.platform !== 'win32',
      shell: spec.shell ?? false,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (err: NodeJS.ErrnoException) => reject(spawnFailure(err, spec)));
    });
    const group = new ProcessGroup(child, spec, Buffer.from(`${PROCESS_TREE_VAR}=${tree}\0`));
    live.add(group);
    installSignalHandlers();
    return group;
  }

  /** Sends `signal` to every process of the group (the leader may be gone while grandchildren live on). */
  signal(signal: NodeJS.Signals): void {
    if (process.platform === 'win32') {
      spawnSync('taskkill', ['/pid', String(this.pid), '/T', ...(signal === 'SIGKILL' ? ['/F'] : [])], { stdio: 'ignore' });
      return;
    }
    try {
      process.kill(-this.pid, signal);
    } catch {
      /* ESRCH: the group is already empty */
    }
    if (process.platform !== 'linux') return;
    for (const member of this.membersOnLinux()) {
      if (member.pgid === this.pid) continue; // signalled with the group
      try {
        process.kill(member.pid, signal);
      } catch {
        /* exited meanwhile */
      }
    }
  }

  /** True while some process of the group is alive (zombies, already dead and waiting to be reaped, do not count). */
  isAlive(): boolean {
    if (process.platform === 'win32') return this.exitInfo === undefined;
    if (process.platform === 'linux') return this.membersOnLinux().length > 0;
    try {
      process.kill(-this.pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  /** Closes stdin, then SIGTERM to the group, SIGKILL after `graceMs`; resolves when the group is gone. Idempotent. */
  end(graceMs = KILL_GRACE_MS): Promise<void> {
    this.ending ??= (async () => {
      this.child.stdin?.end();
      this.signal('SIGTERM');
      if (!(await this.waitGone(graceMs))) {
        this.signal('SIGKILL');
        await this.waitGone(1000);
      }
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
      live.delete(this);
      if (live.size === 0) removeSignalHandlers();
    })();
    return this.ending;
  }

  private async waitGone(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (let wait = 10; ; wait = Math.min(wait * 2, 100)) {
      if (!this.isAlive()) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /**
   * Live (non-zombie) processes of this tree from /proc: the group's members, and processes outside it whose
   * environment carries this group's PROCESS_TREE_VAR value. Zombies do not count: `kill(-pgid, 0)` succeeds for them,
   * and an orphaned grandchild's zombie lingers until PID 1 reaps it, which some container inits do slowly.
   */
  membersOnLinux(): Array<{ pid: number; pgid: number }> {
    const members: Array<{ pid: number; pgid: number }> = [];
    let entries: string[];
    try {
      entries = readdirSync('/proc');
    } catch {
      return members;
    }
    for (const entry of entries) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (fields[0] === 'Z' || fields[0] === 'X') continue;
        const pgid = Number(fields[2]);
        // The environment block starts with a variable or follows a NUL: look for "\0NAME=value\0" or a leading "NAME=value\0".
        if (pgid === this.pid || hasVariable(readFileSync(`/proc/${entry}/environ`), this.treeMark))
          members.push({ pid: Number(entry), pgid });
      } catch {
        /* exited while we looked, or not ours to read */
      }
    }
    return members;
  }

  /**
   * Last stderr lines, formatted for an error's details. The server's text is untrusted: control characters
   * (a lone CR could hide a forged `::error::` workflow command) are shown, and every line is indented.
   */
  /** The last lines of stderr as written (bounded by the ring: at most 200 lines of 1000 characters). */
  stderrLines(count = 200): string[] {
    return this.stderr.tail(count);
  }

  stderrDetails(count = 20): string {
    if (this.stderr.isEmpty) return `(${this.spec.label} wrote nothing to stderr)`;
    return [`last lines of ${this.spec.label}'s stderr:`, ...this.stderr.tail(count).map((l) => `  | ${revealHidden(l)}`)].join('\n');
  }
}

/** Whether a NUL-separated environment block holds `mark` ("NAME=value\0") as a whole variable. */
function hasVariable(environ: Buffer, mark: Buffer): boolean {
  for (let at = environ.indexOf(mark); at >= 0; at = environ.indexOf(mark, at + 1)) if (at === 0 || environ[at - 1] === 0) return true;
  return false;
}

function spawnFailure(err: NodeJS.ErrnoException, spec: SpawnSpec): CaptureError {
  const command = spec.argv[0];
  if (err.code === 'ENOENT') {
    return new CaptureError(
      `could not start ${spec.label}: ${spec.shell ? 'the shell' : `"${command}"`} was not found${spec.cwd ? ` (cwd ${spec.cwd})` : ''}`,
      {
        hint: `check the command and that it is on PATH (the server gets PATH from this environment), or that --cwd exists; run \`${spec.argv.join(' ')}\` yourself to try it.`,
        cause: err,
      },
    );
  }
  if (err.code === 'EACCES') {
    return new CaptureError(`could not start ${spec.label}: "${command}" is not executable`, {
      hint: `make it executable (chmod +x ${command}) or run it through its interpreter, e.g. \`-- node ${command}\`.`,
      cause: err,
    });
  }
  return new CaptureError(`could not start ${spec.label} (${spec.argv.join(' ')}): ${err.message}`, {
    hint: 'check the command, its arguments and --cwd.',
    cause: err,
  });
}

// ── Every group we started, so a signal to us (Ctrl-C, CI cancel) never leaves one behind. ──
const live = new Set<ProcessGroup>();
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let installed = false;
let exiting = false;

/** First signal: end every group (short grace) and exit with 128+signal. A second one while that runs: SIGKILL and exit now. */
function onSignal(signal: NodeJS.Signals): void {
  const code = SIGNAL_EXIT[signal] ?? 1;
  if (exiting) {
    onExit();
    process.exit(code);
  }
  exiting = true;
  const exit = () => process.exit(code);
  Promise.all([...live].map((g) => g.end(500))).then(exit, exit);
}
function onExit(): void {
  for (const g of live) g.signal('SIGKILL');
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const sig of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.on(sig, onSignal);
  process.on('exit', onExit);
}

function removeSignalHandlers(): void {
  if (!installed) return;
  installed = false;
  for (const sig of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.off(sig, onSignal);
  process.off('exit', onExit);
}

/** Groups still running (for tests and diagnostics). */
export function liveGroups(): readonly ProcessGroup[] {
  return [...live];
}
