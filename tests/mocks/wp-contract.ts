import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { server } from '../../mocks/node';

/** Helpers comparing the mock's answers with responses captured from a real WordPress 6.1. */
export const ORIGIN = 'http://127.0.0.1';
/** The Origin header the captures were made with (a browser on another origin). */
export const BROWSER_ORIGIN = 'http://127.0.0.1:5173';
const CAPTURED_SITE = 'http://127.0.0.1:8088';

/** Starts MSW for this file unless a global setup already did, and resets the data after each test. */
export function mockWordPress(): void {
  let startedHere = false;
  beforeAll(() => {
    try {
      server.listen({ onUnhandledRequest: 'error' });
      startedHere = true;
    } catch {
      // tests/setup.ts already listens; MSW refuses a second listen().
    }
  });
  afterEach(() => database.reset());
  afterAll(() => {
    if (startedHere) server.close();
  });
}

/** The value, or a clear failure when a lookup the test relies on found nothing. */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what} to exist`);
  return value;
}

export const wp = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${ORIGIN}/wp-json/wp/v2/${path}`, { ...init, headers: { Origin: BROWSER_ORIGIN, ...init.headers } });

export interface Captured {
  url: string;
  status: number;
  headers: [string, string][];
  /** Absent when only the headers of a sample were copied into tests/fixtures. */
  body?: unknown;
}

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/wordpress/${name}`, import.meta.url));

export function captured(name: string): Captured {
  const index = JSON.parse(readFileSync(fixture('_index.json'), 'utf8')) as {
    samples: Record<string, Omit<Captured, 'body'>>;
  };
  const sample = index.samples[name];
  if (!sample) throw new Error(`No captured sample ${name}`);
  const file = fixture(`${name}.json`);
  return existsSync(file) ? { ...sample, body: JSON.parse(readFileSync(file, 'utf8')) as unknown } : sample;
}

/** Key sets of objects and value types, recursively; arrays are compared by their first items. */
export function shapeDifferences(actual: unknown, expected: unknown, path = '$'): string[] {
  const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(actual) !== kind(expected)) return [`${path}: ${kind(actual)} instead of ${kind(expected)}`];
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length > 0 && expected.length > 0 ? shapeDifferences(actual[0], expected[0], `${path}[0]`) : [];
  }
  if (kind(actual) !== 'object') return [];
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const missing = Object.keys(e).filter((k) => !(k in a)).map((k) => `${path}.${k}: missing`);
  const extra = Object.keys(a).filter((k) => !(k in e)).map((k) => `${path}.${k}: unexpected`);
  const nested = Object.keys(e).filter((k) => k in a).flatMap((k) => shapeDifferences(a[k], e[k], `${path}.${k}`));
  return [...missing, ...extra, ...nested];
}

export function expectSameShape(actual: unknown, expected: unknown): void {
  expect(shapeDifferences(actual, expected)).toEqual([]);
}

const TRANSPORT = new Set(['server', 'transfer-encoding', 'connection', 'content-length']);
const SAME_VALUE = [
  'content-type',
  'x-robots-tag',
  'x-content-type-options',
  'access-control-expose-headers',
  'access-control-allow-headers',
  'allow',
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-credentials',
  'vary',
];

/** `<url>; rel="x"` entries, with the captured site's origin swapped for the mock's. */
export function linkRels(link: string | null): string[] {
  return [...(link ?? '').matchAll(/rel="([^"]+)"/g)].map((m) => m[1] ?? '');
}

export const localise = (value: string): string => value.split(CAPTURED_SITE).join(ORIGIN);

/** Same status, same header names, same values where they do not depend on the data. */
export function expectSameHeaders(response: Response, sample: Captured): void {
  expect(response.status).toBe(sample.status);
  const expectedNames = sample.headers.map(([n]) => n.toLowerCase()).filter((n) => !TRANSPORT.has(n));
  const actualNames = [...response.headers.keys()].filter((n) => !TRANSPORT.has(n));
  expect(actualNames.sort()).toEqual([...new Set(expectedNames)].sort());
  for (const name of SAME_VALUE) {
    const expected = sample.headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? null;
    expect(response.headers.get(name), name).toBe(expected);
  }
  const link = sample.headers.find(([n]) => n === 'Link')?.[1] ?? null;
  expect(linkRels(response.headers.get('link'))).toEqual(linkRels(link));
  if (link?.includes('rel="https://api.w.org/"')) expect(response.headers.get('link')).toBe(localise(link));
}
