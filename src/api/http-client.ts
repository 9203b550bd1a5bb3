import { DataError } from '../domain/data-error';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const TIMEOUT_MS = 15_000;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';

/**
 * GETs JSON. Resolves for every HTTP status (the caller reads WordPress's error body); rejects
 * with a DataError when there is no usable answer. A caller's abort is rethrown as is, so React
 * Query can tell a cancelled request from a failed one.
 */
export const getJson = async (url: string, signal?: AbortSignal): Promise<JsonResponse> => {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (isTimeout(error) || (isAbort(error) && timeout.aborted)) {
      throw new DataError('timeout', 'The site took too long to answer.');
    }
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
    // An error page in HTML still says what went wrong through its status.
    if (!response.ok) return { status: response.status, headers: response.headers, body: null };
    throw new DataError('invalid-response', 'The site sent an unexpected response.', response.status);
  }
  return { status: response.status, headers: response.headers, body };
};
