// The statistics' pure parts: day windows and gap filling, the column chart's geometry and markup, the
// chart's description, the article chart's first day.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleChartRange } from '../../src/newsroom/stats/article-data.js';
import { barGeometry, buildBarChart, type BarChartOptions } from '../../src/newsroom/stats/chart.js';
import { axisDate, describeSeries, spansYears } from '../../src/newsroom/stats/format.js';
import { CHART_PERIODS, daysIn, fillDays, lastDays, oneOf } from '../../src/newsroom/stats/periods.js';

const OPTS: BarChartOptions = {
  id: 'c',
  width: 600,
  height: 300,
  title: 'Views per day',
  desc: 'A description',
  formatValue: (v) => String(v),
  formatDate: (d) => d.slice(5),
  valueCaption: 'Views',
  emptyText: 'No views',
};

describe('day windows', () => {
  it('counts today in, across months and a leap day', () => {
    expect(lastDays('2024-02-14', 1)).toEqual({ from: '2024-02-14', to: '2024-02-14' });
    expect(lastDays('2024-02-14', 7)).toEqual({ from: '2024-02-08', to: '2024-02-14' });
    expect(lastDays('2024-03-01', 30)).toEqual({ from: '2024-02-01', to: '2024-03-01' }); // 29 days of February
    expect(daysIn(lastDays('2024-02-14', 365))).toBe(365);
  });

  it('fills every day of the range, oldest first, with 0 where there is no row', () => {
    const points = fillDays({ from: '2024-02-27', to: '2024-03-02' }, new Map([['2024-02-29', 5], ['2024-03-02', 1], ['2024-03-05', 9]]));
    expect(points).toEqual([
      { day: '2024-02-27', value: 0 },
      { day: '2024-02-28', value: 0 },
      { day: '2024-02-29', value: 5 },
      { day: '2024-03-01', value: 0 },
      { day: '2024-03-02', value: 1 },
    ]);
  });

  it('reads a choice from the query: absent is the default, unknown or repeated is refused', () => {
    expect(oneOf(undefined, CHART_PERIODS, 30)).toBe(30);
    expect(oneOf('365', CHART_PERIODS, 30)).toBe(365);
    expect(oneOf('45', CHART_PERIODS, 30)).toBeNull();
    expect(oneOf(['30', '90'], CHART_PERIODS, 30)).toBeNull();
  });
});

describe("an article's chart", () => {
  it('starts at publication or at an earlier first view, and goes back a year at most', () => {
    expect(articleChartRange('2024-02-14', '2024-02-10', null)).toEqual({ range: { from: '2024-02-10', to: '2024-02-14' }, capped: false });
    expect(articleChartRange('2024-02-14', '2024-02-10', '2024-01-03')).toEqual({ range: { from: '2024-01-03', to: '2024-02-14' }, capped: false });
    expect(articleChartRange('2024-02-14', '2021-05-01', '2023-03-01')).toEqual({ range: { from: '2023-02-15', to: '2024-02-14' }, capped: true });
    expect(articleChartRange('2024-02-14', null, null)).toBeNull();
    expect(articleChartRange('2024-02-14', '2024-02-20', null)).toBeNull(); // scheduled for later
  });
});

describe('the column chart', () => {
  it('scales from 0 in whole steps, even for tiny counts', () => {
    expect(barGeometry(10, 0, OPTS).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(barGeometry(10, 3, OPTS).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(barGeometry(10, 190, OPTS).ticks).toEqual([0, 50, 100, 150, 200]);
  });

  it('draws one column per day with its value, heights in proportion, zero days flat', () => {
    const points = fillDays({ from: '2024-02-01', to: '2024-02-05' }, new Map([['2024-02-02', 100], ['2024-02-04', 50], ['2024-02-05', 1]]));
    const svg = buildBarChart(points, OPTS);
    expect(XMLValidator.validate(svg)).toBe(true);
    const cols = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" data-day="([\d-]+)" data-value="(\d+)"/g)].map((m) => ({ x: Number(m[1]), h: Number(m[4]), day: m[5], v: Number(m[6]) }));
    expect(cols.map((c) => [c.day, c.v])).toEqual(points.map((p) => [p.day, p.value]));
    expect(cols[1].h / cols[3].h).toBeCloseTo(2, 1);
    expect(cols[0].h).toBe(0);
    expect(cols[4].h).toBeGreaterThanOrEqual(1); // a single view is still visible
    expect(cols.every((c, i) => i === 0 || c.x > cols[i - 1].x)).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title" aria-describedby="c-desc"/);
    expect(svg).not.toContain('No views');
  });

  it('marks an all-zero chart as empty and escapes every text', () => {
    const svg = buildBarChart(fillDays({ from: '2024-02-01', to: '2024-02-03' }, new Map()), { ...OPTS, title: 'A <b> & "c"', emptyText: 'Nothing <yet>' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title id="c-title">A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(svg).toContain('>Nothing &lt;yet&gt;</text>');
  });

  it('centres date labels under their columns and moves the outer ones inside the image', () => {
    const points = fillDays(lastDays('2024-02-14', 90), new Map());
    const labelsOf = (svg: string) =>
      [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" fill="#4a525c">([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), anchor: m[2], text: m[3] }));
    const short = labelsOf(buildBarChart(points, { ...OPTS, xTicks: 4 }));
    expect(short.map((l) => l.text)).toEqual(['11-17', '12-17', '01-15', '02-14']);
    // the first fits beside the value axis; the last column is too close to the right edge
    expect(short.map((l) => l.anchor)).toEqual(['middle', 'middle', 'middle', 'end']);
    const long = labelsOf(buildBarChart(points, { ...OPTS, xTicks: 4, formatDate: (d) => `the very long day ${d}` }));
    expect(long.map((l) => l.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
    expect(long[0].x).toBeGreaterThanOrEqual(0);
    expect(long[3].x).toBeLessThanOrEqual(OPTS.width);
  });
});

describe('texts', () => {
  it('describes the period, total, average, busiest day and empty days', () => {
    const points = fillDays({ from: '2024-02-12', to: '2024-02-14' }, new Map([['2024-02-13', 1500], ['2024-02-14', 1]]));
    expect(describeSeries(points)).toBe('From Mon, 12 Feb 2024 to Wed, 14 Feb 2024: 1,501 views in total, 500 a day on average; the busiest day was Tue, 13 Feb 2024 with 1,500 views; 1 day without views.');
    expect(describeSeries(points.slice(2))).toBe('On Wed, 14 Feb 2024: 1 view in total.');
    expect(describeSeries(fillDays({ from: '2024-02-12', to: '2024-02-13' }, new Map()))).toBe('No views were counted from Mon, 12 Feb 2024 to Tue, 13 Feb 2024.');
  });

  it('puts the year on axis dates when the chart crosses a new year', () => {
    const points = fillDays(lastDays('2024-02-14', 90), new Map());
    expect(spansYears(points)).toBe(true);
    expect(spansYears(points.slice(-30))).toBe(false);
    expect(axisDate('2023-12-31', true)).toBe('31 Dec 2023');
    expect(axisDate('2024-02-14', false)).toBe('14 Feb');
  });
});
