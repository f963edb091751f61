// Rates page URLs: the page, and the page with a date, a chart and a conversion chosen.
import type { Lang } from '../../../domain/lang.js';

export const CHART_PERIODS = [30, 90, 365] as const;
export type ChartPeriod = (typeof CHART_PERIODS)[number];
export const DEFAULT_PERIOD: ChartPeriod = 30;

export type Direction = 'to-som' | 'from-som';

/** What the page's forms send, cleaned; every value here is safe to echo back into forms and links. */
export interface RatesState {
  /** YYYY-MM-DD as asked for, or '' for the current rates */
  date: string;
  /** the chart's currency as asked for, or '' for the default */
  code: string;
  days: ChartPeriod;
  /** the converter's fields as typed ('' when the converter was not used) */
  amount: string;
  currency: string;
  direction: Direction;
}

export const EMPTY_STATE: RatesState = { date: '', code: '', days: DEFAULT_PERIOD, amount: '', currency: '', direction: 'to-som' };

export const ratesPath = (lang: Lang) => `/${lang}/rates/`;

/** The URL of a state of the page; defaults are left out, so the plain page is the bare path. */
export function ratesHref(lang: Lang, st: Partial<RatesState> = {}, hash = ''): string {
  const p = new URLSearchParams();
  if (st.date) p.set('date', st.date);
  if (st.code) p.set('code', st.code);
  if (st.days && st.days !== DEFAULT_PERIOD) p.set('days', String(st.days));
  if (st.amount) {
    p.set('amount', st.amount);
    if (st.currency) p.set('currency', st.currency);
    if (st.direction && st.direction !== 'to-som') p.set('direction', st.direction);
  }
  const q = p.toString();
  return ratesPath(lang) + (q ? `?${q}` : '') + hash;
}
