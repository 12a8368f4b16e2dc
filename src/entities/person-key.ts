/**
 * One key for the ways one person's name is written across articles: a nasab chain keeps its first
 * link, and the family after «آل» goes. «محمد بن نايف بن عبد العزيز آل سعود», «محمد بن نايف بن عبد
 * العزيز» and «محمد بن نايف» are one key, «محمد بن نايف»; a family name with the article at the end
 * keeps the given name and the family instead («عادل بن أحمد الجبير» → «عادل الجبير»). The
 * article's fullest form stays the entity's `name`. A name with no nasab keeps all its words («عبد ربه منصور هادي», «عبد اللطيف آل
 * الشيخ»). Two persons whose given and father's names agree share the key («فيصل بن خالد»): the
 * price of folding the forms of one.
 */
const NASAB: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);
/** The first words of compound names: «عبد الله», «ابو بكر». */
const COMPOUND: ReadonlySet<string> = new Set(['عبد', 'ابو', 'ام']);
/** «آل» in search form, a word of its own before the family's name. */
const FAMILY = 'ال';

/** The person's key of a name's search key (words separated by one space). */
export function personKey(key: string): string {
  const words = key.split(' ');
  // «بن X بن Y …»: the first link only; with no link, the name as it is (the family too:
  // «عبد اللطيف آل الشيخ» is not any «عبد اللطيف»).
  const first = words.findIndex((w, i) => i > 0 && NASAB.has(w) && i + 1 < words.length && words[i + 1] !== FAMILY);
  if (first < 0) return key;
  // «عادل بن أحمد الجبير»: a family name with the article right after a one-link chain makes the key
  // the given name and the family, as the short form writes it («عادل الجبير»); not «خالد بن
  // الوليد», whose last word is the father's, nor «محمد بن نايف ولي العهد».
  // The father's name takes one word, or two when compound («عبد الله», «ابو بكر»).
  const familyAt = first + (COMPOUND.has(words[first + 1]!) ? 3 : 2);
  const family = words[familyAt];
  if (familyAt === words.length - 1 && family!.startsWith('ال') && family!.length > 3) return [...words.slice(0, first), family].join(' ');
  const dynasty = words.findIndex((w, i) => i > first + 1 && w === FAMILY);
  const second = words.findIndex((w, i) => i > first + 1 && NASAB.has(w));
  const ends = [dynasty, second].filter((i) => i > 0);
  return ends.length ? words.slice(0, Math.min(...ends)).join(' ') : key;
}
