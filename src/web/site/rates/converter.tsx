// The som ↔ currency converter: a GET form, the result rendered by the server.
import { currencyName, formatAmount } from '../../../i18n/currencies.js';
import type { RatesDay } from '../../../store/rates.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { ratesPath } from './urls.js';
import { dateLabel, formatRate } from './format.js';
import type { Conversion, RatesPageData } from './page.js';

export function Converter({ ctx, data, day }: { ctx: SiteContext; data: RatesPageData; day: RatesDay }): SafeHtml {
  const { s, lang } = ctx;
  const st = data.state;
  const c = data.conversion;
  const error = c && !c.ok ? c.error : null;
  const selected = st.currency && day.rates.some((r) => r.code === st.currency) ? st.currency : (day.rates.find((r) => r.code === 'USD') ?? day.rates[0])?.code;
  const errorText = error === 'badAmount' ? s.convBadAmount : error === 'tooLarge' ? s.convTooLarge : error === 'unknownCurrency' ? s.convUnknownCurrency : null;
  return (
    <section class="converter" id="converter" aria-labelledby="converter-title">
      <h2 class="block-title" id="converter-title">
        {s.convTitle}
      </h2>
      <form class="converter-form" action={`${ratesPath(lang)}#converter`} method="get">
        {st.date ? <input type="hidden" name="date" value={st.date} /> : null}
        {st.code ? <input type="hidden" name="code" value={st.code} /> : null}
        {st.days !== 30 ? <input type="hidden" name="days" value={String(st.days)} /> : null}
        <div class="rates-field">
          <label for="conv-amount">{s.convAmount}</label>
          <input
            type="text"
            id="conv-amount"
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            value={st.amount}
            aria-invalid={error === 'badAmount' || error === 'tooLarge' ? 'true' : undefined}
            aria-describedby={errorText ? 'conv-error' : undefined}
          />
        </div>
        <div class="rates-field">
          <label for="conv-currency">{s.ratesCurrency}</label>
          <select id="conv-currency" name="currency">
            {day.rates.map((r) => (
              <option value={r.code} selected={r.code === selected}>
                {`${r.code} — ${currencyName(lang, r.code)}`}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="converter-direction">
          <legend>{s.convDirection}</legend>
          <label>
            <input type="radio" name="direction" value="to-som" checked={st.direction === 'to-som'} /> {s.convToSom}
          </label>
          <label>
            <input type="radio" name="direction" value="from-som" checked={st.direction === 'from-som'} /> {s.convFromSom}
          </label>
        </fieldset>
        <button type="submit">{s.convSubmit}</button>
      </form>
      <div class="converter-result" role="status">
        {errorText ? (
          <p class="converter-error" id="conv-error">
            {errorText}
          </p>
        ) : null}
        {c && c.ok ? <ConversionResult ctx={ctx} c={c} date={day.date} /> : null}
      </div>
    </section>
  );
}

function ConversionResult({ ctx, c, date }: { ctx: SiteContext; c: Extract<Conversion, { ok: true }>; date: string }): SafeHtml {
  const { s, lang } = ctx;
  const [fromAmount, fromUnit, toAmount, toUnit] = c.direction === 'to-som' ? [c.amount, c.currency, c.result, s.som] : [c.amount, s.som, c.result, c.currency];
  return (
    <div>
      <p class="converter-answer">
        <output for="conv-amount conv-currency">
          {`${formatAmount(lang, fromAmount, 2)}\u00a0${fromUnit} = `}
          <strong>{`${formatAmount(lang, toAmount, 2)}\u00a0${toUnit}`}</strong>
        </output>
      </p>
      <p class="converter-rate">
        {`1\u00a0${c.currency} = ${formatRate(lang, c.rate)}\u00a0${s.som}. `}
        {s.convAtRate(dateLabel(lang, date))}
      </p>
    </div>
  );
}
