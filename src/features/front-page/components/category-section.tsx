import { useRef } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import type { Category } from '../../../domain/category';
import { pathOfCategory } from '../../../lib/category-tree';
import { ArticleCard } from '../../articles/components/article-card';
import { FeedFooter } from '../../articles/components/feed-footer';
import { CardSkeletons } from '../../articles/components/card-skeletons';
import { useFeed } from '../../articles/use-feed';
import { sectionFilter } from '../filters';

interface CategorySectionProps {
  categories: Category[];
  section: Category;
  frontIds: number[];
}

export const CategorySection = ({ categories, section, frontIds }: CategorySectionProps) => {
  const feed = useFeed(sectionFilter(categories, section, frontIds));
  const list = useRef<HTMLDivElement>(null);
  const headingId = `section-${section.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
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
