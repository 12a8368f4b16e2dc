/**
 * The tagger's word lists, read from data/: our titles and cue words (data/ner/*.txt), ANERGazet
 * (data/ner/anergazet.txt) and the place gazetteer (data/geo), compiled into one {@link PhraseTable}.
 */
import { RasdError } from '../errors.js';
import { parsePlaces } from '../text/parse-places.js';
import { TAGGER_PLACE_FILES } from '../text/places.js';
import { readDataText, readLines } from '../text/read-data.js';
import { PhraseTable } from './phrase-table.js';
import type { WordCache } from './word-info.js';

/** The lists, in the order of their bit in the phrase table. */
export const PHRASE_LISTS = ['title', 'orgCue', 'locCue', 'gazLoc', 'gazOrg', 'gazPers', 'place'] as const;
export type PhraseList = (typeof PHRASE_LISTS)[number];

/** The phrases of each list, as written. */
export type PhraseSources = Record<PhraseList, readonly string[]>;

/** Where each hand-written list lives under data/. */
export const LIST_FILES = { title: 'ner/person-titles.txt', orgCue: 'ner/org-cues.txt', locCue: 'ner/loc-cues.txt' } as const;
/** ANERGazet as compiled by scripts/train-ner.ts: `LOC|ORG|PERS<TAB>name` lines. */
export const GAZETTEER_FILE = 'ner/anergazet.txt';

const GAZ_LIST = { LOC: 'gazLoc', ORG: 'gazOrg', PERS: 'gazPers' } as const;

/** Parses `TYPE<TAB>name` lines (comments already removed); throws E_DATA naming a bad line. */
export function parseGazetteer(lines: readonly string[], file = GAZETTEER_FILE): Record<'gazLoc' | 'gazOrg' | 'gazPers', string[]> {
  const out = { gazLoc: [] as string[], gazOrg: [] as string[], gazPers: [] as string[] };
  for (const line of lines) {
    const [type = '', name = ''] = line.split('\t');
    const list = GAZ_LIST[type as keyof typeof GAZ_LIST];
    if (!list || !name.trim()) throw new RasdError('E_DATA', `data/${file}: expected TYPE<TAB>name with TYPE one of LOC, ORG, PERS, got ${JSON.stringify(line)}`);
    out[list].push(name.trim());
  }
  return out;
}

let bundled: PhraseSources | undefined;

/** The bundled lists, read once. */
export function defaultPhraseSources(): PhraseSources {
  bundled ??= {
    title: readLines(LIST_FILES.title),
    orgCue: readLines(LIST_FILES.orgCue),
    locCue: readLines(LIST_FILES.locCue),
    ...parseGazetteer(readLines(GAZETTEER_FILE)),
    place: TAGGER_PLACE_FILES.flatMap((file) => parsePlaces(readDataText(file), `data/${file}`).map((p) => p.name)),
  };
  return bundled;
}

/** Compiles the lists into a phrase table keyed by the words' phrase keys (so clitics and spelling fold away). */
export function buildPhraseTable(cache: WordCache, sources: PhraseSources = defaultPhraseSources()): PhraseTable {
  const table = new PhraseTable(PHRASE_LISTS.length);
  const keys = new Map<string, number>();
  const keyOf = (w: string): number => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = cache.key(w)));
    return k;
  };
  PHRASE_LISTS.forEach((list, bit) => {
    for (const phrase of sources[list]) {
      const words = phrase.split(/\s+/).filter(Boolean);
      if (words.length) table.add(words.map(keyOf), bit);
    }
  });
  return table;
}

