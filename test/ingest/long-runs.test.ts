/**
 * No input text makes extraction or analysis super-linear: long runs (20,000 to 100,000
 * characters) of letters, blanks, punctuation, digits or a mix, placed where each extractor reads a
 * field (a dump's dateline, caption and body lines; JSON and CSV fields; a page's title, meta tags,
 * caption and paragraphs; a feed item's fields), go through every extractor and every analysis
 * stage within a budget linear in the input's length. A backtracking regex (DATELINE took 5 s on
 * 1,000 letters and hours on 100,000) blows any such budget; the runs are stopped at the budget,
 * so a failure is a failure, never a hang. The time budget of extraction is off here: it would
 * hide exactly what this test looks for.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import vm from 'node:vm';
import fc from 'fast-check';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import type { Article } from '../../src/core/article.js';
import type { InputFormat } from '../../src/ingest/detect-format.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { DEFAULT_LIMITS } from '../../src/ingest/stream/limits.js';
import { loadTagger } from '../../src/ner/index.js';

/** The characters runs are made of, by class. */
const CLASSES = {
  letters: ['ب', 'ت', 'ا', 'ل', 'م', 'و', 'ة', '\u064E', 'a', 'Z'],
  blanks: [' ', '\t', '\n', '\r\n', '\u00A0', '\u200F', '\u200C'],
  punctuation: ['.', '،', ',', ':', '؛', '!', '؟', '?', '-', '–', '(', ')', '[', ']', '«', '»', '"', '“', '/', '|', '…', '*', '#', '@', "'", '<', '>', '&', ';'],
  digits: ['1', '0', '٣', '٢'],
  words: ['قال', 'الوزير', 'في', 'القاهرة', 'أ ف ب', 'يوليو', '2015', 'مليون', 'دولار', 'أمس', 'http://x.co/', 'a@b.co', 'وقال:', '«', '»', ' ', '، ', '\n'],
  markup: ['<title>', '<meta', '<!doctype', '<item>', '<entry>', '</item', '<p>', '</p>', '<svg>', '<a ', '<b>', '>', '&amp;', '&#160;'],
};
type RunClass = keyof typeof CLASSES | 'mixed';

// What may follow a run: a match that must end there (`…\s+$`) fails only when something does.
const TAILS = ['', 'x', ' نص.', ')', '»', ':', '\n'];

/** A run: a short pattern of one class (or of all) repeated to 20,000–100,000 characters, and a tail. */
const runs: fc.Arbitrary<string> = fc
  .constantFrom<RunClass>('letters', 'blanks', 'punctuation', 'digits', 'words', 'markup', 'mixed')
  .chain((k) => {
    const pool = k === 'mixed' ? Object.values(CLASSES).flat() : CLASSES[k];
    return fc.tuple(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }), fc.integer({ min: 20_000, max: 100_000 }), fc.constantFrom(...TAILS));
  })
  .map(([pattern, length, tail]) => {
    const unit = pattern.join('');
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail;
  });

/** Runs that hung a regex before (a dateline, blanks or dots before the end), tried in every place first. */
const KNOWN = ['ب'.repeat(100_000), '\t'.repeat(100_000) + 'x', 'a'.repeat(60_000), ' '.repeat(100_000) + 'x', '.'.repeat(100_000) + 'x', '('.repeat(50_000) + 'x)', 'ب '.repeat(40_000), '! '.repeat(40_000)];
/** Unclosed tags that hung the page and feed readers, tried where markup is read raw. */
const KNOWN_MARKUP = ['<title>'.repeat(10_000), '<item>'.repeat(10_000), '<meta'.repeat(20_000)];

const sandbox = vm.createContext({});
const call = new vm.Script('f()');

/** Runs `f` for at most `ms` milliseconds: its time, or Infinity when it was stopped there. */
function timed(ms: number, f: () => unknown): number {
  sandbox.f = f;
  const t = performance.now();
  try {
    call.runInContext(sandbox, { timeout: Math.ceil(ms) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return Infinity;
    throw err;
  } finally {
    sandbox.f = undefined;
  }
  return performance.now() - t;
}

/**
 * Milliseconds allowed for `n` characters: linear, generous for a loaded 2-core machine. Pages get
 * more per character: Readability reparses a page up to four times, and linkedom makes one text
 * node per `&#160;` it reparses (40 µs per no-break space of a page made of them).
 */
const allowed = (n: number, per100k: number): number => 1_000 + (per100k * n) / 100_000;

const q = (s: string): string => JSON.stringify(s);
const csvField = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inputs of each format with the run in one of the places its extractor reads. */
const PLACES: Record<InputFormat, Array<(r: string) => string>> = {
  dump: [
    (r) => `عنوان الخبر\n${r}\nنص الخبر.\n`,
    // A long line before a credited caption is read for a credit too.
    (r) => `عنوان الخبر\nصورة الوفد (أ ف ب${r} رويترز)\nصورة (أ ف ب)\nنص الخبر.\n`,
    (r) => `عنوان الخبر\nصورة الوفد - «${r}»\nصورة (أ ف ب)\nنص الخبر.\n`,
    (r) => `عنوان الخبر\n${r}: نص الخبر بعد الخط.\n`,
    (r) => `عنوان الخبر\nالقاهرة - ${r}: نص.\n`,
    (r) => `عنوان الخبر\nصورة الوفد ${r} (أ ف ب)\nنص الخبر.\n`,
    (r) => `${r}\n\nالقاهرة: نص الخبر.\n`,
  ],
  json: [
    (r) => `${JSON.stringify({ title: 'عنوان', content: r })}\n`,
    (r) => `${JSON.stringify({ title: r, content: `القاهرة: ${r}`, author: r, date: r, source: r })}\n`,
    (r) => `[${JSON.stringify({ title: 'عنوان', content: `نص.\n${r}` })}]`,
  ],
  csv: [
    (r) => `title,content,date\nعنوان,${csvField(r)},2015-07-21\n`,
    (r) => `title,content,author,date\n${csvField(r)},${csvField(`الرياض - واس: ${r}`)},${csvField(r)},${csvField(r)}\n`,
  ],
  html: [
    (r) => `<html><head><title>${xml(r)}</title></head><body><h1>عنوان</h1><p>نص الخبر الأول هنا طويل بما يكفي ليقرأ.</p></body></html>`,
    (r) => `<html><head><meta name="description" content="${xml(r).replace(/"/g, '&quot;')}"><meta name="author" content="${xml(r).replace(/"/g, '&quot;')}"></head><body><h1>عنوان</h1><p>نص.</p></body></html>`,
    (r) => `<html><body><article><h1>عنوان الخبر</h1><figure><img src="x.jpg"><figcaption>${xml(r)} (أ ف ب)</figcaption></figure><p>القاهرة: ${xml(r)}</p><p>نص آخر.</p></article></body></html>`,
    (r) => `<title>عنوان</title>${r}`,
    (r) => `${r}<p>نص الخبر.</p>`,
    (r) => `<html><body><h1>${xml(r)}</h1><time>${xml(r)}</time><p class="byline">${xml(r)}</p><p>نص الخبر.</p></body></html>`,
  ],
  feed: [
    (r) => `<?xml version="1.0"?><rss><channel><title>قناة</title><item><title>${xml(r)}</title><description>${xml(r)}</description><pubDate>${xml(r)}</pubDate><author>${xml(r)}</author></item></channel></rss>`,
    (r) => `<?xml version="1.0"?><rss><channel><item><title>عنوان</title><description>${xml(`<p>القاهرة: ${r}</p><figure><figcaption>${r}</figcaption></figure>`)}</description></item></channel></rss>`,
    (r) => `<?xml version="1.0"?><feed><entry><title>${xml(r)}</title><content>${xml(r)}</content></entry>${xml(r)}</feed>`,
    (r) => `<?xml version="1.0"?><rss><channel><item><title>عنوان</title><description>نص.</description></item>${r}</channel></rss>`,
  ],
};

/** The places where pages and feeds take the run as raw markup. */
const RAW: Partial<Record<InputFormat, number[]>> = { html: [3, 4], feed: [3] };
/** Per 100,000 characters, by format: pages and feeds build DOMs. */
const PER_100K: Record<InputFormat, number> = { dump: 1_000, json: 1_500, csv: 1_500, html: 12_000, feed: 4_000 };
/** Pages and feeds hold a run up to three times; their runs are kept shorter, for the test's time. */
const MAX_RUN: Partial<Record<InputFormat, number>> = { html: 60_000, feed: 60_000 };
const NO_BUDGET = { ...DEFAULT_LIMITS, budget: 0 };

describe('extraction stays linear on long runs', () => {
  before(() => {
    // Tables load on first use; not part of any run's time.
    for (const format of Object.keys(PLACES) as InputFormat[]) extractText(PLACES[format][0]!('نص'), { path: 'warm', format, limits: NO_BUDGET });
  });

  for (const format of Object.keys(PLACES) as InputFormat[]) {
    it(`${format}: every place, letters, blanks, punctuation and mixed runs`, () => {
      const check = (place: number, run: string): void => {
        const text = PLACES[format][place]!(run.slice(-(MAX_RUN[format] ?? run.length)));
        const ms = allowed(text.length, PER_100K[format]);
        const took = timed(ms, () => extractText(text, { path: 'run', format, limits: NO_BUDGET }));
        assert.ok(took < ms, `${format} place ${place}: ${took === Infinity ? 'stopped at' : took.toFixed(0) + ' ms of'} ${ms.toFixed(0)} ms on ${text.length} characters, run ${q(run.slice(0, 16))}…`);
      };
      const places = PLACES[format].length;
      for (let p = 0; p < places; p++) for (const run of KNOWN) check(p, run);
      for (const p of RAW[format] ?? []) for (const run of KNOWN_MARKUP) check(p, run);
      fc.assert(fc.property(fc.nat({ max: places - 1 }), runs, check), { numRuns: RAW[format] ? 4 : 8 });
    });
  }
});

describe('analysis stays linear on long runs', () => {
  before(() => {
    loadTagger();
    analyseArticle(article('نص قصير.'));
  });

  it('entities, quotes, times and quantities of an article made of a run', () => {
    const check = (run: string): void => {
      const a = article(`قال الوزير: «${run}» أمس.`, run);
      const n = a.headline!.length + a.paragraphs.join('').length;
      const ms = allowed(n, 6_000);
      const took = timed(ms, () => analyseArticle(a));
      assert.ok(took < ms, `${took === Infinity ? 'stopped at' : took.toFixed(0) + ' ms of'} ${ms.toFixed(0)} ms on ${n} characters, run ${q(run.slice(0, 16))}…`);
    };
    // Opening quotation marks never closed: each once looked for its closing mark to the text's end.
    const unclosed = ['“'.repeat(50_000), '«'.repeat(50_000), '"'.repeat(50_000)];
    // Many short lines: whether the text is an interview was once read again at each of them.
    const lines = 'نص\n'.repeat(16_000);
    for (const run of [...KNOWN.slice(0, 5), `http://x.co/${'!'.repeat(50_000)}x`, ...unclosed, lines]) check(run.slice(0, 50_000));
    fc.assert(fc.property(runs, (r) => check(r.slice(0, 50_000))), { numRuns: 6 });
  });
});

/** An article with these paragraphs (and a headline). */
function article(...paragraphs: string[]): Article {
  return {
    id: '0',
    headline: 'عنوان الخبر',
    subtitle: null,
    byline: null,
    dateline: null,
    published: null,
    outlet: null,
    url: null,
    captions: [],
    paragraphs,
    source: { path: 'run', start: 0, end: 0 },
    spans: { headline: null, subtitle: null, byline: null, dateline: null, paragraphs: paragraphs.map(() => ({ start: 0, end: 0 })) },
    removed: [],
    diagnostics: [],
  };
}
