// "One view per reader per article per 30 minutes" as a bounded map of key -> expiry time.
//
// Keys are inserted when first seen (or seen again after expiring, when they move to the end), so the
// map's insertion order is the order of expiry: sweeping stops at the first live entry, and at the cap
// the oldest entry goes first. Under a flood of distinct readers the window shrinks instead of memory
// growing (docs/decisions/009-view-counting.md gives the bound).
export class DedupeWindow {
  /** key -> end of its window, in whole seconds since `epoch` (a small integer costs V8 no extra object) */
  private readonly until = new Map<number | string, number>();
  private epoch = -1;
  /** entries dropped before their time because the map was full */
  evicted = 0;

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries: number,
  ) {}

  /** True when `key` was not seen within the window (and remembers it now); false for a repeat. */
  firstIn(key: number | string, now: number): boolean {
    if (this.epoch < 0) this.epoch = now;
    const t = Math.floor((now - this.epoch) / 1000);
    this.sweep(t);
    const until = this.until.get(key);
    if (until !== undefined) {
      if (until > t) return false;
      this.until.delete(key);
    }
    if (this.until.size >= this.maxEntries) {
      const oldest = this.until.keys().next().value;
      if (oldest !== undefined) this.until.delete(oldest);
      this.evicted++;
    }
    this.until.set(key, t + Math.ceil(this.windowMs / 1000));
    return true;
  }

  get size(): number {
    return this.until.size;
  }

  private sweep(t: number): void {
    for (const [key, until] of this.until) {
      if (until > t) return;
      this.until.delete(key);
    }
  }
}
