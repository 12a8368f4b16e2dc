// Cleans the Arabic place names of the geo sources (scripts/build-places.ts): «بوساداس، ميسيونيس» →
// بوساداس, «ستيبانافان (أرمينيا)» → ستيبانافان, harakat and bidi marks dropped; names spelled with
// Persian, Urdu, Kurdish or Uyghur letters, or with Latin, are refused (null).

// Arabic letters (ء…غ, ف…ي), spaces and hyphens: nothing else survives cleaning.
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$/u;
// Harakat, superscript alef, tatweel, and the bidi marks some titles carry (قصور\u200e).
const STRIP = /[\u064B-\u0652\u0670\u0640\u200E\u200F\u202A-\u202E]/gu;
// ى inside a word is the Uyghur letter (تىرانا), never Arabic alef maqsura; a word opening with ئ
// is Kurdish or Uyghur spelling (ئاممان).
const NOT_ARABIC_SPELLING = /\u0649(?=[\u0621-\u064A])|(?:^|[ -])\u0626/u;

/** A source's Arabic name as Rasd keeps it, or null when it is not an Arabic-script Arabic name. */
export function cleanPlaceName(raw: string): string | null {
  const name = raw
    .replace(STRIP, '')
    .replace(/\s*\([^)]*\)\s*/gu, ' ') // «باتي (الكاميرون)»: the parenthesis disambiguates
    .split(/[،,]/u)[0]! // «مورون، بوينس آيرس»: the part after the comma is the province
    .replace(/\s*[-–]\s*/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!ARABIC_NAME.test(name) || NOT_ARABIC_SPELLING.test(name) || name.length < 2) return null;
  return name;
}

// Administrative words before a name: «ولاية قندهار» is also written قندهار. Not «مدينة»
// (مدينة حمد is no حمد) nor «مركز»/«مديرية» (مركز الوقف, مديرية الثورة would leave common words).
const ADMIN_PREFIX = /^(?:ولاية|محافظة|مقاطعة|إقليم|إمارة|بلدية|معتمدية) (?=\S+)/u;

/** The name without a leading administrative word, or null when it has none. */
export function withoutAdminPrefix(name: string): string | null {
  const bare = name.replace(ADMIN_PREFIX, '');
  return bare === name ? null : bare;
}

// Entries mislinked to a club, university, airport, river or institution instead of the city.
const NOT_A_PLACE = /^(?:نادي|جامعة|مطار|نهر|المجلس|مجلس|نظام|حزب|فريق|شركة|كلية|معهد|مسجد|كنيسة|قلعة|ميناء|ملعب) /u;

/** True when a cleaned name is a usable place name: not an institution, at most five words. */
export function isUsablePlaceName(name: string): boolean {
  return !NOT_A_PLACE.test(name) && name.split(' ').length <= 5;
}
