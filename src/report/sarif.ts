// SARIF 2.1.0 report for code scanning: the rule registry as rules, findings (and blocking gate reasons) as results.
import { RULES } from '../rules/registry.js';
import type { Finding, Severity } from '../findings/finding.js';
import type { GatedFinding } from '../policy/types.js';
import { VERSION } from '../version.js';
import type { Report } from './types.js';

export interface SarifLocation {
  uri: string;
  line?: number;
}

export interface SarifOptions {
  /** Real source location of a finding (e.g. the line that registers the tool); default: the snapshot file. */
  locate?: (finding: Finding) => SarifLocation | undefined;
  /** The snapshot file findings point at when `locate` gives nothing. Default mcp-contract.snapshot.json. */
  snapshotUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { breaking: 'error', warning: 'warning', safe: 'note', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

function pascal(id: string): string {
  return id
    .split(/[-/]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF 2.1.0 log: the object `renderSarif` writes out (the Action merges the runs of several servers into one). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}

export function toSarifLog(report: Report, opts: SarifOptions = {}): SarifLog {
  const rules: SarifRule[] = RULES.map((r) => ({
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { severity: r.severity, direction: r.direction, subject: r.subject },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string, level: SarifRule['defaultConfiguration']['level'], description: string): number => {
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, name: pascal(id), shortDescription: { text: description }, defaultConfiguration: { level }, properties: {} });
    }
    return index.get(id)!;
  };
  const snapshotUri = opts.snapshotUri ?? 'mcp-contract.snapshot.json';

  const results: unknown[] = report.findings.map((f: GatedFinding) => {
    const loc = opts.locate?.(f);
    const suppressed = f.waived
      ? [
          {
            kind: 'external',
            status: 'accepted',
            justification: `waived: ${f.waived.reason}${f.waived.expires ? ` (until ${f.waived.expires})` : ''}`,
          },
        ]
      : f.approved
        ? [{ kind: 'external', status: 'accepted', justification: `approved by ${f.approved.by}` }]
        : undefined;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex(f.rule, LEVEL[f.severity], f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: loc?.uri ?? snapshotUri },
            ...(loc?.line ? { region: { startLine: loc.line } } : {}),
          },
          logicalLocations: [
            { name: f.subject, fullyQualifiedName: `${f.kind}:${f.subject}${f.path}`, kind: f.kind === 'tool' ? 'function' : 'object' },
          ],
        },
      ],
      partialFingerprints: { 'mcpContract/v1': `${f.rule}|${f.kind}|${f.subject}|${f.path}` },
      properties: { severity: f.severity, path: f.path, ...(f.originalSeverity ? { originalSeverity: f.originalSeverity } : {}) },
      ...(suppressed ? { suppressions: suppressed } : {}),
    };
  });
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    const id = `gate/${r.code}`;
    results.push({
      ruleId: id,
      ruleIndex: ruleIndex(id, 'error', `The version gate failed: ${r.code}`),
      level: 'error',
      message: { text: r.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: snapshotUri } } }],
    });
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mcp-contract', version: VERSION, rules } },
        automationDetails: { id: `mcp-contract/${report.label}` },
        results,
      },
    ],
  };
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarifLog(report, opts), null, 2) + '\n';
}
