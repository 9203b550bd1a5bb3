import * as v from 'valibot';
import type { Article } from '../../domain/article';

/** Bump when the stored shape changes, and teach `migrate` the old one. */
export const SAVED_VERSION = 1;

export interface SavedRecord {
  version: typeof SAVED_VERSION;
  savedAt: string;
  article: Article;
}

const ImageSource = v.object({ url: v.string(), width: v.number(), height: v.number() });

/** Enough of an Article to render it; a record missing any of this is corrupt. */
const StoredArticle = v.looseObject({
  id: v.number(),
  slug: v.string(),
  title: v.string(),
  excerpt: v.string(),
  body: v.string(),
  publishedAt: v.string(),
  position: v.string(),
  readingMinutes: v.number(),
  tags: v.array(v.looseObject({ id: v.number(), slug: v.string(), name: v.string() })),
  categories: v.array(v.looseObject({ id: v.number(), slug: v.string(), name: v.string() })),
  image: v.nullable(v.looseObject({ src: ImageSource, sources: v.array(ImageSource), alt: v.string() })),
});

const RecordV1 = v.object({ version: v.literal(1), savedAt: v.string(), article: StoredArticle });

/**
 * Reads a stored value of any version we ever wrote. Version 0 (a bare Article with a
 * `savedAt` beside it) predates the envelope. Anything else is not ours: null.
 */
export const migrate = (raw: unknown): SavedRecord | null => {
  const current = v.safeParse(RecordV1, raw);
  if (current.success) return raw as SavedRecord;
  const legacy = v.safeParse(v.looseObject({ savedAt: v.string() }), raw);
  const article = v.safeParse(StoredArticle, raw);
  if (legacy.success && article.success && !('version' in (raw as object))) {
    const { savedAt, ...rest } = raw as Article & { savedAt: string };
    return { version: SAVED_VERSION, savedAt, article: rest as Article };
  }
  return null;
};

export const toRecord = (article: Article, savedAt = new Date()): SavedRecord => ({
  version: SAVED_VERSION,
  savedAt: savedAt.toISOString(),
  article,
});
