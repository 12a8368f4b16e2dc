/**
 * The tagger sometimes runs a person's name on into the words after it: «حقق عمر سي نجاحا كبيرا»
 * tagged «عمر سي نجاحا», «يريد عباس حسم مستقبل …» tagged «عباس حسم». Where the mention opens with a
 * name the article gives a person elsewhere (the whole of a longer name, or its last word: «عباس»
 * of «محمود عباس»), and the word after it is a common word (one the lexicon reads, written without
 * the article, and no name or place the lists know), the mention ends at that name: «كلينتون شعار
 * بوش» → «كلينتون».
 */
import type { Mention } from '../core/entity-schema.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultKnownNames } from '../text/known-names.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/places.js';
import { wordsOf } from './extract-role.js';
import { nameKey } from './fold-name.js';
import { classify, type RoleContext } from './role-context.js';

export function cutRunOns(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const persons = mentions.filter((m) => m.type === 'PERS');
  if (persons.length < 2) return [...mentions];
  const names = defaultKnownNames();
  const lexicon = ctx.lexicon();
  /** A word the lexicon reads as a common word, without the article, and no name or place. */
  const common = (k: number): boolean => {
    const morph = normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
    if (morph.length < 2 || morph.startsWith('ال') || names.has(morph) || isPlaceName(morph)) return false;
    const seg = segmentClitics(morph, { lexicon });
    if (!seg.known || seg.proclitics.length > 0 || names.has(seg.lemma)) return false;
    return ((lexicon.get(seg.lemma) ?? 0) & TAG.proper) === 0;
  };
  // The names the article gives persons in its mentions of two words or more: whole, and their
  // last words (a given name alone, «محمد», says too little: «محمد جمعة» stays). Read once.
  const given = persons.map((o) => {
    const key = nameKey(o.text);
    const ws = key.split(' ');
    return ws.length < 2 ? [] : [key, ws[ws.length - 1]!];
  });
  const givenElsewhere = (m: Mention, key: string): boolean => persons.some((o, j) => o !== m && given[j]!.includes(key));
  return mentions.map((m) => {
    if (m.type !== 'PERS') return m;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    if (b - a < 2) return m;
    // The longest name given elsewhere that a common word follows: «كلينتون | شعار بوش».
    for (let end = b - 1; end > a; end--) {
      // A word that opens a name goes on with it («آل مريح», «أبا نمي»): nothing is cut there.
      if (!common(end) || classify(ctx, end - 1).kind === 'particle') continue;
      if (givenElsewhere(m, nameKey(text.slice(words[a]!.start, words[end - 1]!.end)))) {
        const to = words[end - 1]!.end;
        return { ...m, end: to, text: text.slice(m.start, to) };
      }
    }
    return m;
  });
}
