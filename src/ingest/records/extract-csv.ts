/** CSV and TSV exports of article records (a header row, then one record per row) → articles. */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../article.js';
import { scanCsv, sniffDelimiter } from './csv-scan.js';
import { detectFieldMap } from './field-map.js';
import type { StringField } from './json-scan.js';
import { recordToArticle, type RecordOptions } from './record-to-article.js';

/** The articles of a CSV text; bad rows become diagnostics and the rest go on. */
export function extractCsv(text: string, options: RecordOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const nl = text.indexOf('\n');
  const rows = scanCsv(text, sniffDelimiter(nl < 0 ? text : text.slice(0, nl)));
  const header = rows.next();
  if (header.done) return { articles, diagnostics };
  const keys = header.value.fields.map((f) => f.value.trim());
  const map = detectFieldMap(keys, options.map);
  for (const row of rows) {
    const problem = (code: string, message: string, severity: Diagnostic['severity']): void => {
      diagnostics.push({ code, message, input: options.path, start: row.start, end: row.end, unit: 'char', severity });
    };
    if (row.truncated) problem('records/truncated', 'a quoted field is never closed (truncated input?)', 'error');
    if (row.fields.length !== keys.length) problem('records/ragged-row', `the row has ${row.fields.length} fields, the header ${keys.length}`, 'warning');
    const fields = new Map<string, StringField>();
    const record: Record<string, unknown> = {};
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
