import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { articleRoute } from './routes/article';
import { categoryRoute } from './routes/category';
import { homeRoute } from './routes/home';
import { notFoundRoute } from './routes/not-found';
import { savedRoute } from './routes/saved';
import { RootLayout } from './routes/root-layout';
import { RouteLoading } from './routes/route-loading';
import { RouteError } from './routes/route-error';

/** Every URL Gazette answers; errors render inside the layout so navigation stays usable. */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        // Here rather than on the root: the layout (masthead, sections) renders at once on the
        // first load and only the page area waits, so nothing shifts when the page arrives.
        HydrateFallback: RouteLoading,
        ErrorBoundary: RouteError,
        children: [homeRoute(queryClient), categoryRoute(queryClient), articleRoute(queryClient), savedRoute(queryClient), notFoundRoute],
      },
    ],
  },
];
