/**
 * The search page (`/`): query box with syntax help, hits, filters, dates, sort, pages and the
 * chart of attention over time. Its state lives in the URL (see url-state.ts).
 */
import { ApiError, search, stats } from './api.js';
import { renderChart, type Chart } from './chart.js';
import { dateField } from './date-field.js';
import { daySeries } from './day-series.js';
import { bdi, el } from './dom.js';
import { facetSections } from './facets.js';
import { ARTICLES, STORIES, count, countPhrase } from './format.js';
import { installKeys, trackCurrent } from './keyboard.js';
import { facetClause, toggleClause } from './query-clauses.js';
import { errorView } from './query-error.js';
import { closeHelp, helpPanel, wireHelp } from './query-help.js';
import { fillResults } from './results.js';
import type { SearchResult } from './types.js';
import { effectiveQuery, LAST_SEARCH, readState, typedOffset, writeState, type SearchState } from './url-state.js';

/** Hits per page. */
export const PAGE_SIZE = 20;

/** The page's elements, created once; searches only change their contents. `onDate` gets a day typed into a date field. */
function layout(onDate: (range: { from: string } | { to: string }) => void) {
  const q = el('input', { id: 'q', name: 'q', type: 'search', dir: 'auto', autocomplete: 'off', placeholder: 'ابحث في الأخبار…', 'aria-label': 'نص البحث', 'aria-describedby': 'error', maxlength: 1000 });
  const toggle = el('button', { type: 'button', id: 'help-toggle', 'aria-expanded': 'false', 'aria-controls': 'help', title: 'صيغة البحث' }, '؟');
  const sort = el(
    'select',
    { id: 'sort', name: 'sort', 'aria-label': 'الترتيب' },
    el('option', { value: 'relevance' }, 'الأكثر صلة'),
    el('option', { value: 'date' }, 'الأحدث'),
  );
  const form = el('form', { id: 'search', role: 'search', action: '/' }, q, el('button', { type: 'submit', class: 'primary' }, 'بحث'), toggle, sort);
  const from = dateField('from', 'من', (iso) => onDate({ from: iso }));
  const to = dateField('to', 'إلى', (iso) => onDate({ to: iso }));
  const clearDates = el('button', { type: 'button', id: 'clear-dates', class: 'link' }, 'كل التواريخ');
  // The examples in their own direction: in Arabic text «2015-07-21» would show as 21-07-2015.
  const hint = el('p', { id: 'date-hint', class: 'hint' }, 'اليوم/الشهر/السنة، مثل ', bdi('21/7/2015', { dir: 'ltr' }), ' أو ', bdi('2015-07-21', { dir: 'ltr' }), '، بأي أرقام.');
  const dates = el('fieldset', { class: 'date-range' }, el('legend', {}, 'التاريخ'), from.root, to.root, hint, clearDates);
  const lists = el('div', { id: 'facet-lists' });
  const facets = el('aside', { id: 'facets', 'aria-label': 'تصفية' }, el('h2', {}, 'تصفية النتائج'), dates, lists);
  const summary = el('p', { id: 'summary', 'aria-live': 'polite' });
  const notes = el('ul', { id: 'notes', class: 'notes', hidden: true });
  const chart = el('figure', { id: 'chart', class: 'chart', hidden: true });
  const results = el('ol', { id: 'results', class: 'results' });
  const prev = el('button', { type: 'button', id: 'prev', rel: 'prev' }, 'السابق');
  const next = el('button', { type: 'button', id: 'next', rel: 'next' }, 'التالي');
  const pageInfo = el('span', { class: 'page-info' });
  const pager = el('nav', { id: 'pager', 'aria-label': 'الصفحات', hidden: true }, prev, pageInfo, next);
  const error = el('div', { id: 'error', role: 'alert', hidden: true });
  const main = el('div', { class: 'results-column' }, summary, notes, chart, results, pager);
  const help = helpPanel((example) => {
    q.value = example;
    closeHelp(toggle, help);
    form.requestSubmit();
  });
  const page = el('section', { class: 'search-page' }, el('div', { class: 'search-bar' }, form, help, error), el('div', { class: 'columns' }, main, facets));
  return { page, form, q, toggle, help, sort, from, to, clearDates, lists, summary, notes, chart, results, prev, next, pageInfo, pager, error };
}


/** Builds the search page into `root` and runs the search the URL describes. */
export function searchPage(root: HTMLElement): void {
  // A day typed into a date field starts a search (go is defined below, before any day can be typed).
  const ui = layout((range) => go(range));
  root.replaceChildren(ui.page);
  wireHelp(ui.toggle, ui.help);
  installKeys(ui.q, () => ui.results);
  trackCurrent(ui.results);

  let state: SearchState = readState(location.search);
  let chart: Chart | null = null;
  let inflight: AbortController | null = null;

  const showControls = (): void => {
    ui.q.value = state.q;
    ui.sort.value = state.sort;
    ui.from.set(state.from);
    ui.to.set(state.to);
    ui.clearDates.hidden = !state.from && !state.to;
  };
  /** Moves to a new state: a history entry, then the search. */
  const go = (next: Partial<SearchState>): void => {
    state = { ...state, page: 1, ...next };
    history.pushState(null, '', `/${writeState(state)}`);
    showControls();
    void run();
  };

  const showError = (nodes: HTMLElement[]): void => {
    ui.error.replaceChildren(...nodes);
    ui.error.hidden = nodes.length === 0;
  };
  const clearResults = (): void => {
    chart?.destroy();
    chart = null;
    ui.chart.hidden = true;
    ui.results.replaceChildren();
    ui.lists.replaceChildren();
    ui.notes.hidden = true;
    ui.pager.hidden = true;
  };

  const render = (r: SearchResult): void => {
    const took = el('span', { class: 'took' }, `(${r.took_ms.toLocaleString('en-US', { maximumFractionDigits: 1 })} ملّي ثانية)`);
    const stories = r.stories !== r.total ? ` في ${countPhrase(r.stories, STORIES)}` : '';
    ui.summary.replaceChildren(el('span', { class: 'total', 'data-total': r.total }, `${countPhrase(r.total, ARTICLES)}${stories}`), ' ', took);
    ui.notes.replaceChildren(...r.notes.map((n) => el('li', {}, n)));
    ui.notes.hidden = r.notes.length === 0;
    fillResults(ui.results, r.hits);
    const pages = Math.max(1, Math.ceil(Math.min(r.stories, 10_000 + PAGE_SIZE) / PAGE_SIZE));
    ui.pager.hidden = pages <= 1 && state.page <= 1;
    ui.prev.disabled = state.page <= 1;
    ui.next.disabled = state.page >= pages;
    ui.pageInfo.textContent = `صفحة ${count(state.page)} من ${count(pages)}`;
    const facets = r.facets;
    ui.lists.replaceChildren(...(facets ? facetSections(facets, state.q, (clause) => go({ q: toggleClause(state.q, clause) })) : []));
    chart?.destroy();
    chart = null;
    const series = daySeries(facets?.day ?? []);
    ui.chart.hidden = series.buckets.length === 0;
    if (series.buckets.length) {
      const caption = el('figcaption', {}, 'الاهتمام عبر الزمن');
      const body = el('div', { class: 'chart-body' });
      ui.chart.replaceChildren(caption, body);
      chart = renderChart(body, series, (from, to) => go({ from, to }));
    }
  };

  const landing = async (): Promise<void> => {
    ui.summary.textContent = 'اكتب كلمة أو عبارة للبحث.';
    try {
      const s = await stats();
      if (state.q || state.from || state.to) return;
      ui.summary.replaceChildren(`في المخزن ${countPhrase(s.articles, ARTICLES)} من ${count(s.outlets.length)} وسيلة. اكتب كلمة أو عبارة للبحث، أو ابدأ بوسيلة:`);
      ui.lists.replaceChildren();
      const list = el('ul', { class: 'quick' });
      for (const o of s.outlets) {
        const clause = facetClause('outlet', o.value);
        list.append(el('li', {}, el('a', { href: `/?${new URLSearchParams({ q: clause }).toString()}` }, el('bdi', {}, o.value), ' ', el('span', { class: 'count' }, count(o.count)))));
      }
      ui.results.replaceChildren(el('li', { class: 'landing' }, list));
    } catch {
      // The landing figures are a courtesy: the box works without them.
    }
  };

  const run = async (): Promise<void> => {
    inflight?.abort();
    const query = effectiveQuery(state);
    document.title = state.q ? `${state.q} — رصد` : 'رصد';
    sessionStorage.setItem(LAST_SEARCH, `/${writeState(state)}`);
    updateNav(effectiveQuery(state));
    showError([]);
    if (!query) {
      clearResults();
      await landing();
      return;
    }
    const controller = new AbortController();
    inflight = controller;
    ui.results.setAttribute('aria-busy', 'true');
    try {
      const r = await search({ q: query, limit: PAGE_SIZE, offset: Math.min((state.page - 1) * PAGE_SIZE, 10_000), sort: state.sort, facets: true }, controller.signal);
      render(r);
    } catch (e) {
      if (controller.signal.aborted) return;
      clearResults();
      ui.summary.textContent = '';
      showError(errorView(e, query));
      // Select the problem in the box, when it lies in what was typed (not in the date clause).
      const at = e instanceof ApiError && e.code === 'bad_query' && e.position !== null ? e.position - typedOffset(state) : -1;
      if (e instanceof ApiError && at >= 0 && at < state.q.trim().length) {
        const lead = state.q.length - state.q.trimStart().length;
        ui.q.setSelectionRange(lead + at, lead + Math.max(at, (e.end ?? e.position!) - typedOffset(state)));
      }
    } finally {
      if (inflight === controller) {
        inflight = null;
        ui.results.removeAttribute('aria-busy');
      }
    }
  };

  ui.form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: ui.q.value.trim() });
  });
  ui.sort.addEventListener('change', () => go({ sort: ui.sort.value === 'date' ? 'date' : 'relevance' }));
  ui.clearDates.addEventListener('click', () => go({ from: '', to: '' }));
  const turn = (delta: number): void => {
    go({ page: Math.max(1, state.page + delta) });
    ui.summary.scrollIntoView({ block: 'nearest' });
  };
  ui.prev.addEventListener('click', () => turn(-1));
  ui.next.addEventListener('click', () => turn(1));
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    showControls();
    void run();
  });

  showControls();
  void run();
  if (!state.q) ui.q.focus();
}

/** Points the header's «الكيانات» link at the entities of the current query. */
function updateNav(q: string): void {
  const link = document.getElementById('nav-entities');
  if (link) link.setAttribute('href', q ? `/entities?${new URLSearchParams({ q }).toString()}` : '/entities');
}
