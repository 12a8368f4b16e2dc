// Rewrites the golden JSON of every fixture from the current code, so a change in behaviour shows
// up as a reviewable diff. Usage: npm run fixtures:regen [-- STAGE…]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { GOLDEN_STAGES, stringifyGolden } from '../test/helpers/golden-stages.js';

const root = new URL('../test/fixtures/', import.meta.url);
const wanted = process.argv.slice(2);
for (const [stage, run] of Object.entries(GOLDEN_STAGES)) {
  if (wanted.length && !wanted.includes(stage)) continue;
  const dir = new URL(`${stage}/`, root);
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => !f.endsWith('.json')).sort()) {
    const text = readFileSync(new URL(name, dir), 'utf8');
    writeFileSync(new URL(name.replace(/\.[^.]+$/, '.json'), dir), stringifyGolden(run(text, name)));
    n++;
  }
  console.log(`${stage}: ${n} fixtures written`);
}
