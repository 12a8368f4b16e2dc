/**
 * JSON arrays and JSON lines of article records (`{title, content, author, url, source, …}`, as in
 * SaudiNewsNet exports) → articles. Fields are mapped automatically (field-map.ts) or by `--map`;
 * every field and paragraph keeps its exact span in the input, escapes included.
 */
import type { Diagnostic } from '../../errors.js';
import type { Article } from '../../core/article.js';
import { detectFieldMap } from './field-map.js';
import { scanJsonRecords, stringFields, type JsonLayout } from './json-scan.js';
import { recordToArticle, type RecordOptions } from './record-to-article.js';

export type { RecordOptions } from './record-to-article.js';

/** The articles of a JSON or JSONL text; bad records become diagnostics and the rest go on. */
export function extractRecords(text: string, options: RecordOptions, layout: JsonLayout = 'auto'): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (code: string, message: string, start: number, end: number, severity: Diagnostic['severity'] = 'error'): void => {
    diagnostics.push({ code, message, input: options.path, start, end, unit: 'char', severity });
  };
  for (const r of scanJsonRecords(text, layout)) {
    if ('error' in r) {
      problem('records/truncated', r.error, r.start, r.end);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.slice(r.start, r.end));
    } catch (err) {
      problem('records/bad-json', `not valid JSON: ${(err as Error).message}`, r.start, r.end);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem('records/not-an-object', `a record must be a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`, r.start, r.end);
      continue;
    }
    const record = value as Record<string, unknown>;
    const map = detectFieldMap(Object.keys(record), options.map);
    const fields = stringFields(text, r.start, r.end, new Set(Object.values(map)));
    const made = recordToArticle(record, fields, map, r, options);
    if ('article' in made) articles.push(made.article);
    else problem(made.code, made.message, r.start, r.end, 'warning');
  }
  return { articles, diagnostics };
}
