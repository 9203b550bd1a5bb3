import { type RefObject, useEffect, useRef } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { useOnline } from '../../offline/use-online';
import type { Feed } from '../use-feed';

interface FeedFooterProps {
  feed: Feed;
  /** The element whose children are the list's articles, where focus goes after Load More. */
  list: RefObject<HTMLElement | null>;
  /** The button's accessible name: "Load More", "Load More In Politics", … */
  loadMoreLabel: string;
  endMessage?: string;
}

/** The link in the headline of the list's article at `index`, if it is drawn (a windowed list draws some). */
const headlineLink = (list: HTMLElement, index: number) => {
  const article = list.querySelector(`article[aria-posinset="${index + 1}"]`) ?? list.querySelectorAll('article')[index];
  return article?.querySelector<HTMLElement>('h2 a, h3 a') ?? null;
};

/**
 * After the reader asks for more, focus moves to the first new article's headline so Tab carries
 * on through the new articles; at the end of the list the button is gone and focus would
 * otherwise fall to <body>. If nothing new came (a failure), focus goes to what the footer now
 * offers (Retry). Focus the reader has moved elsewhere meanwhile is left alone.
 */
const useFocusAfterLoadMore = (feed: Feed, list: RefObject<HTMLElement | null>, footer: RefObject<HTMLElement | null>) => {
  const from = useRef<number | null>(null);
  const count = feed.end;
  const loading = feed.isLoadingMore;
  useEffect(() => {
    const start = from.current;
    if (start === null || loading) return;
    from.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && !footer.current?.contains(active)) return;
    const firstNew = count > start && list.current ? headlineLink(list.current, start) : null;
    (firstNew ?? footer.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [count, loading, list, footer]);
  // A press while a page is already loading still asks for focus on what it brings.
  return () => {
    from.current = count;
    if (!loading) void feed.loadMore();
  };
};

/** What sits under a list: more, loading, an inline retry that keeps the list, or the end. */
export const FeedFooter = ({ feed, list, loadMoreLabel, endMessage }: FeedFooterProps) => {
  const footer = useRef<HTMLDivElement>(null);
  const loadMore = useFocusAfterLoadMore(feed, list, footer);
  const online = useOnline();
  const wasOnline = useRef(online);
  const { loadMoreFailed, loadMore: retry } = feed;
  // What failed for want of a network is tried again as soon as there is one.
  useEffect(() => {
    if (online && !wasOnline.current && loadMoreFailed) void retry();
    wasOnline.current = online;
  }, [online, loadMoreFailed, retry]);
  let content = null;
  if (feed.isLoadingMore || (feed.hasMore && !feed.loadMoreFailed)) {
    // The button stays while the page loads, so keyboard focus on it is kept; aria-disabled
    // rather than disabled, which would drop the focus.
    content = (
      <button
        type="button"
        className="button button--wide"
        aria-disabled={feed.isLoadingMore}
        onClick={loadMore}
      >
        {feed.isLoadingMore ? <Spinner label="Loading more articles…" /> : loadMoreLabel}
      </button>
    );
  } else if (feed.loadMoreFailed) {
    content = (
      <ErrorState
        inline
        title="Couldn't load more articles."
        message={online ? (feed.error?.message ?? 'Something went wrong.') : "You're offline. We'll try again when you're back online."}
        onRetry={loadMore}
      />
    );
  } else if (endMessage && feed.status === 'success') {
    content = <p className="feed-end">{endMessage}</p>;
  }
  return (
    <div ref={footer} className="feed-more">
      {content}
    </div>
  );
};
