// "بوابة الوادي": a busy Egyptian news portal. Currency and weather strip,
// several breaking lines, "كتب:" bylines, read-also blocks inside the body,
// board names in the footer.
import { greg, hijriStr, time12, time24 } from '../dates.js';
import { agencyOf, gallery, gapOf, insertSlots, makeComments, sectionKey, videoEmbed, once, person, recordByline, section, tagsFor, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CAPTIONS, CITIES_EG, FEMALE } from '../vocab.js';

const NAME = 'بوابة الوادي';
const SECTIONS = {
  local: ['عرب وعالم', 'الخليج'],
  arab: ['عرب وعالم', 'عربي'],
  world: ['عرب وعالم', 'دولي', 'العالم'],
  sports: ['رياضة', 'الكرة العالمية', 'رياضة عربية'],
  economy: ['اقتصاد', 'بورصة وبنوك', 'اقتصاد عربي'],
  opinion: ['مقالات', 'رأي'],
} as const;
const MENU = ['الرئيسية', 'أخبار مصر', 'محافظات', 'حوادث', 'عرب وعالم', 'اقتصاد', 'رياضة', 'فن', 'المرأة والمنوعات', 'تكنولوجيا', 'فيديو', 'مقالات', 'ملفات'];

function header(ctx: PageCtx): void {
  const { w, r, pub } = ctx;
  w.chrome('site-name', r.pick([NAME, `${NAME} الإخبارية`, `${NAME} | الرئيسية`]));
  w.chrome('date', r.pick([
    `${greg(pub, 'long-day')} - ${time12(pub, 'short')}`,
    `${greg(pub, 'long-day')} م | ${hijriStr(pub, 'long', 'latin', ' هـ')}`,
    `${greg(pub, 'long-day').replace(' ', '، ')}`,
  ]));
  if (r.chance(0.5)) w.chrome('weather', `${r.pick(CITIES_EG.slice(0, 3))} ${r.int(31, 39)}° ${r.pick(['مشمس', 'حار', 'صحو', ''])}`.trim());
  if (r.chance(0.5)) {
    const usd = (7.8 + r.int(0, 5) / 100).toFixed(2);
    w.chrome('market', r.pick([`الدولار ${usd} جنيه | اليورو ${(8.5 + r.int(0, 20) / 100).toFixed(2)} | الذهب عيار 21: ${r.int(268, 280)} جنيه`, `أسعار العملات: الدولار ${usd}`]));
  }
  const navLines = once(ctx, 'navLines', () => r.chance(0.5));
  if (navLines) w.lines('nav', MENU.slice(0, r.int(8, MENU.length)));
  else w.chrome('nav', MENU.slice(0, r.int(8, MENU.length)).join(r.pick(['  ', ' ', ' | '])));
  if (r.chance(0.6)) {
    const label = r.pick(['عاجل |', 'عاجل:', 'عاجل']);
    for (const t of ctx.pool.pick(r, r.int(1, 3), ctx.file.headlines, { near: ctx.rec.day })) {
      w.line([{ c: 'ticker', text: label }, { ws: ' ' }, { c: 'ticker', text: t.title }]);
    }
  }
  w.gap();
}

function byline(ctx: PageCtx): string {
  const { r, rec } = ctx;
  const own = recordByline(rec, 'الوادي');
  const name = r.chance(0.3) ? `${r.pick(FEMALE)} ${person(r, false).split(' ')[1]}` : person(r, false);
  const female = FEMALE.some((f) => name.startsWith(f));
  return r.pick([
    `${female ? 'كتبت' : 'كتب'}: ${name}`,
    `${female ? 'كتبت' : 'كتب'} - ${name}`,
    own ? `${own}` : `وكالات`,
    r.chance(0.5) ? 'أ ش أ' : 'وكالات',
    `${female ? 'كتبت' : 'كتب'}: ${name} وآخرون`,
  ]);
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  header(ctx);
  const sec = section(rec, r, SECTIONS);
  w.chrome('breadcrumb', r.pick([`الرئيسية > ${sec}`, `الرئيسية » ${sec}`, sec, `الرئيسية > ${sec} > ${norm(rec.title)}`]));
  w.gap(r.pick([0, 1]));
  const kicker = r.chance(0.3) ? r.pick(['عاجل', 'خاص', 'بالصور', 'فيديو', 'تقرير', 'بالأرقام']) : '';
  if (kicker && r.chance(0.5)) w.line([{ c: 'kicker', text: `${kicker}..` }, { ws: ' ' }, { h: norm(rec.title) }]);
  else {
    if (kicker) w.chrome('kicker', kicker);
    w.headline(norm(rec.title));
  }
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap(r.pick([0, 1]));
  w.chrome('byline', byline(ctx));
  w.chrome('timestamp', r.pick([
    `${greg(pub, 'slashed')} - ${time12(pub, 'short')}`,
    `${greg(pub, 'num-dash')} | ${time24(pub)}`,
    `${greg(pub, 'long')} ${time12(pub, 'long')}`,
  ]));
  if (r.chance(0.7)) {
    if (r.chance(0.5)) w.lines('share', ['شارك', 'فيسبوك', 'تويتر', 'واتساب', r.pick(['جوجل +', 'لينكد إن', 'طباعة'])]);
    else w.chrome('share', r.pick(['Facebook Twitter Google+ WhatsApp', 'شارك  تويتر  فيسبوك']));
  }
  w.gap();
  if (kicker === 'بالصور' || r.chance(0.1)) gallery(w, r);
  else if (kicker === 'فيديو') videoEmbed(w, r);
  if (r.chance(0.6)) {
    w.chrome('caption', r.pick([r.pick(CAPTIONS), `${r.pick(CAPTIONS)} - أرشيفية`, `${r.pick(CAPTIONS)} - ${NAME}`]));
    w.gap(r.pick([0, 1]));
  }
  const inserts = new Map<number, () => void>();
  const [readAt, adAt] = insertSlots(r, ctx.body.length, 2);
  if (readAt !== undefined && r.chance(0.8)) {
    inserts.set(readAt, () => {
      w.chrome('read-also', r.pick(['اقرأ أيضا:', 'اقرأ أيضاً', 'أخبار متعلقة:', 'طالع أيضا']));
      const bullet = r.pick(['', '- ', '• ']);
      for (const t of ctx.pool.pick(r, r.int(1, 3), ctx.file.headlines, { topic: rec.topic, near: rec.day })) {
        w.chrome('read-also', (r.chance(0.15) ? r.pick(['بالفيديو.. ', 'بالصور.. ']) : bullet) + t.title);
      }
    });
  }
  if (adAt !== undefined && r.chance(0.5)) inserts.set(adAt, () => w.chrome('ad', r.pick(['إعلان', 'مساحة إعلانية', 'إعلانات Google'])));
  writeBody(ctx, inserts);
  if (r.chance(0.25)) w.chrome('credit', r.pick([`تحرير: ${person(r, false)}`, `(${agencyOf(rec) ?? 'أ ش أ'})`, `شارك في التغطية: ${person(r, false)}`]));
  w.gap();
  if (r.chance(0.4)) w.chrome('related', `لمزيد من أخبار ${sec} اضغط هنا`);
  if (r.chance(0.6)) {
    const tags = tagsFor(rec, r, 6);
    if (tags.length) w.lines('tags', [r.pick(['الكلمات المفتاحية', 'الوسوم', 'تاجز']), tags.join(r.pick(['  ', ' ', ' | ']))]);
  }
  w.gap();
  if (r.chance(0.7)) {
    w.chrome('related', r.pick(['موضوعات متعلقة', 'اخبار متعلقة', 'أخبار ذات صلة']));
    for (const t of ctx.pool.pick(r, r.int(3, 6), ctx.file.headlines, { topic: rec.topic, near: rec.day })) w.chrome('related', t.title);
    w.gap();
  }
  if (r.chance(0.5)) {
    const cs = makeComments(r, r.int(0, 3), pub);
    w.chrome('comments', r.pick([`${cs.length} تعليق`, 'تعليقات فيسبوك', 'أضف تعليق']));
    for (const c of cs) {
      w.chrome('comment', c.name);
      w.chrome('comment', c.text);
      w.chrome('comment', r.pick([`أعجبني · رد · ${r.int(1, 23)} س`, `رد · ${c.likes}`, 'أعجبني · رد']));
    }
    if (r.chance(0.5)) w.chrome('comments', 'Facebook Comments Plugin');
    w.gap();
  }
  const most = once(ctx, 'most', () => ctx.pool.pick(r, 6, ctx.file.headlines, { near: rec.day }));
  if (r.chance(0.7)) {
    w.chrome('most-read', r.pick(['الأكثر قراءة', 'الأكثر قراءة | الأكثر تعليقا', 'الأكثر مشاهدة']));
    for (const t of most.slice(0, r.int(4, 6))) w.chrome('most-read', t.title);
    w.gap();
  }
  w.chrome('footer', r.pick(['رئيس مجلس الإدارة: ' + person(r, false), 'رئيس مجلس الإدارة ورئيس التحرير: ' + person(r, false)]));
  if (r.chance(0.7)) w.chrome('footer', `رئيس التحرير التنفيذي: ${person(r, false)}`);
  if (r.chance(0.5)) w.chrome('footer', r.pick(['من نحن  اتصل بنا  أعلن معنا  سياسة الخصوصية', 'من نحن | اتصل بنا | خريطة الموقع']));
  w.chrome('copyright', r.pick([`${NAME} © 2015 جميع الحقوق محفوظة`, `جميع الحقوق محفوظة © ${NAME} 2015`, `Copyright © 2015 ${NAME}. All rights reserved.`]));
  w.gap();
}

export const egyptPortal: SiteDef = {
  id: 'egypt-portal',
  files: [1, 2, 2, 3, 4, 5],
  weight: (rec) => {
    const head = `${rec.title} ${rec.paragraphs[0] ?? ''}`;
    if (rec.topic === 'opinion') return 0;
    if (/مصر|القاهرة|المصري|السيسي|قناة السويس|الإسكندرية/.test(head)) return 8;
    return sectionKey(rec) === 'local' ? 0.15 : rec.topic === 'general' ? 1 : 0.5;
  },
  subtitles: 0.5,
  style: (r) => ({
    nl: r.chance(0.3) ? '\r\n' : '\n',
    gap: gapOf([0, 1, 1, 2]),
    paraGap: gapOf(r.chance(0.5) ? [1] : [1, 2]),
    trail: 0.15,
    nbsp: 0.15,
    rlm: 0.05,
    indent: '',
    wrap: 0,
  }),
  page,
};
