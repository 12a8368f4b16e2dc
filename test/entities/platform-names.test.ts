import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { mentionsAt } from '../helpers/mentions.js';

describe('platforms tagged as persons', () => {
  it('are organisations, whatever the clitics; a share bar\'s list of them is no one; a person named like one stays a person', () => {
    const text = 'كتب خالد العلي عبر حسابه في تويتر وعلى فيس بوك، وشارك عبر تويتر وواتس، وقال إسحق واتس إن.';
    const got = linkMentions(text, mentionsAt('PERS', text, 'خالد العلي', 'تويتر', 'فيس بوك', 'تويتر وواتس', 'إسحق واتس'), { scanAliases: false }).map((e) => `${e.type} ${e.text}`);
    assert.deepEqual(got, ['PERS خالد العلي', 'ORG تويتر', 'ORG فيس بوك', 'PERS إسحق واتس']);
  });
});
