// A text-mode browser dump (lynx -dump): numbered link markers glued to
// link text, "* " bullets, body wrapped at 76 columns with a 3-space margin,
// and a References list of URLs at the end of each page.

import { c, seg, wrap, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, gDate, gapRange, pad2, when, writeBody, writePara, type Env, type Site,
} from '../kit.js';

const HOST = 'http://www.alofuq-news.com';
const SECTIONS: [string, string][] = [['الرئيسية', '/'], ['محليات', '/local'], ['سياسة', '/politics'], ['اقتصاد', '/economy'], ['رياضة', '/sports'], ['ثقافة', '/culture'], ['الرأي', '/opinion']];

class Links {
  urls: string[] = [];
  mark(url: string): string {
    this.urls.push(url);
    return `[${this.urls.length}]`;
  }
}

function page(w: PageWriter, env: Env, rec: Rec, first: boolean): void {
  const rng = env.rng;
  const L = new Links();
  const t = when(rec, rng);
  const M = '   ';
  if (!first) w.boundary();
  if (rng.chance(0.6)) {
    w.ch('skip-link', `${L.mark(`${HOST}/#main`)}${rng.pick(['تخطي إلى المحتوى', 'Skip to main content', 'انتقل للمحتوى'])}`, M);
    w.blank(1);
  }
  w.ch('site-name', `${L.mark(`${HOST}/`)}${rng.pick(['جريدة الأفق', 'الأفق', 'الأفق الإخبارية'])}${rng.chance(0.4) ? ` ${L.mark(`${HOST}/img/logo.png`)}[IMG]` : ''}`, M);
  if (rng.chance(0.5)) w.ch('date', `${gDate(t, rng)}`, M);
  w.blank(1);
  const bullets = rng.chance(0.6);
  for (const [name, path] of SECTIONS) {
    if (bullets) w.ch('menu', `* ${L.mark(HOST + path)}${name}`, '     ');
    else w.ch('menu', `${L.mark(HOST + path)}${name}`, M);
  }
  if (rng.chance(0.4)) w.ch('language', `${L.mark(`${HOST}/en`)}English`, M);
  if (rng.chance(0.4)) w.ch('search', rng.pick(['بحث: ____________________ [بحث]', 'Search: ____________________ Go']), M);
  w.blank(1);
  const [sec, path] = rng.pick(SECTIONS.slice(1));
  if (rng.chance(0.6)) w.ch('breadcrumb', `${L.mark(`${HOST}/`)}الرئيسية > ${L.mark(HOST + path)}${sec}`, M);
  w.blank(1);
  w.begin(rec);
  const id = 40000 + ((rec.index * 97 + t.d) % 50000);
  if (rng.chance(0.25)) {
    const lines = wrap(rec.title, 72);
    w.line(seg(c('link-marker'), L.mark(`${HOST}/news/${id}`)), seg('headline', lines.join(w.style.eol)));
  } else {
    w.block('headline', wrap(rec.title, 76));
  }
  w.blank(1);
  const txt = articleText(rec, rng.chance(0.4));
  if (txt.subtitle) {
    writePara(w, 'subtitle', txt.subtitle, { mode: 'wrap', width: 73, indent: M });
    w.blank(1);
  }
  const by = author(rng, rec);
  w.ch('byline', rng.chance(0.5) ? `${L.mark(`${HOST}/author/${rng.int(10, 400)}`)}${by}` : by, M);
  w.ch('date', `${pad2(t.d)}/${pad2(t.m)}/${t.y} - ${pad2(t.hh)}:${pad2(t.mm)}`, M);
  w.blank(1);
  if (rng.chance(0.4)) {
    const alt = rng.pick(['[IMG]', '[صورة]', `[${rng.pick(['صورة أرشيفية', 'من الحدث', 'صورة الخبر'])}]`]);
    w.ch('image', rng.chance(0.5) ? `${L.mark(`${HOST}/uploads/${t.y}/${pad2(t.m)}/${id}.jpg`)}${alt}` : alt, M);
    w.blank(1);
  }
  writeBody(w, txt.body, { mode: 'wrap', width: 73, indent: M, gap: () => w.blank(1) });
  w.blank(1);
  if (rng.chance(0.6)) {
    const share = ['فيسبوك', 'تويتر', 'واتساب', 'جوجل+'].map((s, k) => `${L.mark(`https://share.example-social.com/${k}?u=${encodeURIComponent(`${HOST}/news/${id}`)}`)}${s}`);
    w.ch('share', share.join(' '), M);
    w.blank(1);
  }
  if (rng.chance(0.7)) {
    w.ch('related-header', rng.pick(['أخبار ذات صلة', 'اقرأ أيضاً', 'المزيد من الأفق']), M);
    w.blank(1);
    for (const x of env.pool.titles(rng, rng.int(3, 5))) {
      const link = `${L.mark(`${HOST}/news/${40000 + rng.int(0, 49999)}`)}${x}`;
      w.block(c('related'), wrap(`* ${link}`, 70), '     ', '       ');
    }
    w.blank(1);
  }
  w.ch('footer', ['من نحن', 'اتصل بنا', 'أعلن معنا', 'الخصوصية'].map((x, k) => `${L.mark(`${HOST}/page/${k + 1}`)}${x}`).join(rng.pick([' | ', ' '])), M);
  w.ch('copyright', rng.pick(['© 2015 جريدة الأفق. جميع الحقوق محفوظة.', 'جميع الحقوق محفوظة © الأفق']), M);
  w.blank(1);
  w.ch('references', 'References');
  w.blank(1);
  L.urls.forEach((u, k) => w.ch('references', `${String(k + 1).padStart(4)}. ${u}`.trimStart(), k + 1 < 10 ? '   ' : '  '));
}

export const lynxOfuq: Site = {
  id: 'lynx-ofuq',
  outlets: ['alriyadh', 'aljazirah', 'alwatan'],
  perFile: [1, 2, 2, 3],
  style: () => ({ eol: '\n', trailingSpace: 0.0, gap: gapRange(1, 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    recs.forEach((rec, i) => {
      if (i > 0) w.blank(env.rng.int(1, 3));
      page(w, env, rec, i === 0);
    });
  },
};
