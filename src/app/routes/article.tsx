import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type LoaderFunctionArgs, type RouteObject, useParams } from 'react-router';
import { HtmlContent } from '../../components/ui/html-content';
import { DataError } from '../../domain/data-error';
import { articleQueries } from '../../features/articles/queries';
import { useNearEnd } from '../../features/articles/use-near-end';
import { ArticleBlocks } from '../../features/article/components/article-blocks';
import { ArticleFigure } from '../../features/article/components/article-figure';
import { ArticleHeader } from '../../features/article/components/article-header';
import { TagList } from '../../features/article/components/tag-list';
import { checkAlsoFilter, moreInFilter, relatedFilter } from '../../features/article/filters';
import { Breadcrumbs } from '../../features/categories/components/breadcrumbs';
import { categoryQueries } from '../../features/categories/queries';
import { trailOf } from '../../lib/category-tree';
import { cancelOnLeave } from './cancel-on-leave';

const slugOf = (params: LoaderFunctionArgs['params']): string => {
  const slug = params['slug'];
  if (!slug) throw new DataError('not-found', 'This article could not be found.', 404);
  return slug;
};

const loader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const detail = articleQueries.detail(slugOf(params));
    cancelOnLeave(request.signal, queryClient, [categoryQueries.all().queryKey, detail.queryKey]);
    const [, article] = await Promise.all([
      queryClient.ensureQueryData(categoryQueries.all()),
      queryClient.ensureQueryData(detail),
    ]);
    // The blocks under the story load while the reader reads; the page does not wait for them.
    void queryClient.prefetchInfiniteQuery(articleQueries.feed(relatedFilter(article)));
    const more = moreInFilter(article);
    if (more) void queryClient.prefetchInfiniteQuery(articleQueries.feed(more));
    const check = checkAlsoFilter(article);
    if (check) void queryClient.prefetchQuery(articleQueries.list(check));
    return null;
  };

const ArticleRoute = () => {
  const params = useParams();
  const { data: article } = useSuspenseQuery(articleQueries.detail(slugOf(params)));
  const { data: categories } = useSuspenseQuery(categoryQueries.all());
  const [nearEnd, setNearEnd] = useState(false);
  const endOfStory = useNearEnd<HTMLDivElement>(() => setNearEnd(true), !nearEnd, '0px');
  const trail = article.category ? trailOf(categories, article.category.id) : null;
  return (
    <>
      <title>{`${article.title} · Gazette`}</title>
      <Breadcrumbs trail={trail} current={article.title} />
      <article className="article" aria-labelledby="article-title">
        <ArticleHeader article={article} />
        {article.image && <ArticleFigure image={article.image} />}
        <HtmlContent className="article__body prose" html={article.body} />
        <div ref={endOfStory} />
        <TagList tags={article.tags} />
      </article>
      <ArticleBlocks key={article.id} article={article} nearEnd={nearEnd} />
    </>
  );
};

export const articleRoute = (queryClient: QueryClient): RouteObject => ({
  path: 'article/:slug',
  loader: loader(queryClient),
  Component: ArticleRoute,
});
