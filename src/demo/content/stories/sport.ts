// Demo story templates: Sport. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const SPORT_STORIES: StoryTemplate[] = [
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
];
