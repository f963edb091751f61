// What every newsroom module receives: the store, configuration, clock, logger and the shared stores.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Store } from '../store/db.js';
import { ApiTokenStore } from './auth/api-tokens.js';
import { SessionStore } from './auth/sessions.js';
import type { NewsroomAssets } from './ui/assets.js';

export interface NewsroomDeps {
  store: Store;
  config: Config;
  now: () => number;
  log: FastifyBaseLogger;
  assets: NewsroomAssets;
  sessions: SessionStore;
  apiTokens: ApiTokenStore;
  /** called after anything readers see has changed (publish, edit, pin, rates…); issue 7's page cache listens */
  changed: (what: ContentChange) => Promise<void>;
}

export type ContentChange =
  | { kind: 'article'; articleId: number; storyId: number }
  | { kind: 'rates' }
  | { kind: 'taxonomy' }
  | { kind: 'media'; imageId: number };

export function newsroomDeps(opts: Omit<NewsroomDeps, 'sessions' | 'apiTokens' | 'changed'> & { changed?: NewsroomDeps['changed'] }): NewsroomDeps {
  return {
    ...opts,
    sessions: new SessionStore(opts.store.db, opts.config, opts.now),
    apiTokens: new ApiTokenStore(opts.store.db, opts.now),
    changed: opts.changed ?? (async () => {}),
  };
}
