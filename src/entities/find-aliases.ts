/**
 * Known actors found straight in the text, longest match first, so that frequent ones are caught
 * where the tagger misses them: «… ولتنظيم الدولة الإسلامية في العراق والشام …» → isis.
 */
import type { EntityType } from '../core/entity-schema.js';
import { defaultAliasIndex, type AliasHit, type AliasIndex } from './alias-index.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { textWords, type Word } from './fold-name.js';
import type { CanonicalEntity } from './parse-aliases.js';

/** One alias found in the text: the span of the name (clitics in front left out) and the actor. */
export interface AliasMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  entity: CanonicalEntity;
}

/** Where the alias table comes from, and the text's words when the caller has them already. */
export interface FindAliasOptions {
  index?: AliasIndex;
  words?: readonly Word[];
}

/** An alias match over words: the index of its last word, and what it names. */
export interface AliasMatch {
  last: number;
  hit: AliasHit;
}

/**
 * The longest alias (or blocked phrase) starting at word `i`, or null. `scanOnly` keeps to forms
 * the text scan may report (no `~` forms, capitals where asked).
 */
export function aliasAt(text: string, words: readonly Word[], i: number, index: AliasIndex, scanOnly: boolean): AliasMatch | null {
  const first = words[i]!;
  if (first.part === 'tail') return null;
  let key = first.key;
  let best: AliasMatch | null = null;
  for (let j = i; ; ) {
    const node = index.nodes.get(key);
    if (!node) break;
    const hit = node.hit;
    if (hit && words[j]!.part !== 'head' && (!scanOnly || hit.entity === null || (hit.scan && (!hit.capsOnly || isCaps(text, first.start, words[j]!.end))))) {
      best = { last: j, hit };
    }
    if (!node.more || j + 1 >= words.length || j + 1 - i >= index.maxWords || words[j + 1]!.breakBefore) break;
    j++;
    key += ' ' + words[j]!.key;
  }
  return best;
}

/** No lower-case letter: «US», «ISIS», «U.N.». */
function isCaps(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * Every alias of the table the text names, left to right, longest first, never overlapping; a
 * blocked phrase («مجلس الأمن القومي») is passed over whole. Spans slice back to the text.
 */
export function findAliasMentions(text: string, options: FindAliasOptions = {}): AliasMention[] {
  const index = options.index ?? defaultAliasIndex();
  const words = options.words ?? textWords(text);
  const out: AliasMention[] = [];
  for (let i = 0; i < words.length; ) {
    const found = aliasAt(text, words, i, index, true);
    if (!found) {
      i++;
      continue;
    }
    const { hit, last } = found;
    if (hit.entity) {
      const w = words[i]!;
      const start = hit.skip > 0 ? offsetAfterLetters(text, w.start, w.end, hit.skip) : w.start;
      const end = words[last]!.end;
      out.push({ type: hit.entity.type, start, end, text: text.slice(start, end), entity: hit.entity });
    }
    i = last + 1;
  }
  return out;
}
