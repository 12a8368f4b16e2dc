// The records gold of issue 13: which SaudiNewsNet records were sampled, and the annotators' labels
// (line numbers, offsets and kinds; never text). Read by annotate.ts and eval-structure.ts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a chrome span is, as annotators label it (the dump generators use the same names where they overlap). */
export const CHROME_KINDS = [
  'share', 'font-size', 'print-email', 'read-more', 'related', 'most-read', 'tags', 'breadcrumb', 'date', 'comments', 'views',
  'follow', 'newsletter', 'ad', 'copyright', 'gallery', 'end-mark', 'contact', 'byline', 'dateline', 'agency', 'link', 'slider', 'subtitle', 'other',
];

export interface SampleEntry {
  id: string;
  outlet: string;
  split: 'dev' | 'blind';
  annotators: string[];
}

export interface LineLabel {
  line: number;
  start?: number;
  end?: number;
  kind: string;
}

export type LabelFile = Array<{ id: string; chrome: LineLabel[] }>;

const GOLD = fileURLToPath(new URL('../../gold/structure/', import.meta.url));

export function readSample(): SampleEntry[] {
  return JSON.parse(readFileSync(GOLD + 'sample.json', 'utf8')) as SampleEntry[];
}

export function labelsPath(annotator: string): string {
  return `${GOLD}labels/${annotator}.json`;
}

/** Every annotator's labels, by annotator then record id. */
export function readAllLabels(annotators: readonly string[]): Map<string, Map<string, LineLabel[]>> {
  const out = new Map<string, Map<string, LineLabel[]>>();
  for (const a of annotators) {
    const path = labelsPath(a);
    if (!existsSync(path)) continue;
    out.set(a, new Map((JSON.parse(readFileSync(path, 'utf8')) as LabelFile).map((l) => [l.id, l.chrome])));
  }
  return out;
}

/** A label as a span of the record's content: the whole line (trimmed) or the given part of it. */
export function labelSpan(content: string, label: LineLabel): { start: number; end: number } {
  const lines = content.split('\n');
  let at = 0;
  for (let i = 0; i < label.line; i++) at += lines[i]!.length + 1;
  const line = lines[label.line] ?? '';
  let start = at + (label.start ?? 0);
  let end = at + (label.end ?? line.length);
  while (start < end && /\s/u.test(content[start]!)) start++;
  while (end > start && /\s/u.test(content[end - 1]!)) end--;
  return { start, end };
}
