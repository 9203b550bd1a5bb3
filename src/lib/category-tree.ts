import type { Category, CategoryTrail } from '../domain/category';

/** The category and its ancestors; null if a parent is missing or the chain loops. */
export const trailOf = (categories: readonly Category[], id: number): CategoryTrail | null => {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const category = byId.get(id);
  if (!category) return null;
  const ancestors: Category[] = [];
  let parentId = category.parentId;
  while (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent || parent === category || ancestors.includes(parent)) return null;
    ancestors.unshift(parent);
    parentId = parent.parentId;
  }
  return { category, ancestors };
};

export const categoryPath = (trail: CategoryTrail): string =>
  `/category/${[...trail.ancestors, trail.category].map((c) => encodeURIComponent(c.slug)).join('/')}`;

export const pathOfCategory = (categories: readonly Category[], id: number): string | null => {
  const trail = trailOf(categories, id);
  return trail ? categoryPath(trail) : null;
};

/** The category and all its descendants: WordPress does not include children by itself. */
export const withDescendants = (categories: readonly Category[], id: number): number[] => {
  const ids = [id];
  for (let index = 0; index < ids.length; index += 1) {
    for (const category of categories) {
      if (category.parentId === ids[index] && !ids.includes(category.id)) ids.push(category.id);
    }
  }
  return ids;
};

/**
 * The sections a reader browses: categories that hold articles themselves, shallowest first, then
 * largest first, then in the site's own order (WordPress lists categories by name). A stable
 * sort keeps that order without a collator, whose set-up would cost the first view.
 */
export const sectionsOf = (categories: readonly Category[]): Category[] => {
  // Each trail is walked once, not once per comparison: a site can have hundreds of categories.
  const depths = new Map<Category, number>();
  for (const category of categories) {
    const trail = category.count > 0 ? trailOf(categories, category.id) : null;
    if (trail) depths.set(category, trail.ancestors.length);
  }
  const depth = (category: Category) => depths.get(category) ?? 0;
  return [...depths.keys()].sort((a, b) => depth(a) - depth(b) || b.count - a.count);
};
