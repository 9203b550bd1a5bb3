import { buildUrl, type QueryArray } from './php-query.ts';
import { integer, type ParamErrors } from './params.ts';
import { siteOrigin, wpJson } from './wp-response.ts';

export interface Paging {
  page: number;
  perPage: number;
}

/** `page` (≥ 1) and `per_page` (1..100), validated first as WordPress declares them first. */
export function readPaging(query: QueryArray, errors: ParamErrors): Paging {
  const page = errors.check('page', integer('page', query.get('page') ?? '1', 1));
  const perPage = errors.check('per_page', integer('per_page', query.get('per_page') ?? '10', 1, 100));
  if (page !== undefined && query.has('page')) query.set('page', String(page));
  if (perPage !== undefined && query.has('per_page')) query.set('per_page', String(perPage));
  return { page: page ?? 1, perPage: perPage ?? 10 };
}

export interface Slice<T> {
  items: T[];
  total: number;
  totalPages: number;
}

export function slice<T>(all: readonly T[], { page, perPage }: Paging): Slice<T> {
  const start = (page - 1) * perPage;
  return { items: all.slice(start, start + perPage), total: all.length, totalPages: Math.ceil(all.length / perPage) };
}

/**
 * A page of a collection with X-WP-Total, X-WP-TotalPages and prev/next links built from the
 * sanitised query, exactly as WP_REST_Posts_Controller::get_items does (including a `prev`
 * link to page 0 when an empty result is asked for page 2).
 */
export function collectionResponse<T>(
  request: Request,
  route: string,
  query: QueryArray,
  paging: Paging,
  result: Slice<T>,
  body: unknown,
) {
  const base = `${siteOrigin(request)}/wp-json/wp/v2/${route}`;
  const links: string[] = [];
  if (paging.page > 1) {
    links.push(`<${buildUrl(base, query, Math.min(paging.page - 1, result.totalPages))}>; rel="prev"`);
  }
  if (result.totalPages > paging.page) links.push(`<${buildUrl(base, query, paging.page + 1)}>; rel="next"`);
  return wpJson(request, body, {
    total: result.total,
    totalPages: result.totalPages,
    ...(links.length > 0 ? { link: links.join(', ') } : {}),
  });
}
