import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

export const articleRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'article/:slug',
  // Both load on demand, side by side (a cold start has them preloaded by index.html); the
  // loader's requests do not wait for the view's code.
  lazy: {
    loader: async () => (await import('./article-loader')).articleLoader(queryClient),
    Component: async () => (await import('./article-view')).ArticleView,
  },
});
