import { http, type HttpHandler } from 'msw';
import { database } from '../fixtures/database.ts';
import { postLink } from '../fixtures/post-json.ts';
import { EMBED_RELS, type EmbedRel } from '../fixtures/site-view.ts';
import { collectionResponse, readPaging, slice } from './collection.ts';
import { fieldsOf, withFields } from './fields.ts';
import { ParamErrors, parseList } from './params.ts';
import { parseQuery, type QueryArray } from './php-query.ts';
import { queryError, readPostQuery, selectPosts } from './post-query.ts';
import { noRoute, parseId, siteOrigin, wpError, wpJson } from './wp-response.ts';

/** rest_parse_embed_param: `_embed`, `_embed=1` or `_embed=true` embed everything; else a list. */
export function embedOf(query: QueryArray): EmbedRel[] {
  const value = query.get('_embed');
  if (value === undefined) return [];
  if (typeof value === 'string' && ['', '1', 'true'].includes(value)) return [...EMBED_RELS];
  const wanted = parseList(value);
  return EMBED_RELS.filter((rel) => wanted.includes(rel));
}

export const postHandlers: HttpHandler[] = [
  http.get('*/wp-json/wp/v2/posts', ({ request }) => {
    const query = parseQuery(new URL(request.url).searchParams);
    const errors = new ParamErrors();
    const paging = readPaging(query, errors);
    const postQuery = readPostQuery(query, errors);
    const invalid = errors.body();
    if (invalid) return wpJson(request, invalid, { status: 400 });
    const refused = queryError(postQuery);
    if (refused) return wpError(request, 400, refused.code, refused.message, { allow: true });

    const result = slice(selectPosts(postQuery), paging);
    // An empty result is a 200 on any page; past the end of a non-empty one is an error.
    if (paging.page > result.totalPages && result.total > 0) {
      return wpError(
        request,
        400,
        'rest_post_invalid_page_number',
        'The page number requested is larger than the number of pages available.',
        { allow: true },
      );
    }
    const view = database.view(siteOrigin(request));
    const embed = embedOf(query);
    const fields = fieldsOf(query);
    const body = result.items.map((post) => withFields(view.post(post, embed), fields));
    return collectionResponse(request, 'posts', query, paging, result, body);
  }),

  http.get('*/wp-json/wp/v2/posts/:id', ({ request, params }) => {
    const id = parseId(params['id']);
    if (id === null) return noRoute(request);
    const post = database.post(id);
    if (!post) return wpError(request, 404, 'rest_post_invalid_id', 'Invalid post ID.');
    if (post.status !== 'publish') {
      return wpError(request, 401, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
    }
    const origin = siteOrigin(request);
    const query = parseQuery(new URL(request.url).searchParams);
    return wpJson(request, withFields(database.view(origin).post(post, embedOf(query)), fieldsOf(query)), {
      link: `<${postLink(post, origin)}>; rel="alternate"; type=text/html`,
    });
  }),
];
