import type { Article } from '../../../domain/article';
import { formatAbsolute, formatRelative } from '../../../lib/dates';
import { BookmarkButton } from '../../saved/components/bookmark-button';

export const ArticleHeader = ({ article }: { article: Article }) => (
  <header className="article__header">
    {article.category && <p className="article__kicker">{article.category.name}</p>}
    <h1 id="article-title" className="article__title" tabIndex={-1}>
      {article.title}
    </h1>
    <p className="article__meta">
      {article.author && (
        <span className="article__author">
          By <strong>{article.author.name}</strong>
        </span>
      )}
      <time dateTime={article.publishedAt}>
        {formatAbsolute(article.publishedAt)} <span className="article__relative">({formatRelative(article.publishedAt)})</span>
      </time>
      <span>{article.readingMinutes} min read</span>
    </p>
    <BookmarkButton article={article} />
  </header>
);
