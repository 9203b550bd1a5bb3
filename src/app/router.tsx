import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { articleRoute } from './routes/article';
import { categoryRoute } from './routes/category';
import { homeRoute } from './routes/home';
import { notFoundRoute } from './routes/not-found';
import { LoadingPage, RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/** Every URL Gazette answers; errors render inside the layout so navigation stays usable. */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    Component: RootLayout,
    HydrateFallback: LoadingPage,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [homeRoute(queryClient), categoryRoute(queryClient), articleRoute(queryClient), notFoundRoute],
      },
    ],
  },
];
