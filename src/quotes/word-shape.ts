/** Shapes of words in search form that the quote finder's stages share. */

/** A nisba adjective with the article: «السوري», «الأمريكية», «المصريين». */
export const isNisba = (f: string): boolean => f.startsWith('ال') && f.length >= 5 && /(ي|يه|يين|يون|يات)$/u.test(f);

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
