/** `rasd extract [inputs…]`: clean articles as JSON lines. */
import { parseFieldMap } from '../../ingest/records/field-map.js';
import type { Command } from '../command.js';
import { runExtraction } from '../extract-run.js';
import { write } from '../io.js';
import { useModelOption } from '../model-option.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'turn dumps and record exports into clean articles, one JSON object per line',
  help: `Usage: rasd extract [INPUT…] [--outlet NAME] [--map FIELD=key,…] [--encoding NAME] [--model FILE]

Reads each INPUT (a file, a folder, a .zip or .gz archive; standard input when none is
given) and writes one article per line as JSON: headline, subtitle, byline, dateline,
published, outlet, url, captions with canonical credits, paragraphs, the span of every
field in the decoded input, and what was removed as page chrome or repetition. Analysis adds
entities (persons, organisations, places) and quotes (who said what), with spans into the
article's text; --no-analysis leaves them out.

Formats, by file name or else by content:
  page-text dumps (.txt)      raw text scraped from news pages, articles separated by
                              runs of blank lines
  records (.json, .jsonl,     JSON arrays, JSON lines, or CSV/TSV with a header row, of
           .csv, .tsv)        {title, content, author, …}; fields are mapped
                              automatically, or with --map
  HTML pages (.html, .htm)    saved news pages: Readability, then meta tags, JSON-LD,
                              <time>, <figcaption> and Rasd's Arabic clean-up
  feeds (.rss, .atom, .xml)   RSS 2.0 and Atom: one article per item

Problems are reported on stderr with the input and position; every good article is
still written. Exit code 1 if any input failed.

Options:
  --outlet NAME        the outlet, when the input does not say
  --map FIELD=key,…    record fields for headline, subtitle, body, byline, published,
                       outlet, url (e.g. --map headline=title,body=content)
  --encoding NAME      the inputs' encoding; detected when not given
  --no-analysis        the bare structure: no entities, quotes, times or quantities
                       (faster; entity:, said: and the entity facet need them)
  --no-entities        the same as --no-analysis
  --model FILE         find entities with this tagger model, made by rasd adapt --out
                       FILE, instead of the shipped one
  -h, --help           this help`,
  options: { 'no-analysis': { type: 'boolean' }, 'no-entities': { type: 'boolean' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' }, model: { type: 'string' } },
  async run({ values, positionals }, io) {
    useModelOption(values.model);
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(values.encoding ? { encoding: values.encoding as string } : {}), analyse: values['no-entities'] !== true && values['no-analysis'] !== true };
    const stats = await runExtraction(positionals.length ? positionals : ['-'], io, 'extract', options, async (articles) => {
      let lines = '';
      for (const a of articles) lines += JSON.stringify(a) + '\n';
      await write(io.stdout, lines);
    });
    if (io.isTTY) await write(io.stderr, `extracted ${stats.articles} articles from ${stats.files} inputs (${(stats.bytes / 1e6).toFixed(1)} MB) in ${stats.seconds.toFixed(1)} s, ${stats.diagnostics} diagnostics\n`);
    return stats.code;
  },
};
