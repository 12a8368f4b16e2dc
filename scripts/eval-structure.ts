// npm run eval:structure — issue 13's figures on material nobody here wrote:
//   dumps: SaudiNewsNet articles laid out as scraped pages by scripts/structure/generate-dumps.ts (dev),
//          or by a blind generator (--blind: the seventh, scripts/blind7; --blind6 … --blind1: the sixth to the
//          first, spent and since used as development data; score each once);
//   records: the hand-labelled SaudiNewsNet sample (gold/structure), dev or blind split.
// Options: --blind, --blind6 … --blind1, --verbose (every miss), --dumps DIR (score an existing generated set), --only dumps|records.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';
import { evalDumps } from './structure/eval-dumps.js';
import { evalRecords } from './structure/eval-records.js';

const args = process.argv.slice(2);
// The blind generators, newest first: `--blind` is the one not yet spent.
const GENERATORS = [
  { flag: '--blind', script: 'scripts/blind7/generate-dumps.ts', label: 'seventh blind generator' },
  { flag: '--blind6', script: 'scripts/blind6/generate-dumps.ts', label: 'sixth blind generator' },
  { flag: '--blind5', script: 'scripts/blind5/generate-dumps.ts', label: 'fifth blind generator' },
  { flag: '--blind4', script: 'scripts/blind4/generate-dumps.ts', label: 'fourth blind generator' },
  { flag: '--blind3', script: 'scripts/blind3/generate-dumps.ts', label: 'third blind generator' },
  { flag: '--blind2', script: 'scripts/blind2/generate-dumps.ts', label: 'second blind generator' },
  { flag: '--blind1', script: 'scripts/blind/generate-dumps.ts', label: 'first blind generator' },
];
const chosen = GENERATORS.find((g) => args.includes(g.flag)) ?? null;
const blind = chosen !== null;
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const given = args.includes('--dumps') ? args[args.indexOf('--dumps') + 1]! : null;
if (!saudiNewsNetZips().length) {
  console.log(`no SaudiNewsNet days at ${SNN_DIR}: nothing to evaluate (the data set is missing)`);
  process.exit(0);
}
if (only !== 'records') {
  let dir = given;
  const tmp = dir ? null : mkdtempSync(join(tmpdir(), 'rasd-structure-'));
  if (!dir) {
    dir = tmp!;
    const generator = chosen?.script ?? 'scripts/structure/generate-dumps.ts';
    execFileSync(process.execPath, ['--import', 'tsx', generator, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  try {
    await evalDumps(dir, chosen?.label ?? (given ? dir : 'dev generator'), verbose);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
if (only !== 'dumps') await evalRecords(blind ? 'blind' : 'dev', verbose);
