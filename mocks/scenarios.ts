import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { database } from './fixtures/database.ts';
import { handlers } from './handlers/handlers.ts';
import { wpError } from './handlers/wp-response.ts';
import { hostileHtml, XSS_PAYLOADS } from './fixtures/xss-payloads.ts';
import { HUGE_FEED_MIN, hugeFeed } from './huge-feed.ts';

/**
 * Network faults a developer can switch on in the running app (`/__mock/scenario`) and tests
 * reuse (`server.use(...scenarioHandlers('rate-limited'))`). Each is a set of MSW handlers put in
 * front of the normal ones; a resolver that returns nothing lets the request fall through.
 */
export const SCENARIOS = {
  slow: 'Every API answer takes 2 seconds',
  'server-error': 'The API answers 500',
  unavailable: 'The API answers 503 with Retry-After: 2',
  'rate-limited': 'The API answers 429 with Retry-After: 3',
  timeout: 'The API never answers',
  truncated: 'The API cuts its JSON short',
  offline: 'The network is down',
  'pages-shift': 'A post is published before every request for page 2 or later',
  'total-shrinks': 'Posts vanish: every page after the first is past the end',
  'hostile-content': 'Every post carries XSS payloads in its title, excerpt, body and caption',
  'huge-feed': `Every list repeats its posts (new ids) to ${HUGE_FEED_MIN}+ articles, for long-feed benchmarks`,
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export const isScenario = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name);

const API = '*/wp-json/*';
const POSTS = '*/wp-json/wp/v2/posts';

const laterPage = (request: Request) => Number(new URL(request.url).searchParams.get('page') ?? '1') > 1;

let published = 0;

const build: Record<ScenarioName, () => HttpHandler[]> = {
  slow: () => [
    http.all(API, async () => {
      await delay(2000);
    }),
  ],
  'server-error': () => [
    http.all(API, ({ request }) => wpError(request, 500, 'internal_server_error', 'There has been a critical error on this website.')),
  ],
  unavailable: () => [
    http.all(API, () => new HttpResponse('Service Unavailable', { status: 503, headers: { 'Retry-After': '2' } })),
  ],
  'rate-limited': () => [
    http.all(API, ({ request }) => {
      const response = wpError(request, 429, 'too_many_requests', 'Too many requests.');
      response.headers.set('Retry-After', '3');
      return response;
    }),
  ],
  timeout: () => [
    http.all(API, async () => {
      await delay('infinite');
    }),
  ],
  truncated: () => [
    http.all(API, async ({ request }) => {
      const real = await getResponse(handlers, request.clone());
      if (!real) return undefined;
      const text = await real.text();
      return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), { status: real.status, headers: real.headers });
    }),
  ],
  offline: () => [http.all(API, () => HttpResponse.error())],
  'pages-shift': () => [
    http.get(POSTS, ({ request }) => {
      if (!laterPage(request)) return undefined;
      published += 1;
      database.publish({ title: `Breaking update number ${published}`, categories: [3, 4, 5, 6, 7, 8] }, new URL(request.url).origin);
      return undefined;
    }),
  ],
  'total-shrinks': () => [
    http.get(POSTS, ({ request }) =>
      laterPage(request)
        ? wpError(request, 400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.')
        : undefined,
    ),
  ],
  'hostile-content': () => [http.get(POSTS, ({ request }) => hostile(request)), http.get(`${POSTS}/:id`, ({ request }) => hostile(request))],
  'huge-feed': () => [http.get(POSTS, ({ request }) => hugeFeed(request))],
};

interface Rendered {
  rendered: string;
}
interface LoosePost {
  id: number;
  title: Rendered;
  excerpt: Rendered;
  /** Absent from lists that ask for `_fields` without it. */
  content?: Rendered;
  _embedded?: { 'wp:featuredmedia'?: { caption?: Rendered }[] };
}

const poison = (post: LoosePost): LoosePost => {
  const payload = XSS_PAYLOADS[post.id % XSS_PAYLOADS.length] ?? '';
  post.title.rendered = `Hostile story ${post.id} ${payload}`;
  post.excerpt.rendered = `<p>Hostile excerpt</p>${payload}`;
  if (post.content) post.content.rendered = hostileHtml();
  for (const media of post._embedded?.['wp:featuredmedia'] ?? []) {
    if (media.caption) media.caption.rendered = `<p>Hostile caption</p>${payload}`;
  }
  return post;
};

const hostile = async (request: Request) => {
  const real = await getResponse(handlers, request.clone());
  if (!real?.ok) return real;
  const body = (await real.json()) as LoosePost | LoosePost[];
  const poisoned = Array.isArray(body) ? body.map(poison) : poison(body);
  return new HttpResponse(JSON.stringify(poisoned), { status: real.status, headers: real.headers });
};

export const scenarioHandlers = (name: ScenarioName): HttpHandler[] => build[name]();
