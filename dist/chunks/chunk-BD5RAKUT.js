import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  wantsUsage,
  weighRun
} from "./chunk-TXYC3PRH.js";
import {
  captureCatalog
} from "./chunk-35HQT3CQ.js";
import {
  loadCatalog,
  readSource
} from "./chunk-JIIKWVSW.js";
import {
  actualBump,
  analyze,
  buildReport,
  bumpForSeverity,
  bumpRank,
  countBySeverity,
  covers,
  describeCounts,
  maxBump,
  nextVersion,
  parseVersion,
  plural,
  prepareAnalysis,
  requiredBumpFor
} from "./chunk-3XHGYLPM.js";
import {
  SnapshotIntegrityError,
  findWaivers,
  waiverExpired,
  waiverMatches
} from "./chunk-LLRBDKEF.js";
import {
  toSnapshot
} from "./chunk-D2AULK6V.js";
import {
  EXIT,
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/run/check.ts
import * as path2 from "node:path";

// src/policy/gate.ts
var SEVERITY_RANK = { breaking: 3, warning: 2, safe: 1, info: 0 };
function agree(findings) {
  return findings.length === 1 ? { need: "needs", them: "it" } : { need: "need", them: "them" };
}
function describeBump(bump) {
  switch (bump) {
    case "none":
      return "no bump";
    case "downgrade":
      return "a downgrade";
    case "unknown":
      return "unknown";
    default:
      return `only a ${bump} bump`;
  }
}
function describeFindings(findings) {
  return describeCounts(countBySeverity(findings));
}
function renamePartners(f) {
  const from = typeof f.extra?.from === "string" ? f.extra.from : typeof f.before === "string" ? f.before : f.subject;
  const to = typeof f.extra?.to === "string" ? f.extra.to : typeof f.after === "string" ? f.after : f.subject;
  return { from, to };
}
function gate(args) {
  const policy = args.policy ?? {};
  const now = args.now ?? /* @__PURE__ */ new Date();
  const failOnRank = SEVERITY_RANK[policy.failOn ?? "breaking"];
  const waivers = policy.waivers ?? [];
  const baseSource = args.baseVersionSource ?? "the baseline's serverInfo.version";
  const headSource = args.headVersionSource ?? "the server's serverInfo.version";
  const base = parseVersion(args.baseVersion);
  const head = parseVersion(args.headVersion);
  const actual = base && head ? actualBump(base, head) : "unknown";
  const bumpFor = (f) => bumpForSeverity(f.severity, base, policy.zeroMajorBreakingBump);
  const findings = args.findings.map((f) => ({ ...f }));
  const expiredFor = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const { live, expired } = findWaivers(waivers, f, now);
    if (live) f.waived = { reason: live.reason, ...live.expires ? { expires: live.expires } : {} };
    else if (expired) expiredFor.set(f, expired);
  }
  const requiredBump = requiredBumpFor(
    findings.filter((f) => !f.waived),
    base,
    policy.zeroMajorBreakingBump
  );
  const enforced = findings.filter((f) => !f.waived && SEVERITY_RANK[f.severity] >= failOnRank);
  const approvedNow = [];
  const blocking = [];
  for (const f of enforced) {
    if (covers(actual, bumpFor(f))) continue;
    if (args.approved && f.severity === "breaking") {
      f.approved = { by: args.approved.by };
      approvedNow.push(f);
    } else blocking.push(f);
  }
  let blockingBump = "none";
  for (const f of blocking) blockingBump = maxBump(blockingBump, bumpFor(f));
  const reasons = [];
  const zeroNote = base && bumpRank(blockingBump) > 0 && bumpForSeverity("breaking", base, policy.zeroMajorBreakingBump) === "minor" ? " (under 1.0.0 the minor number acts as the major)" : "";
  const suggestedVersion = base && head && (blockingBump !== "none" || actual === "downgrade") ? nextVersion(base, requiredBumpOfEnforced(enforced, bumpFor)) : void 0;
  if (blockingBump !== "none") {
    if (!base || !head) {
      const missing = !base ? { side: "baseline", raw: args.baseVersion, source: baseSource } : { side: "head", raw: args.headVersion, source: headSource };
      const unparsable = missing.raw !== void 0 && missing.raw.trim() !== "";
      reasons.push({
        code: unparsable ? "version-unparsable" : "version-missing",
        blocking: true,
        message: unparsable ? `cannot tell the version bump: the ${missing.side} version ${JSON.stringify(missing.raw)} read from ${missing.source} is not semver (X.Y.Z), and ${describeFindings(blocking)} ${agree(blocking).need} a ${blockingBump} bump. Set a semver version there, or configure policy.versionSources to read it from package.json, server.json or pyproject.toml.` : `cannot tell the version bump: no ${missing.side} version found in ${missing.source}, and ${describeFindings(blocking)} ${agree(blocking).need} a ${blockingBump} bump. Report a version there (serverInfo.version in the server's initialize result), or configure policy.versionSources to read it from package.json, server.json or pyproject.toml.`
      });
    } else if (actual !== "downgrade") {
      const hasBreaking = blocking.some((f) => f.severity === "breaking");
      const { need, them } = agree(blocking);
      const ways = [`bump the version to ${suggestedVersion}`, `waive ${them} in the policy (rule, tool, reason, expires)`];
      if (hasBreaking)
        ways.push(`approve the break (${args.approvalHint ?? "--approve-breaking, or the approval label on the pull request"})`);
      reasons.push({
        code: "bump-too-small",
        blocking: true,
        message: `${describeFindings(blocking)} ${need} a ${blockingBump} bump${zeroNote}, but ${base} → ${head} is ${describeBump(actual)}. To merge: ${ways.slice(0, -1).join(", ")} or ${ways[ways.length - 1]}.`
      });
    }
    for (const f of blocking.filter((x) => x.rule === "tool-renamed")) {
      const { from, to } = renamePartners(f);
      const bumpTo = suggestedVersion ?? `the next ${blockingBump} version`;
      reasons.push({
        code: "rename-needs-bump",
        blocking: true,
        rule: f.rule,
        subject: from,
        message: `tool \`${from}\` was renamed to \`${to}\`: bump to ${bumpTo}, or keep \`${from}\` registered beside \`${to}\` until the next major (dual registration is a safe change).`
      });
    }
  }
  if (base && head && actual === "downgrade") {
    reasons.push({
      code: "version-downgrade",
      blocking: true,
      message: `the version went down: ${base} (${baseSource}) → ${head} (${headSource}). Set the version to ${suggestedVersion} or higher.`
    });
  }
  if (blockingBump === "none" && args.headVersion !== void 0 && args.headVersion.trim() !== "" && !head) {
    reasons.push({
      code: "version-unparsable",
      blocking: false,
      message: `the head version ${JSON.stringify(args.headVersion)} read from ${headSource} is not semver (X.Y.Z); nothing needed a bump this time, but the gate cannot check one later.`
    });
  }
  for (const [f, w] of expiredFor) {
    const stillBlocks = blocking.includes(f);
    reasons.push({
      code: "waiver-expired",
      blocking: stillBlocks,
      rule: f.rule,
      subject: f.subject,
      message: `the waiver for ${f.rule} on \`${w.tool}\` expired on ${w.expires} and no longer applies${stillBlocks ? "" : " (the change is covered anyway)"}; renew its "expires" date in the policy or remove it.`
    });
  }
  const waivedFindings = findings.filter((f) => f.waived);
  for (const w of waivers) {
    const covered = waivedFindings.filter((f) => waiverMatches(w, f) && f.waived?.reason === w.reason);
    if (covered.length > 0) {
      reasons.push({
        code: "waived",
        blocking: false,
        rule: w.rule,
        subject: w.tool,
        message: `${plural(covered.length, "finding")} of ${w.rule} on \`${w.tool}\` waived${w.expires ? ` until ${w.expires}` : ""}: ${w.reason}`
      });
    } else if (!waiverExpired(w, now) && !findings.some((f) => waiverMatches(w, f))) {
      reasons.push({
        code: "waiver-unused",
        blocking: false,
        rule: w.rule,
        subject: w.tool,
        message: `the waiver for ${w.rule} on \`${w.tool}\` matched no finding; remove it from the policy once it is no longer needed.`
      });
    }
  }
  if (approvedNow.length > 0 && args.approved) {
    const semverWants = base ? ` (semver would ask for ${nextVersion(base, requiredBump)})` : "";
    reasons.push({
      code: "approved",
      blocking: false,
      message: `${describeFindings(approvedNow)} approved by ${args.approved.by} without the ${bumpFor(approvedNow[0])} bump${semverWants}.`
    });
  }
  if (args.toolCounts && args.toolCounts.base > 0 && args.toolCounts.head === 0) {
    reasons.push({
      code: "empty-catalog",
      blocking: true,
      message: `the server listed no tools, but the baseline has ${plural(args.toolCounts.base, "tool")}. This never passes, whatever the version: check that the server started with the configuration and environment it needs (a missing API key or feature flag often hides every tool).`
    });
  }
  const policyFindings = gatePolicyFindings(args.policyFindings ?? [], failOnRank, args.approved);
  findings.push(...policyFindings);
  const loosening = policyFindings.filter((f) => !f.approved && SEVERITY_RANK[f.severity] >= failOnRank);
  if (loosening.length > 0) {
    reasons.push({
      code: "policy-loosened",
      blocking: true,
      message: `this change loosens the gate itself (${loosening.map((f) => f.rule).join(", ")}): the base commit's policy is what reviewers agreed to, and neither a version bump nor the pull request's own waivers or overrides cover that. To merge: revert the policy change, or approve it (${args.approvalHint ?? "--approve-breaking, or the approval label on the pull request"}).`
    });
  }
  const approvedPolicy = policyFindings.filter((f) => f.approved);
  if (approvedPolicy.length > 0 && args.approved) {
    reasons.push({
      code: "policy-loosening-approved",
      blocking: false,
      message: `${plural(approvedPolicy.length, "policy change")} loosening the gate approved by ${args.approved.by}.`
    });
  }
  reasons.push(...args.extraReasons ?? []);
  return {
    verdict: reasons.some((r) => r.blocking) ? "fail" : "pass",
    requiredBump,
    actualBump: actual,
    ...args.baseVersion !== void 0 ? { baseVersion: args.baseVersion } : {},
    ...args.headVersion !== void 0 ? { headVersion: args.headVersion } : {},
    ...suggestedVersion !== void 0 ? { suggestedVersion } : {},
    reasons,
    findings
  };
}
function requiredBumpOfEnforced(enforced, bumpFor) {
  let bump = "none";
  for (const f of enforced) if (!f.approved) bump = maxBump(bump, bumpFor(f));
  return bump;
}
function gatePolicyFindings(policyFindings, failOnRank, approved) {
  return policyFindings.map(
    (f) => approved && SEVERITY_RANK[f.severity] >= failOnRank ? { ...f, approved: { by: approved.by } } : { ...f }
  );
}

// src/policy/version-sources.ts
import * as path from "node:path";
import * as vm from "node:vm";
var DEFAULT_FILE = {
  "package.json": "package.json",
  "server.json": "server.json",
  "pyproject.toml": "pyproject.toml"
};
function versionFromPackageJson(text) {
  const v = JSON.parse(text).version;
  return typeof v === "string" ? v : void 0;
}
function versionFromServerJson(text) {
  const obj = JSON.parse(text);
  if (typeof obj.version === "string") return obj.version;
  const detail = obj.version_detail?.version;
  return typeof detail === "string" ? detail : void 0;
}
function versionFromPyproject(text) {
  const found = {};
  let section = "";
  let dynamic = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([^\]\s]+)\s*\]\s*(#.*)?$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    if (section !== "project" && section !== "tool.poetry") continue;
    const kv = /^version\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    if (kv && found[section] === void 0) found[section] = kv[1] ?? kv[2];
    if (section === "project" && /^dynamic\s*=.*["']version["']/.test(line)) dynamic = true;
  }
  const version = found.project ?? found["tool.poetry"];
  return version !== void 0 ? { version } : { dynamic };
}
var VERSION_REGEX_BUDGET_MS = 250;
function versionFromRegex(text, regex, budgetMs = VERSION_REGEX_BUDGET_MS) {
  try {
    new RegExp(regex, "m");
  } catch (err) {
    throw new UserError(`policy.versionSources: invalid regex ${JSON.stringify(regex)}: ${err.message}`, {
      hint: 'fix the "regex" of the file version source in the config; its first capture group must match the version, e.g. "VERSION = \\"([^\\"]+)\\"".'
    });
  }
  let m;
  try {
    m = vm.runInNewContext(
      'const m = new RegExp(regex, "m").exec(text); m === null ? null : Array.from(m, (g) => g ?? null)',
      { regex, text },
      {
        timeout: budgetMs
      }
    );
  } catch (err) {
    if (err.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw err;
    throw new UserError(
      `policy.versionSources: the regex ${JSON.stringify(regex)} ran for more than ${budgetMs} ms over a ${text.length}-character file and was stopped`,
      {
        exitCode: EXIT.capture,
        hint: 'the pattern backtracks catastrophically (nested or overlapping repetition such as (a|a)+ or (a+)+). Rewrite the "regex" of the file version source to match the version line directly, e.g. "^VERSION = \\"([0-9][^\\"]*)\\"", with no repeated group that can match the same text two ways.'
      }
    );
  }
  return m ? m[1] ?? m[0] : void 0;
}
function label(source, file) {
  if (source.type === "serverInfo") return "serverInfo.version";
  if (source.type === "file") return `${file} (regex ${source.regex})`;
  return `${source.type} (${file})`;
}
async function readOne(source, opts) {
  if (source.type === "serverInfo") {
    const v = opts.serverInfoVersion;
    return v !== void 0 && v !== "" ? { source: opts.serverInfoLabel ?? label(source), version: v } : { source: opts.serverInfoLabel ?? label(source), error: "the server reported no serverInfo.version" };
  }
  const file = source.path ?? DEFAULT_FILE[source.type];
  const cwd = opts.cwd ?? process.cwd();
  const atRef = path.isAbsolute(file) ? `./${path.relative(cwd, file).split(path.sep).join("/")}` : file.startsWith("./") ? file : `./${file}`;
  const where = opts.gitRef ? `git:${opts.gitRef}:${file}` : file;
  const name = label(source, where);
  let text;
  try {
    text = opts.gitRef ? await readSource(`git:${opts.gitRef}:${atRef}`, cwd) : await readSource(path.resolve(cwd, file));
  } catch (err) {
    return { source: name, error: err.message };
  }
  try {
    let version;
    let why = 'no "version" field';
    switch (source.type) {
      case "package.json":
        version = versionFromPackageJson(text);
        break;
      case "server.json":
        version = versionFromServerJson(text);
        why = 'no "version" (or "version_detail.version") field';
        break;
      case "pyproject.toml": {
        const r = versionFromPyproject(text);
        version = r.version;
        why = r.dynamic ? "[project] declares the version dynamic; use a file + regex source for the file that sets it" : "no version under [project] or [tool.poetry]";
        break;
      }
      case "file":
        version = versionFromRegex(text, source.regex);
        why = "the regex did not match";
        break;
    }
    return version !== void 0 ? { source: name, version: version.trim() } : { source: name, error: why };
  } catch (err) {
    if (err instanceof UserError) throw err;
    return { source: name, error: `not valid JSON: ${err.message}` };
  }
}
async function readVersion(sources, opts = {}) {
  const list = sources && sources.length > 0 ? sources : [{ type: "serverInfo" }];
  const readings = [];
  for (const s of list) readings.push(await readOne(s, opts));
  const ok = readings.filter((r) => r.version !== void 0);
  const reasons = [];
  const distinct = new Set(ok.map((r) => r.version.replace(/^v/, "")));
  if (distinct.size > 1) {
    reasons.push({
      code: "version-source-mismatch",
      blocking: true,
      message: `the version sources disagree: ${ok.map((r) => `${r.source} says ${r.version}`).join(", ")}. Set the same version in each (one of them was probably forgotten in the release).`
    });
  }
  if (ok.length > 0 && ok.length < readings.length) {
    const bad = readings.filter((r) => r.version === void 0);
    reasons.push({
      code: "version-source-unreadable",
      blocking: true,
      message: `could not read the version from ${bad.map((r) => `${r.source}: ${r.error}`).join("; ")}. Fix the file or remove the source from policy.versionSources.`
    });
  }
  if (ok.length === 0 && list.some((s) => s.type !== "serverInfo")) {
    reasons.push({
      code: "version-source-unreadable",
      blocking: false,
      message: `no version could be read: ${readings.map((r) => `${r.source}: ${r.error}`).join("; ")}. Fix the file or the source in policy.versionSources.`
    });
  }
  const first = ok[0];
  const source = first ? first.source : readings.map((r) => `${r.source} (${r.error})`).join(" and ");
  return { ...first ? { version: first.version } : {}, source, readings, reasons };
}

// src/run/check.ts
async function loadFrom(source, cwd) {
  const resolved = cwd && !source.startsWith("git:") ? path2.resolve(cwd, source) : source;
  return { ...await loadCatalog(resolved, cwd), source };
}
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function refreshCommand(snapshotFile, target) {
  const tolerate = (target?.tolerate ?? []).map((m) => ` --tolerate ${shellWord(m)}`).join("");
  const out = `npx mcp-contract snapshot --out ${shellWord(snapshotFile)}${tolerate}`;
  if (target?.url) return `${out} --url ${shellWord(target.url)}${target.start ? ` --start ${shellWord(target.start)}` : ""}`;
  if (target?.command?.length) return `${out} -- ${target.command.map(shellWord).join(" ")}`;
  return `${out} -- <server command>`;
}
async function driftReasons(snapshotFile, head, refresh, cwd) {
  let committed;
  try {
    committed = toSnapshot((await loadFrom(snapshotFile, cwd)).catalog);
  } catch (err) {
    if (err instanceof UserError && /no such file/.test(err.message)) {
      return [
        {
          code: "snapshot-missing",
          blocking: true,
          message: `the snapshot ${snapshotFile} does not exist yet. Create it and commit it: \`${refresh}\``
        }
      ];
    }
    if (err instanceof SnapshotIntegrityError) {
      return [{ code: "snapshot-edited", blocking: true, message: `${err.message}. Refresh it and commit the change: \`${refresh}\`` }];
    }
    throw err;
  }
  const reasons = [];
  if (committed.hashes.catalog !== head.hashes.catalog) {
    const changed = Object.keys({ ...committed.hashes.tools, ...head.hashes.tools }).filter((name) => committed.hashes.tools[name] !== head.hashes.tools[name]).sort();
    const which = changed.length ? ` (tools that differ: ${changed.slice(0, 10).map((n) => `\`${n}\``).join(", ")}${changed.length > 10 ? `, and ${changed.length - 10} more` : ""})` : "";
    reasons.push({
      code: "snapshot-drift",
      blocking: true,
      message: `the committed snapshot ${snapshotFile} no longer matches the live catalog${which}. Refresh it and commit the change, so the contract change is visible in review: \`${refresh}\``
    });
  }
  if ((committed.server.version ?? "") !== (head.server.version ?? "")) {
    reasons.push({
      code: "snapshot-version-drift",
      blocking: true,
      message: `the committed snapshot ${snapshotFile} records version ${committed.server.version ?? "(none)"}, but the server reports ${head.server.version ?? "(none)"}; the next pull request would be gated against the wrong version. Refresh it and commit the change: \`${refresh}\``
    });
  }
  return reasons;
}
function headTarget(target, base) {
  const fromBase = Object.values(base.uncapturedLists ?? {}).map((u) => u.method);
  if (fromBase.length === 0) return target;
  return { ...target, tolerate: [.../* @__PURE__ */ new Set([...target.tolerate ?? [], ...fromBase])] };
}
async function readHead(args, base) {
  if (args.headFile && args.target) {
    throw new UserError("give either a server to capture or --head FILE, not both", {
      hint: "drop `--head` to check the live server, or drop the server command to gate two files."
    });
  }
  if (args.headFile) {
    const loaded = await loadFrom(args.headFile, args.cwd);
    return { snapshot: toSnapshot(loaded.catalog), source: loaded.source };
  }
  if (!args.target) {
    throw new UserError("no server to check: give a server command after `--`, --url, or --head FILE", {
      hint: "e.g. `mcp-contract check --baseline mcp-contract.snapshot.json -- node dist/server.js`."
    });
  }
  const catalog = await captureCatalog(headTarget(args.target, base), args.log ? { log: args.log } : {});
  return { snapshot: toSnapshot(catalog), source: args.target.url ?? args.target.command?.join(" ") ?? "server" };
}
function hasFileSources(sources) {
  return (sources ?? []).some((s) => s.type !== "serverInfo");
}
async function runCheck(args) {
  const policy = args.policy ?? {};
  const options = { policy, ...args.now ? { now: args.now } : {} };
  prepareAnalysis(options);
  const baseLoaded = await loadFrom(args.baseline, args.cwd);
  const base = toSnapshot(baseLoaded.catalog);
  const { snapshot: head, source: headSource } = await readHead(args, base);
  const analysis = await analyze(base, head, options);
  let findings = analysis.findings;
  let usage;
  if (wantsUsage(args.usage)) {
    const settings = { ...args.usage, ...policy.overrides ? { overrides: policy.overrides } : {} };
    ({ findings, section: usage } = await weighRun(findings, base, head, settings, args.cwd));
  }
  const headVersion = await readVersion(policy.versionSources, {
    serverInfoVersion: head.server.version,
    serverInfoLabel: args.headFile ? `serverInfo.version in ${args.headFile}` : "the server's serverInfo.version",
    cwd: args.cwd
  });
  let baseVersion = base.server.version;
  let baseVersionSource = `serverInfo.version in the baseline ${args.baseline}`;
  const gitRef = /^git:([^:]+):/.exec(args.baseline)?.[1];
  const extraReasons = [...headVersion.reasons];
  if (args.baseVersion) {
    baseVersion = args.baseVersion.version;
    baseVersionSource = args.baseVersion.source;
  } else if (gitRef && hasFileSources(policy.versionSources)) {
    const atRef = await readVersion(policy.versionSources, {
      serverInfoVersion: base.server.version,
      serverInfoLabel: baseVersionSource,
      cwd: args.cwd,
      gitRef
    });
    if (atRef.version !== void 0) {
      baseVersion = atRef.version;
      baseVersionSource = atRef.source;
    }
  } else if (hasFileSources(policy.versionSources) && !(policy.versionSources ?? []).some((v) => v.type === "serverInfo")) {
    extraReasons.push({
      code: "base-version-from-snapshot",
      blocking: false,
      message: `the head version comes from ${headVersion.source}, but the base version ${base.server.version ?? "(none)"} from the baseline snapshot's serverInfo.version; if the server does not report the same version, use a git:REF:PATH baseline so the same files are read at the base revision.`
    });
  }
  if (args.snapshotFile) {
    extraReasons.push(
      ...await driftReasons(args.snapshotFile, head, args.refreshCommand ?? refreshCommand(args.snapshotFile, args.target), args.cwd)
    );
  }
  const verdict = gate({
    findings,
    baseVersion,
    headVersion: headVersion.version,
    baseVersionSource,
    headVersionSource: headVersion.source,
    policy,
    ...args.approved ? { approved: args.approved } : {},
    ...args.now ? { now: args.now } : {},
    extraReasons,
    ...args.approvalHint ? { approvalHint: args.approvalHint } : {},
    ...args.policyFindings?.length ? { policyFindings: args.policyFindings } : {},
    toolCounts: { base: base.tools.length, head: head.tools.length }
  });
  const report = buildReport({
    label: args.label ?? args.target?.name ?? head.server.name ?? base.server.name ?? "mcp server",
    base,
    head,
    baseSource: baseLoaded.source,
    headSource,
    findings: verdict.findings,
    verdict,
    ...analysis.footprint ? { footprint: analysis.footprint } : {},
    ...analysis.existing ? { lintExisting: analysis.existing } : {},
    ...usage ? { usage } : {}
  });
  return { report, head, base, exitCode: exitCodeOf(verdict) };
}
var VERSION_INPUT_ERRORS = /* @__PURE__ */ new Set(["version-unparsable", "version-missing"]);
function exitCodeOf(verdict) {
  if (verdict.verdict === "pass") return 0;
  const blocking = verdict.reasons.filter((r) => r.blocking);
  return blocking.some((r) => VERSION_INPUT_ERRORS.has(r.code)) ? 2 : 1;
}

export {
  refreshCommand,
  runCheck
};
