// Runs json-schema-diff on schema pairs in worker threads, each pair under a time budget and all of them under a global one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Json } from '../../findings/json.js';
import { toDraft07 } from './draft07.js';
import type { OracleOutcome } from './oracle-finding.js';
import type { SchemaDirection } from './rules.js';

/** worker_threads, loaded when the first oracle worker starts: most diffs never ask the oracle. */
function loadWorkerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

export type { OracleOutcome } from './oracle-finding.js';

export interface OracleResult {
  /** How the set of valid values moved from before to after (`narrowed`: some values are no longer valid). */
  outcome: OracleOutcome;
  reason?: string;
}

export interface OracleOptions {
  /** Budget for one pair; the worker is terminated when it runs out (default 2000 ms). */
  perPairMs?: number;
  /** Budget for one check() call, worker start-up included (default 10000 ms). */
  totalMs?: number;
  /** Worker threads (default: min(2, available cores)). */
  workers?: number;
  /** The worker script; by default dist/oracle-worker.js, or the source entry bundled on first use. */
  workerFile?: URL;
}

interface Reply {
  id?: number;
  ready?: boolean;
  removals?: boolean;
  additions?: boolean;
  error?: string;
}

type RunResult = { removals: boolean; additions: boolean } | { error: string } | { timeout: true };

/** One worker thread; killed (never reused) after a timeout or a crash. */
class OracleThread {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  dead = false;

  constructor(file: URL) {
    // A pair that needs more memory than this is hopeless anyway; the limit keeps the CLI's peak RSS bounded.
    this.worker = new (loadWorkerThreads().Worker)(file, { resourceLimits: { maxOldGenerationSizeMb: 128 } });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: Reply): void => {
        if (m.ready) {
          this.worker.off('error', onError);
          resolve();
        }
      };
      const onError = (err: Error): void => {
        this.dead = true;
        reject(err);
      };
      this.worker.once('message', onMessage);
      this.worker.once('error', onError);
    });
    this.ready.catch(() => undefined);
    this.worker.on('exit', () => (this.dead = true));
  }

  run(id: number, before: Json, after: Json, ms: number): Promise<RunResult> {
    return new Promise((resolve) => {
      const finish = (r: RunResult): void => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
        resolve(r);
      };
      const onMessage = (m: Reply): void => {
        if (m.id !== id) return;
        finish(m.error !== undefined ? { error: m.error } : { removals: !!m.removals, additions: !!m.additions });
      };
      const onError = (err: Error): void => {
        this.dead = true;
        finish({ error: err.message });
      };
      const onExit = (): void => finish({ error: 'the oracle worker exited' });
      const timer = setTimeout(
        () => {
          this.kill();
          finish({ timeout: true });
        },
        Math.max(1, ms),
      );
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.on('exit', onExit);
      this.worker.postMessage({ id, before, after });
    });
  }

  kill(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

/**
 * The set-theoretic safety net. Pairs are normalised to self-contained draft-07 here (so an unreadable pair never
 * costs a thread), then diffed in worker threads. A pair that exceeds `perPairMs`, or is still waiting when
 * `totalMs` runs out, is `inconclusive` and its worker is terminated: check() never hangs.
 */
export class SchemaOracle {
  private readonly perPairMs: number;
  private readonly totalMs: number;
  private readonly maxThreads: number;
  private readonly idle: OracleThread[] = [];
  private readonly live = new Set<OracleThread>();
  private nextId = 0;
  private readonly workerFile?: URL;

  constructor(opts: OracleOptions = {}) {
    this.workerFile = opts.workerFile;
    this.perPairMs = opts.perPairMs ?? 2000;
    this.totalMs = opts.totalMs ?? 10_000;
    this.maxThreads = Math.max(1, opts.workers ?? Math.min(2, availableParallelism()));
  }

  async check(pairs: Array<{ before: Json | undefined; after: Json | undefined; direction: SchemaDirection }>): Promise<OracleResult[]> {
    const deadline = Date.now() + this.totalMs;
    const results: OracleResult[] = new Array(pairs.length);
    const queue: Array<{ index: number; before: Json; after: Json }> = [];
    pairs.forEach((p, index) => {
      const implicit: Json = { type: 'object' };
      const b = toDraft07(p.before ?? implicit);
      const a = toDraft07(p.after ?? implicit);
      if ('unsupported' in b || 'unsupported' in a) {
        results[index] = {
          outcome: 'inconclusive',
          reason: 'unsupported' in a ? a.unsupported : (b as { unsupported: string }).unsupported,
        };
      } else queue.push({ index, before: b.schema, after: a.schema });
    });
    if (queue.length === 0) return results;

    let file: URL;
    try {
      file = this.workerFile ?? (await workerFile());
    } catch (err) {
      const reason = `the oracle could not start: ${err instanceof Error ? err.message : String(err)}`;
      for (const job of queue) results[job.index] = { outcome: 'inconclusive', reason };
      return results;
    }
    let startFailure: string | undefined;
    const lane = async (): Promise<void> => {
      let thread: OracleThread | undefined;
      try {
        while (queue.length > 0 && startFailure === undefined) {
          if (!thread || thread.dead) thread = this.acquire(file);
          const left = deadline - Date.now();
          if (left <= 0) return;
          const started = await Promise.race([
            thread.ready.then(
              () => 'ok',
              (err: unknown) => `the oracle worker failed to start: ${err instanceof Error ? err.message : String(err)}`,
            ),
            sleep(left).then(() => 'timeout'),
          ]);
          if (started !== 'ok') {
            await thread.kill();
            // A worker that cannot start will not start on the next try either: stop rather than respawn until the deadline.
            if (started !== 'timeout') startFailure = started;
            return;
          }
          const job = queue.shift();
          if (!job) return;
          const budget = Math.min(this.perPairMs, deadline - Date.now());
          const r = await thread.run(this.nextId++, job.before, job.after, budget);
          results[job.index] = toResult(
            r,
            budget < this.perPairMs ? 'the global oracle budget ran out' : `no answer within ${this.perPairMs} ms`,
          );
        }
      } finally {
        if (thread && !thread.dead) this.release(thread);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.maxThreads, queue.length) }, lane));
    for (const job of queue) results[job.index] = { outcome: 'inconclusive', reason: startFailure ?? 'the global oracle budget ran out' };
    return results;
  }

  /** Terminates every worker thread. */
  async close(): Promise<void> {
    const all = [...this.live];
    this.live.clear();
    this.idle.length = 0;
    await Promise.all(all.map((t) => t.kill()));
  }

  private acquire(file: URL): OracleThread {
    let t = this.idle.pop();
    while (t && t.dead) t = this.idle.pop();
    if (!t) {
      t = new OracleThread(file);
      this.live.add(t);
      t.worker.on('exit', () => this.live.delete(t!));
    }
    t.worker.ref();
    return t;
  }

  private release(t: OracleThread): void {
    // An idle thread must not keep the process alive if the caller forgets close().
    t.worker.unref();
    this.idle.push(t);
  }
}

function toResult(r: RunResult, timeoutReason: string): OracleResult {
  if ('timeout' in r) return { outcome: 'inconclusive', reason: timeoutReason };
  if ('error' in r) return { outcome: 'inconclusive', reason: `json-schema-diff failed: ${r.error}` };
  if (r.removals && r.additions) return { outcome: 'both' };
  if (r.removals) return { outcome: 'narrowed' };
  if (r.additions) return { outcome: 'widened' };
  return { outcome: 'equal' };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

let workerFilePromise: Promise<URL> | undefined;

/**
 * Where the worker script is. In the bundle it is dist/oracle-worker.js (next to cli.js/index.js; this code may sit in
 * dist/chunks/). From source (vitest, tsx) the .ts entry cannot run in a worker thread, so it is bundled once with
 * esbuild (a dev dependency) into a temp .mjs named by the source's hash.
 */
function workerFile(): Promise<URL> {
  workerFilePromise ??= (async () => {
    for (const rel of ['./oracle-worker.js', '../oracle-worker.js']) {
      const url = new URL(rel, import.meta.url);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    }
    const source = new URL('../oracle-worker.ts', import.meta.url);
    if (source.protocol !== 'file:' || !existsSync(fileURLToPath(source)))
      throw new Error('oracle-worker.js is missing next to the bundle; rebuild with `npm run build`');
    return buildWorkerFromSource(fileURLToPath(source));
  })();
  workerFilePromise.catch(() => (workerFilePromise = undefined));
  return workerFilePromise;
}

async function buildWorkerFromSource(entry: string): Promise<URL> {
  // Named by the worker source and the library version, so an edit or an upgrade never runs a stale build.
  const hasher = createHash('sha256').update(readFileSync(entry));
  try {
    hasher.update(readFileSync(createRequire(entry).resolve('json-schema-diff/package.json')));
  } catch {
    // no package.json to read: the source hash alone names the build
  }
  const hash = hasher.digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), 'mcp-contract-oracle');
  const out = path.join(dir, `oracle-worker-${hash}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const esbuildName = 'esbuild'; // not a literal: keeps the bundler from pulling esbuild into dist/
    const esbuild = (await import(esbuildName)) as typeof import('esbuild');
    const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
    await esbuild.build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);",
      },
    });
    renameSync(tmp, out); // atomic: parallel test processes never load half a file
    pruneOldBuilds(dir, out);
  }
  return pathToFileURL(out);
}

/** Removes worker builds of older sources that nobody has touched for a day (best effort). */
function pruneOldBuilds(dir: string, keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  try {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file !== keep && /^oracle-worker-.*\.mjs$/.test(name) && statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
    }
  } catch {
    // a temp directory we cannot tidy is not worth failing over
  }
}
