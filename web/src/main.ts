/** The UI's entry: picks the page from the URL path (the server sends the same shell for all). */
import { articlePage } from './article-page.js';
import { byId, el } from './dom.js';
import { entitiesPage } from './entities-page.js';
import { eventsPage } from './events-page.js';
import { searchPage } from './search-page.js';

function route(): void {
  const root = byId('app');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const article = /^\/article\/([0-9a-fA-F]{1,64})$/.exec(path);
  if (path === '/') searchPage(root);
  else if (path === '/entities') void entitiesPage(root);
  else if (path === '/events') void eventsPage(root);
  else if (article) void articlePage(root, article[1]!);
  else root.replaceChildren(el('p', { id: 'error', role: 'alert' }, 'صفحة غير موجودة. ', el('a', { href: '/' }, 'إلى البحث')));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header.site nav a')) {
    if (link.pathname === path) link.setAttribute('aria-current', 'page');
  }
}

route();
