import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { SavedList } from '../../features/saved/components/saved-list';
import { savedQueries } from '../../features/saved/queries';

const SavedRoute = () => (
  <>
    <title>Saved · Gazette</title>
    <header className="page-header">
      <h1 tabIndex={-1}>Saved for later</h1>
      <p className="page-header__lede">Stories you saved, newest first. They stay readable offline.</p>
    </header>
    <SavedList />
  </>
);

export const savedRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'saved',
  loader: async () => {
    await queryClient.ensureQueryData(savedQueries.list());
    return null;
  },
  Component: SavedRoute,
});
