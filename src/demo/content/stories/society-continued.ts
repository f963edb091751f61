// Demo story templates: Society, continued from ./society.ts (one file would be past 400 lines).
// Original text written for the Newsdesk demo; slot notation is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const SOCIETY_STORIES_CONTINUED: StoryTemplate[] = [
  {
    key: 'b-society-first-grade-enrolment',
    rubric: 'society',
    tags: ['education', 'schools', 'digital'],
    numbers: [[140, 160]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Приём заявлений в первый класс начнётся в апреле: подать документы можно онлайн',
        lead: 'Родители будущих первоклассников смогут записать ребёнка в школу через государственный портал электронных услуг. В этом году за парты сядут около {n1|тысячи|тысяч|тысяч} детей, ожидают в Министерстве образования.',
        body: [
          'Приоритет при зачислении получат дети, которые живут на закреплённой за школой территории. Свободные места после завершения основного этапа распределят среди остальных заявителей.',
          { h: 'Как подать заявление' },
          { ol: [
            'Войдите на [портал госуслуг](https://example.kg/gosuslugi) с помощью электронной подписи или через мобильное приложение.',
            'Выберите услугу «Запись в первый класс» и школу по месту жительства.',
            'Заполните анкету и прикрепите свидетельство о рождении и медицинскую справку.',
            'Дождитесь уведомления о зачислении — оно придёт в личный кабинет и по СМС.',
          ] },
          'Для родителей, у которых нет возможности подать заявление онлайн, в школах будут работать консультанты. В министерстве напомнили, что в первый класс принимают детей, которым к началу учебного года исполнится шесть лет.',
        ],
      },
      ky: {
        headline: 'Биринчи класска арыз кабыл алуу апрелде башталат: документтерди онлайн тапшырса болот',
        lead: 'Келечектеги биринчи класстын окуучуларынын ата-энелери баласын мамлекеттик электрондук кызматтар порталы аркылуу мектепке каттай алышат. Быйыл {n1} миңге жакын бала мектеп партасына отурат деп Билим берүү министрлигинде күтүшөт.',
        body: [
          'Кабыл алууда мектепке бекитилген аймакта жашаган балдарга артыкчылык берилет. Негизги этап аяктагандан кийин калган бош орундар башка арыз бергендердин арасында бөлүштүрүлөт.',
          { h: 'Арызды кантип тапшыруу керек' },
          { ol: [
            '[Мамлекеттик кызматтар порталына](https://example.kg/gosuslugi) электрондук кол тамга же мобилдик тиркеме аркылуу кириңиз.',
            '«Биринчи класска жазылуу» кызматын жана жашаган жериңиздеги мектепти тандаңыз.',
            'Анкетаны толтуруп, туулгандыгы тууралуу күбөлүктү жана медициналык маалымкатты тиркеңиз.',
            'Кабыл алынгандыгы тууралуу билдирүүнү күтүңүз — ал жеке кабинетке жана SMS аркылуу келет.',
          ] },
          'Арызды онлайн тапшырууга мүмкүнчүлүгү жок ата-энелер үчүн мектептерде кеңешчилер иштейт. Министрликте биринчи класска окуу жылы башталганга чейин алты жашка толгон балдар кабыл алынарын эскертишти.',
        ],
      },
      en: {
        headline: 'First-grade enrolment opens in April, and parents can apply online',
        lead: 'Parents of future first-graders will be able to enrol their children through the state e-services portal. About {n1} thousand children are expected to start school this year, the Ministry of Education said.',
        body: [
          'Priority will be given to children who live in the area assigned to the school. Places left after the main stage will be allocated among the other applicants.',
          { h: 'How to apply' },
          { ol: [
            'Log in to the [public services portal](https://example.kg/gosuslugi) with an electronic signature or through the mobile app.',
            'Choose the "Enrolment in first grade" service and the school for your address.',
            'Fill in the form and attach the birth certificate and a medical certificate.',
            'Wait for the enrolment notice, which will arrive in your personal account and by text message.',
          ] },
          'Schools will have advisers on hand for parents who cannot apply online. The ministry reminded parents that children who turn six by the start of the school year are admitted to first grade.',
        ],
      },
    },
  },
  {
    key: 'b-society-street-repairs',
    rubric: 'society',
    tags: ['roads', 'budget'],
    places: ['bishkek', 'osh', 'karakol', 'jalalabad', 'tokmok', 'naryn', 'talas'],
    numbers: [[15, 60]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'В {place:loc} этим летом отремонтируют {n1|улицу|улицы|улиц}: список опубликовала мэрия',
        lead: 'На ремонт дорог из городского бюджета выделено больше средств, чем в прошлом году. Работы на центральных улицах будут вести преимущественно ночью, чтобы не создавать пробок.',
        body: [
          'В план вошли как центральные магистрали, так и улицы в жилых микрорайонах, где асфальт не обновлялся более десяти лет. Полный перечень размещён на [сайте мэрии](https://example.kg/meria/remont-dorog).',
          'Помимо укладки нового покрытия подрядчики заменят бордюры, обустроят тротуары и пешеходные переходы. На ряде участков появятся ливнёвки, которых жители добивались несколько лет.',
          { quote: 'Каждый объект будет принимать комиссия с участием общественников. Если подрядчик нарушит технологию, он переделает работу за свой счёт', by: 'представитель мэрии' },
          'Горожан просят с пониманием отнестись к временным ограничениям движения. Схемы объезда будут заранее публиковаться на официальных страницах мэрии в социальных сетях.',
        ],
      },
      ky: {
        headline: '{place:loc} быйыл жайында {n1} көчө оңдолот: мэрия алардын тизмесин жарыялады',
        lead: 'Жолдорду оңдоого шаардык бюджеттен өткөн жылга караганда көбүрөөк каражат бөлүндү. Тыгын жаратпоо үчүн борбордук көчөлөрдөгү иштер негизинен түнкүсүн жүргүзүлөт.',
        body: [
          'Планга борбордук магистралдар да, асфальты он жылдан ашык жаңыланбаган турак жай микрорайондорундагы көчөлөр да кирди. Толук тизме [мэриянын сайтына](https://example.kg/meria/remont-dorog) жайгаштырылды.',
          'Жаңы асфальт төшөөдөн тышкары, подрядчылар бордюрларды алмаштырып, жөө жүргүнчүлөр жолдорун жана өтмөктөрдү жабдышат. Айрым участоктордо тургундар бир нече жылдан бери талап кылып келген жаан суусун агызуучу арыктар курулат.',
          { quote: 'Ар бир объектти коомчулуктун өкүлдөрү катышкан комиссия кабыл алат. Эгер подрядчы технологияны бузса, ишти өз эсебинен кайра жасайт', by: 'мэриянын өкүлү' },
          'Шаар тургундарынан кыймылга убактылуу чектөөлөргө түшүнүү менен мамиле кылуу суралат. Айланып өтүү схемалары мэриянын социалдык тармактардагы расмий баракчаларында алдын ала жарыяланып турат.',
        ],
      },
      en: {
        headline: '{n1|street|streets} in {place} to be repaired this summer, city hall publishes the list',
        lead: 'More money has been allocated from the city budget for road repairs than last year. Work on central streets will be done mainly at night to avoid traffic jams.',
        body: [
          'The plan covers both main roads in the centre and streets in residential neighbourhoods where the asphalt has not been replaced for more than ten years. The full list is available on the [city hall website](https://example.kg/meria/remont-dorog).',
          'As well as laying new surfaces, contractors will replace kerbs and build pavements and pedestrian crossings. Storm drains that residents have been asking for for several years will be installed on some sections.',
          { quote: 'Every project will be signed off by a commission that includes members of the public. If a contractor cuts corners, it will redo the work at its own expense', by: 'a city hall representative' },
          'Residents are asked to be patient with temporary traffic restrictions. Diversion maps will be published in advance on the city hall’s official social media pages.',
        ],
      },
    },
  },
  {
    key: 'b-society-heating-season-early',
    rubric: 'society',
    tags: ['energy', 'weather'],
    places: ['bishkek', 'osh', 'naryn', 'karakol', 'talas', 'tokmok', 'jalalabad'],
    numbers: [[200, 1500]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'Отопительный сезон в {place:loc} стартует раньше срока из-за похолодания',
        lead: 'Тепло будут подавать поэтапно: сначала в больницы, школы и детские сады, затем в жилые дома. Всего к системе централизованного отопления подключено {n1|здание|здания|зданий}.',
        body: [
          'Решение принято на заседании городского штаба после того, как среднесуточная температура воздуха несколько дней подряд держалась ниже +10 градусов, сообщили в мэрии.',
          'Котельные и тепловые сети прошли летние испытания. По словам специалистов, в первые дни возможны перебои, связанные с заполнением систем и удалением воздуха из батарей.',
          'Если в квартире холодно, жителям советуют сначала обратиться в управляющую компанию или товарищество собственников жилья, а при отсутствии реакции — в диспетчерскую службу теплоснабжения.',
        ],
      },
      ky: {
        headline: 'Күн суук тартканына байланыштуу {place:loc} жылытуу мезгили мөөнөтүнөн мурда башталат',
        lead: 'Жылуулук этап-этабы менен берилет: адегенде ооруканаларга, мектептерге жана бала бакчаларга, андан кийин турак үйлөргө. Борборлоштурулган жылытуу системасына жалпысынан {n1} имарат туташтырылган.',
        body: [
          'Чечим абанын орточо суткалык температурасы бир нече күн катары менен +10 градустан төмөн болгондон кийин шаардык штабдын жыйынында кабыл алынганын мэриядан билдиришти.',
          'Казанканалар жана жылуулук тармактары жайкы сыноолордон өткөн. Адистердин айтымында, алгачкы күндөрү системаларды толтуруу жана радиаторлордон абаны чыгаруу менен байланышкан үзгүлтүктөр болушу мүмкүн.',
          'Эгер батир суук болсо, тургундарга адегенде тейлөөчү компанияга же үй ээлеринин шериктигине, жооп болбосо — жылуулук менен камсыздоонун диспетчердик кызматына кайрылуу сунушталат.',
        ],
      },
      en: {
        headline: 'Heating season in {place} to start ahead of schedule as temperatures drop',
        lead: 'Heat will be supplied in stages: first to hospitals, schools and kindergartens, then to homes. A total of {n1|building is|buildings are} connected to the district heating system.',
        body: [
          'The decision was taken at a meeting of the city task force after the average daily temperature stayed below 10 degrees Celsius for several days in a row, city hall said.',
          'Boiler houses and heating mains were tested over the summer. Engineers say there may be interruptions in the first few days while the systems are filled and air is bled from radiators.',
          'Residents whose flats are cold are advised to contact their management company or homeowners’ association first and, if nothing is done, the heating utility’s dispatch service.',
        ],
      },
    },
  },
  {
    key: 'b-society-nooruz-programme',
    rubric: 'society',
    tags: ['music', 'tourism'],
    places: ['bishkek', 'osh', 'karakol', 'naryn', 'talas', 'jalalabad', 'batken'],
    source: 'mayor',
    text: {
      ru: {
        headline: 'Нооруз в {place:loc}: где пройдут праздничные мероприятия и как будет работать транспорт',
        lead: 'Главные гуляния развернутся на центральной площади города 21 марта. Горожан ждут концерт, ярмарка ремесленников, национальные игры и угощение сумолоком.',
        body: [
          'Праздничная программа начнётся в 10:00 с театрализованного представления. Затем на площади установят юрты, где мастера покажут, как готовят традиционные блюда и изготавливают изделия из войлока.',
          { h: 'Программа' },
          { ul: [
            '10:00 — открытие праздника и выступления фольклорных коллективов;',
            '11:00 — ярмарка ремесленников и фермеров;',
            '13:00 — соревнования по национальным играм, включая ордо и аркан тартыш;',
            '17:00 — большой праздничный концерт.',
          ] },
          'На время мероприятий движение по прилегающим к площади улицам будет ограничено. В мэрии {place:gen} попросили жителей по возможности добираться до центра пешком или на общественном транспорте.',
        ],
      },
      ky: {
        headline: '{place:loc} Нооруз: майрамдык иш-чаралар кайда өтөт жана транспорт кантип иштейт',
        lead: 'Негизги майрамдык салтанат 21-мартта шаардын борбордук аянтында өтөт. Шаар тургундарын концерт, кол өнөрчүлөрдүн жарманкеси, улуттук оюндар жана сүмөлөк күтөт.',
        body: [
          'Майрам программасы саат 10:00дө театрлаштырылган көрүнүш менен башталат. Андан кийин аянтка боз үйлөр тигилип, чеберлер салттуу тамактарды кантип даярдоону жана кийизден буюмдарды кантип жасоону көрсөтүшөт.',
          { h: 'Программа' },
          { ul: [
            '10:00 — майрамдын ачылышы жана фольклордук жамааттардын чыгышы;',
            '11:00 — кол өнөрчүлөрдүн жана фермерлердин жарманкеси;',
            '13:00 — ордо жана аркан тартыш сыяктуу улуттук оюндар боюнча мелдештер;',
            '17:00 — чоң майрамдык концерт.',
          ] },
          '{place:gen} мэриясы иш-чаралар учурунда аянтка жанаша көчөлөрдө унаа кыймылы чектелерин эскертип, тургундардан мүмкүн болушунча борборго жөө же коомдук транспорт менен келүүнү суранды.',
        ],
      },
      en: {
        headline: 'Nooruz in {place}: where the celebrations will be held and how transport will run',
        lead: 'The main festivities will take place in the central square on March 21. Residents can look forward to a concert, a crafts fair, traditional games and servings of sumolok.',
        body: [
          'The programme opens at 10:00 with a theatrical performance. Yurts will then be set up in the square, where craftspeople will show how traditional dishes are cooked and felt goods are made.',
          { h: 'Programme' },
          { ul: [
            '10:00 — opening ceremony and folk ensembles;',
            '11:00 — crafts and farmers’ fair;',
            '13:00 — traditional games, including ordo and arkan tartysh (tug of war);',
            '17:00 — grand holiday concert.',
          ] },
          'Traffic on the streets around the square will be restricted during the events. The {place} city hall asked residents to walk or use public transport to get to the centre if possible.',
        ],
      },
    },
  },
  {
    key: 'b-society-service-centres-saturday',
    rubric: 'society',
    tags: ['digital', 'cabinet'],
    places: ['bishkek', 'osh', 'jalalabad', 'karakol', 'naryn', 'talas', 'batken'],
    numbers: [[300, 900]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Центры обслуживания населения в {place:loc} будут работать по субботам: в будни к окнам приёма выстраиваются длинные очереди',
        lead: 'В период летних отпусков в ЦОНы ежедневно обращаются до {n1|человека|человек|человек}, большинство — за паспортами и справками. Дополнительный рабочий день должен сократить очереди.',
        body: [
          'По субботам центры будут принимать граждан с 9:00 до 14:00. Это касается выдачи ID-карт, загранпаспортов, водительских удостоверений и регистрации по месту жительства, сообщили в Министерстве цифрового развития.',
          { h: 'Как не стоять в очереди' },
          { ol: [
            'Запишитесь на удобное время через [электронную очередь](https://example.kg/con/ochered) или мобильное приложение.',
            'Проверьте готовность документа онлайн, прежде чем идти за ним в ЦОН.',
            'Возьмите с собой оригиналы документов и квитанцию об оплате.',
          ] },
          { quote: 'Основной поток приходится на понедельник и пятницу. Субботний приём поможет распределить нагрузку, особенно для тех, кто работает в будни', by: 'представитель ведомства' },
          'Часть услуг, в том числе получение справок о несудимости и о составе семьи, уже полностью доступна онлайн без визита в центр.',
        ],
      },
      ky: {
        headline: '{place:loc} калкты тейлөө борборлору ишемби күндөрү да иштейт: жумуш күндөрү кабыл алуу терезелеринин алдында узун кезек түзүлүүдө',
        lead: 'Жайкы эс алуу мезгилинде КТБларга күн сайын {n1} адамга чейин кайрылат, алардын көбү паспорт жана маалымкат алуу үчүн келишет. Кошумча иш күнү кезектерди кыскартат деп күтүлүүдө.',
        body: [
          'Ишемби күндөрү борборлор жарандарды саат 9:00дөн 14:00гө чейин кабыл алат. Бул ID-карталарды, чет өлкөгө чыгуучу паспорттарды, айдоочулук күбөлүктөрдү берүүгө жана жашаган жери боюнча каттоого тиешелүү экенин Санариптик өнүктүрүү министрлигинен билдиришти.',
          { h: 'Кезекте турбаш үчүн эмне кылуу керек' },
          { ol: [
            '[Электрондук кезек](https://example.kg/con/ochered) же мобилдик тиркеме аркылуу ыңгайлуу убакытка жазылыңыз.',
            'КТБга барардан мурун документиңиздин даяр экенин онлайн текшериңиз.',
            'Документтердин түп нускаларын жана төлөм квитанциясын өзүңүз менен алыңыз.',
          ] },
          { quote: 'Негизги агым дүйшөмбү жана жума күндөрүнө туура келет. Ишембидеги кабыл алуу, айрыкча иш күндөрү иштегендер үчүн, жүктү бөлүштүрүүгө жардам берет', by: 'ведомствонун өкүлү' },
          'Кызматтардын бир бөлүгү, анын ичинде соттолбогондугу жана үй-бүлө курамы тууралуу маалымкаттар, борборго барбастан толугу менен онлайн жеткиликтүү.',
        ],
      },
      en: {
        headline: 'Public service centres in {place} to open on Saturdays as long queues for passports build up at counters on weekdays',
        lead: 'During the summer holidays up to {n1|person|people} a day visit public service centres, most of them for passports and certificates. The extra working day is meant to shorten the queues.',
        body: [
          'On Saturdays the centres will serve the public from 9:00 to 14:00. This applies to ID cards, international passports, driving licences and residence registration, the Ministry of Digital Development said.',
          { h: 'How to avoid the queue' },
          { ol: [
            'Book a convenient time through the [electronic queue](https://example.kg/con/ochered) or the mobile app.',
            'Check online that your document is ready before going to collect it.',
            'Bring the original documents and the payment receipt with you.',
          ] },
          { quote: 'Most people come on Mondays and Fridays. Opening on Saturdays will help spread the load, especially for those who work on weekdays', by: 'a ministry representative' },
          'Some services, including certificates of no criminal record and of family composition, are already fully available online without a visit to a centre.',
        ],
      },
    },
  },
  {
    key: 'b-society-ort-results',
    rubric: 'society',
    tags: ['education', 'universities', 'schools'],
    numbers: [[55, 70], [300, 900]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Выпускники узнали результаты ОРТ: более {n2|участника|участников|участников} набрали свыше 200 баллов',
        lead: 'В основном тестировании в этом году приняли участие около {n1|тысячи|тысяч|тысяч} выпускников школ и колледжей. Сертификаты с результатами уже доступны в личных кабинетах участников.',
        body: [
          'Результаты опубликовал Центр оценки в образовании и методов обучения. Как и в прошлые годы, тест включал основную часть и предметные тесты, которые нужны для поступления на отдельные специальности.',
          'Пороговый балл для участия в конкурсе на грантовые места составил 110 баллов. Зачисление на бюджетные места пройдёт в несколько туров, первый начнётся в конце июля.',
          { ul: [
            'Проверить результат можно на [сайте центра](https://example.kg/ort/rezultaty) по номеру сертификата.',
            'Апелляции принимаются в течение трёх рабочих дней после публикации результатов.',
            'Вузы и специальности выбирают онлайн, изменить выбор можно до окончания тура.',
          ] },
          'В Министерстве образования отметили, что доля высоких результатов выросла в школах, где в последние годы обновили учебники и провели переподготовку учителей.',
        ],
      },
      ky: {
        headline: 'Бүтүрүүчүлөр ЖРТнын жыйынтыгын билишти: {n2} катышуучудан ашыгы 200 баллдан жогору алды',
        lead: 'Быйыл негизги тестирлөөгө мектептердин жана колледждердин {n1} миңге жакын бүтүрүүчүсү катышты. Жыйынтыктары көрсөтүлгөн сертификаттар катышуучулардын жеке кабинеттеринде жеткиликтүү.',
        body: [
          'Жыйынтыктарды Билим берүүнү баалоо жана окутуунун методдору борбору жарыялады. Мурдагы жылдардагыдай эле, тест негизги бөлүктөн жана айрым адистиктерге тапшыруу үчүн керектүү предметтик тесттерден турду.',
          'Гранттык орундарга конкурска катышуу үчүн босого балл 110 болду. Бюджеттик орундарга кабыл алуу бир нече турда өтөт, биринчиси июлдун аягында башталат.',
          { ul: [
            'Жыйынтыкты сертификаттын номери боюнча [борбордун сайтынан](https://example.kg/ort/rezultaty) текшерүүгө болот.',
            'Апелляциялар жыйынтыктар жарыялангандан кийин үч жумуш күнүнүн ичинде кабыл алынат.',
            'Жогорку окуу жайлар жана адистиктер онлайн тандалат, тандоону тур аяктаганга чейин өзгөртүүгө болот.',
          ] },
          'Билим берүү министрлигинде акыркы жылдары окуу китептери жаңыланып, мугалимдер кайра даярдоодон өткөн мектептерде жогорку жыйынтыктардын үлүшү өскөнү белгиленди.',
        ],
      },
      en: {
        headline: 'School leavers get national test results, with more than {n2} candidates scoring over 200 points',
        lead: 'About {n1} thousand graduates of schools and colleges sat the main national test this year. Certificates with the results are already available in the candidates’ personal accounts.',
        body: [
          'The results were published by the Centre for Educational Assessment and Teaching Methods. As in previous years, the test consisted of a core section and subject tests required for certain degree programmes.',
          'The minimum score to compete for state-funded places was 110 points. Admission to funded places will take place in several rounds, the first starting at the end of July.',
          { ul: [
            'Results can be checked on the [centre’s website](https://example.kg/ort/rezultaty) using the certificate number.',
            'Appeals are accepted within three working days of the results being published.',
            'Universities and programmes are chosen online, and the choice can be changed until the end of each round.',
          ] },
          'The Ministry of Education noted that the share of high scores had grown in schools where textbooks were updated and teachers retrained in recent years.',
        ],
      },
    },
  },
];
