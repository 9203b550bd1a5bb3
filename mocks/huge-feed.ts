import { getResponse, HttpResponse } from 'msw';
import { handlers } from './handlers/handlers.ts';
import { wpError } from './handlers/wp-response.ts';

/**
 * The `huge-feed` scenario: every post list is the real one repeated until it holds at least
 * HUGE_FEED_MIN posts, each repeat with new ids and slugs, so a feed can be read for hundreds of
 * pages (the benchmark loads 2,000+ articles). Only lists change; single posts fall through.
 */
export const HUGE_FEED_MIN = 2500;

const WP_MAX_PER_PAGE = 100;

interface LoosePost {
  id: number;
  slug: string;
}

/** The whole real list for this query, read 100 posts at a time as a client would. */
const realList = async (url: URL): Promise<{ posts: LoosePost[]; headers: Headers } | null> => {
  const posts: LoosePost[] = [];
  let headers = new Headers();
  for (let page = 1; ; page++) {
    const inner = new URL(url);
    inner.searchParams.set('page', String(page));
    inner.searchParams.set('per_page', String(WP_MAX_PER_PAGE));
    const response = await getResponse(handlers, new Request(inner));
    if (!response?.ok) return page === 1 ? null : { posts, headers };
    headers = response.headers;
    const batch = (await response.json()) as LoosePost[];
    posts.push(...batch);
    if (page >= Number(response.headers.get('X-WP-TotalPages') ?? '1')) return { posts, headers };
  }
};

/** Repeat `copy` of a post: ids stay unique across repeats, slugs say which repeat it is. */
const repeatOf = (post: LoosePost, copy: number): LoosePost =>
  copy === 0 ? post : { ...post, id: post.id + copy * 1_000_000, slug: `${post.slug}--${copy}` };

/** An article page of a repeat (`<slug>--<n>`): the original post under the repeat's id and slug. */
const repeatBySlug = async (url: URL) => {
  const match = /^(.+)--(\d+)$/.exec(url.searchParams.get('slug') ?? '');
  if (!match?.[1]) return undefined;
  const inner = new URL(url);
  inner.searchParams.set('slug', match[1]);
  const response = await getResponse(handlers, new Request(inner));
  if (!response?.ok) return response;
  const posts = ((await response.json()) as LoosePost[]).map((post) => repeatOf(post, Number(match[2])));
  return new HttpResponse(JSON.stringify(posts), { status: 200, headers: response.headers });
};

export const hugeFeed = async (request: Request) => {
  const url = new URL(request.url);
  if (url.searchParams.has('slug')) return repeatBySlug(url);
  const real = await realList(url);
  if (!real || real.posts.length === 0) return undefined;
  const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
  const perPage = Math.min(WP_MAX_PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? '10') || 10));
  const copies = Math.ceil(HUGE_FEED_MIN / real.posts.length);
  const total = copies * real.posts.length;
  const totalPages = Math.ceil(total / perPage);
  if (page > totalPages) {
    return wpError(request, 400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.');
  }
  const body: LoosePost[] = [];
  for (let index = (page - 1) * perPage; index < Math.min(total, page * perPage); index++) {
    const post = real.posts[index % real.posts.length];
    if (post) body.push(repeatOf(post, Math.floor(index / real.posts.length)));
  }
  const headers = new Headers(real.headers);
  headers.set('X-WP-Total', String(total));
  headers.set('X-WP-TotalPages', String(totalPages));
  headers.delete('Link');
  return new HttpResponse(JSON.stringify(body), { status: 200, headers });
};
