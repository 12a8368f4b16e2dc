/**
 * The words around a quantity (data/text/quantity-cues.txt) as look-ups by search form:
 * approximation and bound cues before and after it, percent, range words, named units, counted
 * duals, and the words that say a number is a label, a year, an hour or part of an ordinal.
 */
import { RasdError } from '../errors.js';
import { readDataText } from '../text/read-data.js';
import { foldWord } from './number-words.js';

export type PreKind = 'approx' | 'min' | 'max' | 'between' | 'from';
export type PostKind = 'approx' | 'min' | 'max';

/** A phrase as its words in search form, with what it says. */
export interface Phrase<K extends string> {
  words: readonly string[];
  kind: K;
}

/** Phrases by their first word, each list longest first. */
export type PhraseIndex<K extends string> = ReadonlyMap<string, ReadonlyArray<Phrase<K>>>;

export interface QuantityCues {
  /** Before the number: «ما يزيد على» (min), «قرابة» (approx), «بين» (between). */
  pre: PhraseIndex<PreKind>;
  /** After the quantity: «على الأقل» (min), «تقريبا» (approx). */
  post: PhraseIndex<PostKind>;
  /** «%», «في المئة», «بالمئة». */
  percent: PhraseIndex<'percent'>;
  /** The «و» of «بين 10 و20», the «إلى» of «من 10 إلى 20», the «من» of «العشرات من القتلى». */
  and: ReadonlySet<string>;
  to: ReadonlySet<string>;
  of: ReadonlySet<string>;
  /** Unit forms → unit name: «دولارات» → «دولار». */
  units: ReadonlyMap<string, string>;
  /** Counted duals → their noun: «قتيلين» → «قتيل». */
  duals: ReadonlyMap<string, string>;
  label: ReadonlySet<string>;
  yearBefore: ReadonlySet<string>;
  yearAfter: ReadonlySet<string>;
  hourAfter: ReadonlySet<string>;
  ordinal: ReadonlySet<string>;
  notNumber: ReadonlySet<string>;
  notUnit: ReadonlySet<string>;
  wNoun: ReadonlySet<string>;
}

const words = (phrase: string): string[] => foldWord(phrase).split(/\s+/).filter(Boolean);
/** Indexes phrases by their first word, longest first, so a match is one look-up per token. */
function byFirst<K extends string>(phrases: Phrase<K>[]): PhraseIndex<K> {
  const index = new Map<string, Phrase<K>[]>();
  for (const p of phrases) index.set(p.words[0]!, [...(index.get(p.words[0]!) ?? []), p]);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Parses the cue file; throws E_DATA naming the line of a malformed entry. */
export function parseQuantityCues(source: string, file = 'text/quantity-cues.txt'): QuantityCues {
  const pre: Phrase<PreKind>[] = [];
  const post: Phrase<PostKind>[] = [];
  const percent: Phrase<'percent'>[] = [];
  const sets = {
    and: new Set<string>(), to: new Set<string>(), of: new Set<string>(), label: new Set<string>(), 'year-before': new Set<string>(),
    'year-after': new Set<string>(), 'hour-after': new Set<string>(), ordinal: new Set<string>(), 'not-number': new Set<string>(), 'not-unit': new Set<string>(), 'w-noun': new Set<string>(),
  };
  const units = new Map<string, string>();
  const duals = new Map<string, string>();
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('\t');
    const bad = (why: string): never => {
      throw new RasdError('E_DATA', `data/${file}:${i + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    const list = (s: string | undefined): string[] => (s ?? '').split('|').map((p) => p.trim()).filter(Boolean);
    const kind = cols[0]!;
    if (kind === 'unit' || kind === 'dual') {
      if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad(`expected ${kind}<TAB>name<TAB>form|form|…`);
      for (const f of list(cols[2])) (kind === 'unit' ? units : duals).set(foldWord(f), cols[1]!);
      return;
    }
    if (cols.length !== 2 || !list(cols[1]).length) bad(`expected ${kind}<TAB>phrase|phrase|…`);
    const phrases = list(cols[1]).map(words);
    if (kind === 'approx' || kind === 'min' || kind === 'max' || kind === 'between' || kind === 'from') {
      pre.push(...phrases.map((w) => ({ words: w, kind: kind as PreKind })));
    } else if (kind === 'approx-after' || kind === 'min-after' || kind === 'max-after') {
      post.push(...phrases.map((w) => ({ words: w, kind: kind.slice(0, -'-after'.length) as PostKind })));
    } else if (kind === 'percent') {
      percent.push(...phrases.map((w) => ({ words: w, kind: 'percent' as const })));
    } else if (kind in sets) {
      for (const w of phrases) {
        if (w.length !== 1) bad(`"${w.join(' ')}": ${kind} entries are single words`);
        sets[kind as keyof typeof sets].add(w[0]!);
      }
    } else bad('unknown kind');
  });
  return {
    pre: byFirst(pre), post: byFirst(post), percent: byFirst(percent), units, duals,
    and: sets.and, to: sets.to, of: sets.of, label: sets.label, yearBefore: sets['year-before'], yearAfter: sets['year-after'],
    hourAfter: sets['hour-after'], ordinal: sets.ordinal, notNumber: sets['not-number'], notUnit: sets['not-unit'], wNoun: sets['w-noun'],
  };
}

let shipped: QuantityCues | undefined;

/** The shipped cues (data/text/quantity-cues.txt), read once. */
export function defaultQuantityCues(): QuantityCues {
  shipped ??= parseQuantityCues(readDataText('text/quantity-cues.txt'));
  return shipped;
}
