import { useState } from 'react';
import type { ArticleSummary } from '../../../domain/article';
import { ArticleCard } from '../../articles/components/article-card';

interface CheckAlsoProps {
  article: ArticleSummary | null;
  /** The reader has reached the end of the story. */
  revealed: boolean;
}

/** A teaser for the next story that slides in at the end of this one; the reader can close it. */
export const CheckAlso = ({ article, revealed }: CheckAlsoProps) => {
  const [dismissedId, setDismissedId] = useState<number | null>(null);
  if (!article || !revealed || dismissedId === article.id) return null;
  return (
    <aside className="check-also" aria-labelledby="check-also-heading">
      <div className="check-also__bar">
        <h2 id="check-also-heading" className="check-also__title">
          Check Also
        </h2>
        <button type="button" className="icon-button" aria-label="Dismiss Check Also" onClick={() => setDismissedId(article.id)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ArticleCard article={article} variant="compact" />
    </aside>
  );
};
