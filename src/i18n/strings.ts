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

export const STRINGS: Record<Lang, Strings> = { ru, ky, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
