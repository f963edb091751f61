// The trash: deleted articles, who deleted them and when, how long they can still be restored.
import type { Lang } from '../../../domain/lang.js';
import type { ArticleStatus } from '../../../store/schema.js';
import { Fragment, h, type SafeHtml } from '../../../web/jsx.js';
import { LANG_NAME, PostButton, Stamp, STATUS_LABEL } from './components.js';

export const TRASH_DAYS = 30;
const DAY = 86_400_000;

export interface TrashRow {
  id: number;
  lang: Lang;
  headline: string;
  trashedAt: number;
  trashedByName: string | null;
  /** when the trash deletes it for good (the service's rule), or null to count 30 days from trashedAt */
  purgeAt?: number | null;
  /** the status it goes back to when restored */
  statusBefore: ArticleStatus | null;
}

export interface TrashProps {
  rows: TrashRow[];
  csrf: string;
  tz: string;
  now: number;
  mayRestore: boolean;
}

export function daysLeft(row: Pick<TrashRow, 'trashedAt' | 'purgeAt'>, now: number): number {
  const end = row.purgeAt ?? row.trashedAt + TRASH_DAYS * DAY;
  return Math.max(0, Math.ceil((end - now) / DAY));
}

export function TrashPage(props: TrashProps): SafeHtml {
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Trash</h1>
      </div>
      <p class="nr-muted">Deleted articles stay here for {TRASH_DAYS} days. Restoring puts an article back in the status it had, unpublished if it was live.</p>
      {props.rows.length === 0 ? (
        <p class="nr-flash nr-flash--info">The trash is empty.</p>
      ) : (
        <div class="nr-table-wrap">
          <table class="nr-table nr-trash">
            <caption class="nr-sr">Articles in the trash</caption>
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">Language</th>
                <th scope="col">Deleted</th>
                <th scope="col">By</th>
                <th scope="col" class="nr-num">
                  Days left
                </th>
                <th scope="col">
                  <span class="nr-sr">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => {
                const left = daysLeft(r, props.now);
                return (
                  <tr>
                    <td lang={r.lang}>
                      <a href={`/newsroom/articles/${r.id}/`}>{r.headline || '(no headline)'}</a>
                      {r.statusBefore ? <span class="nr-muted nr-trash-before"> · was {STATUS_LABEL[r.statusBefore].toLowerCase()}</span> : null}
                    </td>
                    <td>{LANG_NAME[r.lang]}</td>
                    <td>
                      <Stamp ms={r.trashedAt} tz={props.tz} now={props.now} />
                    </td>
                    <td>{r.trashedByName ?? '—'}</td>
                    <td class={left <= 3 ? 'nr-num nr-days-few' : 'nr-num'}>
                      {left}
                      <span class="nr-days-word"> days left</span>
                    </td>
                    <td>{props.mayRestore ? <PostButton action={`/newsroom/articles/${r.id}/restore/`} csrf={props.csrf} label="Restore" small /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Fragment>
  );
}
