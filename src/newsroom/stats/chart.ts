// Views per day as an inline SVG column chart, drawn on the server: no script, no library. A pure
// function of the points and the texts it is given.
//
// For assistive technology the SVG is one image (role="img") named by its <title> and described by its
// <desc>; the page carries the same figures in a table. Each column keeps its day and value in data-
// attributes (and a hover title when asked), so the chart can be checked against the table.
import { escapeHtml } from '../../domain/text/escape.js';
import { niceTicks, spreadIndices } from '../../web/components/chart-scale.js';
import type { DayValue } from './periods.js';

export interface BarChartOptions {
  /** prefix of the element ids (unique on the page) */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** a value on the value axis (whole numbers) */
  formatValue: (value: number) => string;
  /** a short date on the time axis */
  formatDate: (day: string) => string;
  /** a hover text per column ("Wed 14 Feb 2024: 1,204 views"); none when absent */
  barTitle?: (point: DayValue) => string;
  /** the words above the value axis ("views") */
  valueCaption: string;
  /** shown across the plot when every value is 0 */
  emptyText: string;
  /** the scale's top at least this value (charts drawn side by side share one scale) */
  scaleMax?: number;
  xTicks?: number;
  yTicks?: number;
  fontSize?: number;
  className?: string;
}

const r1 = (n: number) => String(Math.round(n * 10) / 10);

export interface BarGeometry {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** the value axis' tick values, 0 first */
  ticks: number[];
  /** the slot of column i: its left edge and width */
  slot: (i: number) => { x: number; width: number };
  y: (value: number) => number;
}

/** Where things go (exported for tests): the plot frame, the value scale from 0, a slot per day. */
export function barGeometry(count: number, max: number, opts: Pick<BarChartOptions, 'width' | 'height' | 'yTicks' | 'fontSize' | 'formatValue'>): BarGeometry {
  const font = opts.fontSize ?? 12;
  const tickCount = opts.yTicks ?? 5;
  // Counts are whole: a scale of at least tickCount - 1 keeps the steps at 1 or more.
  const ticks = niceTicks(0, Math.max(max, tickCount - 1), tickCount).values;
  const hi = ticks[ticks.length - 1];
  const longest = Math.max(...ticks.map((v) => opts.formatValue(v).length), 3);
  const left = Math.round(longest * font * 0.62 + 10);
  const right = opts.width - Math.round(font * 0.8);
  const top = Math.round(font * 2.2);
  const bottom = opts.height - Math.round(font * 2.2);
  const step = (right - left) / Math.max(1, count);
  // Columns with a gap while they are wide enough to show one; touching when the days are many.
  const width = step >= 4 ? step * 0.72 : step;
  return {
    left,
    right,
    top,
    bottom,
    ticks,
    slot: (i) => ({ x: left + i * step + (step - width) / 2, width }),
    y: (value) => bottom - (value / hi) * (bottom - top),
  };
}

/** The chart as an SVG string (points oldest first, one per day). */
export function buildBarChart(points: DayValue[], opts: BarChartOptions): string {
  const { width: w, height: hgt } = opts;
  const font = opts.fontSize ?? 12;
  const titleId = `${opts.id}-title`;
  const descId = `${opts.id}-desc`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeHtml(opts.className ?? 'st-chart')}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" ` +
      `role="img" aria-labelledby="${escapeHtml(titleId)}" aria-describedby="${escapeHtml(descId)}" font-size="${font}">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(opts.title)}</title><desc id="${escapeHtml(descId)}">${escapeHtml(opts.desc)}</desc>`,
  ];
  const max = points.reduce((m, p) => Math.max(m, p.value), 0);
  const g = barGeometry(points.length, Math.max(max, opts.scaleMax ?? 0), opts);

  // Value axis: grid lines with their values on the left, the caption above them.
  parts.push(`<text class="st-chart-caption" x="${g.left}" y="${r1(g.top - font * 0.9)}" text-anchor="start" fill="#4a525c">${escapeHtml(opts.valueCaption)}</text>`);
  parts.push('<g class="st-chart-grid">');
  for (const v of g.ticks) {
    const y = r1(g.y(v));
    parts.push(`<line x1="${g.left}" x2="${g.right}" y1="${y}" y2="${y}" stroke="${v === 0 ? '#8a939c' : '#dde2e7'}"/>`);
    parts.push(`<text class="st-chart-y" x="${g.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#4a525c">${escapeHtml(opts.formatValue(v))}</text>`);
  }
  parts.push('</g>');

  // Time axis: a few dates centred under their columns, moved inwards where they would leave the image.
  parts.push('<g class="st-chart-x">');
  for (const i of spreadIndices(points.length, opts.xTicks ?? 6)) {
    const s = g.slot(i);
    const x = s.x + s.width / 2;
    const text = opts.formatDate(points[i].day);
    const half = (text.length * font * 0.58) / 2; // about half the label's width
    const [anchor, tx] = x - half < 2 ? ['start', 2] : x + half > w - 2 ? ['end', w - 2] : ['middle', x];
    parts.push(`<line x1="${r1(x)}" x2="${r1(x)}" y1="${g.bottom}" y2="${g.bottom + 4}" stroke="#8a939c"/>`);
    parts.push(`<text x="${r1(tx)}" y="${r1(g.bottom + font + 6)}" text-anchor="${anchor}" fill="#4a525c">${escapeHtml(text)}</text>`);
  }
  parts.push('</g>');

  // The columns: a day with views is at least one pixel tall, so that it never looks like a zero.
  parts.push('<g class="st-chart-bars" fill="#125a87">');
  points.forEach((p, i) => {
    const s = g.slot(i);
    const y = p.value > 0 ? Math.min(g.y(p.value), g.bottom - 1) : g.bottom;
    const tip = opts.barTitle ? `<title>${escapeHtml(opts.barTitle(p))}</title>` : '';
    parts.push(
      `<rect x="${r1(s.x)}" y="${r1(y)}" width="${r1(Math.max(s.width, 0.5))}" height="${r1(g.bottom - y)}" data-day="${p.day}" data-value="${p.value}">${tip}</rect>`,
    );
  });
  parts.push('</g>');

  if (max === 0) {
    parts.push(
      `<text class="st-chart-empty" x="${r1((g.left + g.right) / 2)}" y="${r1((g.top + g.bottom) / 2)}" text-anchor="middle" dominant-baseline="middle" fill="#4a525c">${escapeHtml(opts.emptyText)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
