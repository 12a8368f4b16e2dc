/** Which words of the tagger's entities the index marks as mentions of a name (`@…` terms). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, DocTerms } from '../../src/search/index/doc-analysis.js';
import { Analyzer, DEFINITE_MENTION_MARK, MENTION_MARK, PART_MARK } from '../../src/text/analyze.js';
import type { Entity } from '../../src/core/entity-schema.js';
import { cueTerm, parseNameCues } from '../../src/search/index/name-cues.js';

const analyzer = new Analyzer({ surfaceForms: true });

/** The mention and part terms of a one-paragraph article whose entities are the given phrases of `text`. */
function mentions(text: string, entities: Array<[phrase: string, type: Entity['type']]>): string[] {
  const found: Entity[] = entities.map(([phrase, type]) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    return { type, text: phrase, start, end: start + phrase.length, canonical: phrase, name: phrase, role: null, source: 'ner' };
  });
  const out = new DocTerms();
  analyzeArticle(analyzer, { headline: null, subtitle: null, captions: [], paragraphs: [text], entities: found.sort((a, b) => a.start - b.start) }, out);
  const terms: string[] = [];
  for (let i = 0; i < out.buffer.length; i++) {
    const t = analyzer.term(out.buffer.ids[i]!);
    if (t.startsWith(MENTION_MARK) || t.startsWith(DEFINITE_MENTION_MARK) || t.startsWith(PART_MARK)) terms.push(t);
  }
  return terms;
}

describe('mention terms', () => {
  it('mark an entity that is one word, with its clitics; one written with the article apart', () => {
    assert.deepEqual(mentions('وفاز الاتفاق بالمباراة', [['الاتفاق', 'ORG']]), ['&اتفاق']);
    assert.deepEqual(mentions('وصل إلى بتدمر أمس', [['بتدمر', 'LOC']]), ['@تدمر']);
    assert.deepEqual(mentions('وصل للهلال عرض', [['للهلال', 'ORG']]), ['&هلال']);
  });
  it('mark every word of a person’s name, a given name without the article', () => {
    assert.deepEqual(mentions('قال الرئيس حسني مبارك إن', [['حسني مبارك', 'PERS']]), ['@حسني', '@مبارك']);
    assert.deepEqual(mentions('قال محمد بن هلال العصيمي', [['محمد بن هلال العصيمي', 'PERS']]), ['@محمد', '@هلال', '&عصيمي']);
  });
  it('mark the name after nouns that announce it; those nouns are words of a longer name', () => {
    assert.deepEqual(mentions('فاز نادي الاتفاق أمس', [['نادي الاتفاق', 'ORG']]), ['^نادي', '&اتفاق']);
    assert.deepEqual(mentions('أعلنت حركة فتح أمس', [['حركة فتح', 'ORG']]), ['^حركه', '@فتح']);
    assert.deepEqual(mentions('وصلوا إلى محافظة البيضاء', [['محافظة البيضاء', 'LOC']]), ['^محافظه', '&بيضاء']);
  });
  it('give the words of a longer name part terms, not mentions', () => {
    assert.deepEqual(mentions('ناقش الاتفاق النووي الإيراني', [['الاتفاق النووي الإيراني', 'MISC']]), ['^اتفاق', '^نووي', '^ايراني']);
    assert.deepEqual(mentions('اجتمع مجلس التعاون الخليجي', [['مجلس التعاون الخليجي', 'ORG']]), ['^مجلس', '^تعاون', '^خليجي']);
    assert.deepEqual(mentions('وصل فريق الهلال الأحمر', [['الهلال الأحمر', 'ORG']]), ['^هلال', '^احمر']);
    // A cue before a name of two words: still a longer name.
    assert.deepEqual(mentions('قالت جمعية الهلال الأحمر', [['جمعية الهلال الأحمر', 'ORG']]), ['^جمعيه', '^هلال', '^احمر']);
  });
  it('are nothing outside entities', () => {
    assert.deepEqual(mentions('فاز الاتفاق بالمباراة', []), []);
  });
});

describe('name cues', () => {
  it('are read in any spelling, as the surface the index writes: without the article, in the search form', () => {
    assert.equal(cueTerm('النادي'), cueTerm('نادي'));
    assert.equal(cueTerm('مدينة'), cueTerm('مدينه'));
    assert.deepEqual([...parseNameCues(['نادي', 'النادي', 'محافظة'])], [cueTerm('نادي'), cueTerm('محافظة')]);
  });
});
