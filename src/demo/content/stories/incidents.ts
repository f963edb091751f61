// Demo story templates: Incidents. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';
import { INCIDENTS_STORIES_CONTINUED } from './incidents-continued.js';

export const INCIDENTS_STORIES: StoryTemplate[] = [
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
  ...INCIDENTS_STORIES_CONTINUED,
];
