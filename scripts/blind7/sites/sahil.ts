// An imaginary Gulf daily with a busy, widget-heavy template.
import type { Site } from "../kit.js";
import { fLongComma, fNum, fTime, parseDate, hasSubtitle, pullQuote, tagsFromTitle, writeBody, numbered, relTime, gapFn, fShort } from "../kit.js";

const CITIES = ["دبي", "أبوظبي", "الشارقة", "العين", "رأس الخيمة", "الفجيرة"];
const KICKERS = ["خاص", "متابعة", "تقرير", "تحليل إخباري", "عاجل", "حصري", "بالأرقام", "محلي", "عربي ودولي"];

export const site: Site = {
  id: "sahil",
  prefer: ["aawsat", "alyaum"],
  quota: 20,
  fileSizes: [[1, 2], [2, 3], [3, 3], [4, 2], [6, 1]],
  style(rng) {
    return { nl: rng.chance(0.5) ? "\r\n" : "\n", gap: gapFn(rng, [[2, 8], [1, 2], [3, 1]]), trailing: 0.15, bidi: 0.15, dirtyBlank: 0.1 };
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    w.chrome("masthead", r.pick(["الساحل", "صحيفة الساحل", "الساحل الإخباري"]));
    if (r.chance(0.6)) w.tight(0).chrome("date", fLongComma(d));
    if (r.chance(0.6)) {
      const cs = r.sample(CITIES, 3).map((c) => `${c} ${r.int(36, 46)}°`);
      w.chrome("weather", cs.join(r.pick(["  ", " | ", "   "])));
    }
    if (r.chance(0.5)) w.chrome("markets", `${r.pick(["سوق دبي", "سوق أبوظبي", "المؤشر العام"])} ${r.int(3, 5)},${r.int(100, 999)}.${r.int(10, 99)} ${r.pick(["▲", "▼"])} ${r.int(0, 2)}.${r.int(10, 99)}%`);
    w.chrome("nav", r.pick(["الإمارات  الخليج  العالم  اقتصاد  رياضة  منوعات  فيديو  رأي", "الرئيسية الإمارات العرب والعالم الاقتصاد الرياضة ثقافة صحة تكنولوجيا"]));
    if (r.chance(0.5)) {
      w.chrome("ticker", r.pick(["آخر الأخبار", "الأخبار العاجلة", "الآن"]));
      w.tight(0).list("ticker", k.titles(r.int(2, 3)));
    }
    if (r.chance(0.6)) w.chrome("kicker", r.pick(KICKERS));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    const subAbove = hasSubtitle(rec) && r.chance(0.5);
    if (subAbove) w.subtitle(rec.paragraphs[0]!);
    const by = rec.author ? r.pick([rec.author, `${rec.author} - الساحل`, `المصدر: ${rec.author}`]) : r.pick(["الساحل - وكالات", "دبي - الساحل"]);
    w.chrome("byline", by);
    w.tight(r.pick([0, 1])).chrome("date", r.pick([`تاريخ النشر: ${fNum(d)}`, `${fShort(d)} | ${fTime(d, "ampm-long")}`, `نشر ${relTime(r)}`, `آخر تحديث: ${relTime(r)}`]));
    if (r.chance(0.5)) w.chrome("counter", r.pick([`${r.int(2, 6)} دقائق للقراءة`, "دقيقتان للقراءة", `قراءة ${r.int(2, 5)} دقائق`]));
    if (r.chance(0.5)) w.chrome("caption", `${r.pick(["صورة تعبيرية", "من المصدر", "جانب من الحدث", "صورة من الأرشيف"])} ${r.pick(["(رويترز)", "(أ ف ب)", "- أرشيفية", "(الساحل)", "(أ.ب)"])}`);
    const from = hasSubtitle(rec) ? 1 : 0;
    if (from === 1 && !subAbove) w.subtitle(rec.paragraphs[0]!);
    const pq = r.chance(0.4) ? pullQuote(rec, r, from) : null;
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (i === 1 && r.chance(0.45)) {
          w.chrome("read-also", r.pick(["اقرأ أيضاً", "اقرأ المزيد", "ذات صلة"]));
          w.tight(0).list("read-also", k.titles(r.int(1, 2)));
        }
        if (pq && i === Math.max(1, n - 2)) w.chrome("pullquote", r.pick([`«${pq}»`, `"${pq}"`, pq]));
        if (i === n - 1 && r.chance(0.3)) w.chrome("ad", r.pick(["إعلان", "Advertisement", "محتوى إعلاني"]));
      },
    });
    if (r.chance(0.6)) w.chrome("tags", tagsFromTitle(rec, r, ["الإمارات", "الخليج", "أخبار"]).map((t) => `#${t.replace(/\s+/g, "_")}`).join(" "));
    if (r.chance(0.7)) {
      w.chrome("most-read", r.pick(["الأكثر قراءة", "الأكثر تداولاً", "الأكثر مشاهدة"]));
      w.tight(r.pick([0, 1])).list("most-read", numbered(k.titles(5), r.pick(["dot", "bare", "dash"] as const)));
    }
    if (r.chance(0.5)) w.list("newsletter", r.pick([["النشرة الإخبارية", "اشترك في نشرتنا اليومية لتصلك أهم الأخبار", "البريد الإلكتروني", "اشترك"], ["سجل بريدك ليصلك ملخص الصباح", "اشتراك"]]));
    if (r.chance(0.5)) w.chrome("apps", r.pick(["حمّل تطبيق الساحل  App Store  Google Play", "تطبيقات الساحل على الهواتف الذكية", "تابعونا على التطبيق"]));
    if (r.chance(0.6)) w.chrome("follow", r.pick(["تابعونا على  Facebook  Twitter  Instagram  YouTube", "تابع الساحل على وسائل التواصل", "تابعونا"]));
    w.chrome("copyright", r.pick(["© 2015 الساحل. جميع الحقوق محفوظة.", "جميع الحقوق محفوظة © دار الساحل للصحافة والطباعة والنشر", "© الساحل 2015"]));
    w.end();
  },
};
