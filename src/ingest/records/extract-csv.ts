/** CSV and TSV exports of article records (a header row, then one record per row) → articles. */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../../core/article.js';
import { scanCsv, sniffDelimiter } from './csv-scan.js';
import { detectFieldMap } from './field-map.js';
import type { StringField } from './json-scan.js';
import { recordToArticle, type RecordOptions } from './record-to-article.js';

/** The header row of a CSV export: its field names and the delimiter they were found with. */
export interface CsvHeader {
  keys: string[];
  delimiter: string;
}

/** The header of a CSV text, read from its first record, or null for an empty text. */
export function csvHeader(text: string): CsvHeader | null {
  const nl = text.indexOf('\n');
  const delimiter = sniffDelimiter(nl < 0 ? text : text.slice(0, nl));
  const first = scanCsv(text, delimiter).next();
  return first.done ? null : { keys: first.value.fields.map((f) => f.value.trim()), delimiter };
}

/** The articles of CSV rows that follow `header` (the rows only: a piece of a streamed export). */
export function extractCsvRows(text: string, header: CsvHeader, options: RecordOptions, from = 0): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const { keys } = header;
  const map = detectFieldMap(keys, options.map);
  for (const row of scanCsv(text, header.delimiter, from)) {
    const problem = (code: string, message: string, severity: Diagnostic['severity']): void => {
      diagnostics.push({ code, message, input: options.path, start: row.start, end: row.end, unit: 'char', severity });
    };
    if (row.truncated) problem('records/truncated', 'a quoted field is never closed (truncated input?)', 'error');
    if (row.fields.length !== keys.length) problem('records/ragged-row', `the row has ${row.fields.length} fields, the header ${keys.length}`, 'warning');
    const fields = new Map<string, StringField>();
    // No prototype: a header named «__proto__» or «constructor» is just a column.
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    keys.forEach((k, i) => {
      const f = row.fields[i];
      if (!f) return;
      fields.set(k, f);
      record[k] = f.value;
    });
    const made = recordToArticle(record, fields, map, row, options);
    if ('article' in made) articles.push(made.article);
    else problem(made.code, made.message, 'warning');
  }
  return { articles, diagnostics };
}

/** The articles of a whole CSV text; bad rows become diagnostics and the rest go on. */
export function extractCsv(text: string, options: RecordOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const header = csvHeader(text);
  if (!header) return { articles: [], diagnostics: [] };
  const first = scanCsv(text, header.delimiter).next();
  return extractCsvRows(text, header, options, first.done ? text.length : first.value.end);
}
