import { useParams } from 'react-router';
import { ArticleFeed } from '../../features/articles/components/article-feed';
import { Breadcrumbs } from '../../features/categories/components/breadcrumbs';
import { useCategories } from '../../features/categories/use-categories';
import { feedFilter, resolve } from './category-loader';
// Like the view's code, its styles stay off the front page.
import '../styles/breadcrumbs.css';
import '../styles/feed-page.css';

/** A section's feed; loaded on demand (category.tsx), its data already requested by the loader. */
export const CategoryView = () => {
  const params = useParams();
  const categories = useCategories();
  const trail = resolve(categories, params['*']);
  const { category } = trail;
  return (
    <>
      <title>{`${category.name} · Gazette`}</title>
      <Breadcrumbs trail={trail} />
      <header className="page-header">
        <h1 tabIndex={-1}>{category.name}</h1>
        {category.description && <p className="page-header__lede">{category.description}</p>}
      </header>
      <ArticleFeed key={category.id} filter={feedFilter(categories, trail)} label={`${category.name} articles`} />
    </>
  );
};
