import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import { persistQueryClient } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';
import { isScrolledEndlessFeed } from '../features/articles/queries';
import { SAVED_KEY } from '../features/saved/queries';

/** Bump with any change to the domain types, so an older cache is dropped, not misread. */
const CACHE_VERSION = 'gazette-1';
const MAX_AGE = 7 * 24 * 3600 * 1000;
/** A relaunch waits at most this long for the stored cache before it goes to the network. */
const RESTORE_BUDGET_MS = 1000;

/**
 * Keeps the query cache in IndexedDB, so a relaunch (or an offline start) shows the last feeds
 * and articles at once, then refreshes them.
 */
export const restoreQueryCache = async (queryClient: QueryClient): Promise<void> => {
  const store = createStore('gazette-query-cache', 'queries');
  const persister = createAsyncStoragePersister({
    storage: {
      getItem: (key) => get<string>(key, store).then((value) => value ?? null),
      setItem: (key, value: string) => set(key, value, store),
      removeItem: (key) => del(key, store),
    },
  });
  const [, restored] = persistQueryClient({
    queryClient,
    persister,
    maxAge: MAX_AGE,
    buster: CACHE_VERSION,
    dehydrateOptions: {
      // Saved articles have their own store; failures are not worth remembering.
      shouldDehydrateQuery: (query) =>
        query.state.status === 'success' && query.queryKey[0] !== SAVED_KEY && !isScrolledEndlessFeed(query.queryKey, query.state.data),
    },
  });
  await Promise.race([restored.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, RESTORE_BUDGET_MS))]);
};
