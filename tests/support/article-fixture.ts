import type { Article } from '../../src/domain/article';
import type { FeedPosition } from '../../src/domain/feed';
import type { SafeHtml } from '../../src/domain/safe-html';

/** A minimal article in the app's own shape, for tests of what holds articles. */
export const anArticle = (id: number, title = `Story ${id}`): Article => ({
  id,
  slug: `story-${id}`,
  title,
  excerpt: 'x',
  body: '<p>Body</p>' as SafeHtml,
  publishedAt: '2026-11-20T08:00:00.000Z',
  position: '2026-11-20T08:00:00' as FeedPosition,
  modifiedAt: '2026-11-20T08:00:00.000Z',
  author: null,
  category: null,
  categories: [],
  tags: [],
  image: null,
  readingMinutes: 2,
});
