import type { ArticleSummary } from '../../../domain/article';
import { useSavedToggle } from '../use-saved-toggle';

interface BookmarkButtonProps {
  article: Pick<ArticleSummary, 'id' | 'slug' | 'title'>;
  /** Cards show an icon; the article page spells it out. */
  compact?: boolean;
}

export const BookmarkButton = ({ article, compact = false }: BookmarkButtonProps) => {
  const { saved, pending, error, toggle } = useSavedToggle(article);
  return (
    <span className="bookmark">
      <button
        type="button"
        className={compact ? 'icon-button bookmark__button' : 'button bookmark__button'}
        aria-pressed={saved}
        aria-label={compact ? `Save for later: ${article.title}` : undefined}
        disabled={pending}
        onClick={toggle}
      >
        <span aria-hidden="true" className="bookmark__icon">
          {saved ? '★' : '☆'}
        </span>
        {!compact && (saved ? ' Saved' : ' Save for later')}
      </button>
      {error && (
        <span className="bookmark__error" role="alert">
          {error.message}
        </span>
      )}
    </span>
  );
};
