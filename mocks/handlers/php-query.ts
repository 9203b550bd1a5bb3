/**
 * Query strings as PHP (and so WordPress) reads and writes them: `a[]=1&a[]=2` and `a=1,2` both
 * reach WordPress, `a[terms]=3` is a nested array, and the `Link` URLs WordPress builds come
 * from re-serialising the sanitised parameters with `add_query_arg`.
 */
export type QueryValue = string | QueryArray;
/** A PHP array: ordered keys, numeric or not. */
export type QueryArray = Map<string, QueryValue>;

function setPath(target: QueryArray, path: string[], value: string): void {
  const [head = '', ...rest] = path;
  const key = head === '' ? String(nextIndex(target)) : head;
  if (rest.length === 0) {
    target.set(key, value);
    return;
  }
  let child = target.get(key);
  if (!(child instanceof Map)) {
    child = new Map();
    target.set(key, child);
  }
  setPath(child, rest, value);
}

function nextIndex(array: QueryArray): number {
  const numeric = [...array.keys()].filter((k) => /^\d+$/.test(k)).map(Number);
  return numeric.length > 0 ? Math.max(...numeric) + 1 : 0;
}

/** parse_str: later plain keys win; bracketed keys build nested arrays. */
export function parseQuery(search: URLSearchParams): QueryArray {
  const out: QueryArray = new Map();
  for (const [rawKey, value] of search) {
    const open = rawKey.indexOf('[');
    if (open <= 0) {
      out.set(rawKey, value);
      continue;
    }
    const name = rawKey.slice(0, open);
    const path = [...rawKey.slice(open).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
    setPath(out, [name, ...path], value);
  }
  return out;
}

/** PHP's urlencode: everything but letters, digits and `-_.` is escaped, spaces become `+`. */
export function phpUrlencode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function build(key: string, value: QueryValue): string[] {
  if (typeof value === 'string') return [value === '' ? key : `${key}=${phpUrlencode(value)}`];
  return [...value].flatMap(([k, v]) => build(`${key}%5B${k}%5D`, v));
}

/** add_query_arg over the request's parameters, with `page` replaced in place or appended. */
export function buildUrl(base: string, params: QueryArray, page: number): string {
  const entries = new Map(params);
  entries.set('page', String(page));
  const query = [...entries].flatMap(([k, v]) => build(k, v)).join('&');
  return `${base}?${query}`;
}

export const listOf = (values: readonly (string | number)[]): QueryArray =>
  new Map(values.map((v, i) => [String(i), String(v)]));
