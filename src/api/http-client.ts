import { DataError } from '../domain/data-error';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export const TIMEOUT_MS = 15_000;

const read = async (url: string, combined: AbortSignal, signal: AbortSignal | undefined, timeout: AbortSignal) => {
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (timeout.aborted) throw new DataError('timeout', 'The site took too long to answer.');
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new DataError(
      'offline',
      offline ? 'You appear to be offline.' : 'The site could not be reached.',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (timeout.aborted) throw new DataError('timeout', 'The site took too long to answer.');
    // An error page in HTML still says what went wrong through its status.
    if (!response.ok) return { status: response.status, headers: response.headers, body: null };
    throw new DataError('invalid-response', 'The site sent an unexpected response.', response.status);
  }
  return { status: response.status, headers: response.headers, body };
};

/**
 * GETs JSON. Resolves for every HTTP status (the caller reads WordPress's error body); rejects
 * with a DataError when there is no usable answer. A caller's abort is rethrown as is, so React
 * Query can tell a cancelled request from a failed one.
 */
export const getJson = async (url: string, signal?: AbortSignal): Promise<JsonResponse> => {
  // A plain timer rather than AbortSignal.timeout, so tests can drive it with fake timers.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  try {
    return await read(url, combined, signal, timeout.signal);
  } finally {
    clearTimeout(timer);
  }
};
