// Baseline: the light10 stemmer of Larkey, Ballesteros and Connell, "Light Stemming for Arabic
// Information Retrieval" (in Arabic Computational Morphology, Springer 2007), as Lucene ships it
// (ArabicNormalizer + ArabicStemmer). Written for Rasd from the published description; MIT.

/** light10's normalisation: alef forms to ا, final ى to ي, final ة to ه, marks and tatweel removed. */
export function light10Normalize(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}

/** Articles and و, tried in this order; at most one is removed. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
/** Suffixes, each tried once in this order (so ها then ه can both go). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/** light10: one prefix (و needs 3 letters left, the articles 2), then each suffix once (2 letters left). */
export function light10(word: string): string {
  let w = light10Normalize(word);
  for (const p of PREFIXES) {
    const min = p.length === 1 ? 4 : p.length + 2;
    if (w.length >= min && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length >= s.length + 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}
