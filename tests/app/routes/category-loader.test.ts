import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/app/routes/category-loader';
import { isNotFound } from '../../../src/domain/data-error';
import type { Category } from '../../../src/domain/category';

const category = (id: number, slug: string, parentId: number | null): Category => ({
  id,
  slug,
  name: slug,
  description: '',
  parentId,
  count: 5,
});

const categories = [category(2, 'news', null), category(3, 'politics', 2), category(4, 'world', 2), category(9, 'politics', 4)];

const notFound = (splat: string) => {
  try {
    resolve(categories, splat);
  } catch (error) {
    return isNotFound(error);
  }
  return false;
};

describe('the category URL', () => {
  it('names a category only along its real ancestry', () => {
    expect(resolve(categories, 'news/politics').category.id).toBe(3);
    expect(resolve(categories, 'news/world/politics').category.id).toBe(9);
    expect(resolve(categories, 'news/politics/').ancestors.map((c) => c.slug)).toEqual(['news']);
  });

  it('is not found when the path skips or misorders an ancestor, or names nothing', () => {
    expect(notFound('politics')).toBe(true);
    expect(notFound('world/politics')).toBe(true);
    expect(notFound('politics/news')).toBe(true);
    expect(notFound('nope')).toBe(true);
    expect(notFound('')).toBe(true);
  });
});
