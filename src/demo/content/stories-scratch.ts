import type { StoryTemplate } from './types.js';
export const STORIES_SCRATCH: StoryTemplate[] = [
  { key: 's-school', rubric: 'society', tags: ['education', 'schools'], places: ['bishkek', 'osh', 'naryn', 'talas', 'batken', 'karakol'], numbers: [[200, 1200]], source: 'ministry',
    text: {
      ru: { headline: 'В {place:loc} открылась новая школа на {n1|место|места|мест}', lead: 'Новая школа в {place:loc} примет детей уже в этом месяце.', body: ['Школа рассчитана на **{n1|ученика|ученика|учеников}**.', { h: 'Что внутри' }, { ul: ['спортзал', 'библиотека'] }, { quote: 'Мы ждали этого давно.', by: 'директор школы' }] },
      ky: { headline: '{place:loc} {n1} орундуу жаңы мектеп ачылды', lead: '{place:gen} жаңы мектеби ушул айда балдарды кабыл алат.', body: ['Мектеп **{n1} окуучуга** эсептелген.', { h: 'Ичинде эмне бар' }, { ul: ['спорт зал', 'китепкана'] }] },
      en: { headline: 'New school for {n1|pupil|pupils} opens in {place}', lead: 'A new school in {place} will take its first pupils this month.', body: ['The school is designed for **{n1|pupil|pupils}**. See [the plan](https://example.org/plan).', { embed: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'Opening' }, { image: true, caption: 'The new building', alt: 'A school building' }] },
    } },
  { key: 's-crash', rubric: 'incidents', tags: ['traffic', 'police'], places: ['bishkek', 'osh', 'tokmok', 'karabalta', 'uzgen', 'kochkor'], numbers: [[2, 9]], source: 'police',
    text: {
      ru: { headline: 'В {place:loc} столкнулись {n1|автомобиль|автомобиля|автомобилей}', lead: 'Авария произошла утром на центральной улице {place:gen}.', body: ['Пострадавших нет.'] },
      ky: { headline: '{place:loc} {n1} унаа кагышты', lead: 'Кырсык {place:gen} борбордук көчөсүндө эртең менен болду.', body: ['Жабыркагандар жок.'] },
      en: { headline: '{n1|car|cars} collide in {place}', lead: 'The accident happened in the morning on a central street of {place}.', body: ['No one was hurt.'] },
    } },
];
