import { describe, expect, it } from 'vitest';
import { buildChart, chartGeometry, niceTicks, spreadIndices, type ChartOptions, type ChartPoint } from '../../src/web/site/rates/chart.js';
import { currencyName, formatAmount, formatSigned, NAMED_CURRENCIES, parseAmount } from '../../src/i18n/currencies.js';

const OPTS: ChartOptions = {
  id: 'c',
  width: 600,
  height: 300,
  title: 'US dollar (USD): the rate over 30 days',
  desc: 'From 1 to 5 February the rate went up.',
  formatValue: (v, d) => v.toFixed(d),
  formatDate: (d) => `D${d.slice(8)}`,
  minLabel: 'min',
  maxLabel: 'max',
  emptyText: 'No rates',
};

const series = (values: number[], start = 1): ChartPoint[] => values.map((value, i) => ({ date: `2024-02-${String(start + i).padStart(2, '0')}`, value }));
const numbers = (svg: string, attr: string) => [...svg.matchAll(new RegExp(`${attr}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('niceTicks', () => {
  it('covers the values with round steps', () => {
    const t = niceTicks(87.31, 89.62, 5);
    expect(t.values[0]).toBeLessThanOrEqual(87.31);
    expect(t.values[t.values.length - 1]).toBeGreaterThanOrEqual(89.62);
    expect(t.step).toBe(1);
    expect(t.decimals).toBe(0);
    expect(t.values).toEqual([87, 88, 89, 90]);
    expect(niceTicks(87.31, 89.62, 8)).toMatchObject({ step: 0.5, decimals: 1, values: [87, 87.5, 88, 88.5, 89, 89.5, 90] });
  });

  it('finds decimals for small currencies and quarter steps', () => {
    const t = niceTicks(0.1702, 0.1731, 5);
    expect(t.step).toBe(0.001);
    expect(t.decimals).toBe(3);
    expect(niceTicks(0, 1, 5)).toMatchObject({ step: 0.25, decimals: 2, values: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('puts a band around a flat series instead of dividing by zero', () => {
    const t = niceTicks(89.43, 89.43, 5);
    expect(t.values.length).toBeGreaterThanOrEqual(2);
    expect(t.values[0]).toBeLessThan(89.43);
    expect(t.values[t.values.length - 1]).toBeGreaterThan(89.43);
    expect(niceTicks(0, 0).values.every(Number.isFinite)).toBe(true);
  });
});

describe('spreadIndices', () => {
  it('spreads ticks evenly with both ends', () => {
    expect(spreadIndices(30, 5)).toEqual([0, 7, 15, 22, 29]);
    expect(spreadIndices(3, 5)).toEqual([0, 1, 2]);
    expect(spreadIndices(1, 5)).toEqual([0]);
    expect(spreadIndices(0, 5)).toEqual([]);
  });
});

describe('buildChart', () => {
  const pts = series([88, 89.5, 87.25, 90, 88.75]);
  const svg = buildChart(pts, OPTS);

  it('is an image named by its title and described by its description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="rate-chart" viewBox="0 0 600 300" width="600" height="300" role="img" aria-labelledby="c-title" aria-describedby="c-desc"/);
    expect(svg).toContain(`<title id="c-title">${OPTS.title}</title><desc id="c-desc">${OPTS.desc}</desc>`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('scales dates left to right and values bottom to top, inside the frame', () => {
    const g = chartGeometry(pts, OPTS);
    expect(g.x('2024-02-01')).toBe(g.left);
    expect(g.x('2024-02-05')).toBe(g.right);
    expect(g.x('2024-02-03')).toBeCloseTo((g.left + g.right) / 2);
    expect(g.y(90)).toBeLessThan(g.y(88));
    expect(g.y(g.yTicks[0])).toBe(g.bottom);
    expect(g.y(g.yTicks[g.yTicks.length - 1])).toBe(g.top);
    expect(g.left).toBeGreaterThan(0);
    expect(g.right).toBeLessThan(OPTS.width);
    expect(g.bottom).toBeLessThan(OPTS.height);
    // Every coordinate drawn is a number within the picture.
    for (const v of [...numbers(svg, 'x'), ...numbers(svg, 'x1'), ...numbers(svg, 'cx')]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(600);
    for (const v of [...numbers(svg, 'y'), ...numbers(svg, 'y1'), ...numbers(svg, 'cy')]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(300);
    expect(svg).not.toContain('NaN');
  });

  it('labels the axes with dates and values written by the given formatters', () => {
    const x = [...svg.matchAll(/class="chart-label chart-x"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(x).toEqual(['D01', 'D02', 'D03', 'D04', 'D05']);
    expect(svg).toMatch(/class="chart-label chart-x" x="[\d.]+" y="[\d.]+" text-anchor="start"[^>]*>D01</);
    expect(svg).toMatch(/text-anchor="end"[^>]*>D05</);
    const y = [...svg.matchAll(/class="chart-label chart-y"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(y).toEqual(['87', '88', '89', '90']);
  });

  it('draws a line and the area under it, and marks the lowest and highest values', () => {
    expect(svg).toMatch(/<path class="chart-area" d="M[\d. L]+ Z"/);
    expect(svg).toMatch(/<path class="chart-line" d="M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){4}" fill="none"/);
    expect(svg).toMatch(/<g class="chart-mark chart-max">.*>max 90\.00<\/text><\/g>/);
    expect(svg).toMatch(/<g class="chart-mark chart-min">.*>min 87\.25<\/text><\/g>/);
  });

  it('writes the marked values with their own formatter when given one', () => {
    const x = buildChart(pts, { ...OPTS, formatMark: (v) => `<${v.toFixed(4)}>` });
    expect(x).toContain('>max &lt;90.0000&gt;</text>');
    expect(x).toContain('>min &lt;87.2500&gt;</text>');
  });

  it('limits the dates on the axis', () => {
    const long = buildChart(series(Array.from({ length: 28 }, (_, i) => 80 + Math.sin(i))), { ...OPTS, xTicks: 4 });
    expect((long.match(/chart-label chart-x/g) ?? []).length).toBe(4);
  });

  it('draws a flat series as a level line without min and max marks', () => {
    const flat = buildChart(series([89.43, 89.43, 89.43]), OPTS);
    expect(flat).not.toContain('NaN');
    expect(flat).toContain('class="chart-line"');
    expect(flat).not.toContain('chart-mark');
    const ys = [...flat.matchAll(/class="chart-line" d="([^"]+)"/g)][0][1].match(/ ([\d.]+)/g)!.map(Number);
    expect(new Set(ys).size).toBe(1);
  });

  it('draws a single point as a dot in the middle with its date', () => {
    const one = buildChart([{ date: '2024-02-14', value: 89.43 }], OPTS);
    expect(one).not.toContain('NaN');
    expect(one).toMatch(/<circle class="chart-point" cx="(\d+(\.\d)?)"/);
    expect(one).not.toContain('chart-line');
    expect(one).toMatch(/text-anchor="middle"[^>]*>D14</);
    expect(one).not.toContain('chart-mark');
  });

  it('says there is no data when there are no points', () => {
    const none = buildChart([], OPTS);
    expect(none).toContain('<title id="c-title">');
    expect(none).toContain('<text class="chart-empty"');
    expect(none).toContain('>No rates</text>');
    expect(none).not.toContain('<path');
  });

  it('escapes the texts it is given', () => {
    const x = buildChart(pts, { ...OPTS, title: 'A <b> & "c"', formatDate: () => '<i>' });
    expect(x).toContain('<title id="c-title">A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(x).not.toContain('<i>');
  });
});

describe('currency names and amounts', () => {
  it('names every published currency in every language, in that language', () => {
    for (const code of 'USD EUR RUB KZT CNY GBP JPY CHF TRY UZS TJS AZN AMD GEL BYN UAH MDL TMT KRW INR AED SAR CAD AUD NZD SEK NOK DKK PLN CZK HUF ILS IRR PKR AFN MNT MYR SGD HKD THB VND IDR BRL ZAR EGP KWD'.split(' ')) {
      expect(NAMED_CURRENCIES).toContain(code);
      for (const lang of ['ru', 'ky', 'en'] as const) expect(currencyName(lang, code)).not.toBe(code);
      expect(currencyName('ru', code)).toMatch(/[А-Яа-яЁё]/);
    }
    expect(currencyName('ky', 'USD')).toBe('АКШ доллары');
    expect(currencyName('ky', 'RUB')).toBe('Орус рублу');
    expect(currencyName('en', 'QQQ')).toBe('QQQ');
  });

  it('writes amounts with the language’s grouping and decimal mark', () => {
    expect(formatAmount('en', 12345.5)).toBe('12,345.50');
    expect(formatAmount('ru', 12345.5)).toMatch(/^12\s345,50$/);
    expect(formatAmount('ky', 0.5, 4)).toBe('0,5000');
    expect(formatSigned('en', 0.12344)).toBe('+0.1234');
    expect(formatSigned('ru', -0.5)).toBe('−0,5000');
    expect(formatSigned('en', -0.00001)).toBe('0.0000');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('1000')).toBe(1000);
    expect(parseAmount(' 1 000,50 ')).toBe(1000.5);
    expect(parseAmount('1,000.50')).toBe(1000.5);
    expect(parseAmount('1.000,50')).toBe(1000.5);
    expect(parseAmount('1,000,000')).toBe(1000000);
    expect(parseAmount('0,5')).toBe(0.5);
    expect(parseAmount('1,2,3')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('.')).toBeNull();
    expect(parseAmount('1e5')).toBeNull();
  });
});
