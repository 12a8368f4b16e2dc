import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import type { Mention } from '../../src/core/entity-schema.js';

/** Mentions of the given words of `text`, all tagged persons, as the tagger calls platforms. */
function persons(text: string, ...words: string[]): Mention[] {
  return words.map((w) => {
    const start = text.indexOf(w);
    return { type: 'PERS', start, end: start + w.length, text: w };
  });
}

describe('platforms tagged as persons', () => {
  it('are organisations, whatever the clitics; a share bar\'s list of them is no one; a person named like one stays a person', () => {
    const text = 'كتب خالد العلي عبر حسابه في تويتر وعلى فيس بوك، وشارك عبر تويتر وواتس، وقال إسحق واتس إن.';
    const got = linkMentions(text, persons(text, 'خالد العلي', 'تويتر', 'فيس بوك', 'تويتر وواتس', 'إسحق واتس'), { scanAliases: false }).map((e) => `${e.type} ${e.text}`);
    assert.deepEqual(got, ['PERS خالد العلي', 'ORG تويتر', 'ORG فيس بوك', 'PERS إسحق واتس']);
  });
});
