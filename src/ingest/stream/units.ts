/**
 * The records of a piece, each of which extracts on its own: what a piece is cut into when it ran
 * past its time budget, so that one record that cannot be read in time is the only one lost.
 */
import type { ArticleSpan } from '../../core/article.js';
import type { InputFormat } from '../detect-format.js';
import { segmentDump } from '../dump/segment-dump.js';
import { scanCsv } from '../records/csv-scan.js';
import type { CsvHeader } from '../records/extract-csv.js';
import { scanJsonRecords, type JsonLayout } from '../records/json-scan.js';

/** How a piece of one format is cut into records. */
export interface UnitLayout {
  format: InputFormat;
  /** JSON: array items or lines. */
  json: JsonLayout;
  /** CSV: the header read before the piece, or null. */
  header: CsvHeader | null;
}

/**
 * The spans of the records in `text`, in order: dump articles (blocks between runs of blank lines),
 * JSON records (a cut-off one included, it reports itself), CSV rows; a page or feed is one record.
 */
export function unitsOf(text: string, layout: UnitLayout): ArticleSpan[] {
  const span = (r: ArticleSpan): ArticleSpan => ({ start: r.start, end: r.end });
  switch (layout.format) {
    case 'dump':
      return segmentDump(text).map(span);
    case 'json':
      return [...scanJsonRecords(text, layout.json)].map(span);
    case 'csv':
      return layout.header ? [...scanCsv(text, layout.header.delimiter)].map(span) : [{ start: 0, end: text.length }];
    case 'html':
    case 'feed':
      return [{ start: 0, end: text.length }];
  }
}
