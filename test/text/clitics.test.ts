import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { segmentClitics, type Segmentation } from '../../src/text/clitics.js';
import { createLexicon, defaultLexicon } from '../../src/text/lexicon.js';
import { TAG } from '../../src/text/lexicon-tags.js';
import { normalizeText } from '../../src/text/normalize.js';

const morph = (w: string): string => normalizeText(w, 'morph');
/** `و+ال+معلمون`, with `(ال)` after a clitic whose tag differs from its letters, and `=lemma` when it differs from the base. */
const show = (s: Segmentation): string =>
  [...s.proclitics.map((c) => c.surface + (c.tag !== c.surface ? `(${c.tag})` : '') + '+'), s.base, ...s.enclitics.map((c) => '+' + c.surface)].join('') +
  (s.lemma !== s.base ? `=${s.lemma}` : '');
const seg = (w: string): string => show(segmentClitics(morph(w)));

describe('segmentClitics: the issue\'s examples and other nasty cases', () => {
  const table: Array<[string, string]> = [
    // The examples.
    ['والمعلمون', 'و+ال+معلمون'],
    ['وصل', 'وصل'],
    ['سيارات', 'سيارات'],
    ['للمدرسة', 'ل+ل(ال)+مدرسة'],
    ['بسيارته', 'ب+سيارت+ه=سيارة'],
    ['وسيقول', 'و+س+يقول'],
    ['كتابهم', 'كتاب+هم'],
    ['فيها', 'في+ها'],
    ['والفيسبوك', 'و+ال+فيسبوك'],
    // Words whose first letter only looks like a clitic stay whole.
    ['وزير', 'وزير'],
    ['والد', 'والد'],
    ['بلاد', 'بلاد'],
    ['فيلم', 'فيلم'],
    ['كمال', 'كمال'],
    ['ليبيا', 'ليبيا'],
    ['يارا', 'يارا'],
    // A clitic on a function word, not an enclitic on a rarer content word; the ك of هناك is no pronoun.
    ['بذلك', 'ب+ذلك'],
    ['فانه', 'ف+انه'],
    ['هناك', 'هناك'],
    ['فهناك', 'ف+هناك'],
    ['بابها', 'باب+ها'],
    ['سيمكن', 'س+يمكن'],
    // Words of one or two letters never split.
    ['به', 'به'],
    ['لم', 'لم'],
    ['و', 'و'],
    // Clitic stacks.
    ['وبالمدرسة', 'و+ب+ال+مدرسة'],
    ['فللحكومة', 'ف+ل+ل(ال)+حكومة'],
    ['وكالعادة', 'و+ك+ال+عادة'],
    ['فسيكتبون', 'ف+س+يكتبون'],
    // The article before a noun that starts with ل: only the preposition is written apart.
    ['للجنة', 'ل+لجنة'],
    // Spelling changes before an enclitic.
    ['معلموه', 'معلمو+ه=معلمون'],
    ['كتبوه', 'كتبو+ه=كتبوا'],
    ['لقائه', 'لقائ+ه=لقاء'],
    ['وحكومتهم', 'و+حكومت+هم=حكومة'],
    // Particles with pronouns, and the article before nouns that a rare verb form shadows.
    ['عليه', 'علي+ه'],
    ['منها', 'من+ها'],
    ['الامن', 'ال+امن'],
    ['الدين', 'ال+دين'],
    ['وعلي', 'و+علي'],
    // Relative pronouns are words, not ال + something.
    ['التي', 'التي'],
    ['الذين', 'الذين'],
    // Names from ANERcorp stay whole, with their clitics split.
    ['بوتين', 'بوتين'],
    ['وبوتين', 'و+بوتين'],
  ];
  for (const [word, expected] of table) it(`${word} → ${expected}`, () => assert.equal(seg(word), expected));

  it('knows when the base is a word', () => {
    assert.equal(segmentClitics(morph('والمعلمون')).known, true);
    assert.equal(segmentClitics(morph('والفيسبوك')).known, false);
    assert.equal(segmentClitics(morph('يارا')).known, false);
  });

  it('does not put an enclitic after the article', () => {
    const s = segmentClitics(morph('الكتابه'));
    assert.ok(!(s.proclitics.some((c) => c.tag === 'ال') && s.enclitics.length > 0), show(s));
  });

  it('takes its lexicon from the options', () => {
    const lexicon = createLexicon(new Map([['زيد', TAG.proper]]));
    assert.equal(show(segmentClitics('وزيد', { lexicon, counts: new Map() })), 'و+زيد');
    assert.equal(show(segmentClitics('وعمرو', { lexicon, counts: new Map() })), 'وعمرو');
  });
});

// Words made of clitics, real stems, suffixes and stray letters.
const PIECES = ['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال', 'لل', 'ه', 'ها', 'هم', 'ي', 'نا', 'ات', 'ون', 'ين', 'ة', 'ت', 'ا', 'ء', 'ئ', 'ؤ', 'سيار', 'معلم', 'كتاب', 'قال', 'يقول', 'مدرس', 'حكوم'];
const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('segmentClitics: invariants', () => {
  it('proclitics + base + enclitics spell the word', () => {
    fc.assert(
      fc.property(word, (w) => {
        const s = segmentClitics(w);
        assert.equal([...s.proclitics.map((c) => c.surface), s.base, ...s.enclitics.map((c) => c.surface)].join(''), w);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic, never leaves an empty base, and splits nothing of one or two letters', () => {
    fc.assert(
      fc.property(word, (w) => {
        const a = segmentClitics(w);
        assert.deepEqual(segmentClitics(w), a);
        assert.ok(a.base.length > 0);
        if (w.length <= 2) assert.equal(a.base, w);
      }),
      { numRuns: 2000 },
    );
  });

  it('loads the bundled lexicon quickly enough to matter little', () => {
    // Loaded by the tests above already; here only its size is checked.
    assert.ok(defaultLexicon().size > 80_000);
  });
});
