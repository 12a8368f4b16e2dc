/**
 * Places the tagger missed, found in the gazetteer (data/geo: cities of 100,000 people or more,
 * countries and our own list): «بالمنامة», «أفغانستان», «دومة الجندل». The longest name of up to
 * four words wins; و/ف and ب/ك/ل in front come off. A one-word name must be no stopword, no nisba
 * adjective and no person's name the lists know, carry no pronoun, and be a proper name to the
 * lexicon or a word it cannot read, or name a country or a city of half a million people.
 */
import type { Mention } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultKnownNames } from '../text/known-names.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { defaultGazetteer, isPlaceName, MAX_PLACE_WORDS } from '../text/places.js';
import { defaultStopwords } from '../text/stopwords.js';
import { spaceBefore } from './fold-name.js';
import type { RoleContext } from './role-context.js';
import { isAdministrativeUnit } from './place-unit.js';
import { PLACE_CLITICS, withoutPlaceClitics } from './place-clitics.js';

/** The population from which a city's name wins over the common word it also spells. */
const BIG_CITY = 500_000;


export function findPlaceNames(ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const lexicon = ctx.lexicon();
  const names = defaultKnownNames();
  const gazetteer = defaultGazetteer();
  /**
   * A one-word place the lexicon reads as a common word is none here («دولة», «البحر», «صور»
   * pictures, «تعز» you honour): only proper names and words it does not know.
   */
  const nameLike = (k: number, skip: number): boolean => {
    const w = words[k]!;
    if (stop.has(w.key) || stop.has(w.key.slice(skip))) return false;
    // A word the lexicon reads whole, with fewer clitics than `skip`, keeps its letters: «كبيرا» is
    // big, not ك + «بيرا». Not for و/ف alone, which go before any word («وآسيا»).
    if (skip > 0 && !/^[وف]+$/u.test(w.key.slice(0, skip))) {
      const whole = segmentClitics(normalizeText(text.slice(w.start, w.end), 'morph'), { lexicon });
      const clitics = whole.proclitics.reduce((n, p) => n + p.surface.length, 0);
      if (whole.known && clitics < skip && ((lexicon.get(whole.lemma) ?? 0) & TAG.proper) === 0) return false;
    }
    // «محافظة ضمد», «ولاية كسلا»: after an administrative unit's word the gazetteer's name is the
    // place, though it also spells a common word.
    if (skip === 0 && afterUnit(k)) return true;
    // The word as the lexicon reads it: a pronoun after it («حديثه», his talk) makes no place.
    const seg = segmentClitics(normalizeText(text.slice(w.start, w.end), 'morph').slice(skip), { lexicon });
    if (seg.enclitics.length > 0) return false;
    // A nisba with the article is an adjective («المالي», «السوري»), not the place it is made from.
    if (seg.proclitics.some((c) => c.tag === 'ال') && /(ي|ية)$/u.test(seg.base)) return false;
    // A person's name the lists know is no place here («كريمة», «الجاسم»).
    if (names.person(seg.base)) return false;
    if (!seg.known || ((lexicon.get(seg.base) ?? 0) & TAG.proper) !== 0) return true;
    // A city of half a million people or more is the city, though its name is also a word
    // («عدن» Eden, «الطائف» one who circles, «حمص» chickpeas): news names the city far more often.
    return gazetteer.find(w.key.slice(skip)).some((p) => p.kind === 'country' || (p.population ?? 0) >= BIG_CITY);
  };
  /** The word before word `k` is an administrative unit's, with a space between: «محافظة | ضمد». */
  const afterUnit = (k: number): boolean => {
    const u = words[k - 1];
    return !!u && u.kind === 'arabic' && spaceBefore(text, words, k) && [u.key, u.key.replace(PLACE_CLITICS, '')].some((key) => isAdministrativeUnit(key));
  };
  const out: Mention[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'arabic' || w.part === 'tail') continue;
    const key = w.key;
    let best: { skip: number; last: number } | null = null;
    // The first word's readings: as written, and without each clitic run it may carry.
    for (const { skip, rest: first } of withoutPlaceClitics(key)) {
      let phrase = first;
      // Names of several words are tried only from a word that opens one.
      const longest = gazetteer.opensName(first) ? MAX_PLACE_WORDS : 1;
      for (let m = k; m < words.length && m - k < longest; m++) {
        if (m > k) {
          const n = words[m]!;
          if (n.kind !== 'arabic' || !spaceBefore(text, words, m)) break;
          phrase += (n.part === 'tail' ? '' : ' ') + n.key;
        }
        if ((!best || m > best.last) && isPlaceName(phrase, gazetteer) && (m > k || nameLike(k, skip))) best = { skip, last: m };
      }
    }
    if (!best) continue;
    const start = best.skip > 0 ? offsetAfterLetters(text, w.start, w.end, best.skip) : w.start;
    const end = words[best.last]!.end;
    out.push({ type: 'LOC', start, end, text: text.slice(start, end) });
    k = best.last;
  }
  return out;
}
