/**
 * Maps a URL on the WordPress site to the Gazette route that shows the same thing, so links
 * inside articles keep the reader in Gazette. Returns null for anything Gazette has no view of.
 */
export const toAppPath = (href: string, siteUrl: string): string | null => {
  let url: URL;
  let site: URL;
  try {
    site = new URL(`${siteUrl}/`);
    url = new URL(href, site);
  } catch {
    return null;
  }
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return null;
  const segments = url.pathname
    .slice(site.pathname.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  if (segments.length === 0) return '/';
  if (segments[0] === 'category' && segments.length > 1) {
    return `/category/${segments.slice(1).map(encodeURIComponent).join('/')}`;
  }
  if (['tag', 'author', 'wp-content', 'wp-admin', 'wp-json', 'feed', 'page'].includes(segments[0] ?? '')) {
    return null;
  }
  // Date-based and plain permalinks both end in the post's slug.
  const slug = segments.at(-1) ?? '';
  return /^[\p{L}\p{N}_-]+$/u.test(slug) && !/^\d+$/.test(slug) ? `/article/${encodeURIComponent(slug)}` : null;
};
