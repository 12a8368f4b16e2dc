/** `rasd stats --db FILE`: what a store holds. */
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count the stored articles, stories, outlets and dates',
  help: `Usage: rasd stats --db FILE [--json]

Prints how many articles the database holds, how many are searchable, how many story
clusters they form, the articles per outlet, the publication dates covered, and the size
of the index and the files.

Options:
  --db FILE     the database (default: $RASD_DB)
  --json        the figures as JSON
  -h, --help    this help`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const store = await openForReading('stats', values.db, io);
    if (!store) return EXIT.usage;
    try {
      const s = store.stats();
      if (values.json) {
        await write(io.stdout, JSON.stringify(s) + '\n');
        return EXIT.ok;
      }
      const lines = [
        `articles   ${s.articles} (${s.indexed} searchable)`,
        `stories    ${s.stories}`,
        `dates      ${s.dates.first ?? '–'} … ${s.dates.last ?? '–'}`,
        `index      ${s.terms} terms in ${s.segments} segments`,
        `size       ${(s.bytes / 1e6).toFixed(1)} MB`,
        `outlets    ${s.outlets.length}`,
        ...s.outlets.slice(0, 20).map((o) => `  ${String(o.count).padStart(8)}  ${o.value}`),
      ];
      await write(io.stdout, lines.join('\n') + '\n');
      return EXIT.ok;
    } finally {
      store.close();
    }
  },
};
