// An imaginary opinion site: author boxes, other columns by the author, disclaimers.
import type { Site } from "../kit.js";
import { fLong, fNum, parseDate, hasSubtitle, writeBody, gapFn, commenter, commentText, person, personName, pullQuote, relTime, fHijri } from "../kit.js";

const BIO = ["كاتب وأكاديمي سعودي", "كاتبة صحفية مهتمة بالشأن الاجتماعي", "باحث في الشؤون السياسية", "كاتب ومحلل اقتصادي", "إعلامي وكاتب رأي", "أستاذ جامعي"];

export const site: Site = {
  id: "minbar",
  prefer: ["sabq", "aljazirah"],
  quota: 14,
  fileSizes: [[1, 3], [2, 3], [3, 2]],
  style(rng) {
    return { nl: rng.chance(0.4) ? "\r\n" : "\n", gap: gapFn(rng, [[2, 6], [1, 2], [3, 1]]), trailing: 0.05, bidi: 0.12, dirtyBlank: 0.1 };
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    const author = personName(rec.author) ?? person(r);
    w.chrome("masthead", r.pick(["منبر", "منبر الرأي", "منبر | مقالات ورأي"]));
    if (r.chance(0.6)) w.tight(0).chrome("nav", r.pick(["الرئيسية  كتّاب  مقالات  حوارات  الأكثر قراءة  من نحن", "مقالات  كتاب منبر  قضايا  ثقافة  مجتمع"]));
    if (r.chance(0.6)) w.chrome("section", r.pick(["مقالات", "رأي", "قضايا", "وجهة نظر"]));
    const authorFirst = r.chance(0.5);
    if (authorFirst) {
      w.chrome("author", author);
      if (r.chance(0.5)) w.tight(0).chrome("author-bio", r.pick(BIO));
    }
    w.begin(rec.outlet, rec.id).headline(rec.title);
    if (!authorFirst) w.chrome("author", r.pick([`بقلم: ${author}`, `${author}`, `بقلم ${author}`]));
    w.tight(r.pick([0, 1])).chrome("date", r.pick([fLong(d), `${fHijri(d)} - ${fNum(d)}`, `نُشر ${relTime(r)}`]));
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    const pq = r.chance(0.5) ? pullQuote(rec, r, from) : null;
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (pq && i === Math.min(2, n - 1)) w.chrome("pullquote", r.pick([`«${pq}»`, pq, `— ${pq}`]));
      },
    });
    if (r.chance(0.5)) w.chrome("signature", r.pick([author, `* ${r.pick(BIO)}`, `${author} - ${r.pick(BIO)}`]));
    if (r.chance(0.6)) w.chrome("disclaimer", r.pick(["الآراء المنشورة تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع", "المقال يعبر عن رأي الكاتب", "* جميع المقالات المنشورة تعبر عن رأي كتابها"]));
    if (r.chance(0.7)) {
      w.chrome("author-more", r.pick([`مقالات أخرى للكاتب`, `المزيد من مقالات ${author}`, "مقالات سابقة"]));
      for (const o of k.others(r.int(2, 4))) w.tight(r.pick([0, 1])).chrome("author-more", r.chance(0.5) ? o.title : `${o.title}  ${fNum(parseDate(o.date, r))}`);
    }
    if (r.chance(0.4)) {
      const [a, b] = k.titles(2) as [string, string];
      w.list("prev-next", [`المقال السابق: ${a}`, `المقال التالي: ${b}`]);
    }
    if (r.chance(0.5)) {
      const c = r.int(1, 3);
      w.chrome("comments", r.pick(["تعليقات القراء", `${c} تعليق`, "آراء القراء"]));
      for (let i = 0; i < c; i++) {
        w.chrome("comments", `${commenter(r)} ${r.pick(["يقول:", "كتب:", ""])}`.trim());
        w.tight(0).chrome("comments", commentText(r));
      }
    }
    w.chrome("copyright", r.pick(["منبر © 2015", "جميع الحقوق محفوظة لموقع منبر", "© منبر الرأي - يسمح بالاقتباس مع ذكر المصدر"]));
    w.end();
  },
};
