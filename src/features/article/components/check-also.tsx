import { type FocusEvent, useRef, useState } from 'react';
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
  // Where focus was before it entered the panel: closing the panel hands it back there, not to <body>.
  const cameFrom = useRef<HTMLElement | null>(null);
  if (!article || !revealed || dismissedId === article.id) return null;
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  };
  const dismiss = () => {
    if (cameFrom.current?.isConnected) cameFrom.current.focus({ preventScroll: true });
    setDismissedId(article.id);
  };
  return (
    <aside className="check-also" aria-labelledby="check-also-heading" onFocus={onFocus}>
      <div className="check-also__bar">
        <h2 id="check-also-heading" className="check-also__title">
          Check Also
        </h2>
        <button type="button" className="icon-button" aria-label="Dismiss Check Also" onClick={dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ArticleCard article={article} variant="compact" />
    </aside>
  );
};
