import type { Author } from './author';
import type { CategoryRef } from './category';
import type { FeedPosition } from './feed';
import type { Image } from './media';
import type { SafeHtml } from './safe-html';
import type { Tag } from './tag';

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  excerpt: SafeHtml;
  /** ISO 8601 in UTC. */
  publishedAt: string;
  position: FeedPosition;
  author: Author | null;
  /** The article's primary category: the first one WordPress lists. */
  category: CategoryRef | null;
  image: Image | null;
}

export interface Article extends ArticleSummary {
  body: SafeHtml;
  modifiedAt: string;
  categories: CategoryRef[];
  tags: Tag[];
  readingMinutes: number;
}
