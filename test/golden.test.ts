// Golden fixtures: each test/fixtures/<stage>/<case>.<ext> must give exactly <case>.json.
// After an intended change, run `npm run fixtures:regen` and review the diff.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { GOLDEN_STAGES, stringifyGolden } from './helpers/golden-stages.js';

const root = new URL('./fixtures/', import.meta.url);

for (const [stage, run] of Object.entries(GOLDEN_STAGES)) {
  describe(`golden: ${stage}`, () => {
    const dir = new URL(`${stage}/`, root);
    const cases = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
    it('has fixtures', () => assert.ok(cases.length >= 5, `only ${cases.length} fixtures in ${stage}`));
    for (const name of cases) {
      it(name, () => {
        const expected = new URL(name.replace(/\.[^.]+$/, '.json'), dir);
        assert.ok(existsSync(expected), `missing ${expected.pathname}: run npm run fixtures:regen`);
        const text = readFileSync(new URL(name, dir), 'utf8');
        assert.equal(stringifyGolden(run(text, name)), readFileSync(expected, 'utf8'));
      });
    }
  });
}
