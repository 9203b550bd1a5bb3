import { useSuspenseQuery } from '@tanstack/react-query';
import { articleQueries } from '../../features/articles/queries';
import { useCategories } from '../../features/categories/use-categories';
import { CategorySection } from '../../features/front-page/components/category-section';
import { FrontStories } from '../../features/front-page/components/front-stories';
import { FRONT_FILTER } from '../../features/front-page/filters';
import { sectionsOf } from '../../lib/category-tree';

/** The front page; loaded on demand (home.tsx), its data already requested by the loader. */
export const HomeView = () => {
  const categories = useCategories();
  const { data: front } = useSuspenseQuery(articleQueries.list(FRONT_FILTER));
  const frontIds = front.items.map((item) => item.id);
  return (
    <>
      <title>Gazette · Front page</title>
      <h1 className="visually-hidden" tabIndex={-1}>
        Front page
      </h1>
      <FrontStories stories={front.items} />
      {sectionsOf(categories).map((section) => (
        <CategorySection key={section.id} categories={categories} section={section} frontIds={frontIds} />
      ))}
    </>
  );
};
