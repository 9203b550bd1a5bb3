import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import type { Category } from '../../../domain/category';
import { pathOfCategory } from '../../../lib/category-tree';
import { ArticleCard } from '../../articles/components/article-card';
import { FeedFooter } from '../../articles/components/feed-footer';
import { CardSkeletons } from '../../articles/components/card-skeletons';
import { useFeed } from '../../articles/use-feed';
import { useNearEnd } from '../../articles/use-near-end';
import { sectionFilter } from '../filters';

interface CategorySectionProps {
  categories: Category[];
  section: Category;
  frontIds: number[];
}

/** How far below the viewport a section starts loading: a fast scroll still finds it filled. */
const LOAD_AHEAD = '1200px';

/**
 * A section of the front page. Its articles are read when the reader scrolls within reach of
 * it, not with the page: the first view's requests, parsing and rendering are the stories on
 * screen, and the sections below cost nothing until wanted. A section already in the cache
 * shows at once.
 */
export const CategorySection = ({ categories, section, frontIds }: CategorySectionProps) => {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholder = useNearEnd<HTMLElement>(() => setNear(true), !near, LOAD_AHEAD);
  const feed = useFeed(sectionFilter(categories, section, frontIds), { enabled: near });
  const list = useRef<HTMLDivElement>(null);
  const headingId = `section-${section.id}`;
  return (
    <section ref={placeholder} className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        <Link to={pathOfCategory(categories, section.id) ?? '/'}>{section.name}</Link>
      </h2>
      {feed.status === 'pending' && <CardSkeletons count={4} />}
      {feed.status === 'error' && feed.items.length === 0 && (
        <ErrorState
          inline
          title={`Couldn't load ${section.name}.`}
          message={feed.error?.message ?? 'Something went wrong.'}
          onRetry={() => void feed.retry()}
          retrying={feed.isRefetching}
        />
      )}
      {feed.items.length > 0 && (
        <div ref={list} className="grid">
          {feed.items.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      )}
      <FeedFooter feed={feed} list={list} loadMoreLabel="Load More" />
    </section>
  );
};
