/** Cache Storage names shared by the app and its service worker. */
export const CACHE_NAMES = {
  savedImages: 'gazette-saved-images',
  images: 'gazette-images',
  articles: 'gazette-articles',
  lists: 'gazette-lists',
} as const;
