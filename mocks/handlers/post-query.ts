import { database } from '../fixtures/database.ts';
import type { PostRecord } from '../fixtures/records.ts';
import { decodeEntities } from '../fixtures/wp-text.ts';
import { listOf, type QueryArray } from './php-query.ts';
import { ParamError, dateTime, integerList, oneOf, optional, slugList, termQuery, type ParamErrors } from './params.ts';

/**
 * The posts collection's filters (WP_REST_Posts_Controller::get_collection_params), read in the
 * order WordPress declares them so multi-parameter errors list them in the same order.
 */
const ORDERBY = ['author', 'date', 'id', 'include', 'modified', 'parent', 'relevance', 'slug', 'include_slugs', 'title'] as const;
type OrderBy = (typeof ORDERBY)[number];

type Predicate = (post: PostRecord) => boolean;

export interface PostQuery {
  filters: Predicate[];
  order: 'asc' | 'desc';
  orderby: OrderBy;
  include: number[];
  slugs: string[];
  searchTerms: string[];
}

/** Straight quotes, so `can't` finds a title WordPress rendered as `can&#8217;t`. */
const fold = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** WordPress splits a search into terms (quoted phrases kept); `-term` excludes. */
function searchTerms(search: string): string[] {
  return [...search.matchAll(/"[^"]*"?|[^\s",+]+/g)].map((m) => fold(m[0].replace(/"/g, '').trim())).filter(Boolean);
}

function taxonomy(query: QueryArray, errors: ParamErrors, param: string, field: 'categories' | 'tags', exclude: boolean): Predicate | null {
  const raw = query.get(param);
  if (raw === undefined) return null;
  const parsed = errors.check(param, termQuery(param, raw));
  if (!parsed) return null;
  query.set(param, parsed.normalised);
  const ids = new Set(parsed.includeChildren ? parsed.terms.flatMap((id) => database.categoryWithChildren(id)) : parsed.terms);
  return exclude ? (p) => !p[field].some((id) => ids.has(id)) : (p) => p[field].some((id) => ids.has(id));
}

export function readPostQuery(query: QueryArray, errors: ParamErrors): PostQuery {
  const filters: Predicate[] = [];
  const idList = (param: string): number[] | undefined => {
    const ids = optional(query, errors, param, integerList);
    if (ids) query.set(param, listOf(ids));
    return ids;
  };
  const date = (param: string): number | undefined => optional(query, errors, param, (_, raw) => dateTime(raw));

  const search = query.get('search');
  const terms = typeof search === 'string' ? searchTerms(search) : [];
  for (const term of terms) {
    if (term.startsWith('-') && term.length > 1) filters.push((p) => !database.textOf(p).includes(term.slice(1)));
    else filters.push((p) => database.textOf(p).includes(term));
  }
  const after = date('after');
  if (after !== undefined) filters.push((p) => Date.parse(`${p.date}Z`) > after);
  const authors = idList('author');
  if (authors?.length) filters.push((p) => authors.includes(p.author));
  const notAuthors = idList('author_exclude');
  if (notAuthors?.length) filters.push((p) => !notAuthors.includes(p.author));
  const before = date('before');
  if (before !== undefined) filters.push((p) => Date.parse(`${p.date}Z`) < before);
  const exclude = idList('exclude');
  if (exclude?.length) filters.push((p) => !exclude.includes(p.id));
  const include = idList('include') ?? [];
  if (include.length) filters.push((p) => include.includes(p.id));
  const order = optional(query, errors, 'order', (name, raw) => oneOf(name, raw, ['asc', 'desc'] as const));
  const orderby = optional(query, errors, 'orderby', (name, raw) => oneOf(name, raw, ORDERBY));
  const rawSlug = query.get('slug');
  const slugs = rawSlug === undefined ? [] : slugList(rawSlug);
  if (rawSlug !== undefined) {
    query.set('slug', listOf(slugs));
    filters.push((p) => slugs.includes(p.slug));
  }
  for (const [param, field, excluded] of [
    ['categories', 'categories', false],
    ['categories_exclude', 'categories', true],
    ['tags', 'tags', false],
    ['tags_exclude', 'tags', true],
  ] as const) {
    const predicate = taxonomy(query, errors, param, field, excluded);
    if (predicate) filters.push(predicate);
  }
  return { filters, order: order ?? 'desc', orderby: orderby ?? 'date', include, slugs, searchTerms: terms };
}

/** Checks WordPress makes after validation, before querying. */
export function queryError(q: PostQuery): ParamError | null {
  if (q.orderby === 'relevance' && q.searchTerms.length === 0) {
    return new ParamError('rest_no_search_term_defined', 'You need to define a search term to order by relevance.');
  }
  if (q.orderby === 'include' && q.include.length === 0) {
    return new ParamError('rest_orderby_include_missing_include', 'You need to define an include parameter to order by include.');
  }
  return null;
}

const title = (p: PostRecord): string => decodeEntities(p.title).toLowerCase();

const COMPARE: Record<OrderBy, (q: PostQuery) => (a: PostRecord, b: PostRecord) => number> = {
  date: () => (a, b) => a.date.localeCompare(b.date) || a.id - b.id,
  modified: () => (a, b) => a.modified.localeCompare(b.modified) || a.id - b.id,
  id: () => (a, b) => a.id - b.id,
  author: () => (a, b) => a.author - b.author || a.id - b.id,
  parent: () => (a, b) => a.id - b.id,
  title: () => (a, b) => title(a).localeCompare(title(b)) || a.id - b.id,
  slug: () => (a, b) => a.slug.localeCompare(b.slug),
  include: (q) => (a, b) => q.include.indexOf(a.id) - q.include.indexOf(b.id),
  include_slugs: (q) => (a, b) => q.slugs.indexOf(a.slug) - q.slugs.indexOf(b.slug),
  // Relevance: whole-phrase title matches first, then any title match, then newest.
  relevance: (q) => {
    const phrase = q.searchTerms.join(' ');
    const score = (p: PostRecord): number =>
      (fold(title(p)).includes(phrase) ? 2 : 0) + (q.searchTerms.some((t) => fold(title(p)).includes(t)) ? 1 : 0);
    return (a, b) => score(a) - score(b) || a.date.localeCompare(b.date) || a.id - b.id;
  },
};

export function selectPosts(q: PostQuery): PostRecord[] {
  const matches = database.publishedPosts().filter((p) => q.filters.every((f) => f(p)));
  if (q.orderby === 'date' && q.order === 'desc') return matches; // already the stored order
  const compare = COMPARE[q.orderby](q);
  const direction = q.order === 'asc' || q.orderby === 'include' || q.orderby === 'include_slugs' ? 1 : -1;
  return matches.sort((a, b) => direction * compare(a, b));
}
