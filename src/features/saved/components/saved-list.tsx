import { useSuspenseQuery } from '@tanstack/react-query';
import { ArticleCard } from '../../articles/components/article-card';
import { savedQueries } from '../queries';

export const SavedList = () => {
  const { data: records } = useSuspenseQuery(savedQueries.list());
  if (records.length === 0) {
    return <p className="feed-end">Nothing saved yet. Use the ☆ on any story to keep it for later, even offline.</p>;
  }
  return (
    <div className="feed" aria-label="Saved articles" role="feed">
      {records.map((record, index) => (
        <ArticleCard key={record.article.id} article={record.article} headingLevel={2} position={{ index, setSize: records.length }} />
      ))}
    </div>
  );
};
