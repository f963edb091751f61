// The translators' queue: stories that lack a version in a language, one tab per language.
import type { Lang } from '../../../domain/lang.js';
import { Fragment, h, type SafeHtml } from '../../../web/jsx.js';
import type { TranslationQueueItem } from '../contract.js';
import { editPath, LANG_NAME, PostButton, Stamp, StatusBadge } from './components.js';

export const QUEUE_PAGE_SIZE = 30;

export interface QueueProps {
  lang: Lang;
  /** every language with the number of stories missing it */
  tabs: Array<{ lang: Lang; count: number }>;
  items: TranslationQueueItem[];
  total: number;
  page: number;
  csrf: string;
  tz: string;
  now: number;
  mayTranslate: boolean;
  /** editors restore a trashed translation from here */
  mayRestore: boolean;
}

export function QueuePage(props: QueueProps): SafeHtml {
  const pages = Math.max(1, Math.ceil(props.total / QUEUE_PAGE_SIZE));
  const link = (n: number) => `/newsroom/translations/?lang=${props.lang}${n > 1 ? `&page=${n}` : ''}`;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Translations</h1>
      </div>
      <nav class="nr-tabs" aria-label="Missing translations by language">
        <ul>
          {props.tabs.map((t) => (
            <li>
              <a href={`/newsroom/translations/?lang=${t.lang}`} aria-current={t.lang === props.lang ? 'page' : undefined}>
                Into {LANG_NAME[t.lang]} <span class="nr-count-pill">{t.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="nr-queue-title">
        Stories without a {LANG_NAME[props.lang]} version <span class="nr-muted">({props.total})</span>
      </h2>
      {props.items.length === 0 ? (
        <p class="nr-flash nr-flash--ok">Every story has a {LANG_NAME[props.lang]} version. Nothing to translate.</p>
      ) : (
        <div class="nr-table-wrap">
          <table class="nr-table nr-queue">
            <caption class="nr-sr">Stories to translate into {LANG_NAME[props.lang]}</caption>
            <thead>
              <tr>
                <th scope="col">Original</th>
                <th scope="col">From</th>
                <th scope="col">Status</th>
                <th scope="col">Published</th>
                <th scope="col">
                  <span class="nr-sr">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <tr>
                  <td lang={item.source.lang}>
                    <a href={editPath(item.source.id)}>{item.source.headline || '(no headline)'}</a>
                  </td>
                  <td>
                    <span class="nr-lang nr-lang--has" title={LANG_NAME[item.source.lang]}>
                      {item.source.lang}
                    </span>
                  </td>
                  <td>
                    <StatusBadge status={item.source.status} />
                  </td>
                  <td>{item.source.publishedAt ? <Stamp ms={item.source.publishedAt} tz={props.tz} now={props.now} /> : <span class="nr-muted">not yet</span>}</td>
                  <td class="nr-queue-action">
                    {item.trashedId != null ? (
                      props.mayRestore ? (
                        <PostButton
                          action={`/newsroom/articles/${item.trashedId}/restore/`}
                          csrf={props.csrf}
                          label="Restore"
                          small
                          title={`The ${LANG_NAME[props.lang]} version (article ${item.trashedId}) is in the trash: bring it back`}
                        />
                      ) : (
                        <span class="nr-muted">In the trash (article {String(item.trashedId)}): ask an editor to restore it</span>
                      )
                    ) : props.mayTranslate ? (
                      <PostButton
                        action={`/newsroom/articles/${item.source.id}/translate/`}
                        csrf={props.csrf}
                        label="Translate"
                        small
                        fields={{ lang: props.lang }}
                        title={`Start the ${LANG_NAME[props.lang]} version of this story`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav class="nr-pager" aria-label="Pages">
          {props.page > 1 ? <a href={link(props.page - 1)} rel="prev">← Previous</a> : <span class="nr-muted">← Previous</span>}
          <span>
            Page {props.page} of {pages}
          </span>
          {props.page < pages ? <a href={link(props.page + 1)} rel="next">Next →</a> : <span class="nr-muted">Next →</span>}
        </nav>
      ) : null}
    </Fragment>
  );
}
