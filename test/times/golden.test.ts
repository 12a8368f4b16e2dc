/** Golden time expressions (test/fixtures/times/golden.json): every expected time of every sentence, all mismatches in one message. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { keyedTokens } from '../../src/text/keyed-tokens.js';
import { findTimes } from '../../src/times/index.js';
import type { TimesFile as Golden } from '../helpers/fixture-files.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/times/golden.json', import.meta.url), 'utf8')) as Golden;

it('finds the golden time expressions, at least 60 of them', () => {
  const total = golden.cases.reduce((n, c) => n + c.times.length, 0);
  assert.ok(total >= 60, `only ${total} golden times`);
  const problems: string[] = [];
  // Each sentence twice: the finder folding and cutting the text itself, and reading an analysed document's tokens.
  for (const c of golden.cases) {
    for (const via of ['text', 'document tokens'] as const) {
      const got = findTimes(c.text, { ref: golden.ref, ...(via === 'text' ? {} : { tokens: keyedTokens(c.text) }) }).map((e) => [e.text, e.value, e.grain, e.relative]);
      const want = JSON.stringify(c.times);
      if (JSON.stringify(got) !== want) problems.push(`${c.text} (read from the ${via})\n  want ${want}\n  got  ${JSON.stringify(got)}`);
    }
  }
  assert.equal(problems.length, 0, `${problems.length} of ${golden.cases.length} sentences differ:\n${problems.join('\n')}`);
});
