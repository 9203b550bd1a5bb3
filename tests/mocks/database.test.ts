// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { CATEGORY } from '../../mocks/fixtures/taxonomy';
import { defined, mockWordPress, wp } from './wp-contract';

mockWordPress();

const page = async (query: string) => {
  const response = await wp(`posts?${query}`);
  return {
    ids: ((await response.json()) as { id: number }[]).map((p) => p.id),
    total: Number(response.headers.get('x-wp-total')),
  };
};

describe('the mutable database', () => {
  it('publish() puts a new post at the top of page 1 and shifts everything down', async () => {
    const before = await page('per_page=10');
    const post = database.publish({ title: 'Breaking: Storm Closes Main Bridge', image: 'harbour-evening' });
    expect(post.slug).toBe('breaking-storm-closes-main-bridge');
    expect(post.date > defined(database.publishedPosts()[1]).date).toBe(true);
    const after = await page('per_page=10');
    expect(after.total).toBe(before.total + 1);
    expect(after.ids).toEqual([post.id, ...before.ids.slice(0, 9)]);
    // The post that was last on page 1 now opens page 2.
    expect((await page('per_page=10&page=2')).ids[0]).toBe(before.ids[9]);
  });

  it('publishes into a category, updating its count and feed, with an embeddable image', async () => {
    const count = database.categoryCount(CATEGORY.science);
    const post = database.publish({
      title: 'Probe Sends Back First Images',
      content: 'First paragraph.\n\nSecond paragraph.',
      categories: [CATEGORY.science],
      image: 'ringed-planet',
    });
    expect(post.content.rendered).toBe('\n<p>First paragraph.</p>\n\n\n\n<p>Second paragraph.</p>\n');
    expect(database.categoryCount(CATEGORY.science)).toBe(count + 1);
    expect((await page(`categories=${CATEGORY.science}`)).ids[0]).toBe(post.id);
    const embedded = (await (await wp(`posts/${post.id}?_embed`)).json()) as {
      _embedded: { 'wp:featuredmedia': { id: number }[] };
    };
    expect(embedded._embedded['wp:featuredmedia'][0]?.id).toBe(post.featured_media);
  });

  it('reset() restores the deterministic dataset', async () => {
    const before = await page('per_page=5');
    const post = database.publish({ title: 'Temporary Story' });
    database.reset();
    expect(database.post(post.id)).toBeUndefined();
    expect(await page('per_page=5')).toEqual(before);
  });

  it('remove() drops a post, as if an editor trashed it between page loads', async () => {
    const [first, second] = database.publishedPosts().map((p) => p.id);
    expect(database.remove(defined(first))).toBe(true);
    expect((await page('per_page=1')).ids).toEqual([second]);
    expect((await wp(`posts/${defined(first)}`)).status).toBe(404);
  });
});
