/** The stopword list as loaded: an entry written with harakat stops no noun spelled with its letters. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { defaultStopwords } from '../../src/text/stopwords.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyze } from '../../src/text/analyze.js';

const listed = readFileSync(new URL('../../data/stopwords/ar.txt', import.meta.url), 'utf8').split('\n').map((l) => l.trim());

describe('defaultStopwords', () => {
  it('keeps every entry the list holds bare (in the search form), unless keep.txt takes it out', () => {
    const keep = new Set(readFileSync(new URL('../../data/stopwords/keep.txt', import.meta.url), 'utf8').split('\n').map((l) => normalizeText(l, 'search').trim()));
    const stops = defaultStopwords();
    for (const entry of listed) {
      if (!entry || /[\u064B-\u0652]/u.test(entry) || entry.includes(' ')) continue;
      const w = normalizeText(entry, 'search').trim();
      if (w && !w.includes('?') && !keep.has(w)) assert.ok(stops.has(w), entry);
    }
  });

  it('lets a noun through that only an entry with harakat spells (خبَّر: خبر, حدَث: حدث), and keeps one the lexicon reads as no noun (ذي)', () => {
    assert.ok(listed.includes('خبَّر') && listed.includes('حدَث') && listed.includes('ذِي'));
    const stops = defaultStopwords();
    assert.equal(stops.has('خبر'), false);
    assert.equal(stops.has('حدث'), false);
    assert.equal(stops.has('ذي'), true);
    assert.deepEqual(analyze('الخبر حدث في ذي').map((t) => t.term), ['خبر', 'حدث']);
  });
});
