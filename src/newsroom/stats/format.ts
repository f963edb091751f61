// Figures and dates as the statistics pages write them (the newsroom is in English): grouped counts,
// short axis dates, and the sentence that describes a chart to someone who cannot see it.
import type { DayValue } from './periods.js';

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "12,345" */
export function formatCount(n: number): string {
  return count.format(n);
}

/** "1 view", "12,345 views" */
export function views(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'view' : 'views'}`;
}

function utc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

// The days are calendar dates already in the site zone: formatted as UTC so that nothing shifts them.
const short = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const shortYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const long = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "14 Feb", or "14 Feb 2024" when the chart spans more than one year */
export function axisDate(day: string, withYear: boolean): string {
  return (withYear ? shortYear : short).format(utc(day));
}

/** "Wed, 14 Feb 2024" */
export function longDate(day: string): string {
  return long.format(utc(day));
}

/** Does the series cross a new year (then its axis dates carry the year)? */
export function spansYears(points: DayValue[]): boolean {
  return points.length > 0 && points[0].day.slice(0, 4) !== points[points.length - 1].day.slice(0, 4);
}

/** The chart's <desc>: period, total, daily average, the busiest day and the days without views. */
export function describeSeries(points: DayValue[]): string {
  if (!points.length) return 'No days to show.';
  const from = longDate(points[0].day);
  const to = longDate(points[points.length - 1].day);
  const total = points.reduce((s, p) => s + p.value, 0);
  if (total === 0) return `No views were counted from ${from} to ${to}.`;
  const busiest = points.reduce((b, p) => (p.value > b.value ? p : b), points[0]);
  const empty = points.filter((p) => p.value === 0).length;
  const average = Math.round(total / points.length);
  const span = points.length === 1 ? `On ${from}` : `From ${from} to ${to}`;
  return (
    `${span}: ${views(total)} in total` +
    (points.length > 1 ? `, ${formatCount(average)} a day on average; the busiest day was ${longDate(busiest.day)} with ${views(busiest.value)}` : '') +
    (empty ? `; ${empty} ${empty === 1 ? 'day' : 'days'} without views.` : '.')
  );
}
