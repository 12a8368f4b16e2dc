// npm run eval:quotes [-- FILE] — finds the attributed statements of the articles of FILE (default
// test/fixtures/quotes/golden.json, written for Rasd; test/fixtures/quotes/heldout-1.json is the
// held-out set) with the shipped tagger and the quote finder, and prints statement precision/recall,
// speaker precision/recall, kind, cue, medium and role accuracy, and every miss.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleEntities, articleText } from '../src/analysis/analyse-article.js';
import { findQuotes } from '../src/quotes/index.js';
import { scoreQuotes, speakerPR, type ExpectedQuote } from '../src/quotes/score-quotes.js';

const file = process.argv[2] ? resolve(process.env.INIT_CWD ?? '.', process.argv[2]) : fileURLToPath(new URL('../test/fixtures/quotes/golden.json', import.meta.url));
const golden = JSON.parse(readFileSync(file, 'utf8')) as {
  articles: Array<{ id: string; paragraphs: string[]; quotes: ExpectedQuote[] }>;
};
const cases = golden.articles.map((a) => {
  const article = { headline: null, subtitle: null, captions: [], paragraphs: a.paragraphs };
  return { id: a.id, expected: a.quotes, found: findQuotes(articleText(article), articleEntities(article)) };
});
const s = scoreQuotes(cases);
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
const sp = speakerPR(s);
console.log(`scored ${relative(process.cwd(), file)}`);
console.log(`statements: ${s.expected} expected in ${cases.length} articles, ${s.found} found, ${s.matched} matched`);
console.log(`statements  precision ${pct(s.matched, s.found)}  recall ${pct(s.matched, s.expected)}`);
console.log(`speakers    precision ${(100 * sp.precision).toFixed(1)}  recall ${(100 * sp.recall).toFixed(1)}  F1 ${(100 * sp.f1).toFixed(1)}  (of ${s.expectedWithSpeaker} expected with a speaker, ${s.foundWithSpeaker} found with one; a null speaker right ${s.speakerRight - s.speakerRightNamed} times)`);
console.log(`kind ${pct(s.kindRight, s.matched)}%  cue ${pct(s.cueRight, s.matched)}%  medium ${pct(s.mediumRight, s.mediumExpected)}% of ${s.mediumExpected}  role ${pct(s.roleRight, s.roleExpected)}% of ${s.roleExpected}`);
if (s.misses.length) console.log(`\nmisses:\n  ${s.misses.join('\n  ')}`);
