/** Character classes used by the scanners. Values are stable: the generated table stores them. */
export const enum CharClass {
  None = 0, // controls and unassigned
  Space = 1, // \p{White_Space}
  ArabicLetter = 2, // \p{Script=Arabic} ∩ \p{L}, presentation forms included
  LatinLetter = 3, // \p{Script=Latin} ∩ \p{L}
  OtherLetter = 4, // any other \p{L}
  Mark = 5, // \p{M}: harakat, superscript alef, Quranic marks, Latin accents
  Digit = 6, // \p{Nd}: 0-9, ٠-٩, ۰-۹ …
  Format = 7, // \p{Cf}: ZWNJ, ZWJ, LRM, RLM, BOM, bidi embeddings
  Quote = 8, // \p{Pi} \p{Pf} and the ASCII double quote: « » “ ” "
  Punct = 9, // other \p{P}
  Symbol = 10, // \p{S} and non-decimal \p{N}
  Surrogate = 11, // half of an astral code point (emoji, rare CJK …)
  Tatweel = 12, // U+0640 ARABIC TATWEEL (ـ), a \p{Lm} that only stretches a word
}
