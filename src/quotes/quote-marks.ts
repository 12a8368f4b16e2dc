/**
 * Quoted passages: «…», “…” and "…" at the top level (a quote inside a quote stays inside it; a
 * straight mark inside a straight quote opens one when it stands before a word after a space). A
 * quote carried over several paragraphs follows the news convention: each paragraph opens again
 * with « and only the last one closes, so «… ¶ «… ¶ «…» is one passage. A quote never closed is
 * cut at the end of its paragraph, or, for a straight quote, where a straight mark that can only
 * open one stands (see {@link opensOnly}): there the writer forgot to close it.
 */

export interface QuoteMarks {
  /** The opening mark and just after the closing one (or the paragraph end when never closed). */
  start: number;
  end: number;
  /** The words inside, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** It was closed by its own mark. */
  closed: boolean;
}

const PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };
/** The longest passage taken as one quote; a longer one is cut at its paragraph. */
const MAX_QUOTE = 20_000;

/**
 * A straight mark at `j` with white space (or an opening bracket) before it and a letter or digit
 * after it, and two more straight marks in its paragraph to close it and the quote around it.
 */
function opensInside(text: string, j: number): boolean {
  const before = text[j - 1];
  const after = text[j + 1];
  if (!((before === undefined || /[\s(]/u.test(before)) && after !== undefined && /[\p{L}\p{N}]/u.test(after))) return false;
  let more = 0;
  for (let k = j + 1; k < text.length && text[k] !== '\n' && more < 2; k++) if (text[k] === '"') more++;
  return more >= 2;
}

/**
 * A straight mark at `j` that opens a quote and cannot close one: white space (or an opening
 * bracket) before it and a word, hashtag or handle after it («هاشتاج "#شكرا_…"»). Inside a
 * straight quote that has ended a sentence already, it is no closing mark: the quote was left open
 * before it, and it opens the next. (In a short one it is a misplaced space: «"الوطن "من».)
 */
function opensOnly(text: string, j: number): boolean {
  const before = text[j - 1];
  const after = text[j + 1];
  return (before === undefined || /[\s(]/u.test(before)) && after !== undefined && /[\p{L}\p{N}#@]/u.test(after);
}

/** A full stop at `k`: «.», «!», «?» or «؟» before white space (or the text's end). */
function fullStopAt(text: string, k: number): boolean {
  const c = text[k];
  return (c === '.' || c === '!' || c === '?' || c === '؟') && (k + 1 === text.length || /\s/u.test(text[k + 1]!));
}

export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const n = text.length;
  let i = 0;
  const next = /[«“"]/g;
  while (i < n) {
    // Straight to the next opening mark.
    next.lastIndex = i;
    const found = next.exec(text);
    if (!found) break;
    i = found.index;
    const open = text[i]!;
    const close = PAIRS[open]!;
    let depth = 1;
    let j = i + 1;
    let end = -1;
    let paraEnd = -1;
    // Just after the quote's last full stop so far: where a straight quote left open ends.
    let afterStop = -1;
    for (; j < n && j - i < MAX_QUOTE; j++) {
      const c = text[j]!;
      if (c === '\n') {
        // A paragraph ends inside the quote: it goes on only when the next paragraph opens again.
        let k = j;
        while (k < n && /\s/.test(text[k]!)) k++;
        if (open !== '"' && text[k] === open) {
          if (paraEnd < 0) paraEnd = j;
          j = k;
          continue;
        }
        if (paraEnd < 0) paraEnd = j;
        break;
      }
      if (fullStopAt(text, j)) afterStop = j + 1;
      if (open !== '"' && c === open) depth++;
      // A straight mark opens a quote inside when a space stands before it and a word after it:
      // «"كانت الكمية … من حبوب "الزاناكس" الممنوعة، …"».
      else if (open === '"' && c === '"' && opensInside(text, j)) depth++;
      else if (open === '"' && c === '"' && depth === 1 && afterStop > 0 && opensOnly(text, j)) {
        // «"الذين كرهوا … تغلبون}. وأطلق مغردون هاشتاج "#شكرا_…"»: the quote was never closed.
        paraEnd = afterStop;
        break;
      } else if (c === close && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end >= 0) {
      out.push({ start: i, end: end + 1, innerStart: i + 1, innerEnd: end, closed: true });
      i = end + 1;
    } else {
      // Never closed: up to the end of the paragraph it opened in.
      const stop = paraEnd >= 0 ? paraEnd : Math.min(j, n);
      let e = stop;
      while (e > i + 1 && /\s/.test(text[e - 1]!)) e--;
      if (e > i + 1) out.push({ start: i, end: e, innerStart: i + 1, innerEnd: e, closed: false });
      i = Math.max(i + 1, stop);
    }
  }
  return out;
}
