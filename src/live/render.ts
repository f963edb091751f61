// Turns a headline into a live event carrying the page's own markup: the <li> and, for a page whose
// feed does not show that day yet, a whole day group — rendered by the day feed's components, so
// what the script inserts is byte for byte what a reload would show.
import type { Config } from '../config.js';
import type { HeadlineRef } from '../domain/article.js';
import type { Lang } from '../domain/lang.js';
import { dayRange, isoDay } from '../i18n/format.js';
import type { Assets } from '../web/assets.js';
import { DayFeedGroup, DayFeedItem } from '../web/components/lists.js';
import { baseContext, type SiteContext } from '../web/context.js';
import { h } from '../web/jsx.js';
import { eventIdOf, type LiveItemEvent } from './events.js';

export class LiveRenderer {
  constructor(
    private readonly config: Config,
    private readonly assets: Assets,
  ) {}

  private ctx(lang: Lang, now: number): SiteContext {
    return { ...baseContext(lang, this.config, now, this.assets), rubrics: [], rates: null, languageLinks: {} };
  }

  /** Only the <li>: enough to tell whether what readers see of an article has changed. */
  item(a: HeadlineRef, now: number): string {
    return h(DayFeedItem, { ctx: this.ctx(a.lang, now), a }).html;
  }

  event(type: LiveItemEvent['type'], a: HeadlineRef, now: number): LiveItemEvent {
    const ctx = this.ctx(a.lang, now);
    const day = isoDay(this.config.siteTz, a.publishedAt);
    const group = h(DayFeedGroup, { ctx, day: { day, dayStart: dayRange(this.config.siteTz, day).start }, items: [a] }).html;
    return {
      type,
      lang: a.lang,
      id: a.id,
      storyId: a.storyId,
      eventId: eventIdOf(a.publishedAt, a.id),
      headline: a.headline,
      publishedAt: new Date(a.publishedAt).toISOString(),
      day,
      isBreaking: a.isBreaking,
      item: h(DayFeedItem, { ctx, a }).html,
      group,
    };
  }
}
