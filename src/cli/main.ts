/** The `rasd` command line: parses the subcommand and its flags, then runs it. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RasdError } from '../errors.js';
import { chooseModel } from '../ner/model-choice.js';
import { EXIT, type Command } from './command.js';
import { processIO, write, type CliIO } from './io.js';

/** A subcommand as `rasd --help` lists it; its module is loaded only when it runs (start-up stays short). */
export interface CommandEntry {
  name: string;
  /** The same as the command's own `summary` (a test holds them equal). */
  summary: string;
  load(): Promise<Command>;
}

/** Every subcommand, in the order `rasd --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'demo', summary: 'ingest a bundled sample of Arabic news and open the web UI over it', load: async () => (await import('./commands/demo.js')).demoCommand },
  { name: 'extract', summary: 'turn dumps and record exports into clean articles, one JSON object per line', load: async () => (await import('./commands/extract.js')).extractCommand },
  { name: 'ingest', summary: 'extract articles from inputs and store them in the embedded database', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  { name: 'search', summary: 'search the stored articles (Arabic-aware, ranked, one hit per story)', load: async () => (await import('./commands/search.js')).searchCommand },
  { name: 'show', summary: 'print one stored article by its id', load: async () => (await import('./commands/show.js')).showCommand },
  { name: 'stats', summary: 'count the stored articles, stories, outlets and dates', load: async () => (await import('./commands/stats.js')).statsCommand },
  { name: 'entities', summary: 'list the most-mentioned persons, organisations and places', load: async () => (await import('./commands/entities.js')).entitiesCommand },
  { name: 'quotes', summary: 'who said what: the attributed statements of articles, or of one speaker across the store', load: async () => (await import('./commands/quotes.js')).quotesCommand },
  { name: 'serve', summary: 'serve the web UI and the HTTP JSON API (OpenAPI at /api/openapi.json) over a store', load: async () => (await import('./commands/serve.js')).serveCommand },
  { name: 'adapt', summary: "adapt the entity tagger to your own articles (word clusters, then training again)", load: async () => (await import('./commands/adapt.js')).adaptCommand },
  { name: 'tag', summary: 'find persons, places, organisations (NER) in text, or tag CoNLL tokens', load: async () => (await import('./commands/tag.js')).tagCommand },
  { name: 'events', summary: 'who did what to whom, where and when: events on the PLOVER ontology', load: async () => (await import('./commands/events.js')).eventsCommand },
  { name: 'export', summary: 'export the stored events as a table (ACLED-like columns), CSV or JSON lines', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'times', summary: 'find dates and time expressions (أمس، الأسبوع الماضي، 5 شوال 1436 هـ) in text', load: async () => (await import('./commands/times.js')).timesCommand },
  { name: 'analyze', summary: 'print the search terms of each line (or its tokens with --json)', load: async () => (await import('./commands/analyze.js')).analyzeCommand },
];

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
    await write(io.stdout, topic ? (await topic.load()).help + '\n' : usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    await write(io.stdout, version() + '\n');
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    await write(io.stderr, `rasd: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
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
  } finally {
    // A model chosen for this command (--model, a store's adapted model) is not the next one's.
    chooseModel(null);
  }
}
