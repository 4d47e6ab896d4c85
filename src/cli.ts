#!/usr/bin/env node
// CLI entry (bin: mcp-contract): picks the command and turns any failure into a readable message and exit code.
import { EXIT, exitCodeOf, formatError, UserError } from './errors.js';
import { closestName } from './suggest.js';
import { oneLine } from './text.js';
import { VERSION } from './version.js';

type CommandModule = { run(argv: string[]): Promise<number> };

/** Each command lives in its own module, imported only when used so `--version` starts fast. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  snapshot: { summary: 'capture a server and write its canonical, hashed snapshot', load: () => import('./commands/snapshot.js') },
  diff: { summary: 'diff two catalogs (snapshot files, tools/list JSON or git:REF:PATH)', load: () => import('./commands/diff.js') },
  check: { summary: 'capture a server, diff it against a baseline and gate the version bump', load: () => import('./commands/check.js') },
  lock: {
    summary: "in an agent's repository: lock the tools it references (check them with `check --lock`)",
    load: () => import('./commands/lock.js'),
  },
  changelog: {
    summary: 'release notes between two snapshots or git refs, grouped by severity',
    load: () => import('./commands/changelog.js'),
  },
  rules: { summary: 'list every rule id with its severity and meaning', load: () => import('./commands/rules.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `mcp-contract ${VERSION} — contract checks for MCP servers`,
    '',
    'Usage: mcp-contract <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `mcp-contract <command> --help` for the options of one command.',
    'Global: --debug (or MCP_CONTRACT_DEBUG=1) prints stack traces; --version; --help.',
  ].join('\n');
}

export function isDebug(argv: readonly string[]): boolean {
  return argv.includes('--debug') || /^(1|true|yes)$/i.test(process.env.MCP_CONTRACT_DEBUG ?? '');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    process.stdout.write(VERSION + '\n');
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage() + '\n');
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    const near = closestName(command, Object.keys(COMMANDS));
    throw new UserError(`unknown command "${oneLine(command, 80)}"`, {
      hint: `${near ? `did you mean ${near}? ` : ''}Use one of: ${Object.keys(COMMANDS).join(', ')} (see \`mcp-contract --help\`).`,
    });
  }
  return (await entry.load()).run(rest.filter((a) => a !== '--debug'));
}

// A closed pipe (`mcp-contract diff … | head`) is the reader's choice, not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/**
 * Exits once stdout and stderr have flushed what the run wrote. The run's work is done by then (every command awaits
 * its writes and its children; a capture's process groups are killed on exit either way), and a natural exit would
 * first free the whole environment and heap: about 8 ms of a small diff.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = (): void => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

const argv = process.argv.slice(2);
main(argv).then(exitWhenFlushed, (err) => {
  process.stderr.write(formatError(err, isDebug(argv)) + '\n');
  exitWhenFlushed(exitCodeOf(err));
});
