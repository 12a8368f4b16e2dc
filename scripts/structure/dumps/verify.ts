// Checks a generated dev set as written: every gold span lies inside its file and is trimmed, the spans
// of an article do not overlap, and headline, body, captions and chrome tile the article's text (each
// non-space character of the article's region in exactly one of its spans; nothing outside articles).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldEntry, Span } from './render.js';

interface Owned {
  span: Span;
  what: string;
}

const spansOf = (g: GoldEntry): Owned[] => [
  { span: g.headline, what: 'headline' },
  ...(g.subtitle ? [{ span: g.subtitle, what: 'subtitle' }] : []),
  ...g.body.map((span, i) => ({ span, what: `body[${i}]` })),
  ...g.captions.map((span, i) => ({ span, what: `captions[${i}]` })),
  ...g.chrome.map((c, i) => ({ span: [c.start, c.end] as Span, what: `chrome[${i}] ${c.kind}` })),
];

/** The problems found (empty when the set is sound). */
export function verifyDevSet(outDir: string): string[] {
  const errors: string[] = [];
  const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as GoldEntry[];
  const byFile = new Map<string, GoldEntry[]>();
  for (const g of gold) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  for (const [file, entries] of byFile) {
    const path = join(outDir, file);
    if (!/^dumps\/\d{3}\.txt$/.test(file) || !existsSync(path)) {
      errors.push(`${file}: no such dump`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (text.includes('\r')) errors.push(`${file}: has \\r`);
    const owner = new Int32Array(text.length).fill(-1);
    const regions: Array<[number, number, string]> = [];
    entries.forEach((g, a) => {
      const where = `${file} ${g.recordId}`;
      if (!g.body.length) errors.push(`${where}: no body`);
      const spans = spansOf(g);
      for (const { span: [s, e], what } of spans) {
        if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length)) {
          errors.push(`${where}: ${what} [${s}, ${e}) outside the file (length ${text.length}) or empty`);
          continue;
        }
        if (/^\s|\s$/.test(text.slice(s, e))) errors.push(`${where}: ${what} not trimmed`);
        for (let i = s; i < e; i++) {
          if (owner[i] !== -1) {
            errors.push(`${where}: ${what} overlaps another span at ${i}`);
            break;
          }
          owner[i] = a;
        }
      }
      const sorted = spans.map((o) => o.span).sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < sorted.length; i++) if (sorted[i]![0] < sorted[i - 1]![1]) errors.push(`${where}: spans overlap at ${sorted[i]![0]}`);
      regions.push([sorted[0]![0], sorted[sorted.length - 1]![1], where]);
    });
    regions.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < regions.length; i++) {
      if (regions[i]![0] < regions[i - 1]![1]) errors.push(`${regions[i]![2]}: region overlaps ${regions[i - 1]![2]}`);
    }
    for (let i = 0; i < text.length; i++) {
      if (owner[i] === -1 && !/\s/.test(text[i]!)) {
        errors.push(`${file}: character ${i} (${JSON.stringify(text.slice(i, i + 20))}…) in no span`);
        break;
      }
    }
  }
  return errors;
}
