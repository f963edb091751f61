// Demo story templates: Society. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';
import { SOCIETY_STORIES_CONTINUED } from './society-continued.js';

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
  ...SOCIETY_STORIES_CONTINUED,
];
