/**
 * A place in the site's date order, as the backend understands it (opaque outside the API
 * layer): used to ask for "articles before this one" and to freeze a feed at its first page.
 */
export type FeedPosition = string & { readonly __brand: 'FeedPosition' };

export interface FeedFilter {
  /** Any of these categories. */
  categoryIds?: readonly number[];
  /** None of these categories. */
  excludeCategoryIds?: readonly number[];
  /** Any of these tags. */
  tagIds?: readonly number[];
  /** Never these articles. */
  exclude?: readonly number[];
  /** Only articles older than this position. */
  before?: FeedPosition;
  perPage: number;
}

export interface FeedCursor {
  page: number;
  /** The feed as it was when its first page loaded, so later pages do not shift. */
  asOf?: FeedPosition;
}
