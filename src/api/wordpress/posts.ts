import type { Article, ArticleSummary } from '../../domain/article';
import { DataError } from '../../domain/data-error';
import type { FeedCursor, FeedFilter, FeedPosition } from '../../domain/feed';
import type { Page } from '../../domain/page';
import { settings } from '../../config/settings';
import { yieldToMain } from '../../lib/yield-to-main';
import { toArticleSummary } from './mappers';
import { PAST_LAST_PAGE, WpRequestError, wpGetList, type WpParams } from './wp-request';
import { SUMMARY_FIELDS, WpPostSchema, WpPostSummarySchema } from './wp-schemas';

/** One second after a site-local `YYYY-MM-DDTHH:MM:SS`, so `before` still includes that post. */
const justAfter = (position: FeedPosition): FeedPosition => {
  const next = new Date(`${position}Z`);
  if (Number.isNaN(next.getTime())) return position;
  next.setUTCSeconds(next.getUTCSeconds() + 1);
  return next.toISOString().slice(0, 19) as FeedPosition;
};

const feedParams = (filter: FeedFilter, cursor: FeedCursor): WpParams => ({
  _embed: 1,
  per_page: filter.perPage,
  page: cursor.page,
  categories: filter.categoryIds?.length ? filter.categoryIds : undefined,
  categories_exclude: filter.excludeCategoryIds?.length ? filter.excludeCategoryIds : undefined,
  tags: filter.tagIds?.length ? filter.tagIds : undefined,
  exclude: filter.exclude?.length ? filter.exclude : undefined,
  before: cursor.asOf ?? filter.before,
  // Without the bodies, which lists never show and which weigh more than the rest of a post.
  _fields: SUMMARY_FIELDS,
});

/**
 * One page of a feed. A page that is past the end (the list shrank since page 1) ends the feed
 * instead of failing it.
 */
export const getArticlePage = async (
  filter: FeedFilter,
  cursor: FeedCursor,
  signal?: AbortSignal,
): Promise<Page<ArticleSummary>> => {
  try {
    const list = await wpGetList(WpPostSummarySchema, 'posts', feedParams(filter, cursor), signal);
    // Reading the answer and mapping its articles are each a task of their own, not one long one.
    await yieldToMain();
    const items = list.items.map(toArticleSummary);
    const newest = items[0]?.position;
    return {
      items,
      page: cursor.page,
      total: list.total,
      totalPages: list.totalPages,
      asOf: cursor.asOf ?? (newest ? justAfter(newest) : null),
    };
  } catch (error) {
    if (cursor.page > 1 && error instanceof WpRequestError && error.code === PAST_LAST_PAGE) {
      return { items: [], page: cursor.page, total: 0, totalPages: cursor.page - 1, asOf: cursor.asOf ?? null };
    }
    throw error;
  }
};

export const getArticleBySlug = async (slug: string, signal?: AbortSignal): Promise<Article> => {
  // The article mapper (and its sanitizer) loads beside the request, not after it.
  const mapper = import('./article-mapper');
  const list = await wpGetList(WpPostSchema, 'posts', { slug, _embed: 1 }, signal);
  const post = list.items.find((item) => item.slug === slug);
  if (!post) throw new DataError('not-found', 'This article could not be found.', 404);
  const { toArticle } = await mapper;
  // Mapping the story starts a task of its own, apart from reading the answer (its body takes
  // another: toArticle).
  await yieldToMain();
  return toArticle(post, settings().siteUrl);
};
