/** The analysed document: built once per article, its parts map back to the fields and the input, its tokens know their sentence. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildDocument } from '../../src/analysis/document.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { arabicText } from '../helpers/arbitraries.js';

// Our own article: people and events invented.
const dump = 'قافلة إغاثة تصل إلى بلدة النخيل\n\nقال المتحدث باسم الهلال الأحمر سامي الحداد إن القافلة وصلت صباح اليوم. وتحمل القافلة 40 طنا من الطحين.\n\nوأضاف الحداد: «سنعود الأسبوع المقبل».\n';

describe('buildDocument', () => {
  const a = extractText(dump, { path: 'a.txt', format: 'dump' }).articles[0]!;
  const { doc } = buildDocument(a);

  it('maps each part of the text back to its field and to its span in the input', () => {
    assert.deepEqual(doc.parts.map((p) => [p.field, p.index]), [['headline', 0], ['paragraph', 0], ['paragraph', 1]]);
    const fields = [a.headline!, ...a.paragraphs];
    doc.parts.forEach((p, i) => {
      assert.equal(doc.text.slice(p.start, p.end), fields[i]);
      assert.equal(dump.slice(p.input!.start, p.input!.end), fields[i]);
    });
  });

  it('gives each token its search form and the sentence it lies in', () => {
    for (const t of doc.tokens) {
      const s = doc.sentences[t.sentence]!;
      assert.ok(t.start >= s.start && t.end <= s.end, `«${doc.text.slice(t.start, t.end)}» outside its sentence`);
    }
    const word = (surface: string) => doc.tokens.find((t) => doc.text.slice(t.start, t.end) === surface)!;
    assert.equal(word('إغاثة').key, 'اغاثه');
    assert.ok(word('وأضاف').breakBefore);
    assert.ok(!word('الحداد:'.slice(0, 6)).breakBefore);
  });

  it('holds the entities and the times the analysers read', () => {
    assert.ok(doc.entities.some((e) => e.text.includes('سامي الحداد')), JSON.stringify(doc.entities));
    assert.deepEqual(doc.times.map((t) => t.text), ['اليوم', 'الأسبوع المقبل']);
  });

  it('lays out any article so that every part and token lies in its text', () => {
    fc.assert(
      fc.property(fc.array(arabicText, { minLength: 1, maxLength: 4 }), fc.option(arabicText, { nil: null }), (paragraphs, headline) => {
        const { doc: d } = buildDocument({ headline, subtitle: null, captions: [], paragraphs, published: null });
        const texts = [...(headline ? [headline] : []), ...paragraphs];
        assert.deepEqual(d.parts.map((p) => d.text.slice(p.start, p.end)), texts);
        let last = 0;
        for (const t of d.tokens) {
          assert.ok(t.start >= last && t.end > t.start && t.end <= d.text.length);
          last = t.end;
        }
      }),
      { numRuns: 50 },
    );
  });
});
