import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../../../domain/article';
import type { FeedFilter } from '../../../domain/feed';
import { articleQueries } from '../../articles/queries';
import { useFeed } from '../../articles/use-feed';
import { checkAlsoFilter, moreInFilter, relatedFilter } from '../filters';
import { ArticleBlock } from './article-block';
import { CheckAlso } from './check-also';

const NONE: FeedFilter = { perPage: 1 };

const useIdSet = (ids: number[]) => {
  const key = ids.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the set's content
  return useMemo(() => new Set(ids), [key]);
};

/**
 * The seed page's blocks under an article. No article shows twice across them, and never the one
 * being read: "You may also like" comes first, then the "Check Also" pick, then "More In".
 */
export const ArticleBlocks = ({ article, nearEnd }: { article: Article; nearEnd: boolean }) => {
  const current = useIdSet([article.id]);
  const related = useFeed(relatedFilter(article), { hidden: current });
  const relatedIds = useIdSet([article.id, ...related.items.map((item) => item.id)]);

  const checkFilter = checkAlsoFilter(article);
  const candidates = useQuery({ ...articleQueries.list(checkFilter ?? NONE), enabled: checkFilter !== null });
  const checkAlso = candidates.data?.items.find((item) => !relatedIds.has(item.id)) ?? null;

  const moreFilter = moreInFilter(article);
  const moreHidden = useIdSet([...relatedIds, ...(checkAlso ? [checkAlso.id] : [])]);
  const more = useFeed(moreFilter ?? NONE, { hidden: moreHidden, enabled: moreFilter !== null });
  const categoryName = article.category?.name ?? '';

  return (
    <>
      <ArticleBlock id="related-heading" title="You may also like" feed={related} loadMoreLabel="Load More Related Articles" />
      {moreFilter && (
        <ArticleBlock
          id="more-in-heading"
          title={`More In ${categoryName}`}
          feed={more}
          loadMoreLabel={`Load More In ${categoryName}`}
        />
      )}
      <CheckAlso article={checkAlso} revealed={nearEnd} />
    </>
  );
};
