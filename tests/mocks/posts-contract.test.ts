// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { CATEGORY } from '../../mocks/fixtures/taxonomy';
import { captured, defined, expectSameHeaders, expectSameShape, localise, mockWordPress, ORIGIN, wp } from './wp-contract';

mockWordPress();

const published = () => database.publishedPosts();
const lead = () => defined(published()[0]);
const withImage = (items: { featured_media: number }[], image: boolean) =>
  items.find((item) => (item.featured_media > 0) === image);

describe('posts collection, compared with WordPress 6.1', () => {
  it('answers the last, partial page like posts-page13-last-partial', async () => {
    const sample = captured('posts-page13-last-partial');
    const total = published().length;
    const last = Math.ceil(total / 10);
    const response = await wp(`posts?per_page=10&page=${last}&_embed`);
    expectSameHeaders(response, sample);
    expect(response.headers.get('x-wp-total')).toBe(String(total));
    expect(response.headers.get('x-wp-totalpages')).toBe(String(last));
    expect(response.headers.get('link')).toBe(
      `<${ORIGIN}/wp-json/wp/v2/posts?per_page=10&page=${last - 1}&_embed>; rel="prev"`,
    );
    const body = (await response.json()) as { featured_media: number }[];
    expect(body).toHaveLength(total % 10 || 10);
    const expected = sample.body as { featured_media: number }[];
    // Compare like with like: the sample's first post has no featured image.
    const ours = (await (await wp('posts?per_page=100&_embed')).json()) as { featured_media: number }[];
    expectSameShape(withImage(ours, false), expected[0]);
  });

  it('filters by category like posts-category-politics-embed, with the same next link', async () => {
    const sample = captured('posts-category-politics-embed');
    const response = await wp('posts?categories=3&per_page=10&page=1&_embed');
    expectSameHeaders(response, sample);
    const politics = database.categoryCount(CATEGORY.politics);
    expect(politics).toBeGreaterThanOrEqual(26);
    expect(response.headers.get('x-wp-total')).toBe(String(politics));
    expect(response.headers.get('x-wp-totalpages')).toBe(String(Math.ceil(politics / 10)));
    const link = sample.headers.find(([n]) => n === 'Link')?.[1] ?? '';
    expect(response.headers.get('link')).toBe(localise(link));
    const body = (await response.json()) as { featured_media: number; id: number }[];
    const expected = sample.body as { featured_media: number }[];
    expect(body[0]?.id).toBe(lead().id);
    expectSameShape(body[0], expected[0]);
  });

  it('excludes a post like posts-category-politics-exclude-lead, appending page to the links', async () => {
    const sample = captured('posts-category-politics-exclude-lead');
    const response = await wp(`posts?categories=3&exclude=${lead().id}&per_page=5&_embed`);
    expectSameHeaders(response, sample);
    expect(response.headers.get('x-wp-total')).toBe(String(database.categoryCount(CATEGORY.politics) - 1));
    expect(response.headers.get('link')).toBe(
      `<${ORIGIN}/wp-json/wp/v2/posts?categories%5B0%5D=3&exclude%5B0%5D=${lead().id}&per_page=5&_embed&page=2>; rel="next"`,
    );
    const body = (await response.json()) as { id: number }[];
    expect(body.map((p) => p.id)).not.toContain(lead().id);
  });

  it('does not include child categories: News (a parent) is empty like posts-category-news-parent-empty', async () => {
    const response = await wp(`posts?categories=${CATEGORY.news}`);
    expectSameHeaders(response, captured('posts-category-news-parent-empty'));
    expect(response.headers.get('x-wp-total')).toBe('0');
    expect(response.headers.get('x-wp-totalpages')).toBe('0');
    expect(await response.json()).toEqual([]);
  });

  it('answers an empty search with 200 [] on page 1 and page 2 (prev link to page 0)', async () => {
    const first = await wp('posts?search=zzzz-no-match');
    expectSameHeaders(first, captured('posts-search-no-match'));
    expect(await first.json()).toEqual([]);
    const second = await wp('posts?search=zzzz-no-match&page=2');
    expectSameHeaders(second, captured('posts-search-no-match-page2'));
    expect(second.headers.get('x-wp-total')).toBe('0');
    expect(second.headers.get('link')).toBe(`<${ORIGIN}/wp-json/wp/v2/posts?search=zzzz-no-match&page=0>; rel="prev"`);
    expect(await second.json()).toEqual([]);
  });

  it('searches title, excerpt and content like posts-search-russia', async () => {
    const response = await wp('posts?search=russia&_embed');
    expectSameHeaders(response, captured('posts-search-russia'));
    const body = (await response.json()) as { id: number }[];
    expect(body.map((p) => p.id)).toContain(lead().id);
  });

  it('finds a post by slug like posts-slug-lead-embed, and answers [] for an unknown slug', async () => {
    const found = await wp(`posts?slug=${lead().slug}&_embed`);
    expectSameHeaders(found, captured('posts-slug-lead-embed'));
    const body = (await found.json()) as { id: number }[];
    expect(body.map((p) => p.id)).toEqual([lead().id]);
    const missing = await wp('posts?slug=no-such-post');
    expectSameHeaders(missing, captured('posts-slug-missing'));
    expect(await missing.json()).toEqual(captured('posts-slug-missing').body);
  });
});

describe('single posts, compared with WordPress 6.1', () => {
  it('embeds author, featured image and terms like post-lead-embed', async () => {
    const sample = captured('post-lead-embed');
    const response = await wp(`posts/${lead().id}?_embed`);
    expectSameHeaders(response, sample);
    const body = (await response.json()) as { link: string };
    expect(response.headers.get('link')).toBe(`<${body.link}>; rel="alternate"; type=text/html`);
    expectSameShape(body, sample.body);
  });

  it.each(['post-long-title-embed', 'post-unicode-embed'])('has the shape of %s', async (name) => {
    const sample = captured(name);
    const image = (sample.body as { featured_media: number }).featured_media > 0;
    const post = defined(published().find((p) => (p.featuredMedia > 0) === image && p.tags.length > 0));
    const response = await wp(`posts/${post.id}?_embed`);
    expectSameHeaders(response, sample);
    expectSameShape(await response.json(), sample.body);
  });

  it('leaves out wp:featuredmedia (link and embed) for a post without a featured image', async () => {
    const post = defined(published().find((p) => p.featuredMedia === 0));
    const body = (await (await wp(`posts/${post.id}?_embed`)).json()) as Record<string, Record<string, unknown>>;
    expect(body['featured_media']).toBe(0);
    expect(body['_links']).not.toHaveProperty('wp:featuredmedia');
    expect(body['_embedded']).not.toHaveProperty('wp:featuredmedia');
    expect(Object.keys(body['_embedded'] ?? {})).toEqual(['author', 'wp:term']);
  });

  it('sends no _embedded without _embed', async () => {
    const body = (await (await wp(`posts/${lead().id}`)).json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('_embedded');
  });
});
