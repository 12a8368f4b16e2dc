/** The character-class table: one byte per BMP code unit, filled from generated Unicode ranges. */
import { CHAR_CLASS_RANGES } from './char-classes.generated.js';
import { CharClass } from './char-class-names.js';

export { CharClass } from './char-class-names.js';

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < CHAR_CLASS_RANGES.length; i += 3) {
    table.fill(CHAR_CLASS_RANGES[i + 2]!, CHAR_CLASS_RANGES[i]!, CHAR_CLASS_RANGES[i + 1]! + 1);
  }
  return table;
}

/** `CHAR_CLASS[text.charCodeAt(i)]` is the {@link CharClass} of that code unit. */
export const CHAR_CLASS: Uint8Array = buildTable();

/** The class of one UTF-16 code unit. */
export function charClass(code: number): CharClass {
  return CHAR_CLASS[code & 0xffff] as CharClass;
}

/** True for code units that belong inside an Arabic word: letters, marks, tatweel. */
export function isArabicWordUnit(code: number): boolean {
  const c = CHAR_CLASS[code & 0xffff];
  return c === CharClass.ArabicLetter || c === CharClass.Mark || c === CharClass.Tatweel;
}
