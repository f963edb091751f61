// A new original story: a story row, its first article (a draft, version 1) and the first revision.
import { isKnownLang, type Lang } from '../../../domain/lang.js';
import { can } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { NewsroomArticle } from '../contract.js';
import { forbidden, invalid, type Actor } from './common.js';
import { readArticle } from './read.js';
import { checkReferences, parseInput } from './validate.js';
import { insertDraft } from './write.js';

export function checkLang(deps: NewsroomDeps, lang: unknown, field = 'lang'): Lang {
  if (typeof lang !== 'string' || !isKnownLang(lang) || !deps.config.langs.includes(lang)) {
    throw invalid(`Choose one of the site's languages: ${deps.config.langs.join(', ')}.`, { [field]: `Choose one of: ${deps.config.langs.join(', ')}.` });
  }
  return lang;
}

export async function createArticle(deps: NewsroomDeps, actor: Actor, langRaw: unknown, raw: unknown): Promise<NewsroomArticle> {
  if (!can(actor.role, 'article.create')) throw forbidden('Your role does not allow starting new stories.');
  const lang = checkLang(deps, langRaw);
  const input = parseInput(raw, deps.config.siteTz);
  await checkReferences(deps.store.db, input);
  // The signed-in user's own byline when none is chosen.
  if (!input.authorIds.length && actor.authorId != null) input.authorIds = [actor.authorId];
  // Only those who may feature articles set the flags.
  if (!can(actor.role, 'article.feature')) {
    input.isBreaking = false;
    input.isPinned = false;
  }
  const now = deps.now();
  const id = await deps.store.db.transaction().execute(async (trx) => {
    const story = await trx.insertInto('stories').values({ created_at: now }).returning('id').executeTakeFirstOrThrow();
    return insertDraft(trx, { storyId: story.id, lang, input, actor, now, kind: 'create', details: { lang } });
  });
  return readArticle(deps.store.db, id, now);
}
