/**
 * The tagger often stops a person's name before its nasab: «أحمد بن علي رئيس نادي الاتفاق» tagged
 * «أحمد», and «ابن علي» later tagged «ابن». A person's mention goes on through «بن/ابن/بنت X»,
 * link by link, while X can be a name: an Arabic word, no stopword and no title or role word,
 * with nothing but a space between. Mentions inside the longer name are dropped.
 */
import type { Mention } from '../core/entity-schema.js';
import { defaultStopwords } from '../text/stopwords.js';
import { wordsOf } from './extract-role.js';
import { spaceBefore, type Word } from './fold-name.js';
import type { RoleContext } from './role-context.js';

const NASAB: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

export function extendNasab(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text, roleWords } = ctx;
  const stop = defaultStopwords();
  /** Word `k` follows word `k - 1` with only a space between, on the same line. */
  const joined = (k: number): boolean => spaceBefore(text, words, k);
  const nameWord = (k: number): boolean => {
    const w: Word | undefined = words[k];
    if (!w || w.kind !== 'arabic' || w.key.length < 2 || !joined(k) || stop.has(w.key) || NASAB.has(w.key)) return false;
    const cue = roleWords.cues.get(w.key)?.cue;
    return !cue || cue.kind === 'particle';
  };
  const out: Mention[] = [];
  let covered = -1;
  for (const m of mentions) {
    if (m.start < covered) continue;
    if (m.type !== 'PERS') {
      out.push(m);
      continue;
    }
    const [a, b] = wordsOf(ctx, m.start, m.end);
    let end = b;
    // «ابن» tagged alone: the particle opens the chain.
    if (b - a === 1 && NASAB.has(words[a]!.key) && nameWord(b)) end = b + 1;
    while (end > a && NASAB.has(words[end]?.key ?? '') && joined(end) && nameWord(end + 1)) {
      end += 2;
      // «بن عبد الله»: the particle takes the word after it.
      if (roleWords.cues.get(words[end - 1]!.key)?.cue?.kind === 'particle' && nameWord(end)) end++;
    }
    if (end === b) {
      out.push(m);
      continue;
    }
    const to = words[end - 1]!.end;
    covered = to;
    out.push({ ...m, end: to, text: text.slice(m.start, to) });
  }
  return out;
}
