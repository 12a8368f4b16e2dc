/**
 * One key for the ways one person's name is written across articles: a nasab chain keeps its first
 * link, and the family after «آل» goes. «محمد بن نايف بن عبد العزيز آل سعود», «محمد بن نايف بن عبد
 * العزيز» and «محمد بن نايف» are one key, «محمد بن نايف»; the article's fullest form stays the
 * entity's `name`. A name with no nasab keeps all its words («عبد ربه منصور هادي», «عبد اللطيف آل
 * الشيخ»). Two persons whose given and father's names agree share the key («فيصل بن خالد»): the
 * price of folding the forms of one.
 */
const NASAB: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);
/** «آل» in search form, a word of its own before the family's name. */
const FAMILY = 'ال';

/** The person's key of a name's search key (words separated by one space). */
export function personKey(key: string): string {
  const words = key.split(' ');
  // «بن X بن Y …»: the first link only; with no link, the name as it is (the family too:
  // «عبد اللطيف آل الشيخ» is not any «عبد اللطيف»).
  const first = words.findIndex((w, i) => i > 0 && NASAB.has(w) && i + 1 < words.length && words[i + 1] !== FAMILY);
  if (first < 0) return key;
  const family = words.findIndex((w, i) => i > first + 1 && w === FAMILY);
  const second = words.findIndex((w, i) => i > first + 1 && NASAB.has(w));
  const ends = [family, second].filter((i) => i > 0);
  return ends.length ? words.slice(0, Math.min(...ends)).join(' ') : key;
}
