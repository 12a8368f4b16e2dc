// npm run build:data — rebuilds every GENERATED resource, in dependency order. Inputs that are not
// on this machine are skipped with a note saying how to get them; nothing is downloaded.
//   HUNSPELL_AR_DIC  path to Debian hunspell-ar's ar.dic (default /usr/share/hunspell/ar.dic)
//   ANERCORP_DIR     path to ANERcorp (default ../shared/data/anercorp)
//   GEO_DIR          path to the geo sources (default ../shared/data/geo)
//   EVENTS_DIR       path to UniversalPetrarch's dictionaries (default ../shared/data/events)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dic = process.env.HUNSPELL_AR_DIC ?? '/usr/share/hunspell/ar.dic';
const anercorp = process.env.ANERCORP_DIR ?? fileURLToPath(new URL('../../shared/data/anercorp', import.meta.url));
const events = process.env.EVENTS_DIR ?? fileURLToPath(new URL('../../shared/data/events', import.meta.url));
const geo = process.env.GEO_DIR ?? fileURLToPath(new URL('../../shared/data/geo', import.meta.url));

function run(script: string, ...args: string[]): void {
  console.log(`→ ${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('gen-char-classes.ts');
if (existsSync(dic)) run('build-lexicon.ts', dic);
else console.log(`skipped the lexicon: no ${dic} (apt-get install hunspell-ar, or set HUNSPELL_AR_DIC)`);
if (existsSync(`${anercorp}/train.conll`)) {
  run('build-names.ts', anercorp);
  run('build-counts.ts', `${anercorp}/train.conll`);
} else console.log(`skipped names and counts: no ${anercorp}/train.conll (set ANERCORP_DIR)`);
// After the lexicon: the gazetteer leaves out names the lexicon calls common words.
if (['countries.json', 'geonames-cities100000.txt', 'world-cities-translations.csv'].every((f) => existsSync(`${geo}/${f}`))) run('build-places.ts', geo);
else console.log(`skipped the gazetteer: no countries.json, geonames-cities100000.txt and world-cities-translations.csv in ${geo} (set GEO_DIR)`);
run('build-actors.ts', events); // says itself when the dictionaries are missing
