import { parseList } from './params.ts';
import type { QueryArray } from './php-query.ts';

/** The `_fields` asked for, or null for every field. */
export function fieldsOf(query: QueryArray): string[] | null {
  const value = query.get('_fields');
  if (value === undefined) return null;
  return parseList(value).filter((field): field is string => typeof field === 'string');
}

const pick = (value: unknown, paths: readonly string[][]): unknown => {
  if (paths.some((path) => path.length === 0) || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const below = paths.filter((path) => path[0] === key).map((path) => path.slice(1));
    if (below.length > 0) out[key] = pick(child, below);
  }
  return out;
};

/**
 * rest_filter_response_fields (WordPress 5.3+): only the fields named in `_fields`, nested ones by
 * dotted path (`title.rendered`), in the item's own order. `_links` and `_embedded` are fields
 * like the others, which is why WordPress asks for both alongside `_embed`.
 */
export const withFields = <T>(item: T, fields: readonly string[] | null): T | Record<string, unknown> =>
  fields === null ? item : (pick(item, fields.map((field) => field.split('.'))) as Record<string, unknown>);
