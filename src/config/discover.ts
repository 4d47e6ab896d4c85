// Finds the config file a command uses without --config: mcp-contract.config.json, .yaml or .yml in the working directory.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../errors.js';

/** The names looked for, in this order (as buf finds buf.yaml and oasdiff .oasdiff.yaml). */
export const CONFIG_FILE_NAMES = ['mcp-contract.config.json', 'mcp-contract.config.yaml', 'mcp-contract.config.yml'] as const;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The config file in `dir` (its name, relative to `dir`), or undefined when there is none. Two of them is an error:
 * which one holds the policy must never depend on a search order the user cannot see.
 */
export async function discoverConfig(dir: string = process.cwd()): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) if (await isFile(path.join(dir, name))) found.push(name);
  if (found.length > 1) {
    throw new UserError(`found ${found.join(' and ')} in ${dir}; which one holds the policy is unclear`, {
      hint: 'keep one of them, or name the one to use with --config FILE.',
    });
  }
  return found[0];
}

/** Whether a config file is YAML (by its name); every other name is read as JSON. */
export function isYamlConfig(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}
