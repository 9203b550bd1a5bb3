import type { Article } from '../../domain/article';
import type { FeedFilter } from '../../domain/feed';

export const BLOCK_PAGE = 3;

/** "You may also like": articles sharing a tag, else the same category; never this one. */
export const relatedFilter = (article: Article): FeedFilter =>
  article.tags.length > 0
    ? { tagIds: article.tags.map((tag) => tag.id), exclude: [article.id], perPage: BLOCK_PAGE }
    : { categoryIds: article.category ? [article.category.id] : [], exclude: [article.id], perPage: BLOCK_PAGE };

/** "More In <Category>". */
export const moreInFilter = (article: Article): FeedFilter | null =>
  article.category ? { categoryIds: [article.category.id], exclude: [article.id], perPage: BLOCK_PAGE } : null;

/** "Check Also": candidates for the next article, the ones published just before this one. */
export const checkAlsoFilter = (article: Article): FeedFilter | null =>
  article.category ? { categoryIds: [article.category.id], before: article.position, exclude: [article.id], perPage: 6 } : null;
