// The images table for the media library: insert uploads, list and search, edit the words, delete,
// and find where an image is used.
import { sql, type Kysely } from 'kysely';
import type { ImageRendition } from '../../domain/article.js';
import { bodyImageSrcs, libraryFileCandidates, mediaFileOfSrc, mediaStem } from '../../domain/media-files.js';
import type { DocNode } from '../../domain/document/types.js';
import type { ArticleStatus, Database } from '../../store/schema.js';
import { mediaPath } from '../../web/urls.js';
import type { ProcessedImage } from './process.js';
import { escapeLike, likeContains } from '../../store/like.js';

type Db = Kysely<Database>;

export const PAGE_SIZE = 24;

export interface ImageRecord {
  id: number;
  file: string;
  width: number;
  height: number;
  mime: string;
  variants: ImageRendition[];
  alt: string;
  caption: string;
  credit: string;
  originalName: string | null;
  sizeBytes: number | null;
  uploadedBy: number | null;
  uploaderName: string | null;
  createdAt: number;
}

/** What the picker, the API and the library pages show of an image. */
export interface MediaItem {
  id: number;
  /** the 1280 px JPEG rendition, or the largest one of a smaller picture; the original of a GIF */
  url: string;
  /** the 320 px JPEG rendition (or the smallest there is) */
  thumbUrl: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  createdAt: string;
}

export interface ImageUse {
  id: number;
  lang: string;
  headline: string;
  status: ArticleStatus;
  /** 'cover' or 'body' (or both) */
  as: Array<'cover' | 'body'>;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function jpegs(r: Pick<ImageRecord, 'variants'>): ImageRendition[] {
  return r.variants.filter((v) => v.mime === 'image/jpeg').sort((a, b) => a.width - b.width);
}

export function displayUrl(r: Pick<ImageRecord, 'file' | 'mime' | 'variants'>): string {
  if (r.mime === 'image/gif') return mediaPath(r.file);
  const list = jpegs(r);
  const pick = list.find((v) => v.width === 1280) ?? [...list].reverse().find((v) => v.width < 1280);
  return mediaPath(pick ? pick.file : r.file);
}

export function thumbUrl(r: Pick<ImageRecord, 'file' | 'variants'>): string {
  const list = jpegs(r);
  const pick = list.find((v) => v.width >= 320) ?? list[list.length - 1];
  return mediaPath(pick ? pick.file : r.file);
}

export function toItem(r: ImageRecord): MediaItem {
  return {
    id: r.id,
    url: displayUrl(r),
    thumbUrl: thumbUrl(r),
    width: r.width,
    height: r.height,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    originalName: r.originalName ?? baseName(r.file),
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

function selectImages(db: Db) {
  return db
    .selectFrom('images as i')
    .leftJoin('users as u', 'u.id', 'i.uploaded_by')
    .select([
      'i.id', 'i.file', 'i.width', 'i.height', 'i.mime', 'i.variants', 'i.alt', 'i.caption', 'i.credit',
      'i.original_name', 'i.size_bytes', 'i.uploaded_by', 'i.created_at', 'u.name as uploader_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectImages>['executeTakeFirstOrThrow']>>;

function toRecord(r: Row): ImageRecord {
  let variants: ImageRendition[] = [];
  try {
    variants = JSON.parse(r.variants);
  } catch {
    /* a damaged row shows its original only */
  }
  return {
    id: r.id,
    file: r.file,
    width: r.width,
    height: r.height,
    mime: r.mime,
    variants,
    alt: r.alt ?? '',
    caption: r.caption ?? '',
    credit: r.credit ?? '',
    originalName: r.original_name,
    sizeBytes: r.size_bytes == null ? null : Number(r.size_bytes),
    uploadedBy: r.uploaded_by,
    uploaderName: r.uploader_name ?? null,
    createdAt: Number(r.created_at),
  };
}

export interface ListOptions {
  q?: string;
  missingAlt?: boolean;
  page?: number;
  pageSize?: number;
}

export class MediaStore {
  constructor(private readonly db: Db) {}

  async insert(img: ProcessedImage & { originalName: string; uploadedBy: number; createdAt: number }): Promise<ImageRecord> {
    const row = await this.db
      .insertInto('images')
      .values({
        file: img.file,
        width: img.width,
        height: img.height,
        mime: img.mime,
        variants: JSON.stringify(img.variants),
        credit: '',
        alt: '',
        caption: '',
        original_name: img.originalName,
        size_bytes: img.sizeBytes,
        uploaded_by: img.uploadedBy,
        created_at: img.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.get(row.id))!;
  }

  async get(id: number): Promise<ImageRecord | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await selectImages(this.db).where('i.id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  /** Newest first; `q` looks in the original file name, alt text, caption and credit (case-insensitive for Latin letters on SQLite, for all on PostgreSQL). */
  async list(opts: ListOptions): Promise<{ items: ImageRecord[]; total: number; page: number; pageSize: number }> {
    const pageSize = opts.pageSize ?? PAGE_SIZE;
    const page = Math.max(1, Math.floor(opts.page ?? 1));
    let query = selectImages(this.db);
    let count = this.db.selectFrom('images as i').select((eb) => eb.fn.countAll<number>().as('n'));
    const q = opts.q?.trim();
    if (q) {
      const pattern = likeContains(q.toLowerCase());
      const cond = sql<boolean>`(${sql.join(
        ['i.original_name', 'i.alt', 'i.caption', 'i.credit', 'i.file'].map((col) => sql`unicode_lower(coalesce(${sql.ref(col)}, '')) like ${pattern} escape '\\'`),
        sql` or `,
      )})`;
      query = query.where(cond);
      count = count.where(cond);
    }
    if (opts.missingAlt) {
      const cond = sql<boolean>`(i.alt is null or trim(i.alt) = '')`;
      query = query.where(cond);
      count = count.where(cond);
    }
    const [rows, n] = await Promise.all([
      query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
      count.executeTakeFirst(),
    ]);
    return { items: rows.map(toRecord), total: Number(n?.n ?? 0), page, pageSize };
  }

  async updateText(id: number, text: { alt?: string; caption?: string; credit?: string }): Promise<void> {
    const values: { alt?: string; caption?: string; credit?: string } = {};
    if (text.alt !== undefined) values.alt = text.alt;
    if (text.caption !== undefined) values.caption = text.caption;
    if (text.credit !== undefined) values.credit = text.credit;
    if (!Object.keys(values).length) return;
    await this.db.updateTable('images').set(values).where('id', '=', id).execute();
  }

  async delete(id: number): Promise<void> {
    await this.db.deleteFrom('images').where('id', '=', id).execute();
  }

  /**
   * Articles (any status, the trash included) that show this image: as their cover, or in their body
   * (a body path to the original or any of its renditions).
   */
  async usage(img: Pick<ImageRecord, 'id' | 'file'>): Promise<ImageUse[]> {
    const stem = escapeLike(mediaStem(img.file).toLowerCase());
    // "/media/<stem>." (the original) or "/media/<stem>-" (a rendition); confirmed below on the parsed body
    const rows = await this.db
      .selectFrom('articles')
      .where((eb) =>
        eb.or([
          eb('cover_image_id', '=', img.id),
          sql<boolean>`lower(body) like ${`%/media/${stem}.%`} escape '\\'`,
          sql<boolean>`lower(body) like ${`%/media/${stem}-%`} escape '\\'`,
        ]),
      )
      .select(['id', 'lang', 'headline', 'status', 'cover_image_id', 'body'])
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    const own = new Set(libraryFileCandidates(img.file));
    const out: ImageUse[] = [];
    for (const r of rows) {
      const as: ImageUse['as'] = [];
      if (r.cover_image_id === img.id) as.push('cover');
      if (bodyUses(r.body, img, own)) as.push('body');
      if (as.length) out.push({ id: r.id, lang: r.lang, headline: r.headline, status: r.status, as });
    }
    return out;
  }
}

function bodyUses(body: string, img: Pick<ImageRecord, 'file'>, own: Set<string>): boolean {
  let doc: DocNode;
  try {
    doc = JSON.parse(body) as DocNode;
  } catch {
    return false;
  }
  const stem = mediaStem(img.file);
  return bodyImageSrcs(doc).some((src) => {
    const file = mediaFileOfSrc(src);
    return !!file && (own.has(file) || mediaStem(file) === stem);
  });
}
