import { ArticleCard } from './article-card';
import { type FeedListProps, VirtualFeedList } from './virtual-feed-list';

/** Every card in the DOM: for environments that cannot measure layout (jsdom in tests). */
const FullFeedList = ({ ref, items, total, busy, label }: FeedListProps) => (
  <div ref={ref} className="feed" role="feed" aria-busy={busy} aria-label={label}>
    {items.map((article, index) => (
      <ArticleCard key={article.id} article={article} headingLevel={2} priorityImage={index === 0} position={{ index, setSize: total ?? -1 }} />
    ))}
  </div>
);

/**
 * The feed's articles (WAI-ARIA feed: role=feed, aria-busy, aria-posinset/aria-setsize on each
 * article). Windowed wherever the browser can measure elements; a browser without
 * ResizeObserver, or a test DOM with no layout, gets every card.
 */
export const FeedList = (props: FeedListProps) =>
  typeof ResizeObserver === 'undefined' ? <FullFeedList {...props} /> : <VirtualFeedList {...props} />;
