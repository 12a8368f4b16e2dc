/**
 * Units the tagger calls MISC: ANERcorp tags currencies as MISC («دولار», «اليورو»), so the tagger
 * does too, and `rasd tag` keeps them for CoNLL scoring. In an article they are not actors a monitor
 * follows, and the quantities already carry them as units («مليون دولار» → unit دولار), so they
 * do not become entities (else «دولار» tops every list of most-named entities).
 */
import { defaultQuantityCues } from '../quantities/cues.js';
import { foldWord } from '../quantities/number-words.js';

// A conjunction, a preposition and the article before the unit: «وبالدولار», «لليورو».
const CLITICS = /^[وف]?(?:لل|[بك]ال|ال|[بلك])?/u;

/** True when a MISC mention's text is a unit of the quantity cues (data/text/quantity-cues.txt), clitics and all. */
export function isUnitMention(text: string): boolean {
  const units = defaultQuantityCues().units;
  const word = foldWord(text.trim());
  if (!word || /\s/u.test(word)) return false;
  if (units.has(word)) return true;
  const bare = word.replace(CLITICS, '');
  return bare.length >= 2 && bare !== word && units.has(bare);
}
