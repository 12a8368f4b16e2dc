/** The hit list `#results`: one `li.hit` per story, headline and snippet with the matched words marked. */
import { bdi, el } from './dom.js';
import { count, dateElement } from './format.js';
import { markedText } from './highlight.js';
import type { SearchHit } from './types.js';

/** One hit: headline link, snippet, outlet, date, photo credits and how many similar articles. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const href = `/article/${encodeURIComponent(hit.id)}`;
  const headline = el('a', { class: 'headline', href });
  if (hit.headline && hit.headline.text) headline.append(markedText(hit.headline));
  else headline.append('(بلا عنوان)');
  const meta = el(
    'p',
    { class: 'meta' },
    hit.outlet ? el('span', { class: 'outlet' }, bdi(hit.outlet)) : null,
    dateElement(hit.published),
    hit.credits.length ? el('span', { class: 'credits' }, 'صور: ', ...hit.credits.flatMap((c, i) => [i ? '، ' : '', bdi(c, { dir: 'auto' })])) : null,
    hit.similar > 0 ? el('span', { class: 'similar' }, bdi(`+${count(hit.similar)}`, { dir: 'ltr' }), ' مقالات مشابهة') : null,
  );
  return el('li', { class: 'hit', 'data-id': hit.id }, el('h3', {}, headline), el('p', { class: 'snippet' }, markedText(hit.snippet)), meta);
}

/** Fills `list` with the hits, or a message when there are none. */
export function fillResults(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map(hitItem));
  if (!hits.length) list.append(el('li', { class: 'empty' }, 'لا نتائج لهذا البحث.'));
}
