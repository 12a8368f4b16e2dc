/**
 * What the role stages read of one text: its words, the cue words, the alias table and the
 * gazetteer, with each word's class worked out once and kept.
 */
import { defaultLexicon, type Lexicon } from '../text/lexicon.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/places.js';
import { defaultAliasIndex, type AliasIndex } from './alias-index.js';
import { textWords, type Word } from './fold-name.js';
import { defaultRoleWords, type CueKind, type RoleWords } from './role-words.js';

/** A word's part in a role phrase: a cue, an article-bearing word, «ل + noun» before one, a boundary, or other. */
export type WordClass = CueKind | 'def' | 'lcons' | 'punct' | 'other';

/** A classified word; a multi-word cue («ولي العهد», «في تصريح») covers words up to `last`. */
export interface Classified {
  kind: WordClass;
  last: number;
  /** Clitic letters in front that a role span leaves out. */
  skip: number;
  /** Carries the article. */
  definite: boolean;
  /** Looks like a nisba adjective («السوري», «السعودية»), which may follow a title. */
  nisba: boolean;
}

/** Where the role stages get their word lists; the defaults are the bundled ones. */
export interface RoleOptions {
  roleWords?: RoleWords;
  aliases?: AliasIndex;
  /** Is this one word a place («حلب»)? A bare role noun may take it as complement: «محافظ حلب». */
  isPlace?: (word: string) => boolean;
  lexicon?: () => Lexicon;
}

/** One text prepared for the role stages. */
export interface RoleContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly roleWords: RoleWords;
  readonly aliases: AliasIndex;
  readonly isPlace: (word: string) => boolean;
  readonly lexicon: () => Lexicon;
  readonly memo: Array<Classified | undefined>;
  /**
   * The text's named organisations and places, by first word → last word, as the linker found them
   * before reading roles: a role's complement («مدير | جامعة الملك عبدالعزيز | المكلف»).
   */
  readonly named: Map<number, number>;
}

/** Prepares a text for {@link classify}; `words` when the caller has them already. */
export function roleContext(text: string, options: RoleOptions = {}, words: readonly Word[] = textWords(text)): RoleContext {
  return {
    text,
    words,
    roleWords: options.roleWords ?? defaultRoleWords(),
    aliases: options.aliases ?? defaultAliasIndex(),
    isPlace: options.isPlace ?? ((w) => isPlaceName(w)),
    lexicon: options.lexicon ?? defaultLexicon,
    memo: [],
    named: new Map(),
  };
}

// وبالـ…, فلل…: the article after و/ف and ب/ك, or «لل» for ل + ال; then at least two letters.
const DEFINITE = /^([وف]?[بك]?)ال..|^([وف]?)لل../u;
// «لحقوق» (ل + a noun in construct), a role word only before a definite one: «لحقوق الإنسان».
const PREP_NOUN = /^[وف]?ل[^ل].{2}/u;
const WORD_KINDS: ReadonlySet<string> = new Set(['arabic', 'latin', 'number']);

/** The class of word `j` (kept in the context). */
export function classify(ctx: RoleContext, j: number): Classified {
  return (ctx.memo[j] ??= classifyWord(ctx, j));
}

function classifyWord(ctx: RoleContext, j: number): Classified {
  const w = ctx.words[j]!;
  const plain = (kind: WordClass): Classified => ({ kind, last: j, skip: 0, definite: false, nisba: false });
  if (w.part === 'tail') return plain('other');
  // The longest cue phrase starting here: «في تصريح» before «في», «ولي العهد» before «ولي».
  const { cues, maxWords } = ctx.roleWords;
  let key = w.key;
  let found: Classified | null = null;
  for (let k = j; ; ) {
    const node = cues.get(key);
    if (!node) break;
    if (node.cue && ctx.words[k]!.part !== 'head') found = { kind: node.cue.kind, last: k, skip: node.cue.skip, definite: node.cue.definite, nisba: false };
    if (!node.more || k + 1 >= ctx.words.length || k + 1 - j >= maxWords || ctx.words[k + 1]!.breakBefore) break;
    k++;
    key += ' ' + ctx.words[k]!.key;
  }
  if (found) return found;
  if (!WORD_KINDS.has(w.kind)) return plain('punct');
  const def = DEFINITE.exec(w.key);
  if (def) {
    // «التقى» looks definite but is a verb; «الذي» is a particle.
    const tags = ctx.lexicon().get(normalizeText(ctx.text.slice(w.start, w.end), 'morph'));
    if (tags !== undefined && tags & (TAG.verb | TAG.function) && !(tags & NOMINAL)) return plain('other');
    // The span leaves out و/ف and ب/ك, but keeps «لل» whole.
    const skip = (def[1] ?? def[2] ?? '').length;
    const k = w.key;
    const nisba = k.length >= 5 && (k.endsWith('ي') || k.endsWith('يه'));
    return { kind: 'def', last: j, skip, definite: true, nisba };
  }
  if (PREP_NOUN.test(w.key)) return plain('lcons');
  return plain('other');
}
