import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import type { Category } from '../../../domain/category';
import { pathOfCategory } from '../../../lib/category-tree';
import { FeedFooter } from '../../articles/components/feed-footer';
import { CardGrid } from '../../articles/components/card-grid';
import { useFeed } from '../../articles/use-feed';
import { useNearEnd } from '../../articles/use-near-end';
import { SECTION_PAGE, sectionFilter } from '../filters';

interface CategorySectionProps {
  categories: Category[];
  section: Category;
  frontIds: number[];
}

/**
 * How far below the viewport a section starts loading: most of a phone screen ahead, enough for
 * its request and cards at reading speed, while the first screen of a phone loads alone.
 */
const LOAD_AHEAD = '600px';

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
      {feed.status === 'error' && feed.items.length === 0 && (
        <ErrorState
          inline
          title={`Couldn't load ${section.name}.`}
          message={feed.error?.message ?? 'Something went wrong.'}
          onRetry={() => void feed.retry()}
          retrying={feed.isRefetching}
        />
      )}
      <CardGrid ref={list} items={feed.items} className="grid" loading={feed.status === 'pending'} skeletons={SECTION_PAGE} />
      <FeedFooter feed={feed} list={list} loadMoreLabel="Load More" />
    </section>
  );
};
