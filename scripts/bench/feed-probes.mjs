/**
 * Functions that run inside the page (through Playwright's `page.evaluate`): they may use only
 * browser globals and their own argument.
 */

/** Nodes (elements and text) inside the feed, and elements in the whole document. */
export const countNodes = () => {
  const feed = document.querySelector('[role=feed]');
  let feedNodes = 0;
  if (feed) {
    const walker = document.createTreeWalker(feed, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) feedNodes++;
  }
  return {
    feedNodes,
    renderedArticles: feed ? feed.querySelectorAll('article').length : 0,
    documentElements: document.getElementsByTagName('*').length,
    scrollHeight: document.documentElement.scrollHeight,
  };
};

/** True once an article at `position` or later is drawn (a windowed feed draws only the end). */
export const lastPositionAtLeast = (position) =>
  [...document.querySelectorAll('[role=feed] article')].some((article) => Number(article.getAttribute('aria-posinset')) >= position);

/** Resolves after the next frame has been produced (rAF, then a task after it). */
export const nextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

/**
 * Arms a watcher for the first article of the next page: when it enters the DOM, the time of
 * that and of the frame that paints it are kept in `window.__benchLoadMore`. The click time is
 * taken from the click event itself.
 */
export const armLoadMoreWatch = (position) => {
  const state = { clickAt: null, domAt: null, paintAt: null };
  document.addEventListener('click', () => (state.clickAt ??= performance.now()), { capture: true, once: true });
  const selector = `[role=feed] [aria-posinset="${position}"]`;
  window.__benchLoadMore = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      state.domAt = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ...state, paintAt: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-posinset'] });
  });
};

/** When the response for feed page `pageNumber` finished arriving (Resource Timing). */
export const responseEndOf = (pageNumber) => {
  const entry = performance
    .getEntriesByType('resource')
    .findLast((e) => e.name.includes('/wp/v2/posts') && new URL(e.name).searchParams.get('page') === String(pageNumber));
  return entry ? entry.responseEnd : null;
};

/** The first article whose top is inside the viewport: what a reader is looking at. */
export const firstVisibleArticle = () => {
  for (const article of document.querySelectorAll('[role=feed] article')) {
    const top = article.getBoundingClientRect().top;
    if (top >= 0 && top < innerHeight) {
      return { position: Number(article.getAttribute('aria-posinset')), top: Math.round(top), scrollY: Math.round(scrollY) };
    }
  }
  return null;
};

export const topOfArticle = (position) => {
  const article = document.querySelector(`[role=feed] [aria-posinset="${position}"]`);
  return article ? Math.round(article.getBoundingClientRect().top) : null;
};
