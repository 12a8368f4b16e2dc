import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RasdError } from '../../src/errors.js';
import { ENTITY_TYPES } from '../../src/ner/labels.js';
import { rawSentences } from '../../src/ner/raw-tokens.js';
import { loadTagger, loadTaggerFrom } from '../../src/ner/tagger.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

// Our own made-up sentences (people and events invented, places and bodies real). The shipped model
// follows ANERcorp's conventions: a ministry («وزارة الصحة») is not an entity there, so it is not asserted.
const golden: Array<[string, string[]]> = [
  ['وصل وزير الخارجية الفرنسي جان مارك إلى القاهرة أمس في زيارة رسمية .', ['LOC:القاهرة']],
  ['أعلنت وزارة الصحة في الرياض أن الأمم المتحدة سترسل فريقا طبيا .', ['LOC:الرياض', 'ORG:الأمم المتحدة']],
  ['افتتحت جامعة الدول العربية مؤتمرها في بيروت بحضور الأمين العام .', ['LOC:بيروت']],
  ['زار الدكتور سمير الحلبي مدينة دمشق وألقى محاضرة .', ['PERS:سمير الحلبي', 'LOC:دمشق']],
];

describe('the shipped tagger', () => {
  const tagger = loadTagger();
  it('is loaded once and cached', () => assert.equal(loadTagger(), tagger));
  for (const [sentence, want] of golden) {
    it(`finds ${want.join(', ')}`, () => {
      const found = tagger.tagText(sentence).map((e) => `${e.type}:${e.text}`);
      for (const w of want) assert.ok(found.includes(w), `${w} not in ${JSON.stringify(found)}`);
    });
  }
  it('tags a token list with one BIO tag per token', () => {
    const tags = tagger.tagTokens(['قال', 'الرئيس', 'في', 'بغداد', '.']);
    assert.equal(tags.length, 5);
    assert.equal(tags[3], 'B-LOC');
    assert.equal(tags[4], 'O');
    assert.deepEqual(tagger.tagTokens([]), []);
  });
  it('tags a document: one tag list per sentence, a lone sentence as tagTokens tags it', () => {
    const doc = [['قال', 'الرئيس', 'في', 'بغداد', '.'], [], ['وصل', 'الوفد', 'إلى', 'بغداد', 'أمس', '.']];
    const tags = tagger.tagDocument(doc);
    assert.deepEqual(tags.map((t) => t.length), [5, 0, 6]);
    assert.equal(tags[2]![3], 'B-LOC');
    assert.deepEqual(tagger.tagDocument([doc[0]!]), [tagger.tagTokens(doc[0]!)]);
    assert.deepEqual(tagger.tagDocument([]), []);
  });
  it('tags a long document the same whether or not it streams past the window', () => {
    const window = tagger.model.doc?.window ?? 0;
    const sentence = ['وقال', 'المتحدث', 'في', 'القاهرة', 'إن', 'الأمم', 'المتحدة', 'سترسل', 'فريقا', '.'];
    const doc = Array.from({ length: 2 * window + 5 }, () => sentence);
    const tags = tagger.tagDocument(doc);
    // Every sentence in the middle sees the same document around it, so it gets the same tags.
    for (let s = window; s < doc.length - window; s++) assert.deepEqual(tags[s], tags[window]);
  });
  it('keeps spans on the original text: harakat, clitics and Arabic punctuation', () => {
    const text = 'وصل الوفدُ إلى بَغْدادَ، ثم غادر إلى دمشق؟';
    for (const e of tagger.tagText(text)) assert.equal(text.slice(e.start, e.end), e.text);
  });
  it('tags words that are names of Object.prototype members like any other word', () => {
    for (const text of ['toString', 'constructor __proto__ hasOwnProperty', 'قال toString ،']) {
      const entities = tagger.tagText(text);
      for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
    }
  });
  it('throws E_USAGE for text that is not a string', () => {
    assert.throws(() => tagger.tagText(42 as unknown as string), (err: unknown) => err instanceof RasdError && err.code === 'E_USAGE');
  });
  it('gives valid BIO and spans within the text for any input (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const e of tagger.tagText(text)) {
          assert.ok(ENTITY_TYPES.includes(e.type));
          assert.ok(e.start >= last && e.start < e.end && e.end <= text.length);
          assert.equal(text.slice(e.start, e.end), e.text);
          last = e.end;
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(arabicText.filter((w) => w.trim() !== '' && !/\s/.test(w)), { maxLength: 30 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        const all = [tagger.tagTokens(sentences[0]!), ...tagger.tagDocument(sentences)];
        assert.equal(all.length, sentences.length + 1);
        all.forEach((tags, k) => {
          assert.equal(tags.length, sentences[Math.max(0, k - 1)]!.length);
          tags.forEach((t, i) => {
            if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1] !== 'O' && tags[i - 1]!.slice(2) === t.slice(2), tags.join(' '));
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('rawSentences', () => {
  it('splits sentences and punctuation, keeps clitics, maps Arabic punctuation to ASCII', () => {
    const text = 'وصل وبالرياض، أمس. ثم غادر؟';
    const s = rawSentences(text);
    assert.deepEqual(s.map((x) => x.map((t) => t.text)), [['وصل', 'وبالرياض', ',', 'أمس', '.'], ['ثم', 'غادر', '?']]);
    assert.equal(text.slice(s[0]![2]!.start, s[0]![2]!.end), '،');
  });
});

describe('loadTaggerFrom', () => {
  it('throws E_DATA naming a missing model file', () => {
    assert.throws(() => loadTaggerFrom('/nonexistent/model.bin.gz'), (err: unknown) => err instanceof RasdError && err.code === 'E_DATA' && /nonexistent/.test(err.message));
  });
});
