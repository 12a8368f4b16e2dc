/** Photo credits that end caption lines, made canonical: `… (أ ف ب)` → {code: 'AFP', label: 'أ.ف.ب'}. */
import { normalizeText } from '../text/normalize.js';
import { defaultAgencies, indexOf, lookup, STAFF, type Agency, type Index } from './agencies.js';

export { defaultAgencies, parseAgencies, STAFF, type Agency } from './agencies.js';

/** A canonical photo credit: `{code: 'AFP', label: 'أ.ف.ب'}`, or `{code: 'STAFF', label: 'تصوير: سامر الخطيب'}`. */
export interface Credit {
  code: string;
  label: string;
}

/** A credit found in a line; `text` is `line.slice(start, end)`, brackets and a leading dash included. */
export interface FoundCredit {
  credit: Credit;
  start: number;
  end: number;
  text: string;
}


// ─── credit texts ────────────────────────────────────────────────────────────

// Words that introduce a credit: `صورة: رويترز`, `الصورة من أ ف ب`, `Photo by AFP`, `تصوير: رويترز` (normalised text).
const LEADER = /^(?:ال)?(?:صوره|صور|تصوير|ب?عدسه|photos?|credits?|image|picture|مصدر|source)(?![\p{L}\p{M}])(?:\s+(?:من|by|ل))?\s*:?\s*/u;
// The outlet's own photographers: `تصوير: سامر`, `عدسة ليلى`, `خاص`, `Photo: Sami` (normalised text).
const STAFF_LEADER = /^(?:تصوير|ب?عدسه|خاص|photos?|photograph(?:y|er)?)(?![\p{L}\p{M}])/u;
// Between two credits: `AFP/Getty Images`, `أ.ف.ب - غيتي`, `أرشيفية، رويترز`, `AFP via Getty Images`.
// Blanks in front are taken from the start of their run only, `(?:(?<!\s)\s+)?` for `\s*`: tried
// from each blank of a long run, `\s*` read the rest of it every time (quadratic).
export const BETWEEN = /(?:(?<!\s)\s+)?(?:[/|\\,;+&\-\u2010-\u2015]|\s(?:via|عبر|and)\s)\s*/u;
export const QUOTES = /^[«"“]\s*|(?:(?<!\s)\s+)?[»"”]$/gu;
// A blank run at the end is matched from its first character only (the lookbehind), never re-read.
export const EDGES = /^[\s\p{Cf}]+|(?<![\s\p{Cf}])[\s\p{Cf}]+$/gu;
// The blanks before a «و»: `رويترز وأ.ف.ب` (a whole run, from its start).
export const BEFORE_WAW = /(?<!\s)\s+(?=و)/u;
// A credit is a few words; a longer bracket is an aside that happens to name an agency.
const MAX_WORDS = 10;
// After a dash only a short credit counts: `- أ ف ب`, `- تصوير: سامر الخطيب`.
const MAX_DASHED_WORDS = 5;

/** The first agency `norm` names: whole, after a leader word, or as the first of several credits. */
function findAgency(norm: string, index: Index): Agency | undefined {
  const rest = norm.replace(LEADER, '');
  const whole = lookup(norm, index) ?? lookup(rest, index);
  if (whole) return whole;
  for (const part of rest.split(BETWEEN)) {
    const p = part.replace(LEADER, '').replace(QUOTES, '');
    const hit = lookup(p, index);
    if (hit) return hit;
    // `رويترز وأ.ف.ب`: each «و»-joined piece, as written and without its «و» (وام, واس match as written).
    const pieces = p.split(BEFORE_WAW);
    for (let k = 0; pieces.length > 1 && k < pieces.length; k++) {
      const piece = pieces[k]!;
      const and = lookup(piece, index) ?? (k > 0 ? lookup(piece.slice(1), index) : undefined);
      if (and) return and;
    }
  }
  return undefined;
}

/** Strips one pair of brackets, then one pair of quotes, with the blanks and bidi marks around them. */
function unwrap(text: string): { body: string; quoted: boolean } {
  let body = text.replace(EDGES, '');
  if (/^\(.*\)$|^\[.*\]$/su.test(body)) body = body.slice(1, -1).replace(EDGES, '');
  const quoted = /^[«“"].*[»”"]$/su.test(body) && body.length > 2;
  if (quoted) body = body.slice(1, -1).replace(EDGES, '');
  return { body, quoted };
}

/** The credit a text names from the table only (agencies and listed outlets). */
function tableCredit(body: string, index: Index): Credit | null {
  const norm = normalizeText(body, 'search');
  if (!body || norm.split(' ').length > MAX_WORDS) return null;
  const agency = findAgency(norm, index);
  if (!agency) return null;
  return agency.code === STAFF ? { code: STAFF, label: body } : { code: agency.code, label: agency.label };
}

/**
 * Identifies one credit text such as `أ.ف.ب`, `AFP/Getty`, `تصوير: أحمد فتحي`; null when it is not a credit.
 * Of several credits (`AFP/Getty Images`, `أ.ف.ب - غيتي`) the first agency wins.
 */
export function identifyCredit(text: string, agencies: readonly Agency[] = defaultAgencies()): Credit | null {
  const { body, quoted } = unwrap(text);
  const credit = tableCredit(body, indexOf(agencies));
  if (credit || !body) return credit;
  const norm = normalizeText(body, 'search');
  const rest = norm.replace(LEADER, '');
  // `(تصوير أحمد)`, `(الصورة: خاص)`, or a short quoted name `(«رصد»)`: the outlet's own photographers.
  const staff = STAFF_LEADER.test(norm) || STAFF_LEADER.test(rest) || (quoted && norm.split(' ').length <= 4 && !/[\d.!?:;,]/u.test(norm));
  return staff && norm.split(' ').length <= MAX_WORDS ? { code: STAFF, label: body } : null;
}

// ─── trailing credits ────────────────────────────────────────────────────────

const BLANK = /[\s\p{Cf}]/u;
const DASH = /[-\u2013\u2014]/u;
// Before a bare «…», these words make it a quotation or a mention, not a credit: `قال لـ«رويترز»`, `تحدث إلى «الشرق الأوسط»` (normalised).
const QUOTE_INTRO = new Set(['الي', 'ل', 'في', 'مع', 'عن', 'من', 'علي', 'عبر', 'بحسب', 'حسب', 'وفق', 'وفقا', 'قال', 'قالت', 'وقال', 'وقالت', 'ذكرت', 'نقلت', 'بعنوان', 'عليها', 'عليه']);

function trimEnd(line: string, end: number): number {
  while (end > 0 && BLANK.test(line[end - 1]!)) end--;
  return end;
}

/** `… - (إ.ب.أ)`: the index of a spaced dash just before `at`, else `at`. */
function withDash(line: string, at: number): number {
  const j = trimEnd(line, at);
  return j > 0 && DASH.test(line[j - 1]!) && (j === 1 || BLANK.test(line[j - 2]!)) ? j - 1 : at;
}

/** The index of the bracket that opens the one closing at `close`, or -1. */
function opening(line: string, close: number): number {
  const shut = line[close]!;
  const open = shut === ')' ? '(' : '[';
  for (let i = close - 1, depth = 0; i >= 0; i--) {
    if (line[i] === shut) depth++;
    else if (line[i] === open && depth-- === 0) return i;
  }
  return -1;
}

function found(line: string, credit: Credit | null, start: number, end: number): FoundCredit | null {
  return credit ? { credit, start, end, text: line.slice(start, end) } : null;
}

/**
 * Finds a photo credit at the END of a caption line: `… (أ.ف.ب)`, `… [رويترز]`, `… - أ ف ب`, `… «الشرق الأوسط»`;
 * null if none. Trailing blanks, bidi marks and a full stop after a bracket are not part of the span.
 */
export function findTrailingCredit(line: string, agencies: readonly Agency[] = defaultAgencies()): FoundCredit | null {
  const end = trimEnd(line, line.length);
  // `… (رويترز).` — the full stop ends the caption, not the credit.
  const shut = line[end - 1] === '.' ? trimEnd(line, end - 1) : end;
  const last = line[shut - 1];
  if (last === ')' || last === ']') {
    const open = opening(line, shut - 1);
    return open < 0 ? null : found(line, identifyCredit(line.slice(open, shut), agencies), withDash(line, open), shut);
  }
  if (last === '»' && shut === end) {
    const open = line.lastIndexOf('«', end - 1);
    if (open < 0) return null;
    const start = withDash(line, open);
    // `… - «رصد»` is a credit by its dash; a bare `… «…»` only when the table knows the name and nothing quotes it.
    if (start < open) return found(line, identifyCredit(line.slice(open, end), agencies), start, end);
    if (open > 0 && !BLANK.test(line[open - 1]!)) return null; // `لـ«رويترز»`
    const before = normalizeText(line.slice(Math.max(0, open - 40), open), 'search').trimEnd();
    if (before.endsWith(':') || QUOTE_INTRO.has(before.slice(before.lastIndexOf(' ') + 1))) return null;
    return found(line, tableCredit(unwrap(line.slice(open, end)).body, indexOf(agencies)), open, end);
  }
  for (let i = end - 1; i >= 0; i--) {
    // `… - أ ف ب`: the few words after the last spaced dash, not `القاهرة - خاص: بدأت …`.
    if (DASH.test(line[i]!) && (i === 0 || BLANK.test(line[i - 1]!)) && BLANK.test(line[i + 1] ?? '')) {
      const tail = line.slice(i + 1, end);
      return tail.trim().split(/\s+/u).length > MAX_DASHED_WORDS ? null : found(line, identifyCredit(tail, agencies), i, end);
    }
  }
  return null;
}
