// Confines the paths an Action run reads and writes (snapshots, version sources) to the repository: by name, and through symlinks.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { VersionSource } from '../config/types.js';
import { UserError } from '../errors.js';

/** Whether `abs` names `root` or something below it (by name only). */
function isBelow(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function outside(what: string, shown: string, root: string, how: string): UserError {
  return new UserError(`${what} ${shown} ${how} the repository (${root})`, {
    hint: `a pull request can edit the config, so the Action reads and writes only inside the checked-out repository: give ${what} as a path inside it, relative to the config file (or to \`working-directory\` for inputs), with no \`..\` that climbs out, no absolute path elsewhere and no symlink pointing out.`,
  });
}

/** Throws when `abs` (absolute) is not inside `root` by name: `../x`, or an absolute path elsewhere. */
export function assertNamedInside(root: string, abs: string, what: string, shown: string): void {
  if (!isBelow(root, abs)) throw outside(what, shown, root, 'is outside');
}

/**
 * Throws when `abs`, followed through symlinks, lands outside `root` (also real-pathed). The deepest part of the
 * path that exists is resolved: a file that is not there yet cannot point anywhere, but its folder can.
 */
export async function assertResolvesInside(root: string, abs: string, what: string, shown: string): Promise<void> {
  assertNamedInside(root, abs, what, shown);
  const realRoot = await fs.realpath(root).catch(() => root);
  let probe = abs;
  for (;;) {
    const real = await fs.realpath(probe).catch(() => undefined);
    if (real !== undefined) {
      // The part below `probe` does not exist, so it is plain names under `real`.
      const full = path.join(real, path.relative(probe, abs));
      if (!isBelow(realRoot, full)) throw outside(what, shown, root, `leads (through a symlink) to ${full}, outside`);
      return;
    }
    // A dangling symlink: writing through it would create its target, so that target must be inside too.
    const link = await fs.readlink(probe).catch(() => undefined);
    if (link !== undefined) {
      const target = path.resolve(path.dirname(probe), link);
      if (!isBelow(realRoot, target) && !isBelow(root, target)) throw outside(what, shown, root, `is a symlink to ${target}, outside`);
    }
    const parent = path.dirname(probe);
    if (parent === probe) return;
    probe = parent;
  }
}

/** Every file version source of the run's policy must stay inside the repository, through symlinks too (a PR could link `VERSION` to a secret). */
export async function assertVersionSourcesInside(root: string, sources: readonly VersionSource[] | undefined): Promise<void> {
  for (const source of sources ?? []) {
    if (source.type === 'serverInfo' || !source.path) continue;
    await assertResolvesInside(root, source.path, 'the version source', path.relative(root, source.path).split(path.sep).join('/'));
  }
}

/** The usage evidence the Action reads (root and recorded call files) must stay inside the repository, through symlinks too. */
export async function assertUsageInside(root: string, usage: { root?: string; calls?: readonly string[] } | undefined): Promise<void> {
  const shown = (abs: string) => path.relative(root, abs).split(path.sep).join('/') || '.';
  if (usage?.root !== undefined) await assertResolvesInside(root, usage.root, 'the usage root', shown(usage.root));
  for (const file of usage?.calls ?? []) await assertResolvesInside(root, file, 'the usage calls file', shown(file));
}
