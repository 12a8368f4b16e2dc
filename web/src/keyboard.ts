/**
 * Keyboard use of the search page: `/` goes to the search box, ArrowDown/ArrowUp (or j/k) move
 * between result headlines, Enter opens the one focused (a link does that by itself).
 */

const editable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement);

/** Installs the keys; `box` is the search box, `results` the list of hits. */
export function installKeys(box: HTMLInputElement, results: () => HTMLElement | null): void {
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const links = (): HTMLAnchorElement[] => Array.from(results()?.querySelectorAll<HTMLAnchorElement>('li.hit a.headline') ?? []);
    if (e.key === '/' && !editable(e.target)) {
      e.preventDefault();
      box.focus();
      box.select();
      return;
    }
    if (e.target === box) {
      if (e.key === 'ArrowDown') {
        const first = links()[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
      return;
    }
    if (editable(e.target)) return;
    const down = e.key === 'ArrowDown' || e.key === 'j';
    const up = e.key === 'ArrowUp' || e.key === 'k';
    if (!down && !up) return;
    const all = links();
    if (!all.length) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    // Outside the list, only j/k (and arrows with nothing focused) enter it, so arrows still scroll elsewhere.
    if (at < 0 && document.activeElement !== document.body && !(e.key === 'j' || e.key === 'k')) return;
    e.preventDefault();
    if (at < 0) {
      all[up ? all.length - 1 : 0]?.focus();
    } else if (up && at === 0) {
      box.focus();
    } else {
      all[Math.max(0, Math.min(all.length - 1, at + (down ? 1 : -1)))]?.focus();
    }
  });
}

/** Keeps the focused hit in view and marked: `li.hit.current`. */
export function trackCurrent(results: HTMLElement): void {
  results.addEventListener('focusin', (e) => {
    const hit = (e.target as HTMLElement).closest('li.hit');
    for (const li of results.querySelectorAll('li.hit.current')) li.classList.remove('current');
    if (hit) {
      hit.classList.add('current');
      hit.scrollIntoView({ block: 'nearest' });
    }
  });
}
