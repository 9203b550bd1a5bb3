import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../domain/article';
import type { FeedFilter } from '../../domain/feed';
import type { Page } from '../../domain/page';
import { uniqueById } from '../../lib/unique-by-id';
import { articleQueries } from './queries';

const NO_IDS: ReadonlySet<number> = new Set();

interface FeedOptions {
  /** Articles another block already shows. */
  hidden?: ReadonlySet<number>;
  enabled?: boolean;
  /** A sliding window of pages (articleQueries.endless) rather than every page loaded. */
  endless?: boolean;
}

/**
 * A growing list of articles: pages flattened without duplicates and without `hidden` ones.
 * "Load more" keeps reading until something new shows. An endless feed holds a window of pages:
 * `items` start at index `offset` of the whole feed, and `loadEarlier` reads the page before them.
 */
export const useFeed = (filter: FeedFilter, { hidden = NO_IDS, enabled = true, endless = false }: FeedOptions = {}) => {
  const options = endless ? articleQueries.endless(filter) : articleQueries.feed(filter);
  const query = useInfiniteQuery({ ...options, enabled });
  const { data, fetchNextPage, fetchPreviousPage } = query;

  const visible = useCallback(
    (pages: Page<ArticleSummary>[] | undefined) =>
      uniqueById((pages ?? []).flatMap((page) => page.items)).filter((item) => !hidden.has(item.id)),
    [hidden],
  );
  /** Where the loaded articles start in the whole feed: pages a window dropped come before. */
  const offsetOf = useCallback((pages: Page<ArticleSummary>[] | undefined) => ((pages?.[0]?.page ?? 1) - 1) * filter.perPage, [filter.perPage]);
  const items = useMemo(() => visible(data?.pages), [data, visible]);
  const offset = offsetOf(data?.pages);
  const end = offset + items.length;

  // Hidden articles can leave a block short of one page; fill it before the reader sees it.
  const short = hidden.size > 0 && items.length < filter.perPage;
  const canTopUp = short && query.hasNextPage && !query.isFetching && !query.isError;
  useEffect(() => {
    if (canTopUp) void fetchNextPage({ cancelRefetch: false });
  }, [canTopUp, fetchNextPage]);

  const loadMore = useCallback(async () => {
    const endOf = (pages: Page<ArticleSummary>[] | undefined) => offsetOf(pages) + visible(pages).length;
    let result = await fetchNextPage({ cancelRefetch: false });
    while (result.hasNextPage && !result.isError && endOf(result.data?.pages) === end) {
      result = await fetchNextPage({ cancelRefetch: false });
    }
  }, [fetchNextPage, end, offsetOf, visible]);

  const loadEarlier = useCallback(() => void fetchPreviousPage({ cancelRefetch: false }), [fetchPreviousPage]);

  return {
    items,
    offset,
    /** The feed index just past the loaded articles. */
    end,
    total: data?.pages[0]?.total ?? null,
    /** The highest page number read so far. */
    lastPage: data?.pages.at(-1)?.page ?? 0,
    status: query.status,
    error: query.error,
    hasMore: query.hasNextPage,
    hasEarlier: query.hasPreviousPage,
    isLoadingMore: query.isFetchingNextPage,
    isLoadingEarlier: query.isFetchingPreviousPage,
    /** Articles are on their way at either end (aria-busy). */
    busy: query.isFetchingNextPage || query.isFetchingPreviousPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadEarlierFailed: query.isFetchPreviousPageError,
    loadMore,
    loadEarlier,
    /** The moment every page is read as of (the first page's), for a window that jumps. */
    asOf: data?.pages[0]?.asOf ?? undefined,
    pageSize: filter.perPage,
    retry: query.refetch,
    isRefetching: query.isRefetching,
  };
};

export type Feed = ReturnType<typeof useFeed>;
