// Date/time chrome lines in many wordings.
import type { Page } from '../kit.js';
import {
  MONTHS_EN, MONTHS_LEVANT, MONTHS_MAGHREB, MONTHS_MSA, WEEKDAYS, gregLong, hijriLong, hijriNumeric, indic,
  numeric, pad2, relative, time12, time24, toMs, type When,
} from '../dates.js';

export type DateFmt =
  | 'long' | 'hijri+greg' | 'published' | 'updated' | 'relative' | 'numeric12' | 'levant' | 'gmt'
  | 'maghreb' | 'hijriNumeric' | 'iso' | 'english' | 'indic' | 'dayOnly' | 'issue';

export function formatDate(fmt: DateFmt, w: When, now: When): string {
  switch (fmt) {
    case 'long':
      return gregLong(w);
    case 'hijri+greg':
      return `${WEEKDAYS[w.dow]} ${hijriLong(w)} - ${gregLong(w, MONTHS_MSA, false)} م`;
    case 'published':
      return `نشر في: ${numeric(w)} - ${time12(w)}`;
    case 'updated':
      return `آخر تحديث: ${gregLong(w)} - ${time24(w)} بتوقيت مكة المكرمة`;
    case 'relative':
      return relative(Math.max(1, Math.round((toMs(now) - toMs(w)) / 60000)));
    case 'numeric12':
      return `${numeric(w)} ${time12(w)}`;
    case 'levant':
      return `${w.d} ${MONTHS_MSA[w.m - 1]}/ ${MONTHS_LEVANT[w.m - 1]} ${w.y}`;
    case 'gmt':
      return `GMT ${time24(w)} ${w.y} ${WEEKDAYS[w.dow]} ${w.d} ${MONTHS_MSA[w.m - 1]}`;
    case 'maghreb':
      return `${WEEKDAYS[w.dow]} ${w.d} ${MONTHS_MAGHREB[w.m - 1]} ${w.y} - ${time24(w)}`;
    case 'hijriNumeric':
      return `${hijriNumeric(w)}هـ | ${numeric(w)}م`;
    case 'iso':
      return `${numeric(w, '-', 'ymd')} ${time24(w)}`;
    case 'english':
      return `${MONTHS_EN[w.m - 1]} ${w.d}, ${w.y} ${time12(w, 'AM/PM')}`;
    case 'indic':
      return indic(`${WEEKDAYS[w.dow]} ${w.d} ${MONTHS_MSA[w.m - 1]} ${w.y} - ${pad2(w.hh)}:${pad2(w.mm)}`);
    case 'dayOnly':
      return `${WEEKDAYS[w.dow]}، ${w.d} ${MONTHS_MSA[w.m - 1]} ${w.y} م`;
    case 'issue':
      return `${WEEKDAYS[w.dow]} - ${hijriLong(w)} - ${gregLong(w, MONTHS_MSA, false)} مـ - رقم العدد [${13000 + (toMs(w) / 86400000) % 900 | 0}]`;
  }
}

/** A date line, possibly with a label of its own. */
export function dateLine(p: Page, w: When, now: When, fmts: DateFmt[], labels: string[] = ['']): void {
  const label = p.rng.pick(labels);
  const text = formatDate(p.rng.pick(fmts), w, now);
  p.c('date', label ? `${label} ${text}` : text);
}

/** Date and time on two lines, as many sites print them. */
export function dateTimeLines(p: Page, w: When): void {
  p.c('date', p.rng.chance(0.5) ? gregLong(w) : numeric(w, p.rng.pick(['/', '-', '.'])));
  p.c('date', p.rng.chance(0.5) ? time12(w, p.rng.pick(['ص/م', 'صباحاً/مساءً'] as const)) : time24(w));
}
