import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, type RouteObject, useParams } from 'react-router';
import type { Category, CategoryTrail } from '../../domain/category';
import { DataError } from '../../domain/data-error';
import type { FeedFilter } from '../../domain/feed';
import { ArticleFeed } from '../../features/articles/components/article-feed';
import { articleQueries } from '../../features/articles/queries';
import { Breadcrumbs } from '../../features/categories/components/breadcrumbs';
import { categoryQueries } from '../../features/categories/queries';
import { findTrail, withDescendants } from '../../lib/category-tree';
import { cancelOnLeave } from './cancel-on-leave';

const FEED_PAGE = 10;

const slugsOf = (splat: string | undefined) => (splat ?? '').split('/').filter(Boolean);

const feedFilter = (categories: Category[], trail: CategoryTrail): FeedFilter => ({
  categoryIds: withDescendants(categories, trail.category.id),
  perPage: FEED_PAGE,
});

const resolve = (categories: Category[], splat: string | undefined): CategoryTrail => {
  const trail = findTrail(categories, slugsOf(splat));
  if (!trail) throw new DataError('not-found', 'This section could not be found.', 404);
  return trail;
};

const loader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey]);
    const categories = await queryClient.ensureQueryData(categoryQueries.all());
    const trail = resolve(categories, params['*']);
    const feed = articleQueries.feed(feedFilter(categories, trail));
    cancelOnLeave(request.signal, queryClient, [feed.queryKey]);
    await queryClient.ensureInfiniteQueryData(feed);
    return null;
  };

const CategoryRoute = () => {
  const params = useParams();
  const { data: categories } = useSuspenseQuery(categoryQueries.all());
  const trail = resolve(categories, params['*']);
  const { category } = trail;
  return (
    <>
      <title>{`${category.name} · Gazette`}</title>
      <Breadcrumbs trail={trail} />
      <header className="page-header">
        <h1 tabIndex={-1}>{category.name}</h1>
        {category.description && <p className="page-header__lede">{category.description}</p>}
      </header>
      <ArticleFeed key={category.id} filter={feedFilter(categories, trail)} label={`${category.name} articles`} />
    </>
  );
};

export const categoryRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'category/*',
  loader: loader(queryClient),
  Component: CategoryRoute,
});
