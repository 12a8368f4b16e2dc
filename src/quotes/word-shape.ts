/** Shapes of words that the quote finder's stages share. */
import { isKnownWord } from '../text/inflection.js';
import { defaultKnownNames } from '../text/known-names.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import type { Lexicon } from '../text/lexicon.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/places.js';
import type { QuoteCues } from './cues.js';

/** A report noun, a pronoun on it or not («مقتل», «رفضه»): it opens a speech verb's object (cues.txt: report-noun). */
export const isReportNoun = (cues: Pick<QuoteCues, 'reportNouns'>, f: string): boolean => suffixBases(f).some((b) => cues.reportNouns.has(b));

/** A nisba's endings, in the search form (ة folded to ه): «سوري», «أمريكية», «مصريين». */
export const NISBA_ENDING = /(ي|يه|يين|يون|يات)$/u;

/** A nisba adjective with the article: «السوري», «الأمريكية», «المصريين». */
export const isNisba = (f: string): boolean => f.startsWith('ال') && f.length >= 5 && NISBA_ENDING.test(f);

/**
 * The bare nouns a word may be with a pronoun suffix: «بيانه» → بيان, «كلمته» → كلمه (ة before a
 * suffix is written ت), «لقائه» → لقاء (a final hamza takes another seat before one).
 */
export function suffixBases(f: string): string[] {
  const m = /^(.+?)(ه|ها|هم|هما)$/u.exec(f);
  if (!m) return [f];
  const stem = m[1]!;
  const out = [f, stem];
  if (stem.endsWith('ت')) out.push(stem.slice(0, -1) + 'ه');
  if (/[ئؤ]$/u.test(stem)) out.push(stem.slice(0, -1) + 'ء');
  return out;
}

/**
 * A preposition of `letters` written on a noun the lexicon knows, the article between or not, in a
 * word written `form` (morph form): «بصدمة», «بالخطة», «بتجهيز». Not a word the lexicon reads whole
 * without the article, nor a name the lists know («بسام», «بدر»).
 */
export function prepositionOnNoun(form: string, letters: string, lexicon: Lexicon): boolean {
  if (form.length < 4 || !letters.includes(form[0]!)) return false;
  const names = defaultKnownNames();
  const tables = defaultMorphologyTables();
  const rest = form.slice(1);
  const article = rest.startsWith('ال');
  const noun = article ? rest.slice(2) : rest;
  if (noun.length < 2 || names.has(form) || names.has(noun)) return false;
  return isKnownWord(noun, lexicon, tables, NOMINAL) && (article || !isKnownWord(form, lexicon, tables));
}

/**
 * A noun or adjective in the accusative, indefinite: written with tanween («عدداً»), or with the
 * accusative's alef on a word the lexicon reads without it («عددا» → عدد), and no name or place the
 * lists know («سوريا», «ماريا»). A verb's object, never part of its subject: «وباعت المؤسسة | عددا …».
 * `classes` limits what the word without its alef may be: TAG.adjective for a participle of state
 * («طالبا عدم ذكر اسمه»), where a noun might be a foreign name's last letters («شركة سوما»).
 */
export function isIndefiniteAccusative(surface: string, lexicon: Lexicon, classes: number = NOMINAL): boolean {
  if (/[\u064B]\u0627?$|\u0627[\u064B]$/u.test(surface)) return true;
  const form = normalizeText(surface, 'morph');
  if (form.length < 4 || !form.endsWith('ا') || form.startsWith('ال') || defaultKnownNames().has(form) || isPlaceName(form)) return false;
  return lexicon.get(form) === undefined && isKnownWord(form.slice(0, -1), lexicon, defaultMorphologyTables(), classes);
}

/** The lexicon reads the word (search form; و/ف in front or not) as a verb and as no noun: «ويكون», not «مسؤولون». */
export function onlyVerb(fold: string, lexicon: Lexicon): boolean {
  const tables = defaultMorphologyTables();
  const reads = (w: string, classes: number): boolean => isKnownWord(w, lexicon, tables, classes);
  const bare = fold.length > 2 && (fold[0] === 'و' || fold[0] === 'ف') ? fold.slice(1) : fold;
  return [fold, bare].some((w) => reads(w, TAG.verb) && !reads(w, NOMINAL));
}

/**
 * The shapes of the verbal nouns of the derived verbs, indefinite (search form): تفعيل «تحديد»,
 * افتعال «اعتماد», انفعال «انتقال», استفعال «استخدام». Not إفعال, which shares its letters with the
 * broken plural أفعال («أشخاص», «أسواق»).
 */
const VERBAL_NOUN = /^(?:ت..ي.|ا.ت.ا.|ان..ا.|است..ا.)$/u;

/** The word (search form, no clitics) has the shape of a derived verb's verbal noun: «واقترح تحديد يوم …» names the proposal, not who made it. */
export const isVerbalNoun = (fold: string): boolean => VERBAL_NOUN.test(fold);
