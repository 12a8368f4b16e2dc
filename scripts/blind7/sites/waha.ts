// An imaginary local city portal: prayer times, no blank lines, lots of comments.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, relTime, commenter, commentText, indic, fHijri, person, personName } from "../kit.js";

export const site: Site = {
  id: "waha",
  prefer: ["alyaum", "almadina"],
  quota: 16,
  fileSizes: [[1, 2], [2, 3], [3, 3], [4, 2]],
  listingChance: 0.2,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[0, 9], [1, 1]]), trailing: 0.25, bidi: 0.1, dirtyBlank: 0 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", "بوابة الواحة");
    w.chrome("section", r.pick(["أخبار الواحة", "أخبار المحافظة", "المجتمع"]));
    for (const o of k.others(r.int(4, 6))) {
      w.chrome("listing", `${r.pick(["◄ ", "- ", ""])}${o.title}`);
      if (r.chance(0.5)) w.chrome("listing", `${relTime(r)}  ${r.int(0, 25)} تعليق`);
    }
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    const useIndic = r.chance(0.5);
    const n = (s: string) => (useIndic ? indic(s) : s);
    w.chrome("masthead", r.pick(["بوابة الواحة", "الواحة نت", "بوابة الواحة الإلكترونية"]));
    if (r.chance(0.7)) w.chrome("prayer", n(`الفجر ${r.int(3, 4)}:${r.int(10, 50)}  الظهر 12:${r.int(0, 9)}${r.int(0, 9)}  العصر 3:${r.int(20, 40)}  المغرب 6:${r.int(30, 59)}  العشاء 8:${String(r.int(0, 29)).padStart(2, "0")}`));
    if (r.chance(0.6)) w.chrome("weather", n(`${r.pick(["الهفوف", "المبرز", "العيون", "الطرف"])} ${r.int(40, 48)}° ${r.pick(["مشمس", "غبار", "حار"])}`));
    if (r.chance(0.7)) w.chrome("date", n(`${fHijri(d)} | ${fNum(d)}`));
    w.chrome("nav", r.pick(["الرئيسية  أخبار الواحة  المجتمع  رياضة  مقالات  صور  أرسل خبرك", "أخبار محلية  تعليم  صحة  بلدي  مجتمع  وفيات  خدمات"]));
    if (r.chance(0.5)) w.chrome("section", r.pick(["أخبار الواحة", "محليات", "مجتمع", "تعليم", "صحة"]));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    const meta: string[] = [];
    meta.push(personName(rec.author) ? `${r.pick(["بواسطة", "المحرر", "إعداد"])}: ${rec.author}` : rec.author || `الواحة - ${person(r)}`);
    meta.push(n(r.chance(0.5) ? relTime(r) : `${fNum(d)} - ${fTime(d, "ampm")}`));
    if (r.chance(0.6)) meta.push(n(`${r.int(40, 9000)} مشاهدة`));
    if (r.chance(0.5)) meta.push(n(`${r.int(0, 30)} تعليق`));
    const kinds = ["byline", "date", "counter", "counter"];
    if (r.chance(0.5)) w.line(meta.map((t, i) => ({ role: "chrome" as const, kind: kinds[i]!, text: t })), r.pick(["  ", "   ", "\t"]));
    else meta.forEach((t, i) => w.tight(0).chrome(kinds[i]!, t));
    if (r.chance(0.3)) w.chrome("caption", `${r.pick(["جانب من", "صورة من"])} ${r.pick(["الحفل", "اللقاء", "الموقع", "الزيارة"])} - ${r.pick(["الواحة", person(r)])}`);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    writeBody(w, rec, from, {
      between: (i) => {
        if (i === 1 && r.chance(0.25)) w.chrome("ad", r.pick(["إعلان", "أعلن هنا", "مساحة إعلانية متاحة"]));
      },
    });
    if (r.chance(0.5)) w.chrome("share", r.pick(["شارك الخبر:", "أرسل لصديق  طباعة", "نسخ الرابط"]));
    if (r.chance(0.6)) {
      w.chrome("related", r.pick(["أخبار قد تهمك", "أخبار ذات علاقة", "اقرأ أيضاً"]));
      w.list("related", k.titles(r.int(2, 4)));
    }
    const c = r.int(0, 5);
    if (c > 0) {
      w.chrome("comments", n(r.pick([`التعليقات (${c})`, `${c} تعليقات`, `تعليقات الزوار (${c})`])));
      for (let i = 0; i < c; i++) {
        const name = commenter(r);
        if (r.chance(0.5)) w.chrome("comments", n(`${i + 1} - ${name}`));
        else w.chrome("comments", name);
        if (r.chance(0.6)) w.chrome("comments", n(`${fNum(d)} ${fTime({ ...d, hh: (d.hh + i + 1) % 24 })}`));
        w.chrome("comments", commentText(r));
        if (r.chance(0.3)) w.chrome("comments", n(`إعجاب (${r.int(0, 40)})  رد`));
      }
    } else if (r.chance(0.5)) w.chrome("comments", "لا توجد تعليقات حتى الآن، كن أول من يعلق");
    if (r.chance(0.6)) w.list("comment-form", ["أضف تعليقك", "الاسم", "التعليق", "أرسل"]);
    if (r.chance(0.5)) w.chrome("apps", r.pick(["حمّل تطبيق الواحة", "تابعنا على تطبيق الواحة للأجهزة الذكية"]));
    w.chrome("copyright", n(r.pick(["جميع الحقوق محفوظة لبوابة الواحة 2015", "© بوابة الواحة 1436هـ", "الواحة نت © 2015 - المواد المنشورة تعبر عن رأي كتابها"])));
    w.end();
  },
};
