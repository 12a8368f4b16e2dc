import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RasdError } from '../../src/errors.js';
import { analyze, Analyzer, TermBuffer } from '../../src/text/analyze.js';
import { tokenize } from '../../src/text/tokenize.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

const terms = (text: string): string[] => analyze(text).map((t) => t.term);

describe('analyze: search terms agree across spellings', () => {
  const same: Array<[string, string]> = [
    ['كَتَبَ', 'كتب'],
    ['إلى المدرسةِ الجـديدة', 'الى المدرسه الجديده'],
    ['ﺍﻟﻤﺪﺭﺳﺔ', 'المدرسة'],
    ['والمدرسة', 'المدرسة'],
    ['بالمدرسة', 'المدرسة'],
    ['للمدرسة', 'المدرسة'],
    ['المعلمون', 'والمعلمون'],
    ['السيارات', 'وبسيارات'],
    ['٢٠١٥', '2015'],
    ['Reuters', 'REUTERS'],
    ['\u200Fوزارة\u200E', 'وزارة'],
    ['کتاب', 'كتاب'],
  ];
  for (const [a, b] of same) it(`${a} ≡ ${b}`, () => assert.deepEqual(terms(a), terms(b)));

  it('keeps different words apart', () => {
    assert.notDeepEqual(terms('سيارات'), terms('يارا'));
    assert.notDeepEqual(terms('وصل'), terms('صل'));
  });
});

describe('analyze: what is kept and dropped', () => {
  it('drops stopwords, also behind a clitic, but counts their positions', () => {
    const out = analyze('وصل الوفد إلى المدينة وهذا');
    assert.deepEqual(out.map((t) => t.position), [0, 1, 3]);
  });
  it('gives number terms in ASCII with the decimal point and without thousands separators', () => {
    assert.deepEqual(terms('١٢٫٥ 1,250.75 ٣٬٠٠٠'), ['12.5', '1250.75', '3000']);
  });
  it('splits hashtags into their words', () => {
    assert.deepEqual(terms('#الطاقة_الشمسية'), terms('الطاقة الشمسية'));
  });
  it('skips URLs and punctuation', () => {
    assert.deepEqual(terms('https://example.org/a ، . «»'), []);
  });
  it('spans point at the original, diacritised word', () => {
    const text = 'قالَ الوزيرُ';
    for (const t of analyze(text)) assert.match(text.slice(t.start, t.end), /^(قالَ|الوزيرُ)$/);
  });
  it('rejects unknown options', () => {
    assert.throws(() => new Analyzer({ stemmer: 'x' } as never), (e: unknown) => e instanceof RasdError && /stemmer/.test(e.message));
  });
  it('can keep stopwords and skip stemming', () => {
    const a = new Analyzer({ stopwords: false, stem: false, clitics: false });
    assert.deepEqual(a.analyze('في المدرسة').map((t) => t.term), ['في', 'المدرسه']);
  });
});

describe('analyze: properties', () => {
  it('every term span is a word token of the text (or inside a hashtag)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const toks = tokenize(text);
        for (const t of analyze(text)) {
          assert.ok(toks.some((k) => (k.start === t.start && k.end === t.end) || (k.kind === 'hashtag' && k.start < t.start && t.end <= k.end)));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('diacritics and tatweel never change the terms', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        // Harakat and tatweel that follow an Arabic letter: what writers add or leave out.
        const bare = text.replace(/(?<=(?=\p{sc=Arabic})\p{L}[\u064B-\u065F\u0670\u0640]*)[\u064B-\u065F\u0670\u0640]+/gu, '');
        assert.deepEqual(terms(text), terms(bare));
      }),
      { numRuns: 500 },
    );
  });
  it('a reused analyser and buffer give the same result as a fresh one', () => {
    const shared = new Analyzer();
    const buf = new TermBuffer();
    fc.assert(
      fc.property(arabicText, (text) => {
        buf.reset();
        shared.analyzeInto(text, buf);
        const fresh = new Analyzer().analyze(text);
        assert.equal(buf.length, fresh.length);
        for (let i = 0; i < buf.length; i++) assert.equal(shared.term(buf.ids[i]!), fresh[i]!.term);
      }),
      { numRuns: 200 },
    );
  });
});
