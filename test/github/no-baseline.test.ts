// The "no baseline yet" report: the reason, the snapshot command, the catalog table; catalog text escaped.
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import { renderNoBaseline } from '../../src/github/no-baseline.js';

describe('renderNoBaseline', () => {
  const head = toSnapshot({
    server: { name: 'evil', version: '1.0.0' },
    capabilities: { tools: {} },
    tools: [
      { name: 'a`b|c', description: '<img src=x onerror=alert(1)> ping @octocat about #12\n```\nbreak out' },
      { name: 'plain', inputSchema: { type: 'object' } },
    ],
    prompts: [],
    resources: [],
    resourceTemplates: [],
  });
  const md = renderNoBaseline({
    label: 'evil',
    reason: 'there is no s.json at the base commit abc1234',
    head,
    snapshotRel: 's.json',
    refreshCommand: 'npx mcp-contract snapshot --out s.json -- node `x`',
  });

  it('says why it passes and how to start tracking', () => {
    expect(md).toContain('no baseline yet');
    expect(md).toContain('there is no s.json at the base commit abc1234');
    expect(md).toContain("npx mcp-contract snapshot --out s.json -- node 'x'");
    expect(md).toContain('2 tools, 0 prompts');
  });

  it('escapes catalog text: no HTML, no mentions, no fence breakout, no table breakout', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@octocat/);
    expect(md).not.toMatch(/#12/);
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(4);
    // Exactly one fenced block (the command): the description's ``` did not open another.
    expect(md.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
  });

  it('warns when the committed snapshot is out of date', () => {
    const drift = renderNoBaseline({ label: 'x', reason: 'r', head, snapshotRel: 's.json', refreshCommand: 'c', committedDrift: true });
    expect(drift).toMatch(/does not match the live server/);
  });
});
