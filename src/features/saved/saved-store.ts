import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { CACHE_NAMES } from '../../config/cache-names';
import type { Article } from '../../domain/article';
import { announceSavedChange } from './saved-channel';
import { migrate, toRecord, type SavedRecord } from './saved-record';
import { SAVED_DATABASE } from './saved-store-loader';

/** A saved-articles failure, worded for the reader. */
export class SavedStoreError extends Error {
  override readonly name = 'SavedStoreError';
  constructor(
    readonly kind: 'quota' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

const IMAGE_CACHE = CACHE_NAMES.savedImages;

// A database of its own: idb-keyval creates one object store per database.
let store: UseStore | undefined;
const db = () => (store ??= createStore(SAVED_DATABASE, 'articles'));

const toStoreError = (error: unknown): SavedStoreError =>
  error instanceof DOMException && error.name === 'QuotaExceededError'
    ? new SavedStoreError('quota', 'Your device is out of space for saved articles. Remove some and try again.')
    : new SavedStoreError('unavailable', 'Saving articles is not available in this browser (private browsing may block it).');

const imageUrls = (article: Article) => (article.image ? article.image.sources.map((source) => source.url) : []);

/** Best effort: the text is what must not be lost; images are kept for offline reading. */
const cacheImages = async (urls: string[], keep: boolean) => {
  if (typeof caches === 'undefined' || urls.length === 0) return;
  try {
    const cache = await caches.open(IMAGE_CACHE);
    if (keep) await cache.addAll(urls);
    else await Promise.all(urls.map((url) => cache.delete(url)));
  } catch (error) {
    console.warn('Gazette: could not cache images of a saved article', error);
  }
};

/** Every saved article, newest first. Unreadable records are reported and removed. */
export const listSaved = async (): Promise<SavedRecord[]> => {
  let rows: [IDBValidKey, unknown][];
  try {
    rows = await entries(db());
  } catch (error) {
    throw toStoreError(error);
  }
  const records: SavedRecord[] = [];
  for (const [key, raw] of rows) {
    const record = migrate(raw);
    if (record) records.push(record);
    else {
      console.warn(`Gazette: removed an unreadable saved article (${String(key)})`);
      await del(key, db()).catch(() => undefined);
    }
  }
  // ISO timestamps sort as plain strings.
  return records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
};

export const getSavedBySlug = async (slug: string): Promise<Article | null> => {
  const records = await listSaved().catch(() => []);
  return records.find((record) => record.article.slug === slug)?.article ?? null;
};

/** One key per article: a failed write leaves every other saved article as it was. */
export const saveArticle = async (article: Article): Promise<void> => {
  try {
    await set(article.id, toRecord(article), db());
  } catch (error) {
    throw toStoreError(error);
  }
  await cacheImages(imageUrls(article), true);
  announceSavedChange();
};

export const removeSaved = async (id: number): Promise<void> => {
  const record = migrate(await get(id, db()).catch(() => undefined));
  try {
    await del(id, db());
  } catch (error) {
    throw toStoreError(error);
  }
  if (record) await cacheImages(imageUrls(record.article), false);
  announceSavedChange();
};
