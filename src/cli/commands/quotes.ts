/** `rasd quotes [inputs…]` and `rasd quotes --by NAME --db FILE`: attributed statements as JSON lines. */
import { parseFieldMap } from '../../ingest/records/field-map.js';
import type { Article } from '../../core/article.js';
import { speakerKey } from '../../search/index/doc-facts.js';
import { matchesName, nameQuery } from '../../search/engine/name-match.js';
import { MAX_LIMIT } from '../../search/engine/searcher.js';
import { QueryError } from '../../search/query/errors.js';
import { EXIT, type Command } from '../command.js';
import { runExtraction } from '../extract-run.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

/** One output line: the quote with the article it is from. */
function lines(a: Article, keep: (q: NonNullable<Article['quotes']>[number]) => boolean = () => true): string {
  let out = '';
  for (const q of a.quotes ?? []) {
    if (!keep(q)) continue;
    out += JSON.stringify({ article: a.id, headline: a.headline, published: a.published?.value ?? null, outlet: a.outlet, ...q }) + '\n';
  }
  return out;
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'who said what: the attributed statements of articles, or of one speaker across the store',
  help: `Usage: rasd quotes [INPUT…] [--outlet NAME] [--map FIELD=key,…] [--encoding NAME]
       rasd quotes --by NAME --db FILE

Without --by, reads each INPUT as "rasd extract" does (standard input when none is given)
and prints one JSON object per attributed statement:
  {"article": ID, "headline": …, "published": …, "outlet": …, "text": …, "start": …, "end": …,
   "kind": "direct" | "indirect" | "mixed", "speaker": {text, start, end, canonical, name, type,
   carried} | null, "role": {text, start, end} | null, "cue": {text, start, end, lemma} | null,
   "medium": {text, start, end} | null}
Spans point into the article's text (headline, subtitle, captions and paragraphs joined by
blank lines).

With --by, lists everything NAME is quoted as saying in the stored articles, newest first.
NAME is a person or organisation (any spelling or alias of a known actor, a full or short
name the articles use, or a canonical id such as isis) or the words of an unnamed speaker
("مصدر عسكري").

Options:
  --by NAME          the speaker (needs --db)
  --db FILE          the database (default: $RASD_DB)
  --outlet NAME      the outlet, when the input does not say
  --map FIELD=key,…  record fields (as for rasd extract)
  --encoding NAME    the inputs' encoding; detected when not given
  -h, --help         this help`,
  options: { by: { type: 'string' }, db: { type: 'string' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (typeof values.by === 'string') {
      if (positionals.length) {
        await write(io.stderr, 'rasd quotes: --by reads the database; give no INPUT with it\n');
        return EXIT.usage;
      }
      const name = values.by.trim();
      if (!name) {
        await write(io.stderr, 'rasd quotes: --by needs a name\n');
        return EXIT.usage;
      }
      const store = await openForReading('quotes', values.db, io);
      if (!store) return EXIT.usage;
      try {
        // The same match as said: (a full name, or a short form of one: «الجبير»), quote by quote.
        const wanted = nameQuery(name);
        const query = `said:${JSON.stringify(name)}`;
        for (let offset = 0; ; offset += MAX_LIMIT) {
          const page = store.search(query, { all: true, sort: 'date', limit: MAX_LIMIT, offset });
          for (const h of page.hits) {
            const a = store.getArticle(h.id);
            if (a) await write(io.stdout, lines(a, (q) => q.speaker !== null && matchesName(wanted, speakerKey(q.speaker))));
          }
          if (page.hits.length < MAX_LIMIT || offset + MAX_LIMIT >= page.total) break;
        }
        return EXIT.ok;
      } catch (err) {
        if (err instanceof QueryError) {
          await write(io.stderr, `rasd quotes: ${err.message}\n`);
          return EXIT.usage;
        }
        throw err;
      } finally {
        store.close();
      }
    }
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(values.encoding ? { encoding: values.encoding as string } : {}) };
    const stats = await runExtraction(positionals.length ? positionals : ['-'], io, 'quotes', options, async (articles) => {
      let out = '';
      for (const a of articles) out += lines(a);
      await write(io.stdout, out);
    });
    return stats.code;
  },
};
