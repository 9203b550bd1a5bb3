import { http, type HttpHandler } from 'msw';
import { database } from '../fixtures/database.ts';
import type { UserRecord } from '../fixtures/records.ts';
import { collectionResponse, readPaging, slice } from './collection.ts';
import { readListArgs } from './list-args.ts';
import { ParamErrors } from './params.ts';
import { parseQuery } from './php-query.ts';
import { noRoute, parseId, siteOrigin, wpError, wpJson } from './wp-response.ts';

const ORDERBY = ['id', 'include', 'name', 'registered_date', 'slug', 'include_slugs', 'email', 'url'];

/** Anonymous visitors only see authors of published posts (WordPress forces has_published_posts). */
const isPublicAuthor = (user: UserRecord): boolean =>
  database.publishedPosts().some((post) => post.author === user.id);

export const userHandlers: HttpHandler[] = [
  http.get('*/wp-json/wp/v2/users', ({ request }) => {
    const query = parseQuery(new URL(request.url).searchParams);
    const errors = new ParamErrors();
    const paging = readPaging(query, errors);
    const args = readListArgs<UserRecord>(query, errors, ORDERBY, () => 0);
    const invalid = errors.body();
    if (invalid) return wpJson(request, invalid, { status: 400 });

    const users = database.users().filter((u) => isPublicAuthor(u) && args.filters.every((f) => f(u)));
    const result = slice(args.sort(users), paging);
    const view = database.view(siteOrigin(request));
    return collectionResponse(request, 'users', query, paging, result, result.items.map((u) => view.user(u)));
  }),

  http.get('*/wp-json/wp/v2/users/:id', ({ request, params }) => {
    const id = parseId(params['id']);
    if (id === null) return noRoute(request);
    const user = database.user(id);
    if (!user || !isPublicAuthor(user)) return wpError(request, 404, 'rest_user_invalid_id', 'Invalid user ID.');
    return wpJson(request, database.view(siteOrigin(request)).user(user));
  }),
];
