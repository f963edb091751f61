// Demo story templates: Politics. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const POLITICS_STORIES: StoryTemplate[] = [
  {
    key: 'a-budget-committee-amendments',
    rubric: 'politics',
    tags: ['parliament', 'budget'],
    numbers: [[3, 9]],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Бюджетный комитет Жогорку Кенеша одобрил поправки в республиканский бюджет на текущий год',
        lead: 'Профильный комитет парламента рекомендовал принять законопроект в первом чтении. Дополнительные {n1} млрд сомов предлагается направить в основном на ремонт школ и дорог.',
        body: [
          'Комитет Жогорку Кенеша по бюджету и финансам на очередном заседании рассмотрел проект закона о внесении изменений в республиканский бюджет. Документ внёс Кабинет министров после подведения итогов первого полугодия.',
          'По словам заместителя министра финансов, доходная часть бюджета исполнена с превышением плана. Это позволяет увеличить расходы на **{n1} млрд сомов** без роста дефицита.',
          'Основные направления дополнительных расходов:',
          { ul: ['капитальный ремонт школ и детских садов в регионах;', 'содержание и ремонт автомобильных дорог местного значения;', 'закупка медицинского оборудования для районных больниц.'] },
          'Ряд депутатов попросил детализировать перечень объектов по областям. Министерство пообещало представить список ко второму чтению. Законопроект планируется вынести на пленарное заседание на следующей неделе.',
        ],
      },
      ky: {
        headline: 'Жогорку Кеңештин бюджет комитети быйылкы республикалык бюджетке өзгөртүүлөрдү жактырды',
        lead: 'Парламенттин тармактык комитети мыйзам долбоорун биринчи окууда кабыл алууну сунуштады. Кошумча {n1} млрд сом негизинен мектептерди жана жолдорду оңдоого багытталмакчы.',
        body: [
          'Жогорку Кеңештин бюджет жана финансы боюнча комитети кезектеги отурумунда республикалык бюджетке өзгөртүүлөрдү киргизүү тууралуу мыйзам долбоорун карады. Документти Министрлер кабинети биринчи жарым жылдын жыйынтыгы чыгарылгандан кийин киргизген.',
          'Финансы министринин орун басарынын айтымында, бюджеттин киреше бөлүгү пландагыдан ашыгы менен аткарылган. Бул тартыштыкты көбөйтпөстөн чыгашаларды **{n1} млрд сомго** арттырууга мүмкүндүк берет.',
          'Кошумча чыгашалардын негизги багыттары:',
          { ul: ['региондордогу мектептерди жана бала бакчаларды капиталдык оңдоо;', 'жергиликтүү маанидеги автомобиль жолдорун кармоо жана оңдоо;', 'райондук ооруканалар үчүн медициналык жабдууларды сатып алуу.'] },
          'Айрым депутаттар объекттердин тизмесин облустар боюнча так көрсөтүүнү суранышты. Министрлик тизмени экинчи окууга чейин берүүнү убада кылды. Мыйзам долбоору кийинки жумада пленардык отурумда каралышы күтүлүүдө.',
        ],
      },
      en: {
        headline: 'Jogorku Kenesh budget committee backs amendments to this year’s national budget',
        lead: 'The parliamentary committee recommended passing the bill in the first reading. An extra {n1} billion soms in spending would go mainly to repairing schools and roads.',
        body: [
          'The Jogorku Kenesh Committee on Budget and Finance considered a bill amending the national budget at its regular meeting. The Cabinet of Ministers submitted the document after reviewing the results of the first half of the year.',
          'According to the Deputy Minister of Finance, revenue has come in above plan. This allows spending to rise by **{n1} billion soms** without widening the deficit.',
          'The main areas of additional spending are:',
          { ul: ['major repairs of schools and kindergartens in the regions;', 'maintenance and repair of local roads;', 'medical equipment for district hospitals.'] },
          'Several MPs asked for a breakdown of the projects by region. The ministry promised to provide the list before the second reading. The bill is expected to go to a plenary session next week.',
        ],
      },
    },
  },
  {
    key: 'a-deputy-pm-regional-inspection',
    rubric: 'politics',
    tags: ['cabinet', 'schools', 'hospitals'],
    places: ['osh', 'jalalabad', 'naryn', 'talas', 'batken', 'karakol', 'uzgen'],
    numbers: [[3, 8], [60, 90]],
    source: 'cabinet',
    text: {
      ru: {
        headline: 'Заместитель председателя Кабмина проверил ход строительства социальных объектов в {place:loc}',
        lead: 'В ходе рабочей поездки вице-премьер осмотрел новую школу и реконструируемую больницу и поручил подрядчикам завершить работы до начала отопительного сезона.',
        body: [
          'Заместитель председателя Кабинета министров провёл в {place:loc} совещание с руководством области, представителями мэрии и подрядных организаций. Главной темой стало строительство социальных объектов, которые финансируются из республиканского бюджета.',
          'По данным подрядчика, готовность школы на 600 мест составляет около {n2}%. В районной больнице меняют кровлю и инженерные сети. Вице-премьер указал на отставание от графика и потребовал еженедельно докладывать о ходе работ.',
          { quote: 'Объекты, которые ждут дети и пациенты, должны быть сданы в срок. Задержки по вине подрядчиков будут рассматриваться отдельно', by: 'заместитель председателя Кабинета министров' },
          'Кроме того, до конца года в {place:loc} и прилегающих районах планируется открыть ещё {n1|детский сад|детских сада|детских садов}.',
        ],
      },
      ky: {
        headline: 'Министрлер кабинетинин төрагасынын орун басары {place:loc} социалдык объекттердин курулушун текшерди',
        lead: 'Иш сапарынын алкагында вице-премьер жаңы мектепти жана оңдолуп жаткан ооруканыны карап чыгып, мердигерлерге иштерди жылытуу мезгили башталганга чейин бүтүрүүнү тапшырды.',
        body: [
          'Министрлер кабинетинин төрагасынын орун басары {place:loc} облустун жетекчилиги, мэриянын жана мердигер уюмдардын өкүлдөрү менен кеңешме өткөрдү. Негизги маселе республикалык бюджеттин эсебинен курулуп жаткан социалдык объекттер болду.',
          'Мердигердин маалыматы боюнча, 600 орундуу мектептин курулушу болжол менен {n2} пайызга даяр. Райондук ооруканада чатыр жана инженердик тармактар алмаштырылууда. Вице-премьер иштер графиктен артта калып жатканын белгилеп, алардын жүрүшү тууралуу ар жума сайын баяндап турууну талап кылды.',
          { quote: 'Балдар жана бейтаптар күтүп жаткан объекттер өз убагында тапшырылышы керек. Мердигерлердин күнөөсү менен болгон кечигүүлөр өзүнчө каралат', by: 'Министрлер кабинетинин төрагасынын орун басары' },
          'Мындан тышкары, жыл аягына чейин {place:loc} жана ага чектеш райондордо дагы {n1} бала бакча ачуу пландалууда.',
        ],
      },
      en: {
        headline: 'Deputy Cabinet chairman inspects construction of a school and a hospital in {place}',
        lead: 'During a working visit, the deputy prime minister toured a new school and a hospital under reconstruction and told contractors to finish the work before the heating season.',
        body: [
          'The Deputy Chairman of the Cabinet of Ministers held a meeting in {place} with regional officials, city hall representatives and contractors. The main topic was social facilities being built with money from the national budget.',
          'According to the contractor, a 600-seat school is about {n2}% complete. At the district hospital, the roof and utility networks are being replaced. The deputy prime minister noted that the work was behind schedule and demanded weekly progress reports.',
          { quote: 'Facilities that children and patients are waiting for must be handed over on time. Delays caused by contractors will be dealt with separately', by: 'Deputy Chairman of the Cabinet of Ministers' },
          'A further {n1|kindergarten|kindergartens} are due to open in {place} and neighbouring districts by the end of the year.',
        ],
      },
    },
  },
  {
    key: 'a-local-council-by-elections',
    rubric: 'politics',
    tags: ['elections', 'digital'],
    numbers: [[18, 46], [4, 9]],
    text: {
      ru: {
        headline: 'ЦИК утвердил календарь довыборов в местные кенеши в {n2} округах',
        lead: 'Голосование пройдёт с использованием автоматически считывающих урн и биометрической идентификации избирателей. Число зарегистрированных кандидатов уже достигло {n1}.',
        body: [
          'Центральная комиссия по выборам и проведению референдумов утвердила календарный план довыборов депутатов местных кенешей. Мандаты освободились после того, как ряд депутатов досрочно сложил полномочия.',
          'Приём документов от кандидатов завершился на прошлой неделе. Как сообщили в ЦИК, число зарегистрированных претендентов составляет **{n1}**: часть из них выдвинута политическими партиями, остальные идут на выборы в порядке самовыдвижения.',
          'Основные этапы кампании:',
          { ol: ['агитационный период начнётся после регистрации всех кандидатов;', 'за сутки до голосования наступит «день тишины»;', 'предварительные итоги ЦИК опубликует на своём сайте в ночь после голосования.'] },
          'Избиратели могут проверить адрес своего участка на [сайте комиссии](https://example.kg/shailoo) или через SMS-сервис. Чтобы проголосовать по месту временного пребывания, нужно заранее подать заявление.',
        ],
      },
      ky: {
        headline: 'БШК жергиликтүү кеңештерге {n2} округда өтө турган кошумча шайлоонун календарын бекитти',
        lead: 'Добуш берүү автоматтык түрдө эсептөөчү шайлоо кутулары жана шайлоочуларды биометрикалык идентификациялоо аркылуу өтөт. Азырынча {n1} талапкер катталды.',
        body: [
          'Шайлоо жана референдум өткөрүү боюнча борбордук комиссия жергиликтүү кеңештердин депутаттарынын кошумча шайлоосунун календардык планын бекитти. Мандаттар айрым депутаттар ыйгарым укуктарын мөөнөтүнөн мурда токтоткондон кийин бошогон.',
          'Талапкерлерден документтерди кабыл алуу өткөн жумада аяктады. БШКнын маалыматы боюнча, **{n1} талапкер** катталган: алардын бир бөлүгүн саясий партиялар көрсөткөн, калгандары өз талапкерлигин өздөрү көрсөтүшкөн.',
          'Шайлоо өнөктүгүнүн негизги баскычтары:',
          { ol: ['бардык талапкерлер катталгандан кийин үгүт мезгили башталат;', 'добуш берүүдөн бир күн мурун «тынчтык күнү» башталат;', 'БШК алдын ала жыйынтыктарды добуш берүүдөн кийинки түнү өз сайтына жарыялайт.'] },
          'Шайлоочулар өз участогунун дарегин [комиссиянын сайтынан](https://example.kg/shailoo) же SMS-кызмат аркылуу текшере алышат. Убактылуу турган жеринде добуш берүү үчүн алдын ала арыз жазуу керек.',
        ],
      },
      en: {
        headline: 'Election commission sets timetable for local council by-elections in {n2} constituencies',
        lead: 'Voting will use automatic ballot-counting boxes and biometric identification of voters. The number of registered candidates has already reached {n1}.',
        body: [
          'The Central Commission for Elections and Referendums has approved the calendar for by-elections to local councils. The seats fell vacant after several councillors resigned early.',
          'Registration of candidates closed last week. According to the commission, **{n1}** candidates have been registered: some were nominated by political parties, the rest are running as independents.',
          'The main stages of the campaign:',
          { ol: ['campaigning begins once all candidates are registered;', 'a “day of silence” falls on the eve of the vote;', 'the commission will publish preliminary results on its website on the night after polling day.'] },
          'Voters can check the address of their polling station on the [commission’s website](https://example.kg/shailoo) or by text message. Those who wish to vote where they are temporarily staying must apply in advance.',
        ],
      },
    },
  },
  {
    key: 'a-law-electronic-documents',
    rubric: 'politics',
    tags: ['parliament', 'digital'],
    numbers: [[58, 79]],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Парламент принял во втором чтении законопроект об электронных документах и цифровой подписи',
        lead: 'Документ уравнивает электронные справки с бумажными и запрещает госорганам требовать их повторного заверения. Закон вступит в силу через шесть месяцев после опубликования.',
        body: [
          'Жогорку Кенеш на пленарном заседании одобрил во втором чтении законопроект «Об электронных документах и электронной подписи». Документ поддержали {n1} из 90 депутатов.',
          'Согласно законопроекту, справки, выписки и свидетельства, выданные через государственный портал, будут иметь ту же юридическую силу, что и бумажные. Госорганы и банки не смогут требовать от граждан дублировать их на бумаге.',
          { h: 'Что меняется для граждан' },
          { ul: ['справки о несудимости, составе семьи и месте жительства можно будет получить онлайн;', 'электронная подпись станет доступна в мобильном приложении;', 'организациям запретят запрашивать бумажные копии документов, которые уже есть в государственных базах.'] },
          'Представитель Министерства цифрового развития и инновационных технологий пояснил, что к моменту вступления закона в силу все ведомства должны подключиться к системе межведомственного обмена данными «Тундук».',
          'Закон направят на подпись главе государства. Он вступит в силу через шесть месяцев после официального опубликования.',
        ],
      },
      ky: {
        headline: 'Парламент электрондук документтер жана санариптик кол тамга тууралуу мыйзам долбоорун экинчи окууда кабыл алды',
        lead: 'Документ электрондук маалымкаттарды кагаз түрүндөгүлөргө теңештирип, мамлекеттик органдарга аларды кайра күбөлөндүрүүнү талап кылууга тыюу салат. Мыйзам жарыялангандан алты ай өткөндөн кийин күчүнө кирет.',
        body: [
          'Жогорку Кеңеш пленардык отурумда «Электрондук документтер жана электрондук кол тамга жөнүндө» мыйзам долбоорун экинчи окууда жактырды. Документти колдоп {n1} депутат добуш берди.',
          'Мыйзам долбооруна ылайык, мамлекеттик портал аркылуу берилген маалымкаттар, көчүрмөлөр жана күбөлүктөр кагаз түрүндөгүлөр менен бирдей юридикалык күчкө ээ болот. Мамлекеттик органдар жана банктар жарандардан аларды кагазга кайра чыгарып берүүнү талап кыла албай калат.',
          { h: 'Жарандар үчүн эмне өзгөрөт' },
          { ul: ['соттолбогондугу, үй-бүлө курамы жана жашаган жери тууралуу маалымкаттарды онлайн алууга мүмкүн болот;', 'электрондук кол тамга мобилдик тиркемеде жеткиликтүү болот;', 'мамлекеттик маалымат базаларында бар документтердин кагаз көчүрмөлөрүн талап кылууга тыюу салынат.'] },
          'Санариптик өнүктүрүү жана инновациялык технологиялар министрлигинин өкүлү мыйзам күчүнө киргенге чейин бардык мекемелер «Түндүк» ведомстволор аралык маалымат алмашуу системасына кошулушу керек экенин түшүндүрдү.',
          'Мыйзам мамлекет башчысына кол коюуга жөнөтүлөт. Ал расмий жарыяланган күндөн тартып алты айдан кийин күчүнө кирет.',
        ],
      },
      en: {
        headline: 'Parliament passes bill on electronic documents and digital signatures in second reading',
        lead: 'The bill gives electronic certificates the same status as paper ones and bars state bodies from demanding that they be certified again. The law will take effect six months after publication.',
        body: [
          'The Jogorku Kenesh approved the bill “On Electronic Documents and Electronic Signatures” in the second reading at a plenary session. {n1} of the 90 MPs voted in favour.',
          'Under the bill, certificates, extracts and records issued through the state portal will have the same legal force as paper documents. State bodies and banks will no longer be able to ask citizens for paper duplicates.',
          { h: 'What changes for citizens' },
          { ul: ['certificates of no criminal record, family composition and place of residence will be available online;', 'an electronic signature will be available in a mobile app;', 'organisations will be barred from requesting paper copies of documents already held in state databases.'] },
          'A representative of the Ministry of Digital Development and Innovative Technologies explained that all agencies must connect to the Tunduk interagency data exchange system by the time the law takes effect.',
          'The law now goes to the head of state for signature. It will take effect six months after official publication.',
        ],
      },
    },
  },
  {
    key: 'a-uzbek-border-checkpoints',
    rubric: 'politics',
    tags: ['uzbekistan', 'centralAsia', 'trade'],
    places: ['osh', 'jalalabad', 'batken', 'uzgen'],
    numbers: [[2, 4]],
    source: 'cabinet',
    text: {
      ru: {
        headline: 'Кыргызстан и Узбекистан договорились перевести ещё {n1|пункт пропуска|пункта пропуска|пунктов пропуска} на общей границе в круглосуточный режим работы',
        lead: 'Решение приняли на заседании межправительственной комиссии в {place:loc}. Стороны также обсудили упрощение досмотра грузов и ремонт подъездных дорог к границе.',
        body: [
          'Делегации двух стран провели в {place:loc} очередное заседание совместной межправительственной комиссии. Кыргызскую сторону возглавил заместитель председателя Кабинета министров.',
          'По итогам встречи стороны договорились, что {n1|пункт пропуска|пункта пропуска|пунктов пропуска} на кыргызско-узбекской границе перейдут на круглосуточную работу. Это должно сократить очереди в летний сезон, когда они порой растягиваются на несколько часов.',
          'Кроме того, обсуждались:',
          { ul: ['предварительное электронное декларирование грузов;', 'совместный досмотр транспорта по принципу «одного окна»;', 'ремонт подъездных дорог и стоянок для грузовиков у пунктов пропуска.'] },
          'По данным пограничной службы, через пункты пропуска на этом участке ежедневно проходят тысячи граждан и сотни грузовых автомобилей. Следующее заседание комиссии запланировано в Ташкенте.',
        ],
      },
      ky: {
        headline: 'Кыргызстан менен Өзбекстан жалпы чек арадагы дагы {n1} өткөрүү пунктун сутка бою иштөө режимине өткөрүүгө макулдашты',
        lead: 'Чечим {place:loc} өткөн өкмөттөр аралык комиссиянын отурумунда кабыл алынды. Тараптар ошондой эле жүктөрдү текшерүүнү жеңилдетүү жана чек арага баруучу жолдорду оңдоо маселелерин талкуулашты.',
        body: [
          'Эки өлкөнүн делегациялары {place:loc} биргелешкен өкмөттөр аралык комиссиянын кезектеги отурумун өткөрүштү. Кыргыз тараптын делегациясын Министрлер кабинетинин төрагасынын орун басары жетектеди.',
          'Жолугушуунун жыйынтыгында тараптар кыргыз-өзбек чек арасындагы {n1} өткөрүү пункту сутка бою иштей турган болду. Бул жайкы мезгилде бир нече саатка созулган кезектерди кыскартууга тийиш.',
          'Мындан тышкары, төмөнкү маселелер талкууланды:',
          { ul: ['жүктөрдү алдын ала электрондук декларациялоо;', 'унааларды «бир терезе» принциби боюнча биргелешип текшерүү;', 'өткөрүү пункттарына баруучу жолдорду жана жүк ташуучу унаалар үчүн токтотмо жайларды оңдоо.'] },
          'Чек ара кызматынын маалыматы боюнча, бул тилкедеги өткөрүү пункттары аркылуу күн сайын миңдеген жарандар жана жүздөгөн жүк ташуучу унаалар өтөт. Комиссиянын кийинки отуруму Ташкентте өтөт.',
        ],
      },
      en: {
        headline: 'Kyrgyzstan and Uzbekistan agree to switch {n1|more checkpoint|more checkpoints} on their shared border to round-the-clock operation',
        lead: 'The decision was taken at a meeting of the intergovernmental commission in {place}. The sides also discussed simpler cargo inspections and repairs to the roads leading to the border.',
        body: [
          'Delegations of the two countries held a regular meeting of their joint intergovernmental commission in {place}. The Kyrgyz side was led by the Deputy Chairman of the Cabinet of Ministers.',
          'The sides agreed that {n1|checkpoint|checkpoints} on the Kyrgyz-Uzbek border will switch to 24-hour operation. This should shorten queues in the summer season, when they sometimes stretch for several hours.',
          'Other topics included:',
          { ul: ['advance electronic declaration of cargo;', 'joint “single window” vehicle inspections;', 'repairs to access roads and truck parking areas at the checkpoints.'] },
          'According to the border service, thousands of people and hundreds of lorries cross this section of the border every day. The commission’s next meeting is scheduled to take place in Tashkent.',
        ],
      },
    },
  },
  {
    key: 'a-e-procurement-transparency',
    rubric: 'politics',
    tags: ['corruption', 'digital', 'cabinet'],
    numbers: [[20, 40]],
    source: 'cabinet',
    text: {
      ru: {
        headline: 'Кабмин обязал госорганы публиковать договоры и акты приёмки по всем госзакупкам',
        lead: 'Новые правила должны сделать закупки прозрачнее. В правительстве рассчитывают сократить долю закупок из одного источника на {n1}%.',
        body: [
          'Кабинет министров утвердил изменения в порядок проведения государственных закупок. Теперь министерства, ведомства и муниципальные предприятия обязаны размещать на [электронном портале](https://example.kg/zakupki) не только объявления о тендерах, но и подписанные договоры, акты выполненных работ и сведения об оплате.',
          'Как пояснили в Министерстве финансов, раньше часть документов оставалась только на бумаге, что затрудняло _общественный контроль_ за расходованием бюджетных средств.',
          { quote: 'Любой гражданин сможет увидеть, кто выиграл тендер, по какой цене и когда работа была принята. Это самый простой способ снизить коррупционные риски', by: 'директор департамента государственных закупок Министерства финансов' },
          'По оценке ведомства, новые правила позволят сократить долю закупок методом прямого заключения договора на {n1}%. Требования вступят в силу через три месяца, чтобы организации успели обучить сотрудников.',
        ],
      },
      ky: {
        headline: 'Министрлер кабинети мамлекеттик органдарды бардык сатып алуулар боюнча келишимдерди жарыялоого милдеттендирди',
        lead: 'Жаңы эрежелер сатып алууларды ачык-айкын кылууга тийиш. Өкмөт бир булактан сатып алуулардын үлүшүн {n1} пайызга кыскартууну көздөйт.',
        body: [
          'Министрлер кабинети мамлекеттик сатып алууларды өткөрүү тартибине өзгөртүүлөрдү бекитти. Эми министрликтер, ведомстволор жана муниципалдык ишканалар [электрондук порталга](https://example.kg/zakupki) тендер тууралуу жарыяларды гана эмес, кол коюлган келишимдерди, аткарылган иштердин актыларын жана төлөм тууралуу маалыматтарды да жайгаштырууга милдеттүү.',
          'Финансы министрлигинин түшүндүрмөсүнө караганда, мурда документтердин бир бөлүгү кагаз жүзүндө гана калып, бюджет каражатынын жумшалышына _коомдук көзөмөл_ жүргүзүү кыйын болчу.',
          { quote: 'Ар бир жаран тендерди ким, кандай баада утуп алганын жана иш качан кабыл алынганын көрө алат. Бул коррупциялык тобокелдиктерди азайтуунун эң жөнөкөй жолу', by: 'Финансы министрлигинин мамлекеттик сатып алуулар департаментинин директору' },
          'Мекеменин баалоосу боюнча, жаңы эрежелер түз келишим түзүү ыкмасы менен жүргүзүлгөн сатып алуулардын үлүшүн {n1} пайызга кыскартууга мүмкүндүк берет. Талаптар уюмдар кызматкерлерин окутуп алышы үчүн үч айдан кийин күчүнө кирет.',
        ],
      },
      en: {
        headline: 'Cabinet orders state bodies to publish contracts and acceptance records for all public tenders',
        lead: 'The new rules are meant to make public procurement more transparent. The government expects the share of single-source purchases to fall by {n1}%.',
        body: [
          'The Cabinet of Ministers has approved changes to public procurement procedures. Ministries, agencies and municipal enterprises must now post on the [electronic portal](https://example.kg/zakupki) not only tender notices but also signed contracts, certificates of completed work and payment details.',
          'The Ministry of Finance explained that some documents used to exist only on paper, which made _public scrutiny_ of budget spending difficult.',
          { quote: 'Any citizen will be able to see who won a tender, at what price and when the work was accepted. This is the simplest way to reduce corruption risks', by: 'Director of the Public Procurement Department at the Ministry of Finance' },
          'The ministry estimates that the new rules will cut the share of direct-contract purchases by {n1}%. The requirements take effect in three months to give organisations time to train staff.',
        ],
      },
    },
  },
  {
    key: 'a-pasture-law-signed',
    rubric: 'politics',
    tags: ['president', 'agriculture', 'parliament'],
    numbers: [[25, 45]],
    text: {
      ru: {
        headline: 'Глава государства подписал закон о пастбищах: пастбищные комитеты получат больше полномочий',
        lead: 'Поправки уточняют порядок выдачи пастбищных билетов и обязывают местные сообщества составлять планы использования отгонных пастбищ на пять лет вперёд.',
        body: [
          'Президент Кыргызской Республики подписал закон о внесении изменений в закон «О пастбищах». Ранее документ был принят Жогорку Кенешем в трёх чтениях.',
          'Поправки расширяют полномочия пастбищных комитетов при айыл окмоту. Они смогут сами определять допустимую нагрузку на участки и сроки выпаса, а также направлять часть собранных средств на ремонт мостов, водопоев и дорог к летовкам.',
          'Пастбищные билеты фермеры будут получать в электронном виде. Это, как ожидается, упростит учёт скота и снизит число споров между сёлами за отгонные участки.',
          'По оценкам специалистов, признаки деградации отмечаются примерно на {n1}% пастбищ страны, прежде всего на участках вблизи сёл, где скот пасётся круглый год. Закон вступает в силу через десять дней после официального опубликования.',
        ],
      },
      ky: {
        headline: 'Мамлекет башчысы жайыттар тууралуу мыйзамга кол койду: жайыт комитеттеринин ыйгарым укуктары кеңейет',
        lead: 'Өзгөртүүлөр жайыт билеттерин берүү тартибин тактап, жергиликтүү жамааттарды алыскы жайыттарды пайдалануу пландарын беш жылга алдын ала түзүүгө милдеттендирет.',
        body: [
          'Кыргыз Республикасынын Президенти «Жайыттар жөнүндө» мыйзамга өзгөртүүлөрдү киргизүү тууралуу мыйзамга кол койду. Буга чейин документ Жогорку Кеңеште үч окууда кабыл алынган.',
          'Өзгөртүүлөр айыл өкмөттөрүнө караштуу жайыт комитеттеринин ыйгарым укуктарын кеңейтет. Алар жайыттарга жүктөмдү жана мал жаюу мөөнөттөрүн өздөрү аныктап, чогулган каражаттын бир бөлүгүн көпүрөлөрдү, суу ичүүчү жайларды жана жайлоого баруучу жолдорду оңдоого жумшай алышат.',
          'Фермерлер жайыт билеттерин электрондук түрдө алышат. Бул малды эсепке алууну жеңилдетип, алыскы жайыттар үчүн айылдар ортосундагы талаштарды азайтат деп күтүлүүдө.',
          'Адистердин баалоосу боюнча, өлкөдөгү жайыттардын болжол менен {n1} пайызында деградациянын белгилери байкалат. Бул көбүнчө мал жыл бою жайылган айылга жакын жайыттар. Мыйзам расмий жарыялангандан он күн өткөндөн кийин күчүнө кирет.',
        ],
      },
      en: {
        headline: 'Head of state signs pasture law giving local pasture committees more powers',
        lead: 'The amendments clarify how grazing tickets are issued and require local communities to draw up five-year plans for the use of distant summer pastures.',
        body: [
          'The President of the Kyrgyz Republic has signed amendments to the law “On Pastures”. The Jogorku Kenesh had earlier passed the bill in three readings.',
          'The amendments broaden the powers of pasture committees attached to rural municipalities. They will be able to set grazing limits and seasons themselves and spend part of the fees they collect on repairing bridges, watering points and roads to summer pastures.',
          'Farmers will receive grazing tickets electronically. This is expected to make livestock records easier to keep and reduce disputes between villages over distant pastures.',
          'Specialists estimate that about {n1}% of the country’s pastures show signs of degradation, mostly near villages where livestock graze all year round. The law takes effect ten days after its official publication.',
        ],
      },
    },
  },
  {
    key: 'a-government-hour-heating-season',
    rubric: 'politics',
    tags: ['parliament', 'energy', 'cabinet'],
    numbers: [[72, 95], [2, 3]],
    text: {
      ru: {
        headline: 'Министр энергетики отчитался перед депутатами о подготовке к отопительному сезону',
        lead: 'По словам министра, ремонт котлов и турбин ТЭЦ Бишкека выполнен на {n1}%, а запасы угля превышают прошлогодние. Депутатов больше всего интересовали возможные отключения света.',
        body: [
          'На «правительственном часе» в Жогорку Кенеше министр энергетики доложил о готовности отрасли к осенне-зимнему периоду. Он перечислил основные направления работы:',
          { ul: ['ремонт котлоагрегатов и турбин ТЭЦ;', 'замена изношенных участков теплосетей в Бишкеке и Оше;', 'создание запасов угля для школ, больниц и других бюджетных учреждений;', 'импорт электроэнергии из соседних стран в пиковые месяцы.'] },
          'Депутаты спросили, будут ли этой зимой вводиться ограничения подачи электроэнергии. Министр ответил, что при нормальном наполнении Токтогульского водохранилища плановые отключения не предполагаются, но призвал экономить электричество в часы пик.',
          { quote: 'Мы не обещаем, что зима будет лёгкой, но делаем всё, чтобы в домах, школах и больницах было тепло', by: 'министр энергетики' },
          'Комитет по топливно-энергетическому комплексу поручил министерству через {n2|месяц|месяца|месяцев} представить отчёт о выполнении плана подготовки.',
        ],
      },
      ky: {
        headline: 'Энергетика министри депутаттарга жылытуу мезгилине даярдык боюнча отчет берди',
        lead: 'Министрдин айтымында, Бишкек ЖЭБинин казандары менен турбиналарын оңдоо {n1} пайызга аткарылып, көмүр запасы былтыркыдан көп. Депутаттарды көбүнчө жарыктын өчүрүлүшү кызыктырды.',
        body: [
          'Жогорку Кеңештеги «өкмөттүк саатта» энергетика министри тармактын күз-кыш мезгилине даярдыгы тууралуу баяндады. Ал иштин негизги багыттарын санап өттү:',
          { ul: ['ЖЭБдин казандарын жана турбиналарын оңдоо;', 'Бишкек менен Оштогу эскирген жылуулук түйүндөрүн алмаштыруу;', 'мектептер, ооруканалар жана башка бюджеттик мекемелер үчүн көмүр запасын түзүү;', 'эң жогорку керектөө айларында коңшу өлкөлөрдөн электр энергиясын импорттоо.'] },
          'Депутаттар ушул кышта электр энергиясын берүүгө чектөөлөр киргизилеби деп сурашты. Министр Токтогул суу сактагычы кадимкидей толгон шартта пландуу өчүрүүлөр каралбаганын айтып, жарандарды эң көп керектелген саатта электр энергиясын үнөмдөөгө чакырды.',
          { quote: 'Кыш жеңил болот деп убада бербейбиз, бирок үйлөрдө, мектептерде жана ооруканаларда жылуу болушу үчүн баарын жасап жатабыз', by: 'энергетика министри' },
          'Отун-энергетика комплекси боюнча комитет министрликке даярдык планынын аткарылышы тууралуу {n2} айдан кийин отчет берүүнү тапшырды.',
        ],
      },
      en: {
        headline: 'Energy minister reports to MPs on preparations for the heating season',
        lead: 'The minister said repairs to boilers and turbines at the Bishkek combined heat and power plant were {n1}% complete and coal stocks were higher than last year. MPs focused on possible power cuts.',
        body: [
          'Speaking at “government hour” in the Jogorku Kenesh, the Minister of Energy reported on the sector’s readiness for autumn and winter. He listed the main areas of work:',
          { ul: ['repairs to boilers and turbines at the combined heat and power plant;', 'replacement of worn-out sections of heating mains in Bishkek and Osh;', 'coal stocks for schools, hospitals and other state institutions;', 'electricity imports from neighbouring countries in peak months.'] },
          'MPs asked whether electricity supply would be restricted this winter. The minister said no scheduled outages were planned as long as the Toktogul reservoir was filled normally, but urged people to save electricity at peak hours.',
          { quote: 'We are not promising an easy winter, but we are doing everything to keep homes, schools and hospitals warm', by: 'Minister of Energy' },
          'The fuel and energy committee instructed the ministry to report on the preparation plan in {n2|month|months}.',
        ],
      },
    },
  },
  {
    key: 'a-ombudsman-annual-report',
    rubric: 'politics',
    tags: ['parliament', 'pensions', 'courts'],
    numbers: [[4, 9], [30, 55]],
    text: {
      ru: {
        headline: 'Омбудсмен представил парламенту ежегодный доклад: чаще всего граждане жаловались на начисление пенсий и земельные споры',
        lead: 'За год в аппарат Акыйкатчы поступило более {n1} тысяч обращений. Почти треть из них касалась социальной защиты, значительная часть — исполнения судебных решений.',
        body: [
          'Акыйкатчы (омбудсмен) Кыргызской Республики выступил в Жогорку Кенеше с ежегодным докладом о соблюдении прав и свобод человека и гражданина.',
          'Темы, по которым граждане обращались чаще всего:',
          { ol: ['назначение и перерасчёт пенсий и пособий;', 'земельные и имущественные споры;', 'исполнение судебных решений;', 'доступ к медицинской помощи в отдалённых районах.'] },
          'В докладе отмечается, что по {n2}% обращений удалось добиться положительного результата — восстановления выплат, пересмотра решений или ответа от ведомства по существу.',
          'Омбудсмен рекомендовал Социальному фонду упростить перерасчёт пенсий для граждан, часть стажа которых приходится на работу за рубежом. Депутаты приняли доклад к сведению; профильный комитет подготовит постановление с поручениями Кабинету министров.',
        ],
      },
      ky: {
        headline: 'Акыйкатчы парламентке жылдык баяндамасын сунуштады: жарандар көбүнчө пенсия эсептөө жана жер талаштары боюнча кайрылышкан',
        lead: 'Бир жылда Акыйкатчынын аппаратына {n1} миңден ашык кайрылуу түшкөн. Алардын дээрлик үчтөн бири социалдык коргоого, олуттуу бөлүгү сот чечимдеринин аткарылышына тиешелүү.',
        body: [
          'Кыргыз Республикасынын Акыйкатчысы (Омбудсмени) Жогорку Кеңеште адамдын жана жарандын укуктары менен эркиндиктеринин сакталышы тууралуу жылдык баяндама менен чыкты.',
          'Жарандар эң көп кайрылган темалар:',
          { ol: ['пенсияларды жана жөлөкпулдарды дайындоо жана кайра эсептөө;', 'жер жана мүлк талаштары;', 'сот чечимдеринин аткарылышы;', 'алыскы райондордо медициналык жардам алуу мүмкүнчүлүгү.'] },
          'Баяндамада кайрылуулардын {n2} пайызы боюнча оң натыйжага жетишилгени белгиленет: төлөмдөр калыбына келтирилген, чечимдер кайра каралган же мекемеден маңызы боюнча жооп алынган.',
          'Омбудсмен Социалдык фондго эмгек стажынын бир бөлүгү чет өлкөдө иштөөгө туура келген жарандардын пенсиясын кайра эсептөөнү жөнөкөйлөтүүнү сунуштады. Депутаттар баяндаманы эске алышты; тармактык комитет Министрлер кабинетине тапшырмалар камтылган токтомду даярдайт.',
        ],
      },
      en: {
        headline: 'Ombudsman presents annual report to parliament: pension payments and land disputes top the list of citizens’ complaints',
        lead: 'The Akyikatchy’s office received more than {n1},000 complaints over the year. Nearly a third concerned social protection, and many related to the enforcement of court rulings.',
        body: [
          'The Akyikatchy (Ombudsman) of the Kyrgyz Republic presented the annual report on human and civil rights to the Jogorku Kenesh.',
          'The most frequent subjects of complaints were:',
          { ol: ['granting and recalculating pensions and benefits;', 'land and property disputes;', 'enforcement of court rulings;', 'access to medical care in remote districts.'] },
          'According to the report, {n2}% of complaints were resolved positively, with payments restored, decisions reviewed or a substantive reply obtained from the agency concerned.',
          'The ombudsman recommended that the Social Fund simplify pension recalculation for people who spent part of their working lives abroad. MPs took note of the report; the relevant committee will draft a resolution with instructions to the Cabinet of Ministers.',
        ],
      },
    },
  },
  {
    key: 'a-city-budget-hearings',
    rubric: 'politics',
    tags: ['budget', 'roads', 'water'],
    places: ['bishkek', 'osh', 'karakol', 'tokmok', 'jalalabad', 'naryn', 'talas'],
    numbers: [[40, 180]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'Жители {place:gen} на публичных слушаниях попросили направить деньги городского бюджета на ремонт дворов, тротуаров и водопровода',
        lead: 'Мэрия провела публичные слушания по проекту бюджета на следующий год. Горожане подали {n1|предложение|предложения|предложений}, большинство касается дорог и водоснабжения.',
        body: [
          'В {place:loc} прошли публичные слушания по проекту городского бюджета на следующий год. В зале мэрии собрались представители домовых комитетов, предприниматели, депутаты городского кенеша и активисты.',
          'Чаще всего горожане просили:',
          { ul: ['отремонтировать внутридворовые проезды и тротуары;', 'заменить изношенные участки водопровода;', 'провести уличное освещение в новых жилмассивах;', 'обустроить детские и спортивные площадки.'] },
          { quote: 'Мы третий год просим заасфальтировать нашу улицу. Если её включат в план, это будет лучший ответ жителям', by: 'Гульмира Абдыкадырова, председатель уличного комитета' },
          'В мэрии пообещали рассмотреть все предложения и опубликовать ответы на них на сайте. Проект бюджета с учётом замечаний будет внесён на сессию городского кенеша.',
        ],
      },
      ky: {
        headline: '{place:gen} тургундары коомдук угууда шаардык бюджеттин каражатын короолорду, жөө жолдорду жана суу түтүктөрүн оңдоого жумшоону суранышты',
        lead: 'Мэрия кийинки жылдын бюджетинин долбоору боюнча коомдук угуу өткөрдү. Шаар тургундары {n1} сунуш киргизишти, алардын көбү жолдорго жана суу менен камсыздоого тиешелүү.',
        body: [
          '{place:loc} кийинки жылга шаардык бюджеттин долбоору боюнча коомдук угуулар өттү. Мэриянын залына үй комитеттеринин өкүлдөрү, ишкерлер, шаардык кеңештин депутаттары жана активисттер чогулду.',
          'Шаар тургундары көбүнчө төмөнкүлөрдү суранышты:',
          { ul: ['короолордун ичиндеги жолдорду жана жөө жүргүнчүлөр жолун оңдоо;', 'эскирген суу түтүктөрүн алмаштыруу;', 'жаңы конуштарга көчө жарыгын тартуу;', 'балдар жана спорт аянтчаларын куруу.'] },
          { quote: 'Көчөбүзгө асфальт төшөп берүүнү үчүнчү жыл сурап жатабыз. Эгер ал планга кирсе, бул тургундарга эң жакшы жооп болот', by: 'Гүлмира Абдыкадырова, көчө комитетинин төрайымы' },
          'Мэрия бардык сунуштарды карап чыгып, аларга жоопторду сайтка жарыялоону убада кылды. Бюджеттин долбоору пикирлерди эске алуу менен шаардык кеңештин сессиясына киргизилет.',
        ],
      },
      en: {
        headline: '{place} residents use public budget hearings to ask the city to spend money on courtyards, pavements and water pipes',
        lead: 'City hall held public hearings on next year’s draft budget. Residents submitted {n1|proposal|proposals}, most of them about roads and water supply.',
        body: [
          'Public hearings on the draft city budget for next year took place in {place}. Representatives of residents’ committees, business owners, city council members and activists gathered in the city hall.',
          'Residents most often asked the city to:',
          { ul: ['repair courtyard driveways and pavements;', 'replace worn-out sections of the water network;', 'install street lighting in new housing areas;', 'build playgrounds and sports grounds.'] },
          { quote: 'We have been asking for our street to be paved for three years. If it is included in the plan, that will be the best answer to residents', by: 'Gulmira Abdykadyrova, head of a street committee' },
          'City hall promised to consider every proposal and publish its replies online. The draft budget, revised to reflect the comments, will be submitted to a session of the city council.',
        ],
      },
    },
  },
  {
    key: 'a-eaeu-intergovernmental-council',
    rubric: 'politics',
    tags: ['eaeu', 'cabinet', 'trade'],
    source: 'cabinet',
    text: {
      ru: {
        headline: 'Председатель Кабмина принял участие в заседании Евразийского межправительственного совета',
        lead: 'Главы правительств стран ЕАЭС обсудили формирование общего рынка электроэнергии, цифровую маркировку товаров и устранение барьеров во взаимной торговле.',
        body: [
          'Председатель Кабинета министров Кыргызской Республики принял участие в очередном заседании Евразийского межправительственного совета. В повестку вошли более десяти вопросов.',
          'Кыргызская делегация подняла вопрос о задержках грузов на внутренних границах Союза и предложила ускорить переход на электронные сопроводительные документы. По словам председателя Кабмина, каждый лишний день простоя на границе увеличивает стоимость кыргызских товаров для покупателей в других странах ЕАЭС.',
          'По итогам заседания главы правительств:',
          { ul: ['утвердили план мероприятий по запуску общего рынка электроэнергии;', 'поручили Евразийской экономической комиссии подготовить предложения по упрощению маркировки;', 'одобрили перечень совместных проектов в сфере промышленной кооперации.'] },
          'Следующее заседание Евразийского межправительственного совета пройдёт через несколько месяцев. Кыргызская сторона намерена вынести на него вопрос о взаимном признании электронных цифровых подписей.',
        ],
      },
      ky: {
        headline: 'Министрлер кабинетинин төрагасы Евразиялык өкмөттөр аралык кеңештин отурумуна катышты',
        lead: 'ЕАЭБга мүчө өлкөлөрдүн өкмөт башчылары жалпы электр энергетикалык рынокту түзүүнү, товарларды санариптик маркалоону жана өз ара соодадагы тоскоолдуктарды жоюуну талкуулашты.',
        body: [
          'Кыргыз Республикасынын Министрлер кабинетинин төрагасы Евразиялык өкмөттөр аралык кеңештин кезектеги отурумуна катышты. Күн тартибине ондон ашык маселе киргизилген.',
          'Кыргыз делегациясы Союздун ички чек араларында жүктөрдүн кармалып калышы тууралуу маселени көтөрүп, электрондук коштоочу документтерге өтүүнү тездетүүнү сунуштады. Министрлер кабинетинин төрагасынын айтымында, чек арада ашыкча турган ар бир күн кыргыз товарларынын ЕАЭБдин башка өлкөлөрүндөгү баасын кымбаттатат.',
          'Отурумдун жыйынтыгында өкмөт башчылары:',
          { ul: ['жалпы электр энергетикалык рынокту ишке киргизүү боюнча иш-чаралардын планын бекитишти;', 'Евразиялык экономикалык комиссияга маркалоону жөнөкөйлөтүү боюнча сунуштарды даярдоону тапшырышты;', 'өнөр жай кооперациясы тармагындагы биргелешкен долбоорлордун тизмесин жактырышты.'] },
          'Евразиялык өкмөттөр аралык кеңештин кийинки отуруму бир нече айдан кийин өтөт. Кыргыз тарап анда электрондук санариптик кол тамгаларды өз ара таануу маселесин көтөрүүнү көздөп жатат.',
        ],
      },
      en: {
        headline: 'Cabinet chairman takes part in meeting of the Eurasian Intergovernmental Council',
        lead: 'The heads of government of EAEU member states discussed a common electricity market, digital labelling of goods and the removal of barriers to mutual trade.',
        body: [
          'The Chairman of the Cabinet of Ministers of the Kyrgyz Republic took part in a regular meeting of the Eurasian Intergovernmental Council. The agenda included more than ten items.',
          'The Kyrgyz delegation raised the issue of cargo delays on the union’s internal borders and proposed speeding up the switch to electronic shipping documents. According to the Cabinet chairman, every extra day a lorry waits at the border makes Kyrgyz goods more expensive for buyers in other EAEU countries.',
          'Following the meeting, the heads of government:',
          { ul: ['approved an action plan for launching the common electricity market;', 'instructed the Eurasian Economic Commission to propose ways to simplify labelling;', 'endorsed a list of joint industrial cooperation projects.'] },
          'The next meeting of the Eurasian Intergovernmental Council will take place in a few months. The Kyrgyz side intends to raise the mutual recognition of electronic digital signatures there.',
        ],
      },
    },
  },
  {
    key: 'a-civil-service-online-exams',
    rubric: 'politics',
    tags: ['cabinet', 'digital', 'labour'],
    numbers: [[120, 340]],
    text: {
      ru: {
        headline: 'Конкурсы на государственную службу переводят в онлайн: тестирование пройдёт на единой платформе',
        lead: 'Кандидаты на {n1|вакантную должность|вакантные должности|вакантных должностей} впервые будут сдавать тест дистанционно. Результат участник увидит сразу после завершения экзамена.',
        body: [
          'Государственное агентство по делам государственной службы и местного самоуправления объявило первый конкурс, который полностью пройдёт на электронной платформе. Заявки принимаются на {n1|вакантную должность|вакантные должности|вакантных должностей} в министерствах, ведомствах и органах местного самоуправления.',
          'Чтобы принять участие в конкурсе, нужно:',
          { ol: ['зарегистрироваться на [портале госслужбы](https://example.kg/kyzmat) с помощью электронной подписи;', 'загрузить документы об образовании и стаже;', 'выбрать удобное время тестирования;', 'пройти тест с включённой веб-камерой.'] },
          'Прежде кандидатам из регионов приходилось ехать на тестирование в Бишкек. Теперь экзамен можно сдать из дома или из центра обслуживания населения в своём районе.',
          'Собеседование с прошедшими тест кандидатами конкурсные комиссии будут проводить очно. В агентстве отмечают, что вопросы теста обновляются для каждого конкурса, а их банк опубликован для подготовки.',
        ],
      },
      ky: {
        headline: 'Мамлекеттик кызматка кабыл алуу сынактары онлайн форматка которулат: тестирлөө бирдиктүү платформада өтөт',
        lead: '{n1} бош орунга талапкерлер биринчи жолу тестти аралыктан тапшырышат. Катышуучу жыйынтыкты экзамен аяктаары менен дароо көрөт.',
        body: [
          'Мамлекеттик кызмат жана жергиликтүү өз алдынча башкаруу иштери боюнча мамлекеттик агенттик толугу менен электрондук платформада өтө турган биринчи сынакты жарыялады. Министрликтердеги, ведомстволордогу жана жергиликтүү өз алдынча башкаруу органдарындагы {n1} бош орунга арыздар кабыл алынууда.',
          'Сынакка катышуу үчүн:',
          { ol: ['[мамлекеттик кызмат порталына](https://example.kg/kyzmat) электрондук кол тамга аркылуу катталуу;', 'билими жана эмгек стажы тууралуу документтерди жүктөө;', 'тестирлөөнүн ыңгайлуу убактысын тандоо;', 'тестти веб-камераны күйгүзүп тапшыруу керек.'] },
          'Мурда региондордон келген талапкерлер тест тапшыруу үчүн Бишкекке барууга аргасыз болушчу. Эми экзаменди үйдөн же өз районундагы калкты тейлөө борборунан тапшырса болот.',
          'Тесттен өткөн талапкерлер менен маектешүүнү сынак комиссиялары бетме-бет өткөрөт. Агенттиктин маалыматы боюнча, тесттин суроолору ар бир сынак үчүн жаңыланып турат, ал эми даярдануу үчүн суроолордун базасы жарыяланган.',
        ],
      },
      en: {
        headline: 'Civil service recruitment moves online as entrance tests switch to a single platform',
        lead: 'Candidates for {n1|vacant post|vacant posts} will take the test remotely for the first time. Participants will see their results as soon as they finish the exam.',
        body: [
          'The State Agency for Civil Service and Local Self-Government has announced its first recruitment competition to be held entirely on an electronic platform. Applications are open for {n1|vacancy|vacancies} in ministries, agencies and local authorities.',
          'To take part, candidates need to:',
          { ol: ['register on the [civil service portal](https://example.kg/kyzmat) with an electronic signature;', 'upload documents confirming their education and work experience;', 'choose a convenient time for the test;', 'take the test with their webcam switched on.'] },
          'Until now, candidates from the regions had to travel to Bishkek to sit the test. Now the exam can be taken from home or from a public service centre in their district.',
          'Selection panels will interview successful candidates in person. The agency says the test questions are refreshed for every competition, while the question bank has been published to help candidates prepare.',
        ],
      },
    },
  },
];
