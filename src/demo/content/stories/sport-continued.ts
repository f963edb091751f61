// Demo story templates: Sport, continued from ./sport.ts (one file would be past 400 lines).
// Original text written for the Newsdesk demo; slot notation is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const SPORT_STORIES_CONTINUED: StoryTemplate[] = [
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
];
