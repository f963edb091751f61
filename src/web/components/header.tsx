import { t } from '../../i18n/strings.js';
import { formatDecimal, formatLongDate, formatTime } from '../../i18n/format.js';
import { homePath, rubricPath } from '../urls.js';
import { ratesPath } from '../site/rates/urls.js';
import { h, type SafeHtml } from '../jsx.js';
import type { SiteContext } from '../context.js';

/** Top strip (clock, rates, languages), masthead and the rubric menu. */
export function SiteHeader({ ctx }: { ctx: SiteContext }): SafeHtml {
  const { s, lang, config } = ctx;
  return (
    <header class="site-header">
      <div class="topbar">
        <div class="wrap topbar-inner">
          <p class="clock" data-clock data-tz={config.siteTz} data-lang={lang}>
            <span class="visually-hidden">{s.currentTime}: </span>
            <time datetime={new Date(ctx.now).toISOString()}>
              <span data-clock-date>{formatLongDate(lang, config.siteTz, ctx.now)}</span>, <span data-clock-time>{formatTime(lang, config.siteTz, ctx.now)}</span>
            </time>
          </p>
          <RatesWidget ctx={ctx} />
          <LanguageSwitch ctx={ctx} />
        </div>
      </div>
      <div class="masthead">
        <div class="wrap masthead-inner">
          <a class="logo" href={homePath(lang)}>
            <span class="logo-mark" aria-hidden="true">N</span>
            <span class="logo-text">
              <span class="logo-name">{config.siteName}</span>
              <span class="logo-tagline">{s.agencyTagline}</span>
            </span>
          </a>
          <form class="site-search" action={`/${lang}/search/`} method="get" role="search" aria-label={s.searchSite}>
            <label for="site-search-q" class="visually-hidden">
              {s.searchSite}
            </label>
            <input type="search" id="site-search-q" name="q" placeholder={s.searchSite} />
            <button type="submit">{s.search}</button>
          </form>
        </div>
      </div>
      <nav class="rubric-nav" aria-label={s.mainMenu}>
        <div class="wrap">
          <ul>
            <li>
              <a href={homePath(lang)}>{s.home}</a>
            </li>
            {ctx.rubrics.map((r) => (
              <li>
                <a href={rubricPath(lang, r.slug)}>{r.name}</a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}

/**
 * The header's rates: the configured currencies with two decimals, an up/down mark against the
 * previous stored date (spelled out for screen readers), and the date they apply to. The whole strip
 * links to the rates page; on phones the date shrinks to day and month.
 */
function RatesWidget({ ctx }: { ctx: SiteContext }): SafeHtml {
  const { s, lang, rates } = ctx;
  if (!rates || rates.rates.length === 0) {
    return <p class="rates rates-empty">{s.ratesUnavailable}</p>;
  }
  const [y, m, d] = rates.date.split('-').map(Number);
  const dateLabel = formatLongDate(lang, 'UTC', Date.UTC(y, m - 1, d, 12));
  const shortDate = `${String(d).padStart(2, '0')}${lang === 'en' ? '/' : '.'}${String(m).padStart(2, '0')}`;
  return (
    <section class="rates" aria-label={s.ratesLabel}>
      <h2 class="visually-hidden">{s.ratesTitle(dateLabel)}</h2>
      <a class="rates-link" href={ratesPath(lang)} title={s.ratesAll}>
        <ul>
          {rates.rates.map((r) => {
            const dir = r.previous == null || Math.abs(r.rate - r.previous) < 0.00005 ? 'same' : r.rate > r.previous ? 'up' : 'down';
            const mark = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '';
            const label = dir === 'up' ? s.rateUp : dir === 'down' ? s.rateDown : s.rateSame;
            return (
              <li class={`rate rate-${dir}`}>
                <span class="rate-code">{r.code}</span> <span class="rate-value">{formatDecimal(lang, r.rate, 2)}</span>
                {r.corrected ? (
                  <span class="rate-corrected" title={s.ratesCorrected}>
                    <span aria-hidden="true">*</span>
                    <span class="visually-hidden"> ({s.ratesCorrected})</span>
                  </span>
                ) : null}
                {mark ? <span class="rate-dir" aria-hidden="true">{mark}</span> : null}
                <span class="visually-hidden"> ({label})</span>
              </li>
            );
          })}
        </ul>
        <span class="rates-date">
          <time datetime={rates.date}>{dateLabel}</time>
        </span>
        <span class="rates-date-short" aria-hidden="true">
          {shortDate}
        </span>
      </a>
    </section>
  );
}

function LanguageSwitch({ ctx }: { ctx: SiteContext }): SafeHtml {
  return (
    <nav class="lang-switch" aria-label={ctx.s.languageSwitch}>
      <ul>
        {ctx.config.langs.map((l) => {
          const name = t(l).languageName;
          if (l === ctx.lang) {
            return (
              <li>
                <a href={ctx.languageLinks[l] ?? homePath(l)} aria-current="true" lang={l}>
                  {name}
                </a>
              </li>
            );
          }
          return (
            <li>
              <a href={ctx.languageLinks[l] ?? homePath(l)} lang={l} hreflang={l}>
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
