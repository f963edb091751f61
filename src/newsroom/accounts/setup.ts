// The first administrator: while there are no users at all, every start of the server makes a fresh
// one-time setup link (24 hours; earlier setup links stop working) and prints it once.
import type { Config } from '../../config.js';
import type { Store } from '../../store/db.js';
import { UserStore } from '../users/store.js';
import { linkUrl, OneTimeLinkStore } from './links.js';

export async function setupLinkIfNoUsers(store: Store, config: Pick<Config, 'baseUrl' | 'langs'>, now: () => number = Date.now): Promise<string | null> {
  if ((await new UserStore(store.db, config.langs, now).count()) > 0) return null;
  const { token } = await new OneTimeLinkStore(store.db, now).create('setup', null);
  return linkUrl(config.baseUrl, 'setup', token);
}

export function setupAnnouncement(url: string): string {
  return `Newsroom setup: open ${url} to create the first administrator`;
}
