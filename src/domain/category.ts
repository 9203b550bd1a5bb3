export interface CategoryRef {
  id: number;
  slug: string;
  name: string;
}

export interface Category extends CategoryRef {
  description: string;
  parentId: number | null;
  count: number;
}

/** A category with its ancestors, root first: the breadcrumb trail and the route path. */
export interface CategoryTrail {
  category: Category;
  ancestors: Category[];
}
