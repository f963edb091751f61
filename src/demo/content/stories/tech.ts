// Demo story templates: Technology. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const TECH_STORIES: StoryTemplate[] = [
  {
    key: 'a-state-services-online',
    rubric: 'tech',
    tags: ['digital', 'cabinet', 'internet'],
    numbers: [[140, 220], [1, 3]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Число государственных услуг, которые можно получить онлайн, достигло {n1}',
        lead: 'Через портал и мобильное приложение «Тундук» граждане получают справки, регистрируют бизнес и записывают детей в школу. Приложением пользуются более {n2} млн человек.',
        body: [
          'Министерство цифрового развития и инновационных технологий сообщило, что число государственных услуг, доступных в электронном виде, достигло **{n1}**. Ещё год назад их было почти вдвое меньше.',
          'Самые востребованные услуги:',
          { ol: ['справка о несудимости;', 'справка о составе семьи;', 'регистрация индивидуального предпринимателя;', 'запись ребёнка в школу и детский сад;', 'проверка штрафов за нарушение правил дорожного движения.'] },
          { quote: 'Наша цель — чтобы человеку не приходилось идти в госорган за бумагой, которую государство и так может получить из своих же баз', by: 'заместитель министра цифрового развития и инновационных технологий' },
          'До конца года в онлайн-формат планируется перевести оформление земельных участков и ряд разрешений в сфере строительства.',
        ],
      },
      ky: {
        headline: 'Онлайн көрсөтүлгөн мамлекеттик кызматтардын саны {n1} болду',
        lead: '«Түндүк» порталы жана мобилдик тиркемеси аркылуу жарандар маалымкат алып, бизнесин каттатып, балдарын мектепке жазышат. Тиркемени {n2} миллиондон ашык адам колдонот.',
        body: [
          'Санариптик өнүктүрүү жана инновациялык технологиялар министрлигинин маалыматы боюнча, электрондук түрдө жеткиликтүү мамлекеттик кызматтардын саны **{n1}** болду. Бир жыл мурун алар дээрлик эки эсе аз эле.',
          'Эң көп суралган кызматтар:',
          { ol: ['соттолбогондугу тууралуу маалымкат;', 'үй-бүлө курамы тууралуу маалымкат;', 'жеке ишкерди каттоо;', 'баланы мектепке жана бала бакчага жазуу;', 'жол кыймылынын эрежелерин бузгандык үчүн айыптарды текшерүү.'] },
          { quote: 'Биздин максат — мамлекет өз базаларынан эле ала турган кагаз үчүн адам мамлекеттик органга барбашы керек', by: 'санариптик өнүктүрүү жана инновациялык технологиялар министринин орун басары' },
          'Жыл аягына чейин жер тилкелерин тариздөө жана курулуш тармагындагы бир катар уруксаттар онлайн форматка которулат.',
        ],
      },
      en: {
        headline: 'Number of government services available online reaches {n1}',
        lead: 'Through the Tunduk portal and mobile app, people obtain certificates, register businesses and enrol children in school. The app has more than {n2} million users.',
        body: [
          'The Ministry of Digital Development and Innovative Technologies said the number of government services available electronically had reached **{n1}**. A year ago there were almost half as many.',
          'The most popular services are:',
          { ol: ['certificate of no criminal record;', 'certificate of family composition;', 'registration as a sole trader;', 'enrolling a child in school or kindergarten;', 'checking traffic fines.'] },
          { quote: 'Our goal is that nobody should have to visit a government office for a paper the state can already get from its own databases', by: 'Deputy Minister of Digital Development and Innovative Technologies' },
          'Land plot registration and a number of construction permits are due to move online by the end of the year.',
        ],
      },
    },
  },
  {
    key: 'a-4g-rural-coverage',
    rubric: 'tech',
    tags: ['internet', 'digital'],
    places: ['naryn', 'talas', 'batken', 'kochkor', 'karakol', 'jalalabad'],
    numbers: [[14, 38]],
    text: {
      ru: {
        headline: 'Мобильный интернет 4G появился ещё в {n1|селе|сёлах|сёлах} вокруг {place:gen}',
        lead: 'Операторы связи установили новые базовые станции в рамках программы подключения отдалённых населённых пунктов к скоростному интернету.',
        body: [
          'В окрестностях {place:gen} заработали новые базовые станции мобильной связи четвёртого поколения. Скоростной интернет стал доступен жителям ещё {n1|села|сёл|сёл}.',
          'Станции строятся по программе, которую операторы выполняют совместно с Министерством цифрового развития и инновационных технологий. Часть затрат на строительство в малонаселённых районах компенсирует государство.',
          { quote: 'Раньше, чтобы отправить документы или провести урок онлайн, приходилось подниматься на холм за селом. Теперь интернет есть прямо дома', by: 'Нурзат Бейшеева, учительница сельской школы' },
          'По данным министерства, до конца года мобильным интернетом планируется охватить все сёла с населением более 100 человек.',
        ],
      },
      ky: {
        headline: '{place} тегерегиндеги дагы {n1} айылда 4G мобилдик интернети пайда болду',
        lead: 'Байланыш операторлору алыскы калктуу конуштарды ылдам интернетке туташтыруу программасынын алкагында жаңы базалык станцияларды орнотушту.',
        body: [
          '{place} тегерегинде төртүнчү муундагы мобилдик байланыштын жаңы базалык станциялары иштей баштады. Ылдам интернет дагы {n1} айылдын тургундарына жеткиликтүү болду.',
          'Станциялар операторлор Санариптик өнүктүрүү жана инновациялык технологиялар министрлиги менен биргелешип ишке ашырып жаткан программа боюнча курулууда. Калк аз жашаган райондордо курулушка кеткен чыгымдын бир бөлүгүн мамлекет төлөп берет.',
          { quote: 'Мурда документ жөнөтүү же онлайн сабак өтүү үчүн айылдын артындагы дөбөгө чыгууга туура келчү. Эми интернет үйдүн ичинде эле бар', by: 'Нурзат Бейшеева, айылдык мектептин мугалими' },
          'Министрликтин маалыматы боюнча, жыл аягына чейин калкы 100 адамдан ашкан бардык айылдарды мобилдик интернет менен камсыз кылуу пландалууда.',
        ],
      },
      en: {
        headline: '4G mobile internet reaches {n1|more village|more villages} around {place}',
        lead: 'Mobile operators have installed new base stations under a programme to connect remote settlements to high-speed internet.',
        body: [
          'New fourth-generation mobile base stations have started operating around {place}. High-speed internet is now available to residents of {n1|more village|more villages}.',
          'The stations are being built under a programme that operators run jointly with the Ministry of Digital Development and Innovative Technologies. The state covers part of the construction cost in sparsely populated districts.',
          { quote: 'We used to have to climb the hill behind the village to send documents or teach a lesson online. Now we have internet at home', by: 'Nurzat Beisheeva, a village school teacher' },
          'According to the ministry, all villages with more than 100 residents are to have mobile internet by the end of the year.',
        ],
      },
    },
  },
  {
    key: 'a-hitech-park-exports',
    rubric: 'tech',
    tags: ['startups', 'digital', 'investment'],
    numbers: [[18, 35], [90, 160]],
    text: {
      ru: {
        headline: 'Экспорт IT-услуг резидентов Парка высоких технологий вырос за год на {n1}%',
        lead: 'За год число резидентов пополнилось {n2|компанией|компаниями|компаниями}. Основная часть выручки приходится на заказчиков из США, Европы и стран ЕАЭС.',
        body: [
          'Парк высоких технологий Кыргызской Республики подвёл итоги года. Объём экспорта услуг его резидентов вырос на **{n1}%**, а число резидентов пополнилось {n2|компанией|компаниями|компаниями}.',
          'Основные направления работы резидентов:',
          { ul: ['разработка программного обеспечения на заказ;', 'финансовые технологии и платёжные сервисы;', 'разработка игр;', 'техническая поддержка и тестирование.'] },
          { quote: 'Компании всё чаще не только выполняют заказы, но и создают собственные продукты. Это более устойчивая модель роста', by: 'директор Парка высоких технологий' },
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'Итоги года Парка высоких технологий' },
          'Резиденты парка работают по особому налоговому режиму: вместо налога на прибыль и НДС они платят 1% от выручки.',
        ],
      },
      ky: {
        headline: 'Жогорку технологиялар паркынын резиденттеринин IT-кызматтар экспорту бир жылда {n1} пайызга өстү',
        lead: 'Резиденттердин катары дагы {n2} компанияга толукталды. Кирешенин негизги бөлүгү АКШдан, Европадан жана ЕАЭБ өлкөлөрүнөн келген тапшырык берүүчүлөргө туура келет.',
        body: [
          'Кыргыз Республикасынын Жогорку технологиялар паркы жылдын жыйынтыгын чыгарды. Анын резиденттеринин кызмат көрсөтүүлөр экспорту **{n1} пайызга** өсүп, резиденттердин катары дагы {n2} компанияга толукталды.',
          'Резиденттердин негизги иш багыттары:',
          { ul: ['буйрутма боюнча программалык камсыздоо иштеп чыгуу;', 'финансылык технологиялар жана төлөм кызматтары;', 'оюндарды иштеп чыгуу;', 'техникалык колдоо жана тестирлөө.'] },
          { quote: 'Компаниялар буйрутмаларды аткаруу менен гана чектелбей, өз продуктуларын түзүп жатышат. Бул өсүштүн бир кыйла туруктуу модели', by: 'Жогорку технологиялар паркынын директору' },
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'Жогорку технологиялар паркынын жылдык жыйынтыгы' },
          'Парктын резиденттери өзгөчө салык режиминде иштешет: пайдага салыктын жана КНСтин ордуна түшкөн кирешенин 1 пайызын төлөшөт.',
        ],
      },
      en: {
        headline: 'IT exports by High Technology Park residents grow {n1}% in a year',
        lead: 'The park gained {n2|new resident company|new resident companies}. Most revenue comes from clients in the United States, Europe and EAEU countries.',
        body: [
          'The High Technology Park of the Kyrgyz Republic has reviewed the year’s results. Service exports by its residents grew by **{n1}%**, and {n2|new company|new companies} joined the park.',
          'Residents mainly work in:',
          { ul: ['custom software development;', 'financial technology and payment services;', 'game development;', 'technical support and testing.'] },
          { quote: 'Companies increasingly do more than fulfil orders: they build products of their own. That is a more sustainable growth model', by: 'Director of the High Technology Park' },
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'High Technology Park: results of the year' },
          'Park residents operate under a special tax regime, paying 1% of revenue instead of profit tax and VAT.',
        ],
      },
    },
  },
  {
    key: 'a-irrigation-app-startup',
    rubric: 'tech',
    tags: ['startups', 'agriculture', 'water'],
    places: ['osh', 'jalalabad', 'talas', 'batken', 'uzgen'],
    numbers: [[300, 900]],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Стартап из {place:gen} создал приложение для заказа поливной воды через смартфон',
        lead: 'Фермеры подают заявку на полив, оплачивают услугу и видят очередь на своём канале прямо в телефоне. Сервисом уже пользуются около {n1|хозяйства|хозяйств|хозяйств}.',
        body: [
          'Команда из четырёх программистов из {place:gen} разработала мобильное приложение для ассоциаций водопользователей. Раньше фермеры записывались на полив в тетради у мираба, а платили за воду наличными.',
          { image: true, caption: 'Фермер оформляет заявку на полив в приложении', alt: 'Мужчина со смартфоном у оросительного арыка' },
          'В приложении можно:',
          { ul: ['подать заявку на полив с указанием участка и объёма воды;', 'оплатить услугу банковской картой или электронным кошельком;', 'увидеть очередь и время подачи воды на свой участок.'] },
          { quote: 'Споры из-за очереди на полив были почти в каждом селе. Когда всё видно в телефоне, вопросов становится меньше', by: 'Азамат Жолдошев, сооснователь стартапа' },
          'Сейчас сервисом пользуются около {n1|хозяйства|хозяйств|хозяйств}. Разработчики ведут переговоры о подключении ассоциаций из соседних районов.',
        ],
      },
      ky: {
        headline: '{place:loc} түзүлгөн стартап сугат суусуна смартфон аркылуу өтүнмө берүүчү тиркеме иштеп чыкты',
        lead: 'Фермерлер сугатка өтүнмө берип, акысын төлөп, өз арыгындагы кезекти түз эле телефондон көрүшөт. Кызматты азыр {n1} чакты чарба колдонот.',
        body: [
          '{place:loc} жашаган төрт программисттен турган команда суу пайдалануучулар ассоциациялары үчүн мобилдик тиркеме иштеп чыкты. Мурда фермерлер сугатка мирабдын дептерине жазылып, суунун акысын накталай төлөшчү.',
          { image: true, caption: 'Фермер тиркемеде сугатка өтүнмө толтурууда', alt: 'Сугат арыгынын жанында смартфон кармап турган киши' },
          'Тиркемеде төмөнкүлөр мүмкүн:',
          { ul: ['жер тилкесин жана суунун көлөмүн көрсөтүп, сугатка өтүнмө берүү;', 'кызматтын акысын банк картасы же электрондук капчык аркылуу төлөө;', 'кезекти жана өз тилкесине суу берилүүчү убакытты көрүү.'] },
          { quote: 'Сугат кезеги үчүн талаш дээрлик ар бир айылда болчу. Баары телефондон көрүнүп турганда суроолор азаят', by: 'Азамат Жолдошев, стартаптын негиздөөчүлөрүнүн бири' },
          'Азыр кызматты {n1} чакты чарба колдонот. Иштеп чыгуучулар коңшу райондордогу ассоциацияларды кошуу боюнча сүйлөшүүлөрдү жүргүзүп жатышат.',
        ],
      },
      en: {
        headline: 'Start-up from {place} creates smartphone app for ordering irrigation water',
        lead: 'Farmers can request irrigation, pay for it and see the queue on their canal on their phones. Around {n1|farm|farms} already use the service.',
        body: [
          'A team of four programmers from {place} has developed a mobile app for water users’ associations. Farmers used to sign up for irrigation in the water master’s notebook and pay for water in cash.',
          { image: true, caption: 'A farmer submits an irrigation request in the app', alt: 'A man holding a smartphone next to an irrigation ditch' },
          'The app lets farmers:',
          { ul: ['request irrigation, specifying the plot and the volume of water;', 'pay by bank card or e-wallet;', 'see the queue and the time water will reach their plot.'] },
          { quote: 'There were disputes over the irrigation queue in almost every village. When everything is visible on the phone, there are fewer questions', by: 'Azamat Zholdoshev, co-founder of the start-up' },
          'Around {n1|farm|farms} currently use the service. The developers are in talks to connect associations in neighbouring districts.',
        ],
      },
    },
  },
  {
    key: 'a-school-coding-clubs',
    rubric: 'tech',
    tags: ['schools', 'education', 'digital'],
    numbers: [[40, 120]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Кружки программирования откроются в {n1|школе|школах|школах} в регионах',
        lead: 'Занятия для учеников 7–11 классов будут бесплатными. Учителей информатики подготовят на летних курсах, а компьютерные классы получат новые ноутбуки.',
        body: [
          'Министерство образования и науки вместе с IT-компаниями запускает проект по открытию кружков программирования в сельских и районных школах. В первый год кружки заработают в {n1|школе|школах|школах}.',
          { h: 'Как будут устроены занятия' },
          { ul: ['два занятия в неделю после уроков;', 'основы Python, создание сайтов и простых игр;', 'итоговый проект и региональный конкурс в конце учебного года;', 'стажировка в IT-компаниях для лучших учеников.'] },
          'Учителя информатики пройдут двухнедельные курсы в Бишкеке. Для школ закупят ноутбуки и обеспечат их стабильным подключением к интернету.',
          { quote: 'Мы хотим, чтобы у ребёнка из горного села были те же шансы прийти в IT, что и у школьника из столицы', by: 'заместитель министра образования и науки' },
        ],
      },
      ky: {
        headline: 'Региондордогу {n1} мектепте программалоо ийримдери ачылат',
        lead: '7–11-класстардын окуучулары үчүн сабактар акысыз болот. Информатика мугалимдери жайкы курстарда даярдалып, компьютер класстарына жаңы ноутбуктар берилет.',
        body: [
          'Билим берүү жана илим министрлиги IT-компаниялар менен бирге айылдык жана райондук мектептерде программалоо ийримдерин ачуу долбоорун баштады. Биринчи жылы ийримдер {n1} мектепте иштей баштайт.',
          { h: 'Сабактар кандай уюштурулат' },
          { ul: ['сабактан кийин жумасына эки машыгуу;', 'Python тилинин негиздери, сайттарды жана жөнөкөй оюндарды түзүү;', 'окуу жылынын аягында жыйынтыктоочу долбоор жана регионалдык сынак;', 'мыкты окуучулар үчүн IT-компанияларда стажировка.'] },
          'Информатика мугалимдери Бишкекте эки жумалык курстан өтүшөт. Мектептер үчүн ноутбуктар сатылып алынып, туруктуу интернет менен камсыз кылынат.',
          { quote: 'Тоолуу айылдагы баланын да IT тармагына келүүгө борбордогу окуучудай эле мүмкүнчүлүгү болушун каалайбыз', by: 'билим берүү жана илим министринин орун басары' },
        ],
      },
      en: {
        headline: 'Coding clubs to open in {n1|school|schools} across the regions',
        lead: 'Classes for pupils in grades 7 to 11 will be free. Computer science teachers will be trained at summer courses, and computer rooms will get new laptops.',
        body: [
          'The Ministry of Education and Science is launching a project with IT companies to open coding clubs in rural and district schools. In the first year, clubs will start in {n1|school|schools}.',
          { h: 'How the clubs will work' },
          { ul: ['two sessions a week after lessons;', 'Python basics, building websites and simple games;', 'a final project and a regional contest at the end of the school year;', 'internships at IT companies for the best pupils.'] },
          'Computer science teachers will take two-week courses in Bishkek. Schools will receive laptops and a stable internet connection.',
          { quote: 'We want a child from a mountain village to have the same chance of getting into IT as a pupil in the capital', by: 'Deputy Minister of Education and Science' },
        ],
      },
    },
  },
  {
    key: 'a-kindergarten-e-queue',
    rubric: 'tech',
    tags: ['digital', 'education'],
    places: ['bishkek', 'osh', 'tokmok', 'karakol', 'jalalabad', 'naryn'],
    source: 'mayor',
    text: {
      ru: {
        headline: 'В {place:loc} очередь в муниципальные детские сады стала полностью электронной',
        lead: 'Родители могут встать в очередь онлайн и следить за своим номером в личном кабинете. Места будут распределяться автоматически, без участия заведующих.',
        body: [
          'Мэрия {place:gen} перевела очередь во все муниципальные детские сады города в электронный формат. Бумажные журналы записи больше не ведутся.',
          'Чтобы встать в очередь, нужно:',
          { ol: ['зарегистрироваться на [портале](https://example.kg/balabakcha) или в мобильном приложении;', 'указать данные свидетельства о рождении ребёнка;', 'выбрать до трёх детских садов рядом с домом;', 'подтвердить заявку кодом из SMS.'] },
          'Дети из многодетных семей, дети с инвалидностью и дети военнослужащих получают места в первую очередь. Система учитывает льготы автоматически по данным государственных баз.',
          { quote: 'Раньше приходилось обходить сады и спрашивать, есть ли места. Теперь я вижу свой номер в очереди в телефоне', by: 'Жылдыз Осмонова, мама двухлетнего сына' },
        ],
      },
      ky: {
        headline: '{place:loc} муниципалдык бала бакчаларга кезек толугу менен электрондук болду',
        lead: 'Ата-энелер кезекке онлайн туруп, өз номерин жеке кабинеттен көзөмөлдөй алышат. Орундар башчылардын катышуусуз автоматтык түрдө бөлүштүрүлөт.',
        body: [
          '{place:gen} мэриясы шаардагы бардык муниципалдык бала бакчаларга кезекти электрондук форматка которду. Кагаз журналдарга жазуу мындан ары жүргүзүлбөйт.',
          'Кезекке туруу үчүн:',
          { ol: ['[порталга](https://example.kg/balabakcha) же мобилдик тиркемеге катталуу;', 'баланын туулгандыгы тууралуу күбөлүгүнүн маалыматтарын көрсөтүү;', 'үйгө жакын үч бала бакчага чейин тандоо;', 'өтүнмөнү SMS аркылуу келген код менен ырастоо керек.'] },
          'Көп балалуу үй-бүлөлөрдүн балдары, ден соолугунун мүмкүнчүлүгү чектелген балдар жана аскер кызматчыларынын балдары биринчи кезекте орун алышат. Система жеңилдиктерди мамлекеттик базалардын маалыматы боюнча автоматтык түрдө эске алат.',
          { quote: 'Мурда бала бакчаларды кыдырып, орун барбы деп сурачубуз. Эми кезектеги номеримди телефондон көрүп турам', by: 'Жылдыз Осмонова, эки жашар уулдун апасы' },
        ],
      },
      en: {
        headline: 'Queue for municipal kindergartens in {place} goes fully electronic',
        lead: 'Parents can join the queue online and track their place in a personal account. Places will be allocated automatically, without involvement of kindergarten heads.',
        body: [
          'The {place} city hall has moved the queue for all of the city’s municipal kindergartens online. Paper registers are no longer kept.',
          'To join the queue, parents need to:',
          { ol: ['register on the [portal](https://example.kg/balabakcha) or in the mobile app;', 'enter the details of the child’s birth certificate;', 'choose up to three kindergartens near home;', 'confirm the application with a code sent by text message.'] },
          'Children from large families, children with disabilities and children of military personnel get places first. The system applies these priorities automatically using data from state databases.',
          { quote: 'I used to go round the kindergartens asking whether they had places. Now I can see my number in the queue on my phone', by: 'Jyldyz Osmonova, mother of a two-year-old' },
        ],
      },
    },
  },
  {
    key: 'a-bank-phone-fraud-warning',
    rubric: 'tech',
    tags: ['internet', 'police', 'digital'],
    places: ['bishkek', 'osh', 'karakol', 'jalalabad', 'tokmok'],
    numbers: [[12, 40], [2, 9]],
    source: 'police',
    text: {
      ru: {
        headline: 'Милиция {place:gen} предупреждает о мошенниках, которые звонят от имени «службы безопасности банка» и просят продиктовать код из SMS',
        lead: 'Только за последнюю неделю в милицию поступило {n1|заявление|заявления|заявлений} от пострадавших горожан. Общий ущерб от действий мошенников превысил {n2} млн сомов.',
        body: [
          'В УВД {place:gen} фиксируют рост числа мошенничеств по телефону и в мессенджерах. Злоумышленники представляются сотрудниками банка или правоохранительных органов и сообщают о «подозрительной операции» по карте.',
          'Затем собеседник просит назвать код из SMS, установить приложение для «защиты счёта» или перевести деньги на «безопасный счёт». После этого средства исчезают.',
          { h: 'Как защитить себя' },
          { ol: ['никому не сообщайте коды из SMS и данные карты;', 'не устанавливайте приложения по просьбе звонящих;', 'если звонят «из банка», положите трубку и перезвоните по номеру на обратной стороне карты;', 'о подозрительных звонках сообщайте в милицию по номеру 102.'] },
          { quote: 'Настоящий сотрудник банка никогда не попросит продиктовать код или перевести деньги. Если вас торопят и пугают — это мошенники', by: 'начальник отдела по борьбе с киберпреступлениями УВД' },
        ],
      },
      ky: {
        headline: '{place:gen} милициясы «банктын коопсуздук кызматынын» атынан чалып, SMS аркылуу келген кодду сураган алдамчылардан сак болууга чакырат',
        lead: 'Акыркы бир жумада эле милицияга жабыр тарткан шаар тургундарынан {n1} арыз түштү. Алдамчылардын айынан келтирилген жалпы зыян {n2} млн сомдон ашты.',
        body: [
          '{place:gen} ИИБде телефон жана мессенджерлер аркылуу жасалган алдамчылыктар көбөйгөнү катталууда. Алдамчылар өздөрүн банктын же укук коргоо органдарынын кызматкери катары тааныштырып, картадагы «шектүү операция» тууралуу кабарлашат.',
          'Андан кийин SMS аркылуу келген кодду айтып берүүнү, «эсепти коргоо» үчүн тиркеме орнотууну же акчаны «коопсуз эсепке» которууну суранышат. Ушундан кийин каражат жоголот.',
          { h: 'Өзүңүздү кантип коргойсуз' },
          { ol: ['SMS аркылуу келген коддорду жана картанын маалыматтарын эч кимге айтпаңыз;', 'чалгандардын өтүнүчү менен тиркемелерди орнотпоңуз;', 'эгер «банктан» чалышса, телефонду коюп, картанын артындагы номерге өзүңүз чалыңыз;', 'шектүү чалуулар тууралуу 102 номери аркылуу милицияга кабарлаңыз.'] },
          { quote: 'Чыныгы банк кызматкери эч качан код айтып берүүнү же акча которууну сурабайт. Эгер сизди шаштырып, коркутушса — бул алдамчылар', by: 'ИИБдин киберкылмыштуулукка каршы күрөшүү бөлүмүнүн башчысы' },
        ],
      },
      en: {
        headline: 'Police in {place} warn of fraudsters who pose as “bank security service” staff and ask for codes from text messages',
        lead: 'In the past week alone, police received {n1|complaint|complaints} from city residents who lost money to the scheme. Total losses exceeded {n2} million soms.',
        body: [
          'Police in {place} are recording a rise in fraud by phone and through messaging apps. The fraudsters pose as bank or law enforcement employees and report a “suspicious transaction” on the victim’s card.',
          'The caller then asks for the code from a text message, tells the victim to install an app to “protect the account” or to transfer money to a “safe account”. After that, the money disappears.',
          { h: 'How to protect yourself' },
          { ol: ['never share codes from text messages or your card details;', 'do not install apps at a caller’s request;', 'if someone calls “from the bank”, hang up and call the number on the back of your card;', 'report suspicious calls to the police on 102.'] },
          { quote: 'A real bank employee will never ask you to read out a code or transfer money. If you are being rushed or frightened, it is a scam', by: 'head of the cybercrime unit of the city police department' },
        ],
      },
    },
  },
  {
    key: 'a-adaptive-traffic-lights',
    rubric: 'tech',
    tags: ['traffic', 'digital', 'roads'],
    places: ['bishkek', 'osh'],
    numbers: [[24, 60], [10, 25]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'В {place:loc} на {n1|перекрёстке|перекрёстках|перекрёстках} заработали адаптивные светофоры',
        lead: 'Система сама меняет длительность сигналов в зависимости от загруженности улиц. По предварительным данным, время в пути по основным магистралям в часы пик сократилось на {n2}%.',
        body: [
          'Мэрия {place:gen} завершила первый этап модернизации светофорных объектов. Новые контроллеры и видеодетекторы установлены на {n1|перекрёстке|перекрёстках|перекрёстках} центральных улиц.',
          'Светофоры получают данные с камер и датчиков и в реальном времени подстраивают фазы: если на одном направлении скапливается очередь, зелёный сигнал для него горит дольше. Работой системы управляет ситуационный центр мэрии.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Lw5dK9sTr2E', title: 'Как работают адаптивные светофоры: видео ситуационного центра' },
          'По предварительным оценкам, время в пути по основным магистралям в часы пик сократилось на {n2}%. О сбоях в работе светофоров водителей просят сообщать по короткому номеру мэрии.',
          'На втором этапе адаптивное управление распространят на перекрёстки в новых жилмассивах.',
        ],
      },
      ky: {
        headline: '{place:loc} {n1} кесилиште адаптивдүү светофорлор иштей баштады',
        lead: 'Система көчөлөрдүн жүгүнө жараша сигналдардын узактыгын өзү өзгөртөт. Алдын ала маалымат боюнча, кайнаган саатта негизги магистралдар боюнча жолдо кеткен убакыт {n2} пайызга кыскарды.',
        body: [
          '{place:gen} мэриясы светофор объекттерин жаңылоонун биринчи этабын аяктады. Жаңы контроллерлер жана видеодетекторлор борбордук көчөлөрдүн {n1} кесилишинде орнотулду.',
          'Светофорлор камералардан жана датчиктерден маалымат алып, фазаларды реалдуу убакытта өзгөртүп турат: эгер бир багытта кезек топтолсо, ага жашыл сигнал узагыраак күйөт. Системанын ишин мэриянын кырдаалдык борбору башкарат.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Lw5dK9sTr2E', title: 'Адаптивдүү светофорлор кантип иштейт: кырдаалдык борбордун видеосу' },
          'Алдын ала баалоо боюнча, кайнаган саатта негизги магистралдар боюнча жолдо кеткен убакыт {n2} пайызга кыскарды. Айдоочулардан светофорлордун иштешиндеги бузулуулар тууралуу мэриянын кыска номерине кабарлоо суралат.',
          'Экинчи этапта адаптивдүү башкаруу жаңы конуштардагы кесилиштерге да жайылтылат.',
        ],
      },
      en: {
        headline: 'Adaptive traffic lights switched on at {n1|junction|junctions} in {place}',
        lead: 'The system adjusts signal timing to traffic levels. Preliminary data show peak-hour journey times on the main roads have fallen by {n2}%.',
        body: [
          'The {place} city hall has completed the first stage of upgrading its traffic lights. New controllers and video detectors have been installed at {n1|junction|junctions} on central streets.',
          'The lights receive data from cameras and sensors and adjust their phases in real time: if a queue builds up in one direction, the green light for it stays on longer. The system is run from the city hall’s situation centre.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Lw5dK9sTr2E', title: 'How adaptive traffic lights work: a video from the situation centre' },
          'Preliminary estimates suggest peak-hour journey times on the main roads have fallen by {n2}%. Drivers are asked to report faults to the city hall’s short number.',
          'In the second stage, adaptive control will be extended to junctions in new residential areas.',
        ],
      },
    },
  },
];
