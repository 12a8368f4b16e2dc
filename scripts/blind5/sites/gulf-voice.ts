// An Arabic site with English chrome: cookie banner, English menus and
// labels, "Posted:" and "By" lines, left-to-right marks on English lines.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, gapRange, MONTHS_EN, pad2, pullQuote, tags, when, WEEKDAYS_EN, writeBody, type Env, type Site,
} from '../kit.js';

const LRM = '\u200e';

export const gulfVoice: Site = {
  id: 'gulf-voice',
  outlets: ['aawsat', 'aleqtisadiya', 'okaz'],
  perFile: [1, 2, 2, 3],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.08, gap: gapRange(rng.int(0, 1), 2), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const marks = rng.chance(0.5);
    const en = (kind: string, text: string): void => w.ch(kind, marks ? LRM + text + (rng.chance(0.3) ? LRM : '') : text);
    recs.forEach((rec, i) => {
      if (i > 0) w.boundary();
      const t = when(rec, rng);
      if (i === 0 && rng.chance(0.6)) {
        en('cookie', rng.pick(['We use cookies to improve your experience. By continuing you agree to our Cookie Policy.', 'This website uses cookies.']));
        en('cookie', rng.pick(['Accept', 'OK', 'Got it']));
      }
      en('language', rng.pick(['English | العربية', 'EN  AR', 'العربية']));
      w.ch('site-name', rng.pick(['صوت الخليج', 'Gulf Voice | صوت الخليج', 'GULF VOICE']));
      const menu = rng.chance(0.5)
        ? ['Home', 'News', 'Gulf', 'World', 'Business', 'Sport', 'Opinion', 'Video']
        : ['الرئيسية', 'الخليج', 'العالم', 'اقتصاد', 'رياضة', 'رأي', 'فيديو'];
      if (rng.chance(0.5)) en('menu', menu.join(rng.pick(['  ', ' | '])));
      else for (const m of menu) en('menu', m);
      if (rng.chance(0.4)) en('search', rng.pick(['Search', 'Search...']));
      w.gap();
      if (rng.chance(0.7)) en('breadcrumb', rng.pick([`Home › News › ${rng.pick(['Gulf', 'World', 'Business'])}`, `Home / ${rng.pick(['الخليج', 'العالم', 'اقتصاد'])}`]));
      w.begin(rec);
      if (rng.chance(0.2)) en('kicker', rng.pick(['EXCLUSIVE', 'ANALYSIS', 'UPDATED']));
      w.line(seg('headline', rec.title));
      const txt = articleText(rec, rng.chance(0.6));
      if (txt.subtitle) w.line(seg('subtitle', txt.subtitle));
      w.gap();
      const by = author(rng, rec);
      const posted = `${WEEKDAYS_EN[t.wd]}, ${MONTHS_EN[t.m - 1]} ${t.d}, ${t.y} - ${pad2(t.hh)}:${pad2(t.mm)} GMT`;
      if (rng.chance(0.5)) {
        en('date', rng.pick([`Posted: ${posted}`, `Published ${posted}`, posted]));
        w.ch('byline', rng.pick([`By ${by}`, by, `بقلم ${by}`]));
      } else {
        w.line(seg(c('byline'), `By ${by}`), rng.pick([' ', '  ', '\t']), seg(c('date'), posted));
      }
      if (rng.chance(0.3)) en('update-time', `Last updated: ${MONTHS_EN[t.m - 1]} ${t.d}, ${t.y}`);
      if (rng.chance(0.6)) en('share', rng.pick(['Share this article', 'Share: Facebook Twitter WhatsApp Email', 'Share']));
      w.gap();
      if (rng.chance(0.3)) {
        en('caption', rng.pick(['(File photo)', 'Photo: AFP', 'Image for illustration purposes only.', 'صورة أرشيفية']));
        w.gap();
      }
      const quote = rng.chance(0.3) ? pullQuote(rng, txt.body) : null;
      const adAt = rng.chance(0.4) ? rng.int(0, txt.body.length - 2) : -1;
      writeBody(w, txt.body, {
        mode: 'line',
        between: (k) => {
          if (k === adAt) {
            en('ad', rng.pick(['Advertisement', 'ADVERTISEMENT', 'Sponsored']));
            w.gap();
          }
          if (k === 0 && quote) {
            w.ch('pullquote', `"${quote}"`);
            w.gap();
          }
        },
      });
      w.gap();
      if (rng.chance(0.6)) en('tags', `Tags: ${tags(rng, rec, ['Saudi Arabia', 'GCC', 'السعودية']).join(', ')}`);
      if (rng.chance(0.7)) {
        en('related-header', rng.pick(['Related Articles', 'You may also like', 'مقالات ذات صلة', 'More from Gulf Voice']));
        for (const x of env.pool.titles(rng, rng.int(2, 4))) w.ch('related', x);
        w.gap();
      }
      if (rng.chance(0.4)) {
        en('newsletter', rng.pick(['Subscribe to our newsletter', 'Get the Gulf Voice daily briefing']));
        en('newsletter', rng.pick(['Enter your email', 'Email address']));
        en('newsletter', rng.pick(['Subscribe', 'Sign up']));
      }
      if (rng.chance(0.5)) en('follow-us', rng.pick(['Follow us: Facebook | Twitter | Instagram | YouTube', 'Follow Gulf Voice']));
      en('footer', rng.pick(['About Us | Contact | Advertise | Privacy Policy | Terms of Use', 'About  Careers  Contact  Privacy']));
      en('copyright', rng.pick([`© ${t.y} Gulf Voice Media. All rights reserved.`, 'Copyright © 2015 Gulf Voice', '© 2015 صوت الخليج']));
      if (i < recs.length - 1) w.blank(rng.int(1, 2));
    });
  },
};
