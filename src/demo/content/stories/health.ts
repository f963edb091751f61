// Demo story templates: Health. Original text written for the Newsdesk demo; private persons are
// fictional, officials are named by office. Slot notation ({place:loc}, {n1|…}) is explained in ../types.ts.
import type { StoryTemplate } from '../types.js';

export const HEALTH_STORIES: StoryTemplate[] = [
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
