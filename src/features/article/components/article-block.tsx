import { useRef } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { ArticleCard } from '../../articles/components/article-card';
import { CardSkeletons } from '../../articles/components/card-skeletons';
import { FeedFooter } from '../../articles/components/feed-footer';
import type { Feed } from '../../articles/use-feed';

interface ArticleBlockProps {
  id: string;
  title: string;
  feed: Feed;
  loadMoreLabel: string;
}

/** A block under the article ("You may also like", "More In …") that grows in place. */
export const ArticleBlock = ({ id, title, feed, loadMoreLabel }: ArticleBlockProps) => {
  const list = useRef<HTMLDivElement>(null);
  if (feed.status === 'success' && feed.items.length === 0 && !feed.hasMore) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {feed.status === 'pending' && <CardSkeletons count={3} />}
      {feed.status === 'error' && feed.items.length === 0 && (
        <ErrorState
          inline
          title={`Couldn't load "${title}".`}
          message={feed.error?.message ?? 'Something went wrong.'}
          onRetry={() => void feed.retry()}
          retrying={feed.isRefetching}
        />
      )}
      {feed.items.length > 0 && (
        <div ref={list} className="grid grid--three">
          {feed.items.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      )}
      <FeedFooter feed={feed} list={list} loadMoreLabel={loadMoreLabel} />
    </section>
  );
};
