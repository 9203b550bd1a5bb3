import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { DataError, isNotFound } from '../../domain/data-error';
import { articleQueries } from '../../features/articles/queries';
import { preloadFigureImage } from '../../features/article/components/article-figure';
import { checkAlsoFilter, moreInFilter, relatedFilter } from '../../features/article/filters';
import { loadSavedStore } from '../../features/saved/saved-store-loader';
import { categoryQueries } from '../../features/categories/queries';
import { cancelOnLeave } from './cancel-on-leave';

export const slugOf = (params: LoaderFunctionArgs['params']): string => {
  const slug = params['slug'];
  if (!slug) throw new DataError('not-found', 'This article could not be found.', 404);
  return slug;
};

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const detail = articleQueries.detail(slugOf(params));
    cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey, detail.queryKey]);
    const [, article] = await Promise.all([
      queryClient.ensureQueryData(categoryQueries.all()),
      queryClient.ensureQueryData(detail).catch(async (error: unknown) => {
        // Offline (or the site is down): a saved copy is as good as the live one.
        const saved = isNotFound(error) ? null : await (await loadSavedStore()).getSavedBySlug(slugOf(params));
        if (!saved) throw error;
        queryClient.setQueryData(detail.queryKey, saved);
        return saved;
      }),
    ]);
    preloadFigureImage(article.image);
    // The blocks under the story load while the reader reads; the page does not wait for them.
    void queryClient.prefetchInfiniteQuery(articleQueries.feed(relatedFilter(article)));
    const more = moreInFilter(article);
    if (more) void queryClient.prefetchInfiniteQuery(articleQueries.feed(more));
    const check = checkAlsoFilter(article);
    if (check) void queryClient.prefetchQuery(articleQueries.list(check));
    return null;
  };
