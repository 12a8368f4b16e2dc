/**
 * A person's name set off by commas is the whole of what stands between them: «قالت منسقة الشؤون
 * الإنسانية، سلمى عثمان، إن …». When the tagger finds only «عثمان» there, the plain word beside it
 * inside the commas is the rest of the name; so is the plain word between a title and the name
 * («النائب وسيم [حيدر]»). Only one word either side, only a word that is no
 * cue, article-bearing word, stopword, place or verb, and only when a comma opens the apposition
 * and a comma, أن/إن or the sentence's end closes it.
 */
import { segmentClitics } from '../text/clitics.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import type { Mention } from '../core/entity-schema.js';
import { wordsOf } from './extract-role.js';
import { classify, type RoleContext } from './role-context.js';

const COMMA: ReadonlySet<string> = new Set(['،', ',']);
const CLOSE: ReadonlySet<string> = new Set(['،', ',', '.', '؛', ';', 'ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);

/** The mentions, each person's span grown by the plain word beside it inside its commas. */
export function completeAppositions(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const taken = (start: number, end: number): boolean => mentions.some((o) => o.start < end && start < o.end);
  // A plain word: Arabic, whole, and none of the words a name is not.
  const plain = (j: number): boolean => {
    const w = words[j];
    // «، وهم مالك موسى،»: و on a stopword is no name's word either.
    if (w === undefined || w.kind !== 'arabic' || w.part !== 'whole' || w.key.length < 2 || stop.has(w.key) || (w.key.startsWith('و') && stop.has(w.key.slice(1)))) return false;
    if (classify(ctx, j).kind !== 'other' || ctx.isPlace(w.key) || taken(w.start, w.end)) return false;
    // Not a verb the lexicon knows, clitics off («، وختم النوري»), unless it is a name too.
    const lexicon = ctx.lexicon();
    const verb = (tags: number | undefined): boolean => tags !== undefined && (tags & TAG.verb) !== 0 && (tags & TAG.proper) === 0;
    const morph = normalizeText(text.slice(w.start, w.end), 'morph');
    // A word that is only a verb; «سامي» is an adjective too, and so a name.
    const whole = lexicon.get(morph);
    if (verb(whole) && (whole! & NOMINAL) === 0) return false;
    // A verb after و/ف only: ب, ل and ك never join a verb, so «بنعلي» is no «ب + نعلي».
    const seg = segmentClitics(morph, { lexicon });
    return !(seg.proclitics.length > 0 && seg.proclitics.every((c) => c.tag === 'و' || c.tag === 'ف') && verb(lexicon.get(seg.lemma)));
  };
  // A comma opens the apposition; a comma, أن/إن or the sentence's end closes it.
  const opens = (j: number): boolean => j >= 0 && COMMA.has(words[j]!.key);
  const closes = (j: number): boolean => j >= words.length || CLOSE.has(words[j]!.key) || words[j]!.breakBefore;
  return mentions.map((m) => {
    if (m.type !== 'PERS') return m;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    if (a >= words.length || words[a]!.start !== m.start || b === a || words[b - 1]!.end !== m.end) return m;
    // «، سلمى [عثمان]،» — the word before; «، [سلمى] عثمان،» — the word after.
    // «النائب وسيم [حيدر]»: right after a title or a role's head, the plain word is the first name.
    // So after a nisba that ends a role («المتحدث باسم وزارة الصحة الفلسطينية عماد [أبو عيشة]»).
    const lead = a >= 2 ? classify(ctx, a - 2) : null;
    const afterTitle = lead !== null && !words[a - 1]!.breakBefore && (lead.kind === 'title' || lead.kind === 'head' || (lead.kind === 'def' && lead.nisba));
    if (b - a < 3 && plain(a - 1) && !words[a]!.breakBefore && ((opens(a - 2) && closes(b)) || afterTitle)) {
      return { ...m, start: words[a - 1]!.start, text: text.slice(words[a - 1]!.start, m.end) };
    }
    if (b - a < 3 && plain(b) && !words[b]!.breakBefore && opens(a - 1) && closes(b + 1)) {
      return { ...m, end: words[b]!.end, text: text.slice(m.start, words[b]!.end) };
    }
    return m;
  });
}
