import type { Category } from '../../domain/category';
import { toCategory } from './mappers';
import { wpGetList } from './wp-request';
import { WpCategorySchema } from './wp-schemas';

const PER_PAGE = 100;

/** Every category of the site; sites with more than 100 are read page by page. */
export const getCategories = async (signal?: AbortSignal): Promise<Category[]> => {
  const first = await wpGetList(WpCategorySchema, 'categories', { per_page: PER_PAGE, page: 1 }, signal);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) =>
      wpGetList(WpCategorySchema, 'categories', { per_page: PER_PAGE, page: index + 2 }, signal),
    ),
  );
  return [first, ...rest].flatMap((list) => list.items).map(toCategory);
};
