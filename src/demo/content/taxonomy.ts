// Demo taxonomy: rubrics, tags, towns, sources and the byline authors of the demo agency.
// Names are ours; slugs are Latin so that URLs stay readable in every language.
import type { Localized, PlaceKey, RubricKey, SourceKey, TagKey } from './types.js';

export interface DemoRubric { key: RubricKey; name: Localized; slug: Localized }

export const RUBRICS: DemoRubric[] = [
  { key: 'politics', name: { ru: 'Политика', ky: 'Саясат', en: 'Politics' }, slug: { ru: 'politika', ky: 'sayasat', en: 'politics' } },
  { key: 'economy', name: { ru: 'Экономика', ky: 'Экономика', en: 'Economy' }, slug: { ru: 'ekonomika', ky: 'ekonomika', en: 'economy' } },
  { key: 'society', name: { ru: 'Общество', ky: 'Коом', en: 'Society' }, slug: { ru: 'obshchestvo', ky: 'koom', en: 'society' } },
  { key: 'incidents', name: { ru: 'Происшествия', ky: 'Окуялар', en: 'Incidents' }, slug: { ru: 'proisshestviya', ky: 'okuyalar', en: 'incidents' } },
  { key: 'world', name: { ru: 'В мире', ky: 'Дүйнөдө', en: 'World' }, slug: { ru: 'v-mire', ky: 'duynodo', en: 'world' } },
  { key: 'sport', name: { ru: 'Спорт', ky: 'Спорт', en: 'Sport' }, slug: { ru: 'sport', ky: 'sport', en: 'sport' } },
  { key: 'culture', name: { ru: 'Культура', ky: 'Маданият', en: 'Culture' }, slug: { ru: 'kultura', ky: 'madaniyat', en: 'culture' } },
  { key: 'tech', name: { ru: 'Технологии', ky: 'Технология', en: 'Technology' }, slug: { ru: 'tekhnologii', ky: 'tehnologiya', en: 'technology' } },
  { key: 'health', name: { ru: 'Здоровье', ky: 'Ден соолук', en: 'Health' }, slug: { ru: 'zdorove', ky: 'den-sooluk', en: 'health' } },
  { key: 'environment', name: { ru: 'Экология', ky: 'Экология', en: 'Environment' }, slug: { ru: 'ekologiya', ky: 'ekologiya', en: 'environment' } },
];

export const TAGS: Record<TagKey, Localized> = {
  parliament: { ru: 'Жогорку Кенеш', ky: 'Жогорку Кеңеш', en: 'Jogorku Kenesh' },
  president: { ru: 'Президент', ky: 'Президент', en: 'President' },
  cabinet: { ru: 'Кабинет министров', ky: 'Министрлер кабинети', en: 'Cabinet of Ministers' },
  elections: { ru: 'Выборы', ky: 'Шайлоо', en: 'Elections' },
  budget: { ru: 'Бюджет', ky: 'Бюджет', en: 'Budget' },
  taxes: { ru: 'Налоги', ky: 'Салыктар', en: 'Taxes' },
  inflation: { ru: 'Инфляция', ky: 'Инфляция', en: 'Inflation' },
  exchangeRates: { ru: 'Курсы валют', ky: 'Валюта курсу', en: 'Exchange rates' },
  investment: { ru: 'Инвестиции', ky: 'Инвестициялар', en: 'Investment' },
  trade: { ru: 'Торговля', ky: 'Соода', en: 'Trade' },
  agriculture: { ru: 'Сельское хозяйство', ky: 'Айыл чарба', en: 'Agriculture' },
  energy: { ru: 'Энергетика', ky: 'Энергетика', en: 'Energy' },
  water: { ru: 'Вода', ky: 'Суу', en: 'Water' },
  roads: { ru: 'Дороги', ky: 'Жолдор', en: 'Roads' },
  transport: { ru: 'Транспорт', ky: 'Транспорт', en: 'Transport' },
  aviation: { ru: 'Авиация', ky: 'Авиация', en: 'Aviation' },
  education: { ru: 'Образование', ky: 'Билим берүү', en: 'Education' },
  schools: { ru: 'Школы', ky: 'Мектептер', en: 'Schools' },
  universities: { ru: 'Вузы', ky: 'Жогорку окуу жайлар', en: 'Universities' },
  healthcare: { ru: 'Здравоохранение', ky: 'Саламаттыкты сактоо', en: 'Healthcare' },
  hospitals: { ru: 'Больницы', ky: 'Ооруканалар', en: 'Hospitals' },
  vaccination: { ru: 'Вакцинация', ky: 'Эмдөө', en: 'Vaccination' },
  pensions: { ru: 'Пенсии', ky: 'Пенсиялар', en: 'Pensions' },
  migration: { ru: 'Миграция', ky: 'Миграция', en: 'Migration' },
  labour: { ru: 'Трудоустройство', ky: 'Жумуш менен камсыз кылуу', en: 'Jobs' },
  courts: { ru: 'Суды', ky: 'Соттор', en: 'Courts' },
  corruption: { ru: 'Коррупция', ky: 'Коррупция', en: 'Corruption' },
  police: { ru: 'Милиция', ky: 'Милиция', en: 'Police' },
  fire: { ru: 'Пожары', ky: 'Өрттөр', en: 'Fires' },
  traffic: { ru: 'ДТП', ky: 'Жол кырсыгы', en: 'Road accidents' },
  weather: { ru: 'Погода', ky: 'Аба ырайы', en: 'Weather' },
  earthquake: { ru: 'Землетрясения', ky: 'Жер титирөө', en: 'Earthquakes' },
  mudflow: { ru: 'Сели', ky: 'Сел', en: 'Mudflows' },
  ecology: { ru: 'Экология', ky: 'Экология', en: 'Ecology' },
  airQuality: { ru: 'Качество воздуха', ky: 'Абанын сапаты', en: 'Air quality' },
  glaciers: { ru: 'Ледники', ky: 'Мөңгүлөр', en: 'Glaciers' },
  tourism: { ru: 'Туризм', ky: 'Туризм', en: 'Tourism' },
  issykKul: { ru: 'Иссык-Куль', ky: 'Ысык-Көл', en: 'Issyk-Kul' },
  football: { ru: 'Футбол', ky: 'Футбол', en: 'Football' },
  wrestling: { ru: 'Борьба', ky: 'Күрөш', en: 'Wrestling' },
  boxing: { ru: 'Бокс', ky: 'Бокс', en: 'Boxing' },
  olympics: { ru: 'Олимпиада', ky: 'Олимпиада', en: 'Olympics' },
  kokBoru: { ru: 'Кок-бору', ky: 'Көк бөрү', en: 'Kok-boru' },
  manas: { ru: 'Эпос «Манас»', ky: '«Манас» эпосу', en: 'Manas epic' },
  theatre: { ru: 'Театр', ky: 'Театр', en: 'Theatre' },
  cinema: { ru: 'Кино', ky: 'Кино', en: 'Cinema' },
  music: { ru: 'Музыка', ky: 'Музыка', en: 'Music' },
  internet: { ru: 'Интернет', ky: 'Интернет', en: 'Internet' },
  digital: { ru: 'Цифровизация', ky: 'Санариптештирүү', en: 'Digitalisation' },
  startups: { ru: 'Стартапы', ky: 'Стартаптар', en: 'Start-ups' },
  centralAsia: { ru: 'Центральная Азия', ky: 'Борбордук Азия', en: 'Central Asia' },
  russia: { ru: 'Россия', ky: 'Россия', en: 'Russia' },
  china: { ru: 'Китай', ky: 'Кытай', en: 'China' },
  kazakhstan: { ru: 'Казахстан', ky: 'Казакстан', en: 'Kazakhstan' },
  uzbekistan: { ru: 'Узбекистан', ky: 'Өзбекстан', en: 'Uzbekistan' },
  tajikistan: { ru: 'Таджикистан', ky: 'Тажикстан', en: 'Tajikistan' },
  eaeu: { ru: 'ЕАЭС', ky: 'ЕАЭБ', en: 'EAEU' },
  un: { ru: 'ООН', ky: 'БУУ', en: 'UN' },
};

/** Grammatical forms of each town, so templates read naturally ("в Оше", "Ошто", "in Osh"). */
export interface PlaceForms {
  ru: { nom: string; loc: string; gen: string; dat: string };
  ky: { nom: string; loc: string; gen: string; dat: string };
  en: { nom: string };
  /** dateline city: where a reporter filed the story from */
  dateline: Localized;
}

export const PLACES: Record<PlaceKey, PlaceForms> = {
  bishkek: { ru: { nom: 'Бишкек', loc: 'Бишкеке', gen: 'Бишкека', dat: 'Бишкеку' }, ky: { nom: 'Бишкек', loc: 'Бишкекте', gen: 'Бишкектин', dat: 'Бишкекке' }, en: { nom: 'Bishkek' }, dateline: { ru: 'Бишкек', ky: 'Бишкек', en: 'Bishkek' } },
  osh: { ru: { nom: 'Ош', loc: 'Оше', gen: 'Оша', dat: 'Ошу' }, ky: { nom: 'Ош', loc: 'Ошто', gen: 'Оштун', dat: 'Ошко' }, en: { nom: 'Osh' }, dateline: { ru: 'Ош', ky: 'Ош', en: 'Osh' } },
  karakol: { ru: { nom: 'Каракол', loc: 'Караколе', gen: 'Каракола', dat: 'Караколу' }, ky: { nom: 'Каракол', loc: 'Караколдо', gen: 'Караколдун', dat: 'Караколго' }, en: { nom: 'Karakol' }, dateline: { ru: 'Каракол', ky: 'Каракол', en: 'Karakol' } },
  naryn: { ru: { nom: 'Нарын', loc: 'Нарыне', gen: 'Нарына', dat: 'Нарыну' }, ky: { nom: 'Нарын', loc: 'Нарында', gen: 'Нарындын', dat: 'Нарынга' }, en: { nom: 'Naryn' }, dateline: { ru: 'Нарын', ky: 'Нарын', en: 'Naryn' } },
  jalalabad: { ru: { nom: 'Джалал-Абад', loc: 'Джалал-Абаде', gen: 'Джалал-Абада', dat: 'Джалал-Абаду' }, ky: { nom: 'Жалал-Абад', loc: 'Жалал-Абадда', gen: 'Жалал-Абаддын', dat: 'Жалал-Абадга' }, en: { nom: 'Jalal-Abad' }, dateline: { ru: 'Джалал-Абад', ky: 'Жалал-Абад', en: 'Jalal-Abad' } },
  talas: { ru: { nom: 'Талас', loc: 'Таласе', gen: 'Таласа', dat: 'Таласу' }, ky: { nom: 'Талас', loc: 'Таласта', gen: 'Таластын', dat: 'Таласка' }, en: { nom: 'Talas' }, dateline: { ru: 'Талас', ky: 'Талас', en: 'Talas' } },
  batken: { ru: { nom: 'Баткен', loc: 'Баткене', gen: 'Баткена', dat: 'Баткену' }, ky: { nom: 'Баткен', loc: 'Баткенде', gen: 'Баткендин', dat: 'Баткенге' }, en: { nom: 'Batken' }, dateline: { ru: 'Баткен', ky: 'Баткен', en: 'Batken' } },
  tokmok: { ru: { nom: 'Токмок', loc: 'Токмоке', gen: 'Токмока', dat: 'Токмоку' }, ky: { nom: 'Токмок', loc: 'Токмокто', gen: 'Токмоктун', dat: 'Токмокко' }, en: { nom: 'Tokmok' }, dateline: { ru: 'Токмок', ky: 'Токмок', en: 'Tokmok' } },
  karabalta: { ru: { nom: 'Кара-Балта', loc: 'Кара-Балте', gen: 'Кара-Балты', dat: 'Кара-Балте' }, ky: { nom: 'Кара-Балта', loc: 'Кара-Балтада', gen: 'Кара-Балтанын', dat: 'Кара-Балтага' }, en: { nom: 'Kara-Balta' }, dateline: { ru: 'Кара-Балта', ky: 'Кара-Балта', en: 'Kara-Balta' } },
  uzgen: { ru: { nom: 'Узген', loc: 'Узгене', gen: 'Узгена', dat: 'Узгену' }, ky: { nom: 'Өзгөн', loc: 'Өзгөндө', gen: 'Өзгөндүн', dat: 'Өзгөнгө' }, en: { nom: 'Uzgen' }, dateline: { ru: 'Узген', ky: 'Өзгөн', en: 'Uzgen' } },
  cholponata: { ru: { nom: 'Чолпон-Ата', loc: 'Чолпон-Ате', gen: 'Чолпон-Аты', dat: 'Чолпон-Ате' }, ky: { nom: 'Чолпон-Ата', loc: 'Чолпон-Атада', gen: 'Чолпон-Атанын', dat: 'Чолпон-Атага' }, en: { nom: 'Cholpon-Ata' }, dateline: { ru: 'Чолпон-Ата', ky: 'Чолпон-Ата', en: 'Cholpon-Ata' } },
  kochkor: { ru: { nom: 'Кочкор', loc: 'Кочкоре', gen: 'Кочкора', dat: 'Кочкору' }, ky: { nom: 'Кочкор', loc: 'Кочкордо', gen: 'Кочкордун', dat: 'Кочкорго' }, en: { nom: 'Kochkor' }, dateline: { ru: 'Кочкор', ky: 'Кочкор', en: 'Kochkor' } },
};

/** Where a story's facts come from; shown as the source attribution under the body. */
export const SOURCES: Record<SourceKey, { name: Localized; url?: string }> = {
  ministry: { name: { ru: 'пресс-служба министерства', ky: 'министрликтин басма сөз кызматы', en: 'the ministry press service' } },
  cabinet: { name: { ru: 'пресс-служба Кабинета министров', ky: 'Министрлер кабинетинин басма сөз кызматы', en: 'the Cabinet of Ministers press service' } },
  nsc: { name: { ru: 'Национальный статистический комитет', ky: 'Улуттук статистика комитети', en: 'the National Statistical Committee' } },
  stat: { name: { ru: 'данные открытой статистики', ky: 'ачык статистика маалыматтары', en: 'open statistics data' } },
  mayor: { name: { ru: 'мэрия города', ky: 'шаардык мэрия', en: 'the city hall' } },
  police: { name: { ru: 'пресс-служба УВД', ky: 'ИИБдин басма сөз кызматы', en: 'the police press office' } },
  emergency: { name: { ru: 'Министерство чрезвычайных ситуаций', ky: 'Өзгөчө кырдаалдар министрлиги', en: 'the Ministry of Emergency Situations' } },
  healthMin: { name: { ru: 'Министерство здравоохранения', ky: 'Саламаттыкты сактоо министрлиги', en: 'the Ministry of Health' } },
  federation: { name: { ru: 'спортивная федерация', ky: 'спорт федерациясы', en: 'the sports federation' } },
  ownCorrespondent: { name: { ru: 'корреспондент агентства', ky: 'агенттиктин кабарчысы', en: 'our correspondent' } },
};

/** Byline authors. Names follow the agency style: surname in capitals. */
export const AUTHORS: Array<{ slug: string; name: Localized }> = [
  { slug: 'aigerim-sadykova', name: { ru: 'Айгерим САДЫКОВА', ky: 'Айгерим САДЫКОВА', en: 'Aigerim SADYKOVA' } },
  { slug: 'bakyt-osmonov', name: { ru: 'Бакыт ОСМОНОВ', ky: 'Бакыт ОСМОНОВ', en: 'Bakyt OSMONOV' } },
  { slug: 'elena-vorobyova', name: { ru: 'Елена ВОРОБЬЁВА', ky: 'Елена ВОРОБЬЁВА', en: 'Elena VOROBYOVA' } },
  { slug: 'nurlan-zhumabaev', name: { ru: 'Нурлан ЖУМАБАЕВ', ky: 'Нурлан ЖУМАБАЕВ', en: 'Nurlan ZHUMABAEV' } },
  { slug: 'cholpon-asanova', name: { ru: 'Чолпон АСАНОВА', ky: 'Чолпон АСАНОВА', en: 'Cholpon ASANOVA' } },
  { slug: 'dmitry-kim', name: { ru: 'Дмитрий КИМ', ky: 'Дмитрий КИМ', en: 'Dmitry KIM' } },
  { slug: 'meerim-toktosunova', name: { ru: 'Мээрим ТОКТОСУНОВА', ky: 'Мээрим ТОКТОСУНОВА', en: 'Meerim TOKTOSUNOVA' } },
  { slug: 'timur-alymkulov', name: { ru: 'Тимур АЛЫМКУЛОВ', ky: 'Тимур АЛЫМКУЛОВ', en: 'Timur ALYMKULOV' } },
  { slug: 'gulnara-ismailova', name: { ru: 'Гульнара ИСМАИЛОВА', ky: 'Гулнара ЫСМАЙЛОВА', en: 'Gulnara ISMAILOVA' } },
  { slug: 'azamat-kerimbekov', name: { ru: 'Азамат КЕРИМБЕКОВ', ky: 'Азамат КЕРИМБЕКОВ', en: 'Azamat KERIMBEKOV' } },
  { slug: 'anna-petrenko', name: { ru: 'Анна ПЕТРЕНКО', ky: 'Анна ПЕТРЕНКО', en: 'Anna PETRENKO' } },
  { slug: 'ulan-mamytov', name: { ru: 'Улан МАМЫТОВ', ky: 'Улан МАМЫТОВ', en: 'Ulan MAMYTOV' } },
];
