import { http, type HttpHandler } from 'msw';
import { database } from '../fixtures/database.ts';
import type { CategoryRecord } from '../fixtures/records.ts';
import { collectionResponse, readPaging, slice } from './collection.ts';
import { fieldsOf, withFields } from './fields.ts';
import { readListArgs } from './list-args.ts';
import { ParamErrors, boolean, integer, optional } from './params.ts';
import { parseQuery } from './php-query.ts';
import { noRoute, parseId, siteOrigin, wpError, wpJson } from './wp-response.ts';

const ORDERBY = ['id', 'include', 'name', 'slug', 'include_slugs', 'term_group', 'description', 'count'];

/** True when the category or any descendant has published posts. */
function hasPosts(category: CategoryRecord): boolean {
  return database.categoryWithChildren(category.id).some((id) => database.categoryCount(id) > 0);
}

export const categoryHandlers: HttpHandler[] = [
  http.get('*/wp-json/wp/v2/categories', ({ request }) => {
    const query = parseQuery(new URL(request.url).searchParams);
    const errors = new ParamErrors();
    const paging = readPaging(query, errors);
    const args = readListArgs<CategoryRecord>(query, errors, ORDERBY, (c) => database.categoryCount(c.id));
    const hideEmpty = optional(query, errors, 'hide_empty', boolean);
    const parent = optional(query, errors, 'parent', integer);
    const post = optional(query, errors, 'post', integer);
    const invalid = errors.body();
    if (invalid) return wpJson(request, invalid, { status: 400 });
    if (hideEmpty !== undefined) query.set('hide_empty', hideEmpty ? '1' : '');

    let categories = database.categories().filter((c) => args.filters.every((f) => f(c)));
    if (parent !== undefined) categories = categories.filter((c) => c.parent === parent);
    if (post !== undefined) categories = categories.filter((c) => database.post(post)?.categories.includes(c.id));
    let total: number | undefined;
    if (hideEmpty) {
      // WordPress keeps an empty parent whose children have posts (get_terms pads hierarchical
      // results) but counts only non-empty terms in X-WP-Total: the captured sample shows it.
      total = categories.filter((c) => database.categoryCount(c.id) > 0).length;
      categories = categories.filter(hasPosts);
    }
    const sorted = args.sort(categories);
    const page = slice(sorted, paging);
    const result = total === undefined ? page : { ...page, total, totalPages: Math.ceil(total / paging.perPage) };
    const view = database.view(siteOrigin(request));
    return collectionResponse(request, 'categories', query, paging, result, page.items.map((c) => withFields(view.category(c), fieldsOf(query))));
  }),

  http.get('*/wp-json/wp/v2/categories/:id', ({ request, params }) => {
    const id = parseId(params['id']);
    if (id === null) return noRoute(request);
    const category = database.category(id);
    if (!category) return wpError(request, 404, 'rest_term_invalid', 'Term does not exist.');
    const query = parseQuery(new URL(request.url).searchParams);
    return wpJson(request, withFields(database.view(siteOrigin(request)).category(category), fieldsOf(query)));
  }),
];
