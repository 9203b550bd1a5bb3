import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { HtmlContent } from '../../components/ui/html-content';
import { articleQueries } from '../../features/articles/queries';
import { useNearEnd } from '../../features/articles/use-near-end';
import { ArticleBlocks } from '../../features/article/components/article-blocks';
import { ArticleFigure } from '../../features/article/components/article-figure';
import { ArticleHeader } from '../../features/article/components/article-header';
import { TagList } from '../../features/article/components/tag-list';
import { Breadcrumbs } from '../../features/categories/components/breadcrumbs';
import { useCategories } from '../../features/categories/use-categories';
// The reading view's styles come with its code: the front page and feeds never load them.
import '../styles/article.css';
import '../styles/breadcrumbs.css';
import { trailOf } from '../../lib/category-tree';
import { slugOf } from './article-loader';

/** About a screen and a half ahead: the blocks are drawn before the reader gets there. */
const BLOCKS_MARGIN = '1000px';

/** The reading view; loaded on demand (article.tsx), its data already requested by the loader. */
export const ArticleView = () => {
  const params = useParams();
  const { data: article } = useSuspenseQuery(articleQueries.detail(slugOf(params)));
  const categories = useCategories();
  const [nearEnd, setNearEnd] = useState(false);
  const endOfStory = useNearEnd<HTMLDivElement>(() => setNearEnd(true), !nearEnd, '0px');
  // The blocks' data is requested with the story (the loader); their dozen cards are drawn only
  // as the reader nears them, so the story itself paints and answers sooner.
  const [blocksShown, setBlocksShown] = useState(false);
  const nearBlocks = useNearEnd<HTMLDivElement>(() => setBlocksShown(true), !blocksShown, BLOCKS_MARGIN);
  const trail = article.category ? trailOf(categories, article.category.id) : null;
  return (
    <>
      <title>{`${article.title} · Gazette`}</title>
      <Breadcrumbs trail={trail} current={article.title} />
      <article className="article" aria-labelledby="article-title">
        <ArticleHeader article={article} />
        {article.image && <ArticleFigure image={article.image} />}
        <HtmlContent className="article__body prose" html={article.body} />
        <TagList tags={article.tags} />
      </article>
      {/* Watches everything after the story, not a line at its end: a line can be jumped over
          (the End key, a fling) without ever being on screen, and the reader would miss Check Also. */}
      <div ref={nearBlocks}>
        <div ref={endOfStory}>{blocksShown && <ArticleBlocks key={article.id} article={article} nearEnd={nearEnd} />}</div>
      </div>
    </>
  );
};
