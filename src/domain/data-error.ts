export type DataErrorKind =
  | 'not-found'
  | 'offline'
  | 'timeout'
  | 'server'
  | 'rate-limited'
  | 'bad-request'
  | 'invalid-response';

/** Every failure to get data, in terms a view can act on; thrown by the API layer only. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status: number | null = null,
    /** How long the server asked us to wait before trying again (Retry-After). */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export const isDataError = (error: unknown): error is DataError => error instanceof DataError;

export const isNotFound = (error: unknown): boolean => isDataError(error) && error.kind === 'not-found';

/** Worth trying again without the reader changing anything. */
export const isTransient = (error: unknown): boolean =>
  isDataError(error) && ['offline', 'timeout', 'server', 'rate-limited'].includes(error.kind);
