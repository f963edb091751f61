// Demo story templates: Sport. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';
import { SPORT_STORIES_CONTINUED } from './sport-continued.js';

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
  ...SPORT_STORIES_CONTINUED,
];
