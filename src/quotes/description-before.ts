/**
 * An unnamed group the article described before, whether it spoke or not: «أكد صحتها مصدر في الجيش
 * السوري الحر، الذي …» is what a later «وأشار المصدر إلى أن» stands for; «توصل باحثون إيطاليون إلى أن
 * …» is what «وقال الباحثون» stands for.
 */
import { span, THAT, type Context } from './context.js';
import { attributionOpeners } from './cues.js';
import { mediumAt } from './medium.js';
import type { TextSpan } from '../core/quote-schema.js';
import { verbAt } from './verb-at.js';
import { onlyVerb, prepositionOnNoun } from './word-shape.js';
import type { Lexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { normalizeText } from '../text/normalize.js';

/** A description's words at most, as an unnamed speaker's («مصدر موثوق في شركة صلة للتسويق …»). */
const MAX_WORDS = 7;
/** The prepositions a clause or a verb's complement opens with («إلى أن», «عن», «على»), in search form: no description goes on past them. */
const CLAUSE_PREPS: ReadonlySet<string> = new Set(['الي', 'علي', 'عن']);
/** و or ف on the group word: «وباحثون». */
const CONJUNCTION = /^[وف](?=...)/u;

/**
 * The words of the group last described before offset `pos` by the indefinite head `head` (search
 * form, a plural with ون): the head and what describes it, up to a comma, a clause, a verb, a medium,
 * a relative or a time. Null when none is named, or it is the head alone, which says no more than
 * the definite word does.
 */
export function descriptionBefore(ctx: Context, head: string, pos: number): TextSpan | null {
  const { words } = ctx;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.end > pos || !w.word) continue;
    const f = w.fold.replace(CONJUNCTION, '');
    if (f.replace(/ين$/u, 'ون') !== head) continue;
    const end = descriptionEnd(ctx, k);
    if (end - k < 2) return null;
    return span(ctx.text, f === w.fold ? w.start : offsetAfterLetters(ctx.text, w.start, w.end, 1), words[end - 1]!.end);
  }
  return null;
}

/** Prepositions standing alone that open a phrase of a description («مصدر في الشرطة», «مسؤول من حركة حماس»). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'لدي', 'مع']);
/** A nisba adjective, with the article or without: «عسكري», «أمنية», «إيطاليون», «السوري». */
const NISBA = /^(?:و?ال)?..+(?:ي|يه|يين|يون|يات)$/u;

/**
 * The word index after the words that describe the group word `k`: its adjectives («مصادر أمنية
 * مصرية», «مصدر موثوق»), genitives with the article («مكتب التحقيقات»), names the tagger found, and
 * phrases of a preposition («في الجيش السوري», «بوزارة الطاقة»), and bare nouns in construct before
 * them («شرطة مطار لوس أنجليس»); not a bare noun after them, the verb's object («مصادر أمنية | خبر
 * الاعتقال»), nor a verb («شرطة مطار لوس أنجليس | لجأت»).
 */
function descriptionEnd(ctx: Context, k: number): number {
  const { words, cues } = ctx;
  const attribution = attributionOpeners(cues);
  const lexicon = ctx.roles.lexicon();
  let m = k + 1;
  let afterPreposition = false;
  // Right after the head or a preposition's noun, and after each noun of the chain, a bare noun is a
  // genitive: «شرطة مطار لوس أنجليس».
  let chain = true;
  while (m < words.length && m - k < MAX_WORDS) {
    const w = words[m]!;
    const f = w.fold;
    if (!w.word || w.paraStart || w.sentence !== words[k]!.sentence || f.length < 2) break;
    if (THAT.has(f) || CLAUSE_PREPS.has(f) || cues.nameStops.has(f) || cues.saying.has(f) || attribution.has(f)) break;
    if (verbAt(ctx, m) || mediumAt(ctx, m, words.length) >= 0) break;
    if (PREPOSITIONS.has(f)) {
      afterPreposition = true;
      m++;
      continue;
    }
    const form = normalizeText(ctx.text.slice(w.start, w.end), 'morph');
    const modifier = /^و?ال/u.test(f) || NISBA.test(f) || isAdjective(form, lexicon);
    const phrase = afterPreposition || prepositionOnNoun(form, 'بل', lexicon);
    const describes = phrase || modifier || ctx.entities.some((e) => e.start <= w.start && e.end >= w.end) || (chain && !onlyVerb(form, lexicon));
    if (!describes) break;
    // A preposition's noun opens a chain of its own: «باسم سلطة تطوير العاصمة».
    chain = phrase ? !modifier : chain && !modifier;
    afterPreposition = false;
    m++;
  }
  while (m > k + 1 && (cues.trailingPreps.has(words[m - 1]!.fold) || PREPOSITIONS.has(words[m - 1]!.fold))) m--;
  return m;
}

/**
 * The lexicon lists the word, or its masculine singular, as an adjective and as no noun: «مسؤول»,
 * «موثوق», «مطلعة»; not «خبر», which it lists as both.
 */
function isAdjective(form: string, lexicon: Lexicon): boolean {
  return [form, form.replace(/(?:ة|ون|ين|ات)$/u, '')].some((f) => {
    const tags = lexicon.get(f) ?? 0;
    return (tags & TAG.adjective) !== 0 && (tags & TAG.noun) === 0;
  });
}
