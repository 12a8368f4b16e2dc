/**
 * The one-word names Rasd knows, in morph form without the article: the lexicon's proper names
 * (Ayaspell and ANERcorp), the NER gazetteers (data/ner/anergazet.txt), the alias table
 * (data/entities/aliases.txt, its tagger-only `~` forms included: حماس is a name even where it is
 * also «zeal») and the place gazetteer (data/geo). A known name is searched as written, never stemmed.
 */
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { TAG } from './lexicon-tags.js';
import { normalizeText } from './normalize.js';
import { readDataText } from './read-data.js';

/** Arabic letters only: a one-word name, no digits, Latin or spaces. */
const ONE_WORD = /^[\u0621-\u064A]{2,}$/u;

/**
 * The morph form of a one-word name without the article: «الفيفا» → «فيفا», «القذافي» → «قذافي».
 * The article is ال written with a plain alef; «ألمانيا» keeps its أل, which is part of the name.
 */
export function nameKey(text: string): string | null {
  const t = text.trim();
  const w = normalizeText(/^ال.../u.test(t) ? t.slice(2) : t, 'morph');
  return ONE_WORD.test(w) ? w : null;
}

/** The one-word names of the bundled lists: the alias table's apart (its actors are names first). */
export function parseNameLists(gazetteer: string, aliases: string, places: readonly string[]): { listed: Set<string>; actors: Set<string>; persons: Set<string>; places: Set<string> } {
  const listed = new Set<string>();
  const actors = new Set<string>();
  const persons = new Set<string>();
  const placeNames = new Set<string>();
  const add = (name: string, to: Set<string>): void => {
    const k = nameKey(name);
    if (k) to.add(k);
  };
  for (const line of gazetteer.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const name = line.slice(line.indexOf('\t') + 1);
    add(name, listed);
    add(name, line.startsWith('PERS') ? persons : placeNames);
  }
  for (const line of aliases.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const forms = [cols[3] ?? '', ...(cols[4] ?? '').split('|').map((v) => v.replace(/^~/u, ''))];
    for (const f of forms) add(f, actors);
    if (cols[1] === 'PERS') for (const f of forms) add(f, persons);
  }
  for (const text of places) {
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      add(line.slice(0, line.indexOf('\t')), listed);
      add(line.slice(0, line.indexOf('\t')), placeNames);
    }
  }
  return { listed, actors, persons, places: placeNames };
}

/**
 * Known names of morph-form words without clitics. An actor of the alias table is a name even where
 * it is also a common word's form (طالبان, two students). Another listed name is one only where the
 * lexicon does not list the word as a common noun, adjective or verb: حرب, سلام and مدينة are
 * names of persons and places too, but a query for them means the words.
 */
export interface KnownNames {
  /** A name of the alias table's actors. */
  actor(word: string): boolean;
  /** A name of any list, or a proper name of the lexicon. */
  has(word: string): boolean;
  /** A person's name of the gazetteer or the alias table, and no place's (فيصل, not بغداد). */
  person(word: string): boolean;
}

/** Known names from the lexicon's proper tag and the listed names. */
export function createKnownNames(lists: { listed: ReadonlySet<string>; actors: ReadonlySet<string>; persons: ReadonlySet<string>; places: ReadonlySet<string> }, lexicon: Lexicon): KnownNames {
  // One set for `has`, which the reader asks of every clitic reading of every new word.
  const any = new Set([...lists.listed, ...lists.actors]);
  return {
    actor: (word) => lists.actors.has(word),
    person: (word) => lists.persons.has(word) && !lists.places.has(word),
    has: (word) => any.has(word) || ((lexicon.get(word) ?? 0) & TAG.proper) !== 0,
  };
}

let cached: KnownNames | undefined;

/** The bundled known names, read once on first use. */
export function defaultKnownNames(): KnownNames {
  cached ??= createKnownNames(
    parseNameLists(readDataText('ner/anergazet.txt'), readDataText('entities/aliases.txt'), [
      readDataText('geo/cities-ar.txt'),
      readDataText('geo/countries-ar.txt'),
      readDataText('geo/places-extra.txt'),
    ]),
    defaultLexicon(),
  );
  return cached;
}

/** The search form of a name of several words, blanks collapsed: «حزب الله» → «حزب الله». */
export const multiWordKey = (text: string): string => normalizeText(text, 'search').trim().split(/\s+/u).join(' ');

/** The names of two to five words of the alias table and the gazetteers, in {@link multiWordKey} form. */
export function parseMultiWordNames(gazetteer: string, aliases: string, places: readonly string[]): Set<string> {
  const out = new Set<string>();
  const add = (name: string): void => {
    const k = multiWordKey(name);
    const words = k.split(' ').length;
    if (words >= 2 && words <= 5 && /^[\u0621-\u064A ]+$/u.test(k)) out.add(k);
  };
  for (const line of gazetteer.split('\n')) if (line && !line.startsWith('#')) add(line.slice(line.indexOf('\t') + 1));
  for (const line of aliases.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    for (const f of [cols[3] ?? '', ...(cols[4] ?? '').split('|')]) if (!f.startsWith('~')) add(f);
  }
  for (const text of places) for (const line of text.split('\n')) if (line && !line.startsWith('#')) add(line.slice(0, line.indexOf('\t')));
  return out;
}

let multi: Set<string> | undefined;

/** The bundled names of several words (a query of just those words is searched as the phrase). */
export function defaultMultiWordNames(): ReadonlySet<string> {
  multi ??= parseMultiWordNames(readDataText('ner/anergazet.txt'), readDataText('entities/aliases.txt'), [
    readDataText('geo/cities-ar.txt'),
    readDataText('geo/countries-ar.txt'),
    readDataText('geo/places-extra.txt'),
  ]);
  return multi;
}
