import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import type { Feed } from '../use-feed';

interface FeedFooterProps {
  feed: Feed;
  /** The button's accessible name: "Load More", "Load More In Politics", … */
  loadMoreLabel: string;
  endMessage?: string;
}

/** What sits under a list: loading, an inline retry that keeps the list, more, or the end. */
export const FeedFooter = ({ feed, loadMoreLabel, endMessage }: FeedFooterProps) => {
  if (feed.isLoadingMore) return <Spinner label="Loading more articles…" />;
  if (feed.loadMoreFailed) {
    return (
      <ErrorState
        inline
        title="Couldn't load more articles."
        message={feed.error?.message ?? 'Something went wrong.'}
        onRetry={() => void feed.loadMore()}
      />
    );
  }
  if (feed.hasMore) {
    return (
      <button type="button" className="button button--wide" onClick={() => void feed.loadMore()}>
        {loadMoreLabel}
      </button>
    );
  }
  return endMessage && feed.status === 'success' ? <p className="feed-end">{endMessage}</p> : null;
};
