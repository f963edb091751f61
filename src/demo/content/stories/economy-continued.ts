// Demo story templates: Economy, continued from ./economy.ts (one file would be past 400 lines).
// Original text written for the Newsdesk demo; slot notation is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const ECONOMY_STORIES_CONTINUED: StoryTemplate[] = [
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
