import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../domain/article';
import { articleQueries } from '../articles/queries';
import { savedQueries } from './queries';
import { removeSaved, saveArticle } from './saved-store';

/**
 * Saved or not, and the toggle. Saving from a card first reads the whole article (usually
 * already cached), because a saved article must be readable offline.
 */
export const useSavedToggle = (article: Pick<ArticleSummary, 'id' | 'slug'>) => {
  const queryClient = useQueryClient();
  const saved = useQuery({ ...savedQueries.list(), select: (records) => records.some((r) => r.article.id === article.id) });
  const mutation = useMutation({
    mutationFn: async (save: boolean) => {
      if (!save) return removeSaved(article.id);
      const full = await queryClient.fetchQuery(articleQueries.detail(article.slug));
      return saveArticle(full);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedQueries.list().queryKey }),
  });
  return {
    saved: saved.data ?? false,
    pending: mutation.isPending,
    error: mutation.error,
    toggle: () => mutation.mutate(!(saved.data ?? false)),
  };
};
