/**
 * An RFC 4180 CSV (or TSV) scanner that keeps offsets: each record's span, and each field's
 * decoded value with the raw offset of every character, so `"نص ""مقتبس"""` keeps exact spans.
 */
import type { StringField } from './json-scan.js';

export interface CsvRecord {
  start: number;
  end: number;
  fields: StringField[];
}

/** The delimiter of a header line: tab, semicolon or comma, whichever appears most. */
export function sniffDelimiter(headerLine: string): string {
  const count = (c: string): number => headerLine.split(c).length - 1;
  return [',', '\t', ';'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** The records of a CSV text from offset `from`, in order; an unclosed quote ends the text with `truncated` set. */
export function* scanCsv(text: string, delimiter = ',', from = 0): Generator<CsvRecord & { truncated?: boolean }> {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
  while (i < n) {
    const start = i;
    const fields: StringField[] = [];
    let truncated = false;
    for (;;) {
      let value = '';
      const raw: number[] = [];
      if (text.charCodeAt(i) === 0x22) {
        i++;
        for (;;) {
          if (i >= n) {
            truncated = true;
            break;
          }
          const c = text.charCodeAt(i);
          if (c === 0x22) {
            if (text.charCodeAt(i + 1) === 0x22) {
              raw.push(i);
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          raw.push(i);
          value += text[i];
          i++;
        }
        raw.push(i - (truncated ? 0 : 1));
        // Anything between the closing quote and the delimiter is kept, as lenient readers do.
        while (i < n && text.charCodeAt(i) !== d && text[i] !== '\n' && text[i] !== '\r') {
          value += text[i];
          raw.splice(raw.length - 1, 0, i);
          i++;
        }
      } else {
        while (i < n && text.charCodeAt(i) !== d && text[i] !== '\n' && text[i] !== '\r') {
          raw.push(i);
          value += text[i];
          i++;
        }
        raw.push(i);
      }
      fields.push({ value, raw: Int32Array.from(raw) });
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      break;
    }
    const end = i;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0]!.value === '')) yield { start, end, fields, ...(truncated ? { truncated } : {}) };
    if (truncated) return;
  }
}
