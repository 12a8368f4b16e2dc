// An imaginary Saudi electronic newspaper.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, commenter, commentText, thousands, person, tagsFromTitle, relTime } from "../kit.js";

export const site: Site = {
  id: "sada",
  prefer: ["alweeam", "almadina", "okaz"],
  quota: 16,
  fileSizes: [[1, 2], [2, 3], [3, 3], [4, 2]],
  listingChance: 0.2,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[1, 4], [0, 2], [2, 2]]), trailing: 0.15, bidi: 0.05, dirtyBlank: 0.05 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", "صدى");
    w.chrome("section", r.pick(["آخر الأخبار", "محليات", "الأكثر قراءة"]));
    const os = k.others(r.int(4, 7));
    os.forEach((o) => {
      w.chrome("listing", o.title);
      w.tight(0).chrome("listing", `${fNum(parseDate(o.date, r), "ymd", "-")}  ${r.int(100, 20000)} قراءة`);
    });
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    if (r.chance(0.5)) w.chrome("login", r.pick(["دخول | تسجيل", "تسجيل الدخول"]));
    w.chrome("masthead", r.pick(["صدى", "صحيفة صدى الإلكترونية", "صدى الإلكترونية"]));
    if (r.chance(0.8)) w.chrome("nav", r.pick(["الرئيسية  محليات  سياسة  اقتصاد  رياضة  مقالات  تقارير  مجتمع", "أخبار  تقارير  حوارات  مقالات  فيديو  إنفوجرافيك"]));
    if (r.chance(0.5)) w.chrome("ticker", `${r.pick(["عاجل", "الآن"])}  ${k.titles(1)[0]}`);
    w.begin(rec.outlet, rec.id).headline(rec.title);
    const by = rec.author || person(r);
    w.chrome("byline", r.pick([`بواسطة : ${by}`, `${by}`, `صدى - ${by}`]));
    const when = r.pick([`${fNum(d, "ymd", "-")} ${fTime(d, "ampm").replace("ص", "AM").replace("م", "PM")}`, `${fNum(d)} ${fTime(d)}`, relTime(r)]);
    const reads = `${r.pick(["قراءة", "مشاهدة", "زيارة"])} ${thousands(r.int(120, 60000))}`;
    if (r.chance(0.5)) w.tight(0).line([{ role: "chrome", kind: "date", text: when }, { role: "chrome", kind: "counter", text: reads }, { role: "chrome", kind: "counter", text: `التعليقات (${r.int(0, 40)})` }], r.pick(["  ", "   "]));
    else {
      w.tight(0).chrome("date", when);
      w.tight(0).chrome("counter", reads);
    }
    if (r.chance(0.5)) w.chrome("tools", r.pick(["أرسل لصديق  طباعة  نسخ الرابط", "حفظ  طباعة", "A  A  A"]));
    if (r.chance(0.35)) w.chrome("caption", r.pick([`صورة تعبيرية`, `أرشيفية`, `(صدى)`, `تصوير: ${person(r)}`]));
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (i === n - 1 && n > 2 && r.chance(0.35)) w.chrome("read-also", `${r.pick(["اقرأ أيضاً", "ذات صلة:", "اقرأ أيضاً |".replace(" |", ":")])} ${k.titles(1)[0]}`);
      },
    });
    if (r.chance(0.5)) w.chrome("tags", tagsFromTitle(rec, r, ["صدى", "المملكة"]).join(" "));
    if (r.chance(0.7)) {
      w.chrome("related", r.pick(["أخبار قد تهمك", "ذات صلة", "اقرأ المزيد"]));
      const ts = k.titles(r.int(3, 6));
      if (r.chance(0.5)) w.list("related", ts);
      else ts.forEach((t) => w.chrome("related", t));
    }
    if (r.chance(0.5)) {
      const c = r.int(1, 4);
      w.chrome("comments", `التعليقات (${c})`);
      for (let i = 0; i < c; i++) {
        w.line([{ role: "chrome", kind: "comments", text: `${c - i}` }, { role: "chrome", kind: "comments", text: commenter(r) }], " ");
        w.tight(0).chrome("comments", relTime(r));
        w.tight(0).chrome("comments", commentText(r));
      }
    }
    if (r.chance(0.6)) w.chrome("follow", r.pick(["تابعنا", "تابعونا على تويتر", "تابع صدى على  تويتر  فيسبوك  يوتيوب  سناب شات"]));
    if (r.chance(0.5)) w.chrome("footer", r.pick(["من نحن  اتصل بنا  أعلن معنا  سياسة الخصوصية", "الشروط والأحكام | اتصل بنا"]));
    w.chrome("copyright", r.pick(["جميع الحقوق محفوظة لصحيفة صدى الإلكترونية © 2015", "© صدى 2015", "صدى - جميع الحقوق محفوظة"]));
    w.end();
  },
};
