// Who is reading, without knowing who: an HMAC of address and user agent under a random salt that
// lives only in memory and is replaced every UTC day. Raw values are never kept, and yesterday's
// hashes cannot be linked to today's, nor reversed by trying addresses (the salt is never written).
import { createHmac, randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;

export class ReaderIdentity {
  private salt = randomBytes(32);
  private saltDay: number;

  constructor(private readonly now: () => number) {
    this.saltDay = Math.floor(now() / DAY_MS);
  }

  private currentSalt(): Buffer {
    const day = Math.floor(this.now() / DAY_MS);
    if (day !== this.saltDay) {
      this.salt = randomBytes(32);
      this.saltDay = day;
    }
    return this.salt;
  }

  /**
   * One reader (address + browser) reading one article, as 48 bits of HMAC-SHA256 in a number: a
   * number is the smallest key a Map can hold (a sliced string would keep the whole digest alive).
   * With the dedupe window full (500 000 entries) a new view matches an unrelated one with a chance
   * of about 1 in 500 million: a view not counted, once in a very long while.
   */
  view(address: string, userAgent: string, articleId: number): number {
    return createHmac('sha256', this.currentSalt()).update(`r\n${articleId}\n${address}\n${userAgent}`).digest().readUIntBE(0, 6);
  }

  /** One address, for the flood limit (another input prefix, so it never equals a view key). */
  address(address: string): number {
    return createHmac('sha256', this.currentSalt()).update(`a\n${address}`).digest().readUIntBE(0, 6);
  }
}
