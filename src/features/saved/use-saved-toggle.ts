import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArticleSummary } from '../../domain/article';
import { articleQueries } from '../articles/queries';
import { savedQueries } from './queries';
import { useIsSaved } from './saved-ids';
import { loadSavedStore } from './saved-store-loader';

/**
 * Saved or not, and the toggle. Saving from a card first reads the whole article (usually
 * already cached), because a saved article must be readable offline. (A plain async handler
 * rather than useMutation: one local write needs no mutation cache, and cards are on every view.)
 */
export const useSavedToggle = (article: Pick<ArticleSummary, 'id' | 'slug'>) => {
  const queryClient = useQueryClient();
  const saved = useIsSaved(article.id);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const toggle = async (save: boolean) => {
    setPending(true);
    setError(null);
    try {
      const store = await loadSavedStore();
      if (save) await store.saveArticle(await queryClient.fetchQuery(articleQueries.detail(article.slug)));
      else await store.removeSaved(article.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setPending(false);
      await queryClient.invalidateQueries({ queryKey: savedQueries.list().queryKey });
    }
  };
  return {
    saved,
    pending,
    error,
    toggle: () => void toggle(!saved),
  };
};
