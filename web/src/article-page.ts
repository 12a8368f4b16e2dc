/**
 * The article page (`/article/ID`): the article with its entities, quotes and time expressions
 * marked in place, and side panels for the quotes and the source.
 */
import { article } from './api.js';
import { errorView } from './query-error.js';
import { attribution, ENTITY_LABELS, legend, quotesPanel, sourcePanel } from './article-panels.js';
import { articleParts, clipToParts, type Part } from './article-text.js';
import { bdi, el } from './dom.js';
import { dateElement } from './format.js';
import { nestSpans, type Layer } from './nest-spans.js';
import { filterHref } from './search-link.js';
import type { Article } from './types.js';
import { LAST_SEARCH } from './url-state.js';

/**
 * The layers of each part: quotes outside entities outside time expressions; and, outside them all,
 * the sentence of the event the URL names (`#event-N`, from the events page), its trigger inside.
 */
function partLayers(a: Article, parts: readonly Part[], event: number | null): Layer[][] {
  const out: Layer[][] = parts.map(() => []);
  const add = (start: number, end: number, depth: number, open: () => HTMLElement): void => {
    for (const c of clipToParts(parts, start, end)) out[c.part]!.push({ start: c.start, end: c.end, depth, open });
  };
  const e = event === null ? undefined : a.events?.[event];
  if (e) {
    let pieces = 0;
    add(e.sentence.start, e.sentence.end, -1, () => el('mark', { class: 'event-sentence', 'data-type': e.type, id: pieces++ === 0 ? `event-${event}` : null, tabindex: -1 }));
    add(e.trigger.start, e.trigger.end, 3, () => el('strong', { class: 'event-trigger', title: e.type }));
  }
  (a.quotes ?? []).forEach((q, i) => {
    // Counted here, not per part: a quote cut by a paragraph break still has one first piece.
    let pieces = 0;
    add(q.start, q.end, 0, () => {
      const first = pieces++ === 0;
      return el('span', { class: 'quote', 'data-kind': q.kind, 'data-quote': i, title: attribution(q), id: first ? `quote-${i}` : null, tabindex: first ? -1 : null });
    });
  });
  for (const e of a.entities ?? []) {
    const title = [e.name, e.role?.text, ENTITY_LABELS[e.type]].filter(Boolean).join(' — ');
    add(e.start, e.end, 1, () => el('a', { class: 'ent', 'data-type': e.type, 'data-canonical': e.canonical, href: filterHref('entity', e.canonical), title }));
  }
  for (const t of a.times ?? []) {
    add(t.start, t.end, 2, () => el('span', { class: 'time', 'data-value': t.value, title: t.value ?? 'تاريخ غير محدد' }));
  }
  return out;
}

function articleView(a: Article, event: number | null): HTMLElement {
  const parts = articleParts(a);
  const layers = partLayers(a, parts, event);
  const body = (i: number): DocumentFragment => nestSpans(parts[i]!.text, layers[i]!);
  const find = (kind: Part['kind'], index = 0): number => parts.findIndex((p) => p.kind === kind && p.index === index);
  const headlineAt = find('headline');
  const subtitleAt = find('subtitle');
  const meta = el(
    'p',
    { class: 'meta' },
    a.outlet ? el('a', { class: 'outlet', href: filterHref('outlet', a.outlet) }, bdi(a.outlet)) : null,
    dateElement(a.published),
    a.dateline ? el('span', { class: 'dateline' }, bdi(a.dateline)) : null,
    a.byline ? el('span', { class: 'byline' }, bdi(a.byline)) : null,
  );
  const header = el(
    'header',
    {},
    el('h1', {}, headlineAt >= 0 ? body(headlineAt) : '(بلا عنوان)'),
    subtitleAt >= 0 ? el('p', { class: 'subtitle' }, body(subtitleAt)) : null,
    meta,
  );
  const captions = a.captions.map((c, i) =>
    el(
      'figure',
      { class: 'caption', 'data-index': i },
      el('figcaption', {}, el('span', { class: 'caption-text' }, body(find('caption', i))), c.credit ? el('span', { class: 'credit', title: c.credit.code }, 'تصوير: ', bdi(c.credit.label)) : null),
    ),
  );
  const paragraphs = a.paragraphs.map((_p, i) => el('p', {}, body(find('paragraph', i))));
  return el('article', { id: 'article', 'data-id': a.id }, header, ...captions, el('div', { class: 'body' }, ...paragraphs));
}

/** Builds the page for article `id` into `root`. */
export async function articlePage(root: HTMLElement, id: string): Promise<void> {
  const back = el('a', { id: 'back', class: 'back', href: sessionStorage.getItem(LAST_SEARCH) ?? '/' }, 'العودة إلى البحث');
  root.replaceChildren(el('p', { class: 'back-line' }, back), el('p', { class: 'loading' }, 'جارٍ التحميل…'));
  let a: Article;
  try {
    a = await article(id);
  } catch (e) {
    root.replaceChildren(el('p', { class: 'back-line' }, back), el('div', { id: 'error', role: 'alert' }, ...errorView(e)));
    return;
  }
  document.title = `${a.headline ?? 'مقالة'} — رصد`;
  const hashed = /^#event-(\d{1,4})$/.exec(location.hash);
  const event = hashed ? Number(hashed[1]) : null;
  const view = articleView(a, event);
  const goTo = (i: number): void => {
    const target = document.getElementById(`quote-${i}`);
    if (!target) return;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.focus({ preventScroll: true });
    for (const piece of view.querySelectorAll(`.quote[data-quote="${i}"]`)) {
      piece.classList.remove('flash');
      void (piece as HTMLElement).offsetWidth; // restart the animation
      piece.classList.add('flash');
    }
  };
  const side = el('aside', { class: 'article-side' }, legend(), quotesPanel(a.quotes ?? [], goTo), sourcePanel(a));
  root.replaceChildren(el('p', { class: 'back-line' }, back), el('div', { class: 'article-layout' }, view, side));
  const marked = event === null ? null : document.getElementById(`event-${event}`);
  if (marked) {
    marked.scrollIntoView({ block: 'center' });
    marked.focus({ preventScroll: true });
  }
}
