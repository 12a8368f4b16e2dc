/** The outlet and body lines of each JSON record, for learning chrome before the records are extracted. */
import { detectFieldMap, type FieldMap } from './field-map.js';
import { scanJsonRecords, type JsonLayout } from './json-scan.js';

/** `{outlet, lines}` (and its span) of every well-formed record in `text` (bad records are left to extraction to report). */
export function recordLines(text: string, layout: JsonLayout, given?: FieldMap): Array<{ outlet: string | null; lines: string[]; start: number; end: number }> {
  const out: Array<{ outlet: string | null; lines: string[]; start: number; end: number }> = [];
  for (const r of scanJsonRecords(text, layout)) {
    if ('error' in r) continue;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(r.start, r.end));
    } catch {
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    const map = detectFieldMap(Object.keys(record), given);
    const body = map.body ? record[map.body] : undefined;
    if (typeof body !== 'string') continue;
    const outlet = map.outlet && typeof record[map.outlet] === 'string' ? (record[map.outlet] as string).trim() || null : null;
    out.push({ outlet, lines: body.split('\n').map((l) => l.trim()).filter(Boolean), start: r.start, end: r.end });
  }
  return out;
}
