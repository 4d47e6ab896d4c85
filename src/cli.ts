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

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(formatError(err, isDebug(argv)) + '\n');
    process.exitCode = exitCodeOf(err);
  },
);
