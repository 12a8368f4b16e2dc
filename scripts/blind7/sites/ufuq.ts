// An imaginary Saudi broadsheet daily.
import type { Site } from "../kit.js";
import { fHijri, fLong, fNum, fTime, parseDate, hasSubtitle, person, commenter, commentText, tagsFromTitle, writeBody, bullets, relTime, teaser, gapFn } from "../kit.js";

const NAV = ["الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "ثقافة", "الرأي", "منوعات", "فيديو", "الأرشيف"];
const SECTIONS = ["محليات", "الوطن", "شؤون خليجية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات"];

export const site: Site = {
  id: "ufuq",
  prefer: ["alriyadh", "okaz"],
  quota: 24,
  fileSizes: [[1, 2], [2, 3], [3, 4], [4, 3], [5, 2]],
  listingChance: 0.25,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[1, 9], [2, 2]]), trailing: 0.08, bidi: 0.03, dirtyBlank: 0.05 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", r.pick(["الأفق", "صحيفة الأفق", "الأفق | صحيفة يومية"]));
    w.chrome("nav", NAV.join(r.pick(["  ", " ", "\t"])));
    const sec = r.pick(SECTIONS);
    w.chrome("section", sec);
    for (const o of k.others(r.int(4, 7))) {
      w.chrome("listing", o.title);
      if (r.chance(0.7)) w.tight(0).chrome("listing", teaser(o, r));
      w.tight(0).chrome("listing", fNum(parseDate(o.date, r)));
    }
    w.chrome("pagination", r.pick(["1 2 3 4 5 ... التالي »", "« السابق  1  2  3  التالي »", "الصفحة 1 من 24"]));
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    if (r.chance(0.6)) w.chrome("login", r.pick(["تسجيل الدخول | اشترك الآن", "دخول  تسجيل", "حسابي", "English | تسجيل الدخول"]));
    w.chrome("masthead", r.pick(["الأفق", "صحيفة الأفق", "الأفق\u00a0— صحيفة يومية شاملة"]));
    if (r.chance(0.7)) w.chrome("date", r.pick([`${fLong(d)} - ${fHijri(d)}`, `${fHijri(d)} الموافق ${fLong(d)}`, `${fLong(d)}`]));
    if (r.chance(0.8)) {
      if (r.chance(0.5)) w.chrome("nav", NAV.join(r.pick(["  ", " ", "\t", "   "])));
      else w.list("nav", NAV.slice(0, r.int(6, NAV.length)));
    }
    if (r.chance(0.3)) w.chrome("ticker", `${r.pick(["عاجل", "عاجل:", "الآن"])} ${k.titles(1)[0]}`);
    const sec = r.pick(SECTIONS);
    if (r.chance(0.6)) w.chrome("breadcrumb", r.pick([`الرئيسية » ${sec}`, `الرئيسية > ${sec}`, `الرئيسية / ${sec} / الخبر`]));
    else if (r.chance(0.5)) w.chrome("section", sec);
    w.begin(rec.outlet, rec.id).headline(rec.title);
    const by = rec.author || r.pick(["الأفق - الرياض", "الرياض - الأفق", "فريق التحرير"]);
    const byForm = r.int(0, 3);
    if (byForm === 0) w.chrome("byline", by);
    else if (byForm === 1) w.chrome("byline", `كتب: ${by}`);
    else if (byForm === 2) w.line([{ role: "chrome", kind: "byline", text: by }, { role: "chrome", kind: "date", text: `${fNum(d)} ${fTime(d, "ampm")}` }], r.pick(["   ", "\t", "  "]));
    if (byForm !== 2) w.chrome("date", r.pick([`نشر في: ${fNum(d)} ${fTime(d)}`, `${fLong(d)} ${fTime(d, "ampm")}`, `تاريخ النشر: ${fNum(d, "ymd", "-")}`]));
    if (r.chance(0.35)) w.tight(0).chrome("date", `آخر تحديث: ${fNum(d)} ${fTime({ ...d, hh: (d.hh + 1) % 24 })}`);
    if (r.chance(0.5)) w.chrome("tools", r.pick(["A+ A- طباعة", "تكبير الخط  تصغير الخط  طباعة  إرسال", "طباعة | أرسل لصديق | حفظ"]));
    if (r.chance(0.5)) w.chrome("caption", `${r.pick(["جانب من اللقاء", "من الحدث", "صورة أرشيفية", "جانب من الفعالية", "لقطة من الموقع"])} ${r.pick([`(تصوير: ${person(r)})`, "(الأفق)", "- أرشيفية", `- تصوير ${person(r)}`])}`);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (i === Math.min(2, n - 1) && r.chance(0.35)) w.chrome("read-also", `${r.pick(["اقرأ أيضاً:", "اقرأ أيضا :", "إقرأ أيضاً"])} ${k.titles(1)[0]}`);
        if (i === Math.floor(n / 2) && n > 3 && r.chance(0.3)) w.chrome("ad", r.pick(["إعلان", "- إعلان -", "مساحة إعلانية"]));
      },
    });
    if (r.chance(0.7)) w.chrome("tags", `${r.pick(["الكلمات المفتاحية:", "وسوم:", "كلمات دالة:"])} ${tagsFromTitle(rec, r, ["المملكة", "السعودية", sec]).join(r.pick(["، ", " - ", "  "]))}`);
    if (r.chance(0.6)) w.chrome("share", r.pick(["شارك: فيسبوك تويتر واتساب", "شارك الخبر", "مشاركة عبر: تويتر | فيسبوك | بريد"]));
    if (r.chance(0.75)) {
      w.chrome("related", r.pick(["أخبار ذات صلة", "اقرأ المزيد", "موضوعات ذات صلة"]));
      const ts = k.titles(r.int(3, 5));
      w.tight(r.pick([0, 1])).list("related", r.chance(0.5) ? bullets(ts, r.pick(["• ", "- ", "» "])) : ts);
    }
    if (r.chance(0.55)) {
      const n = r.int(1, 4);
      w.chrome("comments", r.pick([`التعليقات (${n})`, `${n} تعليقات`, `تعليقات القراء`]));
      for (let i = 0; i < n; i++) {
        w.chrome("comments", commenter(r));
        w.tight(0).chrome("comments", r.chance(0.5) ? relTime(r) : `${fNum(d)} ${fTime({ ...d, hh: (d.hh + i + 1) % 24 })}`);
        w.tight(0).chrome("comments", commentText(r));
      }
    }
    if (r.chance(0.5)) w.list("comment-form", r.pick([["أضف تعليقاً", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"], ["اكتب تعليقك", "إرسال التعليق"], ["أضف تعليقك", "* الحقول المطلوبة", "إرسال"]]));
    if (r.chance(0.8)) w.chrome("footer", r.pick(["من نحن  اتصل بنا  أعلن معنا  سياسة الخصوصية  شروط الاستخدام", "عن الصحيفة | هيئة التحرير | الاشتراكات | اتصل بنا"]));
    w.chrome("copyright", r.pick(["جميع الحقوق محفوظة لصحيفة الأفق © 2015", "© 2015 الأفق. جميع الحقوق محفوظة", "حقوق النشر محفوظة لمؤسسة الأفق للصحافة والنشر 2015"]));
    w.end();
  },
};
