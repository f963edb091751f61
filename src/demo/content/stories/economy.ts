// Demo story templates: Economy. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';
import { ECONOMY_STORIES_CONTINUED } from './economy-continued.js';

export const ECONOMY_STORIES: StoryTemplate[] = [
  {
    key: 'a-annual-inflation-nsc',
    rubric: 'economy',
    tags: ['inflation', 'agriculture'],
    numbers: [[5, 9], [1, 9]],
    source: 'nsc',
    text: {
      ru: {
        headline: 'Годовая инфляция в Кыргызстане составила {n1},{n2}%, сообщил Нацстатком',
        lead: 'Основной вклад в рост цен внесли продовольственные товары — прежде всего мясо, растительное масло и хлеб. Непродовольственные товары и услуги подорожали умеренно.',
        body: [
          'По данным Национального статистического комитета, индекс потребительских цен за последние двенадцать месяцев вырос на **{n1},{n2}%**. За последний месяц цены в среднем почти не изменились.',
          'Сильнее всего за год подорожали:',
          { ul: ['мясо и мясопродукты;', 'растительное масло;', 'хлеб и мука высшего сорта;', 'услуги общественного питания.'] },
          'Подешевели сахар, свежие овощи и часть импортной бытовой техники. Статистики связывают это с новым урожаем и стабильным курсом сома.',
          'Национальный банк ранее называл целевым ориентиром по инфляции на среднесрочный период диапазон 5–7%. Подробная таблица цен по регионам опубликована на [сайте Нацстаткома](https://example.kg/stat/prices).',
        ],
      },
      ky: {
        headline: 'Кыргызстанда жылдык инфляция {n1},{n2} пайызды түздү — Улуттук статистика комитети',
        lead: 'Баанын өсүшүнө негизинен азык-түлүк товарлары — биринчи кезекте эт, өсүмдүк майы жана нан таасир этти. Азык-түлүк эмес товарлар жана кызмат көрсөтүүлөр анча деле кымбаттаган жок.',
        body: [
          'Улуттук статистика комитетинин маалыматы боюнча, акыркы он эки айда керектөө бааларынын индекси **{n1},{n2} пайызга** өстү. Акыркы айда баалар орточо алганда дээрлик өзгөргөн жок.',
          'Бир жылда эң көп кымбаттагандар:',
          { ul: ['эт жана эт азыктары;', 'өсүмдүк майы;', 'нан жана жогорку сорттогу ун;', 'коомдук тамактануу кызматтары.'] },
          'Кант, жаңы жашылчалар жана импорттолгон тиричилик техникасынын бир бөлүгү арзандады. Статистиктер муну жаңы түшүм жана сомдун туруктуу курсу менен байланыштырышат.',
          'Улуттук банк буга чейин орто мөөнөттүү мезгилге инфляция боюнча максаттуу көрсөткүч катары 5–7 пайызды атаган. Региондор боюнча баалардын толук таблицасы [Улуттук статистика комитетинин сайтында](https://example.kg/stat/prices) жарыяланды.',
        ],
      },
      en: {
        headline: 'Annual inflation in Kyrgyzstan stands at {n1}.{n2}%, statistics committee says',
        lead: 'Food was the main driver of price growth, above all meat, vegetable oil and bread. Non-food goods and services rose only moderately.',
        body: [
          'According to the National Statistical Committee, the consumer price index rose by **{n1}.{n2}%** over the past twelve months. Prices were almost unchanged on average over the last month.',
          'The biggest price rises over the year were for:',
          { ul: ['meat and meat products;', 'vegetable oil;', 'bread and premium flour;', 'catering services.'] },
          'Sugar, fresh vegetables and some imported household appliances became cheaper. Statisticians attribute this to the new harvest and a stable som.',
          'The National Bank has previously named 5–7% as its medium-term inflation target. A detailed table of prices by region is available on the [committee’s website](https://example.kg/stat/prices).',
        ],
      },
    },
  },
  {
    key: 'a-remittances-quarter',
    rubric: 'economy',
    tags: ['migration', 'russia', 'exchangeRates'],
    numbers: [[480, 760], [68, 84]],
    source: 'stat',
    text: {
      ru: {
        headline: 'Денежные переводы в Кыргызстан за квартал составили {n1} млн долларов',
        lead: 'Основная часть средств по-прежнему поступает из России — на неё пришлось около {n2}% переводов. Растёт доля поступлений из Казахстана, Турции и Южной Кореи.',
        body: [
          'Чистый приток денежных переводов физических лиц в Кыргызстан за квартал составил {n1} млн долларов, следует из данных Национального банка. Большая часть средств поступает от трудовых мигрантов.',
          'На Россию пришлось около {n2}% всех переводов. При этом второй год подряд увеличивается доля Казахстана, Турции и Южной Кореи, куда всё чаще уезжают работать граждане республики.',
          { quote: 'Переводы остаются важнейшим источником доходов для многих семей, особенно в южных областях. От их динамики напрямую зависит потребительский спрос внутри страны', by: 'Эркин Садыров, экономист' },
          'Экономисты отмечают, что всё больше мигрантов пользуются переводами через мобильные приложения банков, а не через системы денежных переводов с наличной выдачей. Это снижает комиссии и ускоряет поступление денег получателям.',
        ],
      },
      ky: {
        headline: 'Кыргызстанга бир чейректе {n1} млн долларлык акча которуулар келип түштү',
        lead: 'Каражаттын негизги бөлүгү мурдагыдай эле Россиядан келет — ага которуулардын болжол менен {n2} пайызы туура келди. Казакстан, Түркия жана Түштүк Кореядан түшкөн акчанын үлүшү өсүүдө.',
        body: [
          'Улуттук банктын маалыматы боюнча, бир чейректе Кыргызстанга жеке адамдардын акча которууларынын таза агымы {n1} млн долларды түздү. Каражаттын басымдуу бөлүгүн эмгек мигранттары жөнөтөт.',
          'Бардык которуулардын болжол менен {n2} пайызы Россияга туура келди. Ошол эле учурда экинчи жыл катары менен өлкө жарандары көбүрөөк иштөөгө барып жаткан Казакстан, Түркия жана Түштүк Кореянын үлүшү көбөйүүдө.',
          { quote: 'Акча которуулар көптөгөн үй-бүлөлөр үчүн, өзгөчө түштүк облустарда, эң маанилүү киреше булагы бойдон калууда. Өлкөнүн ичиндеги керектөө суроо-талабы түздөн-түз ушуга жараша болот', by: 'Эркин Садыров, экономист' },
          'Экономисттердин белгилешинче, мигранттардын барган сайын көбү акчаны накталай берүүчү которуу системалары аркылуу эмес, банктардын мобилдик тиркемелери аркылуу жөнөтүшөт. Бул комиссияны азайтып, акчанын алуучуга тез жетишин камсыз кылат.',
        ],
      },
      en: {
        headline: 'Remittances to Kyrgyzstan total ${n1} million over the quarter',
        lead: 'Most of the money still comes from Russia, which accounted for about {n2}% of transfers. The shares of Kazakhstan, Turkey and South Korea are growing.',
        body: [
          'Net inflows of personal remittances to Kyrgyzstan amounted to ${n1} million over the quarter, according to National Bank data. Most of the money is sent home by labour migrants.',
          'Russia accounted for about {n2}% of all transfers. For the second year running, the shares of Kazakhstan, Turkey and South Korea are rising as more Kyrgyz citizens go to work there.',
          { quote: 'Remittances remain the most important source of income for many families, especially in the southern regions. Consumer demand at home depends directly on them', by: 'Erkin Sadyrov, economist' },
          'Economists note that more and more migrants send money through banks’ mobile apps rather than cash-based transfer systems. This lowers fees and gets the money to recipients faster.',
        ],
      },
    },
  },
  {
    key: 'a-kazakhstan-trade-turnover',
    rubric: 'economy',
    tags: ['trade', 'kazakhstan', 'eaeu'],
    numbers: [[8, 19]],
    source: 'nsc',
    text: {
      ru: {
        headline: 'Товарооборот Кыргызстана и Казахстана с начала года вырос на {n1}%',
        lead: 'Кыргызстан наращивает поставки молочной продукции, овощей и стройматериалов в соседнюю страну. Из Казахстана в основном ввозятся зерно, мука и топливо.',
        body: [
          'Взаимная торговля Кыргызстана и Казахстана с начала года увеличилась на {n1}% по сравнению с тем же периодом прошлого года, сообщает Национальный статистический комитет. Казахстан остаётся одним из крупнейших торговых партнёров республики внутри ЕАЭС.',
          'Основу кыргызского экспорта в соседнюю страну составляют:',
          { ul: ['молоко, сыры и другая молочная продукция;', 'свежие овощи и фрукты;', 'цемент и стройматериалы;', 'одежда швейных цехов Бишкека и Чуйской области.'] },
          'В обратном направлении везут пшеницу, муку, нефтепродукты и уголь. Эксперты отмечают, что рост оборота во многом связан с модернизацией пунктов пропуска на границе: время оформления грузовиков за последний год заметно сократилось.',
        ],
      },
      ky: {
        headline: 'Жыл башынан бери Кыргызстан менен Казакстандын соода жүгүртүүсү {n1} пайызга өстү',
        lead: 'Кыргызстан коңшу өлкөгө сүт азыктарын, жашылчаларды жана курулуш материалдарын көбүрөөк жеткирүүдө. Казакстандан негизинен дан, ун жана күйүүчү май алынып келинет.',
        body: [
          'Улуттук статистика комитетинин маалыматы боюнча, жыл башынан бери Кыргызстан менен Казакстандын өз ара соодасы өткөн жылдын ушул мезгилине салыштырмалуу {n1} пайызга көбөйдү. Казакстан ЕАЭБдеги республиканын эң ири соода өнөктөштөрүнүн бири бойдон калууда.',
          'Кыргызстандын коңшу өлкөгө экспортунун негизин төмөнкүлөр түзөт:',
          { ul: ['сүт, сыр жана башка сүт азыктары;', 'жаңы жашылча-жемиштер;', 'цемент жана курулуш материалдары;', 'Бишкектеги жана Чүй облусундагы тигүү цехтеринин кийимдери.'] },
          'Карама-каршы багытта буудай, ун, мунай азыктары жана көмүр ташылат. Эксперттердин белгилешинче, жүгүртүүнүн өсүшү чек арадагы өткөрүү пункттарынын жаңыланышы менен да байланыштуу: акыркы жылда жүк ташуучу унааларды тариздөө убактысы бир топ кыскарды.',
        ],
      },
      en: {
        headline: 'Trade between Kyrgyzstan and Kazakhstan up {n1}% since the start of the year',
        lead: 'Kyrgyzstan is selling more dairy products, vegetables and building materials to its neighbour, while imports from Kazakhstan are mainly grain, flour and fuel.',
        body: [
          'Since the beginning of the year, trade between Kyrgyzstan and Kazakhstan has grown by {n1}% compared with the same period last year, the National Statistical Committee reports. Kazakhstan remains one of the republic’s largest trading partners within the EAEU.',
          'Kyrgyz exports to its neighbour are dominated by:',
          { ul: ['milk, cheese and other dairy products;', 'fresh fruit and vegetables;', 'cement and building materials;', 'clothing from garment workshops in Bishkek and Chui region.'] },
          'Wheat, flour, petroleum products and coal travel in the opposite direction. Experts say the growth is partly due to upgraded border checkpoints: clearance times for lorries have fallen noticeably over the past year.',
        ],
      },
    },
  },
  {
    key: 'a-apricot-export-season',
    rubric: 'economy',
    tags: ['agriculture', 'trade', 'russia'],
    places: ['batken', 'osh', 'jalalabad', 'uzgen'],
    numbers: [[12, 40], [45, 90]],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Сезон абрикосов в разгаре: в {place:loc} закупочные цены снизились до {n2|сома|сомов|сомов} за килограмм',
        lead: 'С начала сезона за рубеж отправлено около {n1} тыс. тонн свежих абрикосов. Основные покупатели — Россия, Казахстан и Узбекистан.',
        body: [
          'На оптовом рынке {place:gen} с раннего утра выстраиваются фуры с российскими и казахстанскими номерами. Перекупщики закупают абрикосы у фермеров и везут их на сортировку и в холодильные склады.',
          { image: true, caption: 'Погрузка абрикосов на оптовом рынке', alt: 'Ящики со спелыми абрикосами в кузове грузовика' },
          'Из-за большого урожая закупочная цена за неделю опустилась до {n2|сома|сомов|сомов} за килограмм. Фермеры говорят, что в прошлом году в это же время платили заметно больше.',
          { quote: 'Урожай в этом году хороший, но цена ниже прошлогодней. Выручают холодильники: у кого есть где хранить, тот ждёт', by: 'Тургунбай Маматов, фермер' },
          'Часть урожая традиционно идёт на сушку. Курагу и сушёный абрикос с косточкой покупают до конца осени, поэтому многие хозяйства не спешат продавать весь урожай в свежем виде.',
        ],
      },
      ky: {
        headline: 'Өрүк мезгили кызуу жүрүүдө: {place:loc} сатып алуу баасы килограммына {n2} сомго чейин түштү',
        lead: 'Мезгил башталгандан бери чет өлкөлөргө болжол менен {n1} миң тонна жаңы өрүк жөнөтүлдү. Негизги сатып алуучулар — Россия, Казакстан жана Өзбекстан.',
        body: [
          '{place:gen} дүң соода базарына таң эртеден Россиянын жана Казакстандын номерлери бар чоң жүк ташуучу унаалар тизилет. Алып сатарлар өрүктү фермерлерден сатып алып, иргөөгө жана муздаткыч кампаларга ташышат.',
          { image: true, caption: 'Дүң соода базарында өрүк жүктөлүүдө', alt: 'Жүк ташуучу унаадагы бышкан өрүк салынган кутулар' },
          'Түшүм мол болгондуктан сатып алуу баасы бир жумада килограммына {n2} сомго чейин төмөндөдү. Фермерлердин айтымында, былтыр ушул убакта бир топ кымбат төлөшчү.',
          { quote: 'Быйыл түшүм жакшы, бирок баасы былтыркыдан төмөн. Муздаткычтар жардам берип жатат: сактай турган жери барлар күтүп турат', by: 'Тургунбай Маматов, фермер' },
          'Түшүмдүн бир бөлүгү салт боюнча кургатылат. Кургатылган өрүктү күздүн аягына чейин сатып алышат, ошондуктан көп чарбалар түшүмдүн баарын жаңы боюнча сатууга шашылышпайт.',
        ],
      },
      en: {
        headline: 'Apricot season in full swing as wholesale prices in {place} fall to {n2|som|soms} per kilo',
        lead: 'Around {n1},000 tonnes of fresh apricots have been shipped abroad since the season began. The main buyers are Russia, Kazakhstan and Uzbekistan.',
        body: [
          'From early morning, lorries with Russian and Kazakh number plates line up at the wholesale market in {place}. Traders buy apricots from farmers and take them for sorting and to cold stores.',
          { image: true, caption: 'Apricots being loaded at a wholesale market', alt: 'Crates of ripe apricots in the back of a lorry' },
          'Because of the large harvest, the purchase price fell to {n2|som|soms} per kilogram within a week. Farmers say they were paid considerably more at this time last year.',
          { quote: 'The harvest is good this year, but the price is lower than last year. Cold storage helps: those who have somewhere to keep the fruit can wait', by: 'Turgunbai Mamatov, farmer' },
          'Part of the harvest is traditionally dried. Dried apricots sell until late autumn, so many farms are in no hurry to sell the whole crop fresh.',
        ],
      },
    },
  },
  {
    key: 'a-electricity-tariff-policy',
    rubric: 'economy',
    tags: ['energy', 'cabinet', 'inflation'],
    numbers: [[8, 15]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Минэнерго вынесло на общественное обсуждение проект среднесрочной тарифной политики',
        lead: 'Документ предусматривает поэтапное повышение тарифов на электроэнергию для промышленных потребителей и сохранение льготного тарифа для населения в пределах 700 кВт·ч в месяц.',
        body: [
          'Министерство энергетики опубликовало на [портале общественного обсуждения](https://example.kg/koomtalkuu) проект среднесрочной тарифной политики на электрическую и тепловую энергию. Замечания принимаются в течение 30 дней.',
          'Проект предполагает, что тариф для промышленных и коммерческих потребителей будет ежегодно расти примерно на {n1}%. Для бытовых потребителей льготный тариф сохранится в пределах 700 кВт·ч в месяц, сверх этого объёма будет действовать повышенная ставка.',
          'В министерстве объясняют, что действующие тарифы не покрывают затрат на ремонт и модернизацию сетей. Износ части распределительных линий превышает нормативные сроки в несколько раз.',
          'Малоимущие семьи, получающие государственные пособия, продолжат получать компенсацию расходов на электроэнергию. Окончательное решение о тарифах примет Кабинет министров после обсуждения.',
        ],
      },
      ky: {
        headline: 'Энергетика министрлиги орто мөөнөттүү тариф саясатынын долбоорун коомдук талкууга чыгарды',
        lead: 'Документте өнөр жай керектөөчүлөрү үчүн электр энергиясынын тарифин баскычтуу жогорулатуу жана калк үчүн айына 700 кВт·саатка чейинки жеңилдетилген тарифти сактоо каралган.',
        body: [
          'Энергетика министрлиги электр жана жылуулук энергиясына орто мөөнөттүү тариф саясатынын долбоорун [коомдук талкуулоо порталына](https://example.kg/koomtalkuu) жарыялады. Сын-пикирлер 30 күндүн ичинде кабыл алынат.',
          'Долбоорго ылайык, өнөр жай жана коммерциялык керектөөчүлөр үчүн тариф жыл сайын болжол менен {n1} пайызга өсөт. Турмуш-тиричилик керектөөчүлөрү үчүн айына 700 кВт·саатка чейин жеңилдетилген тариф сакталат, андан ашкан көлөмгө жогорулатылган баа колдонулат.',
          'Министрликтин түшүндүрмөсү боюнча, учурдагы тарифтер тармактарды оңдоого жана жаңылоого кеткен чыгымдарды жаппайт. Бөлүштүрүүчү линиялардын бир бөлүгүнүн эскириши ченемдик мөөнөттөн бир нече эсе ашып кеткен.',
          'Мамлекеттик жөлөкпул алган аз камсыз болгон үй-бүлөлөр электр энергиясына кеткен чыгымдардын компенсациясын ала беришет. Тарифтер боюнча акыркы чечимди талкуудан кийин Министрлер кабинети кабыл алат.',
        ],
      },
      en: {
        headline: 'Energy ministry publishes draft medium-term tariff policy for public consultation',
        lead: 'The draft envisages gradual electricity tariff increases for industrial consumers while keeping the subsidised household rate for up to 700 kWh a month.',
        body: [
          'The Ministry of Energy has published a draft medium-term tariff policy for electricity and heat on the [public consultation portal](https://example.kg/koomtalkuu). Comments will be accepted for 30 days.',
          'Under the draft, the tariff for industrial and commercial consumers would rise by about {n1}% a year. Households would keep the subsidised rate for up to 700 kWh a month, with a higher rate above that level.',
          'The ministry says current tariffs do not cover the cost of repairing and upgrading the grid. Some distribution lines have been in service several times longer than their design life.',
          'Low-income families receiving state benefits will continue to be compensated for electricity costs. The Cabinet of Ministers will take the final decision on tariffs after the consultation.',
        ],
      },
    },
  },
  {
    key: 'a-tax-e-invoices',
    rubric: 'economy',
    tags: ['taxes', 'digital'],
    numbers: [[11, 24], [38, 65]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Налоговые поступления выросли на {n1}% после массового перехода бизнеса на электронные счета-фактуры',
        lead: 'Электронными счетами-фактурами и накладными уже пользуются около {n2|тысячи|тысяч|тысяч} налогоплательщиков. В Налоговой службе говорят, что это сократило число проверок.',
        body: [
          'Поступления налога на добавленную стоимость и налога с продаж выросли на {n1}% в сравнении с прошлым годом, сообщили в Государственной налоговой службе при Министерстве финансов.',
          'Главной причиной ведомство называет переход бизнеса на электронные счета-фактуры и товарно-транспортные накладные. Сейчас ими пользуются около **{n2|тысячи|тысяч|тысяч}** предприятий и индивидуальных предпринимателей.',
          { h: 'Как подключиться' },
          { ol: ['получить электронную подпись в центре обслуживания или в банке;', 'войти в личный кабинет налогоплательщика;', 'выбрать раздел «ЭСФ» и подтвердить реквизиты;', 'выписать первый документ прямо в кабинете или через учётную программу.'] },
          'В службе отмечают, что электронные документы позволяют автоматически сверять данные продавца и покупателя. Благодаря этому число выездных проверок за год сократилось, а возврат НДС экспортёрам ускорился.',
        ],
      },
      ky: {
        headline: 'Бизнес электрондук эсеп-фактураларга массалык түрдө өткөндөн кийин салык түшүүлөрү {n1} пайызга өстү',
        lead: 'Электрондук эсеп-фактураларды жана коштомо кагаздарды {n2} миңге жакын салык төлөөчү колдонот. Салык кызматынын айтымында, бул текшерүүлөрдүн санын азайткан.',
        body: [
          'Кошумча нарк салыгынын жана сатуудан алынуучу салыктын түшүүлөрү өткөн жылга салыштырмалуу {n1} пайызга өстү, деп билдирди Финансы министрлигине караштуу Мамлекеттик салык кызматы.',
          'Мекеме мунун негизги себеби катары бизнестин электрондук эсеп-фактураларга жана товардык-транспорттук коштомо кагаздарга өткөнүн атады. Азыр аларды **{n2} миңге жакын** ишкана жана жеке ишкер колдонот.',
          { h: 'Кантип кошулууга болот' },
          { ol: ['тейлөө борборунан же банктан электрондук кол тамга алуу;', 'салык төлөөчүнүн жеке кабинетине кирүү;', '«ЭЭФ» бөлүмүн тандап, реквизиттерди ырастоо;', 'биринчи документти түз эле кабинетте же эсеп программасы аркылуу толтуруу.'] },
          'Кызматтын белгилешинче, электрондук документтер сатуучунун жана сатып алуучунун маалыматтарын автоматтык түрдө салыштырууга мүмкүндүк берет. Мунун натыйжасында бир жылда жеринде текшерүүлөрдүн саны кыскарып, экспорттоочуларга КНСти кайтаруу тездеди.',
        ],
      },
      en: {
        headline: 'Tax revenue up {n1}% after businesses switch en masse to electronic invoices',
        lead: 'About {n2},000 taxpayers now use electronic invoices and waybills. The Tax Service says this has reduced the number of inspections.',
        body: [
          'Revenue from value-added tax and sales tax rose by {n1}% compared with last year, the State Tax Service under the Ministry of Finance said.',
          'The service credits the switch by businesses to electronic invoices and waybills. About **{n2},000** companies and sole traders now use them.',
          { h: 'How to sign up' },
          { ol: ['obtain an electronic signature at a service centre or a bank;', 'log in to the taxpayer’s personal account;', 'open the e-invoice section and confirm your details;', 'issue the first document in the account or through accounting software.'] },
          'According to the service, electronic documents make it possible to match seller and buyer data automatically. As a result, the number of on-site inspections fell over the year and VAT refunds to exporters have become faster.',
        ],
      },
    },
  },
  ...ECONOMY_STORIES_CONTINUED,
];
