/** Words a date or time line is made of, in shape form: month, weekday and Hijri month names, «الموافق», «هـ», «م», «ص». */
import { defaultMonths } from '../../text/months.js';
import { readDataText } from '../../text/read-data.js';
import { lineShape } from './line-shape.js';

// English weekdays, as a page's English date lines print them: «Mon, 3 Aug 2015 07:25 GMT».
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// The glue of a date line: «الموافق», «هـ» (folded to «ه»), «م», «ص», «مساء», «بتوقيت مكة المكرمة», «GMT».
// (Not «التاريخ»: «التاريخ: 9/10/1436هـ» heads an official letter the text reproduces.)
const GLUE = ['الموافق', 'ه', 'هـ', 'م', 'ص', 'مساء', 'صباحا', 'مساءا', 'ظهرا', 'بتوقيت', 'مكه', 'المكرمه', 'غرينتش', 'جرينتش', 'am', 'pm', 'gmt', 'يوم', 'الساعه', 'الموافق', 'ميلادي', 'هجري', 'العدد', 'utc', 'نشر', 'حدث', 'عدل', 'تحديث', 'اخر', 'published', 'updated', ...ENGLISH_WEEKDAYS];

let cached: { names: ReadonlySet<string>; glue: ReadonlySet<string> } | undefined;

/** Names (months, weekdays, Hijri months) and glue words, in shape form. */
export function dateWords(): { names: ReadonlySet<string>; glue: ReadonlySet<string> } {
  if (cached) return cached;
  const names = new Set<string>();
  for (const m of defaultMonths().keys()) for (const w of lineShape(m).split(' ')) if (w) names.add(w);
  for (const file of ['text/weekdays.txt', 'text/hijri-months.txt']) {
    for (const line of readDataText(file).split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      for (const name of line.split('\t')[1]?.split('|') ?? []) for (const w of lineShape(name).split(' ')) if (w) names.add(w);
    }
  }
  // Ordinary words among Hijri names («صفر», «رجب» …) only count beside a number, which a date line has anyway.
  return (cached = { names, glue: new Set(GLUE.map((g) => lineShape(g))) });
}

/** True when a line's words are only dates and times: «الثلاثاء 21 يوليو 2015 - 10:30 م», «5 شوال 1436 هـ». */
export function isDateShape(words: readonly string[]): boolean {
  const { names, glue } = dateWords();
  let numbers = 0;
  let named = 0;
  for (const w of words) {
    if (w === '#') numbers++;
    else if (names.has(w)) named++;
    else if (!glue.has(w)) return false;
  }
  return numbers >= 1 && (named >= 1 || numbers >= 3);
}
