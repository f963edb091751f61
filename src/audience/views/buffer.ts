// Views counted but not yet written: per article its language, total, UTC hours and site-time days.
// A flush takes the whole buffer (`take`), and either confirms it (`written`) or hands it back
// (`giveBack`) to be merged with what came in meanwhile, so a failed write loses nothing.
import type { Lang } from '../../domain/lang.js';

export interface PendingViews {
  lang: Lang;
  total: number;
  /** epoch ms of the UTC hour's start -> views */
  hours: Map<number, number>;
  /** 'YYYY-MM-DD' in the site time zone -> views */
  days: Map<string, number>;
}

export type Batch = Map<number, PendingViews>;

export const HOUR_MS = 3_600_000;

function addTo(batch: Batch, id: number, lang: Lang, n: number, hours: Iterable<[number, number]>, days: Iterable<[string, number]>): void {
  let p = batch.get(id);
  if (!p) {
    p = { lang, total: 0, hours: new Map(), days: new Map() };
    batch.set(id, p);
  }
  p.total += n;
  for (const [h, v] of hours) p.hours.set(h, (p.hours.get(h) ?? 0) + v);
  for (const [d, v] of days) p.days.set(d, (p.days.get(d) ?? 0) + v);
}

export class ViewBuffer {
  private pending: Batch = new Map();
  /** the batch a flush is writing right now (still counted in totals until it is confirmed) */
  private writing: Batch | null = null;

  add(id: number, lang: Lang, at: number, day: string): void {
    addTo(this.pending, id, lang, 1, [[Math.floor(at / HOUR_MS) * HOUR_MS, 1]], [[day, 1]]);
  }

  /** Views of this article not yet in the database. */
  unwritten(id: number): number {
    return (this.pending.get(id)?.total ?? 0) + (this.writing?.get(id)?.total ?? 0);
  }

  get size(): number {
    let n = 0;
    for (const p of this.pending.values()) n += p.total;
    if (this.writing) for (const p of this.writing.values()) n += p.total;
    return n;
  }

  /** Unwritten views per article of a language in hours starting at or after `since`. */
  windowCounts(lang: Lang, since: number): Map<number, number> {
    const out = new Map<number, number>();
    for (const batch of [this.pending, this.writing]) {
      if (!batch) continue;
      for (const [id, p] of batch) {
        if (p.lang !== lang) continue;
        for (const [h, v] of p.hours) if (h >= since) out.set(id, (out.get(id) ?? 0) + v);
      }
    }
    return out;
  }

  /** Starts a flush: the pending views become the batch being written (null when there is nothing). */
  take(): Batch | null {
    if (this.writing) throw new Error('a flush is already writing');
    if (this.pending.size === 0) return null;
    this.writing = this.pending;
    this.pending = new Map();
    return this.writing;
  }

  written(): void {
    this.writing = null;
  }

  giveBack(): void {
    const batch = this.writing;
    this.writing = null;
    if (!batch) return;
    for (const [id, p] of batch) addTo(this.pending, id, p.lang, p.total, p.hours, p.days);
  }
}
