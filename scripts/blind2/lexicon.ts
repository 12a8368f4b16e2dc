// Word lists the chrome is built from (all written for this generator).

export interface SiteName {
  ar: string;
  en: string;
  domain: string;
  handle: string;
}

export const SITE_NAMES: SiteName[] = [
  { ar: 'صحيفة الأفق الإلكترونية', en: 'Al-Ofoq', domain: 'alofoq-news.sa', handle: 'alofoq_news' },
  { ar: 'بوابة النهار الخليجي', en: 'Gulf Nahar', domain: 'gulfnahar.com', handle: 'GulfNahar' },
  { ar: 'المرصد الإخباري', en: 'Al Marsad', domain: 'almarsad24.net', handle: 'almarsad24' },
  { ar: 'صدى الوطن', en: 'Sada Alwatan', domain: 'sadaalwatan.sa', handle: 'sada_watan' },
  { ar: 'الراصد نيوز', en: 'Alrased News', domain: 'alrased-news.com', handle: 'AlrasedNews' },
  { ar: 'نافذة الشرق', en: 'East Window', domain: 'eastwindow.net', handle: 'eastwindow' },
  { ar: 'منبر الحدث', en: 'Minbar Alhadath', domain: 'minbar-alhadath.com', handle: 'minbar_hadath' },
  { ar: 'وهج', en: 'Wahj', domain: 'wahj.sa', handle: 'wahj_sa' },
  { ar: 'أخبار الساحل', en: 'Sahel News', domain: 'sahelnews.sa', handle: 'sahel_news' },
  { ar: 'النبأ اليوم', en: 'Alnaba Today', domain: 'alnaba-today.com', handle: 'alnabatoday' },
  { ar: 'بوابة الرائد', en: 'Alraed Portal', domain: 'alraed.net', handle: 'alraed_net' },
  { ar: 'صحيفة المسار', en: 'Almasar Daily', domain: 'almasar-daily.com', handle: 'almasar_daily' },
  { ar: 'الديرة نيوز', en: 'Aldeera News', domain: 'aldeera.news', handle: 'aldeeranews' },
  { ar: 'ميدان الخبر', en: 'Maidan', domain: 'maidan-news.com', handle: 'maidan_news' },
];

export const SECTIONS = [
  'محليات', 'أخبار المملكة', 'الخليج', 'عربي ودولي', 'العالم', 'اقتصاد', 'أسواق', 'مال وأعمال', 'رياضة',
  'كرة القدم', 'ثقافة', 'ثقافة وفنون', 'منوعات', 'صحة', 'علوم وتقنية', 'تقنية', 'كتّاب', 'مقالات', 'آراء',
  'تحقيقات', 'حوارات', 'ملفات خاصة', 'فيديو', 'صور', 'إنفوجرافيك', 'سياحة', 'تعليم', 'مجتمع', 'سيارات',
  'عقارات', 'حوادث', 'الطقس', 'وظائف',
];
export const NAV_EXTRAS = ['النسخة الورقية', 'الأرشيف', 'English', 'PDF', 'اتصل بنا', 'مواقيت الصلاة', 'أسعار العملات', 'بث مباشر'];
export const SUBSECTIONS = ['أخبار', 'تقارير', 'متابعات', 'الدوري السعودي', 'بورصة', 'عقارات', 'منطقة مكة', 'المنطقة الشرقية', 'أمن', 'بيئة', 'طاقة', 'سينما', 'كتب'];
export const NAV_EN = ['Home', 'News', 'Politics', 'Business', 'Sports', 'Culture', 'Opinion', 'Video', 'Tech'];

export const FIRST_NAMES = [
  'محمد', 'عبدالله', 'فهد', 'سعود', 'خالد', 'سلطان', 'ناصر', 'تركي', 'عبدالرحمن', 'ماجد', 'نايف', 'بندر',
  'فيصل', 'يوسف', 'أحمد', 'علي', 'حسن', 'سامي', 'مشعل', 'وليد', 'هيفاء', 'نورة', 'سارة', 'أمل', 'ريم', 'منى',
  'لمياء', 'هند', 'عبير', 'دلال', 'إبراهيم', 'طلال',
];
export const FAMILY_NAMES = [
  'العتيبي', 'الغامدي', 'الزهراني', 'القحطاني', 'الشمري', 'الحربي', 'المطيري', 'الدوسري', 'السبيعي', 'العنزي',
  'الشهري', 'البقمي', 'الجهني', 'الرشيدي', 'السلمي', 'اليامي', 'الخالدي', 'المالكي', 'العمري', 'الثبيتي',
  'الفيفي', 'الأحمدي', 'باعشن', 'الصاعدي', 'الحارثي', 'الشريف',
];
export const LATIN_NAMES = [
  'Mohammed Al-Otaibi', 'Fahad Alharbi', 'Sara Al-Qahtani', 'Khalid Alghamdi', 'Reem Al-Shehri',
  'Nasser Aldossari', 'Huda Almutairi', 'Turki Al-Zahrani',
];

export const CITIES = [
  'الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'أبها', 'تبوك', 'بريدة', 'الطائف', 'حائل', 'جازان',
  'نجران', 'الأحساء', 'الخبر', 'القاهرة', 'دبي', 'الكويت', 'بيروت', 'لندن', 'واشنطن', 'باريس', 'عمّان', 'المنامة',
  'الدوحة', 'مسقط', 'عواصم',
];
export const AGENCIES_AR = ['واس', 'رويترز', 'أ ف ب', 'د ب أ', 'الأناضول', 'وكالات', 'كونا', 'وام', 'بنا', 'أ ش أ', 'يو بي آي'];
export const AGENCIES_EN = ['AFP', 'Reuters', 'AP', 'EPA', 'Getty Images', 'SPA', 'Anadolu'];

export const TAGS = [
  'السعودية', 'الرياض', 'جدة', 'مكة المكرمة', 'اقتصاد', 'النفط', 'أسواق الأسهم', 'الهلال', 'النصر', 'الاتحاد',
  'الأهلي', 'اليمن', 'إيران', 'سوريا', 'مصر', 'الصحة', 'التعليم', 'وزارة الداخلية', 'الطقس', 'عيد الفطر', 'الحج',
  'أمريكا', 'أوروبا', 'الأمم المتحدة', 'كرة القدم', 'المرور', 'الدفاع المدني', 'العقار', 'الذهب', 'التقنية',
  'سياحة', 'ثقافة', 'الشباب', 'البطالة', 'الإسكان', 'العراق', 'تركيا', 'الخليج',
];

export const DEV_COMPANIES = ['نقطة رقمية', 'تقنيات المدار', 'Digital Oasis', 'واحة البرمجيات', 'Sahab Media Solutions'];
