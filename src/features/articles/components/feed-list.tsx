import { ArticleCard } from './article-card';
import { type FeedListProps, VirtualFeedList } from './virtual-feed-list';

/** Every loaded card in the DOM: for environments that cannot measure layout (jsdom in tests). */
const FullFeedList = ({ ref, feed, label }: FeedListProps) => (
  <div ref={ref} className="feed" role="feed" aria-busy={feed.busy} aria-label={label}>
    {feed.items.map((article, index) => (
      <ArticleCard
        key={article.id}
        article={article}
        headingLevel={2}
        priorityImage={feed.offset + index === 0}
        position={{ index: feed.offset + index, setSize: feed.total ?? -1 }}
      />
    ))}
  </div>
);

/**
 * The feed's articles (WAI-ARIA feed: role=feed, aria-busy, aria-posinset/aria-setsize on each
 * article). Windowed wherever the browser can measure elements; a browser without
 * ResizeObserver, or a test DOM with no layout, gets every loaded card.
 */
export const FeedList = (props: FeedListProps) =>
  typeof ResizeObserver === 'undefined' ? <FullFeedList {...props} /> : <VirtualFeedList {...props} />;
