// Every string a reader sees, per language. Keys are checked by TypeScript: a missing translation
// does not compile.
import type { Lang } from '../domain/lang.js';

export interface Strings {
  languageName: string;
  skipToContent: string;
  mainMenu: string;
  home: string;
  latestNews: string;
  topStory: string;
  breaking: string;
  related: string;
  popular: string;
  print: string;
  printThisArticle: string;
  views: string;
  permalink: string;
  copy: string;
  copied: string;
  source: string;
  tags: string;
  by: string;
  photo: string;
  watchVideo: string;
  openPost: string;
  allNewsOfDay: string;
  previousDay: string;
  nextDay: string;
  noNewsThisDay: string;
  newsOfDay: (date: string) => string;
  rubric: string;
  tag: string;
  articlesBy: (name: string) => string;
  taggedWith: (name: string) => string;
  pagination: string;
  page: (n: number) => string;
  pageOf: (n: number, total: number) => string;
  previousPage: string;
  nextPage: string;
  ratesTitle: (date: string) => string;
  ratesLabel: string;
  ratesUnavailable: string;
  rateUp: string;
  rateDown: string;
  rateSame: string;
  ratesPage: string;
  ratesPageTitle: (date: string) => string;
  ratesPageDescription: string;
  ratesAll: string;
  ratesDate: string;
  ratesShow: string;
  ratesFallback: (requested: string, shown: string) => string;
  ratesBadDate: (value: string) => string;
  ratesFutureDate: (date: string, last: string) => string;
  ratesTooEarly: (date: string, first: string) => string;
  ratesNotFoundTitle: string;
  ratesLatest: string;
  ratesAvailable: (first: string, last: string) => string;
  ratesColCode: string;
  ratesColCurrency: string;
  ratesColRate: string;
  ratesColChange: string;
  ratesColDate: string;
  ratesTableCaption: (date: string, previous: string | null) => string;
  ratesNominal: (nominal: number, value: string) => string;
  ratesCorrected: string;
  ratesSource: string;
  ratesDemo: string;
  ratesShowChart: string;
  ratesChartHeading: string;
  ratesChartTitle: (currency: string, days: number) => string;
  ratesChartDesc: (p: { from: string; to: string; first: string; last: string; min: string; minDate: string; max: string; maxDate: string }) => string;
  ratesChartEmpty: string;
  ratesChartTable: string;
  ratesChartMin: string;
  ratesChartMax: string;
  ratesPeriod: string;
  ratesDays: (n: number) => string;
  ratesCurrency: string;
  ratesUnknownCode: (code: string, shown: string) => string;
  convTitle: string;
  convAmount: string;
  convDirection: string;
  convToSom: string;
  convFromSom: string;
  convSubmit: string;
  convBadAmount: string;
  convTooLarge: string;
  convUnknownCurrency: string;
  convAtRate: (date: string) => string;
  som: string;
  currentTime: string;
  languageSwitch: string;
  readInLanguage: (language: string) => string;
  notFoundTitle: string;
  notFoundText: string;
  errorTitle: string;
  errorText: string;
  backHome: string;
  footerAbout: string;
  footerRights: (year: number, site: string) => string;
  moreInRubric: (rubric: string) => string;
  fullHeadline: string;
  printedFrom: string;
  search: string;
  searchSite: string;
  searchQuery: string;
  searchHelp: string;
  searchTitle: (q: string) => string;
  searchFound: (n: number, more: boolean) => string;
  searchNothing: string;
  searchEnterQuery: string;
  searchNoWords: string;
  searchTruncated: string;
  searchWidened: string;
  searchFilters: string;
  searchAnyRubric: string;
  searchFrom: string;
  searchTo: string;
  searchBadDate: string;
  searchLanguage: string;
  searchAllLanguages: string;
  searchSort: string;
  searchSortRelevance: string;
  searchSortDate: string;
  agencyTagline: string;
}

const ru: Strings = {
  languageName: 'Русский',
  skipToContent: 'Перейти к содержанию',
  mainMenu: 'Рубрики',
  home: 'Главная',
  latestNews: 'Последние новости',
  topStory: 'Главная новость',
  breaking: 'Срочно',
  related: 'Похожие новости',
  popular: 'Популярное',
  print: 'Печать',
  printThisArticle: 'Версия для печати',
  views: 'Просмотры',
  permalink: 'Ссылка',
  copy: 'Копировать',
  copied: 'Скопировано',
  source: 'Источник',
  tags: 'Теги',
  by: 'автор:',
  photo: 'Фото',
  watchVideo: 'Смотреть видео:',
  openPost: 'Открыть публикацию:',
  allNewsOfDay: 'Все новости дня',
  previousDay: 'Предыдущий день',
  nextDay: 'Следующий день',
  noNewsThisDay: 'В этот день новостей не было.',
  newsOfDay: (d) => `Новости за ${d}`,
  rubric: 'Рубрика',
  tag: 'Тег',
  articlesBy: (n) => `Материалы автора: ${n}`,
  taggedWith: (n) => `Тег: ${n}`,
  pagination: 'Страницы',
  page: (n) => `Страница ${n}`,
  pageOf: (n, t) => `Страница ${n} из ${t}`,
  previousPage: 'Назад',
  nextPage: 'Дальше',
  ratesTitle: (d) => `Курсы НБКР на ${d}`,
  ratesLabel: 'Курсы валют, сом',
  ratesUnavailable: 'Курсы валют пока не загружены',
  rateUp: 'вырос',
  rateDown: 'снизился',
  rateSame: 'без изменений',
  ratesPage: 'Курсы валют',
  ratesPageTitle: (d) => `Курсы валют на ${d}`,
  ratesPageDescription: 'Официальные курсы Национального банка Кыргызской Республики: сомов за единицу иностранной валюты, изменение к предыдущей дате, история курса и конвертер.',
  ratesAll: 'Все курсы валют',
  ratesDate: 'Дата',
  ratesShow: 'Показать',
  ratesFallback: (req, shown) => `На ${req} курсов нет; показаны курсы на ближайшую более раннюю дату — ${shown}.`,
  ratesBadDate: (v) => `«${v}» — не дата. Выберите дату в календаре или введите её в виде ГГГГ-ММ-ДД.`,
  ratesFutureDate: (d, last) => `Курсы на ${d} ещё не опубликованы. Последние курсы — на ${last}.`,
  ratesTooEarly: (d, first) => `Курсов на ${d} и раньше нет: история начинается с ${first}.`,
  ratesNotFoundTitle: 'Курсов на эту дату нет',
  ratesLatest: 'Последние курсы',
  ratesAvailable: (first, last) => `Курсы есть с ${first} по ${last}.`,
  ratesColCode: 'Код',
  ratesColCurrency: 'Валюта',
  ratesColRate: 'Курс, сом',
  ratesColChange: 'Изменение',
  ratesColDate: 'Дата',
  ratesTableCaption: (d, prev) => (prev ? `Сомов за единицу валюты на ${d}; изменение к ${prev}` : `Сомов за единицу валюты на ${d}`),
  ratesNominal: (n, v) => `за ${n} единиц: ${v}`,
  ratesCorrected: 'исправлено редакцией',
  ratesSource: 'Источник: Национальный банк Кыргызской Республики.',
  ratesDemo: 'Демонстрационные данные, не официальные курсы.',
  ratesShowChart: 'график',
  ratesChartHeading: 'История курса',
  ratesChartTitle: (c, n) => `${c}: курс за ${ruDays(n)}`,
  ratesChartDesc: (p) => `С ${p.from} по ${p.to} курс изменился с ${p.first} до ${p.last} сома; минимум ${p.min} (${p.minDate}), максимум ${p.max} (${p.maxDate}).`,
  ratesChartEmpty: 'За этот период курсов нет.',
  ratesChartTable: 'Данные графика таблицей',
  ratesChartMin: 'мин.',
  ratesChartMax: 'макс.',
  ratesPeriod: 'Период',
  ratesDays: (n) => ruDays(n),
  ratesCurrency: 'Валюта',
  ratesUnknownCode: (code, shown) => `Курсов валюты «${code}» нет; показан график ${shown}.`,
  convTitle: 'Конвертер валют',
  convAmount: 'Сумма',
  convDirection: 'Направление',
  convToSom: 'из валюты в сомы',
  convFromSom: 'из сомов в валюту',
  convSubmit: 'Пересчитать',
  convBadAmount: 'Введите сумму числом больше нуля, например 1000 или 1 000,50.',
  convTooLarge: 'Слишком большая сумма: введите не больше миллиарда.',
  convUnknownCurrency: 'Курса такой валюты нет; выберите валюту из списка.',
  convAtRate: (d) => `По курсу НБКР на ${d}.`,
  som: 'сом',
  currentTime: 'Текущее время',
  languageSwitch: 'Язык',
  readInLanguage: (l) => `Читать на языке: ${l}`,
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, материал перенесли или ссылка набрана с ошибкой.',
  errorTitle: 'Ошибка на сервере',
  errorText: 'Что-то пошло не так. Мы уже знаем об ошибке; попробуйте обновить страницу чуть позже.',
  backHome: 'На главную',
  footerAbout: 'Новостное агентство: события Кыргызстана и Центральной Азии на русском, кыргызском и английском языках.',
  footerRights: (y, s) => `© ${y} ${s}. Демонстрационные материалы вымышлены.`,
  moreInRubric: (r) => `Ещё в рубрике «${r}»`,
  fullHeadline: 'Полный заголовок',
  printedFrom: 'Материал опубликован на сайте',
  search: 'Найти',
  searchSite: 'Поиск по сайту',
  searchQuery: 'Что искать',
  searchHelp: 'Фразу возьмите в кавычки: «Жогорку Кенеш». Начало слова отметьте звёздочкой: выбор*.',
  searchTitle: (q) => `Поиск: ${q}`,
  searchFound: (n, more) => (more ? `Найдено больше ${n} материалов` : `Найдено материалов: ${n}`),
  searchNothing: 'Ничего не найдено. Проверьте написание, уберите фильтры или поищите по началу слова.',
  searchEnterQuery: 'Введите слово или фразу.',
  searchNoWords: 'В запросе нет ни одного слова, только знаки. Введите слово или фразу.',
  searchTruncated: 'Запрос слишком длинный: искали по его началу.',
  searchWidened: 'Точных совпадений нет; показаны слова, которые начинаются так же.',
  searchFilters: 'Фильтры',
  searchAnyRubric: 'Все рубрики',
  searchFrom: 'С даты',
  searchTo: 'По дату',
  searchBadDate: 'Дата не распознана и не учтена; нужен формат ГГГГ-ММ-ДД.',
  searchLanguage: 'Язык материалов',
  searchAllLanguages: 'Все языки',
  searchSort: 'Сортировка',
  searchSortRelevance: 'по релевантности',
  searchSortDate: 'по дате',
  agencyTagline: 'информационное агентство',
};

const ky: Strings = {
  languageName: 'Кыргызча',
  skipToContent: 'Негизги мазмунга өтүү',
  mainMenu: 'Рубрикалар',
  home: 'Башкы бет',
  latestNews: 'Акыркы жаңылыктар',
  topStory: 'Башкы жаңылык',
  breaking: 'Шашылыш',
  related: 'Окшош жаңылыктар',
  popular: 'Көп окулгандар',
  print: 'Басып чыгаруу',
  printThisArticle: 'Басып чыгаруу үчүн версия',
  views: 'Көрүүлөр',
  permalink: 'Шилтеме',
  copy: 'Көчүрүү',
  copied: 'Көчүрүлдү',
  source: 'Булак',
  tags: 'Тегдер',
  by: 'автор:',
  photo: 'Сүрөт',
  watchVideo: 'Видеону көрүү:',
  openPost: 'Жарыяланууну ачуу:',
  allNewsOfDay: 'Күндүн бардык жаңылыктары',
  previousDay: 'Мурунку күн',
  nextDay: 'Кийинки күн',
  noNewsThisDay: 'Бул күнү жаңылык болгон жок.',
  newsOfDay: (d) => `${d} жаңылыктары`,
  rubric: 'Рубрика',
  tag: 'Тег',
  articlesBy: (n) => `Автордун материалдары: ${n}`,
  taggedWith: (n) => `Тег: ${n}`,
  pagination: 'Барактар',
  page: (n) => `${n}-бет`,
  pageOf: (n, t) => `${t} беттин ${n}-бети`,
  previousPage: 'Артка',
  nextPage: 'Кийинки',
  ratesTitle: (d) => `КРУБдун ${d} карата курстары`,
  ratesLabel: 'Валюта курстары, сом',
  ratesUnavailable: 'Валюта курстары азырынча жүктөлө элек',
  rateUp: 'өстү',
  rateDown: 'төмөндөдү',
  rateSame: 'өзгөргөн жок',
  ratesPage: 'Валюта курстары',
  ratesPageTitle: (d) => `${d} карата валюта курстары`,
  ratesPageDescription: 'Кыргыз Республикасынын Улуттук банкынын расмий курстары: чет өлкө валютасынын бир бирдигине сом, мурунку күнгө салыштырмалуу өзгөрүү, курстун тарыхы жана конвертер.',
  ratesAll: 'Бардык валюта курстары',
  ratesDate: 'Күнү',
  ratesShow: 'Көрсөтүү',
  ratesFallback: (req, shown) => `Тандалган күнгө (${req}) курстар жок; эң жакын мурунку күндүн курстары көрсөтүлдү: ${shown}.`,
  ratesBadDate: (v) => `«${v}» — күн эмес. Күндү календардан тандаңыз же ЖЖЖЖ-АА-КК түрүндө жазыңыз.`,
  ratesFutureDate: (d, last) => `Тандалган күнгө (${d}) курстар азырынча жарыяланган жок. Акыркы курстар: ${last}.`,
  ratesTooEarly: (d, first) => `Тандалган күнгө (${d}) жана андан мурун курстар жок. Эң алгачкы сакталган курстар: ${first}.`,
  ratesNotFoundTitle: 'Бул күнгө курстар жок',
  ratesLatest: 'Акыркы курстар',
  ratesAvailable: (first, last) => `Курстар сакталган мезгил: ${first} — ${last}.`,
  ratesColCode: 'Код',
  ratesColCurrency: 'Валюта',
  ratesColRate: 'Курс, сом',
  ratesColChange: 'Өзгөрүү',
  ratesColDate: 'Күнү',
  ratesTableCaption: (d, prev) => (prev ? `${d} карата валютанын бир бирдигине сом; өзгөрүү ${prev} менен салыштырылган` : `${d} карата валютанын бир бирдигине сом`),
  ratesNominal: (n, v) => `${n} бирдик үчүн: ${v}`,
  ratesCorrected: 'редакция оңдогон',
  ratesSource: 'Булак: Кыргыз Республикасынын Улуттук банкы.',
  ratesDemo: 'Демонстрациялык маалыматтар, расмий курстар эмес.',
  ratesShowChart: 'график',
  ratesChartHeading: 'Курстун тарыхы',
  ratesChartTitle: (c, n) => `${c}: акыркы ${n} күндүн курсу`,
  ratesChartDesc: (p) => `${p.from} — ${p.to}: курс ${p.first} сомдон ${p.last} сомго чейин өзгөрдү; эң төмөнкүсү ${p.min} (${p.minDate}), эң жогоркусу ${p.max} (${p.maxDate}).`,
  ratesChartEmpty: 'Бул мезгилге курстар сакталган эмес.',
  ratesChartTable: 'Графиктин маалыматтары таблица түрүндө',
  ratesChartMin: 'мин.',
  ratesChartMax: 'макс.',
  ratesPeriod: 'Мезгил',
  ratesDays: (n) => `${n} күн`,
  ratesCurrency: 'Валюта',
  ratesUnknownCode: (code, shown) => `«${code}» валютасынын курстары жок; ${shown} графиги көрсөтүлдү.`,
  convTitle: 'Валюта конвертери',
  convAmount: 'Сумма',
  convDirection: 'Багыты',
  convToSom: 'валютадан сомго',
  convFromSom: 'сомдон валютага',
  convSubmit: 'Эсептөө',
  convBadAmount: 'Сумманы нөлдөн чоң сан менен жазыңыз, мисалы: 1000 же 1 000,50.',
  convTooLarge: 'Сумма өтө чоң: миллиарддан ашпаган сумманы жазыңыз.',
  convUnknownCurrency: 'Мындай валютанын курсу жок; валютаны тизмеден тандаңыз.',
  convAtRate: (d) => `КРУБдун ${d} карата курсу боюнча.`,
  som: 'сом',
  currentTime: 'Учурдагы убакыт',
  languageSwitch: 'Тил',
  readInLanguage: (l) => `Бул тилде окуу: ${l}`,
  notFoundTitle: 'Барак табылган жок',
  notFoundText: 'Мындай барак жок. Материал башка жерге которулган же шилтеме ката терилген болушу мүмкүн.',
  errorTitle: 'Сервердеги ката',
  errorText: 'Бир нерсе туура эмес болуп кетти. Ката тууралуу билебиз; бир аздан кийин баракты жаңыртып көрүңүз.',
  backHome: 'Башкы бетке',
  footerAbout: 'Маалымат агенттиги: Кыргызстандын жана Борбордук Азиянын окуялары орус, кыргыз жана англис тилдеринде.',
  footerRights: (y, s) => `© ${y} ${s}. Демонстрациялык материалдар ойдон чыгарылган.`,
  moreInRubric: (r) => `«${r}» рубрикасында дагы`,
  fullHeadline: 'Толук аталышы',
  printedFrom: 'Материал сайтта жарыяланган',
  search: 'Издөө',
  searchSite: 'Сайттан издөө',
  searchQuery: 'Эмнени издейсиз',
  searchHelp: 'Сөз айкашын тырмакчага алыңыз: «Жогорку Кеңеш». Сөздүн башын жылдызча менен белгилеңиз: шайлоо*.',
  searchTitle: (q) => `Издөө: ${q}`,
  searchFound: (n, more) => (more ? `${n} ашык материал табылды` : `Табылган материалдар: ${n}`),
  searchNothing: 'Эч нерсе табылган жок. Жазылышын текшериңиз, чыпкаларды алып салыңыз же сөздүн башы менен издеңиз.',
  searchEnterQuery: 'Сөз же сөз айкашын жазыңыз.',
  searchNoWords: 'Сурамда бир да сөз жок, белгилер гана. Сөз же сөз айкашын жазыңыз.',
  searchTruncated: 'Сурам өтө узун: анын башы боюнча изделди.',
  searchWidened: 'Так дал келүүлөр жок; ушундай башталган сөздөр көрсөтүлдү.',
  searchFilters: 'Чыпкалар',
  searchAnyRubric: 'Бардык рубрикалар',
  searchFrom: 'Күндөн баштап',
  searchTo: 'Күнгө чейин',
  searchBadDate: 'Күн таанылган жок жана эске алынган жок; ЖЖЖЖ-АА-КК форматы керек.',
  searchLanguage: 'Материалдардын тили',
  searchAllLanguages: 'Бардык тилдер',
  searchSort: 'Иреттөө',
  searchSortRelevance: 'ылайыктуулугу боюнча',
  searchSortDate: 'күнү боюнча',
  agencyTagline: 'маалымат агенттиги',
};

const en: Strings = {
  languageName: 'English',
  skipToContent: 'Skip to content',
  mainMenu: 'Sections',
  home: 'Home',
  latestNews: 'Latest news',
  topStory: 'Top story',
  breaking: 'Breaking',
  related: 'Related',
  popular: 'Popular',
  print: 'Print',
  printThisArticle: 'Printer-friendly version',
  views: 'Views',
  permalink: 'Link',
  copy: 'Copy',
  copied: 'Copied',
  source: 'Source',
  tags: 'Tags',
  by: 'by',
  photo: 'Photo',
  watchVideo: 'Watch the video:',
  openPost: 'Open the post:',
  allNewsOfDay: 'All news of the day',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  noNewsThisDay: 'There was no news on this day.',
  newsOfDay: (d) => `News of ${d}`,
  rubric: 'Section',
  tag: 'Tag',
  articlesBy: (n) => `Stories by ${n}`,
  taggedWith: (n) => `Tag: ${n}`,
  pagination: 'Pages',
  page: (n) => `Page ${n}`,
  pageOf: (n, t) => `Page ${n} of ${t}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  ratesTitle: (d) => `NBKR rates for ${d}`,
  ratesLabel: 'Exchange rates, som',
  ratesUnavailable: 'Exchange rates are not loaded yet',
  rateUp: 'up',
  rateDown: 'down',
  rateSame: 'unchanged',
  ratesPage: 'Exchange rates',
  ratesPageTitle: (d) => `Exchange rates for ${d}`,
  ratesPageDescription: 'Official rates of the National Bank of the Kyrgyz Republic: som per unit of foreign currency, the change against the previous date, history and a converter.',
  ratesAll: 'All exchange rates',
  ratesDate: 'Date',
  ratesShow: 'Show',
  ratesFallback: (req, shown) => `There are no rates for ${req}; showing the nearest earlier date, ${shown}.`,
  ratesBadDate: (v) => `“${v}” is not a date. Choose a date in the calendar or type it as YYYY-MM-DD.`,
  ratesFutureDate: (d, last) => `Rates for ${d} have not been published yet. The latest rates are for ${last}.`,
  ratesTooEarly: (d, first) => `There are no rates for ${d} or earlier: the history starts on ${first}.`,
  ratesNotFoundTitle: 'No rates for this date',
  ratesLatest: 'Latest rates',
  ratesAvailable: (first, last) => `Rates are available from ${first} to ${last}.`,
  ratesColCode: 'Code',
  ratesColCurrency: 'Currency',
  ratesColRate: 'Rate, som',
  ratesColChange: 'Change',
  ratesColDate: 'Date',
  ratesTableCaption: (d, prev) => (prev ? `Som per unit of currency on ${d}; change against ${prev}` : `Som per unit of currency on ${d}`),
  ratesNominal: (n, v) => `for ${n} units: ${v}`,
  ratesCorrected: 'corrected by the editors',
  ratesSource: 'Source: National Bank of the Kyrgyz Republic.',
  ratesDemo: 'Demonstration data, not official rates.',
  ratesShowChart: 'chart',
  ratesChartHeading: 'Rate history',
  ratesChartTitle: (c, n) => `${c}: the rate over ${n} days`,
  ratesChartDesc: (p) => `From ${p.from} to ${p.to} the rate went from ${p.first} to ${p.last} som; lowest ${p.min} (${p.minDate}), highest ${p.max} (${p.maxDate}).`,
  ratesChartEmpty: 'No rates are stored for this period.',
  ratesChartTable: 'Chart data as a table',
  ratesChartMin: 'min',
  ratesChartMax: 'max',
  ratesPeriod: 'Period',
  ratesDays: (n) => `${n} days`,
  ratesCurrency: 'Currency',
  ratesUnknownCode: (code, shown) => `There are no rates for “${code}”; showing the ${shown} chart.`,
  convTitle: 'Currency converter',
  convAmount: 'Amount',
  convDirection: 'Direction',
  convToSom: 'currency to som',
  convFromSom: 'som to currency',
  convSubmit: 'Convert',
  convBadAmount: 'Enter the amount as a number above zero, for example 1000 or 1,000.50.',
  convTooLarge: 'The amount is too large: enter a billion or less.',
  convUnknownCurrency: 'There is no rate for that currency; choose one from the list.',
  convAtRate: (d) => `At the NBKR rate for ${d}.`,
  som: 'som',
  currentTime: 'Current time',
  languageSwitch: 'Language',
  readInLanguage: (l) => `Read in ${l}`,
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no such page. The story may have moved, or the link may have a typo.',
  errorTitle: 'Server error',
  errorText: 'Something went wrong on our side. We know about it; please reload the page a little later.',
  backHome: 'Go to the home page',
  footerAbout: 'A news agency covering Kyrgyzstan and Central Asia in Russian, Kyrgyz and English.',
  footerRights: (y, s) => `© ${y} ${s}. Demo stories are fictional.`,
  moreInRubric: (r) => `More in ${r}`,
  fullHeadline: 'Full headline',
  printedFrom: 'Published on',
  search: 'Search',
  searchSite: 'Search the site',
  searchQuery: 'Search for',
  searchHelp: 'Put a phrase in quotes: "Jogorku Kenesh". Mark the beginning of a word with an asterisk: elect*.',
  searchTitle: (q) => `Search: ${q}`,
  searchFound: (n, more) => (more ? `More than ${n} stories found` : n === 1 ? '1 story found' : `${n} stories found`),
  searchNothing: 'Nothing found. Check the spelling, remove filters or search for the beginning of a word.',
  searchEnterQuery: 'Type a word or a phrase.',
  searchNoWords: 'The query has no words, only signs. Type a word or a phrase.',
  searchTruncated: 'The query was too long: we searched for its beginning.',
  searchWidened: 'No exact matches; showing words that begin the same way.',
  searchFilters: 'Filters',
  searchAnyRubric: 'All sections',
  searchFrom: 'From',
  searchTo: 'To',
  searchBadDate: 'A date was not recognised and was ignored; use YYYY-MM-DD.',
  searchLanguage: 'Language of stories',
  searchAllLanguages: 'All languages',
  searchSort: 'Sort',
  searchSortRelevance: 'by relevance',
  searchSortDate: 'by date',
  agencyTagline: 'news agency',
};

/** "1 день", "2 дня", "30 дней" */
function ruDays(n: number): string {
  const ten = n % 10;
  const hundred = n % 100;
  const word = ten === 1 && hundred !== 11 ? 'день' : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? 'дня' : 'дней';
  return `${n} ${word}`;
}

export const STRINGS: Record<Lang, Strings> = { ru, ky, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
