// The text report reads like a reviewer's sentences: additions say "added", a value line never repeats its message, the
// footprint total is said once, lint says what is new and what the base had (a catalog diffed with itself lists none of
// it again), and a PASS that a bump is required for says why it passes.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useTempDirs } from '../helpers/temp.js';
import { WEATHER } from '../capture/fixtures.js';

const tempDir = useTempDirs('mcpc-text-');

describe('the text report, sentence by sentence', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    const base = JSON.parse(readFileSync(WEATHER('1.0.0'), 'utf8')) as {
      serverInfo: { version: string };
      tools: Array<{ description: string }>;
    };
    const head = structuredClone(base);
    head.tools[0]!.description += ' Now with more detail.';
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(path.join(dir, 'described.json'), JSON.stringify(head));
    head.serverInfo.version = '1.0.1';
    writeFileSync(path.join(dir, 'described-bumped.json'), JSON.stringify(head));
  });

  it('an addition and the footprint: "added: …", no line repeating the message, the total said once', async () => {
    const r = await runCli(['diff', WEATHER('1.0.0'), WEATHER('1.1.0')]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).not.toContain('    — → "get_alerts"');
    expect(lines).toContain('    Tool "get_alerts" was added.');
    expect(lines[lines.indexOf('    Tool "get_alerts" was added.') + 1]).toBe(
      '  input-property-added-optional  tool get_forecast /inputSchema/properties/units',
    );
    expect(lines).toContain(
      '    added: {"default":"metric","description":"Unit system for temperatures.","enum":["metric","imperial"],"typ…',
    );
    expect(lines).not.toContain('    450 → 624');
    expect(lines).toContain('TOKEN FOOTPRINT  by tool (the total is in catalog-footprint-grew above; o200k_base, an estimate)');
    expect(r.stdout.match(/450 → 624/g)).toHaveLength(1);
    const lint = lines.indexOf('LINT  nothing new in this change; 1 the base already had (not gated; `--lint all` lists them):');
    expect(lines[lint + 1]).toBe('        1  input-parameter-undocumented');
  });

  it("a catalog diffed with itself: no changes, and the base's lint is counted, not listed again", async () => {
    const r = await runCli(['diff', WEATHER('1.0.0'), WEATHER('1.0.0')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ OK  weather: no changes\n');
    expect(r.stdout).toContain('\nLINT  nothing new in this change; 1 the base already had (not gated; `--lint all` lists them)\n');
    expect(r.stdout).not.toContain('input-parameter-undocumented');
  });

  it('a PASS that a bump is required for says why it passes: below failOn, or the bump covers it', async () => {
    const advice = await runCli(['check', '--baseline', 'base.json', '--head', 'described.json'], { cwd: dir });
    expect(advice.code, advice.stderr).toBe(0);
    expect(advice.stdout.split('\n')[1]).toBe(
      '  version 1.0.0 → 1.0.0 (no bump); required bump: patch (it passes: no finding is severe enough to fail this check, so the patch bump is advice; policy.failOn sets the severity that fails)',
    );
    const covered = await runCli(['check', '--baseline', 'base.json', '--head', 'described-bumped.json'], { cwd: dir });
    expect(covered.code, covered.stderr).toBe(0);
    expect(covered.stdout.split('\n')[1]).toBe('  version 1.0.0 → 1.0.1 (patch); required bump: patch (the version bump covers it)');
  });
});
