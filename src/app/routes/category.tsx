import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

export const categoryRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'category/*',
  // Both load on demand, side by side (a cold start has them preloaded by index.html); the
  // feed's code (and the virtualizer) does not hold back the loader's requests.
  lazy: {
    loader: async () => (await import('./category-loader')).categoryLoader(queryClient),
    Component: async () => (await import('./category-view')).CategoryView,
  },
});
