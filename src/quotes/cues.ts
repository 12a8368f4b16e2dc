/**
 * The cue words of attributed statements (data/quotes/cues.txt) as look-ups by search form: speech
 * verbs and their forms, the prepositions they take, attribution after a quote, turns, media and
 * the heads of unnamed speakers.
 */
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';

export interface QuoteCues {
  /** Every verb form (search form) → its lemma as written in the file. */
  verbs: ReadonlyMap<string, string>;
  /** Lemma → prepositions (search form) it takes before its clause («أشار» → «الي»). */
  preps: ReadonlyMap<string, ReadonlySet<string>>;
  /** Phrases of attribution after a quote, as word lists in search form. */
  after: ReadonlyArray<readonly string[]>;
  /** Phrases that turn to the entity just mentioned. */
  turn: ReadonlyArray<readonly string[]>;
  /** Medium nouns, without the article. */
  media: ReadonlySet<string>;
  /** Heads of unnamed speakers. */
  groups: ReadonlySet<string>;
  /** Passive verb forms: the speaker is whoever the sentence names, never one carried from before. */
  passive: ReadonlySet<string>;
}

export const fold = (s: string): string => normalizeText(s, 'search');
const words = (phrase: string): string[] => fold(phrase).split(/\s+/).filter(Boolean);

/** Parses the cue file; throws E_DATA naming the line of a malformed entry. */
export function parseQuoteCues(source: string, file = 'quotes/cues.txt'): QuoteCues {
  const verbs = new Map<string, string>();
  const preps = new Map<string, Set<string>>();
  const after: string[][] = [];
  const turn: string[][] = [];
  const media = new Set<string>();
  const groups = new Set<string>();
  const passive = new Set<string>();
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('\t');
    const bad = (why: string): never => {
      throw new RasdError('E_DATA', `data/${file}:${i + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    const list = (s: string | undefined): string[] => (s ?? '').split('|').map((p) => p.trim()).filter(Boolean);
    switch (cols[0]) {
      case 'verb':
        if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad('expected verb<TAB>lemma<TAB>form|form|…');
        for (const f of list(cols[2])) verbs.set(fold(f), cols[1]!);
        break;
      case 'prep': {
        if (cols.length !== 3 || !cols[1] || !cols[2]) bad('expected prep<TAB>lemma<TAB>word');
        const set = preps.get(cols[1]!) ?? new Set<string>();
        set.add(fold(cols[2]!));
        preps.set(cols[1]!, set);
        break;
      }
      case 'after':
      case 'turn':
        if (cols.length !== 2 || !list(cols[1]).length) bad(`expected ${cols[0]}<TAB>phrase|phrase|…`);
        (cols[0] === 'after' ? after : turn).push(...list(cols[1]).map(words));
        break;
      case 'medium':
      case 'group':
      case 'passive':
        if (cols.length !== 2 || !list(cols[1]).length) bad(`expected ${cols[0]}<TAB>word|word|…`);
        for (const w of list(cols[1])) (cols[0] === 'medium' ? media : cols[0] === 'group' ? groups : passive).add(fold(w));
        break;
      default:
        bad('unknown kind (verb, prep, after, turn, medium, group, passive)');
    }
  });
  // Longest phrases first, so «على حد قوله» wins over a shorter one.
  after.sort((a, b) => b.length - a.length);
  turn.sort((a, b) => b.length - a.length);
  return { verbs, preps, after, turn, media, groups, passive };
}

let shipped: QuoteCues | undefined;

/** The shipped cues (data/quotes/cues.txt), read once. */
export function defaultQuoteCues(): QuoteCues {
  shipped ??= parseQuoteCues(readDataText('quotes/cues.txt'));
  return shipped;
}
