// A daily-views chart on a page: two drawings of the same figures, a wide one for screens and a narrow
// one whose labels stay legible on a phone (CSS shows one; the hidden one is hidden from assistive
// technology too), or one small drawing for the per-language charts side by side.
import { h, raw, type SafeHtml } from '../../web/jsx.js';
import { buildBarChart, type BarChartOptions } from './chart.js';
import { axisDate, describeSeries, formatCount, longDate, spansYears, views } from './format.js';
import type { DayValue } from './periods.js';

function common(p: { id: string; title: string; points: DayValue[]; scaleMax?: number }): Omit<BarChartOptions, 'width' | 'height'> {
  const withYear = spansYears(p.points);
  return {
    id: p.id,
    title: p.title,
    desc: describeSeries(p.points),
    formatValue: formatCount,
    formatDate: (day) => axisDate(day, withYear),
    barTitle: (pt) => `${longDate(pt.day)}: ${views(pt.value)}`,
    valueCaption: 'Views',
    emptyText: 'No views in this period',
    scaleMax: p.scaleMax,
  };
}

export function DailyChart(p: { id: string; title: string; points: DayValue[] }): SafeHtml {
  const c = common(p);
  const wide = buildBarChart(p.points, { ...c, id: `${p.id}-wide`, width: 1000, height: 300, xTicks: 7, className: 'st-chart st-chart--wide' });
  const narrow = buildBarChart(p.points, { ...c, id: `${p.id}-narrow`, width: 340, height: 230, xTicks: 3, yTicks: 4, fontSize: 11, className: 'st-chart st-chart--narrow' });
  return (
    <figure class="st-figure">
      {raw(wide)}
      {raw(narrow)}
    </figure>
  );
}

/** One of the small charts drawn side by side on a shared scale (scaleMax), with its heading. */
export function SmallChart(p: { id: string; heading: string; title: string; points: DayValue[]; scaleMax: number }): SafeHtml {
  const svg = buildBarChart(p.points, { ...common(p), width: 340, height: 190, xTicks: 3, yTicks: 4, fontSize: 11, className: 'st-chart st-chart--small' });
  const total = p.points.reduce((s, pt) => s + pt.value, 0);
  return (
    <figure class="st-small">
      <figcaption>
        <strong>{p.heading}</strong> <span class="nr-muted">{views(total)}</span>
      </figcaption>
      {raw(svg)}
    </figure>
  );
}
