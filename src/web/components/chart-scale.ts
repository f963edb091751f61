// Pure helpers shared by the server-rendered SVG charts (the rates history on the site, the view
// counts in the newsroom): round tick values, evenly spread labels, day numbers for a time axis.

/** Round tick values covering [min, max] with about `count` steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): { values: number[]; step: number; decimals: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { values: [], step: 0, decimals: 0 };
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    // A flat series: a band around the value, so the line sits in the middle.
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.01 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count - 1);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals++;
  const values: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) values.push(Number(v.toFixed(decimals + 2)));
  return { values, step, decimals };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Up to `count` indices spread evenly over `length` items, first and last included. */
export function spreadIndices(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length === 1 || count <= 1) return [0];
  const n = Math.min(length, count);
  const out = new Set<number>();
  for (let i = 0; i < n; i++) out.add(Math.round((i * (length - 1)) / (n - 1)));
  return [...out];
}
