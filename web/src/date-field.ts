/**
 * A date field the browser's locale cannot change: a text box that takes `21/7/2015`,
 * `2015-07-21` or `٢١/٧/٢٠١٥`, shows the day it read («21 يوليو 2015») beside it, and says in
 * Arabic when what was typed is no day. (`<input type=date>` shows `mm/dd/yyyy` in an English browser.)
 */
import { el } from './dom.js';
import { fieldDay, formatDay, parseDay } from './dates.js';

export interface DateField {
  /** The label with the box, the day read and the message. */
  root: HTMLElement;
  input: HTMLInputElement;
  /** Shows `iso` ('YYYY-MM-DD' or ''). */
  set(iso: string): void;
}

/** The message under a field that holds no day. */
export const BAD_DAY = 'تاريخ غير صحيح: اكتب يومًا موجودًا، مثل 21/7/2015 أو 2015-07-21';

/** A field labelled `label`; `onDay` gets each new day committed (Enter or leaving the box), '' when emptied. */
export function dateField(id: string, label: string, onDay: (iso: string) => void): DateField {
  const input = el('input', { id, type: 'text', inputmode: 'numeric', dir: 'ltr', autocomplete: 'off', placeholder: 'يوم/شهر/سنة', 'aria-describedby': `date-hint ${id}-error`, size: 10 });
  const shown = el('output', { id: `${id}-day`, for: id, class: 'date-read' });
  const error = el('span', { id: `${id}-error`, class: 'field-error', hidden: true });
  let current = '';
  const preview = (iso: string | null): void => {
    shown.textContent = iso ? formatDay(iso) : '';
  };
  const invalid = (bad: boolean): void => {
    input.toggleAttribute('aria-invalid', bad);
    error.hidden = !bad;
    error.textContent = bad ? BAD_DAY : '';
  };
  input.addEventListener('input', () => {
    preview(parseDay(input.value));
    invalid(false);
  });
  const commit = (): void => {
    const iso = parseDay(input.value);
    if (iso === null) return invalid(true);
    invalid(false);
    if (iso !== current) {
      current = iso;
      onDay(iso);
    }
  };
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  });
  const root = el('label', { class: 'date-field' }, `${label} `, input, shown, error);
  return {
    root,
    input,
    set(iso) {
      current = iso;
      input.value = fieldDay(iso);
      preview(iso || null);
      invalid(false);
    },
  };
}
