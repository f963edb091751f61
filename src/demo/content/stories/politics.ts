// Demo story templates: Politics. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';
import { POLITICS_STORIES_CONTINUED } from './politics-continued.js';

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
  ...POLITICS_STORIES_CONTINUED,
];
