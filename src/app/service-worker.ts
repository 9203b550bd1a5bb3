/** Where vite-plugin-pwa builds the worker (its `filename`, at the site root). */
const WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

/**
 * Registers the service worker once the page has loaded (it must not compete with the first
 * view) and calls `onUpdate` when a new version waits to take over. Only then does the update
 * prompt, with workbox-window, load: most visits never need it. Returns a cleanup.
 */
export const registerServiceWorker = (onUpdate: () => void): (() => void) => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return () => undefined;
  let active = true;
  const register = async () => {
    // Its scope is its own folder, the app's base: the whole app.
    const registration = await navigator.serviceWorker.register(WORKER_URL);
    // A first install replaces nothing: only a worker waiting behind a controlling one is an update.
    const check = () => {
      if (active && registration.waiting && navigator.serviceWorker.controller) onUpdate();
    };
    registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', check));
    check();
  };
  const start = () => register().catch((error: unknown) => console.warn('Gazette: offline support is unavailable', error));
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
  return () => {
    active = false;
  };
};
