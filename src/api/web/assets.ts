/**
 * The web UI's files, by URL: a fixed table, never a path taken from the request, so nothing
 * outside it can be served. The pages are one HTML shell (the UI routes in the browser); its
 * scripts are built from web/src into dist/web; the chart library and the Arabic font come from
 * their npm packages, so the UI works offline and asks nothing of any other host.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  /** Absolute path of the file. */
  path: string;
  type: string;
  /** Cache for a long time (vendored, versioned files) or revalidate each time (our own). */
  immutable: boolean;
}

const require = createRequire(import.meta.url);
/** The repository root: `../../..` from src/api/web (tsx) and dist/api/web (built). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};
const typeOf = (path: string): string => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

/** The UI's modules, as web/src names them (built to dist/web/NAME.js). */
export const UI_MODULES = [
  'main', 'api', 'dom', 'format', 'url-state', 'search-link',
  'search-page', 'query-help', 'query-clauses', 'query-error', 'error-text', 'dates', 'date-field', 'results', 'highlight', 'facets', 'keyboard', 'chart', 'day-series',
  'article-page', 'article-text', 'article-panels', 'nest-spans',
  'entities-page', 'sparkline', 'events-page',
] as const;

/** URL path → file. */
export function webAssets(): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const add = (url: string, path: string, immutable = false): void => void out.set(url, { path, type: typeOf(path), immutable });
  add('/assets/styles.css', join(ROOT, 'web', 'styles.css'));
  add('/assets/favicon.svg', join(ROOT, 'web', 'favicon.svg'));
  for (const m of UI_MODULES) add(`/assets/app/${m}.js`, join(ROOT, 'dist', 'web', `${m}.js`));
  const uplot = packageDir('uplot');
  add('/assets/vendor/uPlot.esm.js', join(uplot, 'dist', 'uPlot.esm.js'), true);
  add('/assets/vendor/uPlot.min.css', join(uplot, 'dist', 'uPlot.min.css'), true);
  const font = packageDir('@fontsource/noto-naskh-arabic');
  for (const w of [400, 700]) {
    for (const subset of ['arabic', 'latin']) {
      const file = `noto-naskh-arabic-${subset}-${w}-normal.woff2`;
      add(`/assets/fonts/${file}`, join(font, 'files', file), true);
    }
  }
  return out;
}

/** The HTML shell every page of the UI starts from. */
export const SHELL = join(ROOT, 'web', 'index.html');

/**
 * The UI's policy: its own scripts, styles, fonts and API only, no inline script, no frames. Inline
 * style attributes are allowed for the chart library's layout (it sets sizes on its elements).
 */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
