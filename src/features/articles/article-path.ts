export const articlePath = (slug: string): string => `/article/${encodeURIComponent(slug)}`;
