// A currency's history as an inline SVG line chart, built on the server: no script, no library.
// A pure function of the points and the texts it is given, so it is easy to test and to reuse.
//
// The SVG is an image for assistive technology (role="img", named by its <title> and described by its
// <desc>); the page shows the same data as a table for anyone who needs the numbers.
import { escapeHtml } from '../../../domain/text/escape.js';
import { dayNumber, niceTicks, spreadIndices } from '../../components/chart-scale.js';

export { niceTicks, spreadIndices };

export interface ChartPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface ChartOptions {
  /** prefix of the element ids (unique on the page) */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** an axis or marker value with the given count of decimals, in the page's language */
  formatValue: (value: number, decimals: number) => string;
  /** the lowest and highest values beside their markers (default: formatValue with the axis decimals, at least 2) */
  formatMark?: (value: number) => string;
  /** a short date for the time axis */
  formatDate: (date: string) => string;
  /** words before the lowest and the highest value's marker ("min", "max") */
  minLabel: string;
  maxLabel: string;
  /** shown inside the frame when there are no points */
  emptyText: string;
  /** how many dates and values the axes show at most (defaults 5 and 5) */
  xTicks?: number;
  yTicks?: number;
  className?: string;
  fontSize?: number;
}

export interface Tick {
  value: number;
  label: string;
}

const r1 = (n: number) => String(Math.round(n * 10) / 10);

export interface ChartGeometry {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: (date: string) => number;
  y: (value: number) => number;
  yTicks: number[];
  decimals: number;
}

/** Where things go: the plot frame and the two scales (exported for tests). */
export function chartGeometry(points: ChartPoint[], opts: Pick<ChartOptions, 'width' | 'height' | 'yTicks' | 'fontSize'>): ChartGeometry {
  const font = opts.fontSize ?? 12;
  const values = points.map((p) => p.value);
  const ticks = niceTicks(Math.min(...values), Math.max(...values), opts.yTicks ?? 5);
  const lo = ticks.values[0] ?? 0;
  const hi = ticks.values[ticks.values.length - 1] ?? 1;
  const longest = Math.max(...ticks.values.map((v) => v.toFixed(ticks.decimals).length), 3);
  const left = Math.round(longest * font * 0.62 + 10);
  const right = opts.width - Math.round(font * 1.2);
  const top = Math.round(font * 2);
  const bottom = opts.height - Math.round(font * 2.2);
  const d0 = points.length ? dayNumber(points[0].date) : 0;
  const d1 = points.length ? dayNumber(points[points.length - 1].date) : 0;
  const x = (date: string) => (d1 === d0 ? (left + right) / 2 : left + ((dayNumber(date) - d0) / (d1 - d0)) * (right - left));
  const y = (value: number) => (hi === lo ? (top + bottom) / 2 : bottom - ((value - lo) / (hi - lo)) * (bottom - top));
  return { left, right, top, bottom, x, y, yTicks: ticks.values, decimals: ticks.decimals };
}

/** The chart as an SVG string (points oldest first). */
export function buildChart(points: ChartPoint[], opts: ChartOptions): string {
  const { width: w, height: hgt } = opts;
  const font = opts.fontSize ?? 12;
  const titleId = `${opts.id}-title`;
  const descId = `${opts.id}-desc`;
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeHtml(opts.className ?? 'rate-chart')}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" ` +
    `role="img" aria-labelledby="${escapeHtml(titleId)}" aria-describedby="${escapeHtml(descId)}" font-size="${font}">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(opts.title)}</title><desc id="${escapeHtml(descId)}">${escapeHtml(opts.desc)}</desc>`;
  const clean = points.filter((p) => Number.isFinite(p.value));
  if (clean.length === 0) {
    return (
      open +
      `<rect class="chart-frame" x="0.5" y="0.5" width="${w - 1}" height="${hgt - 1}" fill="none" stroke="#dde2e7"/>` +
      `<text class="chart-empty" x="${w / 2}" y="${hgt / 2}" text-anchor="middle" dominant-baseline="middle" fill="#4a525c">${escapeHtml(opts.emptyText)}</text></svg>`
    );
  }
  const g = chartGeometry(clean, opts);
  const parts: string[] = [open];

  // Value axis: grid lines with their values on the left.
  parts.push('<g class="chart-grid">');
  for (const v of g.yTicks) {
    const y = r1(g.y(v));
    parts.push(`<line x1="${g.left}" x2="${g.right}" y1="${y}" y2="${y}" stroke="#dde2e7"/>`);
    parts.push(`<text class="chart-label chart-y" x="${g.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#4a525c">${escapeHtml(opts.formatValue(v, g.decimals))}</text>`);
  }
  parts.push('</g>');

  // Time axis: a few dates under the frame; the outer ones aligned to the frame's edges.
  parts.push(`<g class="chart-axis"><line x1="${g.left}" x2="${g.right}" y1="${g.bottom}" y2="${g.bottom}" stroke="#8a939c"/>`);
  const xIdx = clean.length === 1 ? [0] : spreadIndices(clean.length, opts.xTicks ?? 5);
  for (const [k, i] of xIdx.entries()) {
    const p = clean[i];
    const x = g.x(p.date);
    const anchor = clean.length === 1 ? 'middle' : k === 0 ? 'start' : k === xIdx.length - 1 ? 'end' : 'middle';
    parts.push(`<line x1="${r1(x)}" x2="${r1(x)}" y1="${g.bottom}" y2="${g.bottom + 4}" stroke="#8a939c"/>`);
    parts.push(`<text class="chart-label chart-x" x="${r1(x)}" y="${r1(g.bottom + font + 6)}" text-anchor="${anchor}" fill="#4a525c">${escapeHtml(opts.formatDate(p.date))}</text>`);
  }
  parts.push('</g>');

  const xy = clean.map((p) => [g.x(p.date), g.y(p.value)] as const);
  if (clean.length > 1) {
    const line = xy.map(([x, y], i) => `${i ? 'L' : 'M'}${r1(x)} ${r1(y)}`).join(' ');
    const area = `${line} L${r1(xy[xy.length - 1][0])} ${g.bottom} L${r1(xy[0][0])} ${g.bottom} Z`;
    parts.push(`<path class="chart-area" d="${area}" fill="#125a87" fill-opacity="0.12" stroke="none"/>`);
    parts.push(`<path class="chart-line" d="${line}" fill="none" stroke="#0b3d5c" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`);
  } else {
    parts.push(`<circle class="chart-point" cx="${r1(xy[0][0])}" cy="${r1(xy[0][1])}" r="4" fill="#0b3d5c"/>`);
  }

  // The lowest and highest values (a flat series has neither).
  const values = clean.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max > min) {
    const decimals = Math.max(2, g.decimals);
    for (const [kind, value, label] of [
      ['max', max, opts.maxLabel],
      ['min', min, opts.minLabel],
    ] as const) {
      const i = values.indexOf(value);
      const [x, y] = xy[i];
      const frac = (x - g.left) / Math.max(1, g.right - g.left);
      const anchor = frac < 0.2 ? 'start' : frac > 0.8 ? 'end' : 'middle';
      // Above the maximum and below the minimum, unless that leaves the frame.
      const above = y - 8;
      const below = y + font + 6;
      const ty = kind === 'max' ? (above - font < 0 ? below : above) : below > g.bottom - 2 ? above : below;
      parts.push(
        `<g class="chart-mark chart-${kind}"><circle cx="${r1(x)}" cy="${r1(y)}" r="3.5" fill="#fff" stroke="${kind === 'max' ? '#1c6b34' : '#b3122b'}" stroke-width="2"/>` +
          `<text x="${r1(x)}" y="${r1(ty)}" text-anchor="${anchor}" fill="${kind === 'max' ? '#1c6b34' : '#b3122b'}" font-weight="700">${escapeHtml(`${label} ${opts.formatMark ? opts.formatMark(value) : opts.formatValue(value, decimals)}`)}</text></g>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
