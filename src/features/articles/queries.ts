import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { getArticleBySlug, getArticlePage } from '../../api/wordpress/posts';
import type { FeedCursor, FeedFilter } from '../../domain/feed';

export const ARTICLES_KEY = 'articles';

export const articleQueries = {
  /** Every "Load More" list: pages after the first are read as of page 1, so nothing shifts. */
  feed: (filter: FeedFilter) =>
    infiniteQueryOptions({
      queryKey: [ARTICLES_KEY, 'feed', filter] as const,
      queryFn: ({ pageParam, signal }) => getArticlePage(filter, pageParam, signal),
      initialPageParam: { page: 1 } as FeedCursor,
      getNextPageParam: (last, pages): FeedCursor | undefined =>
        last.page < last.totalPages && last.items.length > 0
          ? { page: last.page + 1, asOf: pages[0]?.asOf ?? undefined }
          : undefined,
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
