// npm run bench:events [-- --articles N] — event extraction on one core, in words per second: the event
// finder (src/events) over analysed documents that are built beforehand and not timed (sentences,
// tokens, entities, times and quantities, as `rasd analyze` and ingest build them). Articles are
// SaudiNewsNet's first day (headline and content lines), read at run time from ../shared; a warm-up
// pass is not timed. Prints measured figures only.
import { buildDocument } from '../dist/analysis/document.js';
import { findEvents } from '../dist/events/find-events.js';
import { findQuantities } from '../dist/quantities/find-quantities.js';
import { benchArticles } from './lib/saudinewsnet.js';

const docs = (await benchArticles('bench:events', 1000)).map(({ headline, paragraphs }) => {
  const { doc } = buildDocument({ headline, subtitle: null, captions: [], paragraphs, published: null });
  return { doc, quantities: findQuantities(doc.text, { tokens: doc.tokens }) };
});
const words = docs.reduce((n, d) => n + d.doc.tokens.filter((t) => t.kind === 'arabic' || t.kind === 'number').length, 0);

let events = 0;
const pass = (): number => {
  let n = 0;
  for (const d of docs) n += findEvents(d.doc, { quantities: d.quantities, day: '2015-07-21' }).length;
  return n;
};
pass();
const rounds: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  events = pass();
  rounds.push(performance.now() - t0);
}
const ms = [...rounds].sort((a, b) => a - b)[1]!;
console.log(`articles: ${docs.length} (SaudiNewsNet, first day), words: ${words}, events found: ${events}`);
console.log(`event finder: median of 3 rounds ${ms.toFixed(0)} ms (rounds ${rounds.map((x) => x.toFixed(0)).join(', ')}), ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s on one core`);
