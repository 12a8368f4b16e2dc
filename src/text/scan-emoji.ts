/** Emoji sequences for the scanner: flags, skin tones, variation selectors, keycaps, ZWJ families. */
import { CHAR_CLASS, CharClass } from './char-classes.js';

const ZWJ = 0x200d;
const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;

/**
 * Where an emoji that began with code point `first` ends (`i` is just after it): one symbol token
 * for 🇹🇷 (two regional indicators), 👍🏽 (a skin tone), ❤️ (a variation selector), 1️⃣-style
 * keycaps and 👨‍👩‍👧 (joined by ZWJ).
 */
export function emojiEnd(text: string, i: number, n: number, first: number): number {
  let pendingFlag = isRegionalIndicator(first);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] === CharClass.Mark) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if ((pendingFlag && isRegionalIndicator(cp)) || isSkinTone(cp)) {
      pendingFlag = false;
      i += width;
    } else if (c === ZWJ && i + 1 < n && (CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Surrogate || CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Symbol)) {
      const next = text.codePointAt(i + 1)!;
      i += 1 + (next > 0xffff ? 2 : 1);
      pendingFlag = isRegionalIndicator(next);
    } else break;
  }
  return i;
}

