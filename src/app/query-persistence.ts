import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query, QueryClient } from '@tanstack/react-query';
import { persistQueryClient, persistQueryClientSave, type PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';

/** Bump with any change to the domain types, so an older cache is dropped, not misread. */
const CACHE_VERSION = 'gazette-1';
const MAX_AGE = 7 * 24 * 3600 * 1000;
/** A relaunch waits at most this long for the stored cache before it goes to the network. */
const RESTORE_BUDGET_MS = 1000;

export interface PersistOptions {
  /** The IndexedDB database to keep the cache in. */
  database: string;
  shouldPersist: (query: Query) => boolean;
}

/**
 * Keeps the query cache in IndexedDB, so a relaunch (or an offline start) shows the last feeds
 * and articles at once, then refreshes them. Resolves once the stored cache is restored (or the
 * budget is spent); from then on every change is written back. Loaded on demand
 * (query-cache-boot.ts): it imports no app module, so it stays one small chunk.
 */
export const persistQueryCache = async (queryClient: QueryClient, { database, shouldPersist }: PersistOptions): Promise<void> => {
  const store = createStore(database, 'queries');
  const options: Omit<PersistQueryClientOptions, 'queryClient'> = {
    persister: createAsyncStoragePersister({
      storage: {
        getItem: (key) => get<string>(key, store).then((value) => value ?? null),
        setItem: (key, value: string) => set(key, value, store),
        removeItem: (key) => del(key, store),
      },
    }),
    maxAge: MAX_AGE,
    buster: CACHE_VERSION,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  };
  const [, restored] = persistQueryClient({ queryClient, ...options });
  // What is already in the cache (a first visit's first view) is written now, not at the next change.
  const saved = restored.then(() => persistQueryClientSave({ queryClient, ...options })).catch(() => undefined);
  await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, RESTORE_BUDGET_MS))]);
};
