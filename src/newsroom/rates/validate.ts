// Reading the correction form: what was typed (shown again after an error), the parsed values and a
// message per field. Checks against stored rates (known code, plausible value) happen in the route.
import { addDays, isValidIsoDay } from '../../i18n/format.js';
import { parseAmount } from '../../i18n/currencies.js';

export interface CorrectionTyped {
  code: string;
  date: string;
  rate: string;
  note: string;
  confirm: boolean;
}

export type CorrectionField = 'code' | 'date' | 'rate' | 'note';
export type CorrectionErrors = Partial<Record<CorrectionField, string>>;

export interface ParsedCorrection {
  typed: CorrectionTyped;
  errors: CorrectionErrors;
  code: string;
  date: string;
  rate: number;
  note: string;
}

export const NOTE_MAX = 500;
/** No currency is worth a million som; a bigger number is a typing slip. */
export const RATE_MAX = 1_000_000;
/** A value more than this many times (or less than 1/this) the previous day's needs a confirmation. */
export const JUMP_FACTOR = 10;

function text(body: Record<string, unknown> | null | undefined, name: string): string {
  const v = body?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

/**
 * `latestAllowed`: the last date a correction may be for (tomorrow in the site's time zone: the
 * National Bank publishes a day ahead). `first`: the first stored date, if any.
 */
export function parseCorrection(body: Record<string, unknown> | null | undefined, opts: { latestAllowed: string; first: string | null }): ParsedCorrection {
  const typed: CorrectionTyped = {
    code: text(body, 'code').slice(0, 20),
    date: text(body, 'date').slice(0, 20),
    rate: text(body, 'rate').slice(0, 40),
    note: text(body, 'note').slice(0, NOTE_MAX * 2),
    confirm: text(body, 'confirm') === 'yes',
  };
  const errors: CorrectionErrors = {};
  const code = typed.code.trim().toUpperCase();
  if (!code) errors.code = 'Enter the currency code, such as USD.';
  else if (!/^[A-Z]{3}$/.test(code)) errors.code = `“${typed.code.trim()}” is not a currency code: three Latin letters, such as USD.`;

  const date = typed.date.trim();
  if (!date) errors.date = 'Enter the date the rate applies to.';
  else if (!isValidIsoDay(date)) errors.date = `“${date}” is not a date. Use the date picker, or type it as YYYY-MM-DD.`;
  else if (date > opts.latestAllowed) errors.date = `Rates can be corrected up to ${opts.latestAllowed} (the National Bank publishes a day ahead), not for ${date}.`;
  else if (opts.first && date < opts.first) errors.date = `The stored rates start on ${opts.first}; there is nothing to correct on ${date}.`;

  const amount = parseAmount(typed.rate);
  let rate = NaN;
  if (!typed.rate.trim()) errors.rate = 'Enter the correct rate in som per one unit, e.g. 89.43 or 89,43.';
  else if (/^\s*-/.test(typed.rate) || amount === 0) errors.rate = 'The rate must be above zero.';
  else if (amount === null || !Number.isFinite(amount)) errors.rate = `“${typed.rate.trim()}” is not a number. Write it like 89.43 or 89,43.`;
  else if (amount > RATE_MAX) errors.rate = `${typed.rate.trim()} som for one unit cannot be right. Enter som per one unit of the currency.`;
  else rate = amount;

  const note = typed.note.replace(/\s+/g, ' ').trim();
  if (!note) errors.note = 'Say why the rate is corrected: the note is kept with the correction.';
  else if (note.length > NOTE_MAX) errors.note = `Keep the note under ${NOTE_MAX} characters (it has ${note.length}).`;

  return { typed, errors, code, date, rate, note };
}

/** Tomorrow, as a YYYY-MM-DD date: the last date a correction may be for. */
export function latestCorrectable(today: string): string {
  return addDays(today, 1);
}
