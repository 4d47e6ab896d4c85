// The order-check setting: `--check-order` on the command line and `"checkOrder"` in a config file (validated).
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mergeTargets, splitAtDoubleDash, TARGET_OPTIONS, targetFromArgs } from '../../src/commands/target-args.js';
import { readConfigFile } from '../../src/config/load.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('mcpc-order-setting-');

function parse(argv: string[]) {
  const { flags, command } = splitAtDoubleDash(argv);
  const { values } = parseArgs({ args: flags, options: TARGET_OPTIONS, strict: true });
  return targetFromArgs(values, command);
}

describe('check-order setting', () => {
  it('--check-order sets checkOrder; without it the target leaves the default (only when cheap)', () => {
    expect(parse(['--check-order', '--', 'node', 's.js'])).toEqual({ command: ['node', 's.js'], checkOrder: true });
    expect(parse(['--', 'node', 's.js'])).toEqual({ command: ['node', 's.js'] });
    // The flag wins over a config that switched the check off.
    expect(mergeTargets({ command: ['x'], checkOrder: false }, parse(['--check-order'])).checkOrder).toBe(true);
  });

  it('a config file may set checkOrder per server, and only as a boolean', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ servers: [{ command: ['node', 's.js'], checkOrder: false }] }));
    expect((await readConfigFile(good)).servers?.[0]?.checkOrder).toBe(false);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ servers: [{ command: ['node', 's.js'], checkOrder: 'yes' }] }));
    await expect(readConfigFile(bad)).rejects.toThrow(/checkOrder/);
  });
});
