// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { CATEGORY } from '../../mocks/fixtures/taxonomy';
import { BROWSER_ORIGIN, defined, mockWordPress, wp } from './wp-contract';

mockWordPress();

interface Post {
  id: number;
  date: string;
  categories: number[];
  tags: number[];
  title: { rendered: string };
}

const list = async (query: string) => {
  const response = await wp(`posts?${query}`);
  expect(response.status).toBe(200);
  return {
    posts: (await response.json()) as Post[],
    total: Number(response.headers.get('x-wp-total')),
    pages: Number(response.headers.get('x-wp-totalpages')),
    link: response.headers.get('link'),
  };
};

describe('posts collection filters', () => {
  it('paginates newest first with per_page defaulting to 10', async () => {
    const all = database.publishedPosts();
    const first = await list('');
    expect(first.posts).toHaveLength(10);
    expect(first.total).toBe(all.length);
    expect(first.pages).toBe(Math.ceil(all.length / 10));
    const second = await list('page=2');
    expect(second.posts.map((p) => p.id)).toEqual(all.slice(10, 20).map((p) => p.id));
    expect(second.link).toBe(
      '<http://127.0.0.1/wp-json/wp/v2/posts?page=1>; rel="prev", <http://127.0.0.1/wp-json/wp/v2/posts?page=3>; rel="next"',
    );
    const dates = (await list('per_page=100')).posts.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('orders posts that share a date by id, highest first', () => {
    const all = database.publishedPosts();
    const tie = all.findIndex((p, i) => all[i + 1]?.date === p.date);
    expect(tie).toBeGreaterThanOrEqual(0);
    expect(defined(all[tie]).id).toBeGreaterThan(defined(all[tie + 1]).id);
  });

  it('has a small category whose feed ends on the first page', async () => {
    const science = await list(`categories=${CATEGORY.science}`);
    expect(science.total).toBeLessThanOrEqual(8);
    expect(science.pages).toBe(1);
    expect(science.link).toBe('<http://127.0.0.1/wp-json/>; rel="https://api.w.org/"');
  });

  it('includes child categories only with the categories[include_children] form', async () => {
    const children = await list(`categories[terms]=${CATEGORY.news}&categories[include_children]=true&per_page=100`);
    expect(children.total).toBe(database.publishedPosts().length);
    expect(children.posts.every((p) => p.categories.some((c) => c !== CATEGORY.news))).toBe(true);
    const page1 = await list(`categories[terms]=${CATEGORY.news}&categories[include_children]=1&per_page=5`);
    expect(page1.link).toBe(
      `<http://127.0.0.1/wp-json/wp/v2/posts?categories%5Bterms%5D%5B0%5D=${CATEGORY.news}&categories%5Binclude_children%5D=1&per_page=5&page=2>; rel="next"`,
    );
    expect((await list(`categories[terms]=${CATEGORY.news}`)).total).toBe(0);
  });

  it('ORs several categories or tags and ANDs the two taxonomies', async () => {
    const both = await list(`categories=${CATEGORY.politics},${CATEGORY.science}&per_page=100`);
    expect(both.total).toBe(database.categoryCount(CATEGORY.politics) + database.categoryCount(CATEGORY.science));
    const elections = defined(database.tags().find((t) => t.slug === 'elections'));
    const tagged = await list(`tags=${elections.id}&categories=${CATEGORY.politics}&per_page=100`);
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.posts.every((p) => p.tags.includes(elections.id) && p.categories.includes(CATEGORY.politics))).toBe(true);
    const excluded = await list(`categories_exclude=${CATEGORY.politics}&per_page=100`);
    expect(excluded.posts.some((p) => p.categories.includes(CATEGORY.politics))).toBe(false);
  });

  it('filters with before (exclusive, compared with the post date) and after', async () => {
    const all = database.publishedPosts();
    const pivot = defined(all[20]);
    const before = await list(`before=${pivot.date}&per_page=100`);
    expect(before.posts[0]?.id).toBe(all.find((p) => p.date < pivot.date)?.id);
    expect(before.posts.every((p) => p.date < pivot.date)).toBe(true);
    const after = await list(`after=${pivot.date}Z&per_page=100`);
    expect(after.posts.every((p) => p.date > pivot.date)).toBe(true);
    expect(before.total + after.total).toBeLessThan(all.length);
  });

  it('excludes and includes by id', async () => {
    const [a, b] = database.publishedPosts().map((p) => p.id);
    const excluded = await list(`exclude=${defined(a)},${defined(b)}`);
    expect(excluded.posts[0]?.id).toBe(database.publishedPosts()[2]?.id);
    expect(excluded.total).toBe(database.publishedPosts().length - 2);
    const included = await list(`include[]=${defined(b)}&include[]=${defined(a)}&orderby=include`);
    expect(included.posts.map((p) => p.id)).toEqual([b, a]);
  });

  it('searches case-insensitively across title, excerpt and content', async () => {
    const lead = defined(database.publishedPosts()[0]);
    const hits = await list('search=GENEVA');
    expect(hits.posts.map((p) => p.id)).toContain(lead.id);
    const apostrophe = await list("search=can't agree");
    expect(apostrophe.posts.map((p) => p.title.rendered)).toEqual(["Ministers Can&#8217;t Agree on Who Should Pay for New Flood Defences"]);
  });

  it('finds the unicode post by its decoded or percent-encoded slug', async () => {
    const post = defined(database.publishedPosts().find((p) => p.slug.includes('%e6%9d%b1')));
    const encoded = await list(`slug=${encodeURIComponent(post.slug)}`);
    const decoded = await list(`slug=${encodeURIComponent(decodeURIComponent(post.slug))}`);
    expect(encoded.posts.map((p) => p.id)).toEqual([post.id]);
    expect(decoded.posts.map((p) => p.id)).toEqual([post.id]);
  });

  it('orders ascending on request', async () => {
    const oldest = await list('order=asc&per_page=1');
    expect(oldest.posts[0]?.id).toBe(database.publishedPosts().at(-1)?.id);
  });

  it('echoes the Origin for CORS and exposes the paging headers', async () => {
    const response = await wp('posts?per_page=1');
    expect(response.headers.get('access-control-allow-origin')).toBe(BROWSER_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toBe('X-WP-Total, X-WP-TotalPages, Link');
    const anonymous = await fetch('http://127.0.0.1/wp-json/wp/v2/posts?per_page=1');
    expect(anonymous.headers.get('access-control-allow-origin')).toBeNull();
    expect(anonymous.headers.get('vary')).toBe('Origin');
  });

  it('answers any origin, with links on that origin', async () => {
    const response = await fetch('http://localhost:4173/wp-json/wp/v2/posts?per_page=1&_embed');
    const [post] = (await response.json()) as { link: string; _links: { self: { href: string }[] } }[];
    expect(post?.link.startsWith('http://localhost:4173/2026/')).toBe(true);
    expect(post?._links.self[0]?.href).toMatch(/^http:\/\/localhost:4173\/wp-json\/wp\/v2\/posts\/\d+$/);
  });
});
