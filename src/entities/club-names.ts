/**
 * Sports clubs by their bare names, in an article about sport: «فاز الهلال على النصر», «الهدف الثاني
 * للهلال». A club's bare name is one of its listed names (data/entities/bodies/clubs.txt) without
 * «نادي»: «الهلال» of «نادي الهلال». It is a common word too (the crescent, victory, the union), so
 * the alias scan leaves it to the tagger, which misses it in most sports news. An article that holds
 * two different words of sport (data/entities/sports-cues.txt) speaks of the club.
 * - Only a bare name with the article, and no place's name: «الرياض» is the city in a dateline.
 * - A nisba after it makes another name («الاتحاد السعودي لكرة القدم», «الاتحاد الآسيوي»), left to
 *   the rules that read it.
 * - The clitics in front are left out of the span, and «لل» keeps its second ل («للهلال» → «لهلال»),
 *   as the alias scan does.
 * A bare name two clubs share («الأهلي» of Jeddah and of Cairo) is an organisation with no actor id.
 */
import type { EntityType } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { isPlaceName, isPlaceNisba } from '../text/places.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText, readLines } from '../text/read-data.js';
import { cliticForms, cliticLetters } from './clitic-forms.js';
import { nameKey, spaceBefore, type Word } from './fold-name.js';
import { parseAliases, type CanonicalEntity } from './parse-aliases.js';

/** A club found by its bare name: the span without clitics, and the club when one club has that name. */
export interface ClubMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  entity: CanonicalEntity | null;
}

/** Cue words of sport an article must hold, different ones. */
const CUES_NEEDED = 2;

interface ClubWords {
  /** A written form of a bare name, clitics in front included → the letters to skip and the club (null when shared). */
  forms: ReadonlyMap<string, { skip: number; club: CanonicalEntity | null }>;
  /** A written form of a cue word → the cue word. */
  cues: ReadonlyMap<string, string>;
}

let bundled: ClubWords | undefined;

/** The clubs' bare names and the cue words, read once. */
export function defaultClubWords(): ClubWords {
  bundled ??= clubWords(readDataText('entities/bodies/clubs.txt'), readLines('entities/sports-cues.txt'));
  return bundled;
}

/** Compiles a clubs file (the alias format) and a list of cue words. */
export function clubWords(clubsSource: string, cueWords: readonly string[]): ClubWords {
  const letters = cliticLetters();
  const bare = new Map<string, CanonicalEntity | null>();
  for (const row of parseAliases(clubsSource, 'data/entities/bodies/clubs.txt')) {
    if (!row.entity) continue;
    const names = new Set([row.entity.name_ar, ...row.forms.map((f) => f.text)].map(bareName).filter((n): n is string => n !== null));
    for (const name of names) bare.set(name, bare.has(name) && bare.get(name)?.id !== row.entity.id ? null : row.entity);
  }
  const forms = new Map<string, { skip: number; club: CanonicalEntity | null }>();
  for (const [name, club] of bare) for (const f of cliticForms(name.slice(2), 'required', letters, 'cut')) if (f.definite) forms.set(f.form, { skip: f.skip, club });
  const cues = new Map<string, string>();
  for (const word of cueWords) {
    const key = nameKey(word);
    const [stem, rule] = key.startsWith('ال') ? [key.slice(2), 'required' as const] : [key, 'optional' as const];
    for (const f of cliticForms(stem, rule, letters)) cues.set(f.form, key);
  }
  return { forms, cues };
}

/**
 * A listed name's bare form, or null: the name is one word with the article, alone or after «نادي»
 * («نادي الهلال» → «الهلال»), and no place's name or nisba. A name the list gives only with its
 * country's nisba has none («الملعب التونسي», «الشرطة العراقي»): without it, it is the common word.
 */
function bareName(name: string): string | null {
  let words = nameKey(name).split(' ');
  if (words[0] === 'نادي' || words[0] === 'النادي') words = words.slice(1);
  const [word] = words;
  if (words.length !== 1 || !word!.startsWith('ال') || word!.length < 5) return null;
  return isPlaceName(normalizeText(word!, 'morph')) || isPlaceNisba(word!) ? null : word!;
}

/** A masculine singular nisba, which agrees with the club («الهلال السعودي»); a feminine one describes a noun before it («مباراة الهلال الودية»). */
const isNisba = (key: string): boolean => key.startsWith('ال') && key.length >= 5 && /ي$/u.test(key);

/** The clubs named by their bare names in `text` (its `words`), where the text is about sport; else none. */
export function findClubNames(text: string, words: readonly Word[], lists: ClubWords = defaultClubWords()): ClubMention[] {
  const seen = new Set<string>();
  for (const w of words) {
    const cue = lists.cues.get(w.key);
    if (cue) seen.add(cue);
    if (seen.size >= CUES_NEEDED) break;
  }
  if (seen.size < CUES_NEEDED) return [];
  const out: ClubMention[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const form = w.part === 'tail' ? undefined : lists.forms.get(w.key);
    if (!form) continue;
    if (k + 1 < words.length && spaceBefore(text, words, k + 1) && isNisba(words[k + 1]!.key)) continue;
    const start = form.skip > 0 ? offsetAfterLetters(text, w.start, w.end, form.skip) : w.start;
    out.push({ type: 'ORG', start, end: w.end, text: text.slice(start, w.end), entity: form.club });
  }
  return out;
}
