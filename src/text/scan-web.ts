/** URLs, e-mail addresses and handles for the scanner: sticky regexes run only where they can match. */

const URL_START = /(?:https?:\/\/|www\.)/iy;
const URL_BODY = /[^\s<>"«»“”]+/y;
// Punctuation that ends a URL's run, matched from the start of its run only (the lookbehind): a
// long run of it not at the end was re-read from each of its characters (quadratic).
export const URL_TRAILING = /(?<![.,;:!?)\]}'’،؛؟])[.,;:!?)\]}'’،؛؟]+$/u;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const AT = 0x40;

function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** End of a URL (http://, https://, www.) starting at `i`, without trailing punctuation (`…/a،` ends before ،), or -1. */
export function scanUrl(text: string, i: number): number {
  if (matchAt(URL_START, text, i) < 0) return -1;
  const e = matchAt(URL_BODY, text, i);
  if (e < 0) return -1;
  const trail = URL_TRAILING.exec(text.slice(i, e));
  return trail ? e - trail[0].length : e;
}

/** Characters of the local part and domain of an e-mail address. */
export function isEmailChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Characters of a @mention handle: ASCII letters, digits and _. */
export function isHandleChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** End of an e-mail address starting at `i`, or -1; the regex runs only when an @ ends the run of address characters. */
export function emailAt(text: string, i: number, n: number): number {
  if (i > 0 && isEmailChar(text.charCodeAt(i - 1))) return -1;
  let k = i;
  while (k < n && isEmailChar(text.charCodeAt(k))) k++;
  return k < n && text.charCodeAt(k) === AT ? matchAt(EMAIL, text, i) : -1;
}
