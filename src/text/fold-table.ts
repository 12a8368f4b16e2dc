/** Compiles a set of normalisation steps into a per-code-unit fold table, once per option set. */
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { optionsKey, type NormalizeOptions } from './normalize-options.js';

/** `table[c]` ≥ 0: replace c by that code unit; {@link DROP}: delete it; {@link MULTI}: replace by `multi.get(c)`. */
export interface FoldTable {
  table: Int32Array;
  multi: Map<number, string>;
  /** True when white-space runs collapse (handled by the scanner, not the table). */
  whitespace: boolean;
}
export const DROP = -1;
export const MULTI = -2;

// Each rule is [from code units, to]; written as escapes so the table can be read without a bidi-aware editor.
const ALEF: Array<[string, string]> = [['\u0623\u0625\u0622\u0671\u0672\u0673', '\u0627']]; // أ إ آ ٱ ٲ ٳ → ا
const ALEF_MAQSURA: Array<[string, string]> = [['\u0649', '\u064A']]; // ى → ي
const TA_MARBUTA: Array<[string, string]> = [['\u0629', '\u0647']]; // ة → ه
const HAMZA: Array<[string, string]> = [['\u0624', '\u0648'], ['\u0626', '\u064A']]; // ؤ → و, ئ → ي
const PERSIAN: Array<[string, string]> = [
  ['\u06A9\u06AA', '\u0643'], // ک ڪ → ك
  ['\u06CC\u06D2', '\u064A'], // ی ے → ي
  ['\u06C1\u06D5\u06BE', '\u0647'], // ہ ە ھ → ه
  ['\u06C3', '\u0629'], // ۃ → ة
];
const PUNCTUATION: Array<[string, string]> = [
  ['\u060C\u066C', ','], // ، ٬
  ['\u061B', ';'], // ؛
  ['\u061F', '?'], // ؟
  ['\u066A', '%'], // ٪
  ['\u066B\u06D4', '.'], // ٫ ۔
  ['\u066D', '*'], // ٭
];
const ARABIC_MARK = /^(?=\p{M})\p{scx=Arabic}$/u;

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff && c !== 0xfeff);
}

/** Folds one code unit (as a string) through every enabled step but white space. */
function foldChar(ch: string, o: Readonly<NormalizeOptions>, rules: Map<number, string>): string {
  const c = ch.charCodeAt(0);
  if (o.presentationForms && isPresentationForm(c)) {
    const nfkc = ch.normalize('NFKC');
    // ﹰ (isolated fathatan) folds to " ً": the leading space is typographic, not a word break.
    const parts = nfkc.length > 1 && nfkc[0] === ' ' && c >= 0xfe70 && c <= 0xfe7f ? nfkc.slice(1) : nfkc;
    if (parts !== ch) {
      let out = '';
      for (const p of parts) out += foldChar(p, { ...o, presentationForms: false }, rules);
      return out;
    }
  }
  const cls = CHAR_CLASS[c];
  if (o.tatweel && c === 0x0640) return '';
  if (o.diacritics && cls === CharClass.Mark && ARABIC_MARK.test(ch)) return '';
  if (o.controls && cls === CharClass.Format) return '';
  const mapped = rules.get(c);
  if (mapped !== undefined) return foldChar(mapped, o, new Map());
  if (o.digits && ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9))) return String.fromCharCode(48 + (c & 0xf));
  if (o.lowercase && cls === CharClass.LatinLetter) return ch.toLowerCase();
  return ch;
}

/** Whether some step of foldChar may change `c`: false means foldChar returns it unchanged. */
function mayFold(c: number, rules: Map<number, string>): boolean {
  const cls = CHAR_CLASS[c];
  return (
    isPresentationForm(c) ||
    c === 0x0640 ||
    cls === CharClass.Mark ||
    cls === CharClass.Format ||
    cls === CharClass.LatinLetter ||
    rules.has(c) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x06f0 && c <= 0x06f9)
  );
}

function buildRules(o: Readonly<NormalizeOptions>): Map<number, string> {
  const rules = new Map<number, string>();
  const add = (list: Array<[string, string]>): void => {
    for (const [from, to] of list) for (const ch of from) rules.set(ch.charCodeAt(0), to);
  };
  // Persian first, so ۃ → ة can then meet the ta-marbuta rule.
  if (o.persian) add(PERSIAN);
  if (o.alef) add(ALEF);
  if (o.alefMaqsura) add(ALEF_MAQSURA);
  if (o.hamza) add(HAMZA);
  if (o.punctuation) add(PUNCTUATION);
  if (o.taMarbuta) {
    add(TA_MARBUTA);
    if (o.persian) rules.set(0x06c3, '\u0647');
  }
  return rules;
}

const cache = new Map<string, FoldTable>();

/** The fold table for an option set (built once, then cached). */
export function foldTable(o: Readonly<NormalizeOptions>): FoldTable {
  const key = optionsKey(o);
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = buildRules(o);
  const table = new Int32Array(0x10000);
  const multi = new Map<number, string>();
  for (let c = 0; c < 0x10000; c++) {
    // Surrogate halves pass through untouched, and so does every code unit no step can change
    // (most of the 65,536): foldChar would give each back as it is.
    if ((c >= 0xd800 && c <= 0xdfff) || !mayFold(c, rules)) {
      table[c] = c;
      continue;
    }
    const out = foldChar(String.fromCharCode(c), o, rules);
    if (out.length === 1) table[c] = out.charCodeAt(0);
    else if (out.length === 0) table[c] = DROP;
    else {
      table[c] = MULTI;
      multi.set(c, out);
    }
  }
  const built: FoldTable = { table, multi, whitespace: !!o.whitespace };
  cache.set(key, built);
  return built;
}
