import { Link } from 'react-router';
import type { CategoryTrail } from '../../../domain/category';
import { categoryPath } from '../../../lib/category-tree';

interface BreadcrumbsProps {
  trail: CategoryTrail | null;
  /** The page itself when it is not the category (an article's title). */
  current?: string;
}

/** Home › News › Politics, each step a link but the page the reader is on. */
export const Breadcrumbs = ({ trail, current }: BreadcrumbsProps) => {
  const steps = trail ? [...trail.ancestors, trail.category] : [];
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link to="/">Home</Link>
        </li>
        {steps.map((category, index) => {
          const isCurrent = current === undefined && index === steps.length - 1;
          const path = categoryPath({ category, ancestors: steps.slice(0, index) });
          return (
            <li key={category.id}>
              {isCurrent ? (
                <span aria-current="page">{category.name}</span>
              ) : (
                <Link to={path}>{category.name}</Link>
              )}
            </li>
          );
        })}
        {current !== undefined && (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        )}
      </ol>
    </nav>
  );
};
