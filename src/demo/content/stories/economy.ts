// Demo story templates: Economy. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

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
  {
    key: 'a-som-exchange-rate',
    rubric: 'economy',
    tags: ['exchangeRates', 'inflation', 'russia'],
    numbers: [[86, 88], [10, 95]],
    text: {
      ru: {
        headline: 'Курс доллара в Кыргызстане держится у отметки {n1},{n2} сома, Нацбанк не проводил интервенций',
        lead: 'Спрос и предложение иностранной валюты на межбанковском рынке остаются сбалансированными. Российский рубль и казахстанский тенге за неделю изменились незначительно.',
        body: [
          'Учётный курс доллара США, установленный Национальным банком, составил {n1},{n2} сома. За последнюю неделю колебания не превысили нескольких тыйынов.',
          'Регулятор на этой неделе не выходил на валютный рынок с интервенциями. По данным Нацбанка, объём сделок на межбанковских торгах соответствует среднему уровню последних месяцев.',
          { quote: 'Стабильность курса поддерживается поступлениями от экспорта золота и денежными переводами. Мы не видим причин для резких колебаний в ближайшее время', by: 'заместитель председателя Национального банка' },
          'В обменных бюро Бишкека доллар продают примерно по тому же курсу, разница между покупкой и продажей остаётся небольшой. Аналитики советуют гражданам не держать сбережения в наличной валюте и пользоваться банковскими депозитами.',
        ],
      },
      ky: {
        headline: 'Кыргызстанда доллардын курсу {n1},{n2} сомдун тегерегинде турат, Улуттук банк интервенция жүргүзгөн жок',
        lead: 'Банктар аралык рынокто чет өлкө валютасына суроо-талап жана сунуш тең салмактуу бойдон калууда. Орус рублу менен казак теңгеси бир жумада анча деле өзгөргөн жок.',
        body: [
          'Улуттук банк белгилеген АКШ долларынын эсептик курсу {n1},{n2} сомду түздү. Акыркы жумада курстун өзгөрүшү бир нече тыйындан ашкан жок.',
          'Жөнгө салуучу ушул жумада валюта рыногуна интервенция менен чыккан жок. Улуттук банктын маалыматы боюнча, банктар аралык тооруктардагы бүтүмдөрдүн көлөмү акыркы айлардагы орточо деңгээлге туура келет.',
          { quote: 'Курстун туруктуулугун алтын экспортунан түшкөн каражат жана акча которуулар колдоп турат. Жакынкы убакта кескин өзгөрүүлөргө негиз көрбөйбүз', by: 'Улуттук банктын төрагасынын орун басары' },
          'Бишкектеги алмашуу бюролорунда доллар болжол менен ушул эле курста сатылууда, сатып алуу менен сатуунун ортосундагы айырма аз бойдон калууда. Аналитиктер жарандарга жыйнаган акчасын накталай валютада кармабай, банк депозиттерин пайдаланууну кеңеш беришет.',
        ],
      },
      en: {
        headline: 'Dollar holds near {n1}.{n2} soms as National Bank stays out of the market',
        lead: 'Supply and demand for foreign currency on the interbank market remain balanced. The Russian rouble and the Kazakh tenge changed little over the week.',
        body: [
          'The official US dollar rate set by the National Bank stood at {n1}.{n2} soms. Over the past week, fluctuations did not exceed a few tyiyns.',
          'The regulator did not intervene in the currency market this week. According to the National Bank, interbank trading volumes are in line with the average of recent months.',
          { quote: 'The exchange rate is supported by gold export earnings and remittances. We see no reason for sharp fluctuations in the near term', by: 'Deputy Chairman of the National Bank' },
          'Exchange offices in Bishkek are selling dollars at roughly the same rate, and the spread between buying and selling remains narrow. Analysts advise people not to keep their savings in cash foreign currency and to use bank deposits instead.',
        ],
      },
    },
  },
  {
    key: 'a-building-materials-plant',
    rubric: 'economy',
    tags: ['investment', 'labour'],
    places: ['tokmok', 'karabalta', 'osh', 'jalalabad', 'uzgen', 'talas'],
    numbers: [[12, 45], [150, 420]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В {place:loc} построят завод стройматериалов стоимостью {n1} млн долларов',
        lead: 'Инвестиционное соглашение подписали Министерство экономики и коммерции и частная компания. На предприятии будет создано {n2|рабочее место|рабочих места|рабочих мест}.',
        body: [
          'Министерство экономики и коммерции подписало инвестиционное соглашение о строительстве в {place:loc} завода по производству сухих строительных смесей, плитки и газоблоков. Общий объём вложений оценивается в {n1} млн долларов.',
          'Завод планируется запустить в течение двух лет. Инвестор получит участок в промышленной зоне, а местные власти обязались подвести к нему электричество, газ и дорогу.',
          'На предприятии будет создано {n2|рабочее место|рабочих места|рабочих мест}. Компания обещает в первую очередь набирать жителей {place:gen} и окрестных сёл и обучать их на месте.',
          { quote: 'Сейчас значительную часть отделочных материалов страна ввозит. Собственное производство снизит цены для строителей и даст работу людям, которые сегодня уезжают на заработки', by: 'заместитель министра экономики и коммерции' },
        ],
      },
      ky: {
        headline: '{place:loc} {n1} млн долларлык курулуш материалдарын чыгаруучу завод курулат',
        lead: 'Инвестициялык келишимге Экономика жана коммерция министрлиги менен жеке компания кол коюшту. Ишканада {n2} жумуш орду түзүлөт.',
        body: [
          'Экономика жана коммерция министрлиги {place:loc} кургак курулуш аралашмаларын, плиткаларды жана газоблокторду чыгаруучу завод куруу боюнча инвестициялык келишимге кол койду. Инвестициянын жалпы көлөмү {n1} млн долларга бааланууда.',
          'Заводду эки жылдын ичинде ишке киргизүү пландалууда. Инвестор өнөр жай аймагынан жер тилкесин алат, ал эми жергиликтүү бийлик ага электр, газ жана жол тартып берүүгө милдеттенди.',
          'Ишканада {n2} жумуш орду түзүлөт. Компания биринчи кезекте {place:gen} жана ага жакын айылдардын тургундарын жумушка алып, аларды ошол жерде окутууну убада кылууда.',
          { quote: 'Азыр өлкө жасалгалоочу материалдардын бир топ бөлүгүн четтен алып келет. Өзүбүздүн өндүрүш курулушчулар үчүн бааны төмөндөтүп, бүгүн жумуш издеп чет өлкөлөргө кетип жаткан адамдарга жумуш берет', by: 'экономика жана коммерция министринин орун басары' },
        ],
      },
      en: {
        headline: '${n1} million building materials plant to be built in {place}',
        lead: 'The Ministry of Economy and Commerce and a private company signed the investment agreement. The plant is expected to create {n2|job|jobs}.',
        body: [
          'The Ministry of Economy and Commerce has signed an investment agreement to build a plant in {place} producing dry building mixes, tiles and aerated concrete blocks. Total investment is estimated at ${n1} million.',
          'The plant is due to start operating within two years. The investor will receive a plot in the industrial zone, and local authorities have undertaken to connect it to electricity, gas and roads.',
          'The plant will create {n2|job|jobs}. The company has promised to hire residents of {place} and nearby villages first and to train them on site.',
          { quote: 'Today the country imports a large share of its finishing materials. Domestic production will lower prices for builders and provide jobs for people who now leave to work abroad', by: 'Deputy Minister of Economy and Commerce' },
        ],
      },
    },
  },
  {
    key: 'a-spring-sowing-progress',
    rubric: 'economy',
    tags: ['agriculture', 'water'],
    numbers: [[520, 690], [62, 88]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Весенний сев выполнен на {n2}%: засеяно более {n1} тыс. гектаров',
        lead: 'Раньше всего работы завершают в Чуйской и Таласской областях. Аграрии жалуются на подорожавшее дизельное топливо, министерство обещает льготные поставки горючего.',
        body: [
          'По данным Министерства водных ресурсов, сельского хозяйства и перерабатывающей промышленности, по стране засеяно более {n1} тыс. гектаров, что составляет {n2}% от запланированной площади.',
          'Основные культуры этого сезона:',
          { ul: ['пшеница и ячмень;', 'кукуруза на зерно и силос;', 'сахарная свёкла — в Чуйской долине;', 'фасоль — прежде всего в Таласской области;', 'картофель и овощи.'] },
          { image: true, caption: 'Весенние полевые работы в Чуйской долине', alt: 'Трактор с сеялкой на вспаханном поле на фоне гор' },
          'Фермеры указывают на рост цен на дизельное топливо и минеральные удобрения. В министерстве сообщили, что для сельхозпроизводителей организованы поставки горючего по сниженной цене через районные управления.',
          'Водохозяйственные службы готовят каналы к поливному сезону: по прогнозу гидрологов, воды в реках в этом году будет в пределах нормы.',
        ],
      },
      ky: {
        headline: 'Жазгы себүү {n2} пайызга аткарылды: {n1} миң гектардан ашык аянтка үрөн себилди',
        lead: 'Иштер Чүй жана Талас облустарында эң эрте аяктоодо. Дыйкандар дизель отунунун кымбатташына нааразы, министрлик күйүүчү майды жеңилдетилген баада жеткирүүнү убада кылууда.',
        body: [
          'Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жай министрлигинин маалыматы боюнча, өлкө боюнча {n1} миң гектардан ашык аянтка үрөн себилди, бул пландалган аянттын {n2} пайызын түзөт.',
          'Бул мезгилдеги негизги өсүмдүктөр:',
          { ul: ['буудай жана арпа;', 'дан жана силос үчүн жүгөрү;', 'кант кызылчасы — Чүй өрөөнүндө;', 'төө буурчак — негизинен Талас облусунда;', 'картошка жана жашылчалар.'] },
          { image: true, caption: 'Чүй өрөөнүндөгү жазгы талаа иштери', alt: 'Тоолордун фонундагы айдалган талаада сепкич тиркелген трактор' },
          'Фермерлер дизель отунунун жана минералдык жер семирткичтердин баасы өскөнүн белгилешүүдө. Министрлик айыл чарба өндүрүүчүлөрү үчүн райондук башкармалыктар аркылуу күйүүчү май арзандатылган баада жеткирилип жатканын билдирди.',
          'Суу чарба кызматтары каналдарды сугат мезгилине даярдап жатышат: гидрологдордун болжолу боюнча, быйыл дарыялардагы суу нормалдуу деңгээлде болот.',
        ],
      },
      en: {
        headline: 'Spring sowing {n2}% complete with more than {n1},000 hectares planted',
        lead: 'Chui and Talas regions are finishing first. Farmers complain about the rising cost of diesel, and the ministry has promised fuel at reduced prices.',
        body: [
          'According to the Ministry of Water Resources, Agriculture and Processing Industry, more than {n1},000 hectares have been sown nationwide, or {n2}% of the planned area.',
          'The main crops this season are:',
          { ul: ['wheat and barley;', 'maize for grain and silage;', 'sugar beet in the Chui valley;', 'beans, mainly in Talas region;', 'potatoes and vegetables.'] },
          { image: true, caption: 'Spring fieldwork in the Chui valley', alt: 'A tractor pulling a seed drill across a ploughed field with mountains behind' },
          'Farmers point to higher prices for diesel and mineral fertilisers. The ministry said fuel was being supplied to agricultural producers at a reduced price through district offices.',
          'Water management services are preparing canals for the irrigation season: hydrologists expect river flows to be within the normal range this year.',
        ],
      },
    },
  },
  {
    key: 'a-bazaar-meat-prices',
    rubric: 'economy',
    tags: ['inflation', 'agriculture', 'trade'],
    places: ['bishkek', 'osh', 'karakol', 'naryn', 'jalalabad', 'talas', 'tokmok'],
    numbers: [[640, 720], [700, 790]],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Мясо на рынках {place:gen} подорожало перед праздниками: говядина стоит до {n1|сома|сомов|сомов} за килограмм',
        lead: 'Корреспондент агентства обошёл крупные рынки города. Продавцы объясняют рост цен подорожавшими кормами и высоким спросом, покупатели переходят на курицу.',
        body: [
          'Накануне праздников цены на мясо на рынках {place:gen} заметно выросли. Средние цены за килограмм на момент обхода:',
          { ul: ['говядина — {n1|сом|сома|сомов};', 'баранина — {n2|сом|сома|сомов};', 'курица — заметно дешевле красного мяса, цена почти не изменилась.'] },
          'Продавцы говорят, что после зимы скот подорожал из-за дорогого сена и комбикорма, а в предпраздничные дни спрос всегда выше.',
          { quote: 'На праздник всё равно возьмём, но меньше, чем в прошлом году. В обычные дни теперь чаще покупаем курицу', by: 'Айнура, покупательница' },
          'В Министерстве водных ресурсов, сельского хозяйства и перерабатывающей промышленности заявили, что следят за ситуацией и при необходимости проведут ярмарки с продажей мяса напрямую от фермеров.',
        ],
      },
      ky: {
        headline: 'Майрамдын алдында {place:gen} базарларында эт кымбаттады: уйдун этинин килограммы {n1} сомго чейин жетти',
        lead: 'Агенттиктин кабарчысы шаардын ири базарларын кыдырып чыкты. Сатуучулар кымбаттоону тоюттун баасы жана суроо-талаптын жогорулугу менен түшүндүрүшөт, сатып алуучулар тоок этине өтүүдө.',
        body: [
          'Майрам алдында {place:gen} базарларында эттин баасы байкаларлык өстү. Кыдырып чыккан учурдагы бир килограммдын орточо баасы:',
          { ul: ['уйдун эти — {n1} сом;', 'койдун эти — {n2} сом;', 'тоок эти — кызыл эттен кыйла арзан, баасы дээрлик өзгөргөн жок.'] },
          'Сатуучулардын айтымында, кыштан кийин чөп жана жем кымбат болгондуктан мал кымбаттаган, ал эми майрам алдындагы күндөрү суроо-талап ар дайым жогору болот.',
          { quote: 'Майрамга баары бир алабыз, бирок былтыркыдан азыраак. Кадимки күндөрү эми көбүнчө тоок эти алабыз', by: 'Айнура, сатып алуучу' },
          'Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жай министрлиги абалды көзөмөлдөп жатканын, зарыл болсо фермерлерден түз эт сатылуучу жарманкелерди өткөрөрүн билдирди.',
        ],
      },
      en: {
        headline: 'Meat prices rise in {place} markets ahead of holidays, with beef at up to {n1|som|soms} a kilo',
        lead: 'Our correspondent toured the city’s main markets. Sellers blame more expensive fodder and high demand, while shoppers are switching to chicken.',
        body: [
          'Meat prices at markets in {place} have risen noticeably ahead of the holidays. Average prices per kilogram at the time of our visit were:',
          { ul: ['beef: {n1|som|soms};', 'mutton: {n2|som|soms};', 'chicken: considerably cheaper than red meat, with the price almost unchanged.'] },
          'Sellers say livestock became more expensive after the winter because of costly hay and feed, and demand is always higher in the days before a holiday.',
          { quote: 'We will still buy meat for the holiday, but less than last year. On ordinary days we now buy chicken more often', by: 'Ainura, a shopper' },
          'The Ministry of Water Resources, Agriculture and Processing Industry said it was monitoring the situation and, if necessary, would hold fairs where farmers sell meat directly.',
        ],
      },
    },
  },
  {
    key: 'a-budget-revenue-months',
    rubric: 'economy',
    tags: ['budget', 'taxes'],
    numbers: [[5, 9], [3, 8]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Доходы республиканского бюджета за {n1|месяц|месяца|месяцев} превысили план на {n2}%',
        lead: 'Перевыполнение обеспечили налоговые и таможенные поступления. Расходы профинансированы в полном объёме, задолженности по зарплатам бюджетникам нет, сообщили в Минфине.',
        body: [
          'Министерство финансов подвело итоги исполнения республиканского бюджета за {n1|месяц|месяца|месяцев} текущего года. Доходы превысили плановые показатели на {n2}%.',
          'Основные источники поступлений:',
          { ol: ['налог на добавленную стоимость, в том числе на импорт;', 'таможенные пошлины, распределяемые в рамках ЕАЭС;', 'налог на прибыль и подоходный налог;', 'неналоговые доходы — плата за лицензии и услуги госорганов.'] },
          'Расходная часть исполнена в соответствии с графиком. Заработная плата учителям, врачам и другим работникам бюджетной сферы, а также социальные пособия выплачиваются вовремя.',
          { quote: 'Сверхплановые доходы мы не распределяем сразу. Часть из них пойдёт в резерв на отопительный сезон, остальное — на объекты, включённые в уточнённый бюджет', by: 'министр финансов' },
        ],
      },
      ky: {
        headline: 'Республикалык бюджеттин {n1} айдагы кирешеси пландан {n2} пайызга ашты',
        lead: 'Планды ашыкча аткарууну салык жана бажы түшүүлөрү камсыз кылды. Чыгашалар толук каржыланып, бюджеттик кызматкерлердин айлыгы боюнча карыз жок, деп билдирди Финансы министрлиги.',
        body: [
          'Финансы министрлиги республикалык бюджеттин быйылкы {n1} айдагы аткарылышын жыйынтыктады. Кирешелер пландалган көрсөткүчтөрдөн {n2} пайызга ашты.',
          'Түшүүлөрдүн негизги булактары:',
          { ol: ['кошумча нарк салыгы, анын ичинде импорттон;', 'ЕАЭБдин алкагында бөлүштүрүлүүчү бажы алымдары;', 'пайдага салык жана киреше салыгы;', 'салыктык эмес кирешелер — лицензиялар жана мамлекеттик органдардын кызматтары үчүн төлөмдөр.'] },
          'Чыгаша бөлүгү график боюнча аткарылды. Мугалимдердин, дарыгерлердин жана бюджеттик чөйрөнүн башка кызматкерлеринин айлыгы, ошондой эле социалдык жөлөкпулдар өз убагында төлөнүүдө.',
          { quote: 'Пландан ашык түшкөн кирешени дароо бөлүштүрбөйбүз. Анын бир бөлүгү жылытуу мезгили үчүн резервге, калганы тактоо киргизилген бюджетке кирген объекттерге жумшалат', by: 'финансы министри' },
        ],
      },
      en: {
        headline: 'National budget revenue beats plan by {n2}% over {n1|month|months}',
        lead: 'Tax and customs receipts drove the overperformance. Spending has been fully financed and there are no wage arrears in the public sector, the Finance Ministry said.',
        body: [
          'The Ministry of Finance has reviewed national budget execution for the first {n1|month|months} of the year. Revenue exceeded the plan by {n2}%.',
          'The main sources of revenue were:',
          { ol: ['value-added tax, including on imports;', 'customs duties distributed within the EAEU;', 'profit tax and income tax;', 'non-tax revenue such as licence fees and charges for government services.'] },
          'Spending was in line with the schedule. Salaries of teachers, doctors and other public sector workers, as well as social benefits, are being paid on time.',
          { quote: 'We do not distribute above-plan revenue straight away. Part of it will go into a reserve for the heating season and the rest to projects included in the revised budget', by: 'Minister of Finance' },
        ],
      },
    },
  },
  {
    key: 'a-issykkul-resort-occupancy',
    rubric: 'economy',
    tags: ['tourism', 'issykKul', 'transport'],
    places: ['cholponata', 'karakol'],
    numbers: [[12, 25], [68, 92]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Загрузка пансионатов в {place:loc} в разгар сезона достигла {n2}%',
        lead: 'Число бронирований на Иссык-Куле выросло на {n1}% по сравнению с прошлым летом. Больше всего туристов приезжает из Казахстана, России и Узбекистана.',
        body: [
          'По данным Министерства экономики и коммерции, загрузка пансионатов и гостевых домов в {place:loc} в пиковые недели сезона достигла {n2}%. Количество бронирований выросло на {n1}% по сравнению с прошлым годом.',
          'Владельцы гостиниц связывают рост с новыми авиарейсами в аэропорт «Тамчы» и улучшением дороги вдоль северного берега озера. Всё больше гостей бронируют жильё онлайн и приезжают на несколько дней, а не на весь отпуск.',
          'Растёт и спрос на отдых на южном берегу озера, где цены ниже, а пляжи менее многолюдны. Там в этом сезоне открылось несколько новых гостевых домов и юрточных лагерей.',
          'Туроператоры советуют бронировать жильё заранее: в выходные свободных мест почти нет. Туристическая полиция усилила патрулирование пляжей и дорог в курортной зоне.',
        ],
      },
      ky: {
        headline: '{place:loc} эс алуу мезгилинин кызуу маалында пансионаттардын толтурулушу {n2} пайызга жетти',
        lead: 'Ысык-Көлдө брондоолордун саны өткөн жайга салыштырмалуу {n1} пайызга өстү. Туристтер эң көп Казакстан, Россия жана Өзбекстандан келишүүдө.',
        body: [
          'Экономика жана коммерция министрлигинин маалыматы боюнча, эс алуу мезгилинин эң кызуу жумаларында {place:loc} пансионаттардын жана коноктор үйлөрүнүн толтурулушу {n2} пайызга жетти. Брондоолордун саны өткөн жылга салыштырмалуу {n1} пайызга көбөйдү.',
          'Мейманкана ээлери өсүштү «Тамчы» аэропортуна ачылган жаңы авиакаттамдар жана көлдүн түндүк жээгин бойлой өткөн жолдун оңдолушу менен байланыштырышат. Коноктордун барган сайын көбү жашай турган жайды онлайн брондоп, бүт өргүүгө эмес, бир нече күнгө келишет.',
          'Көлдүн түштүк жээгинде эс алууга да суроо-талап өсүүдө: ал жакта баалар арзаныраак, пляждарда эл азыраак. Бул мезгилде ал жерде бир нече жаңы коноктор үйү жана боз үй лагерлери ачылды.',
          'Туроператорлор жайды алдын ала брондоп коюуну кеңеш беришет: дем алыш күндөрү бош орун дээрлик жок. Туристтик милиция курорттук аймактагы пляждарды жана жолдорду күзөтүүнү күчөттү.',
        ],
      },
      en: {
        headline: 'Resort occupancy in {place} reaches {n2}% at the height of the season',
        lead: 'Bookings at Issyk-Kul are up {n1}% on last summer, with most tourists coming from Kazakhstan, Russia and Uzbekistan, tour operators say.',
        body: [
          'According to the Ministry of Economy and Commerce, occupancy at resorts and guesthouses in {place} reached {n2}% in the peak weeks of the season. Bookings were up {n1}% on last year.',
          'Hotel owners attribute the growth to new flights to Tamchy airport and the improved road along the lake’s northern shore. More and more guests book online and come for a few days rather than for their whole holiday.',
          'Demand is also growing on the lake’s southern shore, where prices are lower and beaches less crowded. Several new guesthouses and yurt camps have opened there this season.',
          'Tour operators advise booking accommodation early, as there are almost no vacancies at weekends. The tourist police have stepped up patrols of beaches and roads in the resort area.',
        ],
      },
    },
  },
];
