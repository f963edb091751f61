// Demo story templates: Politics, continued from ./politics.ts (one file would be past 400 lines).
// Original text written for the Newsdesk demo; slot notation is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const POLITICS_STORIES_CONTINUED: StoryTemplate[] = [
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
