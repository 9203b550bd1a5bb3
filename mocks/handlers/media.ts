import { http, type HttpHandler } from 'msw';
import { database } from '../fixtures/database.ts';
import { noRoute, parseId, siteOrigin, wpError, wpJson } from './wp-response.ts';

export const mediaHandlers: HttpHandler[] = [
  http.get('*/wp-json/wp/v2/media/:id', ({ request, params }) => {
    const id = parseId(params['id']);
    if (id === null) return noRoute(request);
    const media = database.media(id);
    // Attachments share the posts table, so a missing one is an invalid *post* id.
    if (!media) return wpError(request, 404, 'rest_post_invalid_id', 'Invalid post ID.');
    const json = database.view(siteOrigin(request)).media(media);
    return wpJson(request, json, { link: `<${json.link}>; rel="alternate"; type=text/html` });
  }),
];
