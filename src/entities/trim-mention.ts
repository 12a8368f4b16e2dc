/**
 * The tagger sometimes runs a name on into the particle after it: «فهد الرشيدي لـ«القبس»» tagged as
 * one person with «لـ». A mention never ends on a lone letter or a stopword; those words come off
 * its end (a mention that would be left empty stays as it is, for the linker to judge).
 */
import { defaultKnownNames } from '../text/known-names.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import type { Mention } from '../core/entity-schema.js';
import { wordsOf } from './extract-role.js';
import type { RoleContext } from './role-context.js';

/**
 * The mentions, each without the lone letters and stopwords at its end. A person's name the lists
 * know stays, though it is spelled like a stopword: «أحمد بن علي» keeps «علي» (also «على»).
 */
export function trimMentions(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const names = defaultKnownNames();
  const stopAt = (k: number, type: Mention['type']): boolean => {
    const w = words[k]!;
    if (w.key.length < 2) return true;
    if (!stop.has(w.key)) return false;
    return !(type === 'PERS' && names.person(normalizeText(text.slice(w.start, w.end), 'morph')));
  };
  return mentions.map((m) => {
    const [a, b] = wordsOf(ctx, m.start, m.end);
    let end = b;
    while (end - 1 > a && stopAt(end - 1, m.type)) end--;
    if (end === b || end <= a) return m;
    const to = words[end - 1]!.end;
    return { ...m, end: to, text: text.slice(m.start, to) };
  });
}
