import { listOf, type QueryArray } from './php-query.ts';
import { integerList, oneOf, optional, slugList, type ParamErrors } from './params.ts';

/** What terms and users have in common for the collection arguments they share. */
export interface Listable {
  id: number;
  name: string;
  slug: string;
}

export interface ListArgs<T> {
  filters: ((item: T) => boolean)[];
  sort: (items: T[]) => T[];
}

/**
 * `search`, `exclude`, `include`, `order` (default asc), `orderby` (default name) and `slug`,
 * as WP_REST_Terms_Controller and WP_REST_Users_Controller declare them.
 */
export function readListArgs<T extends Listable>(
  query: QueryArray,
  errors: ParamErrors,
  orderbyValues: readonly string[],
  count: (item: T) => number,
): ListArgs<T> {
  const filters: ((item: T) => boolean)[] = [];
  const search = query.get('search');
  if (typeof search === 'string' && search !== '') {
    const needle = search.toLowerCase();
    filters.push((t) => t.name.toLowerCase().includes(needle) || t.slug.includes(needle));
  }
  const ids = (param: string): number[] | undefined => {
    const list = optional(query, errors, param, integerList);
    if (list) query.set(param, listOf(list));
    return list;
  };
  const exclude = ids('exclude');
  if (exclude?.length) filters.push((t) => !exclude.includes(t.id));
  const include = ids('include') ?? [];
  if (include.length) filters.push((t) => include.includes(t.id));
  const order = optional(query, errors, 'order', (name, raw) => oneOf(name, raw, ['asc', 'desc'] as const)) ?? 'asc';
  const orderby = optional(query, errors, 'orderby', (name, raw) => oneOf(name, raw, orderbyValues)) ?? 'name';
  const rawSlug = query.get('slug');
  const slugs = rawSlug === undefined ? [] : slugList(rawSlug);
  if (rawSlug !== undefined) {
    query.set('slug', listOf(slugs));
    filters.push((t) => slugs.includes(t.slug));
  }

  const compare = (a: T, b: T): number => {
    switch (orderby) {
      case 'id':
        return a.id - b.id;
      case 'slug':
        return a.slug.localeCompare(b.slug);
      case 'count':
        return count(a) - count(b) || a.name.localeCompare(b.name);
      case 'include':
        return include.indexOf(a.id) - include.indexOf(b.id);
      case 'include_slugs':
        return slugs.indexOf(a.slug) - slugs.indexOf(b.slug);
      default:
        return a.name.localeCompare(b.name);
    }
  };
  const direction = order === 'desc' && orderby !== 'include' && orderby !== 'include_slugs' ? -1 : 1;
  return { filters, sort: (items) => [...items].sort((a, b) => direction * compare(a, b)) };
}
