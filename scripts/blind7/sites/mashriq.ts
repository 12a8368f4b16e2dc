// An imaginary wire agency: sparse pages, datelines, end marks, editor codes.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, fShort } from "../kit.js";

const CITIES = ["الرياض", "جدة", "الدمام", "القاهرة", "دبي", "الكويت", "عمّان", "بيروت", "المنامة", "مسقط"];
const CODES = ["م ع / س ر", "ع ن / ح م", "س ع / ف ه", "ط ب / ر ش", "هـ ع / م ص"];

export const site: Site = {
  id: "mashriq",
  prefer: ["alweeam", "aljazirah"],
  quota: 18,
  fileSizes: [[1, 1], [2, 3], [3, 3], [4, 3], [5, 1]],
  listingChance: 0.3,
  style(rng) {
    return { nl: rng.chance(0.7) ? "\r\n" : "\n", gap: gapFn(rng, [[1, 9], [0, 1]]), trailing: 0.3, bidi: 0.02, dirtyBlank: 0.0 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", r.pick(["وكالة أنباء المشرق", "وكالة أنباء المشرق (مشرق)"]));
    w.chrome("section", r.pick(["الأخبار المحلية", "الأخبار الدولية", "آخر الأخبار", "الاقتصاد"]));
    for (const o of k.others(r.int(5, 9))) {
      const od = parseDate(o.date, r);
      w.tight(0).line([{ role: "chrome", kind: "listing", text: `${fTime(od)}` }, { role: "chrome", kind: "listing", text: o.title }], "\t");
    }
    w.chrome("pagination", r.pick(["التالي >>", "الصفحة التالية", "<< السابق | التالي >>".replace(" | ", "  ")]));
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    w.chrome("masthead", r.pick(["وكالة أنباء المشرق", "وكالة أنباء المشرق - مشرق", "MNA وكالة أنباء المشرق"]));
    if (r.chance(0.6)) w.tight(0).chrome("nav", r.pick(["الرئيسية  محلي  عربي  دولي  اقتصادي  رياضي  ثقافي  صور", "الخدمة العربية  English  Français"]));
    if (r.chance(0.4)) w.chrome("section", r.pick(["عام", "محلي", "دولي", "اقتصادي", "رياضي"]));
    if (r.chance(0.5)) w.chrome("date", `${fNum(d)} ${fTime(d)} ${r.pick(["GMT", "ت.غ", "بتوقيت مكة"])}`);
    w.begin(rec.outlet, rec.id).headline(rec.title);
    if (!r.chance(0.5)) w.chrome("date", r.pick([`${fShort(d)} - ${fTime(d)}`, `${fNum(d, "ymd", "-")} ${fTime(d)}:${String(r.int(0, 59)).padStart(2, "0")}`]));
    w.chrome("dateline", r.pick([`${r.pick(CITIES)} ${d.d} ${["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس"][d.m]} (مشرق) -`, `${r.pick(CITIES)} - مشرق`, `${r.pick(CITIES)} (مشرق)`]));
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    const endmark = r.pick(["(انتهى)", "/انتهى/", "ـ انتهى ـ", "// انتهى //", "(النهاية)"]);
    const inline = r.chance(0.4);
    writeBody(w, rec, from, {
      lastInline: inline ? { kind: "endmark", text: endmark, sep: r.pick([" ", "  "]) } : null,
    });
    if (!inline) w.tight(r.pick([0, 1])).chrome("endmark", endmark);
    if (r.chance(0.6)) w.tight(0).chrome("endmark", `${r.pick(CODES)}${r.chance(0.5) ? ` ${fTime(d)} ت م` : ""}`);
    if (r.chance(0.5)) w.chrome("share", r.pick(["طباعة   إرسال   مشاركة", "طباعة الخبر", "أرسل الخبر"]));
    if (r.chance(0.6)) {
      w.chrome("related", r.pick(["أخبار ذات صلة", "أخبار أخرى", "المزيد من الأخبار"]));
      for (const o of k.others(r.int(3, 5))) {
        const od = parseDate(o.date, r);
        w.tight(0).chrome("related", r.chance(0.5) ? `${o.title} ${fNum(od)}` : o.title);
      }
    }
    w.chrome("copyright", r.pick(["جميع الحقوق محفوظة لوكالة أنباء المشرق 2015", "© وكالة أنباء المشرق. يسمح بالنقل مع ذكر المصدر", "حقوق النشر © 2015 مشرق"]));
    w.end();
  },
};
