import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Stops a loader's requests when the reader navigates away before they finish, so a slow page
 * does not keep using the network (or later overwrite anything) after it was left.
 */
export const cancelOnLeave = (signal: AbortSignal, queryClient: QueryClient, keys: QueryKey[]) => {
  signal.addEventListener(
    'abort',
    () => {
      for (const queryKey of keys) void queryClient.cancelQueries({ queryKey, exact: true });
    },
    { once: true },
  );
};
