import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { articleQueries } from '../../features/articles/queries';
import { categoryQueries } from '../../features/categories/queries';
import { CategorySection } from '../../features/front-page/components/category-section';
import { FrontStories } from '../../features/front-page/components/front-stories';
import { FRONT_FILTER, sectionFilter } from '../../features/front-page/filters';
import { sectionsOf } from '../../lib/category-tree';
import { cancelOnLeave } from './cancel-on-leave';

const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey, articleQueries.list(FRONT_FILTER).queryKey]);
  const [categories, front] = await Promise.all([
    queryClient.ensureQueryData(categoryQueries.all()),
    queryClient.ensureQueryData(articleQueries.list(FRONT_FILTER)),
  ]);
  const frontIds = front.items.map((item) => item.id);
  // Sections render their own skeletons, so the page need not wait for them.
  for (const section of sectionsOf(categories)) {
    void queryClient.prefetchInfiniteQuery(articleQueries.feed(sectionFilter(categories, section, frontIds)));
  }
  return null;
};

const HomeRoute = () => {
  const { data: categories } = useSuspenseQuery(categoryQueries.all());
  const { data: front } = useSuspenseQuery(articleQueries.list(FRONT_FILTER));
  const frontIds = front.items.map((item) => item.id);
  return (
    <>
      <title>Gazette · Front page</title>
      <h1 className="visually-hidden" tabIndex={-1}>
        Front page
      </h1>
      <FrontStories stories={front.items} />
      {sectionsOf(categories).map((section) => (
        <CategorySection key={section.id} categories={categories} section={section} frontIds={frontIds} />
      ))}
    </>
  );
};

export const homeRoute = (queryClient: QueryClient): RouteObject => ({
  index: true,
  loader: loader(queryClient),
  Component: HomeRoute,
});
