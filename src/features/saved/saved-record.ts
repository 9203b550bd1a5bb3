import * as v from 'valibot';
import type { Article } from '../../domain/article';
import { htmlToText } from '../../lib/html-text';

/** Bump when the stored shape changes, and teach `migrate` the old one. */
export const SAVED_VERSION = 2;

export interface SavedRecord {
  version: typeof SAVED_VERSION;
  savedAt: string;
  article: Article;
}

const ImageSource = v.object({ url: v.string(), width: v.number(), height: v.number() });

/** Enough of an Article to render it; a record missing any of this is corrupt. */
const StoredArticle = v.object({
  id: v.number(),
  slug: v.string(),
  title: v.string(),
  excerpt: v.string(),
  body: v.string(),
  publishedAt: v.string(),
  position: v.string(),
  readingMinutes: v.number(),
  tags: v.array(v.object({ id: v.number(), slug: v.string(), name: v.string() })),
  categories: v.array(v.object({ id: v.number(), slug: v.string(), name: v.string() })),
  image: v.nullable(v.object({ src: ImageSource, sources: v.array(ImageSource), alt: v.string() })),
});

const record = <V extends number>(version: V) => v.object({ version: v.literal(version), savedAt: v.string(), article: StoredArticle });
const RecordV2 = record(2);
/** Version 1: the excerpt was sanitized HTML. */
const RecordV1 = record(1);

/** Excerpts became plain text in version 2. */
const withTextExcerpt = (article: Article): Article => ({ ...article, excerpt: htmlToText(article.excerpt) });

/**
 * Reads a stored value of any version we ever wrote. Version 0 (a bare Article with a
 * `savedAt` beside it) predates the envelope. Anything else is not ours: null.
 */
export const migrate = (raw: unknown): SavedRecord | null => {
  if (v.safeParse(RecordV2, raw).success) return raw as SavedRecord;
  if (v.safeParse(RecordV1, raw).success) {
    const old = raw as SavedRecord;
    return { version: SAVED_VERSION, savedAt: old.savedAt, article: withTextExcerpt(old.article) };
  }
  const legacy = v.safeParse(v.object({ savedAt: v.string() }), raw);
  const article = v.safeParse(StoredArticle, raw);
  if (legacy.success && article.success && !('version' in (raw as object))) {
    const { savedAt, ...rest } = raw as Article & { savedAt: string };
    return { version: SAVED_VERSION, savedAt, article: withTextExcerpt(rest as Article) };
  }
  return null;
};

export const toRecord = (article: Article, savedAt = new Date()): SavedRecord => ({
  version: SAVED_VERSION,
  savedAt: savedAt.toISOString(),
  article,
});
