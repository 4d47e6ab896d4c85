// The Markdown shown when there is nothing to compare against yet: the catalog as captured and how to start tracking it.
import type { Snapshot } from '../catalog/types.js';
import { escapeMarkdownText, inlineCode } from '../report/escape.js';

export interface NoBaselineInfo {
  label: string;
  /** Why there is no baseline (e.g. "there is no mcp-contract.snapshot.json at the base commit abc1234"). */
  reason: string;
  head: Snapshot;
  snapshotRel: string;
  /** The command that writes the snapshot, shown verbatim in a code block. */
  refreshCommand: string;
  /** Set when the committed snapshot differs from the live server. */
  committedDrift?: boolean;
}

/** Markdown for a pass without a baseline: the reason, the command to commit a snapshot, and the catalog in a table. */
export function renderNoBaseline(info: NoBaselineInfo): string {
  const { head } = info;
  const counts = [
    `${head.tools.length} tool${head.tools.length === 1 ? '' : 's'}`,
    `${head.prompts.length} prompt${head.prompts.length === 1 ? '' : 's'}`,
    `${head.resources.length} resource${head.resources.length === 1 ? '' : 's'}`,
    `${head.resourceTemplates.length} resource template${head.resourceTemplates.length === 1 ? '' : 's'}`,
  ].join(', ');
  const version = head.server.version ? ` ${inlineCode(head.server.version)}` : '';
  const lines = [
    `### ✅ mcp-contract: ${escapeMarkdownText(info.label)} — no baseline yet`,
    '',
    `Nothing to compare against: ${escapeMarkdownText(info.reason)}. This check passes.`,
    '',
    `Server ${inlineCode(head.server.name ?? info.label)}${version} serves ${counts}; catalog hash ${inlineCode(head.hashes.catalog)}.`,
    '',
  ];
  if (info.committedDrift) {
    lines.push(`⚠️ The committed ${inlineCode(info.snapshotRel)} does not match the live server; refresh it with the command below.`, '');
  }
  lines.push(
    `To check future changes against this contract, commit the snapshot:`,
    '',
    '```sh',
    info.refreshCommand.replace(/`/g, "'"),
    '```',
    '',
  );
  if (head.tools.length > 0) {
    lines.push('<details><summary>Tools</summary>', '', '| Tool | Description |', '|---|---|');
    for (const t of head.tools) {
      const description = typeof t.description === 'string' ? escapeMarkdownText(t.description, 160) : '';
      lines.push(`| ${inlineCode(t.name, { inTable: true })} | ${description} |`);
    }
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
