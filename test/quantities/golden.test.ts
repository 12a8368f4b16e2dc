import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { keyedTokens } from '../../src/text/keyed-tokens.js';
import { findQuantities, QuantitySchema, type Quantity } from '../../src/quantities/index.js';
import type { ExpectedQuantity as Expected, QuantitiesFile as Golden } from '../helpers/fixture-files.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/quantities/golden.json', import.meta.url), 'utf8')) as Golden;

/** The fields a golden case names, in the fixture's shape. */
const shape = (q: Quantity): Expected => ({
  text: q.text,
  ...(q.value !== null ? { value: q.value } : { range: q.range! }),
  approx: q.approx,
  unit: q.unit,
  ...(q.bound ? { bound: q.bound } : {}),
});

describe('findQuantities: golden sentences', () => {
  it(`gives the expected quantities for every case (${golden.cases.reduce((n, c) => n + c.expected.length, 0)} quantities, ${golden.cases.filter((c) => !c.expected.length).length} sentences with none)`, () => {
    const problems: string[] = [];
    // Each case twice: the finder cutting the text itself, and reading an analysed document's tokens.
    for (const c of golden.cases.flatMap((c) => [{ ...c, via: 'text' }, { ...c, via: 'document tokens' }])) {
      const got = findQuantities(c.text, c.via === 'text' ? {} : { tokens: keyedTokens(c.text) });
      for (const q of got) {
        const checked = QuantitySchema.safeParse(q);
        if (!checked.success) problems.push(`${c.text}\n  invalid record ${JSON.stringify(q)}: ${checked.error.message}`);
        if (c.text.slice(q.start, q.end) !== q.text) problems.push(`${c.text}\n  span ${q.start}-${q.end} is not «${q.text}»`);
      }
      const a = JSON.stringify(got.map(shape));
      const b = JSON.stringify(c.expected);
      if (a !== b) problems.push(`${c.text} (read from the ${c.via})\n  expected ${b}\n  got      ${a}`);
    }
    assert.ok(problems.length === 0, `${problems.length} mismatches:\n${problems.join('\n')}`);
  });
  it('has at least 30 expected quantities', () => {
    assert.ok(golden.cases.reduce((n, c) => n + c.expected.length, 0) >= 30);
  });
});
