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

  /** One reader (address + browser): 96 bits of HMAC-SHA256, 16 characters. */
  reader(address: string, userAgent: string): string {
    return createHmac('sha256', this.currentSalt()).update('r\n').update(address).update('\n').update(userAgent).digest('base64url').slice(0, 16);
  }

  /** One address, for the flood limit (a different input prefix, so it never equals a reader hash). */
  address(address: string): string {
    return createHmac('sha256', this.currentSalt()).update('a\n').update(address).digest('base64url').slice(0, 16);
  }
}
