/**
 * Persons the tagger found that are groups, not anyone's name: every word a sound plural, of a word
 * the lexicon says takes one or of a country's nisba («ناشطون», «شاهدين», «متظاهرون غاضبون»,
 * «ناشطون سوريون»). A name the lists know stays, and so do foreign names that end the same way
 * («كوربين», «بيرسون»), whose stems the lexicon does not know.
 */
import type { Mention } from '../core/entity-schema.js';
import { defaultKnownNames } from '../text/known-names.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceNisba } from '../text/places.js';
import type { RoleContext } from './role-context.js';

/** The masculine sound plural's endings, and the nisba's plural before them («سوريون»). */
const PLURAL = /^(.{2,}?)(ي)?(ون|ين)$/u;

export function dropCommonPlurals(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const names = defaultKnownNames();
  const lexicon = ctx.lexicon();
  const plural = (word: string): boolean => {
    const w = normalizeText(word, 'morph').replace(/^(ال|[وفبل]ال|لل)/u, '');
    const m = PLURAL.exec(w);
    if (!m || names.person(w)) return false;
    const singular = m[1]! + (m[2] ?? '');
    if (names.person(singular)) return false;
    // «ناشط» takes ون; «سوري» is a country's nisba («سوريون»).
    if (((lexicon.get(singular) ?? 0) & TAG.masculinePlural) !== 0) return true;
    return m[2] !== undefined && isPlaceNisba(`ال${singular}`);
  };
  return mentions.filter((m) => m.type !== 'PERS' || !m.text.split(/\s+/u).filter(Boolean).every(plural));
}
