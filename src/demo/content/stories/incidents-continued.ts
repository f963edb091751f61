// Demo story templates: Incidents, continued from ./incidents.ts (one file would be past 400 lines).
// Original text written for the Newsdesk demo; slot notation is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const INCIDENTS_STORIES_CONTINUED: StoryTemplate[] = [
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
];
