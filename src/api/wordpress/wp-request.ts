import * as v from 'valibot';
import { settings } from '../../config/settings';
import { DataError } from '../../domain/data-error';
import { getJson } from '../http-client';
import { WpErrorSchema } from './wp-schemas';

export type WpParams = Record<string, string | number | readonly (string | number)[] | undefined>;

export interface WpList<T> {
  items: T[];
  total: number;
  totalPages: number;
}

export const PAST_LAST_PAGE = 'rest_post_invalid_page_number';

/** WordPress failure; `code` is WordPress's own (`rest_post_invalid_id`, …). */
export class WpRequestError extends DataError {
  constructor(
    kind: DataError['kind'],
    message: string,
    status: number,
    readonly code: string,
    retryAfterMs: number | null,
  ) {
    super(kind, message, status, retryAfterMs);
  }
}

export const wpUrl = (path: string, params: WpParams = {}): string => {
  const url = new URL(`${settings().apiRoot}/${path}`);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
};

const kindOf = (status: number): DataError['kind'] => {
  if (status === 404 || status === 401 || status === 403 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
};

const messageOf = (kind: DataError['kind']): string =>
  ({
    'not-found': 'This page could not be found.',
    'rate-limited': 'The site is busy right now. Please try again in a moment.',
    server: 'The site is having trouble right now.',
    'bad-request': 'The site could not answer this request.',
  })[kind as string] ?? 'Something went wrong.';

/** Retry-After in seconds or as an HTTP date. */
const retryAfter = (headers: Headers): number | null => {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
};

const toRequestError = (status: number, headers: Headers, body: unknown): WpRequestError => {
  const parsed = v.safeParse(WpErrorSchema, body);
  const kind = kindOf(status);
  return new WpRequestError(kind, messageOf(kind), status, parsed.success ? parsed.output.code : 'unknown', retryAfter(headers));
};

const invalid = (status: number) =>
  new DataError('invalid-response', 'The site sent an unexpected response.', status);

const request = async (path: string, params: WpParams, signal?: AbortSignal) => {
  const response = await getJson(wpUrl(path, params), signal);
  if (response.status < 200 || response.status >= 300) {
    throw toRequestError(response.status, response.headers, response.body);
  }
  return response;
};

const headerCount = (headers: Headers, name: string): number | null => {
  const value = headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
};

/**
 * A list endpoint. Totals come from WordPress's headers, never from counting items. An item that
 * fails validation is dropped (and reported) rather than failing the whole page.
 */
export const wpGetList = async <T>(
  schema: v.GenericSchema<unknown, T>,
  path: string,
  params: WpParams,
  signal?: AbortSignal,
): Promise<WpList<T>> => {
  const response = await request(path, params, signal);
  if (!Array.isArray(response.body)) throw invalid(response.status);
  const items: T[] = [];
  for (const raw of response.body) {
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) items.push(parsed.output);
    else console.warn(`Gazette: dropped an invalid item from ${path}`, parsed.issues);
  }
  const total = headerCount(response.headers, 'X-WP-Total');
  const totalPages = headerCount(response.headers, 'X-WP-TotalPages');
  if (total === null || totalPages === null) throw invalid(response.status);
  return { items, total, totalPages };
};
