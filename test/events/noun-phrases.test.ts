/** The noun phrases the event stages read from the lexicon's word classes, on sentences of our own. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildDocument } from '../../src/analysis/document.js';
import { defaultEventLexicon } from '../../src/events/lexicon.js';
import { nounPhrases } from '../../src/events/noun-phrases.js';
import { sentenceWords } from '../../src/events/sentence-words.js';
import { wordClasses } from '../../src/events/word-classes.js';
import { TAG } from '../../src/text/lexicon-tags.js';

/** The phrases of a one-sentence text, as strings, with the words at `blocked` taken. */
function phrases(text: string, blocked: number[] = []): string[] {
  const { doc } = buildDocument({ headline: null, subtitle: null, captions: [], paragraphs: [text], published: null });
  const { words } = sentenceWords(doc, 0, 0);
  const taken = new Uint8Array(words.length);
  for (const i of blocked) taken[i] = 1;
  return nounPhrases(defaultEventLexicon(), words, doc.text, taken).map((p) => doc.text.slice(words[p.from]!.start, words[p.to - 1]!.end));
}

describe('wordClasses', () => {
  it('reads a word without its clitics, inflected or not', () => {
    assert.ok(wordClasses('والطائرات') & TAG.noun);
    assert.ok(wordClasses('قصفت') & TAG.verb);
    assert.equal(wordClasses('قصفت') & TAG.noun, 0);
  });
});

describe('nounPhrases', () => {
  it('joins a genitive after a word without the article, and an adjective after one with it', () => {
    assert.deepEqual(phrases('شاهد تجمعات المتمردين والقوات الحكومية.', [0]), ['تجمعات المتمردين', 'والقوات الحكومية']);
  });
  it('ends a phrase with the article before a word without it', () => {
    assert.deepEqual(phrases('قصفت البوارج مواقع المتمردين.', [0]), ['البوارج', 'مواقع المتمردين']);
  });
  it('takes no phrase after a preposition of place, nor an adjective of the taken word before it', () => {
    assert.deepEqual(phrases('معارك عنيفة في سوق المدينة.', [0]), []);
  });
});
