import { HttpResponse } from 'msw';

/**
 * Responses with the headers WordPress 6.1 sends from its REST API (see
 * tests/fixtures/wordpress/_index.json), minus the web server's own (Server, Connection, ...).
 */
export interface WpResponseOptions {
  status?: number;
  /** The `Link` header; WordPress's default is the API root. */
  link?: string;
  total?: number;
  totalPages?: number;
  /** WordPress adds `Allow` once a route matched and the request got past permission checks. */
  allow?: boolean;
}

export const siteOrigin = (request: Request): string => new URL(request.url).origin;

export const apiRootLink = (request: Request): string =>
  `<${siteOrigin(request)}/wp-json/>; rel="https://api.w.org/"`;

export function wpJson(request: Request, body: unknown, options: WpResponseOptions = {}): HttpResponse<string> {
  const headers = new Headers({
    'Content-Type': 'application/json; charset=UTF-8',
    'X-Robots-Tag': 'noindex',
    Link: options.link ?? apiRootLink(request),
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
  });
  if (options.total !== undefined) headers.set('X-WP-Total', String(options.total));
  if (options.totalPages !== undefined) headers.set('X-WP-TotalPages', String(options.totalPages));
  if (options.allow ?? true) headers.set('Allow', 'GET');
  // rest_send_cors_headers: any Origin is echoed back, with credentials allowed.
  const origin = request.headers.get('Origin');
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', 'OPTIONS, GET, POST, PUT, PATCH, DELETE');
    headers.set('Access-Control-Allow-Credentials', 'true');
  }
  headers.set('Vary', 'Origin');
  return new HttpResponse(JSON.stringify(body), { status: options.status ?? 200, headers });
}

export function wpError(
  request: Request,
  status: number,
  code: string,
  message: string,
  options: Omit<WpResponseOptions, 'status'> = {},
): HttpResponse<string> {
  return wpJson(request, { code, message, data: { status } }, { allow: false, ...options, status });
}

export const noRoute = (request: Request): HttpResponse<string> =>
  wpError(request, 404, 'rest_no_route', 'No route was found matching the URL and request method.');

/** `/posts/abc` is not a route in WordPress (ids are `\d+`), so it is a 404 rest_no_route. */
export const parseId = (value: string | readonly string[] | undefined): number | null =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
