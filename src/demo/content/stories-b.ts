// Demo story templates, part B: society, incidents, sport, culture and health.
// All text is original, written for Newsdesk's demo newsroom; people quoted or named are fictional
// or referred to by their office. Slots ({place:loc}, {n1|…}) are filled in by the demo generator.
import type { StoryTemplate } from './types.js';

export const STORIES_B: StoryTemplate[] = [
  // ───────────────────────────── Society ─────────────────────────────
  {
    key: 'b-society-new-school',
    rubric: 'society',
    tags: ['education', 'schools'],
    places: ['osh', 'jalalabad', 'batken', 'uzgen', 'naryn', 'talas', 'karabalta', 'tokmok'],
    numbers: [[600, 1200], [30, 48]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В {place:loc} открыли новую школу на {n1|место|места|мест} — в ней будут учиться в одну смену',
        lead: 'Новое трёхэтажное здание школы в {place:loc} рассчитано на {n1|ученика|ученика|учеников}. Оно позволит разгрузить соседние школы, где занятия до сих пор шли в три смены.',
        body: [
          'В здании **{n2|кабинет|кабинета|кабинетов}**, спортивный и актовый залы, столовая и библиотека. Кабинеты физики, химии и информатики оснащены новым оборудованием, сообщила пресс-служба Министерства образования.',
          'По данным местного управления образования, до открытия новой школы в учебных заведениях микрорайона занимались почти вдвое больше детей, чем предусмотрено проектом, а часть классов училась в третью смену.',
          { quote: 'Родители давно ждали эту школу. Теперь дети из ближайших жилмассивов смогут учиться рядом с домом и только в первую смену', by: 'директор новой школы' },
          'Строительство велось за счёт республиканского бюджета и заняло около двух лет. В министерстве добавили, что в этом году в стране планируется ввести в строй ещё несколько школ — в первую очередь в быстрорастущих районах.',
        ],
      },
      ky: {
        headline: '{place:loc} {n1} орундуу жаңы мектеп ачылды — анда окуучулар бир сменада окушат',
        lead: '{place:loc} курулган үч кабаттуу жаңы мектеп {n1} окуучуга ылайыкталган. Ал кошуна мектептердеги ашыкча жүктү азайтат, алардын айрымдарында сабак үч сменада өтүп келген.',
        body: [
          'Мектепте **{n2} класс бөлмөсү**, спорт жана акт залдары, ашкана жана китепкана бар. Физика, химия жана информатика кабинеттери жаңы жабдуулар менен камсыздалганын Билим берүү министрлигинин басма сөз кызматы билдирди.',
          'Жергиликтүү билим берүү башкармалыгынын маалыматы боюнча, жаңы мектеп ачылганга чейин микрорайондогу окуу жайларда долбоордо каралгандан дээрлик эки эсе көп бала окуп, айрым класстар үчүнчү сменада окушкан.',
          { quote: 'Ата-энелер бул мектепти көптөн бери күтүшкөн. Эми жакынкы конуштардагы балдар үйүнүн жанында жана биринчи сменада гана окуй алышат', by: 'жаңы мектептин директору' },
          'Курулуш республикалык бюджеттин эсебинен жүргүзүлүп, болжол менен эки жылга созулган. Министрликте быйыл өлкөдө дагы бир нече мектеп, биринчи кезекте калкы тез өсүп жаткан аймактарда пайдаланууга берилерин кошумчалашты.',
        ],
      },
      en: {
        headline: 'New {n1}-seat school opens in {place}, allowing pupils to study in a single shift',
        lead: 'The new three-storey school building in {place} has room for {n1|pupil|pupils}. It will ease the pressure on neighbouring schools, some of which have been teaching in three shifts.',
        body: [
          'The building has **{n2|classroom|classrooms}**, a gym, an assembly hall, a canteen and a library. The physics, chemistry and computer science rooms have been fitted with new equipment, the Ministry of Education press service said.',
          'According to the local education department, schools in the neighbourhood had been teaching almost twice as many children as they were designed for, and some classes had to study in a third shift.',
          { quote: 'Parents had been waiting for this school for a long time. Now children from the nearby housing estates can study close to home and only in the first shift', by: 'the principal of the new school' },
          'Construction was financed from the national budget and took about two years. The ministry added that several more schools are due to open across the country this year, primarily in fast-growing districts.',
        ],
      },
    },
  },
  {
    key: 'b-society-kindergarten',
    rubric: 'society',
    tags: ['education', 'budget'],
    places: ['bishkek', 'osh', 'tokmok', 'karakol', 'jalalabad', 'talas'],
    numbers: [[120, 320]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'Новый детский сад на {n1|место|места|мест} принял первых воспитанников в {place:loc}',
        lead: 'Детский сад построен на средства городского бюджета. Путёвки в первую очередь выдают семьям, которые давно стоят в электронной очереди на место в дошкольном учреждении.',
        body: [
          'В здании оборудованы групповые и спальные комнаты, музыкальный и физкультурный залы, медицинский кабинет и пищеблок. На территории установлены игровые площадки с мягким покрытием, сообщили в мэрии.',
          { image: true, caption: 'Одна из игровых комнат нового детского сада', alt: 'Игровая комната детского сада с низкими столиками и игрушками' },
          'Набор воспитанников идёт через электронную очередь. Родителям, чья очередь подошла, приходит уведомление, после чего документы нужно подать в течение десяти рабочих дней.',
          'В саду сформированы ясельные и дошкольные группы, в том числе две группы для детей с особыми потребностями. Персонал уже набран, часть воспитателей прошла курсы повышения квалификации.',
        ],
      },
      ky: {
        headline: '{place:loc} {n1} орундуу жаңы бала бакча алгачкы балдарды кабыл алды',
        lead: 'Бала бакча шаардык бюджеттин эсебинен курулган. Жолдомолор биринчи кезекте мектепке чейинки мекемеге электрондук кезекте көптөн бери турган үй-бүлөлөргө берилүүдө.',
        body: [
          'Имаратта топтук жана уктоочу бөлмөлөр, музыка жана дене тарбия залдары, медициналык кабинет жана ашкана жабдылган. Аймагында жумшак жабуусу бар оюн аянтчалары орнотулганын мэриядан билдиришти.',
          { image: true, caption: 'Жаңы бала бакчанын оюн бөлмөлөрүнүн бири', alt: 'Бала бакчадагы жапыз столдор жана оюнчуктар коюлган оюн бөлмөсү' },
          'Балдар электрондук кезек аркылуу кабыл алынат. Кезеги келген ата-энелерге билдирүү жөнөтүлөт, андан кийин алар он жумуш күнүнүн ичинде документтерин тапшырышы керек.',
          'Бала бакчада бөбөктөр жана мектепке чейинки топтор түзүлдү, алардын ичинде өзгөчө муктаждыктары бар балдар үчүн эки топ бар. Кызматкерлер толук кабыл алынып, тарбиячылардын бир бөлүгү квалификациясын жогорулатуу курстарынан өттү.',
        ],
      },
      en: {
        headline: 'New kindergarten for {n1|child|children} welcomes its first pupils in {place}',
        lead: 'The kindergarten was built with money from the city budget. Places are being offered first to families who have spent a long time on the electronic waiting list for pre-school.',
        body: [
          'The building has group rooms and bedrooms, music and PE halls, a medical office and a kitchen. Playgrounds with soft surfacing have been installed outside, the city hall said.',
          { image: true, caption: 'One of the playrooms at the new kindergarten', alt: 'A kindergarten playroom with low tables and toys' },
          'Children are admitted through the electronic queue. Parents whose turn has come receive a notification and then have ten working days to submit their documents.',
          'The kindergarten has nursery and pre-school groups, including two groups for children with special needs. All staff have been hired, and some of the teachers have completed refresher courses.',
        ],
      },
    },
  },
  {
    key: 'b-society-pensions-indexation',
    rubric: 'society',
    tags: ['pensions', 'budget', 'cabinet'],
    numbers: [[8, 15], [9000, 12000]],
    source: 'cabinet',
    text: {
      ru: {
        headline: 'Пенсии в Кыргызстане с 1 октября вырастут на {n1}%: кого коснётся перерасчёт',
        lead: 'Кабинет министров утвердил индексацию базовой и страховой частей пенсий. По расчётам Социального фонда, средний размер пенсии после перерасчёта составит около {n2|сома|сомов|сомов}.',
        body: [
          'Соответствующее постановление опубликовано на официальном портале правительства. Индексация коснётся всех получателей пенсий по возрасту, по инвалидности и по случаю потери кормильца, сообщила пресс-служба Кабинета министров.',
          'Перерасчёт будет произведён автоматически — обращаться в отделения Социального фонда не нужно. Выплаты в новом размере пенсионеры начнут получать с октябрьской пенсии.',
          { h: 'Что важно знать' },
          { ul: [
            'Индексация проводится ежегодно с учётом роста цен и средней заработной платы.',
            'Надбавки отдельным категориям, в том числе ветеранам труда, сохраняются.',
            'Работающие пенсионеры получат прибавку на общих основаниях.',
          ] },
          'Средства на повышение пенсий предусмотрены в республиканском бюджете на текущий год, уточнили в правительстве.',
        ],
      },
      ky: {
        headline: 'Кыргызстанда 1-октябрдан баштап пенсиялар {n1} пайызга көбөйөт: кайра эсептөө кимдерге тиешелүү',
        lead: 'Министрлер кабинети пенсиялардын базалык жана камсыздандыруу бөлүктөрүн индексациялоону бекитти. Социалдык фонддун эсеби боюнча, кайра эсептөөдөн кийин пенсиянын орточо өлчөмү болжол менен {n2} сомду түзөт.',
        body: [
          'Тиешелүү токтом өкмөттүн расмий порталына жарыяланды. Индексация жашы боюнча, майыптыгы боюнча жана багуучусунан ажыраганы үчүн пенсия алгандардын баарына тиешелүү экенин Министрлер кабинетинин басма сөз кызматы билдирди.',
          'Кайра эсептөө автоматтык түрдө жүргүзүлөт — Социалдык фонддун бөлүмдөрүнө кайрылуунун кереги жок. Пенсионерлер жаңы өлчөмдөгү төлөмдү октябрь айынан тартып алышат.',
          { h: 'Эмнени билүү маанилүү' },
          { ul: [
            'Индексация жыл сайын баалардын жана орточо эмгек акынын өсүшүн эске алуу менен жүргүзүлөт.',
            'Айрым категорияларга, анын ичинде эмгек ардагерлерине берилген кошумчалар сакталат.',
            'Иштеген пенсионерлер да жалпы негизде кошумча алышат.',
          ] },
          'Пенсияларды жогорулатууга каражат республикалык бюджетте учурдагы жылга каралганын өкмөттөн тактап беришти.',
        ],
      },
      en: {
        headline: 'Kyrgyzstan to raise pensions by {n1}% from October 1: who will get the increase',
        lead: 'The Cabinet of Ministers has approved the indexation of the basic and insurance parts of pensions. The Social Fund estimates that the average pension will be about {n2} soms after the recalculation.',
        body: [
          'The resolution has been published on the official government portal. The indexation applies to everyone receiving old-age, disability and survivor pensions, the Cabinet of Ministers press service said.',
          'The recalculation will be made automatically, and pensioners do not need to visit Social Fund offices. The higher payments will start with the October pension.',
          { h: 'What you need to know' },
          { ul: [
            'Pensions are indexed every year in line with price growth and the average wage.',
            'Supplements for certain groups, including labour veterans, remain in place.',
            'Working pensioners will receive the increase on the same terms as everyone else.',
          ] },
          'The money for the increase has been set aside in this year’s national budget, the government said.',
        ],
      },
    },
  },
  {
    key: 'b-society-returning-migrants-jobs',
    rubric: 'society',
    tags: ['migration', 'labour', 'russia'],
    places: ['osh', 'jalalabad', 'batken', 'naryn', 'talas', 'uzgen'],
    numbers: [[150, 600]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В {place:loc} с начала года трудоустроили {n1|вернувшегося мигранта|вернувшихся мигранта|вернувшихся мигрантов}',
        lead: 'Работу нашли бывшие трудовые мигранты, вернувшиеся из России и Казахстана. Большинство из них устроились в строительство, швейные цеха и сферу услуг, сообщили в Министерстве труда.',
        body: [
          'Консультационный центр для вернувшихся мигрантов работает при местном отделении службы занятости. Сюда можно обратиться за помощью в поиске вакансий, оформлении документов и получении бесплатного профессионального обучения.',
          'По данным центра, чаще всего обращаются мужчины в возрасте от 25 до 40 лет. Многие из них приобрели опыт работы за рубежом, но не имеют документа о квалификации, поэтому им предлагают пройти короткие курсы и сдать экзамен.',
          { quote: 'Человек, который несколько лет работал на стройке в Москве, часто уже готовый специалист. Наша задача — помочь ему подтвердить навыки и найти работу дома', by: 'руководитель центра' },
          'Кроме того, желающие могут получить льготный кредит на открытие собственного дела. В министерстве отмечают, что в этом году такие программы будут расширены на другие регионы.',
        ],
      },
      ky: {
        headline: '{place:loc} жыл башынан бери мекенине кайткан {n1} мигрант жумуш менен камсыз болду',
        lead: 'Россиядан жана Казакстандан кайтып келген мурдагы эмгек мигранттары жумуш табышты. Алардын көпчүлүгү курулушка, тигүү цехтерине жана тейлөө тармагына орношконун Эмгек министрлигинен билдиришти.',
        body: [
          'Кайтып келген мигранттар үчүн консультациялык борбор жергиликтүү жумуш менен камсыз кылуу кызматынын алдында иштейт. Бул жерге бош орундарды издөөдө, документтерди тариздөөдө жана акысыз кесиптик окуудан өтүүдө жардам алуу үчүн кайрылууга болот.',
          'Борбордун маалыматы боюнча, көбүнчө 25 жаштан 40 жашка чейинки эркектер кайрылышат. Алардын көбү чет өлкөдө иш тажрыйбасын топтошкон, бирок квалификациясын тастыктаган документи жок, ошондуктан аларга кыска курстардан өтүп, сынак тапшыруу сунушталат.',
          { quote: 'Москвадагы курулушта бир нече жыл иштеген адам көбүнчө даяр адис болуп калат. Биздин милдет — анын көндүмдөрүн тастыктоого жана мекенинде жумуш табууга жардам берүү', by: 'борбордун жетекчиси' },
          'Мындан тышкары, каалоочулар жеке ишин ачуу үчүн жеңилдетилген насыя ала алышат. Министрликте быйыл мындай программалар башка аймактарга да кеңейтилерин белгилешти.',
        ],
      },
      en: {
        headline: 'Job centre in {place} has helped {n1|returning migrant|returning migrants} find work since January',
        lead: 'The jobs went to former labour migrants who came back from Russia and Kazakhstan. Most of them found work in construction, sewing workshops and the service sector, the Ministry of Labour said.',
        body: [
          'A counselling centre for returning migrants operates at the local branch of the employment service. People can turn to it for help with finding vacancies, sorting out documents and getting free vocational training.',
          'According to the centre, most of those who come are men aged between 25 and 40. Many gained work experience abroad but have no document proving their qualifications, so they are offered short courses followed by an exam.',
          { quote: 'Someone who has spent several years working on building sites in Moscow is often already a skilled professional. Our job is to help him get those skills recognised and find work at home', by: 'the head of the centre' },
          'Those who wish can also get a low-interest loan to start their own business. The ministry said such programmes would be extended to other regions this year.',
        ],
      },
    },
  },
  {
    key: 'b-society-bishkek-electric-buses',
    rubric: 'society',
    tags: ['transport', 'ecology', 'airQuality'],
    numbers: [[40, 120]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'Бишкек получил {n1|новый электробус|новых электробуса|новых электробусов}: они заменят маршрутки на пяти линиях',
        lead: 'Новые машины начнут работать на маршрутах, которые сейчас обслуживают микроавтобусы. В мэрии рассчитывают, что это сократит время ожидания на остановках и уменьшит выбросы в центре города.',
        body: [
          'Электробусы вместимостью до 90 пассажиров оборудованы низким полом, пандусом для колясок, кондиционерами и терминалами для безналичной оплаты. Запас хода на одной зарядке — около 250 километров.',
          'Зарядные станции установлены на конечных остановках и в троллейбусном парке. Водители уже прошли обучение, сообщила пресс-служба мэрии Бишкека.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Qm3vT8kLp2A', title: 'Как работают новые электробусы Бишкека' },
          'Проезд в электробусах будет стоить столько же, сколько в муниципальных автобусах. Оплатить его можно транспортной картой, банковской картой или через QR-код.',
          'Параллельно городские власти продолжают сокращать число маршрутных такси: в течение года часть маршрутов закроют или передадут муниципальному транспорту.',
        ],
      },
      ky: {
        headline: 'Бишкек {n1} жаңы электробус алды: алар беш каттамда маршруткалардын ордун басат',
        lead: 'Жаңы унаалар азыр микроавтобустар тейлеген каттамдарда иштей баштайт. Мэрияда бул аялдамаларда күтүү убактысын кыскартып, шаардын борборундагы зыяндуу заттардын чыгышын азайтат деп эсептешет.',
        body: [
          '90 жүргүнчүгө чейин батчу электробустар жапыз полу, бала арабасы үчүн пандусу, кондиционерлери жана накталай эмес төлөм терминалдары менен жабдылган. Бир жолу кубаттаганда алар болжол менен 250 чакырым жол жүрө алат.',
          'Кубаттоо станциялары акыркы аялдамаларда жана троллейбус паркында орнотулган. Айдоочулар окуудан өтүп бүткөнүн Бишкек мэриясынын басма сөз кызматы билдирди.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Qm3vT8kLp2A', title: 'Бишкектин жаңы электробустары кантип иштейт' },
          'Электробуска жол кире муниципалдык автобустардагыдай эле болот. Аны транспорттук карта, банк картасы же QR-код аркылуу төлөөгө болот.',
          'Ошол эле учурда шаар бийлиги маршруттук таксилердин санын кыскартууну улантууда: жыл ичинде каттамдардын бир бөлүгү жабылат же муниципалдык транспортко өткөрүлүп берилет.',
        ],
      },
      en: {
        headline: 'Bishkek receives {n1|new electric bus|new electric buses} to replace minibuses on five routes',
        lead: 'The new vehicles will run on routes currently served by minibuses. City hall expects the move to cut waiting times at bus stops and reduce exhaust emissions in the city centre.',
        body: [
          'The electric buses carry up to 90 passengers and have low floors, a ramp for wheelchairs and pushchairs, air conditioning and card payment terminals. Their range on a single charge is about 250 kilometres.',
          'Charging stations have been installed at the terminal stops and at the trolleybus depot. The drivers have completed their training, the Bishkek city hall press service said.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Qm3vT8kLp2A', title: 'How Bishkek’s new electric buses work' },
          'Fares will be the same as on municipal buses. Passengers can pay with a transport card, a bank card or a QR code.',
          'At the same time, the city authorities are continuing to cut the number of minibus taxis: over the year some routes will be closed or handed over to municipal transport.',
        ],
      },
    },
  },
  {
    key: 'b-society-planned-power-cuts',
    rubric: 'society',
    tags: ['energy', 'weather'],
    places: ['bishkek', 'osh', 'tokmok', 'karakol', 'jalalabad', 'naryn', 'talas'],
    numbers: [[3, 9]],
    text: {
      ru: {
        headline: 'Жителей {place:gen} предупредили о плановых отключениях света в ближайшие {n1|день|дня|дней}',
        lead: 'Электрики заменят изношенные провода и трансформаторы в нескольких микрорайонах. Свет будут отключать в дневное время, графики по улицам опубликованы на сайте распределительной компании.',
        body: [
          'Работы проводятся в рамках подготовки сетей к осенне-зимнему периоду, пояснили в распределительной компании. Всего планируется заменить несколько километров линий и обновить оборудование на подстанциях.',
          'Электроэнергию будут отключать, как правило, **с 9:00 до 17:00**. В случае непредвиденных обстоятельств время может измениться — об этом жителей предупредят заранее.',
          { ul: [
            'Проверьте график для своей улицы на [сайте компании](https://example.kg/energy/grafik).',
            'Заранее зарядите телефоны и фонари.',
            'Отключите от сети чувствительную технику, чтобы уберечь её от перепадов напряжения.',
          ] },
          'По вопросам, связанным с отключениями, можно позвонить на горячую линию компании. Энергетики напоминают, что плановые работы помогают снизить число аварий зимой, когда нагрузка на сети резко возрастает.',
        ],
      },
      ky: {
        headline: '{place:gen} тургундарына жакынкы {n1} күндө жарык пландуу түрдө өчүрүлөрү эскертилди',
        lead: 'Электриктер бир нече микрорайондо эскирген зымдарды жана трансформаторлорду алмаштырышат. Жарык күндүз өчүрүлөт, көчөлөр боюнча графиктер бөлүштүрүүчү компаниянын сайтына жарыяланды.',
        body: [
          'Иштер тармактарды күз-кыш мезгилине даярдоонун алкагында жүргүзүлөрүн бөлүштүрүүчү компаниядан түшүндүрүштү. Жалпысынан бир нече чакырым линияны алмаштыруу жана подстанциялардагы жабдууларды жаңылоо пландалууда.',
          'Электр энергиясы, эреже катары, **саат 9:00дөн 17:00гө чейин** өчүрүлөт. Күтүлбөгөн жагдайларда убакыт өзгөрүшү мүмкүн — бул тууралуу тургундарга алдын ала эскертилет.',
          { ul: [
            'Өз көчөңүздүн графигин [компаниянын сайтынан](https://example.kg/energy/grafik) текшериңиз.',
            'Телефондорду жана фонарларды алдын ала кубаттап алыңыз.',
            'Чыңалуунун секирүүсүнөн сактоо үчүн сезгич техниканы электр тармагынан ажыратыңыз.',
          ] },
          'Жарык өчүрүү боюнча суроолор болсо, компаниянын ишеним телефонуна чалууга болот. Энергетиктер пландуу иштер тармактарга жүк кескин көбөйгөн кыш мезгилинде авариялардын санын азайтууга жардам берерин эскертишет.',
        ],
      },
      en: {
        headline: 'Residents of {place} warned of scheduled power cuts over the next {n1|day|days}',
        lead: 'Electricians will replace worn-out cables and transformers in several neighbourhoods. Power will be cut during the day, and street-by-street schedules have been published on the distribution company’s website.',
        body: [
          'The work is part of preparing the grid for autumn and winter, the distribution company explained. Several kilometres of lines are to be replaced and equipment at substations upgraded.',
          'Power will normally be off **from 9:00 to 17:00**. The times may change if unforeseen problems arise, and residents will be warned in advance.',
          { ul: [
            'Check the schedule for your street on the [company website](https://example.kg/energy/grafik).',
            'Charge your phones and torches in advance.',
            'Unplug sensitive appliances to protect them from voltage surges.',
          ] },
          'Questions about the outages can be put to the company hotline. Power engineers point out that scheduled maintenance helps reduce the number of breakdowns in winter, when demand on the grid rises sharply.',
        ],
      },
    },
  },
  {
    key: 'b-society-hot-water-repairs',
    rubric: 'society',
    tags: ['water', 'energy'],
    numbers: [[7, 14]],
    text: {
      ru: {
        headline: 'В части Бишкека на {n1|день|дня|дней} отключат горячую воду из-за ремонта теплосетей',
        lead: 'Летняя профилактика теплосетей начнётся с южных микрорайонов столицы. Специалисты проверят трубопроводы на прочность и заменят аварийные участки до начала отопительного сезона.',
        body: [
          'Горячее водоснабжение будут отключать поочерёдно по районам. Точные даты для каждого адреса опубликованы на [сайте теплоснабжающего предприятия](https://example.kg/teplo/remont).',
          'Во время гидравлических испытаний трубы проверяют под повышенным давлением. Это позволяет выявить слабые места летом, а не в разгар морозов, пояснили на предприятии.',
          'Жителям рекомендуют не открывать краны горячей воды в дни испытаний, а о выходе воды на поверхность земли или в подвалы сообщать по телефону аварийной службы.',
          'В прошлом году в ходе летней кампании заменили несколько километров изношенных трубопроводов. В этом году объём работ планируется увеличить.',
        ],
      },
      ky: {
        headline: 'Жылуулук тармактарын оңдоого байланыштуу Бишкектин бир бөлүгүндө {n1} күнгө ысык суу өчүрүлөт',
        lead: 'Жылуулук тармактарын жайкы алдын алуу иштери борбор калаанын түштүк микрорайондорунан башталат. Адистер жылытуу мезгили башталганга чейин түтүктөрдүн бекемдигин текшерип, кооптуу жерлерин алмаштырышат.',
        body: [
          'Ысык суу райондор боюнча кезек менен өчүрүлөт. Ар бир дарек боюнча так күндөр [жылуулук менен камсыздоочу ишкананын сайтына](https://example.kg/teplo/remont) жарыяланды.',
          'Гидравликалык сыноо учурунда түтүктөр жогорулатылган басым менен текшерилет. Бул алсыз жерлерди катуу суукта эмес, жайында аныктоого мүмкүндүк берерин ишканадан түшүндүрүштү.',
          'Тургундарга сыноо күндөрү ысык суунун крандарын ачпоо, ал эми суу жердин бетине же жертөлөлөргө чыгып жатса, авариялык кызматка телефон аркылуу кабарлоо сунушталат.',
          'Өткөн жылы жайкы иштердин жүрүшүндө бир нече чакырым эскирген түтүк алмаштырылган. Быйыл иштердин көлөмүн көбөйтүү пландалууда.',
        ],
      },
      en: {
        headline: 'Hot water to be off for {n1|day|days} in parts of Bishkek as heating mains are repaired',
        lead: 'Summer maintenance of the heating network will begin in the southern neighbourhoods of the capital. Engineers will pressure-test the pipes and replace faulty sections before the heating season.',
        body: [
          'Hot water will be turned off district by district. Exact dates for each address have been published on the [heating utility’s website](https://example.kg/teplo/remont).',
          'During hydraulic tests the pipes are checked under increased pressure. This makes it possible to find weak spots in summer rather than in the middle of a cold spell, the utility explained.',
          'Residents are advised not to open hot water taps on test days and to report any water coming up through the ground or into basements to the emergency service.',
          'Several kilometres of worn-out pipes were replaced during last year’s summer campaign. The volume of work is set to increase this year.',
        ],
      },
    },
  },
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
  // ──────────────────────────── Incidents ────────────────────────────
  {
    key: 'b-incidents-phone-fraud',
    rubric: 'incidents',
    tags: ['police', 'internet'],
    places: ['bishkek', 'osh', 'jalalabad', 'karakol', 'tokmok', 'karabalta'],
    numbers: [[4, 15], [300, 900]],
    source: 'police',
    text: {
      ru: {
        headline: 'В {place:loc} задержан подозреваемый в телефонном мошенничестве, который представлялся сотрудником банка и выманивал коды из СМС',
        lead: 'По данным милиции, 34-летний мужчина обманул как минимум {n1|человека|человек|человек}, выманив у них данные банковских карт. Общий ущерб превышает {n2|тысячу|тысячи|тысяч} сомов.',
        body: [
          'Подозреваемый звонил жертвам и сообщал о якобы подозрительной операции по их счёту. Под предлогом «защиты средств» он просил назвать код из СМС, после чего переводил деньги на подконтрольные счета, сообщила пресс-служба УВД.',
          'Мужчину задержали в съёмной квартире. При обыске изъяты несколько мобильных телефонов, сим-карты, оформленные на третьих лиц, и банковские карты.',
          'Возбуждено уголовное дело по статье «Мошенничество». Следователи устанавливают, есть ли у задержанного сообщники и другие потерпевшие.',
          { h: 'Если вам позвонили «из банка»' },
          { ol: [
            'Не называйте коды из СМС, ПИН-код и пароли — сотрудники банка их никогда не спрашивают.',
            'Положите трубку и сами перезвоните в банк по номеру, указанному на обороте карты.',
            'Если деньги уже списаны, сразу заблокируйте карту и обратитесь в милицию по номеру 102.',
          ] },
        ],
      },
      ky: {
        headline: '{place:loc} өзүн банктын кызматкери деп тааныштырып, SMSтеги коддорду алдап алган деп шектелген телефон алдамчысы кармалды',
        lead: 'Милициянын маалыматы боюнча, 34 жаштагы эркек банк карталарынын маалыматтарын алып, кеминде {n1} адамды алдаган. Жалпы зыян {n2} миң сомдон ашат.',
        body: [
          'Шектүү жабырлануучуларга телефон чалып, алардын эсебинде шектүү операция болгонун айткан. «Каражатты коргоо» шылтоосу менен SMSтеги кодду айтууну суранып, андан кийин акчаны өзү көзөмөлдөгөн эсептерге которуп алганын ИИБдин басма сөз кызматы билдирди.',
          'Эркек ижарага алган батиринен кармалды. Тинтүү учурунда бир нече мобилдик телефон, башка адамдардын атына катталган SIM-карталар жана банк карталары алынды.',
          '«Алдамчылык» беренеси боюнча кылмыш иши козголду. Тергөөчүлөр кармалган адамдын шериктери жана башка жабырлануучулар бар-жогун аныктап жатышат.',
          { h: 'Эгер сизге «банктан» чалышса' },
          { ol: [
            'SMSтеги коддорду, ПИН-кодду жана сырсөздөрдү айтпаңыз — банктын кызматкерлери аларды эч качан сурашпайт.',
            'Телефонду коюп, картанын артында көрсөтүлгөн номер боюнча банкка өзүңүз чалыңыз.',
            'Эгер акча чегерилип калса, картаны дароо бөгөттөп, 102 номери аркылуу милицияга кайрылыңыз.',
          ] },
        ],
      },
      en: {
        headline: 'Suspected phone scammer detained in {place} after posing as a bank employee and tricking victims into revealing text message codes',
        lead: 'Police say the 34-year-old man deceived at least {n1|person|people} and obtained their bank card details. The total loss exceeds {n2} thousand soms.',
        body: [
          'The suspect called his victims and told them a suspicious transaction had been made on their account. On the pretext of "protecting their money" he asked for the code from a text message and then transferred the funds to accounts he controlled, the police press office said.',
          'The man was detained at a rented flat. Several mobile phones, SIM cards registered to other people and bank cards were seized during a search.',
          'A criminal case has been opened on charges of fraud. Investigators are trying to establish whether the suspect had accomplices and other victims.',
          { h: 'If someone calls you "from the bank"' },
          { ol: [
            'Never give out text message codes, PINs or passwords — bank staff never ask for them.',
            'Hang up and call your bank yourself on the number printed on the back of your card.',
            'If money has already been taken, block the card immediately and report it to the police on 102.',
          ] },
        ],
      },
    },
  },
  {
    key: 'b-incidents-highway-collision',
    rubric: 'incidents',
    tags: ['traffic', 'roads'],
    numbers: [[2, 6]],
    source: 'police',
    text: {
      ru: {
        headline: 'ДТП на трассе Бишкек — Ош: столкнулись микроавтобус и легковой автомобиль, {n1|человек|человека|человек} в больнице',
        lead: 'Авария произошла утром на участке дороги в Чуйской области. Пострадавших доставили в ближайшую больницу, врачи оценивают их состояние как средней тяжести.',
        body: [
          'По предварительным данным, водитель легкового автомобиля при обгоне выехал на встречную полосу и столкнулся с маршрутным микроавтобусом. Среди пострадавших — пассажиры обеих машин, сообщили в милиции.',
          'На месте работали сотрудники патрульной милиции и спасатели. Движение на участке было частично ограничено около двух часов.',
          'По факту ДТП возбуждено уголовное дело по статье «Нарушение правил дорожного движения». Обстоятельства аварии устанавливаются.',
          'В милиции напоминают, что с началом сезона отпусков нагрузка на трассу растёт, и призывают водителей не превышать скорость и не идти на рискованные обгоны на затяжных подъёмах.',
        ],
      },
      ky: {
        headline: 'Бишкек — Ош жолунда микроавтобус менен жеңил унаа кагылышып, {n1} адам ооруканага жеткирилди',
        lead: 'Кырсык эртең менен Чүй облусундагы жолдун бир бөлүгүндө болду. Жабыркагандар жакынкы ооруканага жеткирилип, дарыгерлер алардын абалын орточо оор деп баалашууда.',
        body: [
          'Алдын ала маалымат боюнча, жеңил унаанын айдоочусу озуп өтүүдө карама-каршы тилкеге чыгып, каттамдагы микроавтобус менен кагылышкан. Жабыркагандардын арасында эки унаанын тең жүргүнчүлөрү бар экенин милициядан билдиришти.',
          'Окуя болгон жерде патрулдук милициянын кызматкерлери жана куткаруучулар иштешти. Жолдун бул бөлүгүндө кыймыл эки саатка жакын жарым-жартылай чектелди.',
          'Жол кырсыгы боюнча «Жол кыймылынын эрежелерин бузуу» беренеси менен кылмыш иши козголду. Окуянын жагдайлары аныкталууда.',
          'Милиция эс алуу мезгили башталгандан бери трассадагы жүк көбөйгөнүн эскертип, айдоочуларды ылдамдыкты ашырбоого жана узун өйдөлөрдө тобокелдүү озуп өтпөөгө чакырат.',
        ],
      },
      en: {
        headline: 'Minibus and car collide on Bishkek–Osh highway, {n1|person|people} taken to hospital',
        lead: 'The crash happened in the morning on a stretch of the road in Chui region. The injured were taken to the nearest hospital, where doctors described their condition as moderately serious.',
        body: [
          'According to preliminary information, the driver of the car pulled into the oncoming lane while overtaking and collided with a scheduled minibus. Passengers from both vehicles were among the injured, the police said.',
          'Patrol police and rescuers worked at the scene. Traffic on the section was partially restricted for about two hours.',
          'A criminal case has been opened for violation of traffic rules. The circumstances of the crash are being investigated.',
          'Police note that traffic on the highway increases with the start of the holiday season and urge drivers not to speed or attempt risky overtaking on long climbs.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-house-fire',
    rubric: 'incidents',
    tags: ['fire', 'energy'],
    places: ['bishkek', 'osh', 'tokmok', 'karabalta', 'jalalabad', 'naryn', 'talas', 'uzgen'],
    numbers: [[40, 150]],
    source: 'emergency',
    text: {
      ru: {
        headline: 'В {place:loc} сгорела крыша частного дома, жильцы успели выйти на улицу',
        lead: 'Пожар на площади около {n1|квадратного метра|квадратных метров|квадратных метров} потушили за час. Пострадавших нет, по предварительной версии, причиной возгорания стала неисправная электропроводка.',
        body: [
          'Сообщение о пожаре поступило на номер 101 вечером. На место направили три пожарных расчёта; к их приезду огонь уже охватил кровлю дома, сообщили в МЧС.',
          'Хозяева и соседи успели вынести часть имущества и документы. Пожарным удалось не допустить распространения огня на соседние строения.',
          'В МЧС напоминают, что с наступлением холодов число пожаров в частном секторе растёт. Основные причины — перегрузка электросетей обогревателями, неисправные печи и неосторожное обращение с огнём.',
          { ul: [
            'не оставляйте включённые обогреватели без присмотра;',
            'не подключайте несколько мощных приборов к одной розетке;',
            'перед отопительным сезоном проверьте дымоход и печь.',
          ] },
        ],
      },
      ky: {
        headline: '{place:loc} жеке үйдүн чатыры өрттөндү, үйдөгүлөр сыртка чыгып үлгүрүштү',
        lead: 'Болжол менен {n1} чарчы метр аянтты каптаган өрт бир сааттын ичинде өчүрүлдү. Жабыркагандар жок, алдын ала маалымат боюнча, өрт бузук электр зымдарынан чыккан.',
        body: [
          'Өрт тууралуу кабар 101 номерине кечинде келип түшкөн. Окуя болгон жерге үч өрт өчүрүүчү бөлүк жөнөтүлдү; алар жеткенде жалын үйдүн чатырын каптап калганын ӨКМден билдиришти.',
          'Үй ээлери жана кошуналар мүлктүн бир бөлүгүн жана документтерди алып чыгып үлгүрүштү. Өрт өчүрүүчүлөр жалындын жанындагы имараттарга жайылышына жол беришкен жок.',
          'ӨКМ суук түшкөндөн кийин жеке сектордо өрттүн саны көбөйөрүн эскертет. Негизги себептер — электр тармагын жылыткычтар менен ашыкча жүктөө, бузук мештер жана от менен этиятсыз мамиле кылуу.',
          { ul: [
            'күйүп турган жылыткычтарды көз салуусуз калтырбаңыз;',
            'бир розеткага бир нече кубаттуу шайманды туташтырбаңыз;',
            'жылытуу мезгилинин алдында морду жана мешти текшериңиз.',
          ] },
        ],
      },
      en: {
        headline: 'Roof of private house burns down in {place}, residents escape unharmed',
        lead: 'The fire, which covered about {n1} square metres, was put out within an hour. No one was hurt, and faulty wiring is believed to have caused the blaze.',
        body: [
          'The fire was reported to the 101 emergency line in the evening. Three fire crews were sent to the scene, and by the time they arrived the flames had engulfed the roof, the Ministry of Emergency Situations said.',
          'The owners and neighbours managed to carry out some belongings and documents. Firefighters prevented the fire from spreading to neighbouring buildings.',
          'The ministry warns that the number of fires in private homes rises when the cold sets in. The main causes are electric heaters overloading the wiring, faulty stoves and careless handling of fire.',
          { ul: [
            'do not leave heaters switched on unattended;',
            'do not plug several powerful appliances into one socket;',
            'have your chimney and stove checked before the heating season.',
          ] },
        ],
      },
    },
  },
  {
    key: 'b-incidents-mudflow-road',
    rubric: 'incidents',
    tags: ['mudflow', 'weather', 'roads'],
    places: ['batken', 'jalalabad', 'uzgen', 'kochkor', 'naryn', 'talas'],
    numbers: [[5, 25]],
    source: 'emergency',
    text: {
      ru: {
        headline: 'Вблизи {place:gen} сошёл сель: дорога перекрыта, в зоне подтопления {n1|двор|двора|дворов}',
        lead: 'Селевой поток прошёл после сильного ливня в горах. Эвакуировать людей не пришлось, на месте работают спасатели и тяжёлая техника, сообщили в Министерстве чрезвычайных ситуаций.',
        body: [
          'По данным МЧС, сель сошёл по руслу сухого сая и вынес на дорогу камни и грязь. Проезд между сёлами временно закрыт, объезд организован по грунтовой дороге.',
          'Вода и грязь попали во дворы и огороды жителей. Жилые дома, по предварительным данным, не повреждены. Комиссия местной администрации оценивает ущерб.',
          { embed: 'post', url: 'https://t.me/example_channel/214', title: 'Видео с места схода селя' },
          'Синоптики прогнозируют, что дожди в горных районах продлятся ещё два-три дня. МЧС призывает не останавливаться у русел рек и саев и не пытаться перейти селевой поток вброд.',
        ],
      },
      ky: {
        headline: '{place:dat} жакын жерде сел жүрдү: жол жабылып, {n1} короону суу каптады',
        lead: 'Сел тоолордо катуу нөшөр жааган соң жүрдү. Адамдарды көчүрүүгө муктаждык болгон жок, окуя болгон жерде куткаруучулар жана оор техника иштеп жатканын Өзгөчө кырдаалдар министрлиги билдирди.',
        body: [
          'ӨКМдин маалыматы боюнча, сел кургак сайдын нугу менен жүрүп, жолго таш жана ылай алып чыккан. Айылдардын ортосундагы жол убактылуу жабылып, айланып өтүү үчүн кара жол колдонулууда.',
          'Суу жана ылай тургундардын короолоруна жана тамчарбаларына кирди. Алдын ала маалымат боюнча, турак үйлөр бузулган жок. Жергиликтүү администрациянын комиссиясы келтирилген зыянды баалап жатат.',
          { embed: 'post', url: 'https://t.me/example_channel/214', title: 'Сел жүргөн жерден видео' },
          'Синоптиктер тоолуу аймактарда жамгыр дагы эки-үч күн жаайт деп болжолдошууда. ӨКМ дарыялардын жана сайлардын нугунун жанында токтобоого жана сел агымынан жөө өтүүгө аракет кылбоого чакырат.',
        ],
      },
      en: {
        headline: 'Mudflow hits area near {place}: road closed, {n1|yard|yards} flooded',
        lead: 'The mudflow came down after heavy rain in the mountains. No evacuation was needed, and rescuers and heavy machinery are working at the scene, the Ministry of Emergency Situations said.',
        body: [
          'According to the ministry, the mudflow came down a dry gully and carried rocks and mud onto the road. The road between the villages has been closed temporarily, and traffic is being diverted along a dirt track.',
          'Water and mud flooded residents’ yards and vegetable plots. Preliminary reports say no houses were damaged. A commission from the local administration is assessing the damage.',
          { embed: 'post', url: 'https://t.me/example_channel/214', title: 'Video from the site of the mudflow' },
          'Forecasters expect rain in the mountain areas to continue for another two or three days. The ministry urges people not to stop near riverbeds and gullies and never to try to wade across a mudflow.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-earthquake-felt',
    rubric: 'incidents',
    tags: ['earthquake', 'schools'],
    places: ['osh', 'jalalabad', 'batken', 'naryn', 'karakol', 'talas', 'uzgen'],
    numbers: [[3, 5], [15, 60]],
    source: 'emergency',
    text: {
      ru: {
        headline: 'Жители {place:gen} ощутили землетрясение силой {n1|балл|балла|баллов}, разрушений нет',
        lead: 'Подземные толчки зафиксировали ночью. Эпицентр находился в {n2|километре|километрах|километрах} от города, сведений о пострадавших и разрушениях не поступало.',
        body: [
          'По данным сейсмологов, очаг землетрясения залегал на глубине около 10 километров. В самом городе толчки ощущались силой до {n1|балла|баллов|баллов} по шкале MSK-64.',
          'Специалисты МЧС обошли социальные объекты — школы, больницы и детские сады. Повреждений не выявлено, занятия и приём пациентов идут в обычном режиме.',
          'Кыргызстан расположен в сейсмически активной зоне, и слабые землетрясения здесь регистрируют практически ежедневно. Большинство из них население не ощущает.',
          { h: 'Что делать во время землетрясения' },
          { ul: [
            'если вы в помещении — укройтесь под прочным столом или встаньте в дверном проёме, подальше от окон;',
            'не пользуйтесь лифтом;',
            'на улице отойдите от зданий, деревьев и линий электропередачи.',
          ] },
        ],
      },
      ky: {
        headline: '{place:gen} тургундары {n1} баллдык жер титирөөнү сезишти, кыйроо болгон жок',
        lead: 'Жер астындагы түрткүлөр түнкүсүн катталды. Жер титирөөнүн борбору шаардан {n2} чакырым алыстыкта жайгашкан, жабыркагандар жана кыйроолор тууралуу маалымат түшкөн жок.',
        body: [
          'Сейсмологдордун маалыматы боюнча, жер титирөөнүн очогу болжол менен 10 чакырым тереңдикте жайгашкан. Шаардын өзүндө түрткүлөр MSK-64 шкаласы боюнча {n1} баллга чейин сезилди.',
          'ӨКМдин адистери социалдык объекттерди — мектептерди, ооруканаларды жана бала бакчаларды кыдырып чыгышты. Зыян аныкталган жок, сабактар жана бейтаптарды кабыл алуу кадимки тартипте жүрүүдө.',
          'Кыргызстан сейсмикалык жактан активдүү аймакта жайгашкан, бул жерде күчсүз жер титирөөлөр дээрлик күн сайын катталат. Алардын көбүн калк сезбейт.',
          { h: 'Жер титирөө учурунда эмне кылуу керек' },
          { ul: [
            'эгер имаратта болсоңуз — бекем столдун астына жашырыныңыз же эшиктин алдына туруңуз, терезелерден алыс болуңуз;',
            'лифтти колдонбоңуз;',
            'көчөдө болсоңуз, имараттардан, дарактардан жана электр линияларынан алыстаңыз.',
          ] },
        ],
      },
      en: {
        headline: 'Residents of {place} feel an earthquake of up to {n1} points, no damage reported',
        lead: 'The tremors were recorded overnight. The epicentre was {n2} kilometres from the city, and there have been no reports of casualties or damage.',
        body: [
          'According to seismologists, the focus of the earthquake lay at a depth of about 10 kilometres. In the city itself the tremors were felt at an intensity of up to {n1} points on the MSK-64 scale.',
          'Emergency ministry specialists inspected schools, hospitals and kindergartens. No damage was found, and lessons and patient appointments are going ahead as normal.',
          'Kyrgyzstan lies in a seismically active zone, and weak earthquakes are recorded here almost every day. Most of them are not felt by the population.',
          { h: 'What to do during an earthquake' },
          { ul: [
            'indoors, take cover under a sturdy table or stand in a doorway, away from windows;',
            'do not use lifts;',
            'outdoors, move away from buildings, trees and power lines.',
          ] },
        ],
      },
    },
  },
  {
    key: 'b-incidents-mountain-rescue',
    rubric: 'incidents',
    tags: ['tourism', 'weather'],
    places: ['karakol', 'naryn', 'kochkor', 'cholponata'],
    numbers: [[3, 8]],
    source: 'emergency',
    text: {
      ru: {
        headline: 'Спасатели вывели из ущелья вблизи {place:gen} {n1|туриста|туристов|туристов}, застигнутых снегопадом',
        lead: 'Группа туристов, среди которых были иностранцы, не смогла спуститься после сильного снегопада на перевале. Все они доставлены вниз без серьёзных травм.',
        body: [
          'О том, что группа не вышла на связь в условленное время, сообщил гид туристической компании. На поиски отправились спасатели МЧС и сотрудники местной турбазы.',
          'Туристов обнаружили на следующее утро в палаточном лагере выше границы леса. Они укрылись от ветра, но из-за глубокого снега не могли продолжить маршрут, сообщили в МЧС.',
          { quote: 'Ребята действовали грамотно: не разделялись, сохранили тепло и дождались помощи на месте. Именно это в горах часто спасает жизнь', by: 'руководитель спасательной группы' },
          'МЧС напоминает, что перед выходом в горы туристам нужно зарегистрировать маршрут в ближайшем подразделении ведомства и проверить прогноз погоды. В высокогорье погода может резко измениться даже летом.',
        ],
      },
      ky: {
        headline: 'Куткаруучулар {place:dat} жакын капчыгайда катуу кардан улам кармалып калган {n1} туристти алып чыгышты',
        lead: 'Арасында чет элдиктер да болгон туристтер тобу ашууда катуу кар жааган соң ылдый түшө албай калган. Алардын баары олуттуу жаракат албай төмөн жеткирилди.',
        body: [
          'Топ белгиленген убакта байланышка чыкпай калганын туристтик компаниянын гиди кабарлаган. Издөөгө ӨКМдин куткаруучулары жана жергиликтүү туристтик базанын кызматкерлери чыгышты.',
          'Туристтер эртеси эртең менен токой чегинен жогору жайгашкан чатыр лагеринен табылды. Алар шамалдан калкаланып турушкан, бирок терең кардан улам жолун уланта алышкан эмес деп ӨКМден билдиришти.',
          { quote: 'Жигиттер туура иш кылышты: бөлүнүшкөн жок, жылуулукту сакташып, жардамды ошол жерде күтүштү. Тоодо дал ушул көп учурда өмүрдү сактап калат', by: 'куткаруу тобунун жетекчиси' },
          'ӨКМ тоого чыгаар алдында туристтер каттамын ведомствонун жакынкы бөлүмүндө каттатып, аба ырайынын болжолун текшериши керектигин эскертет. Бийик тоолуу аймакта аба ырайы жайында да кескин өзгөрүшү мүмкүн.',
        ],
      },
      en: {
        headline: 'Rescuers bring {n1|tourist|tourists} caught by heavy snow out of a gorge near {place}',
        lead: 'The group, which included foreign nationals, was unable to descend after heavy snowfall on a mountain pass. All of them were brought down without serious injuries.',
        body: [
          'A guide from the tour company raised the alarm when the group failed to get in touch at the agreed time. Emergency ministry rescuers and staff from a local tourist camp went out to search for them.',
          'The tourists were found the next morning at a tent camp above the tree line. They had sheltered from the wind but could not continue because of deep snow, the Ministry of Emergency Situations said.',
          { quote: 'They did everything right: they stayed together, kept warm and waited for help where they were. In the mountains that is often what saves lives', by: 'the head of the rescue team' },
          'The ministry reminds tourists to register their route with the nearest ministry unit and check the weather forecast before setting out. In the high mountains the weather can change abruptly even in summer.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-bribe-detention',
    rubric: 'incidents',
    tags: ['corruption', 'police', 'courts'],
    places: ['bishkek', 'osh', 'jalalabad', 'karakol', 'talas'],
    numbers: [[1500, 5000]],
    text: {
      ru: {
        headline: 'В {place:loc} задержан чиновник, подозреваемый в вымогательстве {n1|доллара|долларов|долларов} за оформление документов',
        lead: 'По версии следствия, 45-летний специалист местного управления архитектуры требовал деньги у предпринимателя за ускоренную выдачу разрешения на строительство. Его задержали сразу после передачи части суммы.',
        body: [
          'С заявлением в правоохранительные органы обратился сам предприниматель, у которого требовали деньги. Передача средств проходила под контролем оперативников, купюры были заранее помечены.',
          'Задержанный водворён в изолятор временного содержания. Возбуждено уголовное дело по статье «Получение взятки», меру пресечения определит суд.',
          'В правоохранительных органах напоминают, что сообщить о вымогательстве можно анонимно по телефону доверия или через официальный сайт ведомства.',
        ],
      },
      ky: {
        headline: '{place:loc} документ тариздөө үчүн {n1} доллар талап кылган деп шектелген кызматкер кармалды',
        lead: 'Тергөөнүн версиясы боюнча, жергиликтүү архитектура башкармалыгынын 45 жаштагы адиси курулушка уруксатты тез берүү үчүн ишкерден акча талап кылган. Ал сумманын бир бөлүгүн алаары менен кармалды.',
        body: [
          'Укук коргоо органдарына андан акча талап кылынган ишкердин өзү арыз менен кайрылган. Акча оперативдик кызматкерлердин көзөмөлү астында берилип, купюралар алдын ала белгиленген.',
          'Кармалган адам убактылуу кармоочу жайга камалды. «Пара алуу» беренеси боюнча кылмыш иши козголуп, бөгөт коюу чарасын сот аныктайт.',
          'Укук коргоо органдары пара талап кылуу фактылары тууралуу ишеним телефону же ведомствонун расмий сайты аркылуу аноним түрдө кабарлоого болорун эскертишет.',
        ],
      },
      en: {
        headline: 'Official detained in {place} on suspicion of demanding {n1} US dollars to process documents',
        lead: 'Investigators say a 45-year-old specialist at the local architecture department demanded money from a businessman to speed up a building permit. He was detained immediately after receiving part of the sum.',
        body: [
          'The businessman himself reported the demand to law enforcement. The handover took place under the surveillance of police officers, and the banknotes had been marked in advance.',
          'The suspect has been placed in a temporary detention centre. A criminal case has been opened on charges of taking a bribe, and a court will decide on pre-trial measures.',
          'Law enforcement agencies remind the public that extortion can be reported anonymously via a hotline or the agency’s official website.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-pass-closed-avalanche',
    rubric: 'incidents',
    tags: ['roads', 'weather', 'transport'],
    numbers: [[200, 600]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Перевал Тоо-Ашуу временно закрыт из-за угрозы схода лавин: движение по трассе Бишкек — Ош ограничено до улучшения погоды',
        lead: 'Ограничение введено после обильного снегопада и усиления ветра. Перед шлагбаумами с обеих сторон перевала открытия движения ожидают около {n1|автомобиля|автомобилей|автомобилей}.',
        body: [
          'Решение приняли дорожные службы совместно с МЧС. На перевале работают снегоуборочная техника и противолавинная служба, которая проводит профилактический спуск снега с опасных склонов, сообщили в Министерстве транспорта.',
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'Обстановка на перевале Тоо-Ашуу' },
          'Водителей просят не выезжать в сторону перевала до официального сообщения об открытии дороги. Тем, кто уже в пути, предлагают переждать в придорожных кафе и гостиницах Суусамыра и Кара-Балты.',
          { ul: [
            'следите за сообщениями дорожных служб;',
            'возьмите с собой тёплую одежду, воду и запас топлива;',
            'установите зимние шины или цепи противоскольжения.',
          ] },
        ],
      },
      ky: {
        headline: 'Тоо-Ашуу ашуусу кар көчкү коркунучунан улам убактылуу жабылды: аба ырайы жакшырганга чейин Бишкек — Ош жолунда кыймыл чектелди',
        lead: 'Чектөө катуу кар жаап, шамал күчөгөндөн кийин киргизилди. Ашуунун эки тарабындагы шлагбаумдардын алдында {n1} чамалуу унаа жолдун ачылышын күтүп турат.',
        body: [
          'Чечимди жол кызматтары ӨКМ менен биргеликте кабыл алышты. Ашууда кар тазалоочу техника жана кооптуу капталдардан карды алдын ала түшүрүүчү кар көчкүгө каршы кызмат иштеп жатканын Транспорт министрлигинен билдиришти.',
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'Тоо-Ашуу ашуусундагы абал' },
          'Айдоочуларга жол ачылганы тууралуу расмий кабар чыкканга чейин ашууну көздөй жолго чыкпоо сунушталат. Жолдо бара жаткандар Суусамырдагы жана Кара-Балтадагы жол боюндагы кафелерде жана мейманканаларда күтө турса болот.',
          { ul: [
            'жол кызматтарынын кабарларын көз салып туруңуз;',
            'жылуу кийим, суу жана күйүүчү майдын запасын алып алыңыз;',
            'кышкы дөңгөлөктөрдү же тайгаланууга каршы чынжырларды орнотуңуз.',
          ] },
        ],
      },
      en: {
        headline: 'Too-Ashuu pass temporarily closed over avalanche risk, traffic on the Bishkek–Osh highway restricted until the weather improves',
        lead: 'The restriction was imposed after heavy snowfall and strengthening winds. About {n1|vehicle is|vehicles are} waiting at the barriers on both sides of the pass for the road to reopen.',
        body: [
          'The decision was taken by the road services together with the emergency ministry. Snow ploughs and an avalanche control team, which is bringing down snow from dangerous slopes as a precaution, are working on the pass, the Ministry of Transport said.',
          { embed: 'post', url: 'https://t.me/example_channel/587', title: 'Conditions on the Too-Ashuu pass' },
          'Drivers are asked not to set off towards the pass until the official announcement that the road has reopened. Those already on the way can wait at roadside cafes and hotels in Suusamyr and Kara-Balta.',
          { ul: [
            'follow updates from the road services;',
            'take warm clothes, water and extra fuel;',
            'fit winter tyres or snow chains.',
          ] },
        ],
      },
    },
  },
  {
    key: 'b-incidents-stolen-car-found',
    rubric: 'incidents',
    tags: ['police', 'courts'],
    places: ['bishkek', 'osh', 'tokmok', 'karabalta', 'jalalabad'],
    numbers: [[19, 27]],
    source: 'police',
    text: {
      ru: {
        headline: 'Милиция {place:gen} за сутки нашла угнанный автомобиль и задержала подозреваемых',
        lead: 'Машину угнали ночью от жилого дома, а уже на следующий день её обнаружили на окраине города со сменёнными номерами. Задержаны двое мужчин, одному из них {n1|год|года|лет}.',
        body: [
          'В милицию обратился владелец автомобиля, который утром не нашёл машину на парковке. Оперативники изучили записи камер видеонаблюдения и установили маршрут, по которому её перегнали.',
          'Автомобиль нашли во дворе частного дома. На нём уже стояли чужие номерные знаки, а в салоне обнаружили инструменты для вскрытия замков, сообщила пресс-служба УВД.',
          'Подозреваемые водворены в изолятор временного содержания, возбуждено уголовное дело. Следователи проверяют их причастность к другим угонам, зарегистрированным в городе в последние месяцы.',
          'Автомобиль вернули владельцу. В милиции советуют автовладельцам пользоваться сигнализацией и по возможности оставлять машины на охраняемых стоянках.',
        ],
      },
      ky: {
        headline: '{place:gen} милициясы бир суткада уурдалган унааны таап, шектүүлөрдү кармады',
        lead: 'Унаа түнкүсүн турак үйдүн жанынан уурдалып, эртеси эле номерлери алмаштырылган абалда шаардын четинен табылды. Эки эркек кармалды, алардын бири {n1} жашта.',
        body: [
          'Милицияга унаанын ээси кайрылып, эртең менен унаасын токтотуучу жайдан таппай калганын билдирген. Оперативдик кызматкерлер көзөмөл камераларынын жазууларын изилдеп, унаа айдалып кеткен жолду аныкташты.',
          'Унаа жеке үйдүн короосунан табылды. Ага башка мамлекеттик номерлер тагылып, ичинен кулпуларды ачуучу шаймандар табылганын ИИБдин басма сөз кызматы билдирди.',
          'Шектүүлөр убактылуу кармоочу жайга камалып, кылмыш иши козголду. Тергөөчүлөр алардын акыркы айларда шаарда катталган башка унаа уурдоолорго тиешеси бар-жогун текшерип жатышат.',
          'Унаа ээсине кайтарылды. Милиция айдоочуларга сигнализация колдонууну жана мүмкүн болсо унааларын кайтарылган токтотуучу жайларга коюуну сунуштайт.',
        ],
      },
      en: {
        headline: 'Police in {place} find stolen car within a day and detain suspects',
        lead: 'The car was stolen overnight from outside a block of flats and found the next day on the outskirts of the city with its number plates changed. Two men have been detained, one of them aged {n1}.',
        body: [
          'The owner went to the police after finding his car missing from its parking space in the morning. Officers studied CCTV footage and traced the route along which it had been driven away.',
          'The car was found in the yard of a private house. It had already been fitted with different number plates, and tools for breaking locks were found inside, the police press office said.',
          'The suspects have been placed in a temporary detention centre and a criminal case has been opened. Investigators are checking whether they were involved in other car thefts reported in the city in recent months.',
          'The car has been returned to its owner. Police advise drivers to use alarms and, where possible, to leave their vehicles in guarded car parks.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-storm-wind',
    rubric: 'incidents',
    tags: ['weather', 'energy'],
    places: ['bishkek', 'tokmok', 'karabalta', 'karakol', 'naryn', 'talas', 'osh'],
    numbers: [[10, 45], [20, 90]],
    source: 'emergency',
    text: {
      ru: {
        headline: 'Ураганный ветер в {place:loc} повалил деревья и повредил крыши {n1|дома|домов|домов}',
        lead: 'Ночью порывы ветра достигали 25 метров в секунду. В нескольких районах было нарушено электроснабжение, пострадавших среди жителей нет, сообщили в МЧС.',
        body: [
          'По данным спасателей, ветер повалил более {n2|дерева|деревьев|деревьев}, часть из них упала на линии электропередачи и припаркованные автомобили.',
          'Аварийные бригады энергетиков работали всю ночь. К утру электроснабжение восстановили в большинстве домов, оставшиеся адреса обещают подключить в течение дня.',
          { image: true, caption: 'Коммунальные службы расчищают улицы после урагана', alt: 'Рабочие распиливают упавшее дерево на городской улице' },
          'Районные администрации начали подворный обход, чтобы оценить ущерб. Семьям, чьи дома пострадали сильнее всего, обещают помочь кровельными материалами.',
          'Синоптики предупреждают, что ветер может усилиться и в ближайшие сутки. Жителям советуют не оставлять машины под деревьями и рекламными щитами.',
        ],
      },
      ky: {
        headline: '{place:loc} катуу шамал дарактарды жыгып, {n1} үйдүн чатырын бузду',
        lead: 'Түнкүсүн шамалдын ылдамдыгы секундасына 25 метрге жетти. Бир нече райондо электр энергиясы үзгүлтүккө учурады, тургундардын арасында жабыркагандар жок экенин ӨКМден билдиришти.',
        body: [
          'Куткаруучулардын маалыматы боюнча, шамалдан {n2} дарактан ашыгы жыгылып, алардын бир бөлүгү электр линияларына жана токтоп турган унааларга кулаган.',
          'Энергетиктердин авариялык бригадалары түнү бою иштешти. Эртең мененкиге чейин үйлөрдүн көпчүлүгүнө электр энергиясы кайра берилип, калган даректер күндүн ичинде туташтырыларын убада кылышты.',
          { image: true, caption: 'Коммуналдык кызматтар катуу шамалдан кийин көчөлөрдү тазалап жатышат', alt: 'Жумушчулар шаар көчөсүндө жыгылган даракты кесип жатышат' },
          'Райондук администрациялар зыянды баалоо үчүн үйлөрдү кыдыра башташты. Үйлөрү эң көп зыян тарткан үй-бүлөлөргө чатыр жабуучу материалдар менен жардам берүү убада кылынды.',
          'Синоптиктер шамал алдыдагы суткада да күчөшү мүмкүн экенин эскертишет. Тургундарга унааларды дарактардын жана жарнама такталарынын астына калтырбоо сунушталат.',
        ],
      },
      en: {
        headline: 'Gale-force winds in {place} bring down trees and damage roofs of {n1|house|houses}',
        lead: 'Gusts reached 25 metres per second overnight. Power supplies were disrupted in several districts, but no residents were hurt, the Ministry of Emergency Situations said.',
        body: [
          'According to rescuers, more than {n2|tree was|trees were} brought down, some of them falling onto power lines and parked cars.',
          'Emergency crews from the power company worked through the night. By morning electricity had been restored to most homes, and the remaining addresses are to be reconnected during the day.',
          { image: true, caption: 'Municipal workers clear the streets after the storm', alt: 'Workers sawing up a fallen tree on a city street' },
          'District administrations have started going from house to house to assess the damage. Families whose homes were worst affected have been promised roofing materials.',
          'Forecasters warn that the wind may pick up again over the next 24 hours. Residents are advised not to park under trees or advertising boards.',
        ],
      },
    },
  },
  {
    key: 'b-incidents-drink-driving-raid',
    rubric: 'incidents',
    tags: ['traffic', 'police'],
    places: ['bishkek', 'osh'],
    numbers: [[40, 120]],
    source: 'police',
    text: {
      ru: {
        headline: 'В {place:loc} за выходные выявили {n1|случай|случая|случаев} вождения в нетрезвом виде',
        lead: 'Рейд проводился по ночам на выездах из города и возле ночных заведений. У большинства нарушителей изъяли водительские удостоверения, а их автомобили отправили на штрафстоянку.',
        body: [
          'Патрульная милиция проверяла водителей с помощью алкотестеров. Тех, кто отказывался от освидетельствования, направляли на медицинскую экспертизу, сообщила пресс-служба УВД.',
          'Ещё несколько водителей садились за руль, хотя ранее были лишены права управления. На них составлены протоколы, материалы переданы в суд.',
          'В милиции напомнили, что за управление автомобилем в состоянии опьянения предусмотрены крупный штраф и лишение водительских прав, а за повторное нарушение — более строгая ответственность.',
          'Подобные рейды будут проводиться каждые выходные до конца месяца.',
        ],
      },
      ky: {
        headline: '{place:loc} дем алыш күндөрү унааны мас абалында айдоонун {n1} фактысы аныкталды',
        lead: 'Рейд түнкүсүн шаардан чыгуучу жолдордо жана түнкү жайлардын жанында өткөрүлдү. Мыйзам бузгандардын көбүнөн айдоочулук күбөлүктөрү алынып, унаалары айып токтотуучу жайга жөнөтүлдү.',
        body: [
          'Патрулдук милиция айдоочуларды алкотестер менен текшерди. Текшерүүдөн баш тарткандар медициналык экспертизага жөнөтүлгөнүн ИИБдин басма сөз кызматы билдирди.',
          'Дагы бир нече айдоочу буга чейин унаа айдоо укугунан ажыратылганына карабай рулга отурган. Аларга карата протоколдор түзүлүп, материалдар сотко жөнөтүлдү.',
          'Милиция мас абалында унаа айдагандарга ири айып пул салынып, айдоочулук күбөлүгү алынарын, ал эми кайталанган учурда жоопкерчилик ого бетер катаалдаарын эскертти.',
          'Мындай рейддер ай аягына чейин ар бир дем алыш күндөрү өткөрүлөт.',
        ],
      },
      en: {
        headline: 'Police in {place} catch {n1|drink-driver|drink-drivers} over the weekend',
        lead: 'The raid was carried out at night on roads leading out of the city and near nightclubs. Most of the offenders had their driving licences confiscated and their cars towed to impound lots.',
        body: [
          'Patrol officers checked drivers with breathalysers. Those who refused the test were sent for a medical examination, the police press office said.',
          'Several more drivers were caught behind the wheel despite having been banned from driving. Reports have been drawn up and passed to the courts.',
          'Police reminded drivers that driving under the influence carries a heavy fine and loss of licence, and that repeat offences are punished more severely.',
          'Similar raids will be held every weekend until the end of the month.',
        ],
      },
    },
  },
  // ────────────────────────────── Sport ──────────────────────────────
  {
    key: 'b-sport-greco-roman-asian-gold',
    rubric: 'sport',
    tags: ['wrestling', 'olympics'],
    source: 'federation',
    text: {
      ru: {
        headline: 'Кыргызстанец Нурбек Асанкулов выиграл золото чемпионата Азии по греко-римской борьбе',
        lead: 'Борец выступал в весовой категории до 77 килограммов и провёл на турнире четыре схватки. В финале он победил соперника из Ирана со счётом 5:1.',
        body: [
          'На пути к финалу Асанкулов одолел представителей Японии, Казахстана и Узбекистана. Решающие баллы в финальной схватке он заработал на последней минуте, выполнив накат в партере.',
          { quote: 'Я долго шёл к этой медали. Посвящаю её своему первому тренеру и всем, кто болел за меня дома', by: 'Нурбек Асанкулов' },
          'Всего сборная Кыргызстана по греко-римской борьбе завоевала на турнире одну золотую и две бронзовые медали, сообщили в федерации. Чемпионат Азии стал важным этапом подготовки к рейтинговым турнирам олимпийского цикла.',
          'Следующим стартом для сборной станет международный турнир, на котором борцы будут набирать рейтинговые очки.',
        ],
      },
      ky: {
        headline: 'Кыргызстандык Нурбек Асанкулов грек-рим күрөшү боюнча Азия чемпионатында алтын медаль жеңип алды',
        lead: 'Балбан 77 килограммга чейинки салмак категориясында чыгып, мелдеште төрт беттеш өткөрдү. Финалда ал ирандык атаандашын 5:1 эсебинде жеңди.',
        body: [
          'Финалга чейин Асанкулов Япониянын, Казакстандын жана Өзбекстандын өкүлдөрүн утту. Финалдык беттеште чечүүчү упайларды ал акыркы мүнөттө партерде оодаруу ыкмасын аткарып алды.',
          { quote: 'Бул медалга көптөн бери умтулуп келдим. Аны биринчи машыктыруучума жана мекенде мени колдогондордун баарына арнайм', by: 'Нурбек Асанкулов' },
          'Жалпысынан Кыргызстандын грек-рим күрөшү боюнча курама командасы мелдеште бир алтын жана эки коло медаль жеңип алганын федерациядан билдиришти. Азия чемпионаты олимпиадалык циклдин рейтингдик мелдештерине даярдыктын маанилүү баскычы болду.',
          'Курама команданын кийинки старты балбандар рейтингдик упай топтой турган эл аралык мелдеш болот.',
        ],
      },
      en: {
        headline: 'Kyrgyzstan’s Nurbek Asankulov wins gold at the Asian Greco-Roman Wrestling Championships',
        lead: 'The wrestler competed in the 77-kilogram category and had four bouts at the tournament. In the final he beat his opponent from Iran 5-1.',
        body: [
          'On his way to the final Asankulov defeated wrestlers from Japan, Kazakhstan and Uzbekistan. He scored the decisive points in the final minute of the gold medal bout with a gut wrench in par terre.',
          { quote: 'I have been working towards this medal for a long time. I dedicate it to my first coach and to everyone who supported me back home', by: 'Nurbek Asankulov' },
          'In total Kyrgyzstan’s Greco-Roman team won one gold and two bronze medals at the championships, the federation said. The event was an important step in preparing for ranking tournaments in the Olympic cycle.',
          'The team’s next competition will be an international tournament where the wrestlers will collect ranking points.',
        ],
      },
    },
  },
  {
    key: 'b-sport-boxing-almaty-medals',
    rubric: 'sport',
    tags: ['boxing', 'kazakhstan'],
    numbers: [[4, 9], [1, 3]],
    source: 'federation',
    text: {
      ru: {
        headline: 'Боксёры Кыргызстана завоевали {n1|медаль|медали|медалей} на международном турнире в Алматы',
        lead: 'Турнир собрал боксёров из двенадцати стран. Лучше всего выступили спортсмены лёгких весовых категорий — в активе команды {n2|золотая награда|золотые награды|золотых наград}.',
        body: [
          'Одну из побед одержал 20-летний Бекболот Сатыбалдиев в категории до 57 килограммов. В финале он переиграл представителя Казахстана по очкам решением судей 4:1.',
          'Главный тренер сборной отметил, что турнир был контрольным перед чемпионатом Азии: в состав включили нескольких молодых боксёров, для которых это был первый крупный старт за рубежом.',
          { quote: 'Ребята показали характер. Есть над чем работать в обороне, но в целом я доволен тем, как команда провела турнир', by: 'главный тренер сборной Кыргызстана по боксу' },
          'Сборная вернётся в Бишкек в начале следующей недели, после чего продолжит сборы в Чолпон-Ате.',
        ],
      },
      ky: {
        headline: 'Кыргызстандын боксчулары Алматыдагы эл аралык мелдеште {n1} медаль жеңип алышты',
        lead: 'Мелдешке он эки өлкөдөн боксчулар катышты. Жеңил салмак категорияларындагы спортчулар өзгөчө ийгиликтүү чыгышты — команданын эсебинде {n2} алтын медаль бар.',
        body: [
          'Жеңиштердин бирин 57 килограммга чейинки салмакта 20 жаштагы Бекболот Сатыбалдиев алды. Финалда ал казакстандык атаандашын калыстардын 4:1 эсебиндеги чечими менен упай боюнча утту.',
          'Курама команданын башкы машыктыруучусу бул мелдеш Азия чемпионатынын алдында текшерүүчү мелдеш болгонун белгиледи: курамга бир нече жаш боксчу киргизилип, алар үчүн бул чет өлкөдөгү алгачкы ири старт болду.',
          { quote: 'Балдар мүнөзүн көрсөтүштү. Коргонууда иштей турган жерлер бар, бирок жалпысынан команданын мелдешти өткөргөнүнө ыраазымын', by: 'Кыргызстандын бокс боюнча курама командасынын башкы машыктыруучусу' },
          'Курама команда кийинки жуманын башында Бишкекке кайтып келип, андан кийин Чолпон-Атада машыгуу жыйынын улантат.',
        ],
      },
      en: {
        headline: 'Kyrgyz boxers win {n1|medal|medals} at international tournament in Almaty',
        lead: 'The tournament brought together boxers from twelve countries. The team’s lighter weight classes performed best, and the squad came home with {n2|gold medal|gold medals}.',
        body: [
          'One of the wins went to 20-year-old Bekbolot Satybaldiev in the 57-kilogram category. In the final he beat a boxer from Kazakhstan on points by a 4-1 split decision.',
          'The head coach said the tournament served as a test event ahead of the Asian Championships. Several young boxers were included in the squad, and for them it was their first major competition abroad.',
          { quote: 'The boys showed character. There is work to do on defence, but overall I am pleased with how the team performed', by: 'the head coach of Kyrgyzstan’s national boxing team' },
          'The team will return to Bishkek early next week and then continue its training camp in Cholpon-Ata.',
        ],
      },
    },
  },
  {
    key: 'b-sport-kok-boru-championship',
    rubric: 'sport',
    tags: ['kokBoru', 'issykKul'],
    places: ['naryn', 'talas', 'kochkor', 'cholponata', 'karakol', 'jalalabad'],
    numbers: [[7, 11], [3, 6]],
    source: 'federation',
    text: {
      ru: {
        headline: 'В {place:loc} завершился чемпионат страны по кок-бору: золото у команды Иссык-Кульской области',
        lead: 'В финале иссыккульцы обыграли команду Чуйской области со счётом {n1}:{n2}. Матч на заполненном ипподроме посмотрели несколько тысяч зрителей.',
        body: [
          'Чемпионат продолжался неделю, в нём участвовали команды всех областей, а также Бишкека и Оша.',
          { image: true, caption: 'Эпизод финального матча', alt: 'Всадники борются за улак на поле ипподрома' },
          'Лучшим игроком турнира признан 24-летний чабандес Талант Мамбеталиев, который в финале трижды забросил улак в казан соперника.',
          'Победители получили кубок и денежный приз от федерации. Лучшие игроки чемпионата войдут в расширенный состав национальной сборной, которая готовится к международным турнирам.',
        ],
      },
      ky: {
        headline: '{place:loc} көк бөрү боюнча өлкө чемпионаты аяктады: алтын Ысык-Көл облусунун командасында',
        lead: 'Финалда ысыккөлдүктөр Чүй облусунун командасын {n1}:{n2} эсебинде утушту. Эл толгон ипподромдогу беттешти бир нече миң көрүүчү тамашалады.',
        body: [
          'Чемпионат бир жумага созулуп, ага бардык облустардын, ошондой эле Бишкек жана Ош шаарларынын командалары катышты.',
          { image: true, caption: 'Финалдык беттештин бир көрүнүшү', alt: 'Ипподромдун талаасында чабандестер улак тартышып жатышат' },
          'Мелдештин мыкты оюнчусу деп финалда атаандаштын казанына улакты үч жолу ташыган 24 жаштагы чабандес Талант Мамбеталиев табылды.',
          'Жеңүүчүлөр федерациядан кубок жана акчалай сыйлык алышты. Чемпионаттын мыкты оюнчулары эл аралык мелдештерге даярданып жаткан улуттук курама команданын кеңейтилген курамына кирет.',
        ],
      },
      en: {
        headline: 'National kok-boru championship ends in {place} with victory for the Issyk-Kul region team',
        lead: 'In the final the Issyk-Kul side beat the Chui region team {n1}-{n2}. Several thousand spectators watched the match at the packed hippodrome.',
        body: [
          'The championship lasted a week and brought together teams from all regions as well as the cities of Bishkek and Osh.',
          { image: true, caption: 'A moment from the final', alt: 'Horsemen fighting for the ulak on the hippodrome field' },
          'The best player of the tournament was 24-year-old rider Talant Mambetaliev, who put the ulak into the opponents’ kazan three times in the final.',
          'The winners received a trophy and prize money from the federation. The best players of the championship will join the extended squad of the national team, which is preparing for international tournaments.',
        ],
      },
    },
  },
  {
    key: 'b-sport-national-team-friendlies',
    rubric: 'sport',
    tags: ['football', 'tajikistan'],
    numbers: [[24, 28]],
    source: 'federation',
    text: {
      ru: {
        headline: 'Сборная Кыргызстана по футболу проведёт два товарищеских матча: объявлен состав на сбор',
        lead: 'В расширенный список вошли {n1|футболист|футболиста|футболистов}, в том числе несколько дебютантов из клубов национальной лиги. Сбор начнётся в понедельник в Бишкеке.',
        body: [
          'Команда сыграет контрольные матчи со сборными Таджикистана и Бахрейна. Обе встречи пройдут на выезде и станут частью подготовки к отборочным играм, сообщили в федерации футбола.',
          { h: 'Расписание' },
          { ul: [
            'первый матч — в Душанбе, начало в 18:00 по бишкекскому времени;',
            'второй матч — через четыре дня на нейтральном поле в ОАЭ.',
          ] },
          { quote: 'Мы хотим посмотреть на молодых ребят в играх с сильными соперниками. Некоторые из них хорошо провели сезон в клубах и заслужили шанс', by: 'главный тренер сборной Кыргызстана' },
          'Оба матча покажет в прямом эфире один из национальных телеканалов.',
        ],
      },
      ky: {
        headline: 'Кыргызстандын футбол курамасы эки жолдоштук беттеш өткөрөт: машыгуу жыйынынын курамы жарыяланды',
        lead: 'Кеңейтилген тизмеге {n1} футболчу кирди, алардын арасында улуттук лиганын клубдарынан бир нече жаңы оюнчу бар. Машыгуу жыйыны дүйшөмбү күнү Бишкекте башталат.',
        body: [
          'Команда Тажикстандын жана Бахрейндин курама командалары менен текшерүүчү беттештерди өткөрөт. Эки оюн тең сыртта өтүп, тандоо беттештерине даярдыктын бир бөлүгү болорун футбол федерациясынан билдиришти.',
          { h: 'Оюндардын жадыбалы' },
          { ul: [
            'биринчи беттеш — Душанбеде, Бишкек убактысы боюнча саат 18:00дө башталат;',
            'экинчи беттеш — төрт күндөн кийин БАЭдеги бейтарап талаада.',
          ] },
          { quote: 'Жаш жигиттерди күчтүү атаандаштар менен оюнда көргүбүз келет. Алардын айрымдары клубдарында сезонду жакшы өткөрүп, мүмкүнчүлүккө татыктуу болушту', by: 'Кыргызстандын курама командасынын башкы машыктыруучусу' },
          'Эки беттешти тең улуттук телеканалдардын бири түз алып көрсөтөт.',
        ],
      },
      en: {
        headline: 'Kyrgyzstan national football team to play two friendlies as training camp squad is announced',
        lead: 'The extended squad includes {n1|player|players}, among them several newcomers from national league clubs. The training camp starts in Bishkek on Monday.',
        body: [
          'The team will play warm-up matches against Tajikistan and Bahrain. Both games will be played away and form part of the preparations for qualifying matches, the football federation said.',
          { h: 'Schedule' },
          { ul: [
            'first match in Dushanbe, kick-off at 18:00 Bishkek time;',
            'second match four days later at a neutral venue in the UAE.',
          ] },
          { quote: 'We want to see how the young players cope against strong opponents. Some of them had a good season with their clubs and have earned a chance', by: 'the head coach of the Kyrgyzstan national team' },
          'Both matches will be shown live on one of the national TV channels.',
        ],
      },
    },
  },
  {
    key: 'b-sport-premier-league-round',
    rubric: 'sport',
    tags: ['football', 'internet'],
    numbers: [[2, 4], [0, 1]],
    text: {
      ru: {
        headline: 'Премьер-лига: «Дордой» обыграл «Алай» и вернулся на первое место в таблице',
        lead: 'Матч очередного тура Кыргызской премьер-лиги в Бишкеке завершился со счётом {n1}:{n2}. Действующий чемпион опередил ближайшего преследователя на одно очко.',
        body: [
          'Хозяева открыли счёт уже на 12-й минуте после розыгрыша углового, а окончательно исход встречи решили во втором тайме. Гости из Оша создали несколько опасных моментов, однако вратарь хозяев сыграл надёжно.',
          'Матч транслировался онлайн на официальном канале лиги и, по данным организаторов, собрал самую большую аудиторию в этом сезоне.',
          { h: 'Другие результаты тура' },
          { ul: [
            '«Абдыш-Ата» — «Алга» — 1:1;',
            '«Нефтчи» — «Илбирс» — 2:0;',
            '«Мурас Юнайтед» — «Кара-Балта» — 3:2.',
          ] },
          'Следующий тур пройдёт в выходные. Центральным матчем станет встреча «Абдыш-Ата» и «Дордоя» в Канте.',
        ],
      },
      ky: {
        headline: 'Премьер-лига: «Дордой» «Алай» командасын утуп, таблицада кайра биринчи орунга чыкты',
        lead: 'Кыргызстан премьер-лигасынын кезектеги турунун Бишкекте өткөн беттеши {n1}:{n2} эсебинде аяктады. Учурдагы чемпион эң жакын атаандашынан бир упайга озуп чыкты.',
        body: [
          'Үй ээлери 12-мүнөттө эле бурчтан тебилген топтон кийин эсепти ачып, беттештин тагдырын экинчи таймда толук чечишти. Оштон келген коноктор бир нече коркунучтуу кырдаал түзүштү, бирок үй ээлеринин дарбазачысы ишенимдүү ойноду.',
          'Беттеш лиганын расмий каналында онлайн көрсөтүлүп, уюштуруучулардын маалыматы боюнча, бул сезондогу эң көп көрүүчүнү чогултту.',
          { h: 'Турдун башка жыйынтыктары' },
          { ul: [
            '«Абдыш-Ата» — «Алга» — 1:1;',
            '«Нефтчи» — «Илбирс» — 2:0;',
            '«Мурас Юнайтед» — «Кара-Балта» — 3:2.',
          ] },
          'Кийинки тур дем алыш күндөрү өтөт. Анын негизги беттеши Кант шаарында «Абдыш-Ата» жана «Дордой» командаларынын ортосунда болот.',
        ],
      },
      en: {
        headline: 'Premier League: Dordoi beat Alai to return to the top of the table',
        lead: 'The Kyrgyz Premier League match in Bishkek ended {n1}-{n2}. The reigning champions are now one point ahead of their closest rivals.',
        body: [
          'The hosts opened the scoring as early as the 12th minute from a corner and settled the outcome in the second half. The visitors from Osh created several dangerous chances, but the Dordoi goalkeeper was solid.',
          'The match was streamed online on the league’s official channel and, according to the organisers, drew the biggest audience of the season so far.',
          { h: 'Other results' },
          { ul: [
            'Abdysh-Ata — Alga — 1-1;',
            'Neftchi — Ilbirs — 2-0;',
            'Muras United — Kara-Balta — 3-2.',
          ] },
          'The next round will be played at the weekend. The main fixture is Abdysh-Ata against Dordoi in Kant.',
        ],
      },
    },
  },
  {
    key: 'b-sport-bishkek-half-marathon',
    rubric: 'sport',
    tags: ['transport', 'roads'],
    numbers: [[3000, 7000]],
    source: 'mayor',
    text: {
      ru: {
        headline: 'На воскресный полумарафон в Бишкеке зарегистрировались более {n1|участника|участников|участников}',
        lead: 'Забег пройдёт по центральным улицам столицы на дистанциях 21, 10 и 5 километров. На время соревнований движение транспорта в центре будет ограничено с 6:00 до 13:00.',
        body: [
          'Старт и финиш расположатся на площади Ала-Тоо. Среди участников — любители бега из разных регионов страны, а также гости из Казахстана, Узбекистана и других стран, сообщили в мэрии Бишкека.',
          { h: 'Где ограничат движение' },
          { ul: [
            'проспект Чуй — на участке от улицы Логвиненко до улицы Панфилова;',
            'бульвар Эркиндик — на всём протяжении;',
            'улица Абдрахманова — на участке от проспекта Чуй до проспекта Жибек Жолу.',
          ] },
          'Маршруты общественного транспорта, проходящие через центр, временно изменят. Схемы объезда опубликованы на [сайте мэрии](https://example.kg/bishkek/marafon).',
          'Стартовые пакеты будут выдавать в пятницу и субботу. Организаторы напоминают, что зарегистрироваться в день забега будет нельзя.',
        ],
      },
      ky: {
        headline: 'Бишкектеги жекшембилик жарым марафонго {n1} катышуучудан ашыгы катталды',
        lead: 'Жарыш борбор калаанын борбордук көчөлөрү боюнча 21, 10 жана 5 чакырымдык аралыктарда өтөт. Мелдеш учурунда шаардын борборунда унаа кыймылы саат 6:00дөн 13:00гө чейин чектелет.',
        body: [
          'Старт жана мара Ала-Тоо аянтында болот. Катышуучулардын арасында өлкөнүн ар кайсы аймактарынан келген чуркоо күйөрмандары, ошондой эле Казакстандан, Өзбекстандан жана башка өлкөлөрдөн келген коноктор бар экенин Бишкек мэриясынан билдиришти.',
          { h: 'Кыймыл кайсы жерлерде чектелет' },
          { ul: [
            'Чүй проспекти — Логвиненко көчөсүнөн Панфилов көчөсүнө чейинки бөлүгүндө;',
            'Эркиндик бульвары — толугу менен;',
            'Абдрахманов көчөсү — Чүй проспектисинен Жибек Жолу проспектисине чейинки бөлүгүндө.',
          ] },
          'Шаардын борбору аркылуу өткөн коомдук транспорттун каттамдары убактылуу өзгөртүлөт. Айланып өтүү схемалары [мэриянын сайтына](https://example.kg/bishkek/marafon) жарыяланды.',
          'Старттык пакеттер жума жана ишемби күндөрү таратылат. Уюштуруучулар жарыш күнү катталууга мүмкүн болбой турганын эскертишет.',
        ],
      },
      en: {
        headline: 'More than {n1} runners register for Sunday’s half marathon in Bishkek',
        lead: 'The race will follow the central streets of the capital over distances of 21, 10 and 5 kilometres. Traffic in the city centre will be restricted from 6:00 to 13:00 during the event.',
        body: [
          'The start and finish will be on Ala-Too Square. The field includes amateur runners from different regions of the country as well as visitors from Kazakhstan, Uzbekistan and other countries, the Bishkek city hall said.',
          { h: 'Road closures' },
          { ul: [
            'Chui Avenue between Logvinenko Street and Panfilov Street;',
            'Erkindik Boulevard along its entire length;',
            'Abdrakhmanov Street between Chui Avenue and Jibek Jolu Avenue.',
          ] },
          'Public transport routes through the centre will be temporarily changed. Diversion maps have been published on the [city hall website](https://example.kg/bishkek/marafon).',
          'Race packs will be handed out on Friday and Saturday. The organisers point out that it will not be possible to register on race day.',
        ],
      },
    },
  },
  {
    key: 'b-sport-toguz-korgool-schools',
    rubric: 'sport',
    tags: ['schools', 'education'],
    places: ['bishkek', 'osh', 'naryn', 'talas', 'karakol', 'jalalabad', 'batken'],
    numbers: [[120, 300]],
    source: 'federation',
    text: {
      ru: {
        headline: 'В {place:loc} определились победители школьного турнира по тогуз коргоолу',
        lead: 'Турнир собрал {n1|школьника|школьника|школьников} из городских и сельских школ. Соревнования проходили два дня в трёх возрастных группах — от младших школьников до старшеклассников.',
        body: [
          'Тогуз коргоол — традиционная логическая игра, в которой соперники по очереди раскладывают камешки-коргоолы по лункам доски. В последние годы её изучают в школьных кружках и на факультативах, а турниры проходят во многих регионах.',
          'Победителей определяли по круговой системе. Лучшие в каждой возрастной группе получили медали, дипломы и право выступить на республиканском первенстве.',
          { quote: 'Тогуз коргоол учит считать на несколько ходов вперёд и не торопиться. Мы видим, что дети, которые занимаются игрой, лучше успевают по математике', by: 'тренер детской секции' },
          'Организаторы планируют сделать турнир ежегодным и в следующий раз пригласить команды из соседних районов.',
        ],
      },
      ky: {
        headline: '{place:loc} окуучулар арасындагы тогуз коргоол боюнча мелдештин жеңүүчүлөрү аныкталды',
        lead: 'Мелдешке шаардык жана айылдык мектептерден {n1} окуучу катышты. Беттештер эки күн бою үч курак тобунда — кенже класстардын окуучуларынан тартып улук класстардын окуучуларына чейин өттү.',
        body: [
          'Тогуз коргоол — атаандаштар тактанын уячаларына коргоолдорду кезек-кезеги менен таратып ойногон салттуу акыл оюну. Акыркы жылдары аны мектептердеги ийримдерде жана факультативдерде үйрөнүшүп, мелдештер көптөгөн аймактарда өтүп келет.',
          'Жеңүүчүлөр айланма система боюнча аныкталды. Ар бир курак тобундагы мыктылар медалдарга, дипломдорго жана республикалык биринчиликке катышуу укугуна ээ болушту.',
          { quote: 'Тогуз коргоол бир нече жүрүштү алдын ала эсептөөгө жана шашпоого үйрөтөт. Бул оюн менен машыккан балдар математикадан жакшы окуганын байкап жүрөбүз', by: 'балдар секциясынын машыктыруучусу' },
          'Уюштуруучулар мелдешти жыл сайын өткөрүп, кийинки жолу коңшу райондордун командаларын чакырууну пландашууда.',
        ],
      },
      en: {
        headline: 'Winners of the school toguz korgool tournament decided in {place}',
        lead: 'The tournament brought together {n1|pupil|pupils} from urban and rural schools. Games were played over two days in three age groups, from primary school children to senior pupils.',
        body: [
          'Toguz korgool is a traditional strategy game in which players take turns distributing stones, or korgools, among the pits of a board. In recent years it has been taught in school clubs and elective classes, and tournaments are held in many regions.',
          'The winners were decided in a round-robin format. The best players in each age group received medals, diplomas and a place at the national championship.',
          { quote: 'Toguz korgool teaches children to calculate several moves ahead and not to rush. We see that children who play it do better at maths', by: 'a children’s club coach' },
          'The organisers plan to make the tournament an annual event and invite teams from neighbouring districts next time.',
        ],
      },
    },
  },
  {
    key: 'b-sport-youth-sports-complex',
    rubric: 'sport',
    tags: ['olympics', 'schools', 'wrestling'],
    places: ['osh', 'jalalabad', 'naryn', 'talas', 'karakol', 'tokmok', 'batken', 'uzgen'],
    numbers: [[400, 900]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В {place:loc} открылся спорткомплекс с бассейном и залами для борьбы и бокса',
        lead: 'Новый комплекс рассчитан на {n1|воспитанника|воспитанников|воспитанников} детско-юношеской спортивной школы олимпийского резерва. Занятия для детей будут бесплатными.',
        body: [
          'В здании разместились 25-метровый бассейн, залы для вольной и греко-римской борьбы, бокса и дзюдо, тренажёрный зал и медицинский кабинет. Трибуны универсального зала вмещают 500 зрителей.',
          { image: true, caption: 'Зал для борьбы в новом спортивном комплексе', alt: 'Просторный зал с борцовскими коврами и трибунами' },
          'Набор в секции уже начался. Записаться можно в администрации спортшколы, при себе нужно иметь медицинскую справку о допуске к занятиям.',
          { quote: 'Раньше наши борцы тренировались в приспособленном помещении без душевых. Теперь у детей условия не хуже, чем в столице', by: 'директор спортивной школы' },
        ],
      },
      ky: {
        headline: '{place:loc} бассейни, күрөш жана бокс залдары бар спорт комплекси ачылды',
        lead: 'Жаңы комплекс олимпиадалык резервдин балдар-өспүрүмдөр спорт мектебинин {n1} тарбиялануучусуна ылайыкталган. Балдар үчүн машыгуулар акысыз болот.',
        body: [
          'Имаратта 25 метрлик бассейн, эркин жана грек-рим күрөшү, бокс жана дзюдо залдары, машыгуу залы жана медициналык кабинет жайгашкан. Универсалдуу залдын трибуналары 500 көрүүчүнү батырат.',
          { image: true, caption: 'Жаңы спорт комплексиндеги күрөш залы', alt: 'Күрөш килемдери жана трибуналары бар кенен зал' },
          'Секцияларга кабыл алуу башталды. Спорт мектебинин администрациясына жазылууга болот, машыгууга уруксат берилгени тууралуу медициналык маалымкат керек.',
          { quote: 'Мурда балбандарыбыз душу жок, ылайыкташтырылган жайда машыгышчу. Эми балдардын шарты борбор калаадагыдан кем эмес', by: 'спорт мектебинин директору' },
        ],
      },
      en: {
        headline: 'Sports complex with swimming pool, wrestling and boxing halls opens in {place}',
        lead: 'The new complex is designed for {n1|pupil|pupils} of the local Olympic reserve sports school for children and young people. Training will be free of charge.',
        body: [
          'The building houses a 25-metre swimming pool, halls for freestyle and Greco-Roman wrestling, boxing and judo, a gym and a medical room. The stands in the main hall seat 500 spectators.',
          { image: true, caption: 'The wrestling hall at the new sports complex', alt: 'A spacious hall with wrestling mats and spectator stands' },
          'Enrolment has already begun. Children can sign up at the sports school office and need a medical certificate clearing them for training.',
          { quote: 'Our wrestlers used to train in a converted room with no showers. Now the children have conditions as good as in the capital', by: 'the director of the sports school' },
        ],
      },
    },
  },
  {
    key: 'b-sport-weightlifting-world-silver',
    rubric: 'sport',
    tags: ['olympics', 'china'],
    numbers: [[95, 108], [120, 134]],
    source: 'federation',
    text: {
      ru: {
        headline: 'Тяжелоатлетка Айпери Бакирова принесла Кыргызстану серебро чемпионата мира',
        lead: 'Спортсменка выступала в весовой категории до 59 килограммов. В рывке она подняла {n1|килограмм|килограмма|килограммов}, в толчке — {n2|килограмм|килограмма|килограммов}.',
        body: [
          'Серебро стало для 22-летней спортсменки первой наградой взрослого чемпионата мира, который в этом году принимает Китай. Золото в этой категории досталось представительнице страны-хозяйки, бронза — спортсменке из Колумбии.',
          'Результат принёс Бакировой важные очки в олимпийском рейтинге. По правилам квалификации, путёвки на Игры получат лучшие спортсменки по итогам серии обязательных турниров.',
          { quote: 'На последнем подходе в толчке я думала только о технике. Тренер сказал: «Это твой вес», — и я ему поверила', by: 'Айпери Бакирова' },
          'В федерации тяжёлой атлетики отметили, что сборная впервые за несколько лет привезла медаль чемпионата мира в женском зачёте.',
        ],
      },
      ky: {
        headline: 'Оор атлетчи Айпери Бакирова Кыргызстанга дүйнө чемпионатынын күмүш медалын алып келди',
        lead: 'Спортчу кыз 59 килограммга чейинки салмак категориясында чыкты. Жулкуп көтөрүүдө ал {n1} килограмм, түртүп көтөрүүдө {n2} килограмм көтөрдү.',
        body: [
          'Күмүш медаль 22 жаштагы спортчу үчүн чоңдор арасындагы дүйнө чемпионатынан алган биринчи сыйлык болду. Быйыл чемпионатты Кытай кабыл алууда. Бул салмактагы алтын мелдештин ээлеринин өкүлүнө, коло Колумбиядан келген спортчуга буйруду.',
          'Бул жыйынтык Бакировага олимпиадалык рейтингде маанилүү упайларды алып келди. Квалификация эрежелерине ылайык, милдеттүү мелдештердин сериясынын жыйынтыгы боюнча мыкты спортчулар Оюндарга жолдомо алышат.',
          { quote: 'Түртүп көтөрүүнүн акыркы аракетинде техника жөнүндө гана ойлодум. Машыктыруучум: «Бул сенин салмагың», — деди, мен ага ишендим', by: 'Айпери Бакирова' },
          'Оор атлетика федерациясында курама команда бир нече жылдан бери биринчи жолу аялдар арасында дүйнө чемпионатынан медаль алып келгени белгиленди.',
        ],
      },
      en: {
        headline: 'Weightlifter Aiperi Bakirova brings home world championship silver for Kyrgyzstan',
        lead: 'The athlete competed in the 59-kilogram category. She lifted {n1} kilograms in the snatch and {n2} kilograms in the clean and jerk.',
        body: [
          'The silver was the 22-year-old’s first medal at a senior world championship, hosted this year by China. Gold in the category went to a home lifter and bronze to an athlete from Colombia.',
          'The result earned Bakirova valuable points in the Olympic ranking. Under the qualification rules, places at the Games go to the best athletes across a series of mandatory events.',
          { quote: 'On my last clean and jerk attempt I thought only about technique. My coach said, "This is your weight", and I believed him', by: 'Aiperi Bakirova' },
          'The weightlifting federation noted that it was the first time in several years that the national team had won a women’s medal at a world championship.',
        ],
      },
    },
  },
  {
    key: 'b-sport-freestyle-u23-tashkent',
    rubric: 'sport',
    tags: ['wrestling', 'uzbekistan', 'centralAsia'],
    numbers: [[3, 6]],
    source: 'federation',
    text: {
      ru: {
        headline: 'Кыргызстанские борцы-вольники завоевали {n1|медаль|медали|медалей} на молодёжном турнире в Ташкенте',
        lead: 'В турнире среди спортсменов до 23 лет участвовали борцы из пятнадцати стран. Золото в весе до 65 килограммов выиграл дебютант сборной Эрмек Жусупов.',
        body: [
          'В финале 21-летний Жусупов по ходу схватки уступал, но за 40 секунд до конца провёл амплитудный бросок и вырвал победу со счётом 7:4.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Zk7pR2wXn5E', title: 'Финальная схватка Эрмека Жусупова' },
          'Остальные награды кыргызстанцы завоевали в тяжёлых весовых категориях. Тренеры отмечают, что турнир в Ташкенте стал для многих молодых борцов первым опытом выступлений на международном уровне.',
          { quote: 'У нас растёт хорошая смена. Задача — чтобы эти ребята через два-три года боролись за места в основном составе', by: 'старший тренер молодёжной сборной' },
        ],
      },
      ky: {
        headline: 'Кыргызстандык эркин күрөш балбандары Ташкенттеги жаштар мелдешинде {n1} медаль жеңип алышты',
        lead: '23 жашка чейинки спортчулар арасындагы мелдешке он беш өлкөнүн балбандары катышты. 65 килограммга чейинки салмакта курама командада биринчи жолу чыккан Эрмек Жусупов алтын медаль жеңип алды.',
        body: [
          'Финалда 21 жаштагы Жусупов беттештин жүрүшүндө артта калып жаткан, бирок аягына 40 секунд калганда амплитудалуу ыргытуу жасап, 7:4 эсебинде жеңишти жулуп алды.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Zk7pR2wXn5E', title: 'Эрмек Жусуповдун финалдык беттеши' },
          'Калган сыйлыктарды кыргызстандыктар оор салмак категорияларында жеңип алышты. Машыктыруучулар Ташкенттеги мелдеш көптөгөн жаш балбандар үчүн эл аралык деңгээлдеги алгачкы тажрыйба болгонун белгилешүүдө.',
          { quote: 'Бизде жакшы муун өсүп келе жатат. Максат — бул жигиттер эки-үч жылдан кийин негизги курамдагы орун үчүн күрөшүшү керек', by: 'жаштар курама командасынын улук машыктыруучусу' },
        ],
      },
      en: {
        headline: 'Kyrgyz freestyle wrestlers win {n1|medal|medals} at under-23 tournament in Tashkent',
        lead: 'Wrestlers from fifteen countries competed in the under-23 tournament. Gold in the 65-kilogram category went to national team newcomer Ermek Zhusupov.',
        body: [
          'In the final the 21-year-old Zhusupov was trailing, but with 40 seconds left he landed a high-amplitude throw to snatch a 7-4 victory.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Zk7pR2wXn5E', title: 'Ermek Zhusupov’s final bout' },
          'The other medals came in the heavier weight classes. Coaches say the Tashkent tournament was the first international experience for many of the young wrestlers.',
          { quote: 'We have a good new generation coming through. The goal is for these boys to be competing for places in the senior team in two or three years', by: 'the senior coach of the youth team' },
        ],
      },
    },
  },
  // ───────────────────────────── Culture ─────────────────────────────
  {
    key: 'b-culture-young-manas-readers',
    rubric: 'culture',
    tags: ['manas', 'schools'],
    places: ['naryn', 'talas', 'karakol', 'osh', 'kochkor', 'jalalabad', 'bishkek'],
    numbers: [[25, 70]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'В {place:loc} выбрали лучших юных сказителей эпоса «Манас»',
        lead: 'Свои силы в конкурсе попробовали школьники от 8 до 17 лет — всего {n1|участник|участника|участников}. Каждый исполнял отрывок из эпоса наизусть, а жюри оценивало мастерство и знание текста.',
        body: [
          'Конкурс проводится ежегодно, чтобы поддержать традицию устного исполнения «Манаса» и найти одарённых детей. Участники выступали в двух возрастных категориях, сообщили в Министерстве культуры.',
          'Гран-при получил 14-летний ученик сельской школы, который почти двадцать минут без единой паузы исполнял эпизод «Великий поход». Победителям вручили дипломы, национальные костюмы и денежные призы.',
          { quote: 'Главное в манасчи — не только память, но и умение передать дух эпоса. Сегодня мы видели детей, которые живут этим текстом', by: 'председатель жюри' },
          'Лучшие участники выступят осенью на республиканском конкурсе юных манасчи.',
        ],
      },
      ky: {
        headline: '{place:loc} «Манас» эпосунун мыкты жаш айтуучулары аныкталды',
        lead: 'Сынакта 8 жаштан 17 жашка чейинки окуучулар күч сынашты — бардыгы {n1} катышуучу. Ар бири эпостон үзүндүнү жатка айтып, калыстар тобу чеберчилигин жана текстти билүүсүн баалады.',
        body: [
          'Сынак «Манасты» оозеки айтуу салтын колдоо жана шыктуу балдарды табуу максатында жыл сайын өткөрүлөт. Катышуучулар эки курак тобу боюнча чыгышканын Маданият министрлигинен билдиришти.',
          'Гран-прини «Чоң казат» эпизодун жыйырма мүнөткө жакын бир да тыным жасабай айткан айылдык мектептин 14 жаштагы окуучусу алды. Жеңүүчүлөргө дипломдор, улуттук кийимдер жана акчалай сыйлыктар тапшырылды.',
          { quote: 'Манасчынын негизги касиети — эс тутум гана эмес, эпостун рухун жеткире билүү. Бүгүн бул текст менен жашаган балдарды көрдүк', by: 'калыстар тобунун төрагасы' },
          'Мыкты катышуучулар күзүндө жаш манасчылардын республикалык сынагында чыгышат.',
        ],
      },
      en: {
        headline: 'Best young reciters of the Manas epic chosen in {place}',
        lead: 'Schoolchildren aged 8 to 17 took part in the contest, {n1} in all. Each recited a passage from the epic by heart, and the jury judged their skill and knowledge of the text.',
        body: [
          'The contest is held every year to support the tradition of oral performance of Manas and to discover gifted children. Participants competed in two age groups, the Ministry of Culture said.',
          'The grand prize went to a 14-year-old pupil from a village school who recited the episode known as the Great Campaign for almost twenty minutes without a single pause. The winners received diplomas, national costumes and cash prizes.',
          { quote: 'What makes a manaschy is not only memory but the ability to convey the spirit of the epic. Today we saw children who live this text', by: 'the chair of the jury' },
          'The best participants will perform at the national contest of young manaschy in the autumn.',
        ],
      },
    },
  },
  {
    key: 'b-culture-drama-theatre-premiere',
    rubric: 'culture',
    tags: ['theatre', 'music'],
    source: 'ownCorrespondent',
    text: {
      ru: {
        headline: 'Национальный драмтеатр представил премьеру по повести Чингиза Айтматова «Прощай, Гульсары!»',
        lead: 'Спектакль о судьбе старого табунщика Танабая и его иноходца поставлен на кыргызском языке с синхронным переводом на русский. Ближайшие показы пройдут в конце месяца.',
        body: [
          'Постановку осуществил молодой режиссёр театра, для которого это первая работа на большой сцене. Художник спектакля отказался от громоздких декораций: пространство сцены меняется за счёт света и подвижных войлочных полотен.',
          'Роль Танабая исполнил заслуженный артист Кыргызстана, а в образе Гульсары на сцене появляется пластический ансамбль из шести танцовщиков. Живую музыку на комузе и темир-комузе исполняют музыканты, которые сидят прямо на сцене.',
          { quote: 'Айтматов писал о верности — человеку, делу, времени. Нам хотелось, чтобы зритель вышел из зала с вопросом к самому себе', by: 'режиссёр-постановщик спектакля' },
          'Спектакль идёт два часа с антрактом. Билеты продаются в кассе театра и [онлайн](https://example.kg/teatr/gulsary).',
        ],
      },
      ky: {
        headline: 'Улуттук драма театры Чыңгыз Айтматовдун «Кош, Гүлсары!» повестинин негизинде премьера тартуулады',
        lead: 'Кары жылкычы Танабай менен анын жоргосунун тагдыры тууралуу спектакль кыргыз тилинде орус тилине синхрондук котормо менен коюлду. Жакынкы көрсөтүүлөр ай аягында өтөт.',
        body: [
          'Спектаклди театрдын жаш режиссёру койду, бул анын чоң сахнадагы алгачкы иши. Спектаклдин сүрөтчүсү оор декорациялардан баш тартты: сахнанын мейкиндиги жарык жана кыймылдуу кийиз полотнолор аркылуу өзгөрүп турат.',
          'Танабайдын ролун Кыргызстандын эмгек сиңирген артисти аткарды, ал эми Гүлсарынын образында сахнага алты бийчиден турган пластикалык ансамбль чыгат. Комуз жана темир комуз менен жандуу музыканы сахнада отурган музыканттар аткарышат.',
          { quote: 'Айтматов берилгендик тууралуу — адамга, ишке, заманга берилгендик тууралуу жазган. Көрүүчү залдан өзүнө суроо берип чыкса экен дедик', by: 'спектаклдин режиссёр-коюучусу' },
          'Спектакль тыныгуусу менен эки саатка созулат. Билеттер театрдын кассасында жана [онлайн](https://example.kg/teatr/gulsary) сатылууда.',
        ],
      },
      en: {
        headline: 'National Drama Theatre premieres a stage version of Chingiz Aitmatov’s novella "Farewell, Gulsary!"',
        lead: 'The play about the old horse herder Tanabai and his pacer is performed in Kyrgyz with simultaneous translation into Russian. The next performances are at the end of the month.',
        body: [
          'The production is the work of one of the theatre’s young directors and his first on the main stage. The designer has done away with bulky sets: the stage is transformed by light and moving felt panels.',
          'Tanabai is played by an Honoured Artist of Kyrgyzstan, while Gulsary is brought to life by a movement ensemble of six dancers. Live music is played on the komuz and temir komuz by musicians seated on stage.',
          { quote: 'Aitmatov wrote about loyalty to a person, to a cause, to one’s time. We wanted the audience to leave with a question for themselves', by: 'the director of the production' },
          'The performance runs for two hours with an interval. Tickets are on sale at the box office and [online](https://example.kg/teatr/gulsary).',
        ],
      },
    },
  },
  {
    key: 'b-culture-short-film-festival',
    rubric: 'culture',
    tags: ['cinema', 'centralAsia'],
    numbers: [[40, 90], [8, 16]],
    text: {
      ru: {
        headline: 'В Бишкеке открывается фестиваль короткометражного кино: в программе {n1|фильм|фильма|фильмов} из {n2|страны|стран|стран}',
        lead: 'Фестиваль продлится пять дней, показы пройдут в двух кинотеатрах и на открытой площадке. Вход на большинство сеансов свободный по предварительной регистрации.',
        body: [
          'В основной конкурс вошли игровые, документальные и анимационные фильмы продолжительностью до 30 минут. Отдельная программа посвящена работам молодых режиссёров Центральной Азии.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hn4cW9sYb1M', title: 'Трейлер фестиваля' },
          'Помимо показов, для студентов киновузов и начинающих авторов проведут мастер-классы по сценарному мастерству, монтажу и звуку. Их проведут кинематографисты из Казахстана, Узбекистана и Турции.',
          'Победителей назовут на церемонии закрытия. Обладатель гран-при получит грант на производство следующего фильма.',
          'Расписание сеансов опубликовано на [сайте фестиваля](https://example.org/shortfilmfest/program).',
        ],
      },
      ky: {
        headline: 'Бишкекте кыска метраждуу тасмалар фестивалы ачылат: программада {n2} өлкөдөн {n1} тасма',
        lead: 'Фестиваль беш күнгө созулат, көрсөтүүлөр эки кинотеатрда жана ачык аянтчада өтөт. Сеанстардын көбүнө алдын ала катталуу менен акысыз кирүүгө болот.',
        body: [
          'Негизги сынакка узактыгы 30 мүнөткө чейинки көркөм, даректүү жана анимациялык тасмалар кирди. Өзүнчө программа Борбордук Азиянын жаш режиссёрлорунун иштерине арналган.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hn4cW9sYb1M', title: 'Фестивалдын трейлери' },
          'Көрсөтүүлөрдөн тышкары, кино жаатында окуган студенттер жана жаңы баштаган авторлор үчүн сценарий жазуу, монтаж жана үн боюнча мастер-класстар уюштурулат. Аларды Казакстандан, Өзбекстандан жана Түркиядан келген кинематографисттер өткөрүшөт.',
          'Жеңүүчүлөр жабылуу аземинде жарыяланат. Гран-приге ээ болгон автор кийинки тасмасын тартуу үчүн грант алат.',
          'Сеанстардын жадыбалы [фестивалдын сайтына](https://example.org/shortfilmfest/program) жарыяланды.',
        ],
      },
      en: {
        headline: 'Short film festival opens in Bishkek with {n1|film|films} from {n2|country|countries}',
        lead: 'The festival will run for five days, with screenings at two cinemas and an open-air venue. Admission to most screenings is free with advance registration.',
        body: [
          'The main competition features fiction, documentary and animated films of up to 30 minutes. A separate programme is devoted to the work of young directors from Central Asia.',
          { embed: 'youtube', url: 'https://www.youtube.com/watch?v=Hn4cW9sYb1M', title: 'Festival trailer' },
          'Besides the screenings, film students and aspiring filmmakers can attend master classes in screenwriting, editing and sound. They will be led by filmmakers from Kazakhstan, Uzbekistan and Turkey.',
          'The winners will be announced at the closing ceremony. The grand prize winner will receive a grant to make their next film.',
          'The screening schedule is available on the [festival website](https://example.org/shortfilmfest/program).',
        ],
      },
    },
  },
  {
    key: 'b-culture-shyrdak-exhibition',
    rubric: 'culture',
    tags: ['tourism', 'education'],
    places: ['bishkek', 'karakol', 'naryn', 'osh'],
    text: {
      ru: {
        headline: 'Выставка шырдаков и ала-кийизов открылась в {place:loc}: многим экспонатам больше ста лет',
        lead: 'В экспозицию вошли войлочные ковры из частных коллекций и фондов музея. Организаторы хотят показать, как менялись узоры и техники в разных регионах страны.',
        body: [
          'Самый старый шырдак на выставке, по оценке специалистов, был изготовлен в конце XIX века. Рядом с ним представлены работы современных мастериц, которые используют натуральные красители.',
          { image: true, caption: 'Шырдаки из частных коллекций на выставке', alt: 'Яркие войлочные ковры с традиционными узорами на стенах выставочного зала' },
          'Каждую субботу в зале будут проходить мастер-классы по валянию войлока для школьников и студентов. Для туристов подготовлены экскурсии на английском языке.',
          { quote: 'В орнаменте шырдака зашифрованы представления о мире: рога архара, горы, вода. Мы хотим, чтобы зритель научился читать эти знаки', by: 'куратор выставки' },
          'Выставка продлится до конца месяца. Для школьников вход свободный.',
        ],
      },
      ky: {
        headline: '{place:loc} шырдак жана ала кийиз көргөзмөсү ачылды: көптөгөн экспонаттардын жашы жүздөн ашат',
        lead: 'Көргөзмөгө жеке коллекциялардагы жана музейдин фондундагы кийиз килемдер коюлду. Уюштуруучулар өлкөнүн ар кайсы аймактарында оюу-чиймелер жана ыкмалар кандай өзгөргөнүн көрсөткүсү келет.',
        body: [
          'Адистердин баамында, көргөзмөдөгү эң байыркы шырдак XIX кылымдын аягында жасалган. Анын жанында табигый боёкторду колдонгон азыркы чеберлердин иштери коюлган.',
          { image: true, caption: 'Жеке коллекциялардагы шырдактар көргөзмөдө', alt: 'Көргөзмө залынын дубалдарында салттуу оюулары бар ачык түстүү кийиз килемдер' },
          'Залда ар ишемби сайын окуучулар жана студенттер үчүн кийиз басуу боюнча мастер-класстар өтөт. Туристтер үчүн англис тилинде экскурсиялар даярдалды.',
          { quote: 'Шырдактын оюусунда дүйнө тууралуу түшүнүктөр катылган: аркардын мүйүзү, тоолор, суу. Көрүүчү ушул белгилерди окуганды үйрөнсө дейбиз', by: 'көргөзмөнүн куратору' },
          'Көргөзмө ай аягына чейин уланат. Окуучулар үчүн кирүү акысыз.',
        ],
      },
      en: {
        headline: 'Exhibition of shyrdak and ala-kiyiz felt carpets opens in {place}, with many pieces over a century old',
        lead: 'The exhibition brings together felt carpets from private collections and the museum’s own holdings. The organisers want to show how patterns and techniques changed from one region of the country to another.',
        body: [
          'Experts date the oldest shyrdak on display to the end of the 19th century. Next to it hang pieces by contemporary craftswomen who use natural dyes.',
          { image: true, caption: 'Shyrdaks from private collections at the exhibition', alt: 'Brightly coloured felt carpets with traditional patterns on the walls of an exhibition hall' },
          'Felt-making workshops for schoolchildren and students will be held in the hall every Saturday. Guided tours in English have been prepared for tourists.',
          { quote: 'The ornament of a shyrdak encodes a whole view of the world: the horns of the argali, the mountains, water. We want visitors to learn to read these signs', by: 'the curator of the exhibition' },
          'The exhibition runs until the end of the month. Admission is free for schoolchildren.',
        ],
      },
    },
  },
  {
    key: 'b-culture-komuz-festival',
    rubric: 'culture',
    tags: ['music', 'schools'],
    places: ['bishkek', 'osh', 'talas', 'naryn', 'jalalabad', 'karakol'],
    numbers: [[60, 200]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Фестиваль комуза в {place:loc}: на одной сцене выступили юные музыканты и признанные мастера',
        lead: 'Кульминацией праздника стало совместное исполнение кюя «Камбаркан» учениками музыкальных школ, студентами и педагогами — всего {n1|музыкант|музыканта|музыкантов}.',
        body: [
          'Фестиваль проходит ежегодно и собирает исполнителей со всего региона. В этом году в программу вошли как классические кюи, так и современные композиции для комуза с оркестром.',
          'Отдельный конкурс был посвящён детям: участники младше 12 лет играли произведения по собственному выбору. Победители получили в подарок инструменты, изготовленные местными мастерами.',
          { quote: 'Комуз — инструмент, который живёт в каждой семье. Когда столько людей играют одну мелодию, чувствуешь, что традиция не прерывается', by: 'художественный руководитель фестиваля' },
          'Концерт транслировался в прямом эфире на страницах Министерства культуры в социальных сетях.',
        ],
      },
      ky: {
        headline: '{place:loc} комуз фестивалы өттү: бир сахнага жаш музыканттар жана таанымал чеберлер чыгышты',
        lead: 'Майрамдын туу чокусу музыка мектептеринин окуучулары, студенттер жана мугалимдер биргелешип черткен «Камбаркан» күүсү болду — бардыгы {n1} музыкант.',
        body: [
          'Фестиваль жыл сайын өтүп, бүтүндөй аймактан аткаруучуларды чогултат. Быйыл программага классикалык күүлөр да, комуз менен оркестр үчүн заманбап чыгармалар да кирди.',
          'Өзүнчө сынак балдарга арналды: 12 жашка чейинки катышуучулар өздөрү тандаган чыгармаларды аткарышты. Жеңүүчүлөргө жергиликтүү усталар жасаган аспаптар белекке берилди.',
          { quote: 'Комуз ар бир үй-бүлөдө жашаган аспап. Ушунча адам бир күүнү чертип жатканда, салт үзүлбөй жатканын сезесиң', by: 'фестивалдын көркөм жетекчиси' },
          'Концерт Маданият министрлигинин социалдык тармактардагы баракчаларында түз эфирде көрсөтүлдү.',
        ],
      },
      en: {
        headline: 'Komuz festival in {place} brings young musicians and renowned masters to one stage',
        lead: 'The highlight of the festival was a joint performance of the kuu "Kambarkan" by music school pupils, students and teachers, {n1} musicians in all.',
        body: [
          'The festival is held every year and brings together performers from across the region. This year’s programme included both classical kuu pieces and contemporary works for komuz and orchestra.',
          'A separate contest was held for children: participants under 12 played pieces of their own choice. The winners received instruments made by local craftsmen.',
          { quote: 'The komuz is an instrument that lives in every family. When so many people play one tune together, you feel that the tradition is unbroken', by: 'the artistic director of the festival' },
          'The concert was streamed live on the Ministry of Culture’s social media pages.',
        ],
      },
    },
  },
  {
    key: 'b-culture-library-kyrgyz-books',
    rubric: 'culture',
    tags: ['education', 'schools'],
    places: ['naryn', 'talas', 'batken', 'jalalabad', 'uzgen', 'kochkor', 'karakol'],
    numbers: [[1500, 6000]],
    source: 'ministry',
    text: {
      ru: {
        headline: 'Библиотеки {place:gen} получили {n1|книгу|книги|книг} на кыргызском языке',
        lead: 'В поступившую партию вошли детская литература, переводы мировой классики и современная проза кыргызских авторов. Книги распределят между центральной и сельскими библиотеками.',
        body: [
          'Книги закуплены в рамках государственной программы развития кыргызского языка. Часть изданий — новые переводы, выполненные за последние два года, сообщили в Министерстве культуры.',
          { ul: [
            'сказки и энциклопедии для младших школьников;',
            'переводы приключенческих романов и научно-популярных книг;',
            'сборники современной поэзии и прозы.',
          ] },
          'По словам библиотекарей, спрос на детские книги на кыргызском языке заметно вырос, а фонды до сих пор обновлялись нечасто.',
          { quote: 'Дети приходят и спрашивают новые книги, а не только те, по которым учились их родители. Теперь нам есть что им предложить', by: 'заведующая детским отделом библиотеки' },
        ],
      },
      ky: {
        headline: '{place:gen} китепканалары кыргыз тилиндеги {n1} китеп менен толукталды',
        lead: 'Келген топтомго балдар адабияты, дүйнөлүк классиканын котормолору жана кыргыз авторлорунун азыркы прозасы кирди. Китептер борбордук жана айылдык китепканаларга бөлүштүрүлөт.',
        body: [
          'Китептер кыргыз тилин өнүктүрүү боюнча мамлекеттик программанын алкагында сатылып алынды. Басылмалардын бир бөлүгү акыркы эки жылда жасалган жаңы котормолор экенин Маданият министрлигинен билдиришти.',
          { ul: [
            'кенже класстын окуучулары үчүн жомоктор жана энциклопедиялар;',
            'укмуштуу окуялуу романдардын жана илимий-популярдуу китептердин котормолору;',
            'азыркы поэзия жана проза жыйнактары.',
          ] },
          'Китепканачылардын айтымында, кыргыз тилиндеги балдар китептерине суроо-талап байкаларлык өскөн, ал эми фонддор ушул убакка чейин сейрек жаңыланып келген.',
          { quote: 'Балдар келип, ата-энеси окуган китептерди гана эмес, жаңы китептерди сурашат. Эми аларга сунуштай турган нерсебиз бар', by: 'китепкананын балдар бөлүмүнүн башчысы' },
        ],
      },
      en: {
        headline: 'Libraries in {place} receive {n1|book|books} in the Kyrgyz language',
        lead: 'The delivery includes children’s literature, translations of world classics and contemporary prose by Kyrgyz authors. The books will be shared between the central library and village libraries.',
        body: [
          'The books were bought under the state programme for the development of the Kyrgyz language. Some of them are new translations completed over the past two years, the Ministry of Culture said.',
          { ul: [
            'fairy tales and encyclopaedias for younger pupils;',
            'translations of adventure novels and popular science books;',
            'collections of contemporary poetry and prose.',
          ] },
          'Librarians say demand for children’s books in Kyrgyz has grown noticeably, while their collections had rarely been updated.',
          { quote: 'Children come in asking for new books, not only the ones their parents studied with. Now we have something to offer them', by: 'the head of the library’s children’s section' },
        ],
      },
    },
  },
  {
    key: 'b-culture-issyk-kul-ethnofestival',
    rubric: 'culture',
    tags: ['tourism', 'issykKul', 'music'],
    places: ['cholponata', 'karakol'],
    numbers: [[40, 80]],
    text: {
      ru: {
        headline: 'На Иссык-Куле близ {place:gen} прошёл этнофестиваль: гости жили в юртах и учились играть на комузе',
        lead: 'На берегу озера вырос городок из {n1|юрты|юрт|юрт}. Двухдневный фестиваль собрал жителей области, гостей из столицы и иностранных туристов.',
        body: [
          'В программу вошли концерты акынов и фольклорных ансамблей, соревнования по национальным видам спорта и выставка изделий ремесленников. Вечером на главной сцене выступили эстрадные исполнители.',
          'Большой интерес у гостей вызвала площадка, где мастера учили собирать юрту, валять войлок и готовить боорсоки.',
          { quote: 'Мы хотим, чтобы туристы приезжали на Иссык-Куль не только ради пляжа. Этнофестиваль — это возможность увидеть живую культуру', by: 'один из организаторов фестиваля' },
          'По оценкам организаторов, фестиваль посетили несколько тысяч человек. В следующем году его планируют продлить до трёх дней.',
        ],
      },
      ky: {
        headline: 'Ысык-Көлдө {place:dat} жакын этнофестиваль өттү: коноктор боз үйдө жашап, комуз чертүүнү үйрөнүштү',
        lead: 'Көлдүн жээгинде {n1} боз үйдөн турган шаарча пайда болду. Эки күндүк фестиваль облустун тургундарын, борбор калаадан келген конокторду жана чет элдик туристтерди чогултту.',
        body: [
          'Программага акындардын жана фольклордук ансамблдердин концерттери, улуттук спорт түрлөрү боюнча мелдештер жана кол өнөрчүлөрдүн буюмдарынын көргөзмөсү кирди. Кечинде негизги сахнада эстрада ырчылары чыгышты.',
          'Конокторду өзгөчө чеберлер боз үй тигүүнү, кийиз басууну жана боорсок бышырууну үйрөткөн аянтча кызыктырды.',
          { quote: 'Туристтер Ысык-Көлгө пляж үчүн гана келбесин дейбиз. Этнофестиваль — жандуу маданиятты көрүүгө мүмкүнчүлүк', by: 'фестивалдын уюштуруучуларынын бири' },
          'Уюштуруучулардын баамында, фестивалга бир нече миң адам келди. Келерки жылы аны үч күнгө узартуу пландалууда.',
        ],
      },
      en: {
        headline: 'Ethno festival on Issyk-Kul near {place} lets guests stay in yurts and learn to play the komuz',
        lead: 'A camp of {n1|yurt|yurts} sprang up on the lake shore. The two-day festival drew residents of the region, visitors from the capital and foreign tourists.',
        body: [
          'The programme included performances by akyns and folk ensembles, traditional sports competitions and a crafts exhibition. In the evening pop singers performed on the main stage.',
          'Guests were especially keen on the area where craftspeople taught them how to put up a yurt, make felt and cook boorsok.',
          { quote: 'We want tourists to come to Issyk-Kul not only for the beaches. An ethno festival is a chance to see a living culture', by: 'one of the festival organisers' },
          'The organisers estimate that several thousand people attended. Next year they plan to extend the festival to three days.',
        ],
      },
    },
  },
  {
    key: 'b-culture-film-festival-selection',
    rubric: 'culture',
    tags: ['cinema', 'music'],
    text: {
      ru: {
        headline: 'Кыргызский фильм «Голос среди гор» о жизни высокогорного села отобран в конкурс Пусанского международного кинофестиваля',
        lead: 'Полнометражная картина молодого режиссёра рассказывает о школьной учительнице, которая остаётся одна в высокогорном селе после отъезда жителей на заработки. Мировая премьера пройдёт в Южной Корее.',
        body: [
          'Фильм снимали два года в Нарынской области. Главные роли исполнили как профессиональные актёры, так и жители окрестных сёл. Музыку к картине написал композитор, который использовал записи старинных кюев для комуза.',
          { quote: 'Это история о тех, кто остаётся. В каждом нашем селе есть такой человек, на котором всё держится', by: 'режиссёр фильма' },
          'Производство картины частично профинансировало Министерство культуры. После фестиваля авторы планируют показать фильм в кинотеатрах Бишкека и Оша, а также устроить бесплатные показы в сёлах, где шли съёмки.',
          'В последние годы кыргызские фильмы всё чаще попадают в программы международных фестивалей, и эксперты связывают это с появлением нового поколения режиссёров.',
        ],
      },
      ky: {
        headline: 'Бийик тоолуу айылдын турмушу тууралуу «Тоо арасындагы үн» кыргыз тасмасы Пусан эл аралык кинофестивалынын сынагына тандалды',
        lead: 'Жаш режиссёрдун толук метраждуу тасмасы тургундар жумуш издеп кеткенден кийин бийик тоолуу айылда жалгыз калган мектеп мугалими тууралуу баяндайт. Дүйнөлүк премьерасы Түштүк Кореяда өтөт.',
        body: [
          'Тасма Нарын облусунда эки жыл бою тартылды. Башкы ролдордо кесипкөй актёрлор да, жакынкы айылдардын тургундары да ойношту. Тасманын музыкасын комуз үчүн байыркы күүлөрдүн жазууларын колдонгон композитор жазды.',
          { quote: 'Бул калгандар тууралуу окуя. Ар бир айылыбызда баары ага таянып турган ушундай адам бар', by: 'тасманын режиссёру' },
          'Тасманы тартууну Маданият министрлиги жарым-жартылай каржылаган. Фестивалдан кийин авторлор тасманы Бишкек менен Оштун кинотеатрларында көрсөтүп, тартуу иштери жүргөн айылдарда акысыз көрсөтүү уюштурууну пландашууда.',
          'Акыркы жылдары кыргыз тасмалары эл аралык фестивалдардын программаларына улам көбүрөөк кирип жатат, адистер муну режиссёрлордун жаңы муунунун пайда болушу менен байланыштырышат.',
        ],
      },
      en: {
        headline: 'Kyrgyz film "A Voice Among the Mountains", about life in a high mountain village, selected for competition at the Busan International Film Festival',
        lead: 'The feature by a young director tells the story of a schoolteacher left alone in a high mountain village after its residents leave to work abroad. The world premiere will take place in South Korea.',
        body: [
          'The film was shot over two years in Naryn region. The leading roles are played by both professional actors and residents of nearby villages. The score was written by a composer who drew on recordings of old kuu pieces for the komuz.',
          { quote: 'This is a story about those who stay. Every one of our villages has someone like that who holds everything together', by: 'the director of the film' },
          'The production was partly funded by the Ministry of Culture. After the festival the filmmakers plan to show the film in cinemas in Bishkek and Osh and to hold free screenings in the villages where it was shot.',
          'In recent years Kyrgyz films have increasingly been selected for international festivals, which experts attribute to the emergence of a new generation of directors.',
        ],
      },
    },
  },
  // ───────────────────────────── Health ──────────────────────────────
  {
    key: 'b-health-measles-cases',
    rubric: 'health',
    tags: ['vaccination', 'healthcare'],
    places: ['bishkek', 'osh', 'jalalabad', 'batken', 'uzgen', 'talas'],
    numbers: [[8, 40]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'В {place:loc} с начала месяца зарегистрировали {n1|случай|случая|случаев} кори: большинство заболевших — непривитые дети до пяти лет',
        lead: 'Медики обходят дома в очагах инфекции и предлагают вакцинацию детям, пропустившим плановые прививки. Вакцина против кори бесплатна и есть во всех центрах семейной медицины.',
        body: [
          'По данным Департамента профилактики заболеваний и госсанэпиднадзора, большинство заболевших — дети до пяти лет, не получившие ни одной дозы вакцины. Несколько пациентов госпитализированы, их состояние стабильное.',
          'Корь — одна из самых заразных инфекций: вирус передаётся воздушно-капельным путём и может сохраняться в воздухе помещения до двух часов после того, как из него вышел больной.',
          { h: 'Когда нужно обратиться к врачу' },
          { ul: [
            'высокая температура и насморк;',
            'кашель и покраснение глаз;',
            'сыпь, которая сначала появляется на лице, а затем распространяется по телу.',
          ] },
          { quote: 'Две дозы вакцины дают надёжную защиту. Если ребёнок пропустил прививку, её можно сделать в любом возрасте — обратитесь к своему семейному врачу', by: 'представитель Министерства здравоохранения' },
        ],
      },
      ky: {
        headline: '{place:loc} ай башынан бери кызамыктын {n1} учуру катталды, ооругандардын көбү эмдөө албаган беш жашка чейинки балдар',
        lead: 'Медиктер инфекция чыккан жерлерде үйлөрдү кыдырып, пландуу эмдөөлөрдү өткөрүп жиберген балдарга вакцина сунушташууда. Кызамыкка каршы вакцина акысыз жана үй-бүлөлүк медицина борборлорунун баарында бар.',
        body: [
          'Ооруларды алдын алуу жана мамлекеттик санитардык-эпидемиологиялык көзөмөл департаментинин маалыматы боюнча, ооругандардын көбү вакцинанын бир да дозасын албаган беш жашка чейинки балдар. Бир нече бейтап ооруканага жаткырылып, алардын абалы туруктуу.',
          'Кызамык — эң жугуштуу инфекциялардын бири: вирус аба-тамчы жолу менен жугат жана бейтап чыгып кеткенден кийин да бөлмөнүн абасында эки саатка чейин сакталышы мүмкүн.',
          { h: 'Качан дарыгерге кайрылуу керек' },
          { ul: [
            'дене табы жогорулап, мурундан суу акса;',
            'жөтөл пайда болуп, көз кызарса;',
            'адегенде бетке, андан кийин бүт денеге исиркек чыкса.',
          ] },
          { quote: 'Вакцинанын эки дозасы ишенимдүү коргоону камсыз кылат. Эгер бала эмдөөнү өткөрүп жиберсе, аны каалаган курагында алууга болот — үй-бүлөлүк дарыгериңизге кайрылыңыз', by: 'Саламаттыкты сактоо министрлигинин өкүлү' },
        ],
      },
      en: {
        headline: '{n1|measles case|measles cases} recorded in {place} since the start of the month, most of them in unvaccinated children under five',
        lead: 'Medical workers are going door to door in the affected areas and offering vaccination to children who missed routine shots. The measles vaccine is free and available at all family medicine centres.',
        body: [
          'According to the Department of Disease Prevention and State Sanitary and Epidemiological Surveillance, most of those infected are children under five who have not received a single dose of vaccine. Several patients are in hospital in a stable condition.',
          'Measles is one of the most contagious infections: the virus spreads through the air and can linger in a room for up to two hours after an infected person has left.',
          { h: 'When to see a doctor' },
          { ul: [
            'high temperature and a runny nose;',
            'cough and red eyes;',
            'a rash that appears first on the face and then spreads over the body.',
          ] },
          { quote: 'Two doses of the vaccine give reliable protection. If a child has missed a shot, it can be given at any age, so contact your family doctor', by: 'a Ministry of Health representative' },
        ],
      },
    },
  },
  {
    key: 'b-health-flu-season',
    rubric: 'health',
    tags: ['healthcare', 'vaccination', 'weather'],
    numbers: [[12, 30]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'Заболеваемость гриппом и ОРВИ в Кыргызстане за неделю выросла на {n1}%: врачи советуют не заниматься самолечением и вызывать врача на дом',
        lead: 'Сезонный подъём пришёлся на период похолодания. Эпидемиологи ожидают пика в ближайшие три-четыре недели и призывают не отправлять заболевших детей в школы и детские сады.',
        body: [
          'Чаще всего за помощью обращаются дети школьного возраста. Большинство случаев протекает в лёгкой форме, однако у пожилых людей и пациентов с хроническими болезнями возможны осложнения, предупредили в Министерстве здравоохранения.',
          'Прививочная кампания против гриппа продолжается. Бесплатную вакцину в первую очередь получают медицинские работники, беременные женщины, люди старше 65 лет и пациенты с хроническими заболеваниями.',
          { h: 'Как снизить риск заражения' },
          { ul: [
            'чаще мойте руки и проветривайте помещения;',
            'при первых симптомах оставайтесь дома и вызовите врача;',
            'не принимайте антибиотики без назначения — на вирусы они не действуют;',
            'носите маску, если ухаживаете за больным.',
          ] },
          'Режим работы школ пока не меняется. Решение о карантине в классе принимают, если заболела значительная часть учеников.',
        ],
      },
      ky: {
        headline: 'Сасык тумоо жана КРВИ менен ооругандар бир жумада {n1} пайызга көбөйдү: дарыгерлер өз алдынча дарыланбай, дарыгерди үйгө чакырууну сунушташат',
        lead: 'Сезондук өсүү суук түшкөн мезгилге туш келди. Эпидемиологдор жакынкы үч-төрт жумада оорунун туу чокусу болот деп күтүп, ооруган балдарды мектептерге жана бала бакчаларга жибербөөгө чакырышат.',
        body: [
          'Жардам сурап көбүнчө мектеп жашындагы балдар кайрылышат. Учурлардын көпчүлүгү жеңил өтөт, бирок кары адамдарда жана өнөкөт оорулары бар бейтаптарда татаалдашуулар болушу мүмкүн экенин Саламаттыкты сактоо министрлиги эскертти.',
          'Сасык тумоого каршы эмдөө кампаниясы уланууда. Биринчи кезекте акысыз вакцинаны медицина кызматкерлери, кош бойлуу аялдар, 65 жаштан улуу адамдар жана өнөкөт оорулары бар бейтаптар алышат.',
          { h: 'Жугузуп алуу коркунучун кантип азайтуу керек' },
          { ul: [
            'колуңузду тез-тез жууп, бөлмөлөрдү желдетип туруңуз;',
            'алгачкы белгилер пайда болгондо үйдө калып, дарыгер чакырыңыз;',
            'антибиотиктерди дарыгер жазбаса ичпеңиз — алар вирустарга таасир этпейт;',
            'бейтапты карап жатканда бет кап тагыңыз.',
          ] },
          'Мектептердин иш тартиби азырынча өзгөрбөйт. Окуучулардын олуттуу бөлүгү ооруп калса, класс карантинге жабылат.',
        ],
      },
      en: {
        headline: 'Flu and respiratory infections in Kyrgyzstan up {n1}% in a week as doctors warn against self-medication and urge patients to call a doctor home',
        lead: 'The seasonal rise coincided with a cold snap. Epidemiologists expect the peak in the next three to four weeks and urge parents not to send sick children to school or kindergarten.',
        body: [
          'Most of those seeking help are school-age children. Most cases are mild, but older people and patients with chronic illnesses may develop complications, the Ministry of Health warned.',
          'The flu vaccination campaign is continuing. Free vaccines go first to health workers, pregnant women, people over 65 and patients with chronic diseases.',
          { h: 'How to reduce the risk of infection' },
          { ul: [
            'wash your hands often and air rooms regularly;',
            'stay at home and call a doctor at the first symptoms;',
            'do not take antibiotics unless prescribed, as they do not work against viruses;',
            'wear a mask when caring for someone who is ill.',
          ] },
          'Schools are operating as normal for now. A class is quarantined if a significant share of its pupils fall ill.',
        ],
      },
    },
  },
  {
    key: 'b-health-ct-scanner',
    rubric: 'health',
    tags: ['hospitals', 'healthcare'],
    places: ['naryn', 'talas', 'batken', 'karakol', 'jalalabad', 'uzgen', 'tokmok'],
    numbers: [[20, 40]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'Больница {place:gen} получила компьютерный томограф: пациентам больше не придётся ездить на обследование в другой город',
        lead: 'Аппарат позволит ежедневно обследовать до {n1|пациента|пациентов|пациентов}. Раньше жителям приходилось ехать на КТ в другой город или платить в частных клиниках.',
        body: [
          'Томограф закуплен за счёт республиканского бюджета и средств партнёров по развитию. Для него в больнице отремонтировали отдельное помещение с защитой от излучения, сообщили в Министерстве здравоохранения.',
          { image: true, caption: 'Новый компьютерный томограф в отделении лучевой диагностики', alt: 'Компьютерный томограф в светлом больничном кабинете' },
          'Два врача-рентгенолога прошли обучение в Бишкеке. При необходимости снимки можно будет отправлять на консультацию в республиканские клиники через систему телемедицины.',
          'По направлению семейного врача обследование будет бесплатным или льготным в рамках программы государственных гарантий.',
        ],
      },
      ky: {
        headline: '{place:gen} ооруканасына компьютердик томограф берилди: бейтаптар мындан ары текшерүүдөн өтүү үчүн башка шаарга каттабай калышат',
        lead: 'Аппарат күнүнө {n1} бейтапка чейин текшерүүгө мүмкүндүк берет. Мурда тургундар КТдан өтүү үчүн башка шаарга барууга же жеке клиникаларда акы төлөөгө аргасыз болушчу.',
        body: [
          'Томограф республикалык бюджеттин жана өнүктүрүү боюнча өнөктөштөрдүн каражатынын эсебинен сатылып алынды. Ал үчүн ооруканада нурдануудан корголгон өзүнчө бөлмө оңдолгонун Саламаттыкты сактоо министрлигинен билдиришти.',
          { image: true, caption: 'Нур диагностикасы бөлүмүндөгү жаңы компьютердик томограф', alt: 'Оорукананын жарык кабинетинде турган компьютердик томограф' },
          'Эки рентгенолог дарыгер Бишкекте окуудан өттү. Зарыл болсо сүрөттөрдү телемедицина системасы аркылуу республикалык клиникаларга консультацияга жөнөтүүгө болот.',
          'Үй-бүлөлүк дарыгердин жолдомосу менен текшерүү мамлекеттик кепилдиктер программасынын алкагында акысыз же жеңилдетилген баада жүргүзүлөт.',
        ],
      },
      en: {
        headline: 'Hospital in {place} receives a computed tomography scanner, so patients will no longer have to travel to another city for scans',
        lead: 'The scanner can examine up to {n1|patient|patients} a day. Until now residents had to travel to another city for a CT scan or pay at private clinics.',
        body: [
          'The scanner was bought with money from the national budget and development partners. A separate radiation-shielded room was renovated for it at the hospital, the Ministry of Health said.',
          { image: true, caption: 'The new CT scanner in the diagnostic imaging department', alt: 'A CT scanner in a bright hospital room' },
          'Two radiologists have been trained in Bishkek. If needed, scans can be sent for a second opinion to national clinics through the telemedicine system.',
          'With a referral from a family doctor, the scan will be free or discounted under the state guaranteed benefits programme.',
        ],
      },
    },
  },
  {
    key: 'b-health-polio-campaign',
    rubric: 'health',
    tags: ['vaccination', 'healthcare'],
    numbers: [[600, 750]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'В Кыргызстане стартует кампания вакцинации против полиомиелита: прививки сделают детям до пяти лет',
        lead: 'Привить планируется около {n1|тысячи|тысяч|тысяч} детей. Вакцинация бесплатная, её проводят в центрах семейной медицины, а в отдалённых сёлах — выездные бригады.',
        body: [
          'Кампания продлится две недели. Она проводится дополнительно к плановому календарю прививок, чтобы поддержать высокий уровень защиты на фоне случаев заболевания в соседних регионах, пояснили в Министерстве здравоохранения.',
          'Используется оральная вакцина: ребёнку закапывают в рот две капли. Прививку можно делать одновременно с другими вакцинами, в том числе если ребёнок уже был привит ранее.',
          { quote: 'Дополнительная доза не навредит, даже если ребёнок получил все плановые прививки. Она только укрепит защиту', by: 'врач-иммунолог центра семейной медицины' },
          'Родителям, у которых остались вопросы, рекомендуют позвонить на горячую линию Минздрава или обратиться к участковому врачу. График работы выездных бригад опубликован на [сайте министерства](https://example.kg/minzdrav/polio).',
        ],
      },
      ky: {
        headline: 'Кыргызстанда полиомиелитке каршы эмдөө кампаниясы башталат: беш жашка чейинки балдар эмделет',
        lead: 'Болжол менен {n1} миң баланы эмдөө пландалууда. Эмдөө акысыз, ал үй-бүлөлүк медицина борборлорунда, ал эми алыскы айылдарда көчмө бригадалар тарабынан жүргүзүлөт.',
        body: [
          'Кампания эки жумага созулат. Ал коңшу аймактарда оорунун учурлары катталып жаткан шартта коргоонун жогорку деңгээлин сактоо үчүн пландуу эмдөө календарына кошумча өткөрүлөрүн Саламаттыкты сактоо министрлигинен түшүндүрүштү.',
          'Оозеки вакцина колдонулат: баланын оозуна эки тамчы тамызылат. Эмдөөнү башка вакциналар менен бир убакта жасоого болот, анын ичинде бала мурда эмделген болсо да.',
          { quote: 'Бала бардык пландуу эмдөөлөрдү алган болсо да, кошумча доза зыян келтирбейт. Ал коргоону гана бекемдейт', by: 'үй-бүлөлүк медицина борборунун иммунолог дарыгери' },
          'Суроолору бар ата-энелерге Саламаттыкты сактоо министрлигинин ишеним телефонуна чалуу же участкалык дарыгерге кайрылуу сунушталат. Көчмө бригадалардын иш графиги [министрликтин сайтына](https://example.kg/minzdrav/polio) жарыяланды.',
        ],
      },
      en: {
        headline: 'Kyrgyzstan launches polio vaccination campaign for children under five',
        lead: 'About {n1} thousand children are to be vaccinated. The vaccine is free and is given at family medicine centres and, in remote villages, by mobile teams.',
        body: [
          'The campaign will last two weeks. It is being held in addition to the routine immunisation schedule to keep protection high amid cases of the disease in neighbouring regions, the Ministry of Health explained.',
          'An oral vaccine is used: two drops are placed in the child’s mouth. It can be given at the same time as other vaccines, including to children who have been vaccinated before.',
          { quote: 'An extra dose does no harm, even if a child has had all the routine vaccinations. It only strengthens protection', by: 'an immunologist at a family medicine centre' },
          'Parents with questions are advised to call the health ministry hotline or contact their local doctor. The schedule of the mobile teams has been published on the [ministry website](https://example.kg/minzdrav/polio).',
        ],
      },
    },
  },
  {
    key: 'b-health-blood-donors-needed',
    rubric: 'health',
    tags: ['healthcare', 'hospitals'],
    places: ['bishkek', 'osh', 'jalalabad', 'karakol', 'naryn'],
    numbers: [[150, 400]],
    text: {
      ru: {
        headline: 'Центр крови в {place:loc} призвал доноров прийти на сдачу: запасы некоторых групп на исходе',
        lead: 'Особенно не хватает крови с отрицательным резус-фактором. За прошлую неделю центр принял {n1|донора|донора|доноров}, но этого недостаточно для плановых операций.',
        body: [
          'Потребность в донорской крови растёт летом, когда становится больше травм и ДТП, а постоянные доноры уезжают в отпуск, пояснили в центре.',
          { h: 'Кто может стать донором' },
          { ul: [
            'люди от 18 до 60 лет весом не менее 50 килограммов;',
            'те, у кого нет хронических заболеваний и не было простуды в последние две недели;',
            'накануне нужно выспаться и не есть жирную пищу, а утром позавтракать легко.',
          ] },
          'Вместе с осмотром врача процедура занимает около часа. Донорам выдают справку, денежную компенсацию на питание и освобождают от работы в день сдачи крови.',
          'Записаться можно по телефону или [онлайн](https://example.kg/blood/zapis). Центр работает ежедневно, кроме воскресенья.',
        ],
      },
      ky: {
        headline: '{place:loc} кан борбору донорлорду кан тапшырууга чакырды: айрым топтогу кандын запасы түгөнүп баратат',
        lead: 'Айрыкча резус-фактору терс кан жетишпейт. Өткөн жумада борбор {n1} донорду кабыл алды, бирок бул пландуу операциялар үчүн жетишсиз.',
        body: [
          'Донордук канга муктаждык жайында, жаракат алуу жана жол кырсыктары көбөйүп, туруктуу донорлор эс алууга кеткенде өсөрүн борбордон түшүндүрүштү.',
          { h: 'Ким донор боло алат' },
          { ul: [
            'салмагы 50 килограммдан кем эмес 18 жаштан 60 жашка чейинки адамдар;',
            'өнөкөт оорулары жок жана акыркы эки жумада суук тийбеген адамдар;',
            'мурунку күнү жакшылап уктап, майлуу тамак жебөө, эртең менен жеңил тамактануу керек.',
          ] },
          'Дарыгердин кароосу менен кошо жол-жобо болжол менен бир саатка созулат. Донорлорго маалымкат жана тамактануу үчүн акчалай компенсация берилип, кан тапшырган күнү жумуштан бошотулат.',
          'Телефон аркылуу же [онлайн](https://example.kg/blood/zapis) жазылууга болот. Борбор жекшембиден башка күндөрү иштейт.',
        ],
      },
      en: {
        headline: 'Blood centre in {place} appeals for donors as stocks of some blood types run low',
        lead: 'Rhesus-negative blood is in particularly short supply. The centre received {n1|donor|donors} last week, but that is not enough to cover planned operations.',
        body: [
          'Demand for donated blood rises in summer, when injuries and road accidents become more frequent and regular donors go on holiday, the centre explained.',
          { h: 'Who can donate' },
          { ul: [
            'people aged 18 to 60 weighing at least 50 kilograms;',
            'those with no chronic illnesses and no cold in the past two weeks;',
            'donors should get a good night’s sleep, avoid fatty food the day before and have a light breakfast.',
          ] },
          'Including the medical check, the procedure takes about an hour. Donors receive a certificate and a meal allowance and are given the day off work.',
          'Appointments can be made by phone or [online](https://example.kg/blood/zapis). The centre is open every day except Sunday.',
        ],
      },
    },
  },
  {
    key: 'b-health-free-checkups',
    rubric: 'health',
    tags: ['healthcare', 'hospitals'],
    places: ['naryn', 'talas', 'batken', 'uzgen', 'jalalabad', 'karakol'],
    numbers: [[600, 1500]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'Столичные врачи провели бесплатные медосмотры в {place:loc} и окрестных сёлах: у части пациентов болезни выявили на ранней стадии',
        lead: 'За пять дней специалисты осмотрели {n1|жителя|жителя|жителей} города и окрестных сёл. Больше всего желающих было попасть к кардиологу, эндокринологу и офтальмологу.',
        body: [
          'Выездная бригада из 15 врачей работала на базе местной больницы и в сельских фельдшерско-акушерских пунктах. Приём шёл в порядке живой очереди и по предварительной записи через семейных врачей.',
          'Несколько десятков пациентов получили направления на дополнительное обследование и лечение в республиканские клиники. У многих впервые выявили повышенное давление и сахарный диабет.',
          { quote: 'Люди в отдалённых районах часто откладывают визит к узкому специалисту. Такие выезды позволяют найти болезнь раньше, чем она станет опасной', by: 'руководитель выездной бригады' },
          'В Министерстве здравоохранения сообщили, что выездные медосмотры продолжатся в других районах до конца года.',
        ],
      },
      ky: {
        headline: 'Борбор калаалык дарыгерлер {place:loc} жана жакынкы айылдарда акысыз медициналык кароо өткөрүштү: айрым бейтаптардын оорусу эрте аныкталды',
        lead: 'Беш күндүн ичинде адистер шаардын жана жакынкы айылдардын {n1} тургунун карап чыгышты. Кардиологго, эндокринологго жана офтальмологго кайрылгандар өзгөчө көп болду.',
        body: [
          'Көчмө бригаданын курамындагы 15 дарыгер жергиликтүү оорукананын базасында жана айылдык фельдшердик-акушердик пункттарда иштешти. Кабыл алуу тирүү кезек боюнча жана үй-бүлөлүк дарыгерлер аркылуу алдын ала жазылуу менен жүрдү.',
          'Бир нече ондогон бейтап кошумча текшерүүгө жана дарыланууга республикалык клиникаларга жолдомо алышты. Көптөрүндө биринчи жолу жогорку кан басымы жана кант диабети аныкталды.',
          { quote: 'Алыскы райондордогу адамдар тар адиске кайрылууну көп учурда кийинкиге калтырышат. Мындай сапарлар ооруну кооптуу абалга жете электе табууга мүмкүндүк берет', by: 'көчмө бригаданын жетекчиси' },
          'Саламаттыкты сактоо министрлиги көчмө медициналык кароолор жыл аягына чейин башка райондордо да уланарын билдирди.',
        ],
      },
      en: {
        headline: 'Doctors from the capital hold free check-ups in {place} and nearby villages, detecting some illnesses at an early stage',
        lead: 'Over five days the specialists examined {n1|resident|residents} of the town and surrounding villages. Cardiologists, endocrinologists and ophthalmologists were in greatest demand.',
        body: [
          'The mobile team of 15 doctors worked at the local hospital and at rural health posts. Patients were seen on a walk-in basis and by appointment made through family doctors.',
          'Several dozen patients were referred to national clinics for further tests and treatment. Many were diagnosed with high blood pressure or diabetes for the first time.',
          { quote: 'People in remote areas often put off seeing a specialist. Visits like this make it possible to find a disease before it becomes dangerous', by: 'the head of the mobile team' },
          'The Ministry of Health said mobile check-ups would continue in other districts until the end of the year.',
        ],
      },
    },
  },
  {
    key: 'b-health-heatwave-advice',
    rubric: 'health',
    tags: ['weather', 'healthcare'],
    places: ['osh', 'jalalabad', 'batken', 'bishkek', 'uzgen'],
    numbers: [[38, 42]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'Жара до +{n1|градуса|градусов|градусов}: врачи {place:gen} рассказали, как уберечься от теплового удара',
        lead: 'В ближайшие дни температура воздуха в {place:loc} поднимется до +{n1|градуса|градусов|градусов}. Медики просят особенно внимательно следить за самочувствием пожилых людей и маленьких детей.',
        body: [
          'По данным центров семейной медицины, в жаркие дни растёт число вызовов скорой помощи к людям с сердечно-сосудистыми заболеваниями. Риск теплового удара выше всего с 11:00 до 16:00.',
          { h: 'Рекомендации врачей' },
          { ul: [
            'пейте воду небольшими порциями в течение дня, даже если не хочется пить;',
            'носите светлую одежду из натуральных тканей и головной убор;',
            'не оставляйте детей и животных в закрытых автомобилях;',
            'перенесите физическую работу на утренние и вечерние часы.',
          ] },
          'При головокружении, тошноте и слабости нужно перейти в тень или прохладное помещение и выпить воды, а если состояние ухудшается, вызвать скорую помощь по номеру 103.',
        ],
      },
      ky: {
        headline: '+{n1} градуска чейин ысык: {place:gen} дарыгерлери ысык өтүүдөн кантип сактануу керектигин айтып беришти',
        lead: 'Жакынкы күндөрү {place:loc} абанын температурасы +{n1} градуска чейин көтөрүлөт. Медиктер кары адамдардын жана кичинекей балдардын абалына өзгөчө көңүл бурууну суранышат.',
        body: [
          'Үй-бүлөлүк медицина борборлорунун маалыматы боюнча, ысык күндөрү жүрөк-кан тамыр оорулары бар адамдарга тез жардам чакыруулар көбөйөт. Ысык өтүү коркунучу саат 11:00дөн 16:00гө чейин эң жогору.',
          { h: 'Дарыгерлердин сунуштары' },
          { ul: [
            'суусабасаңыз да, күн бою сууну аз-аздан ичиңиз;',
            'табигый кездемеден тигилген ачык түстөгү кийим жана баш кийим кийиңиз;',
            'балдарды жана жаныбарларды жабык унааларда калтырбаңыз;',
            'дене эмгегин эртең мененки жана кечки убакытка жылдырыңыз.',
          ] },
          'Баш айланып, жүрөк айланып же алсыздык сезилсе, көлөкөгө же салкын жайга өтүп, суу ичүү керек, ал эми абал начарласа 103 номери аркылуу тез жардам чакырыңыз.',
        ],
      },
      en: {
        headline: 'Heat of up to {n1}°C: doctors in {place} explain how to avoid heatstroke',
        lead: 'Temperatures in {place} will climb to {n1} degrees Celsius in the coming days. Doctors are asking people to keep a particularly close eye on elderly relatives and young children.',
        body: [
          'According to family medicine centres, ambulance call-outs to people with heart and circulation problems rise on hot days. The risk of heatstroke is highest between 11:00 and 16:00.',
          { h: 'Doctors’ advice' },
          { ul: [
            'drink water in small amounts throughout the day, even if you are not thirsty;',
            'wear light-coloured clothes made of natural fabrics and a hat;',
            'never leave children or pets in a closed car;',
            'move physical work to the morning and evening.',
          ] },
          'Anyone feeling dizzy, sick or weak should move into the shade or a cool room and drink water, and call an ambulance on 103 if their condition gets worse.',
        ],
      },
    },
  },
  {
    key: 'b-health-new-ambulances',
    rubric: 'health',
    tags: ['hospitals', 'healthcare'],
    places: ['naryn', 'talas', 'batken', 'jalalabad', 'osh', 'karakol'],
    numbers: [[8, 20]],
    source: 'healthMin',
    text: {
      ru: {
        headline: 'Станция скорой помощи {place:gen} получила {n1|новый автомобиль|новых автомобиля|новых автомобилей}',
        lead: 'Машины оснащены аппаратами ИВЛ, дефибрилляторами и системой спутниковой навигации. Они заменят автомобили, которые эксплуатировались более десяти лет.',
        body: [
          'Автомобили переданы в рамках программы обновления парка скорой помощи. В первую очередь они будут выезжать в отдалённые сёла, куда раньше бригады добирались дольше всего, сообщили в Министерстве здравоохранения.',
          'Все машины подключены к единой диспетчерской системе, которая показывает, где находится ближайшая свободная бригада. По расчётам ведомства, это поможет сократить время доезда до пациента.',
          { quote: 'Старые машины ломались прямо на выездах. С новыми автомобилями водители и медики чувствуют себя увереннее, особенно зимой на горных дорогах', by: 'главный врач станции скорой помощи' },
        ],
      },
      ky: {
        headline: '{place:gen} тез медициналык жардам станциясы {n1} жаңы унаа менен толукталды',
        lead: 'Унаалар өпкөнү жасалма желдетүүчү аппараттар, дефибрилляторлор жана спутниктик навигация системасы менен жабдылган. Алар он жылдан ашык колдонулуп келген унаалардын ордун басат.',
        body: [
          'Унаалар тез жардам паркын жаңылоо программасынын алкагында берилди. Алар биринчи кезекте бригадалар мурда эң узак жеткен алыскы айылдарга чакырууларга чыгарын Саламаттыкты сактоо министрлигинен билдиришти.',
          'Бардык унаалар жакынкы бош бригаданын кайда экенин көрсөткөн бирдиктүү диспетчердик системага туташтырылган. Ведомствонун эсеби боюнча, бул бейтапка жетүү убактысын кыскартууга жардам берет.',
          { quote: 'Эски унаалар чакырууга бара жатканда эле бузулуп калчу. Жаңы унаалар менен айдоочулар жана медиктер, айрыкча кышында тоолуу жолдордо, өздөрүн ишенимдүү сезишет', by: 'тез жардам станциясынын башкы дарыгери' },
        ],
      },
      en: {
        headline: 'Ambulance service in {place} receives {n1|new vehicle|new vehicles} equipped with ventilators',
        lead: 'The ambulances are equipped with ventilators, defibrillators and satellite navigation. They will replace vehicles that have been in service for more than ten years.',
        body: [
          'The vehicles were handed over under a programme to renew the ambulance fleet. They will be sent first to calls in remote villages, which crews used to take longest to reach, the Ministry of Health said.',
          'All the ambulances are connected to a single dispatch system that shows where the nearest available crew is. The ministry expects this to cut response times.',
          { quote: 'The old vehicles used to break down on the way to calls. With the new ones drivers and medics feel more confident, especially on mountain roads in winter', by: 'the chief doctor of the ambulance station' },
        ],
      },
    },
  },
];
