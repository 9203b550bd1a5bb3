// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { CATEGORY } from '../../mocks/fixtures/taxonomy';
import { captured, defined, expectSameHeaders, expectSameShape, mockWordPress, wp } from './wp-contract';

mockWordPress();

interface Term {
  id: number;
  name: string;
  slug: string;
  parent?: number;
  count: number;
}

const json = async <T,>(response: Response): Promise<T> => (await response.json()) as T;

describe('categories, compared with WordPress 6.1', () => {
  it('lists every category, ordered by name, like categories', async () => {
    const sample = captured('categories');
    const response = await wp('categories');
    expectSameHeaders(response, sample);
    const body = await json<Term[]>(response);
    expect(response.headers.get('x-wp-total')).toBe(String(body.length));
    expect(body.map((c) => c.name)).toEqual([...body.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    expectSameShape(body, sample.body);
    const byId = new Map(body.map((c) => [c.id, c]));
    expect(byId.get(CATEGORY.news)).toMatchObject({ name: 'News', parent: 0, count: 0 });
    expect(byId.get(CATEGORY.uncategorized)).toMatchObject({ name: 'Uncategorized', parent: 0, count: 0 });
    expect(body.filter((c) => c.parent === CATEGORY.news).length).toBeGreaterThanOrEqual(6);
  });

  it('answers per_page=100 like categories-per_page-100', async () => {
    expectSameHeaders(await wp('categories?per_page=100'), captured('categories-per_page-100'));
  });

  it('keeps an empty parent in the body but not in X-WP-Total with hide_empty, like WordPress', async () => {
    const response = await wp('categories?per_page=100&hide_empty=true');
    expectSameHeaders(response, captured('categories-hide-empty'));
    const body = await json<Term[]>(response);
    expect(body.map((c) => c.id)).toContain(CATEGORY.news);
    expect(body.map((c) => c.id)).not.toContain(CATEGORY.uncategorized);
    expect(response.headers.get('x-wp-total')).toBe(String(body.filter((c) => c.count > 0).length));
  });

  it('lists the children of News like categories-children-of-news', async () => {
    const response = await wp(`categories?parent=${CATEGORY.news}`);
    expectSameHeaders(response, captured('categories-children-of-news'));
    const body = await json<Term[]>(response);
    expect(body.every((c) => c.parent === CATEGORY.news && c.count > 0)).toBe(true);
  });

  it('finds a category by slug like categories-slug-politics, [] for an unknown one', async () => {
    const sample = captured('categories-slug-politics');
    const response = await wp('categories?slug=politics');
    expectSameHeaders(response, sample);
    const body = await json<Term[]>(response);
    expect(body.map((c) => c.id)).toEqual([CATEGORY.politics]);
    expectSameShape(body, sample.body);
    const missing = await wp('categories?slug=no-such-category');
    expectSameHeaders(missing, captured('categories-slug-missing'));
    expect(await missing.json()).toEqual([]);
  });

  it('answers one category like category-politics', async () => {
    const response = await wp(`categories/${CATEGORY.politics}`);
    expectSameHeaders(response, captured('category-politics'));
    const body = await json<Term & { link: string }>(response);
    expect(body.link).toBe('http://127.0.0.1/category/news/politics/');
    expect(body.count).toBe(database.categoryCount(CATEGORY.politics));
  });

  it('filters by include', async () => {
    const body = await json<Term[]>(await wp('categories?include=3,5'));
    expect(body.map((c) => c.id).sort()).toEqual([3, 5]);
  });
});

describe('tags, users and media, compared with WordPress 6.1', () => {
  it('lists tags like tags', async () => {
    const sample = captured('tags');
    const response = await wp('tags?per_page=100');
    expectSameHeaders(response, sample);
    const body = await json<Term[]>(response);
    expect(body.length).toBeGreaterThanOrEqual(18);
    expectSameShape(body, sample.body);
  });

  it('paginates tags with the default per_page of 10', async () => {
    const response = await wp('tags');
    const total = Number(response.headers.get('x-wp-total'));
    expect(await json<Term[]>(response)).toHaveLength(10);
    expect(response.headers.get('x-wp-totalpages')).toBe(String(Math.ceil(total / 10)));
    expect(response.headers.get('link')).toBe('<http://127.0.0.1/wp-json/wp/v2/tags?page=2>; rel="next"');
  });

  it('finds tags by slug and include', async () => {
    const [tag] = await json<Term[]>(await wp('tags?slug=elections'));
    expect(tag?.name).toBe('Elections');
    const byId = await json<Term[]>(await wp(`tags?include=${tag?.id ?? 0}`));
    expect(byId.map((t) => t.slug)).toEqual(['elections']);
  });

  it('lists the four authors like users', async () => {
    const sample = captured('users');
    const response = await wp('users');
    expectSameHeaders(response, sample);
    const body = await json<{ name: string; description: string }[]>(response);
    expect(body).toHaveLength(4);
    expect(body.every((u) => u.description.length > 0)).toBe(true);
    expectSameShape(body, sample.body);
  });

  it('answers a media object like media-lead-image', async () => {
    const sample = captured('media-lead-image');
    const lead = defined(database.publishedPosts()[0]);
    const response = await wp(`media/${lead.featuredMedia}`);
    expectSameHeaders(response, sample);
    const body = await json<{ link: string; post: number; caption: { rendered: string } }>(response);
    expect(response.headers.get('link')).toBe(`<${body.link}>; rel="alternate"; type=text/html`);
    expect(body.post).toBe(lead.id);
    expect(body.caption.rendered).toMatch(/^<p>.+<\/p>\n$/);
    expectSameShape(body, sample.body);
  });
});
