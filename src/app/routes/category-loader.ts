import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { Category, CategoryTrail } from '../../domain/category';
import { DataError } from '../../domain/data-error';
import type { FeedFilter } from '../../domain/feed';
import { articleQueries } from '../../features/articles/queries';
import { categoryQueries } from '../../features/categories/queries';
import { findTrail, withDescendants } from '../../lib/category-tree';
import { cancelOnLeave } from './cancel-on-leave';

const FEED_PAGE = 10;

const slugsOf = (splat: string | undefined) => (splat ?? '').split('/').filter(Boolean);

export const feedFilter = (categories: Category[], trail: CategoryTrail): FeedFilter => ({
  categoryIds: withDescendants(categories, trail.category.id),
  perPage: FEED_PAGE,
});

export const resolve = (categories: Category[], splat: string | undefined): CategoryTrail => {
  const trail = findTrail(categories, slugsOf(splat));
  if (!trail) throw new DataError('not-found', 'This section could not be found.', 404);
  return trail;
};

export const categoryLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey]);
    const categories = await queryClient.ensureQueryData(categoryQueries.all());
    const trail = resolve(categories, params['*']);
    const feed = articleQueries.endless(feedFilter(categories, trail));
    cancelOnLeave(request.signal, queryClient, [feed.queryKey]);
    await queryClient.ensureInfiniteQueryData(feed);
    return null;
  };
