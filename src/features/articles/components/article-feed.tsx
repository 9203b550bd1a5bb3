import { useEffect, useRef, useState } from 'react';
import type { FeedFilter } from '../../../domain/feed';
import { useFeed } from '../use-feed';
import { useNearEnd } from '../use-near-end';
import { useWindowJump } from '../use-window-jump';
import { FeedFooter } from './feed-footer';
import { FeedList } from './feed-list';

/** Pages that load by themselves as the reader nears the end; then the button takes over. */
export const AUTO_LOAD_PAGES = 5;

interface ArticleFeedProps {
  filter: FeedFilter;
  label: string;
}

/**
 * Announces what changed, not what was there when the reader arrived. A component of its own:
 * the message it sets after each page redraws this line, not the whole list.
 */
const FeedAnnouncer = ({ count, hasMore }: { count: number; hasMore: boolean }) => {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef({ count, hasMore });
  useEffect(() => {
    const before = previous.current;
    previous.current = { count, hasMore };
    const added = count - before.count;
    const end = before.hasMore && !hasMore ? 'No more articles.' : '';
    if (added > 0) setAnnouncement(`${added} more articles loaded. ${end}`.trim());
    else if (end) setAnnouncement(end);
  }, [count, hasMore]);
  return (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );
};

export const ArticleFeed = ({ filter, label }: ArticleFeedProps) => {
  const feed = useFeed(filter, { endless: true });
  const jumpTo = useWindowJump(filter, feed.asOf);
  const list = useRef<HTMLDivElement>(null);
  const autoLoad = feed.hasMore && !feed.isLoadingMore && !feed.loadMoreFailed && feed.lastPage < AUTO_LOAD_PAGES;
  const sentinel = useNearEnd<HTMLDivElement>(() => void feed.loadMore(), autoLoad);

  if (feed.items.length === 0 && feed.status === 'success') {
    return <p className="feed-end">No articles in this section yet.</p>;
  }
  return (
    <>
      <FeedList ref={list} feed={feed} label={label} jumpTo={jumpTo} />
      <div ref={sentinel} className="feed__sentinel" />
      <div className="feed__footer">
        <FeedFooter feed={feed} list={list} loadMoreLabel="Load More" endMessage="No more articles" />
      </div>
      <FeedAnnouncer count={feed.end} hasMore={feed.hasMore} />
    </>
  );
};
