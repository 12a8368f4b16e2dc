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
import { loadCompiled, type CompiledResource } from './compiled-data.js';
import { LexiconTable } from './lexicon-table.js';
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

/** Bits of a one-word name in the names' table: what lists name it. */
const LISTED = 1;
const ACTOR = 2;
const PERSON = 4;
const PLACE = 8;

/** The one-word names of the lists in one table, each with the bits of the lists that name it. */
export function nameTable(lists: Omit<NameLists, 'multi'>): LexiconTable {
  const sets: Array<[ReadonlySet<string>, number]> = [[lists.listed, LISTED], [lists.actors, ACTOR], [lists.persons, PERSON], [lists.places, PLACE]];
  let units = 0;
  const all = new Set<string>();
  for (const [set] of sets) for (const w of set) all.add(w);
  for (const w of all) units += w.length;
  const table = new LexiconTable(all.size, units);
  for (const [set, bit] of sets) for (const w of set) table.or(w, 0, w.length, bit);
  return table;
}

/** Known names from the lexicon's proper tag and the lists' names (see {@link nameTable}). */
export function createKnownNames(names: LexiconTable, lexicon: Lexicon): KnownNames {
  const bits = (word: string): number => names.get(word) ?? 0;
  return {
    actor: (word) => (bits(word) & ACTOR) !== 0,
    person: (word) => (bits(word) & (PERSON | PLACE)) === PERSON,
    has: (word) => (bits(word) & (LISTED | ACTOR)) !== 0 || ((lexicon.get(word) ?? 0) & TAG.proper) !== 0,
  };
}

/** The bundled lists' files, in the order {@link parseNameLists} takes them (the place lists last). */
const NAME_SOURCES = ['ner/anergazet.txt', 'entities/aliases.txt', 'geo/cities-ar.txt', 'geo/countries-ar.txt', 'geo/places-extra.txt', 'geo/saudi-places.txt'];

const parseBundled = (texts: readonly string[]): NameLists => parseNameLists(texts[0]!, texts[1]!, texts.slice(2));

/** The bundled lists' one-word names, compiled (see compiled-data.ts). */
export const NAMES_RESOURCE: CompiledResource<LexiconTable> = {
  name: 'names',
  sources: NAME_SOURCES,
  parse: (texts) => nameTable(parseBundled(texts)),
  toBytes: (table) => table.toBytes(),
  fromBytes: (bytes) => LexiconTable.fromBytes(bytes),
};

let multi: ReadonlySet<string> | undefined;
let cached: KnownNames | undefined;

/** The bundled known names. */
export function defaultKnownNames(): KnownNames {
  cached ??= createKnownNames(loadCompiled(NAMES_RESOURCE), defaultLexicon());
  return cached;
}

/** The bundled names of several words (a query of just those words is searched as the phrase). */
export function defaultMultiWordNames(): ReadonlySet<string> {
  multi ??= parseBundled(NAME_SOURCES.map(readDataText)).multi;
  return multi;
}

/**
 * A word whose search form is a stopword's only because the search form reads a final ى as ي, and
 * that is written with ي as a person's given name the lists know: «علي» is the name and «على» the
 * preposition, though their search forms are one.
 */
export function writtenAsGivenName(surface: string, names: KnownNames = defaultKnownNames()): boolean {
  return /ي[\u064B-\u0652]*$/u.test(surface) && defaultStopwords().has(normalizeText(surface, 'search')) && names.person(normalizeText(surface, 'morph'));
}
