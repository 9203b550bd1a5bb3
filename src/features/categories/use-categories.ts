import { useSuspenseQuery } from '@tanstack/react-query';
import type { Category } from '../../domain/category';
import { categoryQueries } from './queries';

/** The site's categories, for a view whose route loader has already read them. */
export const useCategories = (): Category[] => useSuspenseQuery(categoryQueries.all()).data;
