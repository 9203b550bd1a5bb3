import { http, type HttpHandler } from 'msw';
import { database } from '../fixtures/database.ts';
import type { TagRecord } from '../fixtures/records.ts';
import { collectionResponse, readPaging, slice } from './collection.ts';
import { readListArgs } from './list-args.ts';
import { ParamErrors, boolean, integer, optional } from './params.ts';
import { parseQuery } from './php-query.ts';
import { noRoute, parseId, siteOrigin, wpError, wpJson } from './wp-response.ts';

const ORDERBY = ['id', 'include', 'name', 'slug', 'include_slugs', 'term_group', 'description', 'count'];

export const tagHandlers: HttpHandler[] = [
  http.get('*/wp-json/wp/v2/tags', ({ request }) => {
    const query = parseQuery(new URL(request.url).searchParams);
    const errors = new ParamErrors();
    const paging = readPaging(query, errors);
    const args = readListArgs<TagRecord>(query, errors, ORDERBY, (t) => database.tagCount(t.id));
    const hideEmpty = optional(query, errors, 'hide_empty', boolean);
    const post = optional(query, errors, 'post', integer);
    const invalid = errors.body();
    if (invalid) return wpJson(request, invalid, { status: 400 });
    if (hideEmpty !== undefined) query.set('hide_empty', hideEmpty ? '1' : '');

    let tags = database.tags().filter((t) => args.filters.every((f) => f(t)));
    if (hideEmpty) tags = tags.filter((t) => database.tagCount(t.id) > 0);
    if (post !== undefined) tags = tags.filter((t) => database.post(post)?.tags.includes(t.id));
    const result = slice(args.sort(tags), paging);
    const view = database.view(siteOrigin(request));
    return collectionResponse(request, 'tags', query, paging, result, result.items.map((t) => view.tag(t)));
  }),

  http.get('*/wp-json/wp/v2/tags/:id', ({ request, params }) => {
    const id = parseId(params['id']);
    if (id === null) return noRoute(request);
    const tag = database.tag(id);
    if (!tag) return wpError(request, 404, 'rest_term_invalid', 'Term does not exist.');
    return wpJson(request, database.view(siteOrigin(request)).tag(tag));
  }),
];
