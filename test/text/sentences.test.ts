import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences, type SentenceOptions } from '../../src/text/sentences.js';
import { RasdError } from '../../src/errors.js';

const sentences = (text: string, options?: SentenceOptions): string[] =>
  splitSentences(text, options).map((s) => text.slice(s.start, s.end));

// [what it shows, input, expected sentences]
const TABLE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['empty input', '', []],
  ['only spaces and marks', ' \n\t\u200F \r\n', []],
  ['full stop', 'ذهبنا. ثم عدنا.', ['ذهبنا.', 'ثم عدنا.']],
  ['question and exclamation', 'هل ذهبتم؟ نعم! عدنا?', ['هل ذهبتم؟', 'نعم!', 'عدنا?']],
  ['combined ؟!', 'معقول؟! لا أصدق', ['معقول؟!', 'لا أصدق']],
  ['Arabic full stop ۔', 'ذهبنا۔ ثم عدنا', ['ذهبنا۔', 'ثم عدنا']],
  ['semicolon joins clauses', 'ارتفعت الأسعار؛ لأن الطلب زاد.', ['ارتفعت الأسعار؛ لأن الطلب زاد.']],
  ['ellipsis mid-line is a pause', 'لا أعرف... ربما غداً… أو بعده', ['لا أعرف... ربما غداً… أو بعده']],
  ['spaced ellipsis', 'لا أعرف . . . ربما', ['لا أعرف . . . ربما']],
  ['ellipsis then question', 'ماذا بعد...؟ لا أحد يعرف', ['ماذا بعد...؟', 'لا أحد يعرف']],
  ['«» closer stays', 'قال: «ذهبنا. ثم عدنا». وأضاف.', ['قال: «ذهبنا.', 'ثم عدنا».', 'وأضاف.']],
  ['». inside', 'قال: «عدنا.» ثم صمت.', ['قال: «عدنا.»', 'ثم صمت.']],
  ['“” closer stays', 'كتب: “انتهى الأمر.” ثم نشر', ['كتب: “انتهى الأمر.”', 'ثم نشر']],
  ['ASCII quotes', 'قال "لا. لن نعود." ثم خرج', ['قال "لا.', 'لن نعود."', 'ثم خرج']],
  ['ASCII quote opening after a stop', 'انتهى. "لن نعود" قال', ['انتهى.', '"لن نعود" قال']],
  ['quote then Arabic comma', '«هل أنتم مستعدون؟»، سأل المذيع', ['«هل أنتم مستعدون؟»، سأل المذيع']],
  ['bracket closer', '(انظر الصورة.) ثم تابع', ['(انظر الصورة.)', 'ثم تابع']],
  ['(!) and [...] are remarks', 'قال (!) إنه [...] بريء (؟) تماماً', ['قال (!) إنه [...] بريء (؟) تماماً']],
  ['title د.', 'التقى د. أحمد الوزير', ['التقى د. أحمد الوزير']],
  ['diacritised title', 'التقى دُ. أحمد', ['التقى دُ. أحمد']],
  ['title glued to name', 'التقى د.أحمد الوزير', ['التقى د.أحمد الوزير']],
  ['و + title', 'حضر أ. سمير ود. أحمد', ['حضر أ. سمير ود. أحمد']],
  ['أ.د.', 'حاضر أ.د. سمير خليل', ['حاضر أ.د. سمير خليل']],
  ['engineer م.', 'افتتح م. خالد الجسر', ['افتتح م. خالد الجسر']],
  ['Gregorian year 2015م.', 'افتتح عام 2015م. ثم أغلق', ['افتتح عام 2015م.', 'ثم أغلق']],
  ['Hijri year ١٤٤٥ هـ.', 'توفي سنة ١٤٤٥ هـ. وترك كتباً', ['توفي سنة ١٤٤٥ هـ.', 'وترك كتباً']],
  ['ق.م. after a year', 'بُنيت عام 300 ق.م. ثم توسعت', ['بُنيت عام 300 ق.م.', 'ثم توسعت']],
  ['agency in brackets', 'رجال الإنقاذ (أ.ف.ب) في الموقع', ['رجال الإنقاذ (أ.ف.ب) في الموقع']],
  ['agency with final dot', 'صورة للاجتماع (أ.ف.ب.) اليوم', ['صورة للاجتماع (أ.ف.ب.) اليوم']],
  ['unlisted initialism', 'ذكرت ق.ن.أ. أن الوفد وصل', ['ذكرت ق.ن.أ. أن الوفد وصل']],
  ['credit after a caption', 'متظاهرون أمس. (د.ب.أ)', ['متظاهرون أمس. (د.ب.أ)']],
  ['stop after the bracket', 'صورة للاجتماع (أ.ف.ب). وقال الوزير', ['صورة للاجتماع (أ.ف.ب).', 'وقال الوزير']],
  ['Latin abbreviations', 'قال Dr. Smith إن U.S. officials وصلوا.', ['قال Dr. Smith إن U.S. officials وصلوا.']],
  ['decimals', 'بلغ 3.5 ثم ٣٫٥ في المئة.', ['بلغ 3.5 ثم ٣٫٥ في المئة.']],
  ['dates', 'في 25.07.2015 وقع الحادث', ['في 25.07.2015 وقع الحادث']],
  ['URL and e-mail', 'زوروا www.example.com وراسلوا news@example.org. ثم انتظروا', ['زوروا www.example.com وراسلوا news@example.org.', 'ثم انتظروا']],
  ['URL query', 'الرابط example.org/?q=1!x هنا', ['الرابط example.org/?q=1!x هنا']],
  ['number ends a sentence', 'بلغ العدد 5. وقال الوزير', ['بلغ العدد 5.', 'وقال الوزير']],
  ['list number', '1. تحسين الخدمات', ['1. تحسين الخدمات']],
  ['missing space after a stop', 'ذهبنا.ثم عدنا', ['ذهبنا.', 'ثم عدنا']],
  ['missing space after ؟', 'ماذا؟قال الوزير', ['ماذا؟', 'قال الوزير']],
  ['newline ends a sentence', 'سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
  ['CRLF and blank lines', 'أ\r\n\r\nب\r\n', ['أ', 'ب']],
  ['trailing spaces, RLM, LRM', '\u200Fذهبنا. \u200E ثم عدنا.\u200F  ', ['ذهبنا.', 'ثم عدنا.']],
  ['tatweel and harakat', 'عاجـــل: وَقَالَ الْوَزِيرُ. ثُمَّ غَادَرَ.', ['عاجـــل: وَقَالَ الْوَزِيرُ.', 'ثُمَّ غَادَرَ.']],
  ['RLM inside the cluster', 'قال «عدنا.\u200F» ثم صمت', ['قال «عدنا.\u200F»', 'ثم صمت']],
  ['stray punctuation joins', 'ذهبنا! 🙂 !!', ['ذهبنا! 🙂 !!']],
  ['leading punctuation joins', '!! ذهبنا. ثم', ['!! ذهبنا.', 'ثم']],
  ['punctuation-only line', '***\nخبر', ['***', 'خبر']],
];

for (const [name, input, expected] of TABLE) {
  test(`splitSentences: ${name}`, () => assert.deepEqual(sentences(input), expected));
}

test('newlineIsBoundary: false joins lines up to a blank line; an agency ends a caption line', () => {
  const text = 'صورة للاجتماع أ.ف.ب.\nوقال الوزير\nإن الوضع مستقر.\n\nفقرة ثانية';
  assert.deepEqual(sentences(text, { newlineIsBoundary: false }), [
    'صورة للاجتماع أ.ف.ب.', 'وقال الوزير\nإن الوضع مستقر.', 'فقرة ثانية',
  ]);
});

test('semicolonIsBoundary and ellipsisIsBoundary', () => {
  assert.deepEqual(sentences('ارتفعت الأسعار؛ لأن الطلب زاد', { semicolonIsBoundary: true }), ['ارتفعت الأسعار؛', 'لأن الطلب زاد']);
  assert.deepEqual(sentences('لا أعرف... ربما غداً', { ellipsisIsBoundary: true }), ['لا أعرف...', 'ربما غداً']);
});

test('splitInsideQuotes: false keeps a quote whole with what introduces it', () => {
  const text = 'قال: «ذهبنا. ثم عدنا». وأضاف: "لا. أبداً." وانتهى.';
  assert.deepEqual(sentences(text, { splitInsideQuotes: false }), ['قال: «ذهبنا. ثم عدنا».', 'وأضاف: "لا. أبداً."', 'وانتهى.']);
});

test('custom abbreviation and year-marker sets replace the bundled ones', () => {
  assert.deepEqual(sentences('التقى د. أحمد', { abbreviations: new Set() }), ['التقى د.', 'أحمد']);
  assert.deepEqual(sentences('رأيت ح.ق. سالم', { abbreviations: new Set(['ح.ق.']) }), ['رأيت ح.ق. سالم']);
  assert.deepEqual(sentences('عام 2015 م. ثم', { yearMarkers: new Set() }), ['عام 2015 م. ثم']);
});

test('misuse throws a RasdError that names the value', () => {
  const bad = (fn: () => unknown, code: string, re: RegExp): void =>
    assert.throws(fn, (e: unknown) => e instanceof RasdError && e.code === code && re.test(e.message));
  bad(() => splitSentences(42 as unknown as string), 'E_USAGE', /number/);
  bad(() => splitSentences('x', { newlineIsBoundary: 'yes' as unknown as boolean }), 'E_OPTION', /newlineIsBoundary.*"yes"/);
  bad(() => splitSentences('x', { abbreviations: ['د.'] as unknown as Set<string> }), 'E_OPTION', /abbreviations/);
  bad(() => splitSentences('x', { abbreviations: new Set([7]) as unknown as Set<string> }), 'E_OPTION', /7/);
});

// Golden fixtures for sentences live in test/fixtures/sentences and run in test/golden.test.ts.

// "Whitespace" for spans: \p{White_Space} and the invisible format marks \p{Cf} (RLM, LRM, BOM, ZWJ).
const BLANK = /[\p{White_Space}\p{Cf}]/u;
const PIECES = [
  'ذهبنا', 'كَتَبَ', 'عاجـــل', 'Dr', 'U.S.', 'د.', 'م.', 'هـ.', 'أ.ف.ب', '2015', '٣٫٥', '3.5', 'www.example.com',
  '.', '.', '؟', '!', '…', '...', '؛', '،', ':', '«', '»', '“', '”', '"', "'", '(', ')', '[', ']',
  ' ', ' ', ' ', '\n', '\r\n', '\u200F', '\u200E', '\uFEFF', '\u00A0', '🙂', '\uD800', 'x',
];
const textArb = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 80 }));
const optionsArb = fc.record(
  { newlineIsBoundary: fc.boolean(), semicolonIsBoundary: fc.boolean(), ellipsisIsBoundary: fc.boolean(), splitInsideQuotes: fc.boolean() },
  { requiredKeys: [] },
);

test('property: spans are ordered, trimmed, in bounds, and lose no text', () => {
  fc.assert(
    fc.property(textArb, optionsArb, (text, options) => {
      const spans = splitSentences(text, options);
      const covered = new Uint8Array(text.length);
      let last = 0;
      for (const { start, end } of spans) {
        assert.ok(start >= last && start < end && end <= text.length, `bad span [${start}, ${end})`);
        const surface = text.slice(start, end);
        assert.ok(!BLANK.test(surface[0]!) && !BLANK.test(surface.at(-1)!), `untrimmed ${JSON.stringify(surface)}`);
        if (options.newlineIsBoundary !== false) assert.ok(!/[\n\r\u2028\u2029]/.test(surface), 'a line break inside a span');
        covered.fill(1, start, end);
        last = end;
      }
      for (let i = 0; i < text.length; i++) {
        if (!covered[i] && !BLANK.test(text[i]!)) assert.fail(`lost ${JSON.stringify(text[i])} at ${i}`);
      }
    }),
    { numRuns: 2000 },
  );
});

test('speed: a 10 MB text splits in linear time, pathological runs included', () => {
  const paragraph = 'قال د. أحمد إن النسبة بلغت 3.5 في المئة. وأضاف: «لن نتراجع؟!» (أ.ف.ب) www.example.com… ثم غادر.\n';
  const cases = [
    paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)),
    'أ.'.repeat(1_000_000),
    '"'.repeat(1_000_000),
    '. '.repeat(1_000_000),
    ' '.repeat(1_000_000) + 'م.',
  ];
  for (const text of cases) {
    const t0 = performance.now();
    splitSentences(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 3000, `${text.length} chars took ${ms.toFixed(0)} ms`);
  }
});
