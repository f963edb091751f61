// The shape of the demo newsroom's raw material. Everything here is original text written for
// Newsdesk's demo; the generator (src/demo/generate.ts) turns templates into stories and articles.
import type { Lang } from '../../domain/lang.js';

export type Localized<T = string> = Record<Lang, T>;

/**
 * A body block in the compact authoring notation used by demo templates:
 * - a string is a paragraph; inline `**bold**`, `_italic_` and `[text](https://url)` are understood;
 * - `{ h }` a subheading, `{ quote, by }` a block quote with attribution,
 * - `{ ul }` / `{ ol }` lists, `{ embed }` a YouTube video or a social post link,
 * - `{ image }` an inline picture (the generator picks a demo image) with its caption.
 */
export type DemoBlock =
  | string
  | { h: string }
  | { quote: string; by: string }
  | { ul: string[] }
  | { ol: string[] }
  | { embed: 'youtube' | 'post'; url: string; title: string }
  | { image: true; caption: string; alt: string };

export interface DemoText {
  headline: string;
  lead: string;
  body: DemoBlock[];
}

/**
 * One story idea, written in all three languages. Slots make one template usable several times:
 * - `{place}` nominative, `{place:loc}` locative ("Оше" / "Ошто"), `{place:gen}` genitive,
 *   `{place:dat}` dative ("Ошко") — see places.ts for the forms of each town;
 * - `{n1}`, `{n2}` numbers drawn from `numbers`; in Russian `{n1|школа|школы|школ}` agrees the noun
 *   (one / few / many), in English `{n1|school|schools}`; Kyrgyz keeps the noun singular after a number.
 */
export interface StoryTemplate {
  key: string;
  rubric: RubricKey;
  tags: TagKey[];
  places?: PlaceKey[];
  numbers?: Array<[min: number, max: number]>;
  source?: SourceKey;
  text: Localized<DemoText>;
}

export type RubricKey =
  | 'politics' | 'economy' | 'society' | 'incidents' | 'world'
  | 'sport' | 'culture' | 'tech' | 'health' | 'environment';

export type PlaceKey =
  | 'bishkek' | 'osh' | 'karakol' | 'naryn' | 'jalalabad' | 'talas' | 'batken'
  | 'tokmok' | 'karabalta' | 'uzgen' | 'cholponata' | 'kochkor';

export type SourceKey = 'ministry' | 'cabinet' | 'nsc' | 'stat' | 'mayor' | 'police' | 'emergency' | 'healthMin' | 'federation' | 'ownCorrespondent';

export type TagKey =
  | 'parliament' | 'president' | 'cabinet' | 'elections' | 'budget' | 'taxes' | 'inflation' | 'exchangeRates'
  | 'investment' | 'trade' | 'agriculture' | 'energy' | 'water' | 'roads' | 'transport' | 'aviation'
  | 'education' | 'schools' | 'universities' | 'healthcare' | 'hospitals' | 'vaccination' | 'pensions'
  | 'migration' | 'labour' | 'courts' | 'corruption' | 'police' | 'fire' | 'traffic' | 'weather'
  | 'earthquake' | 'mudflow' | 'ecology' | 'airQuality' | 'glaciers' | 'tourism' | 'issykKul'
  | 'football' | 'wrestling' | 'boxing' | 'olympics' | 'kokBoru' | 'manas' | 'theatre' | 'cinema'
  | 'music' | 'internet' | 'digital' | 'startups' | 'centralAsia' | 'russia' | 'china' | 'kazakhstan'
  | 'uzbekistan' | 'tajikistan' | 'eaeu' | 'un';
