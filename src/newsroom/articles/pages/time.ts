// Times on the newsroom pages: always shown and typed in the site time zone (config.siteTz), whatever
// the server's or the browser's own zone is. A datetime-local field carries wall-clock time without a
// zone, so it is converted here in both directions.
import { isoDay } from '../../../i18n/format.js';

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tz}|${JSON.stringify(options)}`;
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, ...options });
    fmtCache.set(key, f);
  }
  return f;
}

function wallClock(tz: string, ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const p: Record<string, string> = {};
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
  for (const part of fmt(tz, options).formatToParts(ms)) p[part.type] = part.value;
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** Offset of the zone from UTC at an instant, in ms (Bishkek: +6 h). */
function offsetAt(tz: string, ms: number): number {
  const w = wallClock(tz, ms);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of a datetime-local input for an instant: "2024-02-14T14:32" in the site zone. */
export function toLocalInput(tz: string, ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const w = wallClock(tz, ms);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * The instant a datetime-local value names in the site zone; null for an empty value, NaN for one that
 * is not a real date and time. In a daylight-saving gap the later offset wins; in an overlap, the
 * earlier instant (as browsers do).
 */
export function fromLocalInput(tz: string, value: string): number | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (!m) return NaN;
  const [y, mo, d, hh, mi, ss] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59 || y < 1970 || y > 2999) return NaN;
  const asUtc = Date.UTC(y, mo - 1, d, hh, mi, ss);
  if (new Date(asUtc).getUTCDate() !== d) return NaN; // 31 February
  // The zone's offsets half a day either side cover any change of offset near this wall-clock time.
  const before = asUtc - offsetAt(tz, asUtc - 43_200_000);
  const after = asUtc - offsetAt(tz, asUtc + 43_200_000);
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  const candidates = [before, after].filter((c) => toLocalInput(tz, c) === wanted);
  if (candidates.length) return Math.min(...candidates);
  return before; // a wall-clock time skipped by a DST change: read with the offset before it (moves forward)
}

/**
 * A compact timestamp for lists and panels, in the site zone: "14:32" today, "13 Feb, 09:05" this year,
 * "3 Dec 2023, 18:00" before.
 */
export function formatStamp(tz: string, ms: number, now: number): string {
  const w = wallClock(tz, ms);
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  if (isoDay(tz, ms) === isoDay(tz, now)) return `today ${time}`;
  const dm = fmt(tz, { day: 'numeric', month: 'short' }).format(ms);
  if (w.year === wallClock(tz, now).year) return `${dm}, ${time}`;
  return `${dm} ${w.year}, ${time}`;
}

/** "14 February 2024, 14:32" for the edit page's details. */
export function formatFull(tz: string, ms: number): string {
  const w = wallClock(tz, ms);
  return `${fmt(tz, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms)}, ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "14:32" */
export function formatClock(tz: string, ms: number): string {
  const w = wallClock(tz, ms);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Short name of the zone for labels: "Asia/Bishkek, UTC+6". */
export function zoneLabel(tz: string, at: number): string {
  const off = offsetAt(tz, at) / 60_000;
  const sign = off >= 0 ? '+' : '−';
  const h = Math.floor(Math.abs(off) / 60);
  const m = Math.abs(off) % 60;
  return `${tz}, UTC${sign}${h}${m ? ':' + pad(m) : ''}`;
}
