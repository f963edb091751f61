// Demo story templates: Society. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const SOCIETY_STORIES: StoryTemplate[] = [
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
];
