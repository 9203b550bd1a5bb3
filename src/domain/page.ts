import type { FeedPosition } from './feed';

/** One page of a paginated list, with totals as the server reported them. */
export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
  /** Where the list stood when this page was read; later pages are asked "as of" it. */
  asOf: FeedPosition | null;
}
