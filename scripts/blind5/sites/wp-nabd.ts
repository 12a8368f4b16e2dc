// A WordPress news blog: skip link, tagline, posts with "posted on … by …",
// categories and tags, post navigation with neighbouring titles, comment
// threads and reply form, sidebar widgets and the theme credit. The home
// page shows several full posts one after another.

import { seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, COMMENT_TEXTS, gapRange, HANDLES, MONTHS_EG, MONTHS_EN, pad2, person, tags, when, writeBody,
  type Env, type Site,
} from '../kit.js';

const CATS = ['أخبار', 'محليات', 'منوعات', 'تقارير', 'عربي ودولي', 'غير مصنف'];

function top(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('skip-link', rng.pick(['تخطى إلى المحتوى', 'Skip to content', 'انتقل إلى المحتوى']));
  w.ch('site-name', rng.pick(['نبض الأخبار', 'مدونة نبض الأخبار']));
  w.ch('slogan', rng.pick(['أخبار ومتابعات', 'Just another WordPress site', 'كل ما يهمك في مكان واحد']));
  w.gap();
  if (rng.chance(0.5)) w.ch('menu', rng.pick(['القائمة', 'Menu']));
  const menu = ['الرئيسية', ...rng.sample(CATS, 4), 'من نحن', 'اتصل بنا'];
  for (const m of menu) w.ch('menu', m);
  w.gap();
}

function post(w: PageWriter, env: Env, rec: Rec, single: boolean): void {
  const rng = env.rng;
  const t = when(rec, rng);
  const cat = rng.pick(CATS);
  if (rng.chance(0.4)) w.ch('category', cat);
  w.line(seg('headline', rec.title));
  const user = rng.pick(['admin', 'محرر الموقع', person(rng), 'nabd']);
  w.ch('post-meta', rng.pick([
    `نُشر في ${t.d} ${MONTHS_EG[t.m - 1]}، ${t.y} بواسطة ${user}`,
    `Posted on ${MONTHS_EN[t.m - 1]} ${t.d}, ${t.y} by ${user}`,
    `${t.d} ${MONTHS_EG[t.m - 1]}، ${t.y} ${user} ${rng.pick(['أضف تعليقاً', 'لا توجد تعليقات', `${rng.int(1, 9)} تعليقات`])}`,
    `${pad2(t.d)}/${pad2(t.m)}/${t.y}`,
  ]));
  w.gap();
  const txt = articleText(rec, rng.chance(0.25));
  if (txt.subtitle) {
    w.line(seg('subtitle', txt.subtitle));
    w.gap();
  }
  writeBody(w, txt.body, { mode: 'line', gap: () => w.blank(1) });
  w.gap();
  if (rng.chance(0.3)) w.ch('share', rng.pick(['شارك هذا:', 'Share this:']));
  if (rng.chance(0.3)) for (const s of ['Twitter', 'Facebook', 'WhatsApp'].slice(0, rng.int(2, 3))) w.ch('share', s);
  if (rng.chance(0.3)) w.ch('like', rng.pick(['إعجاب تحميل...', 'Like this: Like Loading...']));
  const tg = tags(rng, rec, ['السعودية', 'أخبار', 'عاجل']);
  w.ch('post-footer', rng.pick([
    `نُشرت في ${cat}`,
    `التصنيفات: ${cat} | الوسوم: ${tg.join('، ')}`,
    `نشر في ${cat} | أضف تعليقاً`,
    `This entry was posted in ${cat} and tagged ${tg.join(', ')}.`,
  ]));
  w.gap();
  if (!single) {
    if (rng.chance(0.4)) w.ch('more-link', rng.pick(['أكمل القراءة', 'Continue reading →']));
    return;
  }
  w.ch('post-nav', rng.pick(['التنقل بين المقالات', 'Post navigation']));
  const [prev, next] = env.pool.titles(rng, 2);
  w.ch('post-nav', `${rng.pick(['المقالة السابقة', '← السابق', 'Previous Post'])} ${prev}`);
  if (rng.chance(0.7)) w.ch('post-nav', `${rng.pick(['المقالة التالية', 'التالي →', 'Next Post'])} ${next}`);
  w.gap();
  const n = rng.int(0, 3);
  if (n > 0) {
    w.ch('comments-header', rng.pick([`${n} تعليقات على “${rec.title}”`, `${n} thoughts on “${rec.title}”`, `${n} ردود`]));
    for (let i = 0; i < n; i++) {
      w.ch('commenter', `${rng.pick(HANDLES)} ${rng.pick(['قال:', 'says:', 'كتب:'])}`);
      w.ch('comment-meta', `${t.d} ${MONTHS_EG[t.m - 1]}، ${t.y} الساعة ${rng.int(1, 11)}:${pad2(rng.int(0, 59))} ${rng.pick(['ص', 'م'])}`);
      w.ch('comment', rng.pick(COMMENT_TEXTS));
      w.ch('comment-meta', rng.pick(['رد', 'Reply']));
    }
    w.gap();
  }
  w.ch('comments-form', rng.pick(['اترك تعليقاً', 'Leave a Reply', 'أضف تعليق']));
  if (rng.chance(0.7)) {
    w.ch('comments-form', rng.pick(['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'Your email address will not be published. Required fields are marked *']));
    for (const f of rng.pick([['التعليق', 'الاسم *', 'البريد الإلكتروني *', 'الموقع'], ['Comment', 'Name *', 'Email *', 'Website']])) w.ch('comments-form', f);
    w.ch('comments-form', rng.pick(['احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.', 'إرسال التعليق', 'Post Comment']));
  }
  w.gap();
}

function sidebar(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('search', rng.pick(['بحث عن:', 'Search for:']));
  w.ch('search', rng.pick(['بحث', 'Search']));
  w.ch('widget-header', rng.pick(['أحدث المقالات', 'Recent Posts', 'مقالات حديثة']));
  for (const x of env.pool.titles(rng, 5)) w.ch('latest', x);
  if (rng.chance(0.6)) {
    w.ch('widget-header', rng.pick(['أحدث التعليقات', 'Recent Comments']));
    for (let i = rng.int(1, 3); i > 0; i--) w.ch('recent-comments', `${rng.pick(HANDLES)} ${rng.pick(['على', 'on'])} ${env.pool.titles(rng, 1)[0]}`);
  }
  if (rng.chance(0.6)) {
    w.ch('widget-header', rng.pick(['الأرشيف', 'Archives']));
    for (const m of ['أغسطس 2015', 'يوليو 2015', 'يونيو 2015'].slice(0, rng.int(2, 3))) w.ch('archive', m);
  }
  if (rng.chance(0.5)) {
    w.ch('widget-header', rng.pick(['تصنيفات', 'Categories']));
    for (const x of rng.sample(CATS, 3)) w.ch('category', rng.chance(0.5) ? `${x} (${rng.int(3, 90)})` : x);
  }
  if (rng.chance(0.4)) {
    w.ch('widget-header', 'Meta');
    for (const x of ['Log in', 'Entries feed', 'Comments feed', 'WordPress.org']) w.ch('meta-links', x);
  }
  w.gap();
  w.ch('footer', rng.pick(['Proudly powered by WordPress', 'مدعوم بواسطة ووردبريس | قالب: Newsup', 'Proudly powered by WordPress | Theme: ColorMag by ThemeGrill.']));
}

export const wpNabd: Site = {
  id: 'wp-nabd',
  outlets: ['almadina', 'sabq', '3alyoum', 'alwatan'],
  perFile: [1, 2, 4, 5],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.0, gap: gapRange(rng.int(0, 1), 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const home = recs.length > 2 || rng.chance(0.3);
    top(w, env);
    recs.forEach((rec, i) => {
      if (i > 0 && !home) {
        sidebar(w, env);
        w.blank(rng.int(1, 3));
        w.boundary();
        top(w, env);
      } else if (i > 0) w.boundary();
      w.begin(rec);
      post(w, env, rec, !home);
    });
    if (home && rng.chance(0.7)) w.ch('pagination', rng.pick(['← مقالات أقدم', 'Older posts', '1 2 3 … 14 التالي']));
    sidebar(w, env);
  },
};
