import { type Ref, useDeferredValue } from 'react';
import type { ArticleSummary } from '../../../domain/article';
import { ArticleCard } from './article-card';

/** A placeholder with a card's shape; `height` pins it to the card it stands for. */
export const CardSkeleton = ({ height, className = '' }: { height?: number; className?: string }) => (
  <div className={`card card--skeleton ${className}`.trim()} style={height === undefined ? undefined : { height }} aria-hidden="true">
    <div className="card__image" />
    <div className="skeleton-line" />
    <div className="skeleton-line skeleton-line--short" />
  </div>
);

/** Placeholders with the cards' final size, so nothing shifts when articles arrive. */
const CardSkeletons = ({ count }: { count: number }) => (
  <div className="grid" aria-hidden="true">
    {Array.from({ length: count }, (_, index) => (
      <CardSkeleton key={index} />
    ))}
  </div>
);

interface CardGridProps {
  ref: Ref<HTMLDivElement>;
  items: ArticleSummary[];
  className: string;
  /** The first page is still on its way. */
  loading: boolean;
  /** Skeletons standing in until the first cards are drawn. */
  skeletons: number;
}

/**
 * A block's cards, skeletons while its first page loads. The first cards are drawn in a
 * background render that yields to the browser (useDeferredValue), so a block's articles arriving
 * is never one long task; the skeletons hold the place until then. Cards added later (Load More)
 * are drawn at once: focus goes to them.
 */
export const CardGrid = ({ ref, items, className, loading, skeletons }: CardGridProps) => {
  const deferred = useDeferredValue(items);
  const shown = deferred.length > 0 ? items : deferred;
  if (shown.length === 0) return loading || items.length > 0 ? <CardSkeletons count={skeletons} /> : null;
  return (
    <div ref={ref} className={className}>
      {shown.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
    </div>
  );
};
