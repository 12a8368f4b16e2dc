/** The `rasd` command line: parses the subcommand and its flags, then runs it. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RasdError } from '../errors.js';
import { EXIT, type Command } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { entitiesCommand } from './commands/entities.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { quotesCommand } from './commands/quotes.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { tagCommand } from './commands/tag.js';
import { timesCommand } from './commands/times.js';
import { processIO, write, type CliIO } from './io.js';

/** Every subcommand, in the order `rasd --help` lists them. */
export const COMMANDS: readonly Command[] = [demoCommand, extractCommand, ingestCommand, searchCommand, showCommand, statsCommand, entitiesCommand, quotesCommand, serveCommand, tagCommand, timesCommand, analyzeCommand];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `رصد Rasd ${version()}: turn raw Arabic news into structured, searchable intelligence.

Usage: rasd <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "rasd <command> --help" for a command's options.
Exit codes: 0 success, 1 failure (bad input is reported on stderr), 2 usage error.
`;
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    await write(io.stdout, topic ? topic.help + '\n' : usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    await write(io.stdout, version() + '\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    await write(io.stderr, `rasd: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    await write(io.stderr, `rasd ${name}: ${(err as Error).message}\n\n${command.help}\n`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    await write(io.stdout, command.help + '\n');
    return EXIT.ok;
  }
  try {
    return await command.run(parsed, io);
  } catch (err) {
    if (err instanceof RasdError) {
      await write(io.stderr, `rasd ${name}: ${err.message} [${err.code}]\n`);
      return err.code === 'E_USAGE' || err.code === 'E_OPTION' || err.code === 'E_ENCODING' ? EXIT.usage : EXIT.failure;
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR' || (err as NodeJS.ErrnoException).code === 'EACCES') {
      await write(io.stderr, `rasd ${name}: ${(err as Error).message}\n`);
      return EXIT.failure;
    }
    throw err;
  }
}
