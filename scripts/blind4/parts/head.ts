// Chrome above the headline: logo, menus, ticker, weather, prayer times...
import type { Page } from '../kit.js';
import type { Article } from '../kit.js';
import { WEEKDAYS, gregLong, hijriLong, pad2, type When } from '../dates.js';
import {
  AD_LABELS, CITIES, FIRST_NAMES, LAST_NAMES, LOGIN, MARKETS, NAV_EXTRA, PRAYERS, SEARCH, SECTIONS,
  TICKER_LABELS, WEATHER_CITIES,
} from '../vocab.js';

export type ItemsMode = 'lines' | 'inline' | 'spaced';

export function navItems(p: Page, n: number, fixed: string[] = []): string[] {
  const extra = p.rng.sample([...SECTIONS, ...NAV_EXTRA.slice(1)], n);
  return [...fixed, ...extra];
}

/** A menu; items, layout and separator are chosen once per file under `key`. */
export function nav(p: Page, key: string, items: () => string[], modes: ItemsMode[], seps = [' | ', ' • ', '  ', ' - ', ' ']): void {
  const [its, mode, sep] = p.fixed(key, () => [items(), p.rng.pick(modes), p.rng.pick(seps)] as const);
  p.items('nav', its, mode, sep);
}

/** The site's name as printed at the top, chosen once per file. */
export function logo(p: Page, variants: string[][]): void {
  p.cs('logo', p.fixed('logo', () => p.rng.pick(variants)));
}

export function breadcrumb(p: Page, section: string, a?: Article): void {
  const sep = p.rng.pick([' > ', ' » ', ' / ', ' › ', ' ← ']);
  const parts = [p.rng.pick(['الرئيسية', 'الرئيسية', 'الصفحة الرئيسية', 'Home']), section];
  if (p.rng.chance(0.3)) parts.push(p.rng.pick(['أخبار', 'تقارير', 'متابعات', 'محلي']));
  if (a && p.rng.chance(0.35)) parts.push(a.headline);
  p.c('breadcrumb', parts.join(sep));
}

export function ticker(p: Page, n = 1, inline = false): void {
  const label = p.rng.pick(TICKER_LABELS);
  const titles = p.pools.distinctTitles(n);
  if (inline || n === 1) {
    const glue = label.endsWith(':') ? ' ' : p.rng.pick([': ', ' | ', ' - ', ' ']);
    p.c('ticker', label + glue + titles.join(p.rng.pick([' • ', ' ... ', ' | ', ' ◄ '])));
    return;
  }
  p.c('ticker', label);
  p.cs('ticker', titles);
}

export function weather(p: Page): void {
  const city = p.rng.pick(WEATHER_CITIES);
  const hi = p.rng.int(36, 48);
  const lo = hi - p.rng.int(8, 14);
  p.oneOf([
    [() => p.c('weather', `${city} ${hi}°`), 2],
    [() => p.c('weather', `${city} ${hi}° / ${lo}°`), 2],
    [() => p.cs('weather', [city, `${hi}°C`, p.rng.pick(['مشمس', 'غائم جزئياً', 'غبار', 'حار جداً'])]), 1],
    [() => p.c('weather', `الطقس: ${p.rng.pick(['مشمس', 'حار', 'رياح مثيرة للأتربة'])} - العظمى ${hi} الصغرى ${lo}`), 1],
  ]);
}

export function prayer(p: Page, mode: ItemsMode): void {
  const base = [3 * 60 + p.rng.int(35, 50), 5 * 60 + p.rng.int(5, 20), 12 * 60 + p.rng.int(0, 10), 15 * 60 + p.rng.int(25, 40), 18 * 60 + p.rng.int(40, 59), 20 * 60 + p.rng.int(10, 25)];
  const times = base.map((m) => `${pad2(Math.floor(m / 60) % 12 || 12)}:${pad2(m % 60)}`);
  const city = p.rng.pick(CITIES.slice(0, 8));
  if (p.rng.chance(0.5)) p.c('prayer', `مواقيت الصلاة - ${city}`);
  const items = PRAYERS.map((n, i) => `${n} ${times[i]}`);
  p.items('prayer', items, mode, '  ');
}

export function login(p: Page): void {
  p.c('login', p.fixed('login-text', () => p.rng.pick(LOGIN)));
}

export function search(p: Page): void {
  p.c('search', p.fixed('search-text', () => p.rng.pick(SEARCH)));
}

export function ad(p: Page): void {
  p.c('ad', p.rng.pick(AD_LABELS));
}

export function todayLine(p: Page, now: When): void {
  p.oneOf([
    [() => p.c('date', gregLong(now)), 2],
    [() => p.c('date', `${WEEKDAYS[now.dow]} ${hijriLong(now)}`), 1],
    [() => p.c('date', `اليوم: ${gregLong(now)} | ${hijriLong(now)}`), 1],
    [() => p.c('date', `${pad2(now.d)}/${pad2(now.m)}/${now.y}`), 1],
  ]);
}

export function markets(p: Page, mode: ItemsMode): void {
  const items = p.rng.sample(MARKETS, p.rng.int(3, 5)).map((m) => {
    const v = (p.rng.int(100, 99999) / 10).toFixed(2);
    const ch = (p.rng.int(-250, 250) / 100).toFixed(2);
    return `${m} ${v} ${Number(ch) >= 0 ? '▲' : '▼'} ${ch}%`;
  });
  p.items('market', items, mode, '   ');
}

export function personName(p: Page): string {
  return `${p.rng.pick(FIRST_NAMES)} ${p.rng.pick(LAST_NAMES)}`;
}

export function sectionOf(p: Page): string {
  return p.rng.pick(SECTIONS);
}
