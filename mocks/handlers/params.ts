import { sanitizeTitle } from '../fixtures/wp-text.ts';
import { listOf, type QueryArray, type QueryValue } from './php-query.ts';

/**
 * WordPress's argument validation (rest_validate_value_from_schema and friends) for the
 * argument types the mock's routes declare, with the same codes and messages.
 */
export class ParamError {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly data: Record<string, unknown> | null = null,
  ) {}
}

export class ParamErrors {
  readonly errors = new Map<string, ParamError>();

  /** Returns the value, or records the error and returns undefined. */
  check<T>(name: string, result: T | ParamError): T | undefined {
    if (result instanceof ParamError) {
      this.errors.set(name, result);
      return undefined;
    }
    return result;
  }

  /** The `rest_invalid_param` body, listing every bad parameter. */
  body(): Record<string, unknown> | null {
    if (this.errors.size === 0) return null;
    const names = [...this.errors.keys()];
    return {
      code: 'rest_invalid_param',
      message: `Invalid parameter(s): ${names.join(', ')}`,
      data: {
        status: 400,
        params: Object.fromEntries([...this.errors].map(([k, e]) => [k, e.message])),
        details: Object.fromEntries(this.errors),
      },
    };
  }
}

const typeError = (param: string, type: string): ParamError =>
  new ParamError('rest_invalid_type', `${param} is not of type ${type}.`, { param });

/** wp_parse_list: a comma/space separated string, or the values of a PHP array. */
export function parseList(value: QueryValue): QueryValue[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [...value.values()];
}

/** rest_is_integer: any numeric string with an integral value. */
function toInteger(value: QueryValue): number | null {
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

export function integer(param: string, value: QueryValue, min?: number, max?: number): number | ParamError {
  const n = toInteger(value);
  if (n === null) return typeError(param, 'integer');
  const outOfBounds = (message: string): ParamError => new ParamError('rest_out_of_bounds', message);
  if (min !== undefined && max !== undefined && (n < min || n > max)) {
    return outOfBounds(`${param} must be between ${min} (inclusive) and ${max} (inclusive)`);
  }
  if (min !== undefined && n < min) return outOfBounds(`${param} must be greater than or equal to ${min}`);
  return n;
}

export function integerList(param: string, value: QueryValue): number[] | ParamError {
  const out: number[] = [];
  for (const [i, item] of parseList(value).entries()) {
    const n = integer(`${param}[${i}]`, item);
    if (n instanceof ParamError) return n;
    out.push(n);
  }
  return out;
}

export function boolean(param: string, value: QueryValue): boolean | ParamError {
  const text = typeof value === 'string' ? value.toLowerCase() : null;
  if (text === null || !['', '0', 'false', '1', 'true'].includes(text)) return typeError(param, 'boolean');
  return text === '1' || text === 'true';
}

/** wp_sprintf's `%l`: "a and b", "a, b, and c". */
const humanList = (items: readonly string[]): string =>
  items.length === 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;

export function oneOf<T extends string>(param: string, value: QueryValue, allowed: readonly T[]): T | ParamError {
  const match = allowed.find((a) => a === value);
  if (match) return match;
  return new ParamError('rest_not_in_enum', `${param} is not one of ${humanList(allowed)}.`);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)?$/;

const invalidDate = (): ParamError => new ParamError('rest_invalid_date', 'Invalid date.');

/** A date-time argument, as epoch ms; without a zone it is site time, which is UTC here. */
export function dateTime(value: QueryValue): number | ParamError {
  if (typeof value !== 'string' || !RFC3339.test(value)) return invalidDate();
  const iso = value.replace(' ', 'T');
  const ms = Date.parse(/([Zz]|[+-]\d{2}:?\d{2}|[+-]\d{2})$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? invalidDate() : ms;
}

/** wp_parse_slug_list: every slug normalised the way WordPress stores them. */
export const slugList = (value: QueryValue): string[] =>
  parseList(value).flatMap((s) => (typeof s === 'string' ? [sanitizeTitle(s)] : []));

export interface TermQuery {
  terms: number[];
  includeChildren: boolean;
  /** The sanitised value, as WordPress re-serialises it into `Link` URLs. */
  normalised: QueryArray;
}

const schemaError = (param: string, schema: string, position: number, reason: string): ParamError =>
  new ParamError('rest_no_matching_schema', `${param} is not a valid ${schema}. Reason: ${reason}`, { position });

/** `categories`/`tags`: a Term ID List, or `{terms, include_children}` (a Taxonomy Query). */
export function termQuery(param: string, value: QueryValue): TermQuery | ParamError {
  const isObject = value instanceof Map && [...value.keys()].some((k) => !/^\d+$/.test(k));
  if (!isObject) {
    const terms = integerList(param, value);
    if (terms instanceof ParamError) return schemaError(param, 'Term ID List', 0, terms.message);
    return { terms, includeChildren: false, normalised: listOf(terms) };
  }
  const query = value as QueryArray;
  const fail = (reason: string): ParamError => schemaError(param, 'Term ID Taxonomy Query', 1, reason);
  const unknown = [...query.keys()].find((k) => k !== 'terms' && k !== 'include_children');
  if (unknown) return fail(`${unknown} is not a valid property of Object.`);
  const terms = integerList(`${param}[terms]`, query.get('terms') ?? '');
  if (terms instanceof ParamError) return fail(terms.message);
  const children = boolean(`${param}[include_children]`, query.get('include_children') ?? '');
  if (children instanceof ParamError) return fail(children.message);
  const normalised: QueryArray = new Map([['terms', listOf(terms)]]);
  if (query.has('include_children')) normalised.set('include_children', children ? '1' : '');
  return { terms, includeChildren: children, normalised };
}

/** Reads an optional argument with `parse`, recording a validation error under its name. */
export function optional<T>(
  query: QueryArray,
  errors: ParamErrors,
  name: string,
  parse: (name: string, value: QueryValue) => T | ParamError,
): T | undefined {
  const raw = query.get(name);
  return raw === undefined ? undefined : errors.check(name, parse(name, raw));
}
