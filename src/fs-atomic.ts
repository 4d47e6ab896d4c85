// Writes a file atomically and never through a symlink: every file the CLI and the Action write (snapshots, SARIF, reports) goes through here.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface AtomicWriteOptions {
  /**
   * A directory the file must stay inside once symlinks are resolved (e.g. the workspace): a parent folder that is a
   * symlink leading out of it is refused. The file itself may be a symlink: it is replaced, never followed.
   */
  confineTo?: string;
}

/** The file would land outside the folder it is confined to (through a symlinked parent folder). */
export class OutsideWriteError extends Error {
  constructor(
    readonly file: string,
    readonly realDir: string,
    readonly root: string,
  ) {
    super(`${file} resolves to ${realDir}, outside ${root} (a parent folder is a symlink)`);
    this.name = 'OutsideWriteError';
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Writes text to `file` atomically: a fresh temp file in the same directory (created exclusively, so a planted symlink
 * at its name is never followed), fsync, then rename over the target. A rename replaces a symlink at `file` with the
 * new file: whatever the link pointed at stays unchanged.
 */
export async function writeFileAtomic(file: string, text: string, opts: AtomicWriteOptions = {}): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  if (opts.confineTo !== undefined) {
    const [realDir, realRoot] = await Promise.all([fs.realpath(dir), fs.realpath(opts.confineTo)]);
    if (!isInside(realDir, realRoot)) throw new OutsideWriteError(file, realDir, realRoot);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
