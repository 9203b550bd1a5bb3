import { useRef } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { CardGrid } from '../../articles/components/card-grid';
import { FeedFooter } from '../../articles/components/feed-footer';
import type { Feed } from '../../articles/use-feed';
import { BLOCK_PAGE } from '../filters';

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
      {feed.status === 'error' && feed.items.length === 0 && (
        <ErrorState
          inline
          title={`Couldn't load "${title}".`}
          message={feed.error?.message ?? 'Something went wrong.'}
          onRetry={() => void feed.retry()}
          retrying={feed.isRefetching}
        />
      )}
      <CardGrid ref={list} items={feed.items} className="grid grid--three" loading={feed.status === 'pending'} skeletons={BLOCK_PAGE} />
      <FeedFooter feed={feed} list={list} loadMoreLabel={loadMoreLabel} />
    </section>
  );
};
