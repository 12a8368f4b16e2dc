/** Clitics a place's first word may carry: و/ف, then ب/ك/ل; «لل» is ل before the article. */
export const PLACE_CLITICS = /^[وف]?[بكل]?/u;

/**
 * A word (search form) as written and without each clitic run it may carry, with how many letters
 * come off; «للمنامة» is read ل + «المنامة», the article's alef that the writing drops put back.
 * No reading leaves fewer than two letters.
 */
export function withoutPlaceClitics(key: string): Array<{ skip: number; rest: string }> {
  const out = [{ skip: 0, rest: key }];
  const c = PLACE_CLITICS.exec(key)![0].length;
  for (let s = 1; s <= c; s++) {
    if (key.length - s < 2) continue;
    out.push({ skip: s, rest: key[s - 1] === 'ل' && key[s] === 'ل' ? `ا${key.slice(s)}` : key.slice(s) });
  }
  return out;
}
