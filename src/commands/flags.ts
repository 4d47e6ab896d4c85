// Parses a command's flags with one set of messages for every command: an unknown flag names the closest known one.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import { closestName } from '../suggest.js';
import { oneLine } from '../text.js';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

type Parsed<O extends FlagSpec> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;

export interface FlagContext {
  /** The command, as in `mcp-contract check`: named in every message. */
  command: string;
  /** Whether the command takes a server command after `--` (then an unknown flag may be one of the server's). */
  serverAfterDoubleDash?: boolean;
}

function helpOf(ctx: FlagContext): string {
  return `\`mcp-contract ${ctx.command} --help\` lists the options`;
}

/** An unknown flag: the closest known flag when one is near, else where the options (and the server's flags) go. */
export function unknownFlagError(flag: string, options: FlagSpec, ctx: FlagContext): UserError {
  // Long names compared without their dashes, so the edit bound scales with the name (`--port` is no typo of
  // `--out`); a one-letter flag is one edit from every other, so it gets no guess.
  const found = flag.startsWith('--') ? closestName(flag.slice(2), Object.keys(options)) : undefined;
  const near = found === undefined ? undefined : `--${found}`;
  const shown = oneLine(flag, 80);
  const hint = near
    ? `did you mean ${near}? (${helpOf(ctx)}.)`
    : ctx.serverAfterDoubleDash
      ? `${helpOf(ctx)}. If ${shown} is a flag of the server itself, write it after \`--\` with the server command (everything after \`--\` goes to the server).`
      : `${helpOf(ctx)}.`;
  return new UserError(`unknown option ${shown} for mcp-contract ${ctx.command}`, { hint });
}

function valueError(message: string, ctx: FlagContext): UserError {
  return new UserError(message, { hint: `${helpOf(ctx)}.` });
}

/** The option a flag names (`--out`, `--out=x`, `-o`, `-ofile`), or undefined. */
function lookup(arg: string, options: FlagSpec): { name: string; flag: string; inline: boolean } | undefined {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    return Object.prototype.hasOwnProperty.call(options, name) ? { name, flag: `--${name}`, inline: eq >= 0 } : undefined;
  }
  const entry = Object.entries(options).find(([, o]) => o.short === arg[1]);
  return entry ? { name: entry[0], flag: `-${arg[1]}`, inline: arg.length > 2 } : undefined;
}

/**
 * Checks every flag before Node's parser sees it, so each mistake gets our message (Node's advises `--`, which
 * would hand the flag to the server): an unknown flag, a value missing, a value given to a switch.
 */
function preflight(argv: readonly string[], options: FlagSpec, ctx: FlagContext): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-') continue;
    const found = lookup(arg, options);
    if (!found) throw unknownFlagError(arg.startsWith('--') ? arg.split('=')[0]! : arg.slice(0, 2), options, ctx);
    const spec = options[found.name]!;
    if (spec.type === 'boolean') {
      if (found.inline) throw valueError(`${found.flag} is a switch and takes no value (got "${oneLine(arg, 80)}")`, ctx);
      continue;
    }
    if (found.inline) continue;
    const next = argv[i + 1];
    if (next === undefined || (next.length > 1 && next.startsWith('-'))) {
      throw valueError(`${found.flag} needs a value`, ctx);
    }
    i++;
  }
}

/** The flags of one command: values and positionals (the command decides what positionals mean). */
export function parseFlags<O extends FlagSpec>(argv: readonly string[], options: O, ctx: FlagContext): Parsed<O> {
  preflight(argv, options, ctx);
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as Parsed<O>;
  } catch (err) {
    // preflight catches what Node's parser refuses; this is a safety net with the same shape.
    throw valueError(`${(err as Error).message.split('\n')[0]!.split('. ')[0]!}`, ctx);
  }
}
