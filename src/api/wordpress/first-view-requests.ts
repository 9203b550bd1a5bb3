/**
 * What a cold start on `pathname` needs before anything else: the build inlines this into
 * index.html, which preloads the view's API requests and its code while the app's own JavaScript
 * is still on its way, so the first view waits for neither. Inlined as is: it imports nothing and
 * stays tiny. Each URL must be exactly the one the route's loader asks for; a test holds it to that.
 */
export type FirstView = 'home' | 'category' | 'article';

export const firstViewOf = (pathname: string): FirstView | null => {
  if (pathname === '/') return 'home';
  if (/^\/category\/./.test(pathname)) return 'category';
  if (/^\/article\/[^/]+\/?$/.test(pathname)) return 'article';
  return null;
};

export const firstViewRequests = (pathname: string, apiRoot: string): string[] => {
  const url = (path: string, params: [string, string][]) => {
    const result = new URL(`${apiRoot}/${path}`);
    for (const [key, value] of params) result.searchParams.set(key, value);
    return result.toString();
  };
  const requests = [url('categories', [['per_page', '100'], ['page', '1']])];
  const view = firstViewOf(pathname);
  // The list's `_fields` (SUMMARY_FIELDS in wp-schemas.ts, written out: this file imports nothing).
  if (view === 'home') requests.push(url('posts', [['_embed', '1'], ['per_page', '7'], ['page', '1'], ['_fields', 'id,date,date_gmt,slug,title,excerpt,_links,_embedded']]));
  if (view === 'article') {
    try {
      requests.push(url('posts', [['slug', decodeURIComponent(pathname.split('/')[2] ?? '')], ['_embed', '1']]));
    } catch {
      // A malformed path: the app shows its own error for it; nothing to preload.
    }
  }
  return requests;
};
