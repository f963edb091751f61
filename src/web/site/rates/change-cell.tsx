// The change of a rate against the previous date: signed value and an arrow with accessible text.
import { formatSigned } from '../../../i18n/currencies.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { direction } from './format.js';

export function ChangeCell({ ctx, rate, previous }: { ctx: SiteContext; rate: number; previous: number | null }): SafeHtml {
  const { s, lang } = ctx;
  const dir = direction(rate, previous);
  if (dir === 'none') return <td class="rates-change change-none">—</td>;
  const mark = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '';
  const label = dir === 'up' ? s.rateUp : dir === 'down' ? s.rateDown : s.rateSame;
  return (
    <td class={`rates-change change-${dir}`}>
      {formatSigned(lang, rate - previous!, rate < 0.01 ? 6 : 4)}
      {mark ? (
        <span class="rate-dir" aria-hidden="true">
          {' '}
          {mark}
        </span>
      ) : null}
      <span class="visually-hidden"> ({label})</span>
    </td>
  );
}
