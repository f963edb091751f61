// Times on the account, users and audit pages, in the site time zone (config.siteTz).
const cache = new Map<string, Intl.DateTimeFormat>();

function format(tz: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${tz}|${seconds}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    });
    cache.set(key, f);
  }
  return f;
}

/** "14 Feb 2024, 14:50" (with seconds: "14 Feb 2024, 14:50:07") in the zone. */
export function formatWhen(tz: string, ms: number, opts: { seconds?: boolean } = {}): string {
  return format(tz, Boolean(opts.seconds)).format(ms).replace(' at ', ', ');
}

/** The ISO instant for a <time datetime> attribute. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** "in 7 days", "in 23 hours", "in 5 minutes" */
export function formatIn(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} hours`;
  return `in ${Math.round(hours / 24)} days`;
}
