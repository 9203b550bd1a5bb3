import { useQueryClient } from '@tanstack/react-query';
import { type FocusEvent, type PointerEvent, useCallback, useEffect, useRef } from 'react';
import { articleQueries } from './queries';

/** How long the pointer rests on a headline before it counts as intent. */
const HOVER_INTENT_MS = 80;
/** An article fetched ahead and not opened is let go soon: a long feed read by hover stays small. */
const UNOPENED_GC_MS = 30_000;

/**
 * Starts loading an article when the reader shows intent: keyboard focus, touch, or a pointer
 * that moves onto the headline and rests there. Not what merely happens to a headline: one that
 * slides under a still pointer, or takes focus from the app after a click on Load More.
 */
export const usePrefetchArticle = (slug: string) => {
  const queryClient = useQueryClient();
  const timer = useRef<number | undefined>(undefined);
  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const prefetch = useCallback(() => {
    cancel();
    void queryClient.prefetchQuery({ ...articleQueries.detail(slug), gcTime: UNOPENED_GC_MS });
  }, [cancel, queryClient, slug]);
  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      // The browser's own moves, sent when layout changes under a still pointer, move nothing.
      if (event.movementX === 0 && event.movementY === 0) return;
      timer.current ??= window.setTimeout(prefetch, HOVER_INTENT_MS);
    },
    [prefetch],
  );
  const onFocus = useCallback(
    (event: FocusEvent) => {
      if (event.currentTarget.matches(':focus-visible')) prefetch();
    },
    [prefetch],
  );
  useEffect(() => cancel, [cancel]);
  return { onFocus, onTouchStart: prefetch, onPointerMove, onPointerLeave: cancel };
};
