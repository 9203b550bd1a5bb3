import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/domain/category';
import { categoryPath, sectionsOf, trailOf, withDescendants } from '../../src/lib/category-tree';

const category = (id: number, slug: string, parentId: number | null, count = 5): Category => ({
  id,
  slug,
  name: slug[0]?.toUpperCase() + slug.slice(1),
  description: '',
  parentId,
  count,
});

const categories = [
  category(2, 'news', null, 0),
  category(3, 'politics', 2, 26),
  category(4, 'world', 2, 31),
  category(9, 'elections', 3, 4),
  category(1, 'uncategorized', null, 0),
];

describe('category tree', () => {
  it('builds the route path from the trail', () => {
    const trail = trailOf(categories, 9);
    expect(trail && categoryPath(trail)).toBe('/category/news/politics/elections');
  });

  it('includes descendants, which WordPress does not do by itself', () => {
    expect(withDescendants(categories, 2).sort()).toEqual([2, 3, 4, 9]);
  });

  it('survives a parent loop', () => {
    const loop = [category(5, 'a', 6), category(6, 'b', 5)];
    expect(trailOf(loop, 5)).toBeNull();
    expect(sectionsOf(loop)).toEqual([]);
  });

  it('lists sections that hold articles, shallowest and largest first', () => {
    expect(sectionsOf(categories).map((c) => c.slug)).toEqual(['world', 'politics', 'elections']);
  });
});
