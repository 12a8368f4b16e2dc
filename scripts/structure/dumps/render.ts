// Writes a laid-out file as text (\n line ends) and records, for each article, the offsets of its
// headline, body paragraphs, captions and chrome: JS string (UTF-16) offsets, end exclusive, each
// span the line's text without the spaces the layout put around it.
import type { FileLayout } from './layout.js';
import type { Rng } from './prng.js';

export type Span = [number, number];

export interface GoldEntry {
  file: string;
  headline: Span;
  subtitle: Span | null;
  body: Span[];
  captions: Span[];
  chrome: Array<{ kind: string; start: number; end: number }>;
  outlet: string;
  recordId: string;
}

const BLANKS = [' ', '  ', '\t', ' \t', '    '];
const PADS = [' ', '  ', '\t', '   '];

export function renderFile(layout: FileLayout, file: string, rng: Rng): { text: string; gold: GoldEntry[] } {
  let text = '';
  const blank = (): void => {
    text += (layout.spacedBlanks && rng.chance(0.7) ? rng.pick(BLANKS) : '') + '\n';
  };
  for (let i = 0; i < layout.leadingBlanks; i++) blank();
  const gold: GoldEntry[] = [];
  layout.articles.forEach(({ article, lines }, a) => {
    if (a > 0) for (let i = 0; i < layout.articleGaps[a]!; i++) blank();
    const entry: GoldEntry = { file, headline: [0, 0], subtitle: null, body: [], captions: [], chrome: [], outlet: article.outlet, recordId: article.recordId };
    let headlines = 0;
    for (const line of lines) {
      if (!line.text || line.text !== line.text.trim() || /[\r\n\u2028\u2029]/.test(line.text)) {
        throw new Error(`${file}: a ${line.role} line that is empty, untrimmed or broken: ${JSON.stringify(line.text)}`);
      }
      for (let i = 0; i < line.gap; i++) blank();
      if (rng.chance(layout.leadingSpaceRate)) text += rng.pick(PADS);
      const span: Span = [text.length, text.length + line.text.length];
      text += line.text;
      if (rng.chance(layout.trailingSpaceRate)) text += rng.pick(PADS);
      text += '\n';
      if (line.role === 'headline') {
        entry.headline = span;
        headlines++;
      } else if (line.role === 'body') entry.body.push(span);
      else if (line.role === 'caption') entry.captions.push(span);
      else entry.chrome.push({ kind: line.kind ?? 'other', start: span[0], end: span[1] });
    }
    if (headlines !== 1) throw new Error(`${file}: article ${article.recordId} laid out with ${headlines} headlines`);
    gold.push(entry);
  });
  return { text, gold };
}
