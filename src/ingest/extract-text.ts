/** One decoded input → articles, by its format. */
import type { Diagnostic } from '../errors.js';
import type { Article } from './article.js';
import type { InputFormat } from './detect-format.js';
import { extractDump } from './dump/extract-dump.js';
import { extractFeed } from './feeds/extract-feed.js';
import { extractHtml } from './html/extract-html.js';
import type { FieldMap } from './records/field-map.js';
import { extractCsv } from './records/extract-csv.js';
import { extractRecords } from './records/extract-records.js';

export interface ExtractOptions {
  path: string;
  format: InputFormat;
  outlet?: string | null;
  map?: FieldMap;
}

/** The articles of one decoded input, with the problems found in it. */
export function extractText(text: string, o: ExtractOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  switch (o.format) {
    case 'dump':
      return extractDump(text, { path: o.path, outlet: o.outlet ?? null });
    case 'json':
      return extractRecords(text, { path: o.path, outlet: o.outlet ?? null, ...(o.map ? { map: o.map } : {}) });
    case 'html':
      return extractHtml(text, { path: o.path, outlet: o.outlet ?? null });
    case 'feed':
      return extractFeed(text, { path: o.path, outlet: o.outlet ?? null });
    case 'csv':
      return extractCsv(text, { path: o.path, outlet: o.outlet ?? null, ...(o.map ? { map: o.map } : {}) });

  }
}
