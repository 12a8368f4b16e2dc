// An imaginary economy site: market tickers, currency boxes, disclaimers.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, pullQuote, fLong, numbered, tagsFromTitle } from "../kit.js";

const INDEX = ["تاسي", "نمو", "دبي", "أبوظبي", "الكويت", "قطر", "مسقط", "البحرين"];

export const site: Site = {
  id: "mal",
  prefer: ["aleqtisadiya"],
  quota: 18,
  fileSizes: [[1, 2], [2, 3], [3, 3], [4, 2], [5, 1]],
  listingChance: 0.3,
  style(rng) {
    return { nl: rng.chance(0.3) ? "\r\n" : "\n", gap: gapFn(rng, [[1, 5], [0, 3], [2, 1]]), trailing: 0.1, bidi: 0.1, dirtyBlank: 0.05 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", "مال الخليج");
    w.chrome("section", r.pick(["أسواق الأسهم", "الطاقة", "عقارات", "شركات", "اقتصاد كلي"]));
    for (const o of k.others(r.int(4, 7))) {
      const od = parseDate(o.date, r);
      w.line([{ role: "chrome", kind: "listing", text: o.title }, { role: "chrome", kind: "listing", text: `${fNum(od)}` }], "\t");
    }
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    if (r.chance(0.8)) {
      const ix = r.sample(INDEX, r.int(3, 5)).map((n) => `${n} ${r.int(1, 9)},${r.int(100, 999)}.${r.int(10, 99)} ${r.pick(["▲", "▼", "+", "-"])}${r.int(0, 3)}.${r.int(10, 99)}%`);
      if (r.chance(0.5)) w.chrome("markets", ix.join("   "));
      else w.list("markets", ix);
    }
    w.chrome("masthead", r.pick(["مال الخليج", "مال الخليج | اقتصاد وأسواق", "مال"]));
    w.tight(0).chrome("nav", r.pick(["أسواق  طاقة  عقارات  شركات  بنوك  تقنية  رأي  بيانات", "الرئيسية\tالأسواق\tالطاقة\tالعقار\tريادة\tالمؤشرات"]));
    if (r.chance(0.5)) w.chrome("markets", `${r.pick(["برنت", "خام غرب تكساس", "الذهب"])} ${r.int(40, 60)}.${r.int(10, 99)} دولار  ${r.pick(["الدولار/ريال 3.75", "اليورو 4.11 ريال", "الدولار 3.67 درهم"])}`);
    w.chrome("section", r.pick(["أسواق", "طاقة", "شركات", "اقتصاد محلي", "الاقتصاد العالمي", "عقارات"]));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    const parts = [rec.author || r.pick(["مال الخليج", "وحدة التقارير", "الرياض - مال"]), r.pick([fLong(d), `${fNum(d, "ymd", "-")} ${fTime(d)}`, fNum(d)])];
    if (r.chance(0.5)) w.line([{ role: "chrome", kind: "byline", text: parts[0]! }, { role: "chrome", kind: "date", text: parts[1]! }], "\t");
    else {
      w.chrome("byline", parts[0]!);
      w.tight(0).chrome("date", parts[1]!);
    }
    if (r.chance(0.4)) w.chrome("tools", r.pick(["نسخة PDF   طباعة   حفظ", "حجم الخط  -  +", "استمع للمقال"]));
    const pq = r.chance(0.35) ? pullQuote(rec, r, from) : null;
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (i === 1 && r.chance(0.3)) w.list("infobox", [r.pick(["بالأرقام", "أرقام", "في سطور"]), `${r.int(2, 90)} مليار ريال`, `${r.int(2, 40)}% نمو سنوي`]);
        if (pq && i === n - 1) w.chrome("pullquote", pq);
        if (i === 2 && r.chance(0.3)) w.chrome("ad", r.pick(["إعلان", "محتوى برعاية", "Sponsored"]));
      },
    });
    if (r.chance(0.5)) w.chrome("disclaimer", r.pick(["المعلومات الواردة لا تمثل توصية بالشراء أو البيع.", "تنويه: الأسعار متأخرة 15 دقيقة.", "البيانات لأغراض إعلامية فقط."]));
    if (r.chance(0.5)) w.chrome("tags", `${r.pick(["مواضيع:", "الوسوم:"])} ${tagsFromTitle(rec, r, ["النفط", "الأسهم", "الاقتصاد"]).join("، ")}`);
    if (r.chance(0.7)) {
      w.chrome("related", r.pick(["المزيد من أسواق", "تقارير ذات صلة", "اقرأ في مال"]));
      const os = k.others(r.int(3, 5));
      w.tight(0).list("related", r.chance(0.5) ? numbered(os.map((o) => o.title), "dot") : os.map((o) => `${o.title} - ${fNum(parseDate(o.date, r))}`));
    }
    if (r.chance(0.5)) w.list("newsletter", r.pick([["النشرة الاقتصادية اليومية", "اشترك"], ["اشترك ليصلك ملخص الأسواق كل صباح", "بريدك الإلكتروني", "اشتراك"]]));
    w.chrome("copyright", r.pick(["© 2015 مال الخليج. جميع الحقوق محفوظة.", "مال الخليج 2015 ©  شروط الاستخدام  الخصوصية", "جميع الحقوق محفوظة لشركة مال للنشر"]));
    w.end();
  },
};
