import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TOKEN_KINDS, tokenize } from '../../src/text/tokenize.js';
import { EVERY_TOKEN, TokenScanner } from '../../src/text/scan-tokens.js';
import { CHAR_CLASS, CharClass } from '../../src/text/char-classes.js';
import { anyText } from '../helpers/arbitraries.js';

const surfaces = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);

describe('tokenize: table', () => {
  const table: Array<[string, string[]]> = [
    ['كَتَبَ', ['arabic:كَتَبَ']],
    ['الـــعاجل', ['arabic:الـــعاجل']],
    ['والمعلمون وصلوا', ['arabic:والمعلمون', 'arabic:وصلوا']],
    ['١٢٫٥ و٣٬٠٠٠', ['number:١٢٫٥', 'arabic:و', 'number:٣٬٠٠٠']],
    ['1,250.75 مليون', ['number:1,250.75', 'arabic:مليون']],
    ['العدد 5.', ['arabic:العدد', 'number:5', 'punct:.']],
    ['«نعم» “لا” "ربما"', ['quote:«', 'arabic:نعم', 'quote:»', 'quote:“', 'arabic:لا', 'quote:”', 'quote:"', 'arabic:ربما', 'quote:"']],
    ['https://a.example/ب?x=1، ثم', ['url:https://a.example/ب?x=1', 'punct:،', 'arabic:ثم']],
    ['www.example.org.', ['url:www.example.org', 'punct:.']],
    ['news.ar@example.co.uk', ['email:news.ar@example.co.uk']],
    ['#السعودية_تتحدث #٢٠٣٠', ['hashtag:#السعودية_تتحدث', 'hashtag:#٢٠٣٠']],
    ['@rasd_news', ['mention:@rasd_news']],
    ['G20 و5G', ['latin:G20', 'arabic:و', 'latin:5G']],
    ['١٩٨٠م', ['number:١٩٨٠', 'arabic:م']],
    ['قالت\u200Cإن', ['arabic:قالت\u200Cإن']],
    ['\u200Fوزارة\u200E', ['arabic:وزارة']],
    ['ماذا؟! ...', ['arabic:ماذا', 'punct:؟', 'punct:!', 'punct:...']],
    ['👍 你好', ['symbol:👍', 'other:你好']],
    ['🇹🇷🇸🇦 👍🏽 ❤️ 👨‍👩‍👧', ['symbol:🇹🇷', 'symbol:🇸🇦', 'symbol:👍🏽', 'symbol:❤️', 'symbol:👨‍👩‍👧']],
    ['5%', ['number:5', 'punct:%']],
    ['ﻻ', ['arabic:ﻻ']],
    ['', []],
  ];
  for (const [input, expected] of table) it(JSON.stringify(input), () => assert.deepEqual(surfaces(input), expected));
});

describe('tokenize: properties', () => {
  it('tokens are ordered, non-empty, and tokens plus gaps rebuild the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let rebuilt = '';
        let at = 0;
        for (const t of tokenize(text)) {
          assert.ok(t.start >= at && t.end > t.start && t.end <= text.length);
          const gap = text.slice(at, t.start);
          // Gaps hold only white space, invisible controls and unassigned code units.
          for (const ch of gap) {
            const cls = CHAR_CLASS[ch.charCodeAt(0)];
            assert.ok(cls === CharClass.Space || cls === CharClass.Format || cls === CharClass.None, `gap holds U+${ch.charCodeAt(0).toString(16)}`);
          }
          rebuilt += gap + text.slice(t.start, t.end);
          at = t.end;
        }
        assert.equal(rebuilt + text.slice(at), text);
      }),
      { numRuns: 2000 },
    );
  });
  it('a diacritised Arabic word is always one token', () => {
    const letter = fc.constantFrom('ك', 'ت', 'ب', 'ع', 'ل', 'م');
    const mark = fc.constantFrom('', '\u064E', '\u064F', '\u0650', '\u0651\u064E', '\u0652', '\u0670');
    fc.assert(
      fc.property(fc.array(fc.tuple(letter, mark), { minLength: 1, maxLength: 8 }), (parts) => {
        const word = parts.map(([l, m]) => l + m).join('');
        assert.deepEqual(surfaces(word), [`arabic:${word}`]);
      }),
    );
  });
});

describe('the scanner: pulled a token at a time', () => {
  it('gives the tokens tokenize gives, and starts again on reset', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const scan = new TokenScanner();
        for (let round = 0; round < 2; round++) {
          scan.reset(text);
          const got: string[] = [];
          while (scan.next()) got.push(`${TOKEN_KINDS[scan.kind]}:${text.slice(scan.start, scan.end)}`);
          assert.deepEqual(got, surfaces(text));
          assert.equal(scan.next(), false);
        }
      }),
    );
  });

  it('is warmed up on a text that holds a token of every kind, so no kind is first met in compiled code', () => {
    assert.deepEqual([...new Set(tokenize(EVERY_TOKEN).map((t) => t.kind))].sort(), [...TOKEN_KINDS].sort());
  });
});
