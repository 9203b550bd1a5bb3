import type { Category } from '../../domain/category';
import type { FeedFilter } from '../../domain/feed';
import { withDescendants } from '../../lib/category-tree';

/** The lead story and the latest headlines beside it. */
export const FRONT_FILTER: FeedFilter = { perPage: 7 };

export const SECTION_PAGE = 4;

/** A section of the front page, without the stories already at the top of it. */
export const sectionFilter = (categories: readonly Category[], section: Category, frontIds: readonly number[]): FeedFilter => ({
  categoryIds: withDescendants(categories, section.id),
  exclude: [...frontIds].sort((a, b) => a - b),
  perPage: SECTION_PAGE,
});
