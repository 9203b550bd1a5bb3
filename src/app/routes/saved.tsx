import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { savedQueries } from '../../features/saved/queries';

export const savedRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'saved',
  loader: async () => {
    await queryClient.ensureQueryData(savedQueries.list());
    return null;
  },
  lazy: { Component: async () => (await import('./saved-view')).SavedView },
});
