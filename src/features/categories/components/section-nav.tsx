import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { pathOfCategory, sectionsOf } from '../../../lib/category-tree';
import { categoryQueries } from '../queries';

/**
 * The site's sections across the top; absent (not broken) while categories are unavailable.
 * Until they arrive the row keeps its place unseen: Home and Saved would otherwise be drawn, then
 * jump aside when the sections come between them.
 */
export const SectionNav = () => {
  const { data: categories, isPending } = useQuery(categoryQueries.all());
  const sections = categories ? sectionsOf(categories) : [];
  return (
    <nav aria-label="Sections" aria-busy={isPending} className="section-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            Home
          </NavLink>
        </li>
        {categories &&
          sections.map((section) => (
            <li key={section.id}>
              <NavLink to={pathOfCategory(categories, section.id) ?? '/'}>{section.name}</NavLink>
            </li>
          ))}
        <li>
          <NavLink to="/saved">Saved</NavLink>
        </li>
      </ul>
    </nav>
  );
};
