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

const apiUrl = (apiRoot: string, path: string, params: [string, string][]) => {
  const result = new URL(`${apiRoot}/${path}`);
  for (const [key, value] of params) result.searchParams.set(key, value);
  return result.toString();
};

/** The path's segments after its first, decoded as the router decodes them; null if one cannot be. */
const segmentsOf = (pathname: string): string[] | null => {
  try {
    return pathname.split('/').slice(2).filter(Boolean).map(decodeURIComponent);
  } catch {
    // A malformed path: the app shows its own error for it; nothing to preload.
    return null;
  }
};

// A list's `_fields` (SUMMARY_FIELDS in wp-schemas.ts, written out: this file imports nothing).
const SUMMARY_FIELDS = 'id,date,date_gmt,slug,title,excerpt,_links,_embedded';

export const firstViewRequests = (pathname: string, apiRoot: string): string[] => {
  const requests = [apiUrl(apiRoot, 'categories', [['per_page', '100'], ['page', '1']])];
  const view = firstViewOf(pathname);
  if (view === 'home') requests.push(apiUrl(apiRoot, 'posts', [['_embed', '1'], ['per_page', '7'], ['page', '1'], ['_fields', SUMMARY_FIELDS]]));
  const slug = view === 'article' ? segmentsOf(pathname)?.[0] : undefined;
  if (slug !== undefined) requests.push(apiUrl(apiRoot, 'posts', [['slug', slug], ['_embed', '1']]));
  return requests;
};

/** What the script reads of each category to find a section: a request of its own, a few bytes each. */
export interface CategoryRef {
  id: number;
  slug: string;
  parent: number;
}

export const categoryRefsRequest = (apiRoot: string): string =>
  apiUrl(apiRoot, 'categories', [['per_page', '100'], ['page', '1'], ['_fields', 'id,slug,parent']]);

/**
 * A section's first page (category-loader.ts: the category a `/category/news/politics` path names
 * through its real ancestry, with its descendants), once the categories are known: the view's
 * main request, which would otherwise wait for the app's code to find the category.
 */
export const sectionFeedRequest = (pathname: string, apiRoot: string, categories: CategoryRef[]): string | null => {
  const slugs = segmentsOf(pathname);
  const pathOf = (category: CategoryRef): string | null => {
    const path = [category.slug];
    for (let at = category; at.parent; ) {
      const parent = categories.find((candidate) => candidate.id === at.parent);
      // A missing parent or a loop: no path the app would resolve either.
      if (!parent || path.length > categories.length) return null;
      path.unshift(parent.slug);
      at = parent;
    }
    return path.join('/');
  };
  const section = slugs && categories.find((category) => category.slug === slugs.at(-1) && pathOf(category) === slugs.join('/'));
  if (!section) return null;
  const ids = [section.id];
  for (let index = 0; index < ids.length; index += 1) {
    for (const category of categories) if (category.parent === ids[index] && !ids.includes(category.id)) ids.push(category.id);
  }
  return apiUrl(apiRoot, 'posts', [['_embed', '1'], ['per_page', '10'], ['page', '1'], ['categories', ids.join(',')], ['_fields', SUMMARY_FIELDS]]);
};
