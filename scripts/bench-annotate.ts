// npm run bench:annotate [-- --articles N] — the whole analysis of an article on one core: entities
// (the tagger, the alias table and mention linking), quotes, times and quantities, in words per second,
// with each stage's share. Articles are SaudiNewsNet's first day (headline and content lines), read at
// run time from ../shared; the tagger's start-up and a warm-up pass over the first articles are not
// timed. Prints measured figures only.
import { articleText } from '../dist/core/article-text.js';
import { wordsOfTokens } from '../dist/entities/fold-name.js';
import { keyedTokens } from '../dist/text/keyed-tokens.js';
import { roleContext } from '../dist/entities/role-context.js';
import { splitSentences } from '../dist/text/sentences.js';
import { inferReference } from '../dist/times/index.js';
import { cutAtTimes } from '../dist/entities/cut-at-times.js';
import { linkMentions } from '../dist/entities/link-mentions.js';
import { loadTagger } from '../dist/ner/index.js';
import { quotesOf } from '../dist/quotes/find-quotes.js';
import { findTimes } from '../dist/times/find-times.js';
import { findQuantities } from '../dist/quantities/find-quantities.js';
import { benchArticles } from './lib/saudinewsnet.js';

const texts = (await benchArticles('bench:annotate', 2000)).map(({ headline, paragraphs }) => articleText({ headline, subtitle: null, captions: [], paragraphs }));
const words = texts.reduce((n, t) => n + t.split(/\s+/u).filter(Boolean).length, 0);

const tagger = loadTagger();
const stages = { document: 0, times: 0, entities: 0, quotes: 0, quantities: 0 };
function pass(timed: boolean, docs: readonly string[]): void {
  for (const text of docs) {
    // The steps of buildDocument (src/analysis/document.ts), each timed: sentences and tokens once,
    // read by the tagger, the role stages, the times, the quote finder and the quantities; the times found
    // once, before the mentions, which are cut at them.
    let t = performance.now();
    const sentences = splitSentences(text);
    const tokens = keyedTokens(text, sentences);
    const roles = roleContext(text, {}, wordsOfTokens(text, tokens));
    let u = performance.now();
    if (timed) stages.document += u - t;
    t = u;
    // SaudiNewsNet's records carry no publication day: the times are read against a day their text proves, if any.
    let times = findTimes(text, { ref: null, tokens });
    const proved = times.length ? inferReference(text, times) : null;
    if (proved !== null) times = findTimes(text, { ref: proved, tokens });
    u = performance.now();
    if (timed) stages.times += u - t;
    t = u;
    const entities = linkMentions(text, cutAtTimes(text, tagger.tagText(text, { sentences, tokens }), times), { context: roles });
    u = performance.now();
    if (timed) stages.entities += u - t;
    t = u;
    quotesOf({ text, tokens, entities, times }, roles);
    u = performance.now();
    if (timed) stages.quotes += u - t;
    t = u;
    findQuantities(text, { tokens });
    if (timed) stages.quantities += performance.now() - t;
  }
}
pass(false, texts.slice(0, 50));
pass(true, texts);
const total = Object.values(stages).reduce((a, b) => a + b, 0);
console.log(`corpus: SaudiNewsNet's first day, ${texts.length} articles, ${words} words`);
console.log(`whole analysis on one core: ${total.toFixed(0)} ms, ${Math.round(words / (total / 1000))} words/s`);
for (const [stage, ms] of Object.entries(stages)) console.log(`  ${stage.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${Math.round(words / (ms / 1000))} words/s alone`);
