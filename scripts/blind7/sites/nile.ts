// An imaginary Egyptian news portal: dense, ad-heavy, many inline links.
import type { Site } from "../kit.js";
import { fLongComma, fNum, fTime, parseDate, hasSubtitle, person, commenter, commentText, tagsFromTitle, writeBody, numbered, gapFn, indic } from "../kit.js";

export const site: Site = {
  id: "nile",
  prefer: ["alwatan", "aawsat"],
  quota: 22,
  fileSizes: [[1, 1], [2, 2], [3, 3], [4, 3], [5, 2], [6, 2]],
  listingChance: 0.35,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[0, 6], [1, 3]]), trailing: 0.2, bidi: 0.05, dirtyBlank: 0.02 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", "بوابة النيل");
    w.chrome("nav", r.pick(["أخبار عاجلة  سياسة  حوادث  محافظات  اقتصاد  رياضة  فن  منوعات  المرأة", "الرئيسية|أخبار مصر|عرب وعالم|رياضة|فن|اقتصاد".replace(/\|/g, "  ")]));
    w.chrome("section", r.pick(["أخبار عاجلة", "عرب وعالم", "محافظات", "آخر الأخبار"]));
    for (const o of k.others(r.int(5, 8))) {
      const od = parseDate(o.date, r);
      w.line([{ role: "chrome", kind: "listing", text: fTime(od, "ampm") }, { role: "chrome", kind: "listing", text: o.title }], r.pick(["  ", "\t", " "]));
    }
    w.chrome("pagination", r.pick(["المزيد", "عرض المزيد", "1 2 3 4 5 6 7 8 9 10 »"]));
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    if (r.chance(0.7)) w.chrome("masthead", r.pick(["بوابة النيل", "بوابة النيل الإخبارية", "النيل نيوز"]));
    if (r.chance(0.6)) w.chrome("nav", r.pick(["أخبار عاجلة  سياسة  حوادث  محافظات  اقتصاد  رياضة  فن  منوعات", "الرئيسية  أخبار مصر  عرب وعالم  رياضة  فن  اقتصاد  فيديو  إنفوجراف"]));
    if (r.chance(0.5)) w.chrome("ad", r.pick(["إعلان", "اعلان", "ADVERTISEMENT"]));
    if (r.chance(0.4)) w.chrome("ticker", `${r.pick(["عاجل", "عاجل |", "خبر عاجل:"])} ${k.titles(1)[0]}`);
    w.chrome("section", r.pick(["عرب وعالم", "أخبار مصر", "أخبار عاجلة", "اقتصاد وبورصة", "رياضة", "تقارير مصرية", "محافظات"]));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    if (r.chance(0.4)) w.chrome("ad", r.pick(["إعلان", "اعلان"]));
    const writer = rec.author && r.chance(0.5) ? rec.author : person(r);
    w.chrome("byline", r.pick([`كتب ${writer}`, `كتبت ${person(r)}`, `كتب - ${writer}`, `${writer}`, `كتب ${writer} - تصوير ${person(r)}`]));
    w.tight(r.pick([0, 0, 1])).chrome("date", r.pick([`${fLongComma(d)} ${fTime(d, "ampm")}`, `${fLongComma(d)} - ${fTime(d, "ampm")}`, `${fNum(d)} ${fTime(d, "ampm")}`, indic(`${fNum(d)} - ${fTime(d)}`)]));
    if (r.chance(0.3)) w.chrome("counter", r.pick([`${r.int(20, 9000)} قراءة`, `عدد المشاهدات ${r.int(100, 5000)}`]));
    if (r.chance(0.5)) w.chrome("caption", r.pick([`${r.pick(["صورة أرشيفية", "صورة ارشيفية", "أرشيفية"])}`, `${r.pick(["جانب من الاجتماع", "جانب من المؤتمر", "من موقع الحادث"])}`]));
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    const n = rec.paragraphs.length - from;
    const readAlsoAt = new Set<number>();
    for (let i = 1; i < n; i++) if (r.chance(n > 4 ? 0.3 : 0.2)) readAlsoAt.add(i);
    writeBody(w, rec, from, {
      between: (i) => {
        if (readAlsoAt.has(i)) w.chrome("read-also", `${r.pick(["اقرأ أيضا..", "اقرأ أيضاً:", "اقرأ ايضا", "طالع أيضا:", "اقرأ أيضا |".replace(" |", "..")])} ${k.titles(1)[0]}`);
        if (i === 2 && r.chance(0.3)) w.chrome("ad", "إعلان");
      },
    });
    if (r.chance(0.3)) w.chrome("ad", r.pick(["إعلان", "اعلان", "Advertisement"]));
    if (r.chance(0.7)) {
      w.chrome("tags", r.pick(["الكلمات المتعلقة", "الكلمات المفتاحية", "كلمات بحث"]));
      const tags = tagsFromTitle(rec, r, ["مصر", "القاهرة", "الحكومة", "أخبار عاجلة", "السعودية"]);
      if (r.chance(0.6)) w.tight(0).list("tags", tags);
      else w.tight(0).chrome("tags", tags.join("  "));
    }
    if (r.chance(0.6)) w.chrome("comments", r.pick(["عدد الردود 0", "لا توجد تعليقات على الخبر", "اضف تعليق", "أضف تعليق"]));
    else if (r.chance(0.6)) {
      const c = r.int(1, 3);
      w.chrome("comments", `عدد الردود ${c}`);
      for (let i = 0; i < c; i++) {
        w.chrome("comments", `${i + 1}`);
        w.tight(0).chrome("comments", commenter(r));
        w.tight(0).chrome("comments", commentText(r));
      }
    }
    if (r.chance(0.75)) {
      w.chrome("related", r.pick(["الأكثر قراءة", "موضوعات متعلقة", "المزيد من عرب وعالم", "أخبار متعلقة"]));
      const os = k.others(r.int(3, 6));
      const st = r.int(0, 2);
      os.forEach((o, i) => {
        const od = parseDate(o.date, r);
        if (st === 0) w.tight(0).chrome("related", o.title);
        else if (st === 1) w.tight(0).line([{ role: "chrome", kind: "related", text: o.title }, { role: "chrome", kind: "related", text: `${fLongComma(od)} ${fTime(od, "ampm")}` }], "  ");
        else {
          w.tight(0).chrome("related", numbered([o.title], "bare")[0]!.replace(/^1/, String(i + 1)));
        }
      });
    }
    if (r.chance(0.5)) w.chrome("footer", r.pick(["من نحن | اتصل بنا | سياسة الخصوصية | أعلن معنا", "خريطة الموقع  الأرشيف  RSS  اتصل بنا"]));
    if (r.chance(0.7)) w.chrome("copyright", r.pick(["جميع الحقوق محفوظة © بوابة النيل 2015", "© حقوق النشر محفوظة لبوابة النيل", "Copyright © 2015 Nile Portal. All rights reserved."]));
    w.end();
  },
};
