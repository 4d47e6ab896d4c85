// The check pipeline shared by `mcp-contract check` and the Action: capture, load baseline, analyze, versions, gate, drift, report.
import * as path from 'node:path';
import { toSnapshot } from '../catalog/canonical.js';
import { loadCatalog } from '../catalog/snapshot-file.js';
import { SnapshotIntegrityError } from '../catalog/snapshot-v2.js';
import type { Snapshot } from '../catalog/types.js';
import { captureCatalog } from '../capture/index.js';
import type { Policy, ServerTarget, VersionSource } from '../config/types.js';
import type { Finding } from '../findings/finding.js';
import { analyze, prepareAnalysis, type AnalyzeOptions } from '../analyze/index.js';
import { UserError } from '../errors.js';
import { gate } from '../policy/gate.js';
import type { Reason, Verdict } from '../policy/types.js';
import { readVersion } from '../policy/version-sources.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { wantsUsage, weighRun, type UsageSettings } from '../usage/index.js';
import type { UsageSection } from '../usage/types.js';

export interface CheckArgs {
  /** Report label; default: the target's name, else the server's own name. */
  label?: string;
  /** The server to capture (exactly one of target / headFile). */
  target?: ServerTarget;
  /** A catalog file to gate instead of a live server. */
  headFile?: string;
  /** The base contract: a file or git:REF:PATH. */
  baseline: string;
  /** The committed snapshot: fail when it no longer matches the live catalog (drift). */
  snapshotFile?: string;
  /** The run's policy: the config's with the run's settings on top (config/resolve.ts policyForRun), paths absolute. */
  policy?: Policy;
  approved?: { by: string };
  /** Directory relative paths (baseline, snapshot, version source files) are read from. */
  cwd?: string;
  /** Today, for waiver expiry and deprecation sunsets. */
  now?: Date;
  /** Progress lines from the capture. */
  log?: (line: string) => void;
  /**
   * The base version when the caller read it from the base revision itself (e.g. the Action reading
   * package.json at the PR's base SHA); otherwise it comes from the baseline snapshot (or, for a
   * git:REF baseline with file version sources, from those files at REF).
   */
  baseVersion?: { version: string; source: string };
  /** The command that refreshes the committed snapshot, named in drift messages; default from the target. */
  refreshCommand?: string;
  /** Findings about the policy itself (the Action: the head's config loosens the base commit's), gated apart (policy/gate.ts). */
  policyFindings?: Finding[];
  /** How to approve a break, named in the failing message (the Action: 'add the label `breaking-change-approved`'). */
  approvalHint?: string;
  /** Usage evidence to weigh the breaking findings against (references, recorded calls; docs/usage.md). */
  usage?: UsageSettings;
}

export interface CheckResult {
  report: Report;
  head: Snapshot;
  base: Snapshot;
  /** 0 pass; 1 the contract is violated; 2 the versions it needs are missing or not semver (bad input, still a failing verdict). */
  exitCode: 0 | 1 | 2;
}

/** Loads a catalog named relative to `cwd` (a plain path) or a git:REF:PATH, keeping the name as given for messages. */
async function loadFrom(source: string, cwd: string | undefined) {
  const resolved = cwd && !source.startsWith('git:') ? path.resolve(cwd, source) : source;
  return { ...(await loadCatalog(resolved, cwd)), source };
}

/** Quotes one argv word for a POSIX shell only when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The exact command that rewrites the committed snapshot from the live server. */
export function refreshCommand(snapshotFile: string, target: ServerTarget | undefined): string {
  // A tolerated list must be tolerated again, or the refresh fails where the check did not.
  const tolerate = (target?.tolerate ?? []).map((m) => ` --tolerate ${shellWord(m)}`).join('');
  const out = `npx mcp-contract snapshot --out ${shellWord(snapshotFile)}${tolerate}`;
  if (target?.url) return `${out} --url ${shellWord(target.url)}${target.start ? ` --start ${shellWord(target.start)}` : ''}`;
  if (target?.command?.length) return `${out} -- ${target.command.map(shellWord).join(' ')}`;
  return `${out} -- <server command>`;
}

/** Compares the committed snapshot with the live catalog: contract (catalog hash) and version. */
export async function driftReasons(snapshotFile: string, head: Snapshot, refresh: string, cwd?: string): Promise<Reason[]> {
  let committed: Snapshot;
  try {
    committed = toSnapshot((await loadFrom(snapshotFile, cwd)).catalog);
  } catch (err) {
    if (err instanceof UserError && /no such file/.test(err.message)) {
      return [
        {
          code: 'snapshot-missing',
          blocking: true,
          message: `the snapshot ${snapshotFile} does not exist yet. Create it and commit it: \`${refresh}\``,
        },
      ];
    }
    if (err instanceof SnapshotIntegrityError) {
      return [{ code: 'snapshot-edited', blocking: true, message: `${err.message}. Refresh it and commit the change: \`${refresh}\`` }];
    }
    throw err;
  }
  const reasons: Reason[] = [];
  if (committed.hashes.catalog !== head.hashes.catalog) {
    const changed = Object.keys({ ...committed.hashes.tools, ...head.hashes.tools })
      .filter((name) => committed.hashes.tools[name] !== head.hashes.tools[name])
      .sort();
    const which = changed.length
      ? ` (tools that differ: ${changed
          .slice(0, 10)
          .map((n) => `\`${n}\``)
          .join(', ')}${changed.length > 10 ? `, and ${changed.length - 10} more` : ''})`
      : '';
    reasons.push({
      code: 'snapshot-drift',
      blocking: true,
      message: `the committed snapshot ${snapshotFile} no longer matches the live catalog${which}. Refresh it and commit the change, so the contract change is visible in review: \`${refresh}\``,
    });
  }
  if ((committed.server.version ?? '') !== (head.server.version ?? '')) {
    reasons.push({
      code: 'snapshot-version-drift',
      blocking: true,
      message: `the committed snapshot ${snapshotFile} records version ${committed.server.version ?? '(none)'}, but the server reports ${head.server.version ?? '(none)'}; the next pull request would be gated against the wrong version. Refresh it and commit the change: \`${refresh}\``,
    });
  }
  return reasons;
}

/**
 * The target the head is captured with: the base's tolerated lists are tolerated again, so a list the base could not
 * capture does not fail the head's capture (base and head are captured alike, as their client capabilities are).
 */
export function headTarget(target: ServerTarget, base: Snapshot): ServerTarget {
  const fromBase = Object.values(base.uncapturedLists ?? {}).map((u) => u.method);
  if (fromBase.length === 0) return target;
  return { ...target, tolerate: [...new Set([...(target.tolerate ?? []), ...fromBase])] };
}

async function readHead(args: CheckArgs, base: Snapshot): Promise<{ snapshot: Snapshot; source: string }> {
  if (args.headFile && args.target) {
    throw new UserError('give either a server to capture or --head FILE, not both', {
      hint: 'drop `--head` to check the live server, or drop the server command to gate two files.',
    });
  }
  if (args.headFile) {
    const loaded = await loadFrom(args.headFile, args.cwd);
    return { snapshot: toSnapshot(loaded.catalog), source: loaded.source };
  }
  if (!args.target) {
    throw new UserError('no server to check: give a server command after `--`, --url, or --head FILE', {
      hint: 'e.g. `mcp-contract check --baseline mcp-contract.snapshot.json -- node dist/server.js`.',
    });
  }
  const catalog = await captureCatalog(headTarget(args.target, base), args.log ? { log: args.log } : {});
  return { snapshot: toSnapshot(catalog), source: args.target.url ?? args.target.command?.join(' ') ?? 'server' };
}

/** Only the file sources (serverInfo of the base comes from its snapshot). */
function hasFileSources(sources: readonly VersionSource[] | undefined): boolean {
  return (sources ?? []).some((s) => s.type !== 'serverInfo');
}

/**
 * Runs the whole check. Capture failures propagate as CaptureError (exit 3), bad input as UserError
 * (exit 2); a violated contract is a normal result with exitCode 1.
 */
export async function runCheck(args: CheckArgs): Promise<CheckResult> {
  const policy = args.policy ?? {};
  const options: AnalyzeOptions = { policy, ...(args.now ? { now: args.now } : {}) };
  // The quality stage's fixed costs (rank table, ajv) load while the baseline is read and the server boots.
  prepareAnalysis(options);
  const baseLoaded = await loadFrom(args.baseline, args.cwd);
  const base = toSnapshot(baseLoaded.catalog);
  const { snapshot: head, source: headSource } = await readHead(args, base);
  const analysis = await analyze(base, head, options);
  let findings = analysis.findings;
  let usage: UsageSection | undefined;
  if (wantsUsage(args.usage)) {
    const settings = { ...args.usage, ...(policy.overrides ? { overrides: policy.overrides } : {}) };
    ({ findings, section: usage } = await weighRun(findings, base, head, settings, args.cwd));
  }

  const headVersion = await readVersion(policy.versionSources, {
    serverInfoVersion: head.server.version,
    serverInfoLabel: args.headFile ? `serverInfo.version in ${args.headFile}` : "the server's serverInfo.version",
    cwd: args.cwd,
  });
  // Base version: the baseline snapshot's; with file sources and a git baseline, those files at that revision.
  let baseVersion = base.server.version;
  let baseVersionSource = `serverInfo.version in the baseline ${args.baseline}`;
  const gitRef = /^git:([^:]+):/.exec(args.baseline)?.[1];
  const extraReasons: Reason[] = [...headVersion.reasons];
  if (args.baseVersion) {
    baseVersion = args.baseVersion.version;
    baseVersionSource = args.baseVersion.source;
  } else if (gitRef && hasFileSources(policy.versionSources)) {
    const atRef = await readVersion(policy.versionSources, {
      serverInfoVersion: base.server.version,
      serverInfoLabel: baseVersionSource,
      cwd: args.cwd,
      gitRef,
    });
    if (atRef.version !== undefined) {
      baseVersion = atRef.version;
      baseVersionSource = atRef.source;
    }
  } else if (hasFileSources(policy.versionSources) && !(policy.versionSources ?? []).some((v) => v.type === 'serverInfo')) {
    extraReasons.push({
      code: 'base-version-from-snapshot',
      blocking: false,
      message: `the head version comes from ${headVersion.source}, but the base version ${base.server.version ?? '(none)'} from the baseline snapshot's serverInfo.version; if the server does not report the same version, use a git:REF:PATH baseline so the same files are read at the base revision.`,
    });
  }

  if (args.snapshotFile) {
    extraReasons.push(
      ...(await driftReasons(args.snapshotFile, head, args.refreshCommand ?? refreshCommand(args.snapshotFile, args.target), args.cwd)),
    );
  }

  const verdict = gate({
    findings,
    baseVersion,
    headVersion: headVersion.version,
    baseVersionSource,
    headVersionSource: headVersion.source,
    policy,
    ...(args.approved ? { approved: args.approved } : {}),
    ...(args.now ? { now: args.now } : {}),
    extraReasons,
    ...(args.approvalHint ? { approvalHint: args.approvalHint } : {}),
    ...(args.policyFindings?.length ? { policyFindings: args.policyFindings } : {}),
    toolCounts: { base: base.tools.length, head: head.tools.length },
  });
  const report = buildReport({
    label: args.label ?? args.target?.name ?? head.server.name ?? base.server.name ?? 'mcp server',
    base,
    head,
    baseSource: baseLoaded.source,
    headSource,
    findings: verdict.findings,
    verdict,
    ...(analysis.footprint ? { footprint: analysis.footprint } : {}),
    ...(analysis.existing ? { lintExisting: analysis.existing } : {}),
    ...(usage ? { usage } : {}),
  });
  return { report, head, base, exitCode: exitCodeOf(verdict) };
}

/** Reasons that mean the gate could not read a version it needed: the input is bad, not (yet) the contract. */
const VERSION_INPUT_ERRORS = new Set(['version-unparsable', 'version-missing']);

function exitCodeOf(verdict: Verdict): 0 | 1 | 2 {
  if (verdict.verdict === 'pass') return 0;
  const blocking = verdict.reasons.filter((r) => r.blocking);
  return blocking.some((r) => VERSION_INPUT_ERRORS.has(r.code)) ? 2 : 1;
}
