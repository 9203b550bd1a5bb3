// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mockWordPress, wp } from './wp-contract';

mockWordPress();

const json = async (path: string) => {
  const response = await wp(path);
  expect(response.status).toBe(200);
  return { body: (await response.json()) as Record<string, unknown>[], total: response.headers.get('x-wp-total') };
};

describe('_fields, as WordPress 5.3+ answers it', () => {
  it("keeps only the named fields of each post, in the post's own order, with the same totals", async () => {
    const full = await json('posts?per_page=3');
    const some = await json('posts?per_page=3&_fields=title,id,excerpt');
    expect(some.total).toBe(full.total);
    expect(some.body.map((post) => Object.keys(post))).toEqual([
      ['id', 'title', 'excerpt'],
      ['id', 'title', 'excerpt'],
      ['id', 'title', 'excerpt'],
    ]);
    expect(some.body[0]?.['title']).toEqual(full.body[0]?.['title']);
  });

  it('applies to categories too, list and single', async () => {
    const full = await json('categories?per_page=100');
    const refs = await json('categories?per_page=100&_fields=slug,parent,id');
    expect(refs.total).toBe(full.total);
    expect(refs.body).toEqual(full.body.map(({ id, slug, parent }) => ({ id, slug, parent })));
    const [first] = refs.body;
    expect((await (await wp(`categories/${String(first?.['id'])}?_fields=name`)).json())).toEqual({ name: full.body[0]?.['name'] });
  });

  it('follows dotted paths into nested fields', async () => {
    const { body } = await json('posts?per_page=1&_fields=id,content.protected');
    expect(body[0]).toEqual({ id: expect.any(Number), content: { protected: false } });
  });

  it('carries what _embed embeds only when _embedded is among the fields', async () => {
    const withEmbeds = await json('posts?per_page=2&_embed=1&_fields=id,_links,_embedded');
    expect(Object.keys(withEmbeds.body[0] ?? {})).toEqual(['id', '_links', '_embedded']);
    expect(withEmbeds.body[0]?.['_embedded']).toHaveProperty('author');
    const without = await json('posts?per_page=2&_embed=1&_fields=id,title');
    expect(without.body[0]).not.toHaveProperty('_embedded');
  });

  it('applies to a single post too', async () => {
    const [first] = (await json('posts?per_page=1')).body;
    const response = await wp(`posts/${String(first?.['id'])}?_fields=slug`);
    expect(await response.json()).toEqual({ slug: first?.['slug'] });
  });
});
