// Feed dates in the site time zone: RFC 822 for RSS ("Wed, 14 Feb 2024 14:50:00 +0600") and RFC 3339
// for Atom and JSON Feed ("2024-02-14T14:50:00+06:00").

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formatters = new Map<string, Intl.DateTimeFormat>();

interface Zoned {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** minutes east of UTC */
  offset: number;
}

function zoned(tz: string, ms: number): Zoned {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(tz, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = part.value;
  // "GMT+06:00", "GMT-03:30" or plain "GMT"
  const m = /([+-])(\d{2}):?(\d{2})/.exec(p.timeZoneName ?? '');
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second), offset };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetString(minutes: number, sep: string): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${sep}${pad(abs % 60)}`;
}

/** RFC 822 (as RSS 2.0 uses it, four-digit year): "Wed, 14 Feb 2024 14:50:00 +0600" */
export function rfc822(tz: string, ms: number): string {
  const z = zoned(tz, ms);
  const weekday = WEEKDAYS[new Date(Date.UTC(z.year, z.month - 1, z.day)).getUTCDay()];
  return `${weekday}, ${pad(z.day)} ${MONTHS[z.month - 1]} ${z.year} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)} ${offsetString(z.offset, '')}`;
}

/** RFC 3339: "2024-02-14T14:50:00+06:00" */
export function rfc3339(tz: string, ms: number): string {
  const z = zoned(tz, ms);
  return `${z.year}-${pad(z.month)}-${pad(z.day)}T${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}${offsetString(z.offset, ':')}`;
}

/** HTTP date for Last-Modified: "Wed, 14 Feb 2024 08:50:00 GMT" */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}
