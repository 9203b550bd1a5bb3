import type { ArticleSummary } from '../../../domain/article';
import { ArticleCard } from '../../articles/components/article-card';

/** The lead story large, the latest ones listed beside it. */
export const FrontStories = ({ stories }: { stories: ArticleSummary[] }) => {
  const [lead, ...latest] = stories;
  if (!lead) return <p className="feed-end">No articles have been published yet.</p>;
  return (
    <div className="front">
      <div className="front__lead">
        <ArticleCard article={lead} variant="lead" headingLevel={2} priorityImage />
      </div>
      {latest.length > 0 && (
        <section className="front__latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="section-title">
            Latest
          </h2>
          {latest.map((article) => (
            <ArticleCard key={article.id} article={article} variant="compact" />
          ))}
        </section>
      )}
    </div>
  );
};
