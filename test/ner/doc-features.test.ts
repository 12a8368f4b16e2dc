import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DocWindow, docFeatures, type DocSentence, type DocTemplates } from '../../src/ner/doc-features.js';
import { slideWindow } from '../../src/ner/slide-window.js';
import { labelIndex } from '../../src/ner/labels.js';

// A sentence of made-up word keys and first-stage tags: `['10:B-ORG', '11:I-ORG', '3:O']`.
const sent = (...tokens: string[]): DocSentence => ({
  keys: Int32Array.from(tokens, (t) => Number(t.split(':')[0])),
  tags: Uint8Array.from(tokens, (t) => labelIndex(t.split(':')[1]!)),
  cues: new Uint8Array(tokens.length),
});
const only = (feature: DocTemplates['features'][number], window = 5): DocTemplates => ({ window, features: [feature] });

describe('slideWindow', () => {
  const cases: Array<[number, number]> = [[0, 2], [1, 0], [1, 3], [5, 0], [5, 1], [7, 2], [3, 10]];
  for (const [count, window] of cases) {
    it(`visits each of ${count} sentences once with exactly those within ${window} in reach`, () => {
      const inReach = new Set<number>();
      const visited: number[] = [];
      slideWindow(count, window, (j) => inReach.add(j), (j) => assert.ok(inReach.delete(j)), (s) => {
        const want = Array.from({ length: count }, (_, j) => j).filter((j) => Math.abs(j - s) <= window);
        assert.deepEqual([...inReach].sort((a, b) => a - b), want);
        visited.push(s);
      });
      assert.deepEqual(visited, Array.from({ length: count }, (_, s) => s));
    });
  }
});

describe('document features', () => {
  it('mark a phrase tagged as an entity in another sentence (span), not by the sentence itself', () => {
    // «البنك التجاري» (keys 10 11) is ORG in sentence 0 and missed in sentence 1.
    const doc = [sent('10:B-ORG', '11:I-ORG', '3:O'), sent('4:O', '10:O', '11:O')];
    const [a, b] = docFeatures(doc, only('span'));
    assert.equal(a![0], 0, 'sentence 0 has no other sentence with that phrase tagged');
    assert.equal(b![0], 0);
    assert.notEqual(b![1], 0);
    assert.notEqual(b![2], 0);
    assert.notEqual(b![1], b![2], 'B and L of the span differ');
  });
  it('say how the other mentions of a word were tagged (maj), leaving out the token itself', () => {
    const doc = [sent('7:B-PERS', '3:O'), sent('7:O'), sent('8:O')];
    const [a, b, c] = docFeatures(doc, only('maj'));
    // Sentence 1's «7» has one other mention, a PERS; sentence 0's has one, an O; «8» has none.
    assert.notEqual(b![0], a![0]);
    assert.equal(c![0], docFeatures([sent('9:O')], only('maj'))[0]![0], 'no other mention reads the same for any word');
  });
  it('see only the window: a mention 3 sentences away is out of reach of window 2', () => {
    const doc = [sent('7:B-LOC'), sent('1:O'), sent('1:O'), sent('7:O')];
    assert.deepEqual(docFeatures(doc, only('maj', 2))[3], docFeatures([sent('7:O')], only('maj', 2))[0]);
    assert.notDeepEqual(docFeatures(doc, only('maj', 3))[3], docFeatures([sent('7:O')], only('maj', 3))[0]);
  });
  it('give n * features.length columns per sentence, whatever the document (property)', () => {
    const tag = fc.constantFrom('O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'B-MISC');
    const sentence = fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), tag), { maxLength: 8 }).map((ts) => sent(...ts.map(([k, t]) => `${k}:${t}`)));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (doc, window) => {
        const t: DocTemplates = { window, features: ['maj', 'set', 'span', 'ctx'] };
        const rows = docFeatures(doc, t);
        assert.equal(rows.length, doc.length);
        rows.forEach((r, s) => assert.equal(r.length, doc[s]!.keys.length * 4));
        assert.equal(new DocWindow(t).width, 4);
      }),
      { numRuns: 200 },
    );
  });
});
