import { http, type HttpHandler } from 'msw';
import { categoryHandlers } from './categories.ts';
import { mediaHandlers } from './media.ts';
import { postHandlers } from './posts.ts';
import { tagHandlers } from './tags.ts';
import { userHandlers } from './users.ts';
import { noRoute } from './wp-response.ts';

/**
 * The mock WordPress REST API. Patterns start with `*` so the handlers answer on any origin:
 * the test origin under Vitest, the dev or preview server's own origin in the browser.
 */
export const handlers: HttpHandler[] = [
  ...postHandlers,
  ...categoryHandlers,
  ...tagHandlers,
  ...userHandlers,
  ...mediaHandlers,
  // Everything else under the REST prefix, any method, is an unknown route to WordPress.
  http.all('*/wp-json/*', ({ request }) => noRoute(request)),
];
