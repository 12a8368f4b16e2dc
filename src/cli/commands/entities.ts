/** `rasd entities --top N`: the entities mentioned in most articles, in a date range. */
import { isRealDay } from '../../text/iso-day.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list the most-mentioned persons, organisations and places',
  help: `Usage: rasd entities [--top N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type PERS|ORG|LOC|MISC] --db FILE [--json]

Counts, over the stored articles published in the date range, the articles that mention each
named entity, and lists the top N. Spelling variants and aliases of known actors count as one
(داعش / تنظيم الدولة / ISIS), and so do a person's short and full names within an article.
The first column is the canonical id, which "rasd search 'entity:ID'" accepts.

Options:
  --top N        how many (default 20, at most 1000)
  --from DAY     published on or after this day
  --to DAY       published on or before this day
  --type TYPE    only persons (PERS), organisations (ORG), places (LOC) or others (MISC)
  --db FILE      the database (default: $RASD_DB)
  --json         one JSON object per entity
  -h, --help     this help`,
  options: { top: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const top = values.top === undefined ? 20 : Number(values.top);
    const type = typeof values.type === 'string' ? values.type.toUpperCase() : null;
    const bad =
      !Number.isInteger(top) || top < 1 || top > 1000 ? '--top must be a whole number from 1 to 1000'
      : [values.from, values.to].some((d) => d !== undefined && !(typeof d === 'string' && isRealDay(d))) ? '--from and --to must be real days as YYYY-MM-DD'
      : type !== null && !TYPES.includes(type) ? `--type must be one of ${TYPES.join(', ')}`
      : null;
    if (bad) {
      await write(io.stderr, `rasd entities: ${bad}\n`);
      return EXIT.usage;
    }
    const store = await openForReading('entities', values.db, io);
    if (!store) return EXIT.usage;
    try {
      const list = store.topEntities({ limit: top, from: (values.from as string | undefined) ?? null, to: (values.to as string | undefined) ?? null, type });
      const out = values.json
        ? list.map((e) => JSON.stringify(e)).join('\n')
        : list.map((e, i) => `${String(i + 1).padStart(3)}. ${e.name}  [${e.type}]  ${e.articles} articles, ${e.mentions} mentions  ${e.canonical}`).join('\n');
      await write(io.stdout, out ? out + '\n' : '');
      return EXIT.ok;
    } finally {
      store.close();
    }
  },
};
