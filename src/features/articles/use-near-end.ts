import { useEffect, useEffectEvent, useRef } from 'react';

/** Calls `onNearEnd` when the returned element comes within `margin` of the viewport. */
export const useNearEnd = <T extends Element>(onNearEnd: () => void, enabled: boolean, margin = '600px') => {
  const ref = useRef<T>(null);
  const nearEnd = useEffectEvent(onNearEnd);

  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) nearEnd();
      },
      { rootMargin: `0px 0px ${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, margin]);

  return ref;
};
