import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CACHE_NAMES } from './config/cache-names';

/** The parts of ServiceWorkerGlobalScope used here (the WebWorker lib clashes with the DOM lib). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const worker = self as unknown as WorkerScope;

const DAY = 24 * 3600;
const okOnly = new CacheableResponsePlugin({ statuses: [0, 200] });
const isApi = (url: URL) => url.pathname.includes('/wp-json/wp/v2/');
const isArticle = (url: URL) => isApi(url) && (url.searchParams.has('slug') || /\/posts\/\d+$/.test(url.pathname));

// The app shell: every built asset, and index.html for any in-app URL.
// Written out in full: the build finds `self.__WB_MANIFEST` in the source and fills it in.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/wp-json\//, /^\/wp-content\//, /^\/__mock\//, /\.[a-z0-9]+$/i],
  }),
);

// An article: the newest copy when the network answers in time, the cached one otherwise.
registerRoute(
  ({ url }) => isArticle(url),
  new NetworkFirst({
    cacheName: CACHE_NAMES.articles,
    networkTimeoutSeconds: 4,
    plugins: [okOnly, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY })],
  }),
);

// Feeds and sections: shown at once from cache while a fresh copy is fetched.
registerRoute(
  ({ url }) => isApi(url),
  new StaleWhileRevalidate({
    cacheName: CACHE_NAMES.lists,
    plugins: [okOnly, new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 3600 })],
  }),
);

// Images: saved articles' first (never evicted), then a bounded cache of everything seen.
const images = new CacheFirst({
  cacheName: CACHE_NAMES.images,
  plugins: [okOnly, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true })],
});
registerRoute(
  ({ request }) => request.destination === 'image',
  async (options: RouteHandlerCallbackOptions) =>
    (await caches.match(options.request, { cacheName: CACHE_NAMES.savedImages })) ?? images.handle(options),
);

// The update prompt's "Reload": only then does the new version take over.
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
