// An imaginary news aggregator: source labels, clusters, sponsored boxes.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, relTime, teaser } from "../kit.js";

export const OUTLET_AR: Record<string, string> = {
  aawsat: "الشرق الأوسط",
  aleqtisadiya: "الاقتصادية",
  aljazirah: "الجزيرة",
  almadina: "المدينة",
  alriyadh: "الرياض",
  alwatan: "الوطن",
  alweeam: "الوئام",
  alyaum: "اليوم",
  arreyadi: "الرياضي",
  okaz: "عكاظ",
  sabq: "سبق",
  "3alyoum": "عين اليوم",
};
const src = (o: string) => OUTLET_AR[o] ?? o;

export const site: Site = {
  id: "radar",
  prefer: [],
  quota: 20,
  fileSizes: [[1, 1], [2, 2], [3, 3], [4, 3], [5, 2], [6, 1]],
  listingChance: 0.45,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[1, 6], [2, 1]]), trailing: 0.1, bidi: 0.2, dirtyBlank: 0.05 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", r.pick(["رادار الأخبار", "رادار"]));
    w.chrome("section", r.pick(["أهم الأخبار", "الأخبار العاجلة", "الأكثر تداولاً الآن", "السعودية"]));
    for (const o of k.others(r.int(4, 8))) {
      w.chrome("listing", o.title);
      w.tight(0).chrome("listing", `${r.pick(["صحيفة ", ""])}${src(o.outlet)}  ${relTime(r)}`);
      if (r.chance(0.3)) w.tight(0).chrome("listing", teaser(o, r));
    }
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    w.chrome("masthead", r.pick(["رادار الأخبار", "رادار | كل الأخبار في مكان واحد", "رادار"]));
    if (r.chance(0.6)) w.chrome("search", r.pick(["ابحث في الأخبار...", "بحث", "ابحث"]));
    if (r.chance(0.7)) w.chrome("nav", r.pick(["السعودية  الخليج  العالم  اقتصاد  رياضة  تقنية  صحة  فن", "عاجل  محلي  دولي  رياضة  اقتصاد  منوعات  فيديو"]));
    const srcFirst = r.chance(0.5);
    if (srcFirst) w.chrome("source", r.pick([`${src(rec.outlet)}`, `صحيفة ${src(rec.outlet)}`, `المصدر: ${src(rec.outlet)}`]));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    if (!srcFirst) w.line([{ role: "chrome", kind: "source", text: r.pick([`صحيفة ${src(rec.outlet)}`, `${src(rec.outlet)}`]) }, { role: "chrome", kind: "date", text: r.pick([relTime(r), `${fNum(d)} ${fTime(d)}`]) }], r.pick(["  ", " ", "\t"]));
    else w.chrome("date", r.pick([relTime(r), `${fNum(d)} ${fTime(d)}`, `${fTime(d, "ampm")}`]));
    if (r.chance(0.4)) w.chrome("cluster", `${r.pick(["نشر هذا الخبر في", "تناولت الخبر"])} ${r.int(2, 9)} ${r.pick(["مصادر", "صحف"])}`);
    if (r.chance(0.3) && rec.author) w.chrome("byline", rec.author);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    writeBody(w, rec, from, {
      between: (i) => {
        if (i === 2 && r.chance(0.3)) w.list("ad", [r.pick(["محتوى مدعوم", "إعلانات", "Ads by"]), r.pick(["عروض الصيف تبدأ الآن", "اكتشف أفضل الفنادق بأسعار مخفضة", "تعلّم الإنجليزية في 3 أشهر"])]);
      },
    });
    if (r.chance(0.7)) w.chrome("source-link", r.pick([`اقرأ الخبر من المصدر`, `لمتابعة الخبر كاملاً من ${src(rec.outlet)}`, `الخبر من ${src(rec.outlet)}`, "المصدر الأصلي"]));
    if (r.chance(0.5)) w.chrome("share", r.pick(["مشاركة", "شارك  انسخ الرابط", "أعجبني  مشاركة  حفظ"]));
    if (r.chance(0.8)) {
      w.chrome("related", r.pick(["أخبار مشابهة", "أخبار ذات صلة", "في نفس السياق"]));
      for (const o of k.others(r.int(3, 6))) {
        w.tight(0).chrome("related", o.title);
        w.tight(0).chrome("related", `${src(o.outlet)} - ${relTime(r)}`);
      }
    }
    if (r.chance(0.4)) {
      w.chrome("sponsored", r.pick(["قد يعجبك أيضاً", "من الويب", "محتوى مدعوم"]));
      w.tight(0).list("sponsored", r.sample(["10 أماكن يجب زيارتها قبل نهاية الصيف", "طريقة بسيطة لتوفير فاتورة الكهرباء", "أسعار السيارات المستعملة تفاجئ الجميع", "شاهد كيف تبدو هذه المدينة اليوم", "نصائح للسفر مع الأطفال"], 3));
    }
    if (r.chance(0.6)) w.chrome("apps", r.pick(["حمّل تطبيق رادار", "رادار على أندرويد وآيفون", "احصل على التطبيق"]));
    w.chrome("footer", r.pick(["رادار يجمع الأخبار من مصادرها ولا يتحمل مسؤولية محتواها", "عن رادار | الخصوصية | اتصل بنا", "© 2015 رادار"]));
    w.end();
  },
};
