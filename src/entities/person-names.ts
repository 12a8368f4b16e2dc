/**
 * Persons the tagger missed, by the shape of a name: a given name the lists know for a person
 * followed by a family name with the article that the lexicon cannot read («علي العيثان», «نائلة
 * الميرغني») or reads only as a nisba of no place («خليفة الهاملي», «حامد العازمي»). A family name
 * the lexicon reads as a word («الأسبوع», «المقبل») makes none.
 */
import type { Mention } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { defaultKnownNames, writtenAsGivenName } from '../text/known-names.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import { isFamilyName } from './family-name.js';
import { spaceBefore } from './fold-name.js';
import type { RoleContext } from './role-context.js';

export function findPersonNames(ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const names = defaultKnownNames();
  const stop = defaultStopwords();
  const lexicon = ctx.lexicon();
  const morph = (k: number): string => normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
  const out: Mention[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const [w, next] = [words[k]!, words[k + 1]!];
    if (w.kind !== 'arabic' || next.kind !== 'arabic' || w.part !== 'whole' || next.part !== 'whole' || !spaceBefore(text, words, k + 1)) continue;
    if (!next.key.startsWith('ال') || next.key.length < 5) continue;
    // No stopword («من», «على»: the search form cannot tell «على» from the name «علي», but the text
    // can: «علي» written with its dots before a family name is the name, «وعلي العيثان»).
    const named = writtenAsGivenName(text.slice(w.start, w.end).replace(/^[وف](?=...)/u, ''), names);
    if (!named && (stop.has(w.key) || stop.has(w.key.replace(/^[وف]/u, '')))) continue;
    // The given name as written, or after و/ف in front («وعلي العيثان»).
    let skip = 0;
    let given = morph(k);
    if (!names.person(given) && /^[وف]/u.test(given) && names.person(given.slice(1))) {
      skip = 1;
      given = given.slice(1);
    }
    // A given name has no article («الحي العشوائي» is a district).
    if (!names.person(given) || given.startsWith('ال')) continue;
    if (!isFamilyName(morph(k + 1), lexicon)) continue;
    const start = skip ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
    out.push({ type: 'PERS', start, end: next.end, text: text.slice(start, next.end) });
    k++;
  }
  return out;
}
