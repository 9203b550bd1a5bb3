import type { Author } from './author';
import type { CategoryRef } from './category';
import type { FeedPosition } from './feed';
import type { Figure, Image } from './media';
import type { SafeHtml } from './safe-html';
import type { Tag } from './tag';

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  /** Plain text: a teaser has no markup worth the cost of sanitizing it. */
  excerpt: string;
  /** ISO 8601 in UTC. */
  publishedAt: string;
  position: FeedPosition;
  author: Author | null;
  /** The article's primary category: the first one WordPress lists. */
  category: CategoryRef | null;
  image: Image | null;
}

export interface Article extends ArticleSummary {
  image: Figure | null;
  body: SafeHtml;
  modifiedAt: string;
  categories: CategoryRef[];
  tags: Tag[];
  readingMinutes: number;
}
