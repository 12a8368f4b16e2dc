/** `rasd search "QUERY" --db FILE`: ranked, one hit per story, highlighted. */
import type { EntityFacetValue, FacetValue, Facets } from '../../search/engine/facets.js';
import type { SearchResult } from '../../search/engine/searcher.js';
import type { Highlighted } from '../../search/engine/snippet.js';
import { QueryError } from '../../search/query/errors.js';
import { queryWindow } from '../../search/query/excerpt.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

/** `text` with its highlights marked: bold on a terminal, «[…]» otherwise. */
function marked(h: Highlighted, tty: boolean): string {
  let out = '';
  let at = 0;
  for (const [a, b] of h.highlights) {
    out += h.text.slice(at, a) + (tty ? `\x1b[1;33m${h.text.slice(a, b)}\x1b[0m` : `[${h.text.slice(a, b)}]`);
    at = b;
  }
  return out + h.text.slice(at);
}

/** The ~80 characters of the query around the error, and a line of carets under the problem. */
function pointAt(query: string, err: QueryError): string {
  const w = queryWindow(query, err.position, err.end);
  return `  ${w.text}\n  ${' '.repeat(w.start)}${'^'.repeat(Math.max(1, w.end - w.start))}\n`;
}

// The facets printed, by name: `weeks` is no facet (it is the axis of the entities' weekly counts),
// so it is left out by type, not by luck; entities and speakers show their names.
const FACET_LINES: ReadonlyArray<readonly [Exclude<keyof Facets, 'weeks'>, (v: FacetValue | EntityFacetValue) => string]> = [
  ['outlet', (v) => v.value],
  ['credit', (v) => v.value],
  ['month', (v) => v.value],
  ['day', (v) => v.value],
  ['entity', (v) => ('name' in v ? v.name : v.value)],
  ['speaker', (v) => ('name' in v ? v.name : v.value)],
  ['event', (v) => v.value],
  ['actor', (v) => ('name' in v ? v.name : v.value)],
];

/** One line per facet that has values: `outlet: okaz (12), alriyadh (3)`. */
function facetLines(f: Facets): string[] {
  return FACET_LINES.filter(([name]) => f[name].length).map(([name, label]) => `${name}: ${f[name].map((v) => `${label(v)} (${v.count})`).join(', ')}`);
}

function render(r: SearchResult, tty: boolean, facets: boolean): string {
  const lines: string[] = [];
  r.hits.forEach((h, i) => {
    const meta = [h.outlet, h.published?.value.slice(0, 10), ...h.credits, h.similar ? `+${h.similar} similar` : null].filter(Boolean).join(' · ');
    lines.push(`${r.offset + i + 1}. ${h.headline ? marked(h.headline, tty) : '(no headline)'}`);
    if (meta) lines.push(`   ${meta}`);
    if (h.snippet.text) lines.push(`   ${marked(h.snippet, tty)}`);
    lines.push(`   ${h.id}`, '');
  });
  for (const n of r.notes) lines.push(`note: ${n}`);
  lines.push(`${r.total} articles in ${r.stories} stories · showing ${r.hits.length ? `${r.offset + 1}–${r.offset + r.hits.length}` : 'none'} · ${r.took_ms} ms`);
  if (facets && r.facets) lines.push(...facetLines(r.facets));
  return lines.join('\n') + '\n';
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the stored articles (Arabic-aware, ranked, one hit per story)',
  help: `Usage: rasd search QUERY --db FILE [--limit N] [--offset N] [--sort relevance|date] [--all] [--facets] [--json]

Searches the articles stored by "rasd ingest". Words match whatever their alef, hamza, ta
marbuta, diacritics or clitics (و، ال، بـ …). Near-duplicate articles (the same story
re-published) show as one hit with "+N similar"; --all shows every article.

Query syntax (docs/query-syntax.md):
  words                 all must match: الرياض جدة
  "a phrase" «عبارة»    words in this order
  OR                    either side: داعش OR "تنظيم الدولة" (or, | too)
  -word, NOT word       must not match: داعش NOT الحوثي
  prefix*               words starting with it: اقتصا*
  ( … )                 grouping
  headline:WORD         in the headline
  outlet:NAME           from this outlet
  credit:AFP            with a photo credited to this agency (code or أ.ف.ب)
  date:2015-07-01..2015-07-31   published in this range (also date:2015-07, date:2015)
  entity:NAME           naming this entity (any alias or spelling)
  said:NAME             quoting this speaker (a full or a short name: said:الجبير)
  event:TYPE[/MODE]     telling such an event as done: event:ASSAULT, event:PROTEST/demo
  actor:NAME            where NAME acts, or is acted on, in an event: actor:داعش

Options:
  --db FILE          the database (default: $RASD_DB)
  --limit N          hits per page (default 20, at most 100)
  --offset N         skip this many hits (pagination)
  --sort ORDER       relevance (default) or date (newest first)
  --all              every article, not one per story
  --facets           also print counts by outlet, credit, month, day, entity, speaker, event and actor
  --json             the whole result as JSON: hits with highlight offsets, facets
  -h, --help         this help`,
  options: {
    db: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    sort: { type: 'string' },
    all: { type: 'boolean' },
    facets: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const query = positionals.join(' ');
    const int = (v: unknown, max: number): number | null | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      return Number.isInteger(n) && n >= 0 && n <= max ? n : null;
    };
    const limit = int(values.limit, 100);
    const offset = int(values.offset, 10_000);
    const sort = values.sort ?? 'relevance';
    const bad = !query.trim() ? 'a QUERY is required' : limit === null ? '--limit must be a whole number from 0 to 100' : offset === null ? '--offset must be a whole number from 0 to 10000' : sort !== 'relevance' && sort !== 'date' ? '--sort must be relevance or date' : null;
    if (bad) {
      await write(io.stderr, `rasd search: ${bad}\n`);
      return EXIT.usage;
    }
    const store = await openForReading('search', values.db, io);
    if (!store) return EXIT.usage;
    try {
      const r = store.search(query, { ...(limit != null ? { limit } : {}), ...(offset != null ? { offset } : {}), sort: sort as 'relevance' | 'date', all: values.all === true });
      await write(io.stdout, values.json ? JSON.stringify(r) + '\n' : render(r, io.isTTY, values.facets === true));
      return EXIT.ok;
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      await write(io.stderr, `rasd search: bad query at character ${err.position + 1}: ${err.message}\n${pointAt(query, err)}`);
      return EXIT.usage;
    } finally {
      store.close();
    }
  },
};
