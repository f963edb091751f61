// Demo story templates: Culture. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const CULTURE_STORIES: StoryTemplate[] = [
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
];
