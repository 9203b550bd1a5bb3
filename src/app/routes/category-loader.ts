import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { Category, CategoryTrail } from '../../domain/category';
import { DataError } from '../../domain/data-error';
import type { FeedFilter } from '../../domain/feed';
import { preloadCardImage } from '../../features/articles/components/article-card';
import { articleQueries } from '../../features/articles/queries';
import { categoryQueries } from '../../features/categories/queries';
import { trailOf, withDescendants } from '../../lib/category-tree';
import { cancelOnLeave } from './cancel-on-leave';

const FEED_PAGE = 10;

const slugsOf = (splat: string | undefined) => (splat ?? '').split('/').filter(Boolean);

/** The category a `/category/news/politics` URL names: only its real ancestry matches. */
const findTrail = (categories: readonly Category[], slugs: readonly string[]): CategoryTrail | null => {
  const last = slugs.at(-1);
  for (const candidate of categories.filter((category) => category.slug === last)) {
    const trail = trailOf(categories, candidate.id);
    if (trail && [...trail.ancestors, trail.category].map((c) => c.slug).join('/') === slugs.join('/')) return trail;
  }
  return null;
};

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
    const [first] = (await queryClient.ensureInfiniteQueryData(feed)).pages;
    // The feed's top card, unless Back returns to a window that has moved past it.
    if (first?.page === 1) preloadCardImage(first.items[0]);
    return null;
  };
