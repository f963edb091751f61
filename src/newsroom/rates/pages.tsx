// The rates correction page: a day's rates with their source and corrections, the correction form,
// and the history of corrections.
import { currencyName } from '../../i18n/currencies.js';
import type { RatesDay } from '../../store/rates.js';
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { ratesPath } from '../../web/site/rates/urls.js';
import type { CorrectionEntry } from './history.js';
import { NOTE_MAX, type CorrectionErrors, type CorrectionTyped } from './validate.js';

export const RATES_URL = '/newsroom/rates/';

const SOURCES: Record<string, string> = {
  nbkr: 'NBKR daily',
  'nbkr-weekly': 'NBKR weekly',
  cbr: 'CBR daily',
  demo: 'demo data',
  correction: 'correction only',
};

export function sourceLabel(source: string | null): string {
  return source ? (SOURCES[source] ?? source) : '—';
}

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14 Feb 2024" for a YYYY-MM-DD date. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return dateFmt.format(Date.UTC(y, m - 1, d, 12));
}

export function timeLabel(ms: number, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz }).format(ms);
}

/** A rate as editors read it: 4 decimals, or 4 significant digits below 1 som. */
export function rateText(n: number): string {
  if (n >= 1) return n.toLocaleString('en-GB', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return Number(n.toPrecision(4)).toString();
}

/** The same without grouping, to put back into the form's rate field. */
export function rateInput(n: number): string {
  return n >= 1 ? String(Number(n.toFixed(4))) : String(Number(n.toPrecision(4)));
}

function changeText(rate: number, previous: number | null): { text: string; dir: 'up' | 'down' | 'same' | 'none' } {
  if (previous === null) return { text: '—', dir: 'none' };
  const d = rate - previous;
  if (Math.abs(d) < 0.00005) return { text: '0', dir: 'same' };
  const abs = Math.abs(d);
  const body = abs >= 0.0001 ? abs.toFixed(4) : abs.toPrecision(2);
  return d > 0 ? { text: `+${body}`, dir: 'up' } : { text: `−${body}`, dir: 'down' };
}

export interface RatesPageData {
  /** the date asked for (or today) */
  requested: string;
  day: RatesDay | null;
  range: { first: string; last: string; codes: string[] } | null;
  /** the latest date a correction may be for */
  maxDate: string;
  form: CorrectionTyped;
  errors: CorrectionErrors;
  /** set when the new value is far from the previous day's and needs a tick to go through */
  jump: string | null;
  history: CorrectionEntry[];
  historyPage: number;
  historyPages: number;
  historyTotal: number;
  tz: string;
  csrf: string;
}

function fieldAttrs(errors: CorrectionErrors, name: keyof CorrectionErrors, hint?: string) {
  const describedBy = [errors[name] ? `${name}-error` : null, hint ?? null].filter(Boolean).join(' ');
  return { id: `correct-${name}`, name, 'aria-invalid': errors[name] ? 'true' : undefined, 'aria-describedby': describedBy || undefined };
}

function FieldError({ errors, name }: { errors: CorrectionErrors; name: keyof CorrectionErrors }): SafeHtml | null {
  return errors[name] ? (
    <p class="nr-error rc-error" id={`${name}-error`}>
      {errors[name]}
    </p>
  ) : null;
}

export function RatesCorrectionPage(d: RatesPageData): SafeHtml {
  const shownDate = d.day?.date ?? null;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Exchange rates</h1>
        <p class="nr-actions">
          <a href={ratesPath('ru')}>Public rates page</a>
        </p>
      </div>
      <p class="rc-lede">
        Official rates in som (KGS) per one unit. A correction replaces the published value everywhere on the site at once — the header, the rates page, the
        chart and the API — and is marked there as corrected. Corrections are kept: the newest one counts.
      </p>

      <div class="rc-grid">
        <section class="nr-card rc-day" aria-labelledby="rc-day-title">
          <h2 id="rc-day-title">{shownDate ? `Rates of ${dayLabel(shownDate)}` : 'Rates'}</h2>
          <form method="get" action={RATES_URL} class="rc-date-form">
            <div class="nr-field">
              <label for="rc-date">Show the rates of</label>
              <input type="date" id="rc-date" name="date" value={d.requested} min={d.range?.first} max={d.maxDate} />
            </div>
            <button type="submit" class="nr-button">
              Show
            </button>
          </form>
          {d.day && shownDate !== d.requested ? (
            <p class="nr-hint rc-note" role="status">
              Nothing is stored for {dayLabel(d.requested)}; these are the latest rates before it.
            </p>
          ) : null}
          {d.day ? <DayTable d={d} day={d.day} /> : <p>No rates are stored on or before {dayLabel(d.requested)}.</p>}
        </section>

        <CorrectionForm d={d} />
      </div>

      <History d={d} />
    </Fragment>
  );
}

function DayTable({ d, day }: { d: RatesPageData; day: RatesDay }): SafeHtml {
  return (
    <div class="nr-table-wrap rc-table-wrap">
      <table class="nr-table rc-table">
        <caption class="nr-sr">
          Rates of {dayLabel(day.date)}
          {day.previousDate ? `, change against ${dayLabel(day.previousDate)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col" class="nr-num">
              Som per unit
            </th>
            <th scope="col" class="nr-num">
              Change{day.previousDate ? <span class="rc-sub"> vs {dayLabel(day.previousDate)}</span> : null}
            </th>
            <th scope="col">Source</th>
            <th scope="col">
              <span class="nr-sr">Correct</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {day.rates.map((r) => {
            const ch = changeText(r.rate, r.previous);
            const selected = d.form.code.trim().toUpperCase() === r.code && d.form.date === day.date;
            return (
              <tr class={selected ? 'rc-selected' : undefined}>
                <th scope="row" class="rc-code">
                  <abbr title={currencyName('en', r.code)}>{r.code}</abbr>
                  <span class="rc-name">{currencyName('en', r.code)}</span>
                </th>
                <td class="nr-num">
                  <data value={String(r.rate)}>{rateText(r.rate)}</data>
                  {r.nominal > 1 ? <span class="rc-sub rc-nominal">published per {r.nominal}</span> : null}
                </td>
                <td class={`nr-num rc-change rc-change--${ch.dir}`}>{ch.text}</td>
                <td>
                  {r.corrected ? <span class="nr-badge rc-badge--corrected">corrected</span> : null} <span class="rc-source">{sourceLabel(r.source)}</span>
                </td>
                <td class="rc-act">
                  <a class="nr-button nr-button--small" href={`${RATES_URL}?date=${day.date}&code=${r.code}#correct`}>
                    Correct<span class="nr-sr"> {r.code}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CorrectionForm({ d }: { d: RatesPageData }): SafeHtml {
  const { form, errors } = d;
  return (
    <section class="nr-card rc-form-card" id="correct" aria-labelledby="rc-form-title">
      <h2 id="rc-form-title">Correct a rate</h2>
      <form method="post" action={RATES_URL} class="nr-form rc-form" novalidate>
        <input type="hidden" name="_csrf" value={d.csrf} />
        <div class="rc-row">
          <div class="nr-field">
            <label for="correct-code">Currency</label>
            <input
              type="text"
              {...fieldAttrs(errors, 'code', 'correct-code-hint')}
              value={form.code}
              list="rc-codes"
              maxlength={3}
              autocomplete="off"
              spellcheck="false"
              autocapitalize="characters"
              class="rc-code-input"
            />
            <p class="nr-hint" id="correct-code-hint">
              ISO code, e.g. USD
            </p>
            <FieldError errors={errors} name="code" />
          </div>
          <div class="nr-field">
            <label for="correct-date">Date</label>
            <input type="date" {...fieldAttrs(errors, 'date', 'correct-date-hint')} value={form.date} min={d.range?.first} max={d.maxDate} />
            <p class="nr-hint" id="correct-date-hint">
              The day the rate applies to
            </p>
            <FieldError errors={errors} name="date" />
          </div>
        </div>
        <datalist id="rc-codes">
          {(d.range?.codes ?? []).map((c) => (
            <option value={c}>{currencyName('en', c)}</option>
          ))}
        </datalist>
        <div class="nr-field">
          <label for="correct-rate">New rate (som per one unit)</label>
          <input type="text" {...fieldAttrs(errors, 'rate', 'correct-rate-hint')} value={form.rate} inputmode="decimal" autocomplete="off" class="rc-rate-input" />
          <p class="nr-hint" id="correct-rate-hint">
            A comma or a dot for decimals: 89,43 or 89.43. For one unit, even where the National Bank quotes per 10 or 100.
          </p>
          <FieldError errors={errors} name="rate" />
        </div>
        {d.jump ? (
          <div class="rc-jump" role="alert">
            <p>{d.jump}</p>
            <label class="nr-check">
              <input type="checkbox" name="confirm" value="yes" checked={form.confirm} /> Yes, this value is right
            </label>
          </div>
        ) : null}
        <div class="nr-field">
          <label for="correct-note">Why (kept with the correction)</label>
          <textarea {...fieldAttrs(errors, 'note')} maxlength={NOTE_MAX} rows={3}>
            {form.note}
          </textarea>
          <FieldError errors={errors} name="note" />
        </div>
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            Save correction
          </button>
        </div>
      </form>
    </section>
  );
}

function History({ d }: { d: RatesPageData }): SafeHtml {
  const page = (n: number) => `${RATES_URL}?date=${encodeURIComponent(d.requested)}&hpage=${n}#history`;
  return (
    <section class="rc-history" id="history" aria-labelledby="rc-history-title">
      <h2 id="rc-history-title">Corrections</h2>
      {d.history.length === 0 ? (
        <p class="nr-card">No rate has been corrected yet.</p>
      ) : (
        <Fragment>
          <div class="nr-table-wrap rc-history-wrap">
            <table class="nr-table rc-history-table">
              <caption class="nr-sr">Corrections, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Rate</th>
                  <th scope="col" class="nr-num">
                    Old → new
                  </th>
                  <th scope="col">Why</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((c) => (
                  <tr>
                    <td class="rc-when">
                      <time datetime={new Date(c.at).toISOString()}>{timeLabel(c.at, d.tz)}</time>
                    </td>
                    <th scope="row" class="rc-what">
                      {c.code} <a href={`${RATES_URL}?date=${c.date}`}>{dayLabel(c.date)}</a>
                    </th>
                    <td class="nr-num rc-fromto">
                      {c.from === null ? <span class="nr-muted">none</span> : <span class="rc-from">{rateText(c.from)}</span>}
                      <span aria-hidden="true"> → </span>
                      <span class="nr-sr"> changed to </span>
                      <strong>{rateText(c.to)}</strong>
                      {c.fromSource && c.fromSource !== 'correction' ? <span class="rc-sub">was {sourceLabel(c.fromSource)}</span> : null}
                    </td>
                    <td class="rc-why">{c.note ?? <span class="nr-muted">—</span>}</td>
                    <td class="rc-by">{c.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {d.historyPages > 1 ? (
            <nav class="nr-pager" aria-label="Pages of corrections">
              {d.historyPage > 1 ? <a href={page(d.historyPage - 1)} rel="prev">← Newer</a> : <span class="nr-muted">← Newer</span>}
              <span>
                Page {d.historyPage} of {d.historyPages} ({d.historyTotal} corrections)
              </span>
              {d.historyPage < d.historyPages ? <a href={page(d.historyPage + 1)} rel="next">Older →</a> : <span class="nr-muted">Older →</span>}
            </nav>
          ) : null}
        </Fragment>
      )}
    </section>
  );
}
