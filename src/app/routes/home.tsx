import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { articleQueries } from '../../features/articles/queries';
import { categoryQueries } from '../../features/categories/queries';
import { FRONT_FILTER } from '../../features/front-page/filters';
import { preloadCardImage } from '../../features/articles/components/article-card';
import { yieldToMain } from '../../lib/yield-to-main';
import { cancelOnLeave } from './cancel-on-leave';

const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  // The router starts in a task of its own; the requests (preloaded by index.html on a cold
  // start) are read in the next one.
  await yieldToMain();
  cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey, articleQueries.list(FRONT_FILTER).queryKey]);
  // The sections below load as the reader nears them (CategorySection).
  const [, front] = await Promise.all([queryClient.ensureQueryData(categoryQueries.all()), queryClient.ensureQueryData(articleQueries.list(FRONT_FILTER))]);
  preloadCardImage(front.items[0], 'lead');
  return null;
};

export const homeRoute = (queryClient: QueryClient): RouteObject => ({
  index: true,
  loader: loader(queryClient),
  // The view's code loads alongside the loader's requests (not before them): no waterfall.
  lazy: { Component: async () => (await import('./home-view')).HomeView },
});
