// A flood from one address: at most `limit` beacons per fixed window (aligned to the clock). The
// counts of a window are dropped whole when the next begins, so memory holds one window's addresses,
// and at most `maxAddresses` of them (past that, new addresses pass unlimited until the window ends:
// many addresses are not "one address", and the dedupe window still bounds what each reader adds).
export class FloodLimit {
  private window = -1;
  private counts = new Map<number | string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxAddresses: number,
  ) {}

  /** 0 when the request may go on; otherwise the seconds until this address may send again. */
  check(key: number | string, now: number): number {
    const w = Math.floor(now / this.windowMs);
    if (w !== this.window) {
      this.window = w;
      this.counts = new Map();
    }
    const n = this.counts.get(key) ?? 0;
    if (n >= this.limit) return Math.max(1, Math.ceil(((w + 1) * this.windowMs - now) / 1000));
    if (n > 0 || this.counts.size < this.maxAddresses) this.counts.set(key, n + 1);
    return 0;
  }
}
