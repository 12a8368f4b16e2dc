// An imaginary sports site: score widgets, tables, galleries, polls.
import type { Site } from "../kit.js";
import { fNum, fTime, parseDate, hasSubtitle, writeBody, gapFn, relTime, commenter, commentText, person, tagsFromTitle } from "../kit.js";

const TEAMS = ["الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الفتح", "التعاون", "الفيصلي", "الرائد", "الخليج", "القادسية", "الفيحاء"];

export const site: Site = {
  id: "hadaf",
  prefer: ["arreyadi"],
  quota: 16,
  fileSizes: [[1, 2], [2, 3], [3, 3], [4, 2]],
  listingChance: 0.2,
  style(rng) {
    return { nl: "\n", gap: gapFn(rng, [[1, 7], [0, 2]]), trailing: 0.0, bidi: 0.08, dirtyBlank: 0 };
  },
  listing(w, k) {
    const r = k.rng;
    w.chrome("masthead", "هدف سبورت");
    w.chrome("section", r.pick(["آخر الأخبار", "الدوري السعودي", "الكرة العالمية", "انتقالات"]));
    for (const o of k.others(r.int(4, 6))) {
      w.chrome("listing", o.title);
      w.tight(0).chrome("listing", relTime(r));
    }
    w.chrome("pagination", r.pick(["تحميل المزيد", "المزيد من الأخبار"]));
  },
  page(w, rec, k) {
    const r = k.rng;
    const d = parseDate(rec.date, r);
    w.chrome("masthead", r.pick(["هدف سبورت", "هدف | سبورت", "HADAF هدف"]));
    w.tight(r.pick([0, 1])).chrome("nav", r.pick(["الرئيسية  الدوري السعودي  كأس الملك  الكرة العالمية  المنتخبات  انتقالات  فيديو", "أخبار  مباريات  ترتيب  هدافون  صور  فيديو"]));
    if (r.chance(0.7)) {
      w.chrome("scores", r.pick(["نتائج المباريات", "مباريات اليوم", "المباريات الودية"]));
      const n = r.int(2, 3);
      for (let i = 0; i < n; i++) {
        const [a, b] = r.sample(TEAMS, 2) as [string, string];
        w.tight(0).chrome("scores", r.chance(0.6) ? `${a} ${r.int(0, 4)} - ${r.int(0, 3)} ${b}  ${r.pick(["انتهت", "نهاية المباراة", "ودية"])}` : `${a} × ${b}  ${fTime({ ...d, hh: (18 + i) % 24, mm: 30 })}`);
      }
    }
    if (r.chance(0.5)) w.chrome("breadcrumb", `الرئيسية > ${r.pick(["الدوري السعودي", "الكرة السعودية", "الكرة العالمية", "المنتخبات"])}`);
    w.begin(rec.outlet, rec.id).headline(rec.title);
    const by = rec.author || person(r);
    w.chrome("byline", r.pick([`بواسطة: ${by}`, by, `${by} - هدف سبورت`]));
    w.tight(0).chrome("date", r.pick([relTime(r), `${fNum(d)} ${fTime(d)}`, `${fNum(d, "ymd", "-")}`]));
    if (r.chance(0.5)) w.list("gallery", r.pick([["الصورة 1 من " + r.int(5, 20)], [`1 / ${r.int(4, 15)}`, "التالي ›"], [`ألبوم الصور (${r.int(6, 30)})`]]));
    if (r.chance(0.4)) w.chrome("caption", `${r.pick(["من المباراة", "من التدريبات", "لاعبو الفريق", "فرحة اللاعبين"])} ${r.pick(["(هدف)", `(تصوير: ${person(r)})`, "- أرشيفية"])}`);
    let from = 0;
    if (hasSubtitle(rec)) {
      w.subtitle(rec.paragraphs[0]!);
      from = 1;
    }
    writeBody(w, rec, from, {
      between: (i, n) => {
        if (i === Math.min(2, n - 1) && r.chance(0.4)) w.chrome("read-also", `${r.pick(["اقرأ أيضاً:", "شاهد:", "طالع:"])} ${k.titles(1)[0]}`);
      },
    });
    if (r.chance(0.6)) w.chrome("tags", tagsFromTitle(rec, r, TEAMS).join(r.pick(["  ", " ، ", " / "])));
    if (r.chance(0.5)) {
      const [a, b] = r.sample(TEAMS, 2) as [string, string];
      w.chrome("poll", r.pick([`استطلاع: من يحقق لقب الدوري هذا الموسم؟`, `تصويت: من الأفضل؟`, `استفتاء هدف`]));
      const x = r.int(20, 70);
      w.tight(0).list("poll", [`${a} ${x}%`, `${b} ${100 - x}%`, r.pick(["صوّت", "عرض النتائج", `${r.int(300, 9000)} صوت`])]);
    }
    if (r.chance(0.6)) {
      w.chrome("standings", r.pick(["ترتيب الدوري", "جدول الترتيب"]));
      const ts = r.sample(TEAMS, 4);
      w.tight(0).list("standings", ts.map((t, i) => `${i + 1}\t${t}\t${r.int(0, 12)}`));
    }
    if (r.chance(0.6)) {
      w.chrome("latest", r.pick(["آخر الأخبار", "أخبار أخرى", "الأكثر قراءة"]));
      w.tight(0).list("latest", k.titles(r.int(3, 5)).map((t) => (r.chance(0.4) ? `› ${t}` : t)));
    }
    if (r.chance(0.4)) {
      const c = r.int(1, 3);
      w.chrome("comments", `التعليقات (${c})`);
      for (let i = 0; i < c; i++) {
        w.line([{ role: "chrome", kind: "comments", text: commenter(r) }, { role: "chrome", kind: "comments", text: relTime(r) }], "  ");
        w.tight(0).chrome("comments", commentText(r));
      }
    }
    w.chrome("copyright", r.pick(["© هدف سبورت 2015", "جميع الحقوق محفوظة - هدف سبورت", "هدف سبورت © 2015 | سياسة الخصوصية"]));
    w.end();
  },
};
