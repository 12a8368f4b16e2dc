// An imaginary TV channel's news site: video player text, schedules, big gaps.
import type { Site } from "../kit.js";
import { fLong, fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, relTime, pullQuote } from "../kit.js";

const SHOWS = ["نشرة الأخبار", "حديث المساء", "المشهد الاقتصادي", "الملعب", "صباح المدار", "ملف خاص", "حوار الساعة"];
const dur = (r: { int(a: number, b: number): number }) => `${String(r.int(0, 9)).padStart(2, "0")}:${String(r.int(5, 59)).padStart(2, "0")}`;

export const site: Site = {
  id: "madar",
  prefer: ["aawsat", "alriyadh"],
  quota: 16,
  fileSizes: [[1, 3], [2, 3], [3, 3], [4, 1]],
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[3, 5], [4, 2], [2, 1], [5, 1]]), trailing: 0.05, bidi: 0.25, dirtyBlank: 0.3 };
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    if (r.chance(0.5)) w.chrome("skip", r.pick(["انتقل إلى المحتوى", "تخطي إلى المحتوى الرئيسي"]));
    w.chrome("masthead", r.pick(["قناة المدار", "المدار", "المدار الإخبارية"]));
    w.chrome("nav", r.pick(["الأخبار  برامج  البث المباشر  رياضة  اقتصاد  منوعات", "الرئيسية  أخبار  فيديو  برامج  جدول البرامج  البث المباشر"]));
    if (r.chance(0.7)) w.list("live", r.pick([["البث المباشر", `يعرض الآن: ${r.pick(SHOWS)}`], [`مباشر  |  ${r.pick(SHOWS)}`.replace("|", " ")], ["شاهد البث المباشر", `التالي: ${r.pick(SHOWS)} ${fTime({ ...d, hh: (d.hh + 1) % 24, mm: 0 })}`]]));
    if (r.chance(0.4)) w.chrome("section", r.pick(["أخبار", "السعودية", "العالم العربي", "اقتصاد", "رياضة"]));
    w.begin(rec.outlet, rec.id).headline(rec.title);
    w.chrome("date", r.pick([`${fLong(d)} ${fTime(d, "ampm-long")}`, `${fNum(d)} | ${fTime(d)}`, `تم النشر: ${relTime(r)}`, `نُشر ${fLong(d)}`]));
    if (r.chance(0.6)) w.list("media", r.pick([["تشغيل", `00:00 / ${dur(r)}`], [`مدة الفيديو ${dur(r)}`], ["شاهد الفيديو", `${dur(r)}`], ["اضغط لتشغيل الفيديو"]]), r.pick([0, 1]));
    if (r.chance(0.4)) w.chrome("caption", `${r.pick(["لقطة من تقرير", "من تغطية", "صورة من الفيديو"])} ${r.pick(["المدار", "مراسل المدار", "قناة المدار"])}`);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    if (rec.author && r.chance(0.5)) w.chrome("byline", r.pick([`${rec.author}`, `المصدر: ${rec.author}`, `تقرير: ${rec.author}`]));
    const pq = r.chance(0.3) ? pullQuote(rec, r, from) : null;
    writeBody(w, rec, from, {
      paraGap: () => (r.chance(0.7) ? 1 : undefined),
      between: (i, n) => {
        if (pq && i === Math.max(1, Math.floor(n / 2))) w.chrome("pullquote", `“${pq}”`);
        if (i === 1 && r.chance(0.3)) w.list("media", ["فيديو", `${dur(r)}`]);
      },
    });
    if (r.chance(0.5)) w.chrome("share", r.pick(["شارك", "مشاركة", "شارك عبر"]));
    if (r.chance(0.8)) {
      w.chrome("related", r.pick(["شاهد أيضاً", "فيديوهات ذات صلة", "المزيد من الأخبار"]));
      const ts = k.titles(r.int(3, 5));
      for (const t of ts) {
        if (r.chance(0.5)) w.tight(0).line([{ role: "chrome", kind: "related", text: dur(r) }, { role: "chrome", kind: "related", text: t }], " ");
        else w.tight(r.pick([0, 1])).chrome("related", t);
      }
    }
    if (r.chance(0.5)) {
      w.chrome("schedule", r.pick(["جدول البرامج", "برامجنا اليوم"]));
      const shows = r.sample(SHOWS, 3);
      w.tight(0).list("schedule", shows.map((s, i) => `${fTime({ ...d, hh: (d.hh + i + 1) % 24, mm: 0 })} ${s}`));
    }
    if (r.chance(0.6)) w.chrome("apps", r.pick(["شاهد المدار على تطبيقنا", "حمّل تطبيق المدار", "المدار على جوالك"]));
    w.chrome("copyright", r.pick(["© 2015 قناة المدار الفضائية", "جميع الحقوق محفوظة © المدار", "حقوق الطبع والنشر محفوظة لقناة المدار 2015"]));
    w.end();
  },
};
