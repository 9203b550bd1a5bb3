import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { getArticleBySlug, getArticlePage } from '../../api/wordpress/posts';
import type { ArticleSummary } from '../../domain/article';
import type { FeedCursor, FeedFilter } from '../../domain/feed';
import type { Page } from '../../domain/page';

export const ARTICLES_KEY = 'articles';

/**
 * Pages an endless feed keeps in memory: fifty articles, a dozen screens around the reader on a
 * desktop and twice that on a phone, and as many as load by themselves (AUTO_LOAD_PAGES), so
 * page 1 stays until the reader asks for more. Pages beyond it are dropped and read again
 * (usually from the HTTP cache) when the reader scrolls back to them, so a feed read for an hour
 * costs what a feed read for a minute does. A page of ten summaries is about 14 KB of JS heap.
 */
export const ENDLESS_WINDOW_PAGES = 5;

type ArticlePage = Page<ArticleSummary>;

/** Pages after the first are read as of page 1 (each page carries it), so nothing shifts. */
const nextPage = (last: ArticlePage): FeedCursor | undefined =>
  last.page < last.totalPages && last.items.length > 0 ? { page: last.page + 1, asOf: last.asOf ?? undefined } : undefined;

const previousPage = (first: ArticlePage): FeedCursor | undefined =>
  first.page > 1 ? { page: first.page - 1, asOf: first.asOf ?? undefined } : undefined;

const feedQuery = (kind: 'feed' | 'endless', filter: FeedFilter) =>
  infiniteQueryOptions({
    queryKey: [ARTICLES_KEY, kind, filter] as const,
    queryFn: ({ pageParam, signal }) => getArticlePage(filter, pageParam, signal),
    initialPageParam: { page: 1 } as FeedCursor,
    getNextPageParam: nextPage,
  });

const firstPageOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && 'pageParams' in data && Array.isArray(data.pageParams) ? data.pageParams[0] : undefined;

/**
 * An endless feed whose window has moved past its first page. Not worth keeping for a later
 * session: without this session's layout it could only open on a run of skeletons.
 */
export const isScrolledEndlessFeed = (queryKey: readonly unknown[], data: unknown): boolean => {
  if (queryKey[0] !== ARTICLES_KEY || queryKey[1] !== 'endless') return false;
  const first = firstPageOf(data);
  return !(typeof first === 'object' && first !== null && 'page' in first && first.page === 1);
};

export const articleQueries = {
  /** A "Load More" list that keeps every page it loads: short lists (front page, article blocks). */
  feed: (filter: FeedFilter) => feedQuery('feed', filter),
  /** A section's feed, read for as long as the reader likes: a sliding window of pages. */
  endless: (filter: FeedFilter) =>
    infiniteQueryOptions({
      ...feedQuery('endless', filter),
      getPreviousPageParam: previousPage,
      maxPages: ENDLESS_WINDOW_PAGES,
    }),
  /** One page of an endless feed on its own: where the reader jumped to, far from the window. */
  endlessPage: (filter: FeedFilter, cursor: FeedCursor) =>
    queryOptions({
      queryKey: [ARTICLES_KEY, 'endless-page', filter, cursor] as const,
      queryFn: ({ signal }) => getArticlePage(filter, cursor, signal),
      gcTime: 0,
    }),
  /** A single page, for blocks that never grow. */
  list: (filter: FeedFilter) =>
    queryOptions({
      queryKey: [ARTICLES_KEY, 'list', filter] as const,
      queryFn: ({ signal }) => getArticlePage(filter, { page: 1 }, signal),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [ARTICLES_KEY, 'detail', slug] as const,
      queryFn: ({ signal }) => getArticleBySlug(slug, signal),
      staleTime: 5 * 60_000,
    }),
};
