// The newsroom page shell: top bar with the sections a role may open, the signed-in user, sign out.
import { Fragment, h, raw, type Child, type SafeHtml } from '../../web/jsx.js';
import { can, type Action } from '../auth/roles.js';
import type { Staff } from '../auth/sessions.js';
import type { NewsroomAssets } from './assets.js';

export type Section = 'articles' | 'translations' | 'media' | 'taxonomy' | 'rates' | 'users' | 'audit' | 'account' | 'trash' | 'stats';

const NAV: Array<{ key: Section; label: string; href: string; action?: Action }> = [
  { key: 'articles', label: 'Articles', href: '/newsroom/articles/' },
  { key: 'translations', label: 'Translations', href: '/newsroom/translations/', action: 'article.translate' },
  { key: 'media', label: 'Media', href: '/newsroom/media/', action: 'media.upload' },
  { key: 'stats', label: 'Statistics', href: '/newsroom/stats/', action: 'stats.view' },
  { key: 'taxonomy', label: 'Rubrics & tags', href: '/newsroom/taxonomy/', action: 'taxonomy.manage' },
  { key: 'rates', label: 'Rates', href: '/newsroom/rates/', action: 'rates.correct' },
  { key: 'trash', label: 'Trash', href: '/newsroom/trash/', action: 'article.restore' },
  { key: 'users', label: 'Users', href: '/newsroom/users/', action: 'users.manage' },
  { key: 'audit', label: 'Audit log', href: '/newsroom/audit/', action: 'audit.view' },
];

export interface Flash {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface NewsroomPageProps {
  title: string;
  assets: NewsroomAssets;
  /** null on the sign-in and setup pages */
  staff: Staff | null;
  /** the CSRF token forms on this page carry */
  csrf: string;
  section?: Section;
  flash?: Flash | null;
  /** client islands to load: names of src/newsroom/client/<name>.ts */
  scripts?: string[];
  /** wider main column (the editor, side-by-side translation) */
  wide?: boolean;
  children?: Child;
}

export function NewsroomLayout(props: NewsroomPageProps): SafeHtml {
  const { staff, assets } = props;
  return (
    <Fragment>
      {raw('<!DOCTYPE html>')}
      <html lang="en" dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <meta name="csrf-token" content={props.csrf} />
          <title>{`${props.title} — Newsroom`}</title>
          <link rel="stylesheet" href={assets.css.path} />
          {(props.scripts ?? []).map((name) => {
            const js = assets.scripts.get(name);
            return js ? <script src={js.path} defer></script> : null;
          })}
        </head>
        <body class="nr">
          <a class="nr-skip" href="#main">Skip to content</a>
          <header class="nr-top">
            <a class="nr-brand" href="/newsroom/">Newsroom</a>
            {staff ? (
              <nav class="nr-nav" aria-label="Newsroom">
                <ul>
                  {NAV.filter((n) => !n.action || can(staff.role, n.action)).map((n) => (
                    <li>
                      <a href={n.href} aria-current={props.section === n.key ? 'page' : undefined}>
                        {n.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {staff ? (
              <div class="nr-user">
                <a href="/newsroom/account/" aria-current={props.section === 'account' ? 'page' : undefined}>
                  {staff.name} <span class="nr-role">{staff.role}</span>
                </a>
                <form method="post" action="/newsroom/logout/">
                  <input type="hidden" name="_csrf" value={props.csrf} />
                  <button type="submit" class="nr-link-button">Sign out</button>
                </form>
              </div>
            ) : null}
            <a class="nr-site" href="/">View site</a>
          </header>
          <main id="main" class={props.wide ? 'nr-main nr-main--wide' : 'nr-main'}>
            {props.flash ? (
              <p class={`nr-flash nr-flash--${props.flash.kind}`} role={props.flash.kind === 'error' ? 'alert' : 'status'}>
                {props.flash.text}
              </p>
            ) : null}
            {props.children}
          </main>
        </body>
      </html>
    </Fragment>
  );
}
