// Reads a config file (JSON, or YAML by its name) and validates it against schema/config.schema.json, one readable line per problem (paths: config/resolve.ts).
import { unescapePointerToken } from '../findings/json.js';
import { promises as fs } from 'node:fs';
import type { Ajv, ErrorObject } from 'ajv';
import { ajvClasses } from '../ajv-classes.js';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { UserError } from '../errors.js';
import type { ContractConfig } from './types.js';
import { isYamlConfig } from './discover.js';

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new (ajvClasses().Ajv)({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** "/servers/0/timeouts/startMs" → "servers[0].timeouts.startMs" (the top level is "(top level)"). */
export function jsonPathOf(instancePath: string): string {
  if (!instancePath) return '(top level)';
  return instancePath
    .split('/')
    .slice(1)
    .map(unescapePointerToken)
    .reduce(
      (acc, seg) =>
        /^\d+$/.test(seg)
          ? `${acc}[${seg}]`
          : /^[A-Za-z_$][\w$]*$/.test(seg)
            ? acc
              ? `${acc}.${seg}`
              : seg
            : `${acc}[${JSON.stringify(seg)}]`,
      '',
    );
}

/** What each oneOf in the schema means, keyed by where it applies (ajv's schemaPath differs when a $ref is inlined). */
const ONE_OF_MESSAGES: Array<[RegExp, string]> = [
  [/^\/servers\/\d+$/, 'needs exactly one of "command" (a stdio server, e.g. ["node", "server.js"]) or "url" (an HTTP server)'],
  [
    /^\/policy\/versionSources\/\d+$/,
    'must be {"type": "serverInfo"}, {"type": "package.json" | "server.json" | "pyproject.toml", "path"?} or {"type": "file", "path", "regex"}',
  ],
];

/** One readable line per problem; errors inside a oneOf branch are replaced by the oneOf's own summary. */
function describe(errors: ErrorObject[]): string[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const lines = new Set<string>();
  for (const e of errors) {
    const where = jsonPathOf(e.instancePath);
    if (e.keyword === 'oneOf') {
      lines.add(`${where} ${ONE_OF_MESSAGES.find(([re]) => re.test(e.instancePath))?.[1] ?? e.message}`);
      continue;
    }
    if (
      [...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/')) &&
      /(^|\/)oneOf\//.test(e.schemaPath.replace(/^#\//, ''))
    )
      continue;
    if (e.keyword === 'additionalProperties') {
      lines.add(`${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`);
    } else if (e.keyword === 'enum') {
      lines.add(
        `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
      );
    } else {
      lines.add(`${where} ${e.message}`);
    }
  }
  return [...lines];
}

function parseJsonConfig(text: string, shownAs: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`the config file ${shownAs} is not valid JSON: ${(err as Error).message}`, {
      hint: 'fix the syntax (a trailing comma or a comment is the usual culprit; JSON allows neither).',
    });
  }
}

/**
 * YAML 1.2 (core schema) into the same values JSON gives: `expires: 2026-03-01` stays a string, `on`/`yes` stay
 * strings, a duplicate key is an error, aliases are capped (no "billion laughs"). The same schema then applies.
 */
async function parseYamlConfig(text: string, shownAs: string): Promise<unknown> {
  // Loaded only for a YAML config: the parser is a quarter of the CLI's code, and most runs read no YAML.
  // yaml is CommonJS: bundled and split off, its namespace has only `default`; unbundled (tests), the named export.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const parseYaml = yaml.default?.parse ?? yaml.parse;
  try {
    return parseYaml(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: true });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0]!;
    throw new UserError(`the config file ${shownAs} is not valid YAML: ${first}`, {
      hint: 'fix the syntax at that line (indentation with spaces, a space after each "key:", quotes around a value starting with a special character).',
    });
  }
}

/**
 * Reads and validates the config file at `file` (named `shownAs` in messages; YAML when its name ends in .yaml or .yml), as written: its relative paths are
 * left alone. Callers go through resolveConfig (config/resolve.ts), which resolves them.
 */
export async function readConfigFile(file: string, shownAs = file, relativeTo = 'the current directory'): Promise<ContractConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(`could not read the config file ${shownAs}: ${missing ? 'no such file' : (err as Error).message}`, {
      hint: missing ? `check the config path (it is relative to ${relativeTo}).` : 'check the file permissions.',
      cause: err,
    });
  }
  const value = isYamlConfig(file) ? await parseYamlConfig(text, shownAs) : parseJsonConfig(text, shownAs);
  const problems = describe(validate(value));
  if (problems.length) {
    const shown = problems.slice(0, 8);
    throw new UserError(`the config file ${shownAs} is invalid: ${shown[0]}`, {
      details:
        problems.length > 1
          ? shown.map((p) => `  - ${p}`).join('\n') +
            (problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '')
          : undefined,
      hint: 'fix the named field; the format is described by schema/config.schema.json (add "$schema": "./node_modules/mcp-contract/schema/config.schema.json" for editor help).',
    });
  }
  return value as ContractConfig;
}
