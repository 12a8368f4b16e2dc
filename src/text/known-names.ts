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
import { defaultStopwords } from './stopwords.js';

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

/** The names of the bundled lists, read in one pass. */
export interface NameLists {
  /** One-word names of the gazetteers and the place lists. */
  listed: Set<string>;
  /** One-word names of the alias table's actors (their `~` forms included). */
  actors: Set<string>;
  /** One-word names of persons (the gazetteer's PERS, the alias table's PERS actors). */
  persons: Set<string>;
  /** One-word names of places and organisations (everything the gazetteers and place lists name but persons). */
  places: Set<string>;
  /** Names of two to five words, in {@link multiWordKey} form (no `~` form: those are ambiguous alone). */
  multi: Set<string>;
}

/** The search form of a name of several words, blanks collapsed: «حزب  الله» → «حزب الله». */
export const multiWordKey = (text: string): string => normalizeText(text, 'search').trim().split(/\s+/u).join(' ');

/** The names of the bundled lists: the alias table's apart (its actors are names first). */
export function parseNameLists(gazetteer: string, aliases: string, places: readonly string[]): NameLists {
  const lists: NameLists = { listed: new Set(), actors: new Set(), persons: new Set(), places: new Set(), multi: new Set() };
  /** A name as listed: its one-word key into `to`, or its key of several words into `multi`. */
  const add = (name: string, to: ReadonlyArray<Set<string>>, alone = true): void => {
    const k = nameKey(name);
    if (k) for (const set of to) set.add(k);
    else if (alone) {
      const m = multiWordKey(name);
      const words = m.split(' ').length;
      if (words >= 2 && words <= 5 && /^[\u0621-\u064A ]+$/u.test(m)) lists.multi.add(m);
    }
  };
  const rows = (text: string): string[] => text.split('\n').filter((line) => line && !line.startsWith('#'));
  for (const line of rows(gazetteer)) add(line.slice(line.indexOf('\t') + 1), [lists.listed, line.startsWith('PERS') ? lists.persons : lists.places]);
  for (const line of rows(aliases)) {
    const cols = line.split('\t');
    const to = cols[1] === 'PERS' ? [lists.actors, lists.persons] : [lists.actors];
    for (const f of [cols[3] ?? '', ...(cols[4] ?? '').split('|')]) add(f.replace(/^~/u, ''), to, !f.startsWith('~'));
  }
  for (const text of places) for (const line of rows(text)) add(line.slice(0, line.indexOf('\t')), [lists.listed, lists.places]);
  return lists;
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
export function createKnownNames(lists: Omit<NameLists, 'multi'>, lexicon: Lexicon): KnownNames {
  // One set for `has`, which the reader asks of every clitic reading of every new word.
  const any = new Set([...lists.listed, ...lists.actors]);
  return {
    actor: (word) => lists.actors.has(word),
    person: (word) => lists.persons.has(word) && !lists.places.has(word),
    has: (word) => any.has(word) || ((lexicon.get(word) ?? 0) & TAG.proper) !== 0,
  };
}

let bundledLists: NameLists | undefined;

/** The bundled lists, read once on first use. */
function bundled(): NameLists {
  bundledLists ??= parseNameLists(readDataText('ner/anergazet.txt'), readDataText('entities/aliases.txt'), [
    readDataText('geo/cities-ar.txt'),
    readDataText('geo/countries-ar.txt'),
    readDataText('geo/places-extra.txt'),
    readDataText('geo/saudi-places.txt'),
  ]);
  return bundledLists;
}

let cached: KnownNames | undefined;

/** The bundled known names. */
export function defaultKnownNames(): KnownNames {
  cached ??= createKnownNames(bundled(), defaultLexicon());
  return cached;
}

/** The bundled names of several words (a query of just those words is searched as the phrase). */
export function defaultMultiWordNames(): ReadonlySet<string> {
  return bundled().multi;
}

/**
 * A word whose search form is a stopword's only because the search form reads a final ى as ي, and
 * that is written with ي as a person's given name the lists know: «علي» is the name and «على» the
 * preposition, though their search forms are one.
 */
export function writtenAsGivenName(surface: string, names: KnownNames = defaultKnownNames()): boolean {
  return /ي[\u064B-\u0652]*$/u.test(surface) && defaultStopwords().has(normalizeText(surface, 'search')) && names.person(normalizeText(surface, 'morph'));
}
