/**
 * The WordPress requests a cold start on `pathname` makes before anything else: the build inlines
 * this into index.html, which preloads them while the app's JavaScript is still on its way, so
 * the first view's data never waits for the code. Inlined as is: it imports nothing and stays
 * tiny. Each URL must be exactly the one the route's loader asks for; a test holds it to that.
 */
export const firstViewRequests = (pathname: string, apiRoot: string): string[] => {
  const url = (path: string, params: [string, string][]) => {
    const result = new URL(`${apiRoot}/${path}`);
    for (const [key, value] of params) result.searchParams.set(key, value);
    return result.toString();
  };
  const requests = [url('categories', [['per_page', '100'], ['page', '1']])];
  if (pathname === '/') requests.push(url('posts', [['_embed', '1'], ['per_page', '7'], ['page', '1']]));
  const article = /^\/article\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (article) {
    try {
      requests.push(url('posts', [['slug', decodeURIComponent(article)], ['_embed', '1']]));
    } catch {
      // A malformed path: the app shows its own error for it; nothing to preload.
    }
  }
  return requests;
};
