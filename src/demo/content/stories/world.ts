// Demo story templates: World. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const WORLD_STORIES: StoryTemplate[] = [
  {
    key: 'a-un-mountain-resolution',
    rubric: 'world',
    tags: ['un', 'glaciers', 'ecology'],
    numbers: [[80, 110]],
    text: {
      ru: {
        headline: 'Генассамблея ООН приняла резолюцию об устойчивом развитии горных регионов, одним из разработчиков которой стал Кыргызстан',
        lead: 'Документ призывает государства усилить мониторинг ледников и помочь горным сообществам приспособиться к изменению климата. Число соавторов резолюции достигло {n1}.',
        body: [
          'Генеральная Ассамблея ООН без голосования приняла резолюцию «Устойчивое развитие горных районов». Кыргызстан традиционно выступает одним из основных разработчиков этого документа.',
          'В тексте отмечается, что горные регионы особенно уязвимы к изменению климата: ледники сокращаются, а сели и оползни случаются чаще. Государствам рекомендовано:',
          { ul: ['расширять сети наблюдения за ледниками и снежным покровом;', 'учитывать интересы горных сообществ в национальных планах развития;', 'поддерживать устойчивый туризм и местные ремёсла;', 'обмениваться данными о стихийных бедствиях в трансграничных бассейнах.'] },
          { quote: 'Для нашей страны, где горы занимают более 90% территории, это не абстрактная тема. От состояния ледников зависит вода для миллионов людей во всём регионе', by: 'постоянный представитель Кыргызстана при ООН' },
          'В этом году число соавторов резолюции достигло {n1}. Доклад генерального секретаря ООН о выполнении документа будет представлен через два года.',
        ],
      },
      ky: {
        headline: 'БУУнун Башкы Ассамблеясы тоолуу аймактарды туруктуу өнүктүрүү боюнча резолюция кабыл алды, аны иштеп чыккандардын бири — Кыргызстан',
        lead: 'Документ мамлекеттерди мөңгүлөргө мониторингди күчөтүүгө жана тоолуу жамааттарга климаттын өзгөрүшүнө ыңгайлашууга жардам берүүгө чакырат. Резолюциянын авторлошторунун саны {n1} болду.',
        body: [
          'БУУнун Башкы Ассамблеясы «Тоолуу аймактарды туруктуу өнүктүрүү» резолюциясын добушка койбостон кабыл алды. Кыргызстан салт боюнча бул документти негизги иштеп чыгуучулардын бири.',
          'Документте тоолуу аймактар климаттын өзгөрүшүнө өзгөчө алсыз экени белгиленет: мөңгүлөр кыскарып, сел жана жер көчкү көбүрөөк болууда. Мамлекеттерге төмөнкүлөр сунушталат:',
          { ul: ['мөңгүлөргө жана кар катмарына байкоо жүргүзүүчү түйүндөрдү кеңейтүү;', 'улуттук өнүктүрүү пландарында тоолуу жамааттардын кызыкчылыктарын эске алуу;', 'туруктуу туризмди жана жергиликтүү кол өнөрчүлүктү колдоо;', 'чектеш бассейндердеги табигый кырсыктар тууралуу маалымат алмашуу.'] },
          { quote: 'Аймагынын 90 пайыздан ашыгын тоолор ээлеген өлкөбүз үчүн бул абстракттуу тема эмес. Бүткүл региондогу миллиондогон адамдардын суусу мөңгүлөрдүн абалына жараша болот', by: 'Кыргызстандын БУУдагы туруктуу өкүлү' },
          'Быйыл резолюциянын авторлошторунун саны {n1} болду. БУУнун Башкы катчысынын документтин аткарылышы тууралуу баяндамасы эки жылдан кийин сунушталат.',
        ],
      },
      en: {
        headline: 'UN General Assembly adopts resolution on sustainable development of mountain regions, with Kyrgyzstan among its main drafters',
        lead: 'The resolution calls on states to step up glacier monitoring and help mountain communities adapt to climate change. The number of co-sponsors has reached {n1}.',
        body: [
          'The UN General Assembly adopted the resolution “Sustainable mountain development” without a vote. Kyrgyzstan has traditionally been one of the main drafters of the text.',
          'The resolution notes that mountain regions are especially vulnerable to climate change, with glaciers shrinking and mudflows and landslides becoming more frequent. States are encouraged to:',
          { ul: ['expand glacier and snow cover monitoring networks;', 'take the interests of mountain communities into account in national development plans;', 'support sustainable tourism and local crafts;', 'share disaster data in transboundary river basins.'] },
          { quote: 'For our country, where mountains cover more than 90% of the territory, this is not an abstract subject. Water for millions of people across the region depends on the state of the glaciers', by: 'Permanent Representative of Kyrgyzstan to the UN' },
          'This year the number of co-sponsors reached {n1}. A report by the UN Secretary-General on implementation will be presented in two years’ time.',
        ],
      },
    },
  },
  {
    key: 'a-kazakhstan-grain-harvest',
    rubric: 'world',
    tags: ['kazakhstan', 'agriculture', 'centralAsia'],
    numbers: [[17, 24]],
    text: {
      ru: {
        headline: 'Казахстан ожидает урожай зерна свыше {n1} млн тонн: что это значит для цен на муку и хлеб в Кыргызстане и соседних странах',
        lead: 'Крупный урожай у соседей может удержать от роста цены на муку и хлеб в Кыргызстане, который закупает в Казахстане значительную часть пшеницы.',
        body: [
          'Министерство сельского хозяйства Казахстана прогнозирует валовой сбор зерна свыше {n1} млн тонн. Уборочная кампания в северных областях страны близится к завершению.',
          'Кыргызстан импортирует из Казахстана значительную часть продовольственной пшеницы и муки, поэтому урожай у соседей напрямую сказывается на ценах в местных пекарнях и магазинах.',
          { quote: 'Если прогноз подтвердится, оптовые цены на муку осенью, скорее всего, останутся на нынешнем уровне или немного снизятся', by: 'Бектур Исаков, аналитик зернового рынка' },
          'Вместе с тем специалисты напоминают, что на итоговую стоимость хлеба влияют и другие факторы — транспортные расходы, цены на топливо и курс тенге к сому.',
        ],
      },
      ky: {
        headline: 'Казакстан {n1} млн тоннадан ашык дан түшүмүн күтүүдө: бул Кыргызстанда жана коңшу өлкөлөрдө ун менен нандын баасына кандай таасир этет',
        lead: 'Коңшу өлкөдөгү мол түшүм буудайдын олуттуу бөлүгүн Казакстандан сатып алган Кыргызстанда ун менен нандын кымбатташын токтотушу мүмкүн.',
        body: [
          'Казакстандын Айыл чарба министрлиги {n1} млн тоннадан ашык дан жыйналат деп болжолдоодо. Өлкөнүн түндүк облустарында оруп-жыйноо иштери аяктап калды.',
          'Кыргызстан азык-түлүк буудайынын жана ундун олуттуу бөлүгүн Казакстандан импорттойт, ошондуктан коңшулардын түшүмү жергиликтүү наабайканалардагы жана дүкөндөрдөгү бааларга түздөн-түз таасир этет.',
          { quote: 'Эгер болжол ырасталса, күзүндө ундун дүң баасы учурдагы деңгээлде калат же бир аз төмөндөйт', by: 'Бектур Исаков, дан рыногунун аналитиги' },
          'Ошол эле учурда адистер нандын акыркы баасына башка факторлор да — транспорттук чыгымдар, күйүүчү майдын баасы жана теңгенин сомго карата курсу таасир этерин эскертишет.',
        ],
      },
      en: {
        headline: 'Kazakhstan expects grain harvest of over {n1} million tonnes: what it means for flour and bread prices in Kyrgyzstan and its neighbours',
        lead: 'A big harvest next door may keep flour and bread prices in check in Kyrgyzstan, which buys a large share of its wheat from Kazakhstan.',
        body: [
          'Kazakhstan’s Ministry of Agriculture forecasts a gross grain harvest of more than {n1} million tonnes. Harvesting in the country’s northern regions is nearing completion.',
          'Kyrgyzstan imports a significant share of its milling wheat and flour from Kazakhstan, so the harvest there directly affects prices in local bakeries and shops.',
          { quote: 'If the forecast holds, wholesale flour prices this autumn will most likely stay where they are or fall slightly', by: 'Bektur Isakov, grain market analyst' },
          'At the same time, specialists point out that the final price of bread also depends on other factors, including transport costs, fuel prices and the tenge-som exchange rate.',
        ],
      },
    },
  },
  {
    key: 'a-tashkent-water-conference',
    rubric: 'world',
    tags: ['uzbekistan', 'water', 'centralAsia'],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В Ташкенте прошла региональная конференция по управлению водными ресурсами Центральной Азии',
        lead: 'Представители пяти стран обсудили водосберегающие технологии, обмен гидрологическими данными и совместную подготовку к маловодным годам.',
        body: [
          'В столице Узбекистана завершилась двухдневная конференция, посвящённая управлению водой в бассейнах Амударьи и Сырдарьи. Кыргызскую делегацию возглавил заместитель министра водных ресурсов, сельского хозяйства и перерабатывающей промышленности.',
          { h: 'Что обсуждали' },
          { ul: ['внедрение капельного орошения и лазерной планировки полей;', 'автоматизацию учёта воды на межгосударственных каналах;', 'обмен данными гидрологических постов в режиме реального времени;', 'совместные прогнозы и планы на случай маловодных лет.'] },
          'Кыргызская сторона напомнила, что содержание водохранилищ и гидротехнических сооружений, от которых зависят поливы в соседних странах, требует больших затрат, и предложила обсудить механизмы их совместного финансирования.',
          'Участники договорились провести следующую встречу экспертов в Бишкеке и подготовить общий доклад о состоянии водных ресурсов региона.',
        ],
      },
      ky: {
        headline: 'Ташкентте Борбордук Азиянын суу ресурстарын башкаруу боюнча регионалдык конференция өттү',
        lead: 'Беш өлкөнүн өкүлдөрү сууну үнөмдөөчү технологияларды, гидрологиялык маалымат алмашууну жана суу аз болгон жылдарга биргелешип даярданууну талкуулашты.',
        body: [
          'Өзбекстандын борборунда Амударыя жана Сырдарыя бассейндериндеги сууну башкарууга арналган эки күндүк конференция аяктады. Кыргыз делегациясын суу ресурстары, айыл чарба жана кайра иштетүү өнөр жай министринин орун басары жетектеди.',
          { h: 'Эмнелер талкууланды' },
          { ul: ['тамчылатып сугарууну жана талааларды лазер менен тегиздөөнү киргизүү;', 'мамлекеттер аралык каналдарда сууну эсепке алууну автоматташтыруу;', 'гидрологиялык посттордун маалыматтарын реалдуу убакытта алмашуу;', 'суу аз болгон жылдар үчүн биргелешкен болжолдор жана пландар.'] },
          'Кыргыз тарап коңшу өлкөлөрдүн сугаты көз каранды болгон суу сактагычтарды жана гидротехникалык курулмаларды кармоо чоң чыгымды талап кыларын эске салып, аларды биргелешип каржылоо механизмдерин талкуулоону сунуштады.',
          'Катышуучулар эксперттердин кийинки жолугушуусун Бишкекте өткөрүүгө жана региондун суу ресурстарынын абалы тууралуу жалпы баяндама даярдоого макулдашышты.',
        ],
      },
      en: {
        headline: 'Tashkent hosts regional conference on Central Asian water management',
        lead: 'Representatives of five countries discussed water-saving technologies, sharing hydrological data and preparing together for low-water years.',
        body: [
          'A two-day conference on water management in the Amu Darya and Syr Darya basins has ended in the Uzbek capital. The Kyrgyz delegation was led by the Deputy Minister of Water Resources, Agriculture and Processing Industry.',
          { h: 'What was discussed' },
          { ul: ['drip irrigation and laser levelling of fields;', 'automated water metering on interstate canals;', 'real-time exchange of data from hydrological stations;', 'joint forecasts and contingency plans for low-water years.'] },
          'The Kyrgyz side noted that maintaining the reservoirs and hydraulic structures on which irrigation in neighbouring countries depends is costly, and proposed discussing ways to finance them jointly.',
          'Participants agreed to hold the next expert meeting in Bishkek and to prepare a joint report on the state of the region’s water resources.',
        ],
      },
    },
  },
  {
    key: 'a-bishkek-dushanbe-flights',
    rubric: 'world',
    tags: ['tajikistan', 'aviation', 'centralAsia'],
    numbers: [[2, 4]],
    text: {
      ru: {
        headline: 'Между Бишкеком и Душанбе запускают регулярные авиарейсы: {n1|рейс|рейса|рейсов} в неделю',
        lead: 'Полёты будут выполнять кыргызская и таджикская авиакомпании. Время в пути составит около полутора часов, продажа билетов уже открыта.',
        body: [
          'Авиационные власти Кыргызстана и Таджикистана согласовали расписание регулярных рейсов между столицами двух стран. На первом этапе запланировано {n1|рейс|рейса|рейсов} в неделю.',
          'До сих пор пассажирам приходилось лететь с пересадкой в других городах региона, что занимало почти целый день.',
          { quote: 'Мы ожидаем высокий спрос со стороны бизнеса, студентов и семей, у которых есть родственники по обе стороны границы', by: 'представитель Агентства гражданской авиации' },
          'Если загрузка рейсов окажется высокой, перевозчики обещают увеличить частоту полётов уже в следующем сезоне. Обсуждается и возможность рейсов из Оша.',
        ],
      },
      ky: {
        headline: 'Бишкек менен Душанбенин ортосунда туруктуу авиакаттамдар ачылат: жумасына {n1} каттам',
        lead: 'Каттамдарды кыргыз жана тажик авиакомпаниялары аткарат. Жолдо болжол менен бир жарым саат убакыт кетет, билеттерди сатуу башталды.',
        body: [
          'Кыргызстан менен Тажикстандын авиация бийликтери эки өлкөнүн борборлорунун ортосундагы туруктуу каттамдардын ырааттамасын макулдашты. Биринчи этапта жумасына {n1} каттам пландалууда.',
          'Буга чейин жүргүнчүлөр региондун башка шаарлары аркылуу которулуп учууга аргасыз болуп, жолго дээрлик бир күн кетчү.',
          { quote: 'Бизнес, студенттер жана чек аранын эки тарабында туугандары бар үй-бүлөлөр тараптан суроо-талап жогору болот деп күтөбүз', by: 'Жарандык авиация агенттигинин өкүлү' },
          'Эгер каттамдар толук жүргүнчү менен учса, ташуучулар кийинки эле мезгилде каттамдардын санын көбөйтүүнү убада кылышууда. Оштон каттам ачуу мүмкүнчүлүгү да талкууланууда.',
        ],
      },
      en: {
        headline: 'Regular Bishkek–Dushanbe air service to launch with {n1|flight|flights} a week',
        lead: 'The route will be operated by a Kyrgyz and a Tajik airline. The flight will take about an hour and a half, and tickets are already on sale.',
        body: [
          'The aviation authorities of Kyrgyzstan and Tajikistan have agreed a schedule of regular flights between the two capitals. At the first stage, {n1|flight|flights} a week are planned.',
          'Until now passengers have had to change planes in other cities of the region, which took almost a whole day.',
          { quote: 'We expect strong demand from business travellers, students and families with relatives on both sides of the border', by: 'a representative of the Civil Aviation Agency' },
          'If the flights are well booked, the carriers promise to increase frequency as early as next season. Flights from Osh are also being discussed.',
        ],
      },
    },
  },
  {
    key: 'a-china-kyrgyzstan-uzbekistan-railway',
    rubric: 'world',
    tags: ['china', 'uzbekistan', 'transport'],
    text: {
      ru: {
        headline: 'На трассе железной дороги Китай — Кыргызстан — Узбекистан продолжаются подготовительные работы',
        lead: 'Проектная компания сообщила о ходе геологических изысканий и строительстве подъездных дорог. Магистраль должна сократить сроки доставки грузов из Китая в Центральную Азию.',
        body: [
          'Совместная проектная компания, созданная тремя странами, рассказала о ходе подготовительных работ на кыргызском участке трассы. Сейчас специалисты ведут геологические изыскания в местах будущих тоннелей и мостов.',
          { image: true, caption: 'Изыскательские работы на трассе будущей железной дороги', alt: 'Буровая установка геологов на горном склоне' },
          'Параллельно прокладываются временные подъездные дороги и строятся городки для рабочих. По данным компании, на объектах уже заняты несколько сотен граждан Кыргызстана.',
          'Ожидается, что после запуска магистрали время доставки грузов из западных провинций Китая в Узбекистан и дальше, в страны Ближнего Востока и Европы, сократится на несколько суток.',
          'В Министерстве транспорта и коммуникаций отмечают, что дорога даст выход к международным транспортным коридорам районам вдоль трассы, прежде всего в Нарынской и Джалал-Абадской областях.',
        ],
      },
      ky: {
        headline: 'Кытай — Кыргызстан — Өзбекстан темир жолунун трассасында даярдоо иштери уланууда',
        lead: 'Долбоордук компания геологиялык изилдөөлөрдүн жүрүшү жана кире бериш жолдордун курулушу тууралуу маалымат берди. Магистраль Кытайдан Борбордук Азияга жүк жеткирүү мөөнөтүн кыскартышы керек.',
        body: [
          'Үч өлкө түзгөн биргелешкен долбоордук компания трассанын Кыргызстандагы бөлүгүндөгү даярдоо иштеринин жүрүшү тууралуу айтып берди. Азыр адистер келечектеги туннелдер жана көпүрөлөр курула турган жерлерде геологиялык изилдөө жүргүзүп жатышат.',
          { image: true, caption: 'Келечектеги темир жолдун трассасындагы изилдөө иштери', alt: 'Тоо боорундагы геологдордун бургулоочу жабдуусу' },
          'Ошону менен катар убактылуу кире бериш жолдор салынып, жумушчулар үчүн шаарчалар курулууда. Компаниянын маалыматы боюнча, объекттерде азыртадан эле бир нече жүз Кыргызстандын жараны иштеп жатат.',
          'Магистраль ишке киргенден кийин Кытайдын батыш провинцияларынан Өзбекстанга жана андан ары Жакынкы Чыгыш менен Европа өлкөлөрүнө жүк жеткирүү убактысы бир нече суткага кыскарат деп күтүлүүдө.',
          'Транспорт жана коммуникациялар министрлигинин белгилешинче, темир жол трассанын боюндагы аймактарды, биринчи кезекте Нарын жана Жалал-Абад облустарын эл аралык транспорттук коридорлорго чыгарат.',
        ],
      },
      en: {
        headline: 'Preparatory work continues on the route of the China–Kyrgyzstan–Uzbekistan railway',
        lead: 'The project company reported on geological surveys and the construction of access roads. The line is expected to cut delivery times for cargo from China to Central Asia.',
        body: [
          'The joint project company set up by the three countries has reported on preparatory work on the Kyrgyz section of the route. Specialists are currently carrying out geological surveys at the sites of future tunnels and bridges.',
          { image: true, caption: 'Survey work on the route of the future railway', alt: 'A geologists’ drilling rig on a mountain slope' },
          'Temporary access roads and workers’ camps are being built at the same time. According to the company, several hundred Kyrgyz citizens are already employed at the sites.',
          'Once the line opens, delivery times for cargo from China’s western provinces to Uzbekistan and onward to the Middle East and Europe are expected to fall by several days.',
          'The Ministry of Transport and Communications says the railway will give districts along the route, above all in Naryn and Jalal-Abad regions, access to international transport corridors.',
        ],
      },
    },
  },
  {
    key: 'a-consulate-mobile-receptions',
    rubric: 'world',
    tags: ['russia', 'migration', 'eaeu'],
    numbers: [[3, 6]],
    text: {
      ru: {
        headline: 'Консульство Кыргызстана в Екатеринбурге проведёт выездные приёмы для мигрантов в {n1} городах Урала',
        lead: 'Граждане смогут оформить паспорта, получить справки и консультации по трудовым вопросам, не приезжая в консульство. График выездов опубликован на сайте диппредставительства.',
        body: [
          'Генеральное консульство Кыргызской Республики в Екатеринбурге объявило о серии выездных консульских приёмов. В течение месяца сотрудники посетят {n1|город|города|городов} Уральского региона.',
          'Во время приёмов можно будет:',
          { ul: ['подать документы на оформление или замену паспорта;', 'получить справки и оформить доверенности;', 'проконсультироваться о миграционном учёте и трудовых договорах;', 'встать на консульский учёт.'] },
          'В консульстве напоминают, что граждане Кыргызстана как государства — члена ЕАЭС могут работать в России без патента, но обязаны своевременно вставать на миграционный учёт и заключать трудовой договор с работодателем.',
          'Даты и адреса приёмов опубликованы на [сайте консульства](https://example.org/consulate-ekb). Записаться заранее можно по телефону или через мессенджеры.',
        ],
      },
      ky: {
        headline: 'Кыргызстандын Екатеринбургдагы консулдугу Уралдын {n1} шаарында мигранттар үчүн көчмө кабыл алуу өткөрөт',
        lead: 'Жарандар консулдукка барбай эле паспорт жасатып, маалымкат алып, эмгек маселелери боюнча кеңеш ала алышат. Көчмө кабыл алуулардын графиги дипломатиялык өкүлчүлүктүн сайтына жарыяланды.',
        body: [
          'Кыргыз Республикасынын Екатеринбургдагы Башкы консулдугу бир катар көчмө консулдук кабыл алууларды жарыялады. Бир айдын ичинде кызматкерлер Урал регионунун {n1} шаарына барышат.',
          'Кабыл алуу учурунда:',
          { ul: ['паспорт алуу же алмаштыруу үчүн документ тапшырууга;', 'маалымкат алууга жана ишеним кат тариздөөгө;', 'миграциялык каттоо жана эмгек келишимдери боюнча кеңеш алууга;', 'консулдук каттоого турууга болот.'] },
          'Консулдук ЕАЭБге мүчө мамлекеттин жараны катары Кыргызстандын жарандары Россияда патентсиз иштей аларын, бирок миграциялык каттоого өз убагында туруп, иш берүүчү менен эмгек келишимин түзүүгө милдеттүү экенин эскертет.',
          'Кабыл алуулардын күндөрү жана даректери [консулдуктун сайтында](https://example.org/consulate-ekb) жарыяланган. Алдын ала телефон же мессенджерлер аркылуу жазылууга болот.',
        ],
      },
      en: {
        headline: 'Kyrgyz consulate in Yekaterinburg to hold mobile consular sessions for migrants in {n1} Urals cities',
        lead: 'Citizens will be able to apply for passports, obtain certificates and get advice on employment without travelling to the consulate. The schedule has been published on the mission’s website.',
        body: [
          'The Consulate General of the Kyrgyz Republic in Yekaterinburg has announced a series of mobile consular sessions. Over the coming month, staff will visit {n1|city|cities} in the Urals region.',
          'At the sessions, citizens will be able to:',
          { ul: ['apply for a new or replacement passport;', 'obtain certificates and have powers of attorney drawn up;', 'get advice on migration registration and employment contracts;', 'register with the consulate.'] },
          'The consulate reminds citizens that, as nationals of an EAEU member state, Kyrgyz citizens may work in Russia without a work patent but must register with the migration authorities on time and sign an employment contract with their employer.',
          'Dates and venues are listed on the [consulate’s website](https://example.org/consulate-ekb). Appointments can be booked in advance by phone or through messaging apps.',
        ],
      },
    },
  },
  {
    key: 'a-eaeu-roaming-roadmap',
    rubric: 'world',
    tags: ['eaeu', 'internet', 'digital'],
    text: {
      ru: {
        headline: 'Страны ЕАЭС обсуждают поэтапную отмену роуминга в мобильной связи внутри Союза',
        lead: 'Регуляторы и операторы связи рассматривают дорожную карту снижения тарифов на звонки и мобильный интернет для абонентов, которые находятся в другой стране Союза.',
        body: [
          'Рабочая группа Евразийской экономической комиссии провела очередное совещание по вопросам роуминга. В нём участвовали представители регуляторов связи и операторов пяти стран Союза.',
          'Согласно проекту дорожной карты, тарифы будут снижаться в несколько этапов:',
          { ol: ['ограничение предельных оптовых цен в расчётах между операторами;', 'снижение розничных тарифов на мобильный интернет;', 'переход к принципу «как дома» для звонков и SMS.'] },
          'Для Кыргызстана тема особенно актуальна: сотни тысяч граждан работают в России и Казахстане и регулярно звонят домой. Сейчас многие из них покупают местные SIM-карты или пользуются только мессенджерами.',
          'Операторы предупреждают, что полная отмена роуминга потребует компенсации затрат на межсетевое взаимодействие. Сроки реализации дорожной карты пока не утверждены.',
        ],
      },
      ky: {
        headline: 'ЕАЭБ өлкөлөрү Союздун ичинде мобилдик байланыштагы роумингди баскычтап жоюуну талкуулашууда',
        lead: 'Байланыш тармагын жөнгө салуучулар жана операторлор Союздун башка өлкөсүндө жүргөн абоненттер үчүн чалуулардын жана мобилдик интернеттин тарифтерин төмөндөтүүнүн жол картасын карап жатышат.',
        body: [
          'Евразиялык экономикалык комиссиянын жумушчу тобу роуминг маселелери боюнча кезектеги кеңешмесин өткөрдү. Ага Союздун беш өлкөсүнүн байланыш тармагын жөнгө салуучуларынын жана операторлорунун өкүлдөрү катышты.',
          'Жол картасынын долбооруна ылайык, тарифтер бир нече баскыч менен төмөндөйт:',
          { ol: ['операторлор ортосундагы эсептешүүлөрдө дүң баанын жогорку чегин белгилөө;', 'мобилдик интернеттин чекене тарифтерин төмөндөтүү;', 'чалуулар жана SMS үчүн «үйдөгүдөй» принцибине өтүү.'] },
          'Бул тема Кыргызстан үчүн өзгөчө маанилүү: жүз миңдеген жарандар Россияда жана Казакстанда иштеп, үйүнө үзгүлтүксүз чалып турушат. Азыр алардын көбү жергиликтүү SIM-карталарды сатып алышат же мессенджерлерди гана колдонушат.',
          'Операторлор роумингди толук жоюу тармактар аралык өз ара аракеттенүүгө кеткен чыгымдарды компенсациялоону талап кыларын эскертишүүдө. Жол картасын ишке ашыруунун мөөнөттөрү азырынча бекитиле элек.',
        ],
      },
      en: {
        headline: 'EAEU countries discuss phasing out mobile roaming charges within the union',
        lead: 'Telecom regulators and operators are considering a roadmap to cut call and mobile data charges for subscribers who are in another member state.',
        body: [
          'A working group of the Eurasian Economic Commission held another meeting on roaming. It brought together telecom regulators and operators from the union’s five member states.',
          'Under the draft roadmap, charges would come down in several stages:',
          { ol: ['capping wholesale rates that operators charge each other;', 'lowering retail prices for mobile data;', 'moving to “roam like at home” pricing for calls and text messages.'] },
          'The issue matters particularly to Kyrgyzstan: hundreds of thousands of its citizens work in Russia and Kazakhstan and call home regularly. Many of them currently buy local SIM cards or rely on messaging apps alone.',
          'Operators warn that abolishing roaming entirely would require compensation for interconnection costs. No timetable for the roadmap has been approved yet.',
        ],
      },
    },
  },
  {
    key: 'a-central-asia-consultative-meeting',
    rubric: 'world',
    tags: ['centralAsia', 'kazakhstan', 'uzbekistan', 'tajikistan'],
    text: {
      ru: {
        headline: 'Главы государств Центральной Азии на консультативной встрече обсудили совместное использование воды, энергетику и транспортные коридоры',
        lead: 'По итогам встречи принято совместное заявление. Лидеры договорились развивать региональную торговлю и согласованно готовиться к маловодным годам.',
        body: [
          'Очередная консультативная встреча глав государств Центральной Азии завершилась принятием совместного заявления. В ней участвовали лидеры Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана.',
          'Главные темы встречи:',
          { ul: ['рациональное и справедливое использование водных ресурсов;', 'объединение энергосистем и торговля электроэнергией;', 'развитие транспортных коридоров и упрощение пересечения границ;', 'совместное реагирование на стихийные бедствия.'] },
          'Кыргызская сторона предложила создать региональный центр мониторинга ледников и обмена климатическими данными, а также вновь обратила внимание на необходимость совместного финансирования водохозяйственных объектов.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hc3vN8pWq1Z', title: 'Итоговое заявление участников консультативной встречи' },
          'Следующую встречу в таком формате планируется провести через год.',
        ],
      },
      ky: {
        headline: 'Борбордук Азия мамлекеттеринин башчылары консультативдик жолугушууда суу, энергетика жана транспорттук коридорлорду талкуулашты',
        lead: 'Жолугушуунун жыйынтыгында биргелешкен билдирүү кабыл алынды. Лидерлер регионалдык сооданы өнүктүрүүгө жана суу аз болгон жылдарга макулдашылган түрдө даярданууга макул болушту.',
        body: [
          'Борбордук Азия мамлекеттеринин башчыларынын кезектеги консультативдик жолугушуусу биргелешкен билдирүүнү кабыл алуу менен аяктады. Ага Казакстандын, Кыргызстандын, Тажикстандын, Түркмөнстандын жана Өзбекстандын лидерлери катышты.',
          'Жолугушуунун негизги темалары:',
          { ul: ['суу ресурстарын сарамжалдуу жана адилет пайдалануу;', 'энергетикалык системаларды бириктирүү жана электр энергиясын соодалоо;', 'транспорттук коридорлорду өнүктүрүү жана чек арадан өтүүнү жөнөкөйлөтүү;', 'табигый кырсыктарга биргелешип чара көрүү.'] },
          'Кыргыз тарап мөңгүлөргө мониторинг жүргүзүүчү жана климаттык маалыматтар менен алмашуучу регионалдык борбор түзүүнү сунуштап, суу чарба объекттерин биргелешип каржылоонун зарылдыгына дагы бир жолу көңүл бурду.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hc3vN8pWq1Z', title: 'Консультативдик жолугушуунун катышуучуларынын жыйынтыктоочу билдирүүсү' },
          'Бул форматтагы кийинки жолугушуу бир жылдан кийин өтөт деп пландалууда.',
        ],
      },
      en: {
        headline: 'Central Asian leaders discuss shared water use, energy and transport corridors at their latest consultative meeting',
        lead: 'The meeting ended with a joint statement. The leaders agreed to expand regional trade and coordinate preparations for low-water years.',
        body: [
          'The latest consultative meeting of the heads of state of Central Asia ended with the adoption of a joint statement. It was attended by the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
          'The main topics were:',
          { ul: ['rational and fair use of water resources;', 'linking power grids and trading electricity;', 'developing transport corridors and easing border crossings;', 'joint response to natural disasters.'] },
          'The Kyrgyz side proposed setting up a regional centre for glacier monitoring and climate data exchange, and again stressed the need for joint financing of water management facilities.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hc3vN8pWq1Z', title: 'Joint statement by participants of the consultative meeting' },
          'The next meeting in this format is planned in a year’s time.',
        ],
      },
    },
  },
  {
    key: 'a-fao-food-price-index',
    rubric: 'world',
    tags: ['un', 'inflation', 'agriculture'],
    numbers: [[1, 3], [1, 9]],
    text: {
      ru: {
        headline: 'Индекс мировых цен на продовольствие ФАО за месяц снизился на {n1},{n2}%',
        lead: 'Подешевели растительные масла и сахар, зерновые остались почти на прежнем уровне. Экономисты ожидают, что изменения мировых цен отразятся на импорте Кыргызстана с задержкой.',
        body: [
          'Продовольственная и сельскохозяйственная организация ООН (ФАО) опубликовала ежемесячный обзор мировых цен на продовольствие. Сводный индекс за месяц снизился на {n1},{n2}%.',
          'По группам товаров:',
          { ul: ['растительные масла подешевели на фоне хорошего урожая масличных культур;', 'сахар снизился в цене из-за роста производства;', 'зерновые почти не изменились;', 'молочная продукция и мясо немного подорожали.'] },
          'Кыргызстан ввозит значительную часть растительного масла и сахара, поэтому снижение мировых цен может со временем отразиться на ценах в магазинах. Однако, по словам экономистов, это происходит с задержкой в два-три месяца и зависит от курса валют и транспортных расходов.',
          'Полный обзор доступен на [сайте организации](https://example.org/fao-food-index).',
        ],
      },
      ky: {
        headline: 'ФАОнун дүйнөлүк азык-түлүк бааларынын индекси бир айда {n1},{n2} пайызга төмөндөдү',
        lead: 'Өсүмдүк майы жана кант арзандап, дан эгиндеринин баасы дээрлик мурдагы деңгээлде калды. Экономисттер дүйнөлүк баалардын өзгөрүшү Кыргызстандын импортуна кечигүү менен таасир этет деп күтүшөт.',
        body: [
          'БУУнун Азык-түлүк жана айыл чарба уюму (ФАО) дүйнөлүк азык-түлүк баалары боюнча айлык сереп жарыялады. Жыйынтыктоочу индекс бир айда {n1},{n2} пайызга төмөндөдү.',
          'Товардык топтор боюнча:',
          { ul: ['майлуу өсүмдүктөрдүн түшүмү жакшы болгондуктан өсүмдүк майы арзандады;', 'өндүрүш өскөндүктөн канттын баасы түштү;', 'дан эгиндери дээрлик өзгөргөн жок;', 'сүт азыктары жана эт бир аз кымбаттады.'] },
          'Кыргызстан өсүмдүк майынын жана канттын олуттуу бөлүгүн сырттан алып келет, ошондуктан дүйнөлүк баалардын төмөндөшү убакыт өткөн сайын дүкөндөрдөгү баага таасир этиши мүмкүн. Бирок экономисттердин айтымында, бул эки-үч айлык кечигүү менен болот жана валюта курсуна, транспорттук чыгымдарга жараша болот.',
          'Толук сереп менен [уюмдун сайтынан](https://example.org/fao-food-index) таанышууга болот.',
        ],
      },
      en: {
        headline: 'FAO world food price index falls {n1}.{n2}% over the month, led by cheaper vegetable oils',
        lead: 'Vegetable oils and sugar became cheaper, while cereals were almost unchanged. Economists expect changes in world prices to reach Kyrgyzstan’s imports with a delay.',
        body: [
          'The Food and Agriculture Organization of the United Nations (FAO) has published its monthly review of world food prices. The overall index fell by {n1}.{n2}% over the month.',
          'By commodity group:',
          { ul: ['vegetable oils fell on the back of a good oilseed harvest;', 'sugar became cheaper as production grew;', 'cereals were almost unchanged;', 'dairy products and meat rose slightly.'] },
          'Kyrgyzstan imports a large share of its vegetable oil and sugar, so lower world prices may eventually show up on shop shelves. Economists say, however, that this happens with a lag of two to three months and depends on exchange rates and transport costs.',
          'The full review is available on the [organisation’s website](https://example.org/fao-food-index).',
        ],
      },
    },
  },
];
