import { databaseExists } from '../../lib/indexed-db';
import type { SavedRecord } from './saved-record';

/** The saved articles' database (saved-store.ts). */
export const SAVED_DATABASE = 'gazette-saved';

/** The store and its IndexedDB code load when first needed, not with the first view. */
export const loadSavedStore = () => import('./saved-store');

/** Without its database nothing was ever saved here: the store need not load to say so. */
export const listSavedArticles = async (): Promise<SavedRecord[]> =>
  (await databaseExists(SAVED_DATABASE)) ? (await loadSavedStore()).listSaved() : [];
