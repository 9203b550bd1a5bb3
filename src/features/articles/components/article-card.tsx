import { useId } from 'react';
import { Link } from 'react-router';
import { preloadImage, ResponsiveImage } from '../../../components/ui/responsive-image';
import type { ArticleSummary } from '../../../domain/article';
import { formatAbsolute, formatRelative } from '../../../lib/dates';
import { BookmarkButton } from '../../saved/components/bookmark-button';
import { articlePath } from '../article-path';
import { usePrefetchArticle } from '../use-prefetch-article';

type Variant = 'lead' | 'standard' | 'compact';

interface ArticleCardProps {
  article: ArticleSummary;
  variant?: Variant;
  headingLevel?: 2 | 3;
  /** Feed position (WAI-ARIA feed pattern); -1 set size when the total is unknown. */
  position?: { index: number; setSize: number };
  priorityImage?: boolean;
}

const SIZES: Record<Variant, string> = {
  lead: '(min-width: 1024px) 640px, 100vw',
  standard: '(min-width: 1024px) 300px, (min-width: 640px) 45vw, 100vw',
  compact: '120px',
};

/** For the loader of a view whose first card is its largest image: see preloadImage. */
export const preloadCardImage = (article: ArticleSummary | undefined, variant: Variant = 'standard') => {
  if (article?.image) preloadImage(article.image, SIZES[variant]);
};

export const ArticleCard = ({ article, variant = 'standard', headingLevel = 3, position, priorityImage }: ArticleCardProps) => {
  const titleId = useId();
  const prefetch = usePrefetchArticle(article.slug);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={`card card--${variant}`}
      aria-labelledby={titleId}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position ? position.setSize : undefined}
    >
      {article.image ? (
        <ResponsiveImage className="card__image" image={article.image} sizes={SIZES[variant]} priority={priorityImage} />
      ) : (
        <div className="card__image card__image--none" aria-hidden="true" />
      )}
      <div className="card__text">
        {article.category && variant !== 'compact' && <p className="card__kicker">{article.category.name}</p>}
        <Heading className="card__title" id={titleId}>
          <Link to={articlePath(article.slug)} {...prefetch}>
            {article.title}
          </Link>
        </Heading>
        {variant !== 'compact' && <p className="card__excerpt">{article.excerpt}</p>}
        <div className="card__footer">
          <p className="card__meta">
            {article.author && variant !== 'compact' && <span>{article.author.name} · </span>}
            <time dateTime={article.publishedAt} title={formatAbsolute(article.publishedAt)}>
              {formatRelative(article.publishedAt)}
            </time>
          </p>
          <BookmarkButton article={article} compact />
        </div>
      </div>
    </article>
  );
};
