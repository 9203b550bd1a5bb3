import type { Query, QueryClient } from '@tanstack/react-query';
import { isScrolledEndlessFeed } from '../features/articles/queries';
import { SAVED_KEY } from '../features/saved/queries';
import { databaseExists } from '../lib/indexed-db';

/** The IndexedDB database of the persisted query cache. */
const QUERY_CACHE_DB = 'gazette-query-cache';

/** Saved articles have their own store; failures are not worth remembering. */
const shouldPersist = (query: Query) =>
  query.state.status === 'success' && query.queryKey[0] !== SAVED_KEY && !isScrolledEndlessFeed(query.queryKey, query.state.data);

const FIRST_ACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Calls `run` once: on the reader's first action, or when the page goes to the background. */
const onFirstUse = (run: () => void) => {
  const once = () => {
    for (const type of FIRST_ACTIONS) window.removeEventListener(type, once, true);
    document.removeEventListener('visibilitychange', onHidden);
    run();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') once();
  };
  for (const type of FIRST_ACTIONS) window.addEventListener(type, once, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onHidden);
};

/**
 * A relaunch restores the last session's cache before its first view. A first visit has nothing
 * to restore, so its first view does not wait for the persister's code: that loads on the
 * reader's first action, or when the app goes to the background, and writes the cache from then.
 */
export const startQueryPersistence = async (queryClient: QueryClient): Promise<void> => {
  const persist = async () =>
    (await import('./query-persistence')).persistQueryCache(queryClient, { database: QUERY_CACHE_DB, shouldPersist });
  if (await databaseExists(QUERY_CACHE_DB)) return persist();
  onFirstUse(() => void persist().catch((error: unknown) => console.warn('Gazette: the reading cache cannot be kept', error)));
};
