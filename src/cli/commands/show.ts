/** `rasd show ID --db FILE`: one stored article, readable or as JSON. */
import type { Article } from '../../core/article.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { openForReading } from '../open-store.js';

function render(a: Article): string {
  const lines = [a.headline ?? '(no headline)'];
  if (a.subtitle) lines.push(a.subtitle);
  const meta = [a.outlet, a.published?.value, a.dateline, a.byline].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  if (a.url) lines.push(a.url);
  lines.push('');
  for (const c of a.captions) lines.push(`[${c.text}${c.credit ? ` — ${c.credit.label} (${c.credit.code})` : ''}]`);
  if (a.captions.length) lines.push('');
  lines.push(a.paragraphs.join('\n\n'), '', `${a.id} · ${a.source.path}:${a.source.start}–${a.source.end}${a.removed.length ? ` · ${a.removed.length} parts removed` : ''}`);
  return lines.join('\n') + '\n';
}

export const showCommand: Command = {
  name: 'show',
  summary: 'print one stored article by its id',
  help: `Usage: rasd show ID --db FILE [--json]

Prints the stored article ID (as "rasd search" lists them): headline, subtitle, outlet,
date, dateline, byline, captions with their credits and the body. --json prints the
whole record, with the spans of every field and what was removed as chrome.

Options:
  --db FILE     the database (default: $RASD_DB)
  --json        the record as JSON
  -h, --help    this help`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const id = positionals[0];
    if (!id || positionals.length > 1) {
      await write(io.stderr, 'rasd show: exactly one article ID is required\n');
      return EXIT.usage;
    }
    const store = await openForReading('show', values.db, io);
    if (!store) return EXIT.usage;
    try {
      const a = store.getArticle(id);
      if (!a) {
        await write(io.stderr, `rasd show: no article with id "${id}"\n`);
        return EXIT.failure;
      }
      await write(io.stdout, values.json ? JSON.stringify(a, null, 2) + '\n' : render(a));
      return EXIT.ok;
    } finally {
      store.close();
    }
  },
};
